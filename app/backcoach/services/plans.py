"""Glue between the routine/progression rules and the store, for Home and Routines.

No Qt here: the screens call these functions and render the result, and the tests run
them against a real store in a temporary folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from backcoach.context import AppContext
from backcoach.domain import direction_check as dc
from backcoach.domain import progression, session_pain
from backcoach.domain.daily_goal import minutes_on, session_local_day
from backcoach.domain.lighter_session import lighter_routine
from backcoach.domain.onboarding import OnboardingState
from backcoach.domain.routines import (
    Routine,
)
from backcoach.services import routines, settings
from backcoach.services.onboarding import (
    ACTIVE_ROUTINE_KEY,
    direction_choice,
    onboarding_state,
    set_active_routine,
)
from backcoach.services.routines import MY_COPY

DECLINED_KEY = "declined_suggestions"


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
    returning: bool = False
    """Something is on record (a session or an activity): "Welcome back" is true."""
    lighter: Routine | None = None
    """This morning was worse than before yesterday's session: today's routine at a
    lighter dose, offered in one click."""


def active_routine(context: AppContext) -> Routine | None:
    """The routine Home offers: the one chosen last, else the direction's starter plan."""
    known = {r.id: r for r in routines.all_routines(context)}
    chosen = context.setting(ACTIVE_ROUTINE_KEY)
    if isinstance(chosen, str) and chosen in known:
        return known[chosen]
    choice = direction_choice(context)
    if choice is not None:
        return known.get(dc.PLAN_FOR_DIRECTION[choice.direction])
    return None


def daily_goal(context: AppContext) -> int:
    """The daily goal as Settings reads it (one rule: 5-120 minutes, else the default)."""
    return settings.daily_goal(context)


def minutes_today(context: AppContext, today: date) -> float:
    sessions = context.store.sessions.between(today - timedelta(days=1), today + timedelta(days=1))
    return minutes_on(today, sessions, context.store.activities.between(today, today))


def recent_outcomes(context: AppContext, today: date) -> list[progression.SessionOutcome]:
    start = today - timedelta(days=progression.WINDOW_DAYS + 1)
    outcomes = []
    for session in context.store.sessions.between(start, today + timedelta(days=1)):
        outcomes.append(
            progression.SessionOutcome(
                day=session_local_day(session),
                exercise_ids=tuple(e.exercise_id for e in session.exercises if not e.skipped),
                flare_exercise_ids=tuple(f.exercise_id for f in session.flares if f.exercise_id),
            )
        )
    outcomes.sort(key=lambda o: o.day)
    return outcomes


STEPS_KEY = "progression_steps"
"""[[ISO day, exercise id], ...]: the steps up the user accepted (for the weekly pace)."""


def _declined_on(context: AppContext) -> dict[str, date]:
    """Declined suggestion keys and the day of the "Not now". Entries written before the
    day was kept (plain keys) count as long ago: they are offered again."""
    raw = context.setting(DECLINED_KEY, [])
    found: dict[str, date] = {}
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, str):
            found[item] = date.min
        elif isinstance(item, list) and len(item) == 2:
            key, day = item
            if not isinstance(key, str) or not isinstance(day, str):
                continue
            try:
                found[key] = date.fromisoformat(day)
            except ValueError:
                continue
    return found


def declined(context: AppContext, today: date | None = None) -> set[str]:
    """Keys declined with "Not now" within the last week: those stay hidden."""
    today = today or date.today()
    return {
        key
        for key, day in _declined_on(context).items()
        if (today - day).days < progression.ASK_AGAIN_DAYS
    }


def accepted_steps(context: AppContext) -> list[progression.Step]:
    raw = context.setting(STEPS_KEY, [])
    steps = []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, list) or len(item) < 2 or not isinstance(item[0], str):
            continue
        try:
            steps.append(progression.Step(date.fromisoformat(item[0]), str(item[1])))
        except ValueError:
            continue
    return steps


def worse_mornings(context: AppContext, today: date) -> set[date]:
    """Recent days whose morning check-in was worse than the day before the session."""
    start = today - timedelta(days=progression.WINDOW_DAYS + 1)
    # Not through ``progress_history.build_history``: the same rule, without importing the
    # history's and "what helps"'s dataclasses (~5 ms of a returning user's start).
    return session_pain.worse_mornings(
        context.store.sessions.between(start, today + timedelta(days=1)),
        context.store.checkins.between(start, today),
    )


def current_suggestion(
    context: AppContext,
    routine: Routine | None,
    today: date,
    worse: set[date] | None = None,
) -> progression.Suggestion | None:
    """``worse``: ``worse_mornings`` when the caller has it already."""
    choice = direction_choice(context)
    if routine is None or choice is None or not settings.get(context, "suggestions_on"):
        return None
    return progression.suggest(
        routine,
        recent_outcomes(context, today),
        context.catalogue,
        today,
        declined(context, today),
        choice.direction,
        steps=accepted_steps(context),
        worse_mornings=worse_mornings(context, today) if worse is None else worse,
        goal_min=daily_goal(context),
    )


def home_state(context: AppContext, today: date) -> HomeState:
    choice = direction_choice(context)
    routine = active_routine(context)
    worse = worse_mornings(context, today)
    return HomeState(
        onboarding=onboarding_state(context),
        direction=choice.result() if choice else None,
        routine=routine,
        minutes_today=minutes_today(context, today),
        goal_min=daily_goal(context),
        suggestion=current_suggestion(context, routine, today, worse),
        threshold=settings.get(context, "pain_threshold"),
        returning=context.store.sessions.count() > 0 or context.store.activities.count() > 0,
        lighter=(lighter_routine(routine) if routine is not None and today in worse else None),
    )


def accept_suggestion(
    context: AppContext, suggestion: progression.Suggestion, copy_template: str = MY_COPY
) -> Routine:
    """Apply the change to the active routine (copying a starter plan first, named by
    ``copy_template``) and use it."""
    routine = active_routine(context)
    if routine is None:
        raise ValueError("there is no routine to change")
    routine = routines.own_copy(context, routine, copy_template)
    changed = progression.apply(routine, suggestion, context.catalogue)
    routines.save(context, changed)
    set_active_routine(context, changed.id)
    if suggestion.kind != progression.EASIER:  # easing off is not a step up
        brought_in = suggestion.replacement_id or suggestion.exercise_id
        steps = [[s.day.isoformat(), s.exercise_id] for s in accepted_steps(context)]
        context.set_setting(STEPS_KEY, [*steps, [date.today().isoformat(), brought_in]])
    return changed


def decline_suggestion(
    context: AppContext, suggestion: progression.Suggestion, today: date | None = None
) -> None:
    """ "Not now": hide this suggestion for a week."""
    found = _declined_on(context)
    found[suggestion.key] = today or date.today()
    context.set_setting(
        DECLINED_KEY, [[key, day.isoformat()] for key, day in sorted(found.items())]
    )
