"""The shipped starter plans: the four the issue asks for, valid, warm-up first, ~15 min."""

from __future__ import annotations

import tomllib

import pytest

from backcoach import resources
from backcoach.domain.catalog import Catalogue, load_catalogue
from backcoach.domain.daily_goal import DEFAULT_DAILY_GOAL_MIN
from backcoach.domain.direction_check import PLAN_FOR_DIRECTION
from backcoach.domain.routines import (
    Routine,
    check_dose,
    estimated_seconds,
    load_starter_plans,
)

PLAN_IDS = ["extension-start", "flexion-start", "rotation-mobility", "stronger-back"]
# The default daily goal with a little to spare (plain reps go at the user's own pace),
# and not much over it (a step up must still fit within the goal + 5 minutes).
MIN_MINUTES, MAX_MINUTES = DEFAULT_DAILY_GOAL_MIN + 0.5, 18


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(resources.catalogue_path())


@pytest.fixture(scope="module")
def plans(catalogue) -> dict[str, Routine]:
    return {plan.id: plan for plan in load_starter_plans(catalogue)}


def test_the_four_starter_plans_ship_in_order(plans):
    assert list(plans) == PLAN_IDS


def test_every_exercise_id_in_the_plans_file_exists_in_the_catalogue(catalogue):
    # Read the raw file too, so this holds even if the loader changed what it checks.
    raw = tomllib.loads(resources.path("plans.toml").read_text(encoding="utf-8"))
    ids = set(catalogue.ids())
    for plan in raw["plan"]:
        for item in plan["items"]:
            assert item["exercise"] in ids, (plan["id"], item["exercise"])


@pytest.mark.parametrize("plan_id", PLAN_IDS)
def test_each_plan_reaches_the_daily_goal_by_the_apps_own_estimate(plans, catalogue, plan_id):
    minutes = estimated_seconds(plans[plan_id], catalogue) / 60
    assert MIN_MINUTES <= minutes <= MAX_MINUTES, f"{plan_id}: {minutes:.1f} min"


@pytest.mark.parametrize("plan_id", PLAN_IDS)
def test_each_plan_starts_with_warm_up_movements_before_any_strength_work(
    plans, catalogue, plan_id
):
    kinds = [catalogue.get(i).kind for i in plans[plan_id].exercise_ids()]
    assert kinds[0] == "movement"
    first_other = next((n for n, k in enumerate(kinds) if k != "movement"), len(kinds))
    assert all(k != "movement" for k in kinds[first_other:]), kinds


@pytest.mark.parametrize("plan_id", PLAN_IDS)
def test_each_plan_is_a_read_only_starter_with_words_of_its_own(plans, plan_id):
    plan = plans[plan_id]
    assert plan.is_starter and plan.source_plan == plan_id
    assert plan.name and 20 <= len(plan.description) <= 300
    assert 4 <= len(plan.items) <= 8  # "pick a few exercises"


@pytest.mark.parametrize("plan_id", PLAN_IDS)
def test_each_plan_dose_is_within_the_routine_limits(plans, plan_id):
    for item in plans[plan_id].items:
        check_dose(item.dose, f"{plan_id}/{item.exercise_id}")


def test_every_direction_check_result_proposes_a_shipped_plan(plans):
    assert set(PLAN_FOR_DIRECTION.values()) <= set(plans)
    for direction, plan_id in PLAN_FOR_DIRECTION.items():
        assert plans[plan_id].direction == direction


def test_extension_start_stays_in_extension(plans, catalogue):
    directions = {catalogue.get(i).direction for i in plans["extension-start"].exercise_ids()}
    assert directions == {"extension"}


def test_flexion_start_stays_in_flexion(plans, catalogue):
    directions = {catalogue.get(i).direction for i in plans["flexion-start"].exercise_ids()}
    assert directions == {"flexion"}


def test_rotation_and_mobility_is_gentle_movement_turning_and_both_ways(plans, catalogue):
    exercises = [catalogue.get(i) for i in plans["rotation-mobility"].exercise_ids()]
    assert {e.kind for e in exercises} == {"movement"}
    assert {e.direction for e in exercises} == {"rotation", "extension", "flexion"}
    assert exercises[0].direction == "rotation"


def test_stronger_back_is_a_short_warm_up_then_through_range_strength(plans, catalogue):
    exercises = [catalogue.get(i) for i in plans["stronger-back"].exercise_ids()]
    warm_up = [e for e in exercises if e.kind == "movement"]
    work = [e for e in exercises if e.kind != "movement"]
    assert 1 <= len(warm_up) <= 2
    assert {e.kind for e in work} == {"strength"}
    assert {e.direction for e in work} == {"extension", "flexion", "rotation"}
