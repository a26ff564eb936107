"""A routine's time estimate and what running it needs.

The time estimate is the one the Routines screen shows and the tests check the starter
plans against (12-18 minutes, docs/clinical-rules.md): each exercise's work and rests
(``Dose.estimated_seconds``), plus a short get-ready before it and a side switch in each
set done on both sides.
"""

from __future__ import annotations

from backcoach.domain.catalog import Catalogue
from backcoach.domain.planned import PlannedExercise
from backcoach.domain.routine_model import Routine, RoutineError, RoutineItem

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
