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
from backcoach.domain.pain_rule import HIGH_PAIN_REFERENCE, high_pain_from, points_words
from backcoach.domain.progress import activity_label
from backcoach.domain.progress_effects import MIN_TIMES, Effect
from backcoach.domain.vocabulary import FlareAction
from backcoach.services.report_data import ReportData
from backcoach.services.report_function_scale import section_html as function_scale_section

Row = TypeVar("Row")

MAX_ROWS = 60
"""Rows of a long list (flares, check-ins, activities) before it is cut to the latest."""
CHART_MARK = "[[pain-chart]]"

FLARE_ACTION_TEXTS = {
    FlareAction.REST: "rested, then went on",
    FlareAction.EASIER: "switched to an easier version",
    FlareAction.SKIP: "skipped the exercise",
    FlareAction.END: "ended the session",
    FlareAction.CONTINUE: "carried on",
}
DIRECTIONS = {"extension": "Extension", "flexion": "Flexion", "rotation": "Rotation"}

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
    return f"{day:%a} {day.day} {day:%b %Y}"


def _long_day(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _num(value: float | None, digits: int = 1) -> str:
    if value is None:
        return "–"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.{digits}f}"


def _signed(value: float | None) -> str:
    if value is None:
        return "–"
    if round(value, 1) == 0:
        return "0.0"
    return f"{value:+.1f}".replace("-", "−")


def _signed_whole(value: int | None) -> str:
    if value is None:
        return "–"
    return "0" if value == 0 else f"{value:+d}".replace("-", "−")


def _minutes(value: float) -> str:
    whole = round(value)
    if whole < 60:
        return f"{whole} min"
    hours, rest = divmod(whole, 60)
    return f"{hours} h {rest:02d} min" if rest else f"{hours} h"


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
        ["Sessions", f"{t.sessions} ({t.sessions_per_week:.1f} a week)"],
        ["Days with exercise", f"{t.active_days} of {t.days}"],
        [
            f"Daily goal ({data.goal_min} min) reached",
            f"{t.goal_days} of {t.days} days",
        ],
        [
            "Minutes of exercise",
            f"{_minutes(t.session_minutes)} in sessions, {_minutes(t.activity_minutes)} of "
            f"other activities ({t.activities} logged); "
            f"{_minutes(t.minutes / max(1, t.days))} a day on average",
        ],
        ["Longest run of active days", f"{data.streaks.longest} days"],
        ["Pain before sessions (average)", _avg(t.before)],
        ["Pain after sessions (average)", _avg(t.after)],
        ["Highest pain during a session", _num(t.highest)],
        ["Pain rule used", _rule_words(data)],
        ["Pain rises (a break was advised)", str(t.flares)],
        ["Next-morning check-ins", str(t.checkins)],
    ]
    rows = [[f"<b>{escape(a)}</b>", escape(b)] for a, b in rows]
    return _table([("", False, 40), ("", False, 60)], rows, header=False)


def _avg(value: float | None) -> str:
    """A mean, always with one decimal (2.0, not 2), so columns of means read alike."""
    return "–" if value is None else f"{value:.1f}"


def _weeks(data: ReportData) -> str:
    rows = []
    for week in data.weeks:
        t = week.totals
        if week.end == week.start:
            label = f"{week.start.day} {week.start:%b}"
        elif week.end.month == week.start.month:
            label = f"{week.start.day}–{week.end.day} {week.end:%b}"
        else:
            label = f"{week.start.day} {week.start:%b} – {week.end.day} {week.end:%b}"
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
        ("Week", False, 16),
        ("Sessions", True, 12),
        ("In sessions", True, 14),
        ("Other activities", True, 15),
        ("Pain before", True, 12),
        ("Highest", True, 10),
        ("Pain after", True, 11),
        ("Pain rises", True, 10),
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
        ("Times", True, 14),
        ("While doing it", True, 20),
        ("Right after", True, 20),
    ]
    return _table(headers, rows)


