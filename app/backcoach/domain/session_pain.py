"""A session's pain (baseline, highest while exercising, after) and the next-morning rule's
"day before": the baseline of each day's first session that has one.

Apart from ``progress_history`` (which re-exports them) so that Home's lighter-day check
(``services.plans.worse_mornings``) needs neither the history's nor "what helps"'s
dataclasses: ~5 ms of a returning user's start to import (008-speed.md, "17a").
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from backcoach.domain.daily_goal import session_local_day
from backcoach.domain.vocabulary import DURING_SESSION, RatingPhase

if TYPE_CHECKING:
    from backcoach.domain.records import CheckIn, SessionRecord

RatingStep = tuple[int, RatingPhase, str | None, float]
"""One pain rating as the progress rules read it: (score, phase, exercise id or None,
offset_s). Plain tuples: the store makes them straight from its rows for ten years of
ratings without decoding each into a ``Rating`` (``rating_steps`` for a record)."""


def rating_steps(session: SessionRecord) -> list[RatingStep]:
    """The session's ratings as steps, in the order they are stored."""
    return [(r.score, r.phase, r.exercise_id, r.offset_s) for r in session.ratings]


class SessionPain(NamedTuple):
    """A NamedTuple, not a frozen dataclass: Home's worse mornings import this module at
    every returning start, where a dataclass costs ~0.4 ms to create (008-speed.md, "17e")."""

    before: int | None
    highest: int | None
    after: int | None


def session_pain(session: SessionRecord) -> SessionPain:
    """The session's baseline, highest rating while exercising, and rating afterwards.

    The app asks "after" once at the end (no exercise); older data and imports may carry
    an "after" per exercise, in which case the last one stands for the session.
    """
    return pain_of(rating_steps(session))


_BASELINE, _AFTER = RatingPhase.BASELINE, RatingPhase.AFTER  # bound once (progress_effects)


def pain_of(steps: Iterable[RatingStep]) -> SessionPain:
    """``session_pain`` from a session's rating steps, in the order they are stored."""
    before = highest = session_after = last_after = None
    for score, phase, exercise_id, _offset in steps:
        if phase == _BASELINE:
            if before is None:
                before = score
        elif phase in DURING_SESSION:
            if highest is None or score > highest:
                highest = score
        elif phase == _AFTER:
            last_after = score
            if exercise_id is None:
                session_after = score
    return SessionPain(before, highest, session_after if session_after is not None else last_after)


def note_first_baseline(first: dict[date, int], day: date, pain: SessionPain) -> None:
    """Keep ``pain``'s baseline as ``day``'s unless an earlier session of that day gave
    one: called for each session, oldest first. A next-morning check-in is compared with
    the day before's (``morning_rise``)."""
    if pain.before is not None:
        first.setdefault(day, pain.before)


def morning_rise(score: int, previous: int | None) -> int | None:
    """How much higher a morning check-in is than the pain before the first session of the
    day before (None when that was not rated)."""
    return None if previous is None else score - previous


def worse_mornings(sessions: Iterable[SessionRecord], checkins: Iterable[CheckIn]) -> set[date]:
    """The days of ``checkins`` whose pain rose above the day before's first baseline
    among ``sessions`` (oldest first): what ``progress_history``'s check-in results call a
    rise, without building a history (Home asks it at every start)."""
    first_before: dict[date, int] = {}
    for session in sessions:
        note_first_baseline(first_before, session_local_day(session), session_pain(session))
    return {
        c.day
        for c in checkins
        if (morning_rise(c.score, first_before.get(c.day - timedelta(days=1))) or 0) > 0
    }
