"""The words and tables of the clinician's report, as the HTML subset QTextDocument reads.

Written for a physiotherapist reading it every few weeks: the period, how often and how
long the user exercised, the pain trend, which exercises ease or raise the pain, flares
with dates, next-morning check-ins, other activities, and the current routine with doses.
Long lists are cut to the most recent rows with a count of the rest, so a year's report
stays readable.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TypeVar

from backcoach import APP_NAME, __version__
from backcoach.domain import direction_check as dc
from backcoach.domain import pain_rises
from backcoach.domain.onboarding import RED_FLAGS_NONE, RED_FLAGS_SOME
from backcoach.domain.pain_rule import HIGH_PAIN_REFERENCE, high_pain_from
from backcoach.domain.progress import ACTIVITY_KINDS, activity_label
from backcoach.domain.progress_effects import MIN_TIMES, Effect
from backcoach.domain.vocabulary import FlareAction
from backcoach.services import date_words
from backcoach.services.dose_words import dose_words
from backcoach.services.report_data import ReportData
from backcoach.services.report_function_scale import section_html as function_scale_section
from backcoach.services.report_language import decimal, translate

Row = TypeVar("Row")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


MAX_ROWS = 60
"""Rows of a long list (flares, check-ins, activities) before it is cut to the latest."""
CHART_MARK = "[[pain-chart]]"

FLARE_ACTION_TEXTS = {
    FlareAction.REST: QT_TRANSLATE_NOOP("Report", "rested, then went on"),
    FlareAction.EASIER: QT_TRANSLATE_NOOP("Report", "switched to an easier version"),
    FlareAction.SKIP: QT_TRANSLATE_NOOP("Report", "skipped the exercise"),
    FlareAction.END: QT_TRANSLATE_NOOP("Report", "ended the session"),
    FlareAction.CONTINUE: QT_TRANSLATE_NOOP("Report", "carried on"),
}
STIFFNESS = {
    "none": QT_TRANSLATE_NOOP("Report", "none"),
    "some": QT_TRANSLATE_NOOP("Report", "some"),
    "a lot": QT_TRANSLATE_NOOP("Report", "a lot"),
}
DIRECTIONS = {
    "extension": QT_TRANSLATE_NOOP("Report", "Extension"),
    "flexion": QT_TRANSLATE_NOOP("Report", "Flexion"),
    "rotation": QT_TRANSLATE_NOOP("Report", "Rotation"),
}


def _h2(text: str) -> str:
    return f"<h2>{escape(text)}</h2>"


def _activity(kind: str) -> str:
    """An activity offered by name in the report's language (the screens mark the same
    English names under "Catalogue"), or the user's own words."""
    return (
        translate("Catalogue", activity_label(kind))
        if kind in ACTIVITY_KINDS
        else (activity_label(kind))
    )


def _word(text: str) -> str:
    """One of the marked words above (or of the domain's, marked in the screens' tables
    under the same context), in the report's language."""
    return translate("Report", text)


STYLE = """
h1 { font-size: 17pt; color: #0b4f57; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; color: #0b4f57; margin-top: 14pt; margin-bottom: 4pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
.muted { color: #4f5b69; }
.small { font-size: 8.5pt; color: #4f5b69; }
table { border-collapse: collapse; margin-top: 2pt; }
th { background-color: #e8edf2; font-weight: bold; }
"""


def _day(day: date) -> str:
    return date_words.short_day(day)


def _long_day(day: date) -> str:
    return date_words.long_day(day)


