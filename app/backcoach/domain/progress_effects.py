"""What helps: how pain changes around each exercise, per exercise and per direction.

For every exercise done in a session we take the rating given just before it (its own
"before" rating, else the last rating before it, e.g. the session's baseline), the highest
rating while doing it, and the rating given right after it (its own "after" rating, else
the next rating of the session when that is the "before" of the next exercise or the
"after" of the session: both are given the moment the exercise is over). The change is
that rating minus the one before: negative eases, positive aggravates. Pure Python.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from operator import attrgetter, itemgetter

from backcoach.domain.records import SessionRecord
from backcoach.domain.session_pain import RatingStep, rating_steps
from backcoach.domain.vocabulary import RatingPhase

MIN_TIMES = 3
"""An exercise is listed once it was done (with ratings) at least this many times."""


@dataclass(frozen=True, slots=True)
class ExerciseOccurrence:
    day: date
    exercise_id: str
    before: int
    during: int | None
    """The highest rating while doing it, or None if none was given."""
    after: int | None


class _Block:
    __slots__ = ("after", "before", "during", "exercise_id")

    def __init__(self, exercise_id: str, before: int | None) -> None:
        self.exercise_id = exercise_id
        self.before = before
        self.during: int | None = None
        self.after: int | None = None


_CLOSES_BLOCK = frozenset({RatingPhase.BEFORE, RatingPhase.AFTER})
"""The next exercise's "before" (or the session's "after") closes the block before it."""
_OPENS_BLOCK = frozenset({RatingPhase.BASELINE, RatingPhase.BEFORE})
_WHILE_EXERCISING = frozenset({RatingPhase.DURING, RatingPhase.RE_RATE})
_AFTER = RatingPhase.AFTER
"""Bound once: an enum member read off its class costs ~0.14 us in Python 3.11, ten times
a comparison, and the rules below compare ten years of ratings (008-speed.md)."""


_OFFSET = itemgetter(3)


def exercise_occurrences(session: SessionRecord, day: date) -> list[ExerciseOccurrence]:
    """The exercises of one session with their before, highest-during and after ratings."""
    return occurrences_of(rating_steps(session), day)


def occurrences_of(steps: Iterable[RatingStep], day: date) -> list[ExerciseOccurrence]:
    """``exercise_occurrences`` from a session's rating steps (in any order)."""
    found: list[_Block] = []
    block: _Block | None = None
    last: int | None = None
    for score, phase, exercise_id, _offset in sorted(steps, key=_OFFSET):
        if exercise_id is None or (block is not None and exercise_id != block.exercise_id):
            if block is not None and block.after is None and phase in _CLOSES_BLOCK:
                block.after = score  # given as soon as the exercise was over
            block = None
        if exercise_id is not None:
            if block is None:
                block = _Block(exercise_id, score if phase in _OPENS_BLOCK else last)
                found.append(block)
            if phase in _WHILE_EXERCISING:
                block.during = score if block.during is None else max(block.during, score)
            elif phase == _AFTER:
                block.after = score
        last = score
    return [
        ExerciseOccurrence(day, b.exercise_id, b.before, b.during, b.after)
        for b in found
        if b.before is not None and (b.during is not None or b.after is not None)
    ]


@dataclass(frozen=True, slots=True)
class Effect:
    """The average change of pain around an exercise (or a direction's exercises)."""

    key: str
    times: int
    during: float | None
    """Mean of (highest while doing it - before)."""
    after: float | None
    """Mean of (right after - before)."""

    @property
    def change(self) -> float:
        """What the list is sorted by: the change afterwards, else the one while doing it."""
        if self.after is not None:
            return self.after
        return self.during if self.during is not None else 0.0


@dataclass(frozen=True, slots=True)
class Sums:
    """Additive totals behind an Effect, so ranges and directions combine by adding."""

    times: int = 0
    during: int = 0
    during_n: int = 0
    after: int = 0
    after_n: int = 0

    def __add__(self, other: Sums) -> Sums:
        return Sums(
            self.times + other.times,
            self.during + other.during,
            self.during_n + other.during_n,
            self.after + other.after,
            self.after_n + other.after_n,
        )

    def __sub__(self, other: Sums) -> Sums:
        return Sums(
            self.times - other.times,
            self.during - other.during,
            self.during_n - other.during_n,
            self.after - other.after,
            self.after_n - other.after_n,
        )

    def effect(self, key: str) -> Effect:
        return Effect(
            key,
            self.times,
            self.during / self.during_n if self.during_n else None,
            self.after / self.after_n if self.after_n else None,
        )


