"""Plain sentences about the functional scale, for Home and Progress."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from backcoach.services.report_language import decimal

if TYPE_CHECKING:
    # Imported in ``home_news``: Home reads it at every start, and with no round stored
    # (most users) there is no news to weigh (~2 ms of the scale's dataclasses).
    from backcoach.domain import function_scale as fs


def since(at: datetime) -> str:
    """'since March' this year, 'since March 2025' before it."""
    # Imported here: Home imports this module at start, and needs it only for news of
    # an improvement (~1 ms of date_ticks' dataclasses).
    from backcoach.services import date_words

    local = at.astimezone()
    if local.year == datetime.now().astimezone().year:
        return date_words.month(local)
    return date_words.month_year(local)


def score(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else decimal(f"{value:.1f}")


def verdict(change: fs.Change) -> str:
    if change.improved:
        return QCoreApplication.translate("FunctionScale", "a real change")
    if change.worse:
        return QCoreApplication.translate(
            "FunctionScale", "a real change for the worse; worth telling your physiotherapist"
        )
    return QCoreApplication.translate("FunctionScale", "not yet a clear change")


def item_sentence(item: fs.ItemHistory) -> str:
    """'Putting on socks: from 3 to 7 since March — a real change'."""
    change = item.change
    if change is None:
        if not item.points:
            return QCoreApplication.translate("FunctionScale", "%s: not rated yet") % item.name
        return QCoreApplication.translate("FunctionScale", "%s: %d, first rating") % (
            item.name,
            item.points[0][1],
        )
    return QCoreApplication.translate("FunctionScale", "%s: from %s to %s since %s — %s") % (
        item.name,
        score(change.first),
        score(change.latest),
        since(change.first_at),
        verdict(change),
    )


def mean_sentence(change: fs.Change) -> str:
    return QCoreApplication.translate(
        "FunctionScale", "Average of your activities: from %s to %s since %s — %s"
    ) % (
        score(change.first),
        score(change.latest),
        since(change.first_at),
        verdict(change),
    )


def home_news(history: list[fs.FunctionCheck]) -> str:
    """Home's line about a meaningful improvement; empty when there is none."""
    if not history:
        return ""  # no round yet: no change to tell
    from backcoach.domain import function_scale as fs

    better = fs.improvements(history)
    mean = fs.mean_change(history)
    if mean is not None and mean.improved:
        return QCoreApplication.translate(
            "FunctionScale", "What you can do is getting better: %s."
        ) % mean_sentence(mean)
    if better:
        return QCoreApplication.translate(
            "FunctionScale", "What you can do is getting better: %s."
        ) % item_sentence(better[0])
    return ""
