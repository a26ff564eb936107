"""Routines: the starter plans shipped in ``resources/plans.toml`` and the user's own.

A routine is an ordered list of exercises, each with its own dose. Two kinds exist:

- **Starter plans** (``is_starter=True``) are data written by us and loaded from the
  resources at start-up. They are never changed: every edit function refuses them with
  ``ReadOnlyRoutineError``, so an update of the app can improve a plan without fighting a
  user's edits. To change one, the user copies it (``copy_routine``) and edits the copy.
- **User routines** are made from scratch or copied from a plan, and kept by the store
  as plain dicts (``to_dict`` / ``from_dict``).

All values are frozen and every edit returns a new ``Routine``: the screens can keep the
old value for undo, and nothing the store holds changes behind its back.

Dose limits (``DOSE_LIMITS``) keep a typo from turning into a 50-minute plank, while
leaving room for a physiotherapist's own numbers:

- ``hold_s`` 1-300 s. A pause within each rep may be as short as 1 s; a static hold
  (no reps) needs at least ``MIN_STATIC_HOLD_S`` (5 s), shorter is not a hold.
- ``reps`` 1-50 per set, ``sets`` 1-10, ``rest_s`` 0-300 s between sets.
- At least one of ``hold_s`` and ``reps`` (as in the catalogue).

The time estimate is the one the Routines screen shows and the tests check the starter
plans against (12-18 minutes, docs/clinical-rules.md): each exercise's work and rests
(``Dose.estimated_seconds``), plus a short get-ready before it and a side switch in each
set done on both sides.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backcoach.domain.catalog import Catalogue, Dose, Exercise
from backcoach.domain.content_overlay import Overlay, check_entries, read_overlay
from backcoach.domain.language import SOURCE
from backcoach.domain.planned import PlannedExercise

DOSE_LIMITS: dict[str, tuple[int, int]] = {
    "hold_s": (1, 300),
    "reps": (1, 50),
    "sets": (1, 10),
    "rest_s": (0, 300),
}
MIN_STATIC_HOLD_S = 5
DOSE_FIELDS = ("hold_s", "reps", "sets", "rest_s", "per_side")

GET_READY_S = 15
"""The session's 'get ready' before each exercise (its default setting): time to walk
from the computer and get into position."""
POSITION_CHANGE_S = 15
"""Extra get ready when an exercise moves the user down onto the mat or up from it (the
first one: from the computer to the mat). The session gives the same."""
FLOOR_POSITIONS = frozenset({"lying", "four-point"})
SWITCH_SIDE_S = 5
"""The pause to change sides, once in each set done on both sides."""
SECONDS_PER_REP = 4.0

MAX_NAME_LENGTH = 60
MAX_DESCRIPTION_LENGTH = 300

PLAN_DIRECTIONS: dict[str, str] = {
    "extension": "Extension",
    "flexion": "Flexion",
    "mobility": "Rotation and mobility",
    "all": "All directions",
}
"""What a routine mainly works on; user routines may leave it empty (None)."""

_ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SCHEMA_VERSION = 1


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
        if not isinstance(self.exercise_id, str) or not _ID_PATTERN.match(self.exercise_id):
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


# -- editing (user routines only) --------------------------------------------------------


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


# -- time and running --------------------------------------------------------------------


def item_seconds(
    item: RoutineItem,
    get_ready_s: int = GET_READY_S,
    seconds_per_rep: float = SECONDS_PER_REP,
    switch_side_s: int = SWITCH_SIDE_S,
) -> int:
    """One exercise's share of the estimate: get ready, work, rests and side switches."""
    switches = item.dose.sets if item.dose.per_side else 0
    return get_ready_s + item.dose.estimated_seconds(seconds_per_rep) + switch_side_s * switches


def missing_exercises(routine: Routine, catalogue: Catalogue) -> list[str]:
    """Exercise ids the catalogue does not know (e.g. a routine from a newer app)."""
    known = set(catalogue.ids())
    return [item.exercise_id for item in routine.items if item.exercise_id not in known]