def _sums_of(o: ExerciseOccurrence) -> Sums:
    return Sums(
        1,
        o.during - o.before if o.during is not None else 0,
        1 if o.during is not None else 0,
        o.after - o.before if o.after is not None else 0,
        1 if o.after is not None else 0,
    )


def sort_effects(effects: Iterable[Effect]) -> list[Effect]:
    """Most easing first; ties by the change while doing it, then the most done."""
    return sorted(effects, key=lambda e: (e.change, e.during or 0.0, -e.times, e.key))


def effects(sums: dict[str, Sums], min_times: int = MIN_TIMES) -> list[Effect]:
    return sort_effects(s.effect(k) for k, s in sums.items() if s.times >= min_times)


def exercise_sums(occurrences: Iterable[ExerciseOccurrence]) -> dict[str, Sums]:
    found: dict[str, Sums] = {}
    for o in occurrences:
        found[o.exercise_id] = found.get(o.exercise_id, Sums()) + _sums_of(o)
    return found


def group_sums(sums: dict[str, Sums], key_of: Callable[[str], str | None]) -> dict[str, Sums]:
    """Add up per-exercise sums by another key (a direction); None leaves one out."""
    found: dict[str, Sums] = {}
    for exercise_id, s in sums.items():
        key = key_of(exercise_id)
        if key is not None:
            found[key] = found.get(key, Sums()) + s
    return found


class EffectIndex:
    """Running totals per exercise over the days, so any range is a subtraction away.

    Built once per history; ``sums_between`` then costs microseconds per exercise, which
    keeps range switches quick. The running totals are plain tuples (times, during,
    during_n, after, after_n): building ten years' index with a ``Sums`` per step took
    ~0.1 s, with tuples ~25 ms (docs/decisions/008-speed.md).
    """

    def __init__(self, occurrences: Iterable[ExerciseOccurrence]) -> None:
        self._days: dict[str, list[date]] = {}
        self._running: dict[str, list[tuple[int, int, int, int, int]]] = {}
        days_of, running_of = self._days, self._running
        for o in sorted(occurrences, key=attrgetter("day")):
            days = days_of.get(o.exercise_id)
            if days is None:
                days = days_of[o.exercise_id] = []
                running = running_of[o.exercise_id] = [(0, 0, 0, 0, 0)]
            else:
                running = running_of[o.exercise_id]
            times, during, during_n, after, after_n = running[-1]
            if o.during is not None:
                during += o.during - o.before
                during_n += 1
            if o.after is not None:
                after += o.after - o.before
                after_n += 1
            running.append((times + 1, during, during_n, after, after_n))
            days.append(o.day)

    def sums_between(self, start: date, end: date) -> dict[str, Sums]:
        found = {}
        for exercise_id, days in self._days.items():
            running = self._running[exercise_id]
            low, high = bisect_left(days, start), bisect_right(days, end)
            if high > low:
                a, b = running[low], running[high]
                found[exercise_id] = Sums(b[0] - a[0], b[1] - a[1], b[2] - a[2], b[3] - a[3],
                                          b[4] - a[4])  # fmt: skip
        return found


def what_helps(
    occurrences: Iterable[ExerciseOccurrence], min_times: int = MIN_TIMES
) -> list[Effect]:
    """Per exercise done at least ``min_times`` times, most easing first."""
    return effects(exercise_sums(occurrences), min_times)


def by_direction(
    occurrences: Iterable[ExerciseOccurrence],
    direction_of: Callable[[str], str | None],
    min_times: int = MIN_TIMES,
) -> list[Effect]:
    """The same per direction (extension / flexion / rotation), most easing first.

    ``direction_of`` maps an exercise id to its direction (None for one no longer in the
    catalogue: it is left out).
    """
    return effects(group_sums(exercise_sums(occurrences), direction_of), min_times)


__all__ = [
    "MIN_TIMES",
    "Effect",
    "EffectIndex",
    "ExerciseOccurrence",
    "RatingStep",
    "Sums",
    "by_direction",
    "effects",
    "exercise_occurrences",
    "exercise_sums",
    "group_sums",
    "occurrences_of",
    "rating_steps",
    "sort_effects",
    "what_helps",
]
