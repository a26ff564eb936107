"""Words and numbers for the Progress screen: readouts of a day, minutes, pain values."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from backcoach.domain.progress import Bin, Binned, DaySummary, History, Range, Series
from backcoach.domain.vocabulary import Stiffness
from backcoach.services import date_words
from backcoach.services.report_language import decimal


def point_hint() -> str:
    return QCoreApplication.translate(
        "Progress", "Point at a day, or use the arrow keys on the chart, to see its numbers."
    )


def range_labels() -> dict[Range, str]:
    return {
        Range.WEEK: QCoreApplication.translate("Progress", "Week"),
        Range.MONTH: QCoreApplication.translate("Progress", "Month"),
        Range.QUARTER: QCoreApplication.translate("Progress", "3 months"),
        Range.YEAR: QCoreApplication.translate("Progress", "Year"),
        Range.ALL: QCoreApplication.translate("Progress", "All"),
    }


def long_day(day: date) -> str:
    return date_words.long_day(day)


def short_day(day: date) -> str:
    return date_words.day_short_month_year(day)


def minutes_text(minutes: float) -> str:
    whole = round(minutes)
    if whole < 60:
        return QCoreApplication.translate("Progress", "%d min") % whole
    hours, rest = divmod(whole, 60)
    return (
        QCoreApplication.translate("Progress", "%d h %02d min") % (hours, rest)
        if rest
        else QCoreApplication.translate("Progress", "%d h") % hours
    )


def pain_text(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else decimal(f"{value:.1f}")


def stiffness_text(stiffness: str) -> str:
    texts: dict[str, str] = {
        Stiffness.NONE: QCoreApplication.translate("Progress", "no stiffness"),
        Stiffness.SOME: QCoreApplication.translate("Progress", "some stiffness"),
        Stiffness.A_LOT: QCoreApplication.translate("Progress", "a lot of stiffness"),
    }
    return texts.get(stiffness, stiffness)


def day_line(day: date, text: str) -> str:
    """'<day>: <what happened>' as a translatable pattern: French puts a space before the
    colon, and a language may order the parts otherwise."""
    return (
        QCoreApplication.translate("Progress", "%1: %2", "a day, then what happened on it")
        .replace("%2", text)
        .replace("%1", long_day(day))
    )


def pain_readout(summary: DaySummary, average: float | None) -> str:
    """One line about a day's pain, for the text under the pain chart."""
    parts = []
    if summary.sessions:
        parts.append(
            QCoreApplication.translate("Progress", "before %s, highest %s, after %s")
            % (pain_text(summary.before), pain_text(summary.highest), pain_text(summary.after))
        )
    else:
        parts.append(QCoreApplication.translate("Progress", "no session"))
    if average is not None:
        parts.append(
            QCoreApplication.translate("Progress", "7-day average %s")
            % pain_text(round(average, 1))
        )
    if summary.flares:
        parts.append(
            QCoreApplication.translate("Progress", "1 flare")
            if summary.flares == 1
            else QCoreApplication.translate("Progress", "%d flares") % summary.flares
        )
    if summary.checkin is not None:
        parts.append(
            QCoreApplication.translate("Progress", "morning check-in %d, %s")
            % (summary.checkin.score, stiffness_text(summary.checkin.stiffness))
        )
    return day_line(summary.day, " · ".join(parts))


def minutes_readout(summary: DaySummary, goal_min: int) -> str:
    if summary.minutes <= 0:
        return day_line(summary.day, QCoreApplication.translate("Progress", "no exercise"))
    parts = [
        QCoreApplication.translate("Progress", "%s in sessions")
        % minutes_text(summary.session_minutes)
    ]
    if summary.activity_minutes:
        parts.append(
            QCoreApplication.translate("Progress", "%s of other activities")
            % minutes_text(summary.activity_minutes)
        )
    reached = (
        QCoreApplication.translate("Progress", "goal reached")
        if summary.minutes >= goal_min
        else ""
    )
    text = day_line(summary.day, ", ".join(parts))
    return f"{text} · {reached}" if reached else text


def bin_name(bins: Binned, index: int) -> str:
    first, last = bins.starts[index], bins.ends[index]
    if bins.bin is Bin.MONTH:
        return date_words.month_year(first)
    if last - first == timedelta(days=6):
        return QCoreApplication.translate("Progress", "Week of %s") % date_words.day_month_year(
            first
        )
    return f"{short_day(first)} – {short_day(last)}"


def pain_bin_readout(bins: Binned, index: int) -> str:
    return QCoreApplication.translate(
        "Progress", "%s, on average: before %s, highest %s, after %s"
    ) % (
        bin_name(bins, index),
        pain_text(_round(bins.before[index])),
        pain_text(_round(bins.highest[index])),
        pain_text(_round(bins.after[index])),
    )


def minutes_bin_readout(bins: Binned, index: int, goal_min: int) -> str:
    done, other = bins.session_minutes[index], bins.activity_minutes[index]
    text = QCoreApplication.translate(
        "Progress", "%s: %s a day on average (%s in sessions, %s of other activities)"
    ) % (
        bin_name(bins, index),
        minutes_text(done + other),
        minutes_text(done),
        minutes_text(other),
    )
    return (
        f"{text} · " + QCoreApplication.translate("Progress", "goal reached")
        if done + other >= goal_min
        else text
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def pain_hover(history: History, series: Series, bins: Binned, day: date) -> str:
    """The pain readout of the day pointed at, with its week's or month's when binned."""
    index = series.index(day)
    average = series.average[index] if index is not None else None
    text = pain_readout(history.day(day), average)
    index = bins.find(day)
    if bins.bin is not Bin.DAY and index is not None:
        text += "\n" + pain_bin_readout(bins, index)
    return text


def minutes_hover(history: History, bins: Binned, day: date, goal_min: int) -> str:
    """The minutes readout of the day pointed at (of its week or month when binned)."""
    index = bins.find(day)
    if bins.bin is not Bin.DAY and index is not None:
        return minutes_bin_readout(bins, index, goal_min)
    return minutes_readout(history.day(day), goal_min)