def equipment_needed(routine: Routine, catalogue: Catalogue) -> tuple[str, ...]:
    """The equipment the routine's exercises use, each once, in the order first needed
    (exercises the catalogue does not know are left out)."""
    known = set(catalogue.ids())
    needed: dict[str, None] = {}
    for item in routine.items:
        if item.exercise_id in known:
            needed.update(dict.fromkeys(catalogue.get(item.exercise_id).equipment))
    return tuple(needed)


def _require_known(routine: Routine, catalogue: Catalogue) -> None:
    missing = missing_exercises(routine, catalogue)
    if missing:
        raise RoutineError(
            f"routine {routine.id!r}: the catalogue has no exercise {', '.join(missing)}"
        )


def estimated_seconds(
    routine: Routine,
    catalogue: Catalogue,
    get_ready_s: int = GET_READY_S,
    seconds_per_rep: float = SECONDS_PER_REP,
    switch_side_s: int = SWITCH_SIDE_S,
) -> int:
    """The whole routine's estimated length, as shown on the Routines screen.

    Takes the catalogue so a routine the app could not run gets no estimate either.
    """
    _require_known(routine, catalogue)
    total = sum(
        item_seconds(item, get_ready_s, seconds_per_rep, switch_side_s) for item in routine.items
    )
    if get_ready_s > 0:
        total += POSITION_CHANGE_S * position_changes(routine, catalogue)
    return total


def position_changes(routine: Routine, catalogue: Catalogue) -> int:
    """How often the routine moves the user onto the mat or up from it, starting at the
    computer (standing or sitting)."""
    on_floor = False
    changes = 0
    for item in routine.items:
        floor = catalogue.get(item.exercise_id).position in FLOOR_POSITIONS
        changes += floor != on_floor
        on_floor = floor
    return changes


def describe_duration(seconds: int) -> str:
    """Plain words for an estimate, e.g. 'about 14 minutes'."""
    minutes = round(seconds / 60)
    if minutes < 1:
        return "under a minute"
    return "about 1 minute" if minutes == 1 else f"about {minutes} minutes"


def planned(routine: Routine, catalogue: Catalogue) -> list[PlannedExercise]:
    """What the session engine runs: each catalogue exercise with the routine's dose."""
    _require_known(routine, catalogue)
    return [PlannedExercise(catalogue.get(item.exercise_id), item.dose) for item in routine.items]


# -- store format ------------------------------------------------------------------------


def _dose_to_dict(dose: Dose) -> dict[str, Any]:
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
            {"exercise": item.exercise_id, **_dose_to_dict(item.dose)} for item in routine.items
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
        items.append(_item(raw["exercise"], raw, where))
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


def _item(exercise_id: Any, values: Mapping[str, Any], where: str) -> RoutineItem:
    """A RoutineItem from raw values, with errors that say where they came from."""
    if not isinstance(exercise_id, str) or not _ID_PATTERN.match(exercise_id):
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


# -- starter plans -----------------------------------------------------------------------

_PLAN_FIELDS = {"id", "name", "description", "direction", "items"}
_ITEM_FIELDS = {"exercise", *DOSE_FIELDS}


