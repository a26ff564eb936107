"""The report's other sections: the summary table, sessions per week, what helps, other
activities, the current routine and the first-run answers."""

from __future__ import annotations

from html import escape

from backcoach.domain import direction_check as dc
from backcoach.domain.onboarding import RED_FLAGS_NONE, RED_FLAGS_SOME
from backcoach.domain.progress_effects import MIN_TIMES, Effect
from backcoach.services import date_words
from backcoach.services.dose_words import dose_words
from backcoach.services.report_data import ReportData
from backcoach.services.report_format import (
    DIRECTIONS,
    _activity,
    _avg,
    _day,
    _latest,
    _minutes,
    _num,
    _signed,
    _table,
    _word,
)
from backcoach.services.report_language import translate
from backcoach.services.report_pain import (
    _rule_words,
)


def _summary(data: ReportData) -> str:
    t = data.totals
    rows = [
        [
            translate("Report", "Sessions"),
            translate("Report", "%d (%s a week)") % (t.sessions, _avg(t.sessions_per_week)),
        ],
        [
            translate("Report", "Days with exercise"),
            translate("Report", "%d of %d") % (t.active_days, t.days),
        ],
        [
            translate("Report", "Daily goal (%d min) reached") % data.goal_min,
            translate("Report", "1 of %d days") % t.days
            if t.goal_days == 1
            else translate("Report", "%d of %d days") % (t.goal_days, t.days),
        ],
        [
            translate("Report", "Minutes of exercise"),
            translate(
                "Report",
                "%s in sessions, %s of other activities (%d logged); %s a day on average",
            )
            % (
                _minutes(t.session_minutes),
                _minutes(t.activity_minutes),
                t.activities,
                _minutes(t.minutes / max(1, t.days)),
            ),
        ],
        [
            translate("Report", "Longest run of active days"),
            translate("Report", "1 day")
            if data.streaks.longest == 1
            else translate("Report", "%d days") % data.streaks.longest,
        ],
        [translate("Report", "Pain before sessions (average)"), _avg(t.before)],
        [translate("Report", "Pain after sessions (average)"), _avg(t.after)],
        [translate("Report", "Highest pain during a session"), _num(t.highest)],
        [translate("Report", "Pain rule used"), _rule_words(data)],
        [translate("Report", "Pain rises (a break was advised)"), str(t.flares)],
        [translate("Report", "Next-morning check-ins"), str(t.checkins)],
    ]
    rows = [[f"<b>{escape(a)}</b>", escape(b)] for a, b in rows]
    return _table([("", False, 40), ("", False, 60)], rows, header=False)


def _weeks(data: ReportData) -> str:
    rows = []
    for week in data.weeks:
        t = week.totals
        if week.end == week.start:
            label = date_words.day_short_month(week.start)
        elif week.end.month == week.start.month:
            label = f"{week.start.day}–{date_words.day_short_month(week.end)}"
        else:
            label = (
                f"{date_words.day_short_month(week.start)} – {date_words.day_short_month(week.end)}"
            )
        rows.append(
            [
                escape(label),
                str(t.sessions),
                escape(_minutes(t.session_minutes)),
                escape(_minutes(t.activity_minutes)),
                _avg(t.before),
                _num(t.highest),
                _avg(t.after),
                str(t.flares),
            ]
        )
    headers = [
        (translate("Report", "Week"), False, 16),
        (translate("Report", "Sessions"), True, 12),
        (translate("Report", "In sessions"), True, 14),
        (translate("Report", "Other activities"), True, 15),
        (translate("Report", "Pain before"), True, 12),
        (translate("Report", "Highest"), True, 10),
        (translate("Report", "Pain after"), True, 11),
        (translate("Report", "Pain rises"), True, 10),
    ]
    return _table(headers, rows)


def _effects_table(effects: list[Effect], names: dict[str, str], heading: str) -> str:
    rows = [
        [
            escape(names.get(e.key, e.key)),
            str(e.times),
            _signed(e.during),
            _signed(e.after),
        ]
        for e in effects
    ]
    headers = [
        (heading, False, 46),
        (translate("Report", "Times"), True, 14),
        (translate("Report", "While doing it"), True, 20),
        (translate("Report", "Right after"), True, 20),
    ]
    return _table(headers, rows)


def _what_helps(data: ReportData) -> str:
    if not data.exercise_effects:
        text = translate(
            "Report",
            "No exercise was done with pain ratings at least %d times in this period.",
        )
        return f'<p class="muted">{escape(text % MIN_TIMES)}</p>'
    intro = translate(
        "Report",
        "Average change in pain (0–10) from the rating just before an exercise to the "
        "highest rating while doing it, and to the rating given right after it. Below zero: "
        "the pain eased; above zero: it rose. Exercises done at least %d times, those that "
        "eased the pain most first.",
    )
    directions = {key: _word(text) for key, text in DIRECTIONS.items()}
    return (
        f"<p>{escape(intro % MIN_TIMES)}</p>"
        + _effects_table(data.exercise_effects, data.names, translate("Report", "Exercise"))
        + "<p></p>"
        + _effects_table(data.direction_effects, directions, translate("Report", "Direction"))
    )