def _what_helps(data: ReportData) -> str:
    if not data.exercise_effects:
        return (
            f'<p class="muted">No exercise was done with pain ratings at least {MIN_TIMES} '
            "times in this period.</p>"
        )
    return (
        "<p>Average change in pain (0–10) from the rating just before an exercise to the "
        "highest rating while doing it, and to the rating given right after it. Below zero: "
        f"the pain eased; above zero: it rose. Exercises done at least {MIN_TIMES} times, "
        "those that eased the pain most first.</p>"
        + _effects_table(data.exercise_effects, data.names, "Exercise")
        + "<p></p>"
        + _effects_table(data.direction_effects, DIRECTIONS, "Direction")
    )


def _latest(rows: list[Row], what: str) -> tuple[list[Row], str]:
    if len(rows) <= MAX_ROWS:
        return rows, ""
    note = f'<p class="small">The latest {MAX_ROWS} of {len(rows)} {what} are listed.</p>'
    return rows[-MAX_ROWS:], note


def _exercise(data: ReportData, exercise_id: str | None) -> str:
    if exercise_id is None:
        return "before the first exercise"
    return data.names.get(exercise_id, exercise_id)


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"


def rises_sentence(data: ReportData) -> str:
    """The pain rises of the period in two plain sentences (the summary page)."""
    events = data.flares
    if not events:
        return "No pain rose enough to call for a break in this period."
    groups = pain_rises.per_exercise(events)
    top = [f"{_exercise(data, g.exercise_id)} ({g.count})" for g in groups[:2]]
    biggest = pain_rises.largest(events, 1)[0]
    ended = sum(g.ended for g in groups)
    count = len(events)
    text = (
        f"The pain rose {_rise_words(data)} or more above the start of a session "
        f"{_times(count)}, most often with {' and '.join(top)}. The largest rise was from "
        f"{biggest.baseline} to {biggest.score} ({_exercise(data, biggest.exercise_id)}, "
        f"{_day(biggest.day)})."
    )
    if ended:
        text += f" The session was ended {_times(ended)} after a rise."
    return text


def _flares(data: ReportData) -> str:
    if not data.flares:
        return '<p class="muted">No pain rises called for a break in this period.</p>'
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
            ("Exercise", False, 46),
            ("Rises", True, 14),
            ("Largest rise", True, 20),
            ("Session ended", True, 20),
        ],
        rows,
    )
    largest = pain_rises.largest(data.flares)
    rows = [
        [
            escape(_day(f.day)),
            escape(_exercise(data, f.exercise_id)),
            f"{f.baseline} → {f.score}",
            escape(FLARE_ACTION_TEXTS.get(f.action, f.action)),
        ]
        for f in largest
    ]
    largest_table = _table(
        [
            ("Date", False, 20),
            ("Exercise", False, 30),
            ("Pain: start → rise", False, 18),
            ("What the person chose", False, 32),
        ],
        rows,
    )
    heading = "The largest rise" if len(largest) == 1 else f"The {len(largest)} largest rises"
    return (
        f"<p>{escape(rises_sentence(data))}</p>"
        + per_exercise
        + f"<p><b>{heading}</b></p>"
        + largest_table
    )


def checkins_sentence(data: ReportData) -> str:
    """The next-morning check-ins in plain sentences."""
    results = data.checkins
    if not results:
        return "No next-morning check-ins in this period."
    count = len(results)
    text = f"{count} next-morning check-in{'s' if count != 1 else ''}."
    compared = [c for c in results if c.rise is not None]
    if not compared:
        return text + " None came the morning after a session with a pain rating to compare."
    rises = [c.rise for c in results if c.rise is not None]
    higher = [rise for rise in rises if rise > 0]
    if not higher:
        return text + (
            f" Every morning after a session ({len(compared)}), the pain was the same as or "
            "lower than before that session."
        )
    most = max(higher)
    by = "1 higher" if most == 1 else f"up to {most} higher"
    rest = len(compared) - len(higher)
    text += (
        f" On {len(higher)} of the {len(compared)} mornings after a session, the pain was "
        f"higher than before that session ({by})"
    )
    return text + (f"; on the other {rest} it was the same or lower." if rest else ".")


