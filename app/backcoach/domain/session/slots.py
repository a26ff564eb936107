"""How one exercise's dose unrolls into work phases ("slots": one set on one side).

Per-side exercises do one side then the other within a set: slot 0 = set 1 left, slot
1 = set 1 right, slot 2 = set 2 left, … A side switch comes between the two sides of a
set, a rest between sets. *Alternating* exercises (the article's: side flexion, knee
flops, seated twist) go left, right, left, … rep by rep: one slot per set, twice the
reps, an "other side" cue each rep.
"""

from __future__ import annotations

from dataclasses import dataclass

from backcoach.domain.catalog import Dose
from backcoach.domain.planned import PlannedExercise
from backcoach.domain.vocabulary import Side

SECONDS_PER_REP = 4.0
"""Rough pace of one rep, for the expected length of a reps set (as ``Dose``)."""


@dataclass(frozen=True, slots=True)
class Slots:
    dose: Dose
    alternating: bool = False

    @property
    def sides(self) -> tuple[Side | None, ...]:
        return (Side.LEFT, Side.RIGHT) if self.dose.per_side and not self.alternating else (None,)

    @property
    def rep_s(self) -> float:
        """The rough pace of one rep (a move and its hold)."""
        return SECONDS_PER_REP + (self.dose.hold_s or 0)

    @property
    def reps_per_set(self) -> int:
        """Reps in one work phase: both sides' when they alternate."""
        return (self.dose.reps or 0) * (2 if self.alternating else 1)

    def alternating_side(self, elapsed_s: float) -> Side:
        """The side of the rep under way ``elapsed_s`` into an alternating set."""
        return Side.LEFT if int(max(0.0, elapsed_s) // self.rep_s) % 2 == 0 else Side.RIGHT

    @property
    def count(self) -> int:
        return self.dose.sets * len(self.sides)

    @property
    def rep_based(self) -> bool:
        """Reps sets are untimed; hold-only sets count down."""
        return self.dose.reps is not None

    def set_number(self, slot: int) -> int:
        """1-based set of ``slot``."""
        return slot // len(self.sides) + 1

    def side(self, slot: int) -> Side | None:
        return self.sides[slot % len(self.sides)]

    def switches_side_before(self, slot: int) -> bool:
        """True if ``slot`` is the second side of a set (a side switch comes first)."""
        return len(self.sides) == 2 and slot % 2 == 1

    def sets_done(self, slots_done: int, side: str | None) -> int:
        """Completed sets on ``side`` after the first ``slots_done`` slots."""
        if side == "right":
            return slots_done // 2
        if side == "left":
            return (slots_done + 1) // 2
        return slots_done

    def during_rating(self) -> tuple[int | None, int]:
        """When to ask pain during this exercise: (slot after which it falls due, slot at
        whose end the prompt goes away). The first is None when there is only one work
        phase: the prompt then comes at its middle.

        Once per exercise, at a natural pause: after set 1 when there are several sets,
        at the side switch for one set on each side.
        """
        if self.count == 1:
            return None, 0
        trigger = (len(self.sides) if self.dose.sets >= 2 else 1) - 1
        return trigger, trigger + 1

    def expected_set_s(self) -> float:
        """A rough length of one set of reps (a hint for the screen, never a limit)."""
        return self.reps_per_set * self.rep_s


def slots_of(planned: PlannedExercise) -> Slots:
    return Slots(planned.dose, planned.exercise.alternating)
