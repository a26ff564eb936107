"""What the Progress screen shows, read from the record: its history and the settings it
needs. No Qt: the screen calls these (the full read on a worker thread) and renders.
"""

from __future__ import annotations

from datetime import date, timedelta

from backcoach.context import AppContext
from backcoach.domain import progress
from backcoach.domain.progress import History
from backcoach.services import settings

RECENT_DAYS = 7 * 15
"""Days read for the first view: the month range plus the calendar's 13 weeks and the
7-day average's lead-in."""


def recent_history(context: AppContext, today: date) -> History:
    """The last ``RECENT_DAYS`` only: a few ms to read, so the first view shows at once."""
    since = today - timedelta(days=RECENT_DAYS)
    store = context.store
    return progress.history_of(
        store.sessions.summaries(since, today + timedelta(days=1)),
        store.checkins.between(since, today),
        store.activities.between(since),
        since=since,
    )


def full_history(context: AppContext) -> History:
    """The whole record (~0.1 s with ten years): call it off the UI thread."""
    store = context.store
    return progress.history_of(
        store.sessions.summaries(), store.checkins.all(), store.activities.all()
    )


def daily_goal(context: AppContext) -> int:
    """The daily goal in minutes, as Settings shows it."""
    return settings.daily_goal(context)


def pain_threshold(context: AppContext) -> int:
    """The pain rule's threshold in force (Settings), for the legend."""
    value: int = settings.get(context, "pain_threshold")
    return value