def _activities(data: ReportData) -> str:
    if not data.activities:
        text = translate("Report", "No other activities logged in this period.")
        return f'<p class="muted">{escape(text)}</p>'
    shown, note = _latest(
        data.activities, translate("Report", "The latest %d of %d activities are listed.")
    )
    rows = []
    for a in shown:
        if a.pain_before is None and a.pain_after is None:
            pain = "–"
        else:
            pain = f"{_num(a.pain_before)} → {_num(a.pain_after)}"
        rows.append(
            [
                escape(_day(a.day)),
                escape(_activity(a.kind)),
                str(a.minutes),
                pain,
                escape(a.note),
            ]
        )
    headers = [
        (translate("Report", "Date"), False, 20),
        (translate("Report", "Activity"), False, 18),
        (translate("Report", "Minutes"), True, 12),
        (translate("Report", "Pain before → after"), True, 20),
        (translate("Report", "Note"), False, 30),
    ]
    return note + _table(headers, rows)


def _routine(data: ReportData) -> str:
    routine = data.routine
    if routine is None or not routine.items:
        text = translate("Report", "No routine chosen, and no session of a known routine.")
        return f'<p class="muted">{escape(text)}</p>'
    use = {u.exercise_id: u for u in data.routine_use}
    sessions = data.routine_use[0].sessions if data.routine_use else 0
    rows = []
    for number, item in enumerate(routine.items, start=1):
        u = use.get(item.exercise_id)
        done = sets = "–"
        if u is not None and u.sessions:
            done = translate("Report", "%d of %d") % (u.done, u.sessions)
            if u.skipped:
                done += " " + translate("Report", "(skipped %d)") % u.skipped
            sets = translate("Report", "%d of %d") % (u.sets_done, u.sets_prescribed)
        rows.append(
            [
                str(number),
                escape(data.names.get(item.exercise_id, item.exercise_id)),
                escape(dose_words(item.dose)),
                done,
                sets,
            ]
        )
    headers = [
        ("", True, 4),
        (translate("Report", "Exercise"), False, 30),
        (translate("Report", "Dose"), False, 34),
        (translate("Report", "Sessions done"), True, 17),
        (translate("Report", "Sets done"), True, 15),
    ]
    how = (
        " "
        + translate("Report", "(no routine is chosen: this is the routine of the latest session)")
        if data.routine_from_sessions
        else ""
    )
    if sessions == 1:
        against = translate(
            "Report",
            "Done against it in the 1 session of the period: in how many sessions each "
            "exercise was done, and the sets done against the sets prescribed.",
        )
    else:
        against = (
            translate(
                "Report",
                "Done against it in the %d sessions of the period: in how many sessions each "
                "exercise was done, and the sets done against the sets prescribed.",
            )
            % sessions
        )
    intro = f"<p><b>{escape(routine.name)}</b>{escape(how)}. {escape(against)}</p>"
    return intro + _table(headers, rows)


def _first_run(data: ReportData) -> str:
    """The answers given when BackCoach was first used."""
    flags = data.onboarding.red_flags
    if flags == RED_FLAGS_NONE:
        signs = translate("Report", "none of the warning signs that need a doctor applied.")
    elif flags == RED_FLAGS_SOME:
        if data.onboarding.care_notice_dismissed:
            signs = translate(
                "Report",
                "at least one warning sign that needs a doctor applied; BackCoach advised "
                "seeing a clinician before exercising, and the user later chose to go on.",
            )
        else:
            signs = translate(
                "Report",
                "at least one warning sign that needs a doctor applied; BackCoach advised "
                "seeing a clinician before exercising.",
            )
    else:
        signs = translate("Report", "not answered.")
    label = translate("Report", "Warning-signs check:")
    parts = [f"<p><b>{escape(label)}</b> {escape(signs)}</p>"]
    choice = data.direction
    if choice is None:
        label = translate("Report", "Direction check:")
        not_done = translate("Report", "not done.")
        parts.append(f"<p><b>{escape(label)}</b> {escape(not_done)}</p>")
        return "".join(parts)
    # The direction check's words are marked for translation with the screens'
    # (ui/onboarding/direction_words.py, context "DirectionCheck"), in the same English.
    title = translate("DirectionCheck", dc.TITLES.get(choice.direction, choice.direction))
    if choice.chosen_by == dc.CHOSEN_BY_USER:
        label = translate("Report", "Direction, chosen by hand:")
    else:
        label = translate("Report", "Direction check result:")
    parts.append(f"<p><b>{escape(label)}</b> {escape(title)}.</p>")
    if choice.answers is not None:
        answers = []
        for question in dc.QUESTIONS:
            value = getattr(choice.answers, question.key)
            answer = next((o.label for o in question.options if o.value == value), value)
            answers.append(
                f"{translate('DirectionCheck', question.text)} "
                f"{translate('DirectionCheck', answer)}."
            )
        label = translate("Report", "Answers to the direction check:")
        parts.append(f'<p class="small">{escape(label)} {escape(" ".join(answers))}</p>')
    return "".join(parts)
