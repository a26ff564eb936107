"""The first run and "Where to start": what the welcome found and what it changes. No Qt.

The welcome (its screens are ``ui/onboarding``) ends with the safety answers and a
direction check; ``finish`` keeps them and decides which plan Home offers. The window
only asks the user when a routine of their own would give way (``confirm_replace``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from backcoach.context import AppContext
from backcoach.domain.onboarding import SETTING_KEY, OnboardingState
from backcoach.domain.routines import Routine

if TYPE_CHECKING:
    # Imported where a choice is read or saved: a first run has none to read at start,
    # and the check's dataclasses are ~3 ms to import (008-speed.md, "17a").
    from backcoach.domain import direction_check as dc

DIRECTION_KEY = "direction"
ACTIVE_ROUTINE_KEY = "active_routine"

ConfirmReplace = Callable[[Routine, str], bool]
"""``confirm(current_routine, plan_id)``: True if the user's own routine may give way."""


def onboarding_state(context: AppContext) -> OnboardingState:
    return OnboardingState.from_dict(context.setting(SETTING_KEY))


def save_onboarding(context: AppContext, state: OnboardingState) -> None:
    context.set_setting(SETTING_KEY, state.to_dict())


def is_done(context: AppContext) -> bool:
    """True once the welcome was completed: the app then opens on Home."""
    return onboarding_state(context).done


def direction_choice(context: AppContext) -> dc.DirectionChoice | None:
    raw = context.setting(DIRECTION_KEY)
    if not isinstance(raw, dict):
        return None  # none yet, or unreadable: the user is simply asked (again)
    try:
        from backcoach.domain import direction_check as dc

        return dc.parse(raw)
    except (ValueError, TypeError, KeyError):
        return None  # unreadable: the user is simply asked again


def save_direction(context: AppContext, choice: dc.DirectionChoice) -> None:
    from backcoach.domain import direction_check as dc

    context.set_setting(DIRECTION_KEY, dc.serialise(choice))


def set_active_routine(context: AppContext, routine_id: str) -> None:
    context.set_setting(ACTIVE_ROUTINE_KEY, routine_id)


def finish(
    context: AppContext,
    red_flags: str,
    choice: dc.DirectionChoice,
    *,
    revisit: bool,
    current: Routine | None,
    confirm_replace: ConfirmReplace,
) -> bool:
    """Keep what the welcome (or a revisit of "Where to start") found.

    ``current`` is the routine Home offers now. The safety answers are kept on the first
    run only (a revisit asks no safety questions). A new direction brings its starter
    plan to Home; a routine of the user's own gives way only if ``confirm_replace`` says
    so. Returns True when the activities set-up should follow (a first run, with no
    rating round yet).
    """
    previous = onboarding_state(context)
    if not revisit:
        save_onboarding(context, OnboardingState(done=True, red_flags=red_flags))
    elif not previous.done:
        save_onboarding(context, OnboardingState(done=True, red_flags=previous.red_flags))
    old = direction_choice(context)
    plan_id = choice.result().plan_id
    if old is None or old.direction != choice.direction:
        own = current is not None and not current.is_starter and current.id != plan_id
        if not revisit or not own or (current is not None and confirm_replace(current, plan_id)):
            set_active_routine(context, plan_id)
    save_direction(context, choice)
    # Imported here, not with the welcome: the scale's records are ~2 ms of dataclasses.
    from backcoach.services import function_scale

    return not revisit and not function_scale.history(context)


def dismiss_care_notice(context: AppContext) -> None:
    """Home stops recommending a clinician first (the user read it and chose to go on)."""
    state = onboarding_state(context)
    save_onboarding(
        context, OnboardingState(state.done, state.red_flags, care_notice_dismissed=True)
    )
