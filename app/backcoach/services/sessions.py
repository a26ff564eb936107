"""Building session engines for a routine, fresh or resumed after a crash. No Qt."""

from __future__ import annotations

import logging
from typing import Any

from backcoach.context import AppContext
from backcoach.domain.daily_goal import session_minutes
from backcoach.domain.planned import PlannedExercise
from backcoach.domain.routines import (
    POSITION_CHANGE_S,
    Routine,
    RoutineError,
    from_dict,
    planned,
)
from backcoach.domain.session import SessionEngine
from backcoach.domain.session.clock import Clock, suspend_aware_clock
from backcoach.services import settings
from backcoach.services.session_recorder import close_interrupted, saved_session

log = logging.getLogger(__name__)


__all__ = ["close_interrupted", "new_engine", "resume", "saved_session"]


def _options(context: AppContext) -> dict[str, Any]:
    """Engine options from the user's settings (each falls back to its default)."""
    catalogue = context.catalogue

    def easier(exercise_id: str) -> PlannedExercise | None:
        target = catalogue.get(exercise_id).easier
        if target is None:
            return None
        exercise = catalogue.get(target)
        return PlannedExercise(exercise, exercise.dose)

    return {
        "threshold": settings.get(context, "pain_threshold"),
        "get_ready_s": settings.get(context, "get_ready_s"),
        # None keeps each exercise's own rest.
        "rest_between_exercises_s": settings.get(context, "rest_s"),
        "easier_lookup": easier,
        # Getting down onto the mat (or up from it) takes longer than the usual get ready.
        "position_change_s": POSITION_CHANGE_S,
        "baseline_counts_as_before": True,
    }


def _clock(context: AppContext) -> Clock:
    # Tests inject a fake clock through the context; the app counts sleep time too.
    return context.clock if context.clock_is_fake else suspend_aware_clock()


def new_engine(context: AppContext, routine: Routine) -> SessionEngine:
    return SessionEngine(planned(routine, context.catalogue), _clock(context), **_options(context))


def resume(context: AppContext, saved: dict[str, Any]) -> tuple[SessionEngine, Routine] | None:
    """The engine and routine of an interrupted session, or None if it cannot go on."""
    try:
        routine = from_dict(saved["routine"])
        engine = SessionEngine.resume_from(
            saved["snapshot"],
            planned(routine, context.catalogue),
            _clock(context),
            **_options(context),
        )
    except (KeyError, ValueError, RoutineError, TypeError) as error:
        log.warning("cannot resume the interrupted session: %s", error)
        return None
    return engine, routine


def recorded_minutes(context: AppContext, session_id: str) -> float:
    """A session's minutes as stored: the same count Home and Progress use."""
    return session_minutes(context.store.sessions.get(session_id))
