"""How one exercise's dose unrolls into work phases ("slots": one set on one side).

Per-side exercises alternate sides within a set: slot 0 = set 1 left, slot 1 = set 1
right, slot 2 = set 2 left, … A side switch comes between the two sides of a set, a rest
between sets.
"""

from __future__ import annotations

from dataclasses import dataclass

from backcoach.domain.catalog import Dose

SECONDS_PER_REP = 4.0
"""Rough pace of one rep, for the expected length of a reps set (as ``Dose``)."""


@dataclass(frozen=True, slots=True)
class Slots:
    dose: Dose

    @property
    def sides(self) -> tuple[str | None, ...]:
        return ("left", "right") if self.dose.per_side else (None,)

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

    def side(self, slot: int) -> str | None:
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
        return (self.dose.reps or 0) * (SECONDS_PER_REP + (self.dose.hold_s or 0))
