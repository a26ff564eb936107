"""The next-morning check-in: when to ask, and saving the answer with its advice. No Qt.

Asked at the first start of a day that follows a day with a session (docs/clinical-rules.md,
next-day check); asked once: "Not today" is remembered for the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from backcoach.context import AppContext
from backcoach.domain.pain import Advice
from backcoach.domain.progress_checkin import morning_advice
from backcoach.domain.records import CheckIn, SessionRecord
from backcoach.domain.session_pain import session_pain  # not the progress facade (~10 ms)
from backcoach.domain.vocabulary import Stiffness

MORNING_ENDS_HOUR = 12
"""Before midday the check-in says "this morning"; after it, "today"."""
ASKED_KEY = "checkin.asked_on"
"""The last day the check-in was offered (ISO date), so it is offered once a day."""


def is_morning(now: datetime) -> bool:
    return now.hour < MORNING_ENDS_HOUR


def _exercised(session: SessionRecord) -> bool:
    return any(not e.skipped for e in session.exercises)


def sessions_on(context: AppContext, day: date) -> list[SessionRecord]:
    return [s for s in context.store.sessions.between(day, day) if _exercised(s)]


def checkin_due(context: AppContext, today: date) -> bool:
    """True on the first start of ``today`` when yesterday had a session and today has no
    check-in yet."""
    if context.setting(ASKED_KEY) == today.isoformat():
        return False
    if context.store.checkins.between(today, today):
        return False
    return bool(sessions_on(context, today - timedelta(days=1)))


def mark_asked(context: AppContext, today: date) -> None:
    context.set_setting(ASKED_KEY, today.isoformat())


def previous_level(context: AppContext, today: date) -> int | None:
    """The pain rated before the first session of the day before ``today``."""
    for session in sessions_on(context, today - timedelta(days=1)):
        before = session_pain(session).before
        if before is not None:
            return before
    return None


def previous_stiffness(context: AppContext, today: date) -> str | None:
    """The stiffness of the latest check-in before ``today`` (within the last four weeks)."""
    earlier = context.store.checkins.between(today - timedelta(days=28), today - timedelta(days=1))
    return earlier[-1].stiffness if earlier else None


@dataclass(frozen=True)
class MorningResult:
    checkin: CheckIn
    previous: int | None
    """Pain before yesterday's session, or None if it was not rated."""
    advice: Advice | None


def save_checkin(
    context: AppContext,
    today: date,
    score: int,
    stiffness: Stiffness | str,
    at: datetime | None = None,
) -> MorningResult:
    """Store this morning's answer (replacing one given earlier today) and compare it."""
    stiff_before = previous_stiffness(context, today)
    checkin = CheckIn(today, score, Stiffness(stiffness), at or datetime.now().astimezone())
    context.store.checkins.add(checkin)
    mark_asked(context, today)
    previous = previous_level(context, today)
    return MorningResult(
        checkin, previous, morning_advice(score, stiffness, previous, stiff_before)
    )


__all__ = [
    "ASKED_KEY",
    "MorningResult",
    "checkin_due",
    "is_morning",
    "mark_asked",
    "previous_level",
    "previous_stiffness",
    "save_checkin",
    "sessions_on",
]
