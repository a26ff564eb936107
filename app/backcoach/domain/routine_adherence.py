"""What was done against the routine in a period: per exercise, how many of the sessions
included it, how often it was skipped, and the sets done against the sets prescribed.
Pure Python (the clinician report reads it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from backcoach.domain.records import SessionRecord
from backcoach.domain.routines import Routine


@dataclass(frozen=True, slots=True)
class ItemAdherence:
    exercise_id: str
    sessions: int
    """Sessions in the period (the same for every item: the denominator)."""
    done: int
    """Sessions in which at least one set of it was done."""
    skipped: int
    """Sessions in which it was reached but skipped without a set done."""
    sets_done: int
    sets_prescribed: int
    """The routine's sets times the sessions."""


def adherence(routine: Routine, sessions: Iterable[SessionRecord]) -> list[ItemAdherence]:
    """One line per routine item, over the ended sessions given (any routine: a session
    of another routine counts as the item not done)."""
    ended = [s for s in sessions if not s.running]
    found = []
    for item in routine.items:
        done = skipped = sets = 0
        for session in ended:
            results = [e for e in session.exercises if e.exercise_id == item.exercise_id]
            session_sets = sum(e.sets_done for e in results)
            # A two-sided exercise stores a result per side: count a session once, and
            # its sets as the mean over the sides (one prescribed set covers both).
            sides = len({e.side for e in results}) or 1
            sets += round(session_sets / sides)
            if session_sets:
                done += 1
            elif results:
                skipped += 1
        found.append(
            ItemAdherence(
                item.exercise_id,
                len(ended),
                done,
                skipped,
                sets,
                item.dose.sets * len(ended),
            )
        )
    return found


__all__ = ["ItemAdherence", "adherence"]
