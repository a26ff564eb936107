"""Progression rules: easier after a flare, a step up after a good week, declines remembered."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from backcoach import resources
from backcoach.domain.catalog import Catalogue, load_catalogue
from backcoach.domain.progression import (
    EASIER,
    HARDER,
    MIN_SESSION_DAYS,
    TOWARD_AGGRAVATING,
    SessionOutcome,
    Suggestion,
    apply,
    suggest,
)
from backcoach.domain.routines import (
    ReadOnlyRoutineError,
    Routine,
    RoutineError,
    RoutineItem,
    copy_routine,
    find,
    load_starter_plans,
)

TODAY = date(2024, 5, 20)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(resources.catalogue_path())


@pytest.fixture(scope="module")
def plans(catalogue) -> list[Routine]:
    return load_starter_plans(catalogue)


def user_copy(plans, plan_id: str) -> Routine:
    return copy_routine(find(plans, plan_id), f"mine-{plan_id}", "Mine")


def routine_of(catalogue, *ids: str) -> Routine:
    return Routine("mine", "Mine", tuple(RoutineItem(i, catalogue.get(i).dose) for i in ids))


def good_days(routine: Routine, days_ago, flares=None) -> list[SessionOutcome]:
    """One session per given age (0 = today) doing the whole routine, flares by age."""
    flares = flares or {}
    return [
        SessionOutcome(
            TODAY - timedelta(days=age), routine.exercise_ids(), tuple(flares.get(age, ()))
        )
        for age in days_ago
    ]


def run(routine, outcomes, catalogue, direction="extension", declined=()):
    return suggest(routine, outcomes, catalogue, TODAY, set(declined), direction)


# -- after a flare: an easier variant ---------------------------------------------------


def test_a_flare_in_the_latest_session_suggests_the_easier_variant(catalogue):
    routine = routine_of(catalogue, "knee-flops", "bicycle-crunch")
    outcomes = good_days(routine, [3, 1], flares={1: ["bicycle-crunch"]})
    suggestion = run(routine, outcomes, catalogue)
    assert (suggestion.kind, suggestion.exercise_id, suggestion.replacement_id) == (
        EASIER,
        "bicycle-crunch",
        "sit-up",
    )
    assert "Bicycle crunch" in suggestion.text and "Sit-up" in suggestion.text


def test_a_flare_takes_precedence_over_a_good_week(catalogue):
    routine = routine_of(catalogue, "sit-up", "bicycle-crunch")  # sit-up has a harder link
    outcomes = good_days(routine, [6, 5, 4, 3, 2, 1, 0], flares={0: ["bicycle-crunch"]})
    assert run(routine, outcomes, catalogue).kind == EASIER


def test_a_flare_on_an_exercise_with_no_easier_variant_suggests_nothing_harder(catalogue):
    routine = routine_of(catalogue, "sit-up", "plank")  # plank has no easier link
    outcomes = good_days(routine, [6, 5, 4, 3, 2, 1, 0], flares={0: ["plank"]})
    assert run(routine, outcomes, catalogue) is None


def test_a_flare_on_an_exercise_not_in_this_routine_is_not_swapped(catalogue):
    routine = routine_of(catalogue, "plank")
    outcomes = [SessionOutcome(TODAY, ("bicycle-crunch",), ("bicycle-crunch",))]
    assert run(routine, outcomes, catalogue) is None


def test_a_flare_more_than_three_days_ago_no_longer_suggests_easier(catalogue):
    routine = routine_of(catalogue, "bicycle-crunch")
    three = good_days(routine, [3], flares={3: ["bicycle-crunch"]})
    four = good_days(routine, [4], flares={4: ["bicycle-crunch"]})
    assert run(routine, three, catalogue).kind == EASIER
    assert run(routine, four, catalogue) is None


def test_only_the_most_recent_session_counts_for_the_easier_rule(catalogue):
    routine = routine_of(catalogue, "bicycle-crunch")
    settled = good_days(routine, [2, 1], flares={2: ["bicycle-crunch"]})
    assert run(routine, settled, catalogue) is None
    # Same day: the later session (given last) is the most recent.
    same_day = [
        SessionOutcome(TODAY, ("bicycle-crunch",), ("bicycle-crunch",)),
        SessionOutcome(TODAY, ("bicycle-crunch",), ()),
    ]
    assert run(routine, same_day, catalogue) is None
    assert run(routine, same_day[::-1], catalogue).kind == EASIER


def test_outcomes_are_read_by_day_whatever_order_they_come_in(catalogue):
    routine = routine_of(catalogue, "bicycle-crunch")
    outcomes = good_days(routine, [1, 3], flares={1: ["bicycle-crunch"]})
    assert run(routine, outcomes[::-1], catalogue).kind == EASIER


def test_when_the_easier_variant_is_already_there_accepting_leaves_the_hard_one_out(
    plans, catalogue
):
    routine = user_copy(plans, "extension-start")  # has stomach lying and prone press
    outcomes = good_days(routine, [0], flares={0: ["prone-press"]})
    suggestion = run(routine, outcomes, catalogue)
    assert (suggestion.exercise_id, suggestion.replacement_id) == ("prone-press", "stomach-lying")
    assert "already" in suggestion.text
    changed = apply(routine, suggestion, catalogue)
    assert "prone-press" not in changed.exercise_ids()
    assert changed.exercise_ids().count("stomach-lying") == 1


def test_a_declined_easier_swap_is_offered_again_after_a_new_flare(catalogue):
    routine = routine_of(catalogue, "bicycle-crunch")
    first = run(routine, good_days(routine, [2], {2: ["bicycle-crunch"]}), catalogue)
    same_flare = good_days(routine, [2], {2: ["bicycle-crunch"]})
    assert run(routine, same_flare, catalogue, declined={first.key}) is None
    new_flare = good_days(routine, [0], {0: ["bicycle-crunch"]})
    again = run(routine, new_flare, catalogue, declined={first.key})
    assert again is not None and again.kind == EASIER and again.key != first.key


def test_a_declined_easier_swap_moves_on_to_the_next_flared_exercise(catalogue):
    routine = routine_of(catalogue, "bicycle-crunch", "wood-chopper-high")
    outcomes = good_days(routine, [0], {0: ["bicycle-crunch", "wood-chopper-high"]})
    first = run(routine, outcomes, catalogue)
    second = run(routine, outcomes, catalogue, declined={first.key})
    assert (first.exercise_id, second.exercise_id) == ("bicycle-crunch", "wood-chopper-high")
    assert second.replacement_id == "wood-chopper-middle"


# -- after a good week: a step up -------------------------------------------------------


def test_a_good_week_suggests_the_harder_variant_of_the_first_exercise_that_has_one(catalogue):
    routine = routine_of(catalogue, "plank", "sit-up", "seated-twist")
    suggestion = run(routine, good_days(routine, [6, 4, 2, 0]), catalogue)
    assert (suggestion.kind, suggestion.exercise_id, suggestion.replacement_id) == (
        HARDER,
        "sit-up",
        "bicycle-crunch",
    )
    assert "4 of the last 7 days" in suggestion.text
    assert "Bicycle crunch" in suggestion.text and "Sit-up" in suggestion.text


def test_three_session_days_are_not_enough(catalogue):
    routine = routine_of(catalogue, "sit-up")
    assert MIN_SESSION_DAYS == 4
    assert run(routine, good_days(routine, [5, 3, 1]), catalogue) is None


def test_several_sessions_on_one_day_count_as_one_day(catalogue):
    routine = routine_of(catalogue, "sit-up")
    assert run(routine, good_days(routine, [1, 1, 1, 1, 1]), catalogue) is None
    assert run(routine, good_days(routine, [1, 1, 2, 3, 4]), catalogue) is not None


def test_sessions_older_than_seven_days_are_not_counted(catalogue):
    routine = routine_of(catalogue, "sit-up")
    assert run(routine, good_days(routine, [7, 8, 2, 0]), catalogue) is None
    assert run(routine, good_days(routine, [6, 5, 2, 0]), catalogue) is not None


def test_a_flare_anywhere_in_the_week_holds_back_the_step_up(catalogue):
    routine = routine_of(catalogue, "sit-up", "plank")
    outcomes = good_days(routine, [6, 5, 4, 2, 1, 0], flares={5: ["plank"]})
    assert run(routine, outcomes, catalogue) is None
    outcomes = good_days(routine, [8, 5, 4, 2, 1, 0], flares={8: ["plank"]})
    assert run(routine, outcomes, catalogue).kind == HARDER


def test_sessions_dated_after_today_count_as_today(catalogue):
    routine = routine_of(catalogue, "bicycle-crunch")
    tomorrow = [SessionOutcome(TODAY + timedelta(days=1), ("bicycle-crunch",), ("bicycle-crunch",))]
    assert run(routine, tomorrow, catalogue).kind == EASIER


def test_an_exercise_done_on_too_few_days_is_not_stepped_up(catalogue):
    routine = routine_of(catalogue, "sit-up", "seated-twist")
    outcomes = [
        SessionOutcome(TODAY - timedelta(days=age), ids)
        for age, ids in [
            (0, ("sit-up", "seated-twist")),
            (1, ("seated-twist",)),
            (2, ("seated-twist",)),
            (3, ("sit-up", "seated-twist")),
        ]
    ]
    suggestion = run(routine, outcomes, catalogue)
    assert (suggestion.exercise_id, suggestion.replacement_id) == (
        "seated-twist",
        "wood-chopper-middle",
    )


def test_a_harder_variant_already_in_the_routine_is_not_suggested_again(catalogue):
    routine = routine_of(catalogue, "seated-forward-reach", "seated-bend", "sit-up")
    suggestion = run(routine, good_days(routine, [3, 2, 1, 0]), catalogue)
    assert suggestion.exercise_id == "sit-up"


def test_with_no_harder_variant_extension_start_gets_a_gentle_flexion_movement(plans, catalogue):
    routine = user_copy(plans, "extension-start")
    suggestion = run(routine, good_days(routine, [3, 2, 1, 0]), catalogue, "extension")
    assert (suggestion.kind, suggestion.exercise_id, suggestion.replacement_id) == (
        TOWARD_AGGRAVATING,
        "knee-to-chest",
        None,
    )
    assert catalogue.get(suggestion.exercise_id).group == "flexion-movement"
    assert "bending forward" in suggestion.text


def test_with_no_harder_variant_flexion_start_gets_a_gentle_extension_movement(catalogue):
    routine = routine_of(catalogue, "seated-bend", "plank", "bird-dog")
    suggestion = run(routine, good_days(routine, [3, 2, 1, 0]), catalogue, "flexion")
    assert (suggestion.kind, suggestion.exercise_id) == (TOWARD_AGGRAVATING, "stomach-lying")
    assert "arching backwards" in suggestion.text


def test_a_mobility_start_has_no_aggravating_direction_to_step_toward(catalogue):
    routine = routine_of(catalogue, "knee-flops", "plank")
    assert run(routine, good_days(routine, [3, 2, 1, 0]), catalogue, "mobility") is None


def test_a_declined_step_up_is_skipped_and_the_next_one_is_offered(plans, catalogue):
    routine = user_copy(plans, "flexion-start")
    outcomes = good_days(routine, [3, 2, 1, 0])
    first = run(routine, outcomes, catalogue, "flexion")
    # Knee to chest opens the routine as a warm-up movement: never replaced by a step.
    assert (first.kind, first.exercise_id) == (TOWARD_AGGRAVATING, "stomach-lying")
    second = run(routine, outcomes, catalogue, "flexion", declined={first.key})
    assert (second.kind, second.exercise_id) == (TOWARD_AGGRAVATING, "standing-extension")


def test_only_first_steps_toward_the_aggravating_direction_are_offered(plans, catalogue):
    routine = user_copy(plans, "extension-start")
    outcomes = good_days(routine, [3, 2, 1, 0])
    offered = []
    declined: set[str] = set()
    while (suggestion := run(routine, outcomes, catalogue, "extension", declined)) is not None:
        offered.append(suggestion.exercise_id)
        declined.add(suggestion.key)
    # Seated bend is the harder form of seated forward reach: not offered before it.
    assert offered == ["knee-to-chest", "seated-forward-reach"]


def test_the_same_situation_gives_the_same_key_so_a_decline_sticks(plans, catalogue):
    routine = user_copy(plans, "stronger-back")
    a = run(routine, good_days(routine, [3, 2, 1, 0]), catalogue, "extension")
    b = run(routine, good_days(routine, [6, 5, 4, 1]), catalogue, "extension")
    assert a == b and a.key == "harder:wood-chopper-middle->wood-chopper-high"


def test_no_sessions_means_no_suggestion(catalogue):
    assert run(routine_of(catalogue, "sit-up"), [], catalogue) is None


# -- accepting --------------------------------------------------------------------------


def test_accepting_a_harder_step_swaps_in_the_harder_exercise_at_its_catalogue_dose(
    plans, catalogue
):
    routine = user_copy(plans, "stronger-back")
    suggestion = run(routine, good_days(routine, [3, 2, 1, 0]), catalogue)
    changed = apply(routine, suggestion, catalogue)
    index = routine.exercise_ids().index("wood-chopper-middle")
    assert changed.items[index] == RoutineItem(
        "wood-chopper-high", catalogue.get("wood-chopper-high").dose
    )
    assert len(changed) == len(routine)
    assert routine.exercise_ids()[index] == "wood-chopper-middle"  # the old value is kept


def test_accepting_an_easier_step_swaps_in_the_easier_exercise(catalogue):
    routine = routine_of(catalogue, "knee-flops", "bicycle-crunch")
    suggestion = run(routine, good_days(routine, [0], {0: ["bicycle-crunch"]}), catalogue)
    assert apply(routine, suggestion, catalogue).exercise_ids() == ("knee-flops", "sit-up")


def test_an_added_movement_joins_the_end_of_the_warm_up(plans, catalogue):
    routine = user_copy(plans, "extension-start")
    suggestion = run(routine, good_days(routine, [3, 2, 1, 0]), catalogue, "extension")
    changed = apply(routine, suggestion, catalogue)
    assert changed.exercise_ids() == (
        "stomach-lying",
        "prone-press",
        "standing-extension",
        "knee-to-chest",
        "four-point-finger-prop",
        "standing-biceps-curl",
        "hip-thrust",
    )


def test_a_suggestion_cannot_be_applied_to_a_starter_plan_directly(plans, catalogue):
    starter = find(plans, "stronger-back")
    suggestion = run(starter, good_days(starter, [3, 2, 1, 0]), catalogue)
    with pytest.raises(ReadOnlyRoutineError, match="copy"):
        apply(starter, suggestion, catalogue)
    copy = copy_routine(starter, "mine", "Mine")
    assert "wood-chopper-high" in apply(copy, suggestion, catalogue).exercise_ids()


def test_an_out_of_date_suggestion_is_refused_clearly(catalogue):
    swap = Suggestion(HARDER, "sit-up", "bicycle-crunch", "k", "t", "x")
    with pytest.raises(RoutineError, match="out of date"):
        apply(routine_of(catalogue, "plank"), swap, catalogue)
    add = Suggestion(TOWARD_AGGRAVATING, "plank", None, "k", "t", "x")
    with pytest.raises(RoutineError, match="out of date"):
        apply(routine_of(catalogue, "plank"), add, catalogue)


# -- input checks -----------------------------------------------------------------------


def test_a_session_outcome_needs_a_plain_day_and_lists_of_ids():
    with pytest.raises(ValueError, match="day"):
        SessionOutcome(datetime(2024, 5, 1, 12, 0), ("plank",))
    with pytest.raises(ValueError, match="exercise_ids"):
        SessionOutcome(TODAY, "plank")
    assert SessionOutcome(TODAY, ["plank"], ["plank"]).flare_exercise_ids == ("plank",)
