"""The store format of a routine: a plain JSON-able dict, checked strictly on reading."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from backcoach.domain.catalog import Dose
from backcoach.domain.routine_model import (
    DOSE_FIELDS,
    ID_PATTERN,
    Routine,
    RoutineError,
    RoutineItem,
    check_dose,
)

SCHEMA_VERSION = 1


def dose_to_dict(dose: Dose) -> dict[str, Any]:
    return {name: getattr(dose, name) for name in DOSE_FIELDS}


def to_dict(routine: Routine) -> dict[str, Any]:
    """A plain JSON-able dict with every field written out."""
    return {
        "version": SCHEMA_VERSION,
        "id": routine.id,
        "name": routine.name,
        "description": routine.description,
        "direction": routine.direction,
        "source_plan": routine.source_plan,
        "is_starter": routine.is_starter,
        "items": [
            {"exercise": item.exercise_id, **dose_to_dict(item.dose)} for item in routine.items
        ],
    }


def from_dict(data: Mapping[str, Any]) -> Routine:
    """The inverse of ``to_dict``; raises RoutineError naming the routine and field."""
    if not isinstance(data, Mapping):
        raise RoutineError(f"a stored routine must be a mapping, got {data!r}")
    label = f"routine {data.get('id')!r}"
    if data.get("version") != SCHEMA_VERSION:
        raise RoutineError(f"{label}, field 'version': unknown version {data.get('version')!r}")
    expected = {"version", "id", "name", "description", "direction", "source_plan"}
    expected |= {"is_starter", "items"}
    if set(data) != expected:
        raise RoutineError(f"{label}: expected the fields {sorted(expected)}, got {sorted(data)}")
    raw_items = data["items"]
    if not isinstance(raw_items, list):
        raise RoutineError(f"{label}, field 'items': must be a list, got {raw_items!r}")
    items = []
    for number, raw in enumerate(raw_items, start=1):
        where = f"{label}, item {number}"
        if not isinstance(raw, Mapping) or set(raw) != {"exercise", *DOSE_FIELDS}:
            raise RoutineError(
                f"{where}: must have the fields exercise, {', '.join(DOSE_FIELDS)}, got {raw!r}"
            )
        items.append(item_from_values(raw["exercise"], raw, where))
    source_plan = data["source_plan"]
    if source_plan is not None and not isinstance(source_plan, str):
        raise RoutineError(f"{label}, field 'source_plan': must be text or null")
    return Routine(
        id=data["id"],
        name=data["name"],
        items=tuple(items),
        source_plan=source_plan,
        is_starter=data["is_starter"],
        description=data["description"],
        direction=data["direction"],
    )


def item_from_values(exercise_id: Any, values: Mapping[str, Any], where: str) -> RoutineItem:
    """A RoutineItem from raw values, with errors that say where they came from."""
    if not isinstance(exercise_id, str) or not ID_PATTERN.match(exercise_id):
        raise RoutineError(f"{where}, field 'exercise': {exercise_id!r} is not an exercise id")
    where = f"{where} ({exercise_id})"
    for name in ("hold_s", "reps", "sets", "rest_s"):
        value = values.get(name)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise RoutineError(f"{where}, field '{name}': must be a whole number, got {value!r}")
    if not isinstance(values.get("per_side"), bool):
        raise RoutineError(
            f"{where}, field 'per_side': must be true or false, got {values.get('per_side')!r}"
        )
    sets: Any = values.get("sets")  # None is refused by Dose, in its own words
    rest_s: Any = values.get("rest_s")
    dose = Dose(
        sets=sets,
        rest_s=rest_s,
        per_side=values["per_side"],
        hold_s=values.get("hold_s"),
        reps=values.get("reps"),
    )
    check_dose(dose, where)
    return RoutineItem(exercise_id, dose)
