"""The routine model: a routine, its items and the limits of a dose.

A routine is an ordered list of exercises, each with its own dose. Starter plans
(``is_starter=True``) are never changed (see ``routine_edit``); user routines are.
All values are frozen and every edit returns a new ``Routine``.

Dose limits (``DOSE_LIMITS``) keep a typo from turning into a 50-minute plank, while
leaving room for a physiotherapist's own numbers:

- ``hold_s`` 1-300 s. A pause within each rep may be as short as 1 s; a static hold
  (no reps) needs at least ``MIN_STATIC_HOLD_S`` (5 s), shorter is not a hold.
- ``reps`` 1-50 per set, ``sets`` 1-10, ``rest_s`` 0-300 s between sets.
- At least one of ``hold_s`` and ``reps`` (as in the catalogue).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from backcoach.domain.catalog import Dose

DOSE_LIMITS: dict[str, tuple[int, int]] = {
    "hold_s": (1, 300),
    "reps": (1, 50),
    "sets": (1, 10),
    "rest_s": (0, 300),
}
MIN_STATIC_HOLD_S = 5
DOSE_FIELDS = ("hold_s", "reps", "sets", "rest_s", "per_side")

MAX_NAME_LENGTH = 60
MAX_DESCRIPTION_LENGTH = 300

PLAN_DIRECTIONS: dict[str, str] = {
    "extension": "Extension",
    "flexion": "Flexion",
    "mobility": "Rotation and mobility",
    "all": "All directions",
}
"""What a routine mainly works on; user routines may leave it empty (None)."""

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class RoutineError(ValueError):
    """A routine or plan is not valid; the message names the routine, item and field."""


class ReadOnlyRoutineError(RoutineError):
    """An edit was attempted on a starter plan; copy it first with ``copy_routine``."""


# -- model ------------------------------------------------------------------------------


def dose_problem(dose: Dose) -> tuple[str, str] | None:
    """The first broken limit as (field, plain problem), or None if the dose is fine."""
    for name, (low, high) in DOSE_LIMITS.items():
        value = getattr(dose, name)
        if value is None and name in ("hold_s", "reps"):
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return name, f"must be a whole number from {low} to {high}, got {value!r}"
    if dose.hold_s is None and dose.reps is None:
        return "hold_s", "is missing: give hold_s, reps, or both"
    if dose.reps is None and dose.hold_s is not None and dose.hold_s < MIN_STATIC_HOLD_S:
        return "hold_s", f"a hold without reps must last at least {MIN_STATIC_HOLD_S} s"
    if not isinstance(dose.per_side, bool):
        return "per_side", f"must be true or false, got {dose.per_side!r}"
    return None


def check_dose(dose: Dose, where: str = "dose") -> None:
    """Raise RoutineError if the dose breaks a limit in ``DOSE_LIMITS``."""
    problem = dose_problem(dose)
    if problem:
        name, text = problem
        raise RoutineError(f"{where}, field '{name}': {text}")


@dataclass(frozen=True, slots=True)
class RoutineItem:
    """One exercise in a routine and the dose to do it at."""

    exercise_id: str
    dose: Dose

    def __post_init__(self) -> None:
        if not isinstance(self.exercise_id, str) or not ID_PATTERN.match(self.exercise_id):
            raise RoutineError(f"routine item: exercise id {self.exercise_id!r} is not valid")
        if not isinstance(self.dose, Dose):
            raise RoutineError(f"routine item '{self.exercise_id}': dose must be a Dose")
        check_dose(self.dose, f"routine item '{self.exercise_id}'")


@dataclass(frozen=True, slots=True)
class Routine:
    id: str
    name: str
    items: tuple[RoutineItem, ...]
    source_plan: str | None = None
    """The starter plan this routine was copied from, if any (kept through copies)."""
    is_starter: bool = False
    description: str = ""
    direction: str | None = None
    """A key of ``PLAN_DIRECTIONS``, or None."""

    def __post_init__(self) -> None:
        label = f"routine {self.id!r}"
        if not isinstance(self.id, str) or not self.id.strip():
            raise RoutineError(f"{label}, field 'id': must be non-empty text")
        _check_name(self.name, label)
        if not isinstance(self.items, tuple):
            object.__setattr__(self, "items", tuple(self.items))
        for item in self.items:
            if not isinstance(item, RoutineItem):
                raise RoutineError(f"{label}, field 'items': {item!r} is not a RoutineItem")
        if self.direction is not None and self.direction not in PLAN_DIRECTIONS:
            raise RoutineError(
                f"{label}, field 'direction': {self.direction!r} is not one of "
                f"{', '.join(PLAN_DIRECTIONS)}"
            )
        if not isinstance(self.is_starter, bool):
            raise RoutineError(f"{label}, field 'is_starter': must be true or false")
        if not isinstance(self.description, str):
            raise RoutineError(f"{label}, field 'description': must be text")

    def exercise_ids(self) -> tuple[str, ...]:
        return tuple(item.exercise_id for item in self.items)

    def __len__(self) -> int:
        return len(self.items)


def _check_name(name: Any, label: str) -> None:
    if not isinstance(name, str) or not name.strip():
        raise RoutineError(f"{label}, field 'name': must be non-empty text, got {name!r}")
    if len(name) > MAX_NAME_LENGTH:
        raise RoutineError(
            f"{label}, field 'name': is {len(name)} characters; at most {MAX_NAME_LENGTH} fit"
        )


def find(routines: Iterable[Routine], routine_id: str) -> Routine:
    """The routine with this id; KeyError if there is none."""
    for routine in routines:
        if routine.id == routine_id:
            return routine
    raise KeyError(routine_id)