def _num(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    if float(value).is_integer():
        return str(int(value))
    return decimal(f"{value:.{digits}f}")


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    if round(value, 1) == 0:
        return decimal("0.0")
    return decimal(f"{value:+.1f}".replace("-", "−"))


def _signed_whole(value: int | None) -> str:
    if value is None:
        return "–"
    return "0" if value == 0 else f"{value:+d}".replace("-", "−")


def _minutes(value: float) -> str:
    whole = round(value)
    if whole < 60:
        return translate("Report", "%d min") % whole
    hours, rest = divmod(whole, 60)
    if rest:
        return translate("Report", "%d h %02d min") % (hours, rest)
    return translate("Report", "%d h") % hours


Column = tuple[str, bool, int]
"""(heading, numeric, width in percent of the page)."""


def _table(columns: list[Column], rows: list[list[str]], header: bool = True) -> str:
    """Cells are already escaped; numeric columns are aligned right."""

    def cell(tag: str, text: str, numeric: bool, width: int) -> str:
        align = ' align="right"' if numeric else ' align="left"'
        return f'<{tag} width="{width}%"{align}>{text}</{tag}>'

    head = ""
    if header:  # a <thead> row is repeated at the top of each page the table runs onto
        row = "".join(cell("th", escape(t), n, w) for t, n, w in columns)
        head = f"<thead><tr>{row}</tr></thead>"
    body = "".join(
        "<tr>"
        + "".join(cell("td", c, n, w) for c, (_, n, w) in zip(row, columns, strict=True))
        + "</tr>"
        for row in rows
    )
    return (
        '<table width="100%" cellspacing="0" cellpadding="3" border="0.5" '
        f'style="border-color: #c9d2dc; border-style: solid">{head}{body}</table>'
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
            translate("Report", "%d days") % data.streaks.longest,
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


def _avg(value: float | None) -> str:
    """A mean, always with one decimal (2.0, not 2), so columns of means read alike."""
    return "–" if value is None else decimal(f"{value:.1f}")


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


def _latest(rows: list[Row], what: str) -> tuple[list[Row], str]:
    """``what`` is a sentence with two %d: the rows shown and all rows."""
    if len(rows) <= MAX_ROWS:
        return rows, ""
    note = f'<p class="small">{escape(what % (MAX_ROWS, len(rows)))}</p>'
    return rows[-MAX_ROWS:], note


def _exercise(data: ReportData, exercise_id: str | None) -> str:
    if exercise_id is None:
        return translate("Report", "before the first exercise")
    return data.names.get(exercise_id, exercise_id)


def _times(count: int) -> str:
    if count == 1:
        return translate("Report", "once")
    if count == 2:
        return translate("Report", "twice")
    return translate("Report", "%d times") % count


def rises_sentence(data: ReportData) -> str:
    """The pain rises of the period in two plain sentences (the summary page)."""
    events = data.flares
    if not events:
        return translate("Report", "No pain rose enough to call for a break in this period.")
    groups = pain_rises.per_exercise(events)
    top = [f"{_exercise(data, g.exercise_id)} ({g.count})" for g in groups[:2]]
    biggest = pain_rises.largest(events, 1)[0]
    ended = sum(g.ended for g in groups)
    count = len(events)
    text = translate(
        "Report",
        "The pain rose %s or more above the start of a session %s, most often with %s. "
        "The largest rise was from %d to %d (%s, %s).",
    ) % (
        _rise_words(data),
        _times(count),
        translate("Report", "%s and %s") % tuple(top) if len(top) == 2 else top[0],
        biggest.baseline,
        biggest.score,
        _exercise(data, biggest.exercise_id),
        _day(biggest.day),
    )
    if ended:
        text += " " + translate("Report", "The session was ended %s after a rise.") % _times(ended)
    return text


def _flares(data: ReportData) -> str:
    if not data.flares:
        text = translate("Report", "No pain rises called for a break in this period.")
        return f'<p class="muted">{escape(text)}</p>'
    groups = pain_rises.per_exercise(data.flares)
    rows = [
        [
            escape(_exercise(data, g.exercise_id)),
            str(g.count),
            f"+{g.largest}",
            str(g.ended),
        ]
        for g in groups
    ]
    per_exercise = _table(
        [
            (translate("Report", "Exercise"), False, 46),
            (translate("Report", "Rises"), True, 14),
            (translate("Report", "Largest rise"), True, 20),
            (translate("Report", "Session ended"), True, 20),
        ],
        rows,
    )
    largest = pain_rises.largest(data.flares)
    rows = [
        [
            escape(_day(f.day)),
            escape(_exercise(data, f.exercise_id)),
            f"{f.baseline} → {f.score}",
            escape(
                _word(FLARE_ACTION_TEXTS[f.action]) if f.action in FLARE_ACTION_TEXTS else f.action
            ),
        ]
        for f in largest
    ]
    largest_table = _table(
        [
            (translate("Report", "Date"), False, 20),
            (translate("Report", "Exercise"), False, 30),
            (translate("Report", "Pain: start → rise"), False, 18),
            (translate("Report", "What the person chose"), False, 32),
        ],
        rows,
    )
    if len(largest) == 1:
        heading = translate("Report", "The largest rise")
    else:
        heading = translate("Report", "The %d largest rises") % len(largest)
    return (
        f"<p>{escape(rises_sentence(data))}</p>"
        + per_exercise
        + f"<p><b>{escape(heading)}</b></p>"
        + largest_table
    )


def checkins_sentence(data: ReportData) -> str:
    """The next-morning check-ins in plain sentences."""
    results = data.checkins
    if not results:
        return translate("Report", "No next-morning check-ins in this period.")
    count = len(results)
    if count == 1:
        text = translate("Report", "1 next-morning check-in.")
    else:
        text = translate("Report", "%d next-morning check-ins.") % count
    compared = [c for c in results if c.rise is not None]
    if not compared:
        return (
            text
            + " "
            + translate(
                "Report", "None came the morning after a session with a pain rating to compare."
            )
        )
    rises = [c.rise for c in results if c.rise is not None]
    higher = [rise for rise in rises if rise > 0]
    if not higher:
        return (
            text
            + " "
            + translate(
                "Report",
                "Every morning after a session (%d), the pain was the same as or lower than "
                "before that session.",
            )
            % len(compared)
        )
    most = max(higher)
    by = (
        translate("Report", "1 higher")
        if most == 1
        else translate("Report", "up to %d higher") % most
    )
    rest = len(compared) - len(higher)
    if rest:
        sentence = translate(
            "Report",
            "On %d of the %d mornings after a session, the pain was higher than before that "
            "session (%s); on the other %d it was the same or lower.",
        ) % (len(higher), len(compared), by, rest)
    else:
        sentence = translate(
            "Report",
            "On %d of the %d mornings after a session, the pain was higher than before that "
            "session (%s).",
        ) % (len(higher), len(compared), by)
    return text + " " + sentence


def _checkins(data: ReportData) -> str:
    if not data.checkins:
        text = translate("Report", "No next-morning check-ins in this period.")
        return f'<p class="muted">{escape(text)}</p>'
    shown, note = _latest(
        data.checkins, translate("Report", "The latest %d of %d check-ins are listed.")
    )
    note = f"<p>{escape(checkins_sentence(data))}</p>" + note
    rows = [
        [
            escape(_day(c.day)),
            str(c.checkin.score),
            escape(_word(STIFFNESS.get(c.checkin.stiffness, c.checkin.stiffness))),
            _num(c.previous),
            _signed_whole(c.rise),
        ]
        for c in shown
    ]
    headers = [
        (translate("Report", "Morning"), False, 22),
        (translate("Report", "Pain"), False, 10),
        (translate("Report", "Stiffness"), False, 18),
        (translate("Report", "Pain before the previous day's session"), True, 34),
        (translate("Report", "Change"), True, 16),
    ]
    return note + _table(headers, rows)


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


def _detail_break() -> str:
    details = translate("Report", "Details")
    return f'<h1 style="page-break-before: always">{escape(details)}</h1>'


def summary_page(data: ReportData) -> list[str]:
    """The first page: who, when, the first-run answers, the numbers and the routine."""
    days = (data.end - data.start).days + 1
    title = translate("Report", "%s report") % APP_NAME
    parts = [f"<h1>{escape(title)}</h1>"]
    if data.name:
        parts.append(f'<p style="font-size: 13pt"><b>{escape(data.name)}</b></p>')
    period = translate("Report", "%s to %s") % (_long_day(data.start), _long_day(data.end))
    if days == 1:
        length = translate("Report", "(1 day)")
    else:
        length = translate("Report", "(%d days)") % days
    made = translate(
        "Report",
        "Made on %s with %s %s. It shows what was recorded in the app: pain on the 0–10 scale "
        "(0 no pain, 10 the worst imaginable) before, during and after home exercise "
        "sessions, next-morning check-ins and other activities. It is not a diagnosis.",
    ) % (_long_day(data.made_on), APP_NAME, __version__)
    parts += [
        f"<p><b>{escape(period)}</b> {escape(length)}</p>",
        f'<p class="muted">{escape(made)}</p>',
        _h2(translate("Report", "At first use")),
        _first_run(data),
        _h2(translate("Report", "Summary")),
        _summary(data),
        f"<p>{escape(rises_sentence(data))}</p>",
        f"<p>{escape(checkins_sentence(data))}</p>",
        _h2(translate("Report", "Current routine")),
        _routine(data),
    ]
    return parts


def detail_sections(data: ReportData) -> list[str]:
    """The pages after the summary, one section after another."""
    marks = translate(
        "Report",
        "Marks: %1 before a session, %2 highest during it, %3 after it, %4 next-morning "
        "check-in, %5 day with a pain rise; the line is the 7-day average of the pain before "
        "sessions. Zones: 0–2 safe, 3–5 acceptable, 6–10 high (pain-monitoring model).",
    )
    symbols = (
        ("#0072b2", "●"),
        ("#d55e00", "▲"),
        ("#009e73", "■"),
        ("#b0508d", "◆"),
        ("#b3261e", "▼"),
    )
    marks = escape(marks)
    for number, (colour, symbol) in enumerate(symbols, start=1):
        marks = marks.replace(f"%{number}", f'<span style="color:{colour}">{symbol}</span>')
    if data.bins.bin == "week":
        marks += " " + escape(translate("Report", "Each mark is a week's average."))
    if data.bins.bin == "month":
        marks += " " + escape(translate("Report", "Each mark is a month's average."))
    rises = translate(
        "Report",
        "A pain rise is a rating %s or more above the rating before the session (the pain "
        "rule, with the threshold set in BackCoach): the session paused and offered a break. "
        "On a day that started with high pain (%s), any rise above the start counts.",
    ) % (_rise_words(data), _high_start_words(data))
    return [
        _h2(translate("Report", "Pain trend")),
        f"<p>{CHART_MARK}</p>",
        f'<p class="small">{marks}</p>',
        _h2(translate("Report", "Sessions per week")),
        _weeks(data),
        _h2(translate("Report", "What helps")),
        _what_helps(data),
        _h2(translate("Report", "Pain rises")),
        f'<p class="small">{escape(rises)}</p>',
        _flares(data),
        _h2(translate("Report", "Next-morning check-ins")),
        _checkins(data),
        _h2(translate("Report", "Other activities")),
        _activities(data),
    ]


def report_html(data: ReportData) -> str:
    parts = [
        *summary_page(data),
        _detail_break(),
        *detail_sections(data),
        *function_scale_section(data.function_checks),
    ]
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"


def _rise_words(data: ReportData) -> str:
    """The rise that called for a break in the period: '2 points', or '2 or 3 points'."""
    values = sorted({value for _, value in data.thresholds})
    if len(values) == 1:
        return _points(values[0])
    return translate("Report", "%s points") % _or(values)


def _points(value: int) -> str:
    """``points_words`` in the report's language."""
    if value == 1:
        return translate("Report", "1 point")
    return translate("Report", "%d points") % value


def _or(values: list[int]) -> str:
    """'2 or 3'."""
    return translate("Report", " or ").join(str(v) for v in values)


def _high_start_words(data: ReportData) -> str:
    """The starting ratings that made a high-pain day in the period: '8 or more', or
    '7 or more at threshold 4, otherwise 8 or more' when the threshold changed."""
    by_start: dict[int, set[int]] = {}
    for _, value in data.thresholds:
        by_start.setdefault(high_pain_from(value), set()).add(value)
    if len(by_start) <= 1:
        start = next(iter(by_start), HIGH_PAIN_REFERENCE)
        return translate("Report", "%d or more") % start
    low = min(by_start)
    at = _or(sorted(by_start[low]))
    return translate("Report", "%d or more at threshold %s, otherwise %d or more") % (
        low,
        at,
        max(by_start),
    )


def _rule_words(data: ReportData) -> str:
    """The threshold in force, with the day it changed if it changed in the period."""
    parts = []
    for since, value in data.thresholds:
        rule = translate("Report", "a break at a rise of %s above the start") % _points(value)
        if since is not None:
            rule = translate("Report", "from %s, %s") % (
                date_words.day_short_month_year(since),
                rule,
            )
        parts.append(rule)
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]
