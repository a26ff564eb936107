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

The code is split by job: ``routine_model`` (routine, items, dose limits),
``routine_edit`` (editing), ``routine_time`` (time estimate, running),
``routine_store`` (store format) and ``starter_plans`` (loading the plans); this
module gathers their names so callers import from one place.
"""

from __future__ import annotations

from backcoach.domain.routine_edit import (
    add_item,
    copy_routine,
    move_item,
    remove_exercise,
    remove_item,
    rename,
    replace_exercise,
    set_dose,
)
from backcoach.domain.routine_model import (
    DOSE_FIELDS,
    DOSE_LIMITS,
    MAX_DESCRIPTION_LENGTH,
    MAX_NAME_LENGTH,
    MIN_STATIC_HOLD_S,
    PLAN_DIRECTIONS,
    ReadOnlyRoutineError,
    Routine,
    RoutineError,
    RoutineItem,
    check_dose,
    dose_problem,
    find,
)
from backcoach.domain.routine_store import (
    SCHEMA_VERSION,
    from_dict,
    to_dict,
)
from backcoach.domain.routine_time import (
    FLOOR_POSITIONS,
    GET_READY_S,
    POSITION_CHANGE_S,
    SECONDS_PER_REP,
    SWITCH_SIDE_S,
    describe_duration,
    equipment_needed,
    estimated_seconds,
    item_seconds,
    missing_exercises,
    planned,
    position_changes,
)
from backcoach.domain.starter_plans import (
    load_starter_plans,
    parse_starter_plans,
    translate_plans,
)

__all__ = [
    "DOSE_FIELDS",
    "DOSE_LIMITS",
    "FLOOR_POSITIONS",
    "GET_READY_S",
    "MAX_DESCRIPTION_LENGTH",
    "MAX_NAME_LENGTH",
    "MIN_STATIC_HOLD_S",
    "PLAN_DIRECTIONS",
    "POSITION_CHANGE_S",
    "SCHEMA_VERSION",
    "SECONDS_PER_REP",
    "SWITCH_SIDE_S",
    "ReadOnlyRoutineError",
    "Routine",
    "RoutineError",
    "RoutineItem",
    "add_item",
    "check_dose",
    "copy_routine",
    "describe_duration",
    "dose_problem",
    "equipment_needed",
    "estimated_seconds",
    "find",
    "from_dict",
    "item_seconds",
    "load_starter_plans",
    "missing_exercises",
    "move_item",
    "parse_starter_plans",
    "planned",
    "position_changes",
    "remove_exercise",
    "remove_item",
    "rename",
    "replace_exercise",
    "set_dose",
    "to_dict",
    "translate_plans",
]
