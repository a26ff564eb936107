"""The report's building blocks: its marked words, numbers, days, durations and tables,
as the HTML subset QTextDocument reads (see ``report_html``)."""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TypeVar

from backcoach.domain.progress import ACTIVITY_KINDS, activity_label
from backcoach.domain.vocabulary import FlareAction
from backcoach.services import date_words
from backcoach.services.report_data import ReportData
from backcoach.services.report_language import QT_TRANSLATE_NOOP, decimal, translate

Row = TypeVar("Row")


MAX_ROWS = 60
"""Rows of a long list (flares, check-ins, activities) before it is cut to the latest."""

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


def _avg(value: float | None) -> str:
    """A mean, always with one decimal (2.0, not 2), so columns of means read alike."""
    return "–" if value is None else decimal(f"{value:.1f}")


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
