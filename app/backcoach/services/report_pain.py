"""The report's pain rises and next-morning check-ins, and the pain rule in force in
words (the threshold, the rise that called for a break, the high-pain start)."""

from __future__ import annotations

from html import escape

from backcoach.domain import pain_rises
from backcoach.domain.pain_rule import HIGH_PAIN_REFERENCE, high_pain_from
from backcoach.services import date_words
from backcoach.services.report_data import ReportData
from backcoach.services.report_format import (
    FLARE_ACTION_TEXTS,
    STIFFNESS,
    _day,
    _exercise,
    _latest,
    _num,
    _signed_whole,
    _table,
    _times,
    _word,
)
from backcoach.services.report_language import translate


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