def parse_starter_plans(text: str, catalogue: Catalogue) -> list[Routine]:
    """Parse and check plans TOML: every field, every exercise id, every dose."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RoutineError(f"the plans file is not valid TOML: {error}") from None
    tables = data.get("plan")
    if not isinstance(tables, list) or not tables:
        raise RoutineError("the plans file has no [[plan]] tables")
    plans = [_parse_plan(table, number, catalogue) for number, table in enumerate(tables, 1)]
    seen: set[str] = set()
    for plan in plans:
        if plan.id in seen:
            raise RoutineError(f"plan '{plan.id}', field 'id': used twice")
        seen.add(plan.id)
    return plans


def _parse_plan(table: Any, number: int, catalogue: Catalogue) -> Routine:
    if not isinstance(table, dict):
        raise RoutineError(f"plan #{number}: must be a table, got {table!r}")
    raw_id: Any = table.get("id")
    label = f"plan '{raw_id}'" if isinstance(raw_id, str) else f"plan #{number}"

    unknown = set(table) - _PLAN_FIELDS
    if unknown:
        raise RoutineError(f"{label}, field '{sorted(unknown)[0]}': is not a plan field")
    for name in sorted(_PLAN_FIELDS - {"items"}):
        value = table.get(name)
        if not isinstance(value, str) or not value.strip():
            raise RoutineError(f"{label}, field '{name}': must be non-empty text, got {value!r}")
    if not _ID_PATTERN.match(raw_id):
        raise RoutineError(f"{label}, field 'id': must be lower-case words joined by '-'")
    if table["direction"] not in PLAN_DIRECTIONS:
        raise RoutineError(
            f"{label}, field 'direction': {table['direction']!r} is not one of "
            f"{', '.join(PLAN_DIRECTIONS)}"
        )
    if len(table["description"]) > MAX_DESCRIPTION_LENGTH:
        raise RoutineError(
            f"{label}, field 'description': at most {MAX_DESCRIPTION_LENGTH} characters fit"
        )

    raw_items = table.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        raise RoutineError(f"{label}, field 'items': must be a non-empty list of exercises")
    known = set(catalogue.ids())
    items: list[RoutineItem] = []
    for index, raw in enumerate(raw_items, start=1):
        where = f"{label}, item {index}"
        if not isinstance(raw, dict):
            raise RoutineError(f'{where}: must be a table like {{ exercise = "id" }}')
        extra = set(raw) - _ITEM_FIELDS
        if extra:
            raise RoutineError(f"{where}, field '{sorted(extra)[0]}': is not an item field")
        exercise_id = raw.get("exercise")
        if exercise_id not in known:
            raise RoutineError(
                f"{where}, field 'exercise': no exercise in the catalogue has id {exercise_id!r}"
            )
        if exercise_id in (item.exercise_id for item in items):
            raise RoutineError(f"{where}, field 'exercise': {exercise_id!r} is listed twice")
        default = _dose_to_dict(catalogue.get(exercise_id).dose)
        items.append(_item(exercise_id, {**default, **raw}, where))

    try:
        return Routine(
            id=raw_id,
            name=table["name"].strip(),
            items=tuple(items),
            source_plan=raw_id,
            is_starter=True,
            description=" ".join(table["description"].split()),
            direction=table["direction"],
        )
    except RoutineError as error:  # e.g. a name too long to show
        raise RoutineError(f"{label}: {error}") from None


def translate_plans(
    plans: list[Routine], overlay: dict[str, Any], language: str, file_name: str
) -> list[Routine]:
    """The plans with their name and description from ``overlay`` (a parsed
    ``plans.<lang>.toml``); RoutineError naming the file, plan, field and language."""
    check_entries(
        [plan.id for plan in plans],
        overlay,
        kind="plan",
        language=language,
        file_name=file_name,
        error=RoutineError,
    )
    translated = []
    for plan in plans:
        texts = Overlay(
            {"name": plan.name, "description": plan.description},
            overlay[plan.id],
            where=f"plan '{plan.id}'",
            language=language,
            file_name=file_name,
            error=RoutineError,
            max_lengths={"name": MAX_NAME_LENGTH, "description": MAX_DESCRIPTION_LENGTH},
        ).texts()
        translated.append(
            dataclasses.replace(
                plan,
                name=str(texts["name"]),
                description=" ".join(str(texts["description"]).split()),
            )
        )
    return translated


def load_starter_plans(
    catalogue: Catalogue, path: Path | None = None, *, language: str | None = None
) -> list[Routine]:
    """The starter plans shipped with the app (or in the file given), checked strictly,
    named and described in ``language`` (by default the catalogue's language)."""
    if path is None:
        from backcoach import resources

        path = resources.path("plans.toml")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RoutineError(f"the plans file {path} cannot be read: {error}") from None
    plans = parse_starter_plans(text, catalogue)
    language = language or catalogue.language
    if language == SOURCE:
        return plans
    overlay, file_name = read_overlay(path, language, RoutineError)
    return translate_plans(plans, overlay, language, file_name)


def find(routines: Iterable[Routine], routine_id: str) -> Routine:
    """The routine with this id; KeyError if there is none."""
    for routine in routines:
        if routine.id == routine_id:
            return routine
    raise KeyError(routine_id)
