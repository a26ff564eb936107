"""Glue between the routine/progression rules and the store, for Home and Routines.

No Qt here: the screens call these functions and render the result, and the tests run
them against a real store in a temporary folder.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from backcoach.context import AppContext
from backcoach.domain import direction_check as dc
from backcoach.domain import progression
from backcoach.domain.daily_goal import (
    DEFAULT_DAILY_GOAL_MIN,
    minutes_on,
    session_local_day,
)
from backcoach.domain.onboarding import SETTING_KEY as ONBOARDING_KEY
from backcoach.domain.onboarding import OnboardingState
from backcoach.domain.routines import (
    Routine,
    copy_routine,
    from_dict,
    load_starter_plans,
    to_dict,
)
from backcoach.services import settings

DIRECTION_KEY = "direction"
ACTIVE_ROUTINE_KEY = "active_routine"
DECLINED_KEY = "declined_suggestions"
DAILY_GOAL_KEY = "daily_goal_min"


@dataclass(frozen=True)
class HomeState:
    onboarding: OnboardingState
    direction: dc.DirectionResult | None
    routine: Routine | None
    minutes_today: float
    goal_min: int
    suggestion: progression.Suggestion | None
    threshold: int = 2
    """The pain rule's threshold in force, for the Home card."""


def onboarding_state(context: AppContext) -> OnboardingState:
    return OnboardingState.from_dict(context.setting(ONBOARDING_KEY))


def save_onboarding(context: AppContext, state: OnboardingState) -> None:
    context.set_setting(ONBOARDING_KEY, state.to_dict())


def direction_choice(context: AppContext) -> dc.DirectionChoice | None:
    raw = context.setting(DIRECTION_KEY)
    if raw is None:
        return None
    try:
        return dc.parse(raw)
    except (ValueError, TypeError, KeyError):
        return None  # unreadable: the user is simply asked again


def save_direction(context: AppContext, choice: dc.DirectionChoice) -> None:
    context.set_setting(DIRECTION_KEY, dc.serialise(choice))


def starter_plans(context: AppContext) -> list[Routine]:
    return load_starter_plans(context.catalogue)


def user_routines(context: AppContext) -> list[Routine]:
    found = []
    for raw in context.store.routines():
        try:
            found.append(from_dict(raw))
        except (ValueError, TypeError, KeyError):
            continue  # a routine that no longer parses is kept in the file, not shown
    return found


def all_routines(context: AppContext) -> list[Routine]:
    return starter_plans(context) + user_routines(context)


def active_routine(context: AppContext) -> Routine | None:
    """The routine Home offers: the one chosen last, else the direction's starter plan."""
    routines = {r.id: r for r in all_routines(context)}
    chosen = context.setting(ACTIVE_ROUTINE_KEY)
    if chosen in routines:
        return routines[chosen]
    choice = direction_choice(context)
    if choice is not None:
        return routines.get(dc.PLAN_FOR_DIRECTION[choice.direction])
    return None


def set_active_routine(context: AppContext, routine_id: str) -> None:
    context.set_setting(ACTIVE_ROUTINE_KEY, routine_id)


def daily_goal(context: AppContext) -> int:
    value = context.setting(DAILY_GOAL_KEY, DEFAULT_DAILY_GOAL_MIN)
    return value if isinstance(value, int) and value > 0 else DEFAULT_DAILY_GOAL_MIN


def minutes_today(context: AppContext, today: date) -> float:
    sessions = context.store.sessions_between(today - timedelta(days=1), today + timedelta(days=1))
    return minutes_on(today, sessions, context.store.activities())


def recent_outcomes(context: AppContext, today: date) -> list[progression.SessionOutcome]:
    start = today - timedelta(days=progression.WINDOW_DAYS + 1)
    outcomes = []
    for session in context.store.sessions_between(start, today + timedelta(days=1)):
        outcomes.append(
            progression.SessionOutcome(
                day=session_local_day(session),
                exercise_ids=tuple(e.exercise_id for e in session.exercises if not e.skipped),
                flare_exercise_ids=tuple(f.exercise_id for f in session.flares if f.exercise_id),
            )
        )
    outcomes.sort(key=lambda o: o.day)
    return outcomes


def declined(context: AppContext) -> set[str]:
    raw = context.setting(DECLINED_KEY, [])
    return {k for k in raw if isinstance(k, str)} if isinstance(raw, list) else set()


def current_suggestion(
    context: AppContext, routine: Routine | None, today: date
) -> progression.Suggestion | None:
    choice = direction_choice(context)
    if routine is None or choice is None:
        return None
    return progression.suggest(
        routine,
        recent_outcomes(context, today),
        context.catalogue,
        today,
        declined(context),
        choice.direction,
    )


def home_state(context: AppContext, today: date) -> HomeState:
    choice = direction_choice(context)
    routine = active_routine(context)
    return HomeState(
        onboarding=onboarding_state(context),
        direction=choice.result() if choice else None,
        routine=routine,
        minutes_today=minutes_today(context, today),
        goal_min=daily_goal(context),
        suggestion=current_suggestion(context, routine, today),
        threshold=settings.get(context, "pain_threshold"),
    )


def save_routine(context: AppContext, routine: Routine) -> None:
    context.store.save_routine(to_dict(routine))


def own_copy(context: AppContext, routine: Routine) -> Routine:
    """An editable copy of a starter plan, saved; user routines are returned as they are."""
    if not routine.is_starter:
        return routine
    copy = copy_routine(routine, uuid.uuid4().hex, f"{routine.name} (my copy)")
    save_routine(context, copy)
    return copy


def accept_suggestion(context: AppContext, suggestion: progression.Suggestion) -> Routine:
    """Apply the change to the active routine (copying a starter plan first) and use it."""
    routine = active_routine(context)
    if routine is None:
        raise ValueError("there is no routine to change")
    routine = own_copy(context, routine)
    changed = progression.apply(routine, suggestion, context.catalogue)
    save_routine(context, changed)
    set_active_routine(context, changed.id)
    return changed


def decline_suggestion(context: AppContext, suggestion: progression.Suggestion) -> None:
    keys = sorted(declined(context) | {suggestion.key})
    context.set_setting(DECLINED_KEY, keys)
