"""Pain rises in a period, summarised for a clinician: how many per exercise and the few
largest, rather than every passing rise listed (a year held dozens, burying the signal).
A *pain rise* is a rating at the pain rule's threshold or more above the session's start
(CLINICAL.md section 2): the session paused and offered a break. Pure Python."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backcoach.domain.progress import FlareEvent

LARGEST_SHOWN = 5


@dataclass(frozen=True, slots=True)
class ExerciseRises:
    exercise_id: str | None
    """None: a rise given before the first exercise of a session."""
    count: int
    largest: int
    """The largest rise above the start, in points."""
    ended: int
    """How many of these rises ended the session."""


def rise(event: FlareEvent) -> int:
    return event.score - event.baseline


def per_exercise(events: Sequence[FlareEvent]) -> list[ExerciseRises]:
    """Most rises first, then the largest."""
    groups: dict[str | None, list[FlareEvent]] = {}
    for event in events:
        groups.setdefault(event.exercise_id, []).append(event)
    found = [
        ExerciseRises(
            key,
            len(group),
            max(rise(e) for e in group),
            sum(1 for e in group if e.action == "end"),
        )
        for key, group in groups.items()
    ]
    found.sort(key=lambda r: (-r.count, -r.largest, r.exercise_id or ""))
    return found


def largest(events: Sequence[FlareEvent], count: int = LARGEST_SHOWN) -> list[FlareEvent]:
    """The ``count`` largest rises (the latest first among equals)."""
    ordered = sorted(events, key=lambda e: e.day, reverse=True)
    ordered.sort(key=lambda e: (rise(e), e.score), reverse=True)
    return ordered[:count]


__all__ = ["LARGEST_SHOWN", "ExerciseRises", "largest", "per_exercise", "rise"]