def _checkins(data: ReportData) -> str:
    if not data.checkins:
        return '<p class="muted">No next-morning check-ins in this period.</p>'
    shown, note = _latest(data.checkins, "check-ins")
    note = f"<p>{escape(checkins_sentence(data))}</p>" + note
    rows = [
        [
            escape(_day(c.day)),
            str(c.checkin.score),
            escape(c.checkin.stiffness),
            _num(c.previous),
            _signed_whole(c.rise),
        ]
        for c in shown
    ]
    headers = [
        ("Morning", False, 22),
        ("Pain", False, 10),
        ("Stiffness", False, 18),
        ("Pain before the previous day's session", True, 34),
        ("Change", True, 16),
    ]
    return note + _table(headers, rows)


def _activities(data: ReportData) -> str:
    if not data.activities:
        return '<p class="muted">No other activities logged in this period.</p>'
    shown, note = _latest(data.activities, "activities")
    rows = []
    for a in shown:
        if a.pain_before is None and a.pain_after is None:
            pain = "–"
        else:
            pain = f"{_num(a.pain_before)} → {_num(a.pain_after)}"
        rows.append(
            [
                escape(_day(a.day)),
                escape(activity_label(a.kind)),
                str(a.minutes),
                pain,
                escape(a.note),
            ]
        )
    headers = [
        ("Date", False, 20),
        ("Activity", False, 18),
        ("Minutes", True, 12),
        ("Pain before → after", True, 20),
        ("Note", False, 30),
    ]
    return note + _table(headers, rows)


def _routine(data: ReportData) -> str:
    routine = data.routine
    if routine is None or not routine.items:
        return '<p class="muted">No routine chosen, and no session of a known routine.</p>'
    use = {u.exercise_id: u for u in data.routine_use}
    sessions = data.routine_use[0].sessions if data.routine_use else 0
    rows = []
    for number, item in enumerate(routine.items, start=1):
        u = use.get(item.exercise_id)
        done = sets = "–"
        if u is not None and u.sessions:
            done = f"{u.done} of {u.sessions}"
            if u.skipped:
                done += f" (skipped {u.skipped})"
            sets = f"{u.sets_done} of {u.sets_prescribed}"
        rows.append(
            [
                str(number),
                escape(data.names.get(item.exercise_id, item.exercise_id)),
                escape(item.dose.describe()),
                done,
                sets,
            ]
        )
    headers = [
        ("", True, 4),
        ("Exercise", False, 30),
        ("Dose", False, 34),
        ("Sessions done", True, 17),
        ("Sets done", True, 15),
    ]
    how = (
        " (no routine is chosen: this is the routine of the latest session)"
        if data.routine_from_sessions
        else ""
    )
    intro = (
        f"<p><b>{escape(routine.name)}</b>{escape(how)}. Done against it in the "
        f"{sessions} session{'s' if sessions != 1 else ''} of the period: in how many "
        "sessions each exercise was done, and the sets done against the sets "
        "prescribed.</p>"
    )
    return intro + _table(headers, rows)


def _first_run(data: ReportData) -> str:
    """The answers given when BackCoach was first used."""
    flags = data.onboarding.red_flags
    if flags == RED_FLAGS_NONE:
        signs = "none of the warning signs that need a doctor applied."
    elif flags == RED_FLAGS_SOME:
        signs = (
            "at least one warning sign that needs a doctor applied; BackCoach advised "
            "seeing a clinician before exercising"
        )
        signs += (
            ", and the user later chose to go on." if data.onboarding.care_notice_dismissed else "."
        )
    else:
        signs = "not answered."
    parts = [f"<p><b>Warning-signs check:</b> {escape(signs)}</p>"]
    choice = data.direction
    if choice is None:
        parts.append("<p><b>Direction check:</b> not done.</p>")
        return "".join(parts)
    title = dc.TITLES.get(choice.direction, choice.direction)
    if choice.chosen_by == dc.CHOSEN_BY_USER:
        parts.append(f"<p><b>Direction, chosen by hand:</b> {escape(title)}.</p>")
    else:
        parts.append(f"<p><b>Direction check result:</b> {escape(title)}.</p>")
    if choice.answers is not None:
        answers = []
        for question in dc.QUESTIONS:
            value = getattr(choice.answers, question.key)
            label = next((o.label for o in question.options if o.value == value), value)
            answers.append(f"{question.text} {label}.")
        parts.append(
            f'<p class="small">Answers to the direction check: {escape(" ".join(answers))}</p>'
        )
    return "".join(parts)


DETAIL_BREAK = '<h1 style="page-break-before: always">Details</h1>'


