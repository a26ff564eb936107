"""Short plain-language summaries of a routine, shared by the list and the detail side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcoach.domain.catalog import EQUIPMENT, Catalogue
from backcoach.domain.routines import (
    Routine,
    RoutineError,
    describe_duration,
    equipment_needed,
    estimated_seconds,
)

_CONTEXT = "RoutineSummary"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def exercise_count_text(routine: Routine) -> str:
    count = len(routine.items)
    if count == 0:
        return _tr("no exercises yet")
    if count == 1:
        return _tr("1 exercise")
    return _tr("%d exercises") % count


def duration_text(routine: Routine, catalogue: Catalogue) -> str | None:
    """'about 14 minutes', or None when the catalogue lacks one of its exercises."""
    try:
        seconds = estimated_seconds(routine, catalogue)
    except RoutineError:
        return None
    return describe_duration(seconds)


def summary_text(routine: Routine, catalogue: Catalogue) -> str:
    """'About 14 minutes · 6 exercises', as one calm line."""
    if not routine.items:
        return _tr("No exercises yet")
    duration = duration_text(routine, catalogue)
    if duration is None:
        return _tr("Some exercises are not in this version of BackCoach")
    text = f"{duration} · {exercise_count_text(routine)}"
    return text[:1].upper() + text[1:]


def equipment_text(routine: Routine, catalogue: Catalogue) -> str:
    """'You need a mat and a chair.', or that nothing is needed: said before starting."""
    needed = [_tr("a %s") % EQUIPMENT[key].lower() for key in equipment_needed(routine, catalogue)]
    if not routine.items:
        return ""
    if not needed:
        return _tr("You need no equipment.")
    if len(needed) == 1:
        return _tr("You need %s.") % needed[0]
    return _tr("You need %s and %s.") % (", ".join(needed[:-1]), needed[-1])
