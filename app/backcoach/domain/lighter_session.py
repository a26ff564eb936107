"""Today's lighter session, after a worse morning (docs/clinical-rules.md, next-day check).

When the back is more sore in the morning than before the previous day's session, the
advice is to lower the dose: fewer sets, shorter holds. Home offers the routine at such a
dose in one click; the user's routine itself is not changed.
"""

from __future__ import annotations

from dataclasses import replace

from backcoach.domain.catalog import Dose
from backcoach.domain.routines import MIN_STATIC_HOLD_S, Routine, RoutineItem

LIGHTER_SUFFIX = " (lighter today)"


def lighter_dose(dose: Dose) -> Dose:
    """One set fewer (never none), holds and reps cut by about a third."""
    hold = dose.hold_s
    if hold is not None:
        floor = MIN_STATIC_HOLD_S if dose.reps is None else 1
        hold = max(floor, min(hold, round(hold * 2 / 3)))
    reps = dose.reps if dose.reps is None else max(1, round(dose.reps * 2 / 3))
    return replace(dose, sets=max(1, dose.sets - 1), hold_s=hold, reps=reps)


def lighter_routine(routine: Routine) -> Routine:
    """The same exercises at the lighter dose, as a one-off routine for today."""
    return Routine(
        id=f"{routine.id}-lighter",
        name=routine.name + LIGHTER_SUFFIX,
        items=tuple(RoutineItem(i.exercise_id, lighter_dose(i.dose)) for i in routine.items),
        source_plan=routine.source_plan,
        description=routine.description,
        direction=routine.direction,
    )
