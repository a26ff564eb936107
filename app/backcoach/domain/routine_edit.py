"""Editing a user routine: every edit returns a new ``Routine``; starter plans refuse
all edits with ``ReadOnlyRoutineError`` (the user copies one first with ``copy_routine``)."""

from __future__ import annotations

import dataclasses
from typing import Any

from backcoach.domain.catalog import Dose, Exercise
from backcoach.domain.routine_model import (
    DOSE_FIELDS,
    ReadOnlyRoutineError,
    Routine,
    RoutineError,
    RoutineItem,
    check_dose,
)


def _editable(routine: Routine) -> None:
    if routine.is_starter:
        raise ReadOnlyRoutineError(
            f"'{routine.name}' is a starter plan and cannot be changed; "
            "make a copy of it and change the copy"
        )


def _check_index(routine: Routine, index: int, *, allow_end: bool = False) -> None:
    last = len(routine.items) if allow_end else len(routine.items) - 1
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index <= last:
        raise IndexError(
            f"routine {routine.id!r}: position {index!r} does not exist "
            f"(it has {len(routine.items)} exercises)"
        )


def copy_routine(routine: Routine, new_id: str, new_name: str) -> Routine:
    """An editable copy; copying a starter plan is how a user changes it."""
    if new_id == routine.id:
        raise RoutineError(f"a copy needs a new id, not {new_id!r}")
    return dataclasses.replace(
        routine,
        id=new_id,
        name=new_name.strip() if isinstance(new_name, str) else new_name,
        is_starter=False,
        source_plan=routine.id if routine.is_starter else routine.source_plan,
    )


def rename(routine: Routine, name: str) -> Routine:
    _editable(routine)
    return dataclasses.replace(routine, name=name.strip() if isinstance(name, str) else name)


def add_item(
    routine: Routine, exercise: Exercise, dose: Dose | None = None, index: int | None = None
) -> Routine:
    """Insert an exercise (at the end by default) with its catalogue dose unless given."""
    _editable(routine)
    position = len(routine.items) if index is None else index
    _check_index(routine, position, allow_end=True)
    item = RoutineItem(exercise.id, exercise.dose if dose is None else dose)
    items = (*routine.items[:position], item, *routine.items[position:])
    return dataclasses.replace(routine, items=items)


def remove_item(routine: Routine, index: int) -> Routine:
    _editable(routine)
    _check_index(routine, index)
    return dataclasses.replace(routine, items=routine.items[:index] + routine.items[index + 1 :])


def move_item(routine: Routine, index: int, new_index: int) -> Routine:
    """Move one exercise so that it ends up at ``new_index`` (both 0-based)."""
    _editable(routine)
    _check_index(routine, index)
    _check_index(routine, new_index)
    items = list(routine.items)
    items.insert(new_index, items.pop(index))
    return dataclasses.replace(routine, items=tuple(items))


def set_dose(routine: Routine, index: int, **changes: Any) -> Routine:
    """Change some of one exercise's dose: hold_s, reps, sets, rest_s, per_side.

    ``hold_s=None`` or ``reps=None`` removes that part (one of them must remain).
    """
    _editable(routine)
    _check_index(routine, index)
    unknown = set(changes) - set(DOSE_FIELDS)
    if unknown:
        raise RoutineError(
            f"routine {routine.id!r}: cannot set {', '.join(sorted(unknown))}; "
            f"a dose has {', '.join(DOSE_FIELDS)}"
        )
    item = routine.items[index]
    dose = dataclasses.replace(item.dose, **changes)
    check_dose(dose, f"routine {routine.id!r}, item {index + 1} ({item.exercise_id})")
    items = list(routine.items)
    items[index] = RoutineItem(item.exercise_id, dose)
    return dataclasses.replace(routine, items=tuple(items))


def replace_exercise(routine: Routine, exercise_id: str, replacement: Exercise) -> Routine:
    """Swap every occurrence of one exercise for another, at the new one's catalogue dose.

    The catalogue dose is used because the two may be dosed differently (a hold versus
    reps); keeping the old numbers could make the new exercise much harder than meant.
    """
    _editable(routine)
    if exercise_id not in routine.exercise_ids():
        raise RoutineError(f"routine {routine.id!r} has no exercise {exercise_id!r}")
    items = tuple(
        RoutineItem(replacement.id, replacement.dose) if item.exercise_id == exercise_id else item
        for item in routine.items
    )
    return dataclasses.replace(routine, items=items)


def remove_exercise(routine: Routine, exercise_id: str) -> Routine:
    """Remove every occurrence of one exercise."""
    _editable(routine)
    if exercise_id not in routine.exercise_ids():
        raise RoutineError(f"routine {routine.id!r} has no exercise {exercise_id!r}")
    items = tuple(item for item in routine.items if item.exercise_id != exercise_id)
    return dataclasses.replace(routine, items=items)
