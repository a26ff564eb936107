"""Dates in words, in the language in use: month and weekday names from Qt's locale.

``locale()`` is the default locale, which ``ui/translation.py`` sets to the language
chosen (so French screens say "vendredi 4 décembre 2026"); each pattern is itself
translatable, because languages order and join the parts differently (Spanish: "4 de
diciembre de 2026"). The English patterns give what the screens showed before
(strftime's "%A %d %B %Y" and the like). Safe off the UI thread: QLocale and
QCoreApplication.translate only read.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale

from backcoach.services.report_language import locale, translate

if TYPE_CHECKING:
    from backcoach.domain.date_ticks import TickStep


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _format(day: date, pattern: str) -> str:
    return locale().toString(_qdate(day), pattern)


def long_day(day: date) -> str:
    """'Friday 4 December 2026'."""
    return _format(day, translate("Dates", "dddd d MMMM yyyy"))


def long_day_padded(day: date) -> str:
    """'Friday 04 December 2026' (backups, lined up in a list)."""
    return _format(day, translate("Dates", "dddd dd MMMM yyyy"))


def short_day(day: date) -> str:
    """'Fri 4 Dec 2026'."""
    return _format(day, translate("Dates", "ddd d MMM yyyy"))


def weekday_day_short_month(day: date) -> str:
    """'Mon 5 Mar' (a chart's tick when every day has one)."""
    return _format(day, translate("Dates", "ddd d MMM"))


def day_month_year(day: date) -> str:
    """'4 December 2026'."""
    return _format(day, translate("Dates", "d MMMM yyyy"))


def day_short_month_year(day: date) -> str:
    """'4 Dec 2026'."""
    return _format(day, translate("Dates", "d MMM yyyy"))


def day_month(day: date) -> str:
    """'4 December'."""
    return _format(day, translate("Dates", "d MMMM"))


def day_short_month(day: date) -> str:
    """'4 Dec'."""
    return _format(day, translate("Dates", "d MMM"))


def month(day: date) -> str:
    """'December' (standalone: the name as it stands alone, not inside a date)."""
    return locale().standaloneMonthName(day.month, QLocale.FormatType.LongFormat)


def short_month(day: date) -> str:
    """'Dec'."""
    return locale().standaloneMonthName(day.month, QLocale.FormatType.ShortFormat)


def month_year(day: date) -> str:
    """'December 2026'."""
    return _format(day, translate("Dates", "MMMM yyyy"))


def short_month_year(day: date) -> str:
    """'Dec 2026'."""
    return _format(day, translate("Dates", "MMM yyyy"))


def weekday(day: date) -> str:
    """'Friday'."""
    return locale().standaloneDayName(day.isoweekday(), QLocale.FormatType.LongFormat)


def local_day(at: datetime) -> date:
    return at.astimezone().date()


def tick_label(day: date, step: TickStep, first: bool, *, weekday: bool = True) -> str:
    """``domain.date_ticks.tick_label`` in the language in use (Qt's locale names the
    months and weekdays); the same labels in English. The charts on screen and the
    report's chart both label their dates with it."""
    # Imported here: Home's words need no chart ticks (~1 ms of enum and dataclass).
    from backcoach.domain.date_ticks import Unit

    if step.unit is Unit.DAY and step.every == 1 and weekday:
        return weekday_day_short_month(day)
    if step.unit in (Unit.DAY, Unit.WEEK):
        return day_short_month(day)
    if step.unit is Unit.MONTH:
        if day.month == 1 or first:
            return short_month_year(day)
        return short_month(day)
    return str(day.year)