def summary_page(data: ReportData) -> list[str]:
    """The first page: who, when, the first-run answers, the numbers and the routine."""
    days = (data.end - data.start).days + 1
    title = f"{APP_NAME} report"
    parts = [f"<h1>{title}</h1>"]
    if data.name:
        parts.append(f'<p style="font-size: 13pt"><b>{escape(data.name)}</b></p>')
    parts += [
        f"<p><b>{escape(_long_day(data.start))} to {escape(_long_day(data.end))}</b> "
        f"({days} days)</p>",
        f'<p class="muted">Made on {escape(_long_day(data.made_on))} with {APP_NAME} '
        f"{__version__}. It shows what was recorded in the app: pain on the 0–10 scale "
        "(0 no pain, 10 the worst imaginable) before, during and after home exercise "
        "sessions, next-morning check-ins and other activities. It is not a diagnosis.</p>",
        "<h2>At first use</h2>",
        _first_run(data),
        "<h2>Summary</h2>",
        _summary(data),
        f"<p>{escape(rises_sentence(data))}</p>",
        f"<p>{escape(checkins_sentence(data))}</p>",
        "<h2>Current routine</h2>",
        _routine(data),
    ]
    return parts


def detail_sections(data: ReportData) -> list[str]:
    """The pages after the summary, one section after another."""
    return [
        "<h2>Pain trend</h2>",
        f"<p>{CHART_MARK}</p>",
        '<p class="small">Marks: <span style="color:#0072b2">●</span> before a session, '
        '<span style="color:#d55e00">▲</span> highest during it, '
        '<span style="color:#009e73">■</span> after it, '
        '<span style="color:#b0508d">◆</span> next-morning check-in, '
        '<span style="color:#b3261e">▼</span> day with a pain rise; the line is the 7-day '
        "average of the pain before sessions. Zones: 0–2 safe, 3–5 acceptable, 6–10 high "
        "(pain-monitoring model)."
        + (" Each mark is a week's average." if data.bins.bin == "week" else "")
        + (" Each mark is a month's average." if data.bins.bin == "month" else "")
        + "</p>",
        "<h2>Sessions per week</h2>",
        _weeks(data),
        "<h2>What helps</h2>",
        _what_helps(data),
        "<h2>Pain rises</h2>",
        f'<p class="small">A pain rise is a rating {escape(_rise_words(data))} or more above '
        "the rating before the session (the pain rule, with the threshold set in "
        "BackCoach): the session paused and offered a break. On a day that started with "
        "high pain (" + escape(_high_start_words(data)) + "), any rise above the start counts.</p>",
        _flares(data),
        "<h2>Next-morning check-ins</h2>",
        _checkins(data),
        "<h2>Other activities</h2>",
        _activities(data),
    ]


def report_html(data: ReportData) -> str:
    parts = [
        *summary_page(data),
        DETAIL_BREAK,
        *detail_sections(data),
        *function_scale_section(data.function_checks),
    ]
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"


def _rise_words(data: ReportData) -> str:
    """The rise that called for a break in the period: '2 points', or '2 or 3 points'."""
    values = sorted({value for _, value in data.thresholds})
    if len(values) == 1:
        return points_words(values[0])
    return " or ".join(str(v) for v in values) + " points"


def _high_start_words(data: ReportData) -> str:
    """The starting ratings that made a high-pain day in the period: '8 or more', or
    '7 or more at threshold 4, otherwise 8 or more' when the threshold changed."""
    by_start: dict[int, set[int]] = {}
    for _, value in data.thresholds:
        by_start.setdefault(high_pain_from(value), set()).add(value)
    if len(by_start) <= 1:
        start = next(iter(by_start), HIGH_PAIN_REFERENCE)
        return f"{start} or more"
    low = min(by_start)
    at = " or ".join(str(v) for v in sorted(by_start[low]))
    return f"{low} or more at threshold {at}, otherwise {max(by_start)} or more"


def _rule_words(data: ReportData) -> str:
    """The threshold in force, with the day it changed if it changed in the period."""
    parts = []
    for since, value in data.thresholds:
        rule = f"a break at a rise of {points_words(value)} above the start"
        parts.append(rule if since is None else f"from {since.day} {since:%b %Y}, {rule}")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]
