"""Minutes exercised per local day, against the daily goal (docs/clinical-rules.md)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: Settings reads the default goal on a first run too
    from backcoach.domain.records import Activity, SessionRecord

DEFAULT_DAILY_GOAL_MIN = 15
"""The article: even 15 minutes a day can make a real difference."""


def session_local_day(session: SessionRecord) -> date:
    """The day the user lived it: UTC start shifted by the offset stored with it."""
    return (session.started_at + timedelta(minutes=session.utc_offset_min)).date()


def session_minutes(session: SessionRecord) -> float:
    """Time spent on exercises (get-ready, sets, sides and rests), partly done ones too:
    an exercise skipped before it began has no time of its own."""
    return minutes_of(exercise_seconds(session))


def exercise_seconds(session: SessionRecord) -> float:
    """Seconds from each exercise's start to its end, added up."""
    return sum((e.finished_at - e.started_at).total_seconds() for e in session.exercises)


def minutes_of(exercise_seconds: float) -> float:
    """A session's minutes from the seconds its exercises took (``session_minutes``)."""
    return max(0.0, exercise_seconds) / 60.0


SHORTEST_SESSION_MIN = 1.0
"""A session ended early with less exercise time than this is not counted as a session
(its seconds still count as minutes): a start by mistake, or one cut off at once."""


def counts_as_session(session: SessionRecord) -> bool:
    """Whether Progress counts this record as a session that day."""
    return counts(session.ended_early, session_minutes(session))


def counts(ended_early: bool, minutes: float) -> bool:
    """``counts_as_session`` from what it reads of the session."""
    return not ended_early or minutes >= SHORTEST_SESSION_MIN


def minutes_on(
    day: date, sessions: Iterable[SessionRecord], activities: Iterable[Activity] = ()
) -> float:
    """Session and other-activity minutes on ``day`` (other exercise counts too)."""
    total = sum(session_minutes(s) for s in sessions if session_local_day(s) == day)
    total += sum(a.minutes for a in activities if a.day == day)
    return total
