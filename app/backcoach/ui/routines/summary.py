"""Short plain-language summaries of a routine, shared by the list and the detail side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcoach.domain.catalog import Catalogue
from backcoach.domain.routines import (
    Routine,
    RoutineError,
    equipment_needed,
    estimated_seconds,
)
from backcoach.ui import domain_words as words


def exercise_count_text(routine: Routine) -> str:
    count = len(routine.items)
    if count == 0:
        return QCoreApplication.translate("RoutineSummary", "no exercises yet")
    if count == 1:
        return QCoreApplication.translate("RoutineSummary", "1 exercise")
    return QCoreApplication.translate("RoutineSummary", "%d exercises") % count


def duration_text(routine: Routine, catalogue: Catalogue) -> str | None:
    """'about 14 minutes', or None when the catalogue lacks one of its exercises."""
    try:
        seconds = estimated_seconds(routine, catalogue)
    except RoutineError:
        return None
    return words.duration(seconds)


def summary_text(routine: Routine, catalogue: Catalogue) -> str:
    """'About 14 minutes · 6 exercises', as one calm line."""
    if not routine.items:
        return QCoreApplication.translate("RoutineSummary", "No exercises yet")
    duration = duration_text(routine, catalogue)
    if duration is None:
        return QCoreApplication.translate(
            "RoutineSummary", "Some exercises are not in this version of BackCoach"
        )
    text = f"{duration} · {exercise_count_text(routine)}"
    return text[:1].upper() + text[1:]


def equipment_text(routine: Routine, catalogue: Catalogue) -> str:
    """'You need a mat and a chair.', or that nothing is needed: said before starting."""
    needed = [
        words.word(words.EQUIPMENT_NEEDED, key) for key in equipment_needed(routine, catalogue)
    ]
    if not routine.items:
        return ""
    if not needed:
        return QCoreApplication.translate("RoutineSummary", "You need no equipment.")
    if len(needed) == 1:
        return QCoreApplication.translate("RoutineSummary", "You need %s.") % needed[0]
    return QCoreApplication.translate("RoutineSummary", "You need %s and %s.") % (
        ", ".join(needed[:-1]),
        needed[-1],
    )
