"""The functional scale for the screens: history, saving a round, when to offer it. No Qt.

Set-up is offered once after the first run's direction check; "Not now" there is
remembered and the set-up stays one click away on Progress. A re-rating is offered on Home
when the domain says it is due (about every two weeks); "Not now" hides it for three days.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from backcoach.context import AppContext

if TYPE_CHECKING:
    # Imported where a round is made or weighed: Home asks at every start, and with no
    # round stored (most users) the answer needs none of the scale's rules (~2 ms of
    # dataclasses; 008-speed.md, "17e").
    from backcoach.domain import function_scale as fs

SNOOZED_KEY = "function_scale.snoozed_until"
"""ISO day before which Home does not offer the re-rating again after "Not now"."""
SETUP_SKIPPED_KEY = "function_scale.setup_skipped"
SNOOZE_DAYS = 3

Rows = Sequence[tuple[str | None, str, int | None]]


def _now() -> datetime:
    """The local time of a new round (tests replace it to move through the weeks)."""
    return datetime.now().astimezone()


def history(context: AppContext) -> list[fs.FunctionCheck]:
    return context.store.function_checks.all()


def save(context: AppContext, rows: Rows, at: datetime | None = None) -> fs.FunctionCheck:
    """Store one round from the screen's rows (item id or None, name, score or None);
    ValueError in plain words when the rows do not make a valid round."""
    from backcoach.domain import function_scale as fs

    check = fs.make_check(rows, at or _now())
    context.store.function_checks.add(check)
    context.set_setting(SNOOZED_KEY, None)
    return check


def recheck_due(context: AppContext, today: date) -> bool:
    """Home offers the re-rating: due by the scale's rhythm and not put off."""
    snoozed = context.setting(SNOOZED_KEY)
    if isinstance(snoozed, str) and today.isoformat() < snoozed:
        return False
    checks = history(context)
    if not checks:
        return False  # before the first set-up nothing is due (``fs.is_due([], day)``)
    from backcoach.domain import function_scale as fs

    return fs.is_due(checks, today)


def snooze(context: AppContext, today: date) -> None:
    context.set_setting(SNOOZED_KEY, (today + timedelta(days=SNOOZE_DAYS)).isoformat())


def skip_setup(context: AppContext) -> None:
    context.set_setting(SETUP_SKIPPED_KEY, True)
