"""Routines: editing user routines, read-only starter plans, the time estimate, the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backcoach import resources
from backcoach.domain.catalog import Catalogue, Dose, load_catalogue
from backcoach.domain.planned import PlannedExercise
from backcoach.domain.routines import (
    DOSE_LIMITS,
    ReadOnlyRoutineError,
    Routine,
    RoutineError,
    RoutineItem,
    add_item,
    check_dose,
    copy_routine,
    describe_duration,
    estimated_seconds,
    find,
    from_dict,
    item_seconds,
    load_starter_plans,
    missing_exercises,
    move_item,
    parse_starter_plans,
    planned,
    remove_exercise,
    remove_item,
    rename,
    replace_exercise,
    set_dose,
    to_dict,
)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    # No image check: these tests are about routines, not the illustrations.
    return load_catalogue(resources.catalogue_path())


@pytest.fixture(scope="module")
def starter(catalogue) -> Routine:
    return find(load_starter_plans(catalogue), "extension-start")


@pytest.fixture
def mine(starter) -> Routine:
    return copy_routine(starter, "user-1", "My mornings")


def hold(seconds: int, sets: int = 1, rest_s: int = 0, per_side: bool = False) -> Dose:
    return Dose(sets=sets, rest_s=rest_s, per_side=per_side, hold_s=seconds)


def reps(count: int, sets: int = 1, rest_s: int = 0, per_side: bool = False, hold_s=None):
    return Dose(sets=sets, rest_s=rest_s, per_side=per_side, reps=count, hold_s=hold_s)


# -- copies and read-only starters ------------------------------------------------------


def test_a_copy_of_a_starter_plan_is_editable_and_remembers_its_plan(starter, mine):
    assert starter.is_starter and not mine.is_starter
    assert (mine.id, mine.name, mine.source_plan) == ("user-1", "My mornings", starter.id)
    assert mine.items == starter.items
    assert (mine.description, mine.direction) == (starter.description, starter.direction)


def test_a_copy_of_a_copy_still_names_the_original_plan(mine):
    again = copy_routine(mine, "user-2", "Evenings")
    assert again.source_plan == "extension-start"


def test_a_copy_needs_its_own_id(mine):
    with pytest.raises(RoutineError, match="new id"):
        copy_routine(mine, mine.id, "Same")


def test_a_copy_needs_a_name(starter):
    with pytest.raises(RoutineError, match="name"):
        copy_routine(starter, "user-3", "   ")


EDITS = {
    "rename": lambda r, c: rename(r, "Changed"),
    "add_item": lambda r, c: add_item(r, c.get("plank")),
    "remove_item": lambda r, c: remove_item(r, 0),
    "move_item": lambda r, c: move_item(r, 0, 1),
    "set_dose": lambda r, c: set_dose(r, 0, sets=1),
    "replace_exercise": lambda r, c: replace_exercise(r, "prone-press", c.get("stomach-lying")),
    "remove_exercise": lambda r, c: remove_exercise(r, "prone-press"),
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_every_edit_of_a_starter_plan_is_refused_and_leaves_it_unchanged(edit, starter, catalogue):
    before = to_dict(starter)
    with pytest.raises(ReadOnlyRoutineError, match="copy"):
        edit(starter, catalogue)
    assert to_dict(starter) == before


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_every_edit_returns_a_new_routine_and_leaves_the_old_one_as_it_was(edit, mine, catalogue):
    before = to_dict(mine)
    changed = edit(mine, catalogue)
    assert changed is not mine
    assert to_dict(mine) == before


# -- editing ----------------------------------------------------------------------------


def test_added_exercise_goes_at_the_end_with_its_catalogue_dose(mine, catalogue):
    plank = catalogue.get("plank")
    changed = add_item(mine, plank)
    assert changed.items[-1] == RoutineItem("plank", plank.dose)
    assert len(changed) == len(mine) + 1


def test_added_exercise_can_go_at_a_given_position_with_a_given_dose(mine, catalogue):
    changed = add_item(mine, catalogue.get("plank"), dose=hold(20, sets=2), index=1)
    assert changed.exercise_ids()[:3] == ("stomach-lying", "plank", "prone-press")
    assert changed.items[1].dose == hold(20, sets=2)


def test_the_same_exercise_may_appear_twice_in_a_user_routine(mine, catalogue):
    changed = add_item(mine, catalogue.get("stomach-lying"))
    assert changed.exercise_ids().count("stomach-lying") == 2


def test_removing_takes_out_exactly_that_position(mine):
    changed = remove_item(mine, 1)
    assert changed.exercise_ids() == mine.exercise_ids()[:1] + mine.exercise_ids()[2:]


def test_a_user_routine_may_be_emptied_while_it_is_being_edited(mine):
    routine = mine
    while routine.items:
        routine = remove_item(routine, 0)
    assert routine.items == ()


@pytest.mark.parametrize(
    ("index", "new_index", "order"),
    [
        (0, 2, ("b", "c", "a", "d")),
        (3, 0, ("d", "a", "b", "c")),
        (1, 1, ("a", "b", "c", "d")),
        (2, 3, ("a", "b", "d", "c")),
    ],
)
def test_moving_puts_the_exercise_at_the_new_position(catalogue, index, new_index, order):
    ids = {
        "a": "stomach-lying",
        "b": "prone-press",
        "c": "plank",
        "d": "bird-dog",
    }
    routine = Routine(
        "r", "Four", tuple(RoutineItem(ids[k], catalogue.get(ids[k]).dose) for k in "abcd")
    )
    moved = move_item(routine, index, new_index)
    assert moved.exercise_ids() == tuple(ids[k] for k in order)


@pytest.mark.parametrize(
    "edit",
    [
        lambda r, c: remove_item(r, 99),
        lambda r, c: remove_item(r, -1),
        lambda r, c: move_item(r, 0, 99),
        lambda r, c: move_item(r, -1, 0),
        lambda r, c: set_dose(r, 99, sets=1),
        lambda r, c: add_item(r, c.get("plank"), index=99),
    ],
    ids=["remove", "remove-negative", "move-to", "move-from", "set-dose", "add"],
)
def test_a_position_outside_the_routine_is_refused_clearly(edit, mine, catalogue):
    with pytest.raises(IndexError, match="does not exist"):
        edit(mine, catalogue)


def test_set_dose_changes_only_the_named_parts(mine):
    changed = set_dose(mine, 1, reps=12, sets=3, rest_s=60)
    dose = changed.items[1].dose
    assert (dose.reps, dose.sets, dose.rest_s) == (12, 3, 60)
    assert (dose.hold_s, dose.per_side) == (mine.items[1].dose.hold_s, False)
    assert changed.items[0] == mine.items[0]


def test_set_dose_can_make_an_exercise_per_side_and_drop_the_pause(mine):
    changed = set_dose(mine, 1, per_side=True, hold_s=None)
    assert changed.items[1].dose.per_side is True
    assert changed.items[1].dose.hold_s is None


@pytest.mark.parametrize(("name", "limits"), DOSE_LIMITS.items())
def test_set_dose_accepts_both_ends_of_each_limit_and_refuses_just_outside(mine, name, limits):
    low, high = limits
    index = 1  # prone press: reps with a pause, so a 1 s pause is allowed
    for good in (low, high):
        assert getattr(set_dose(mine, index, **{name: good}).items[index].dose, name) == good
    for bad in (low - 1, high + 1, 2.5, True, "10"):
        with pytest.raises(RoutineError, match=f"field '{name}'"):
            set_dose(mine, index, **{name: bad})


def test_a_hold_without_reps_must_last_at_least_five_seconds(mine):
    assert set_dose(mine, 0, hold_s=5).items[0].dose.hold_s == 5
    with pytest.raises(RoutineError, match="at least 5 s"):
        set_dose(mine, 0, hold_s=4)


def test_a_dose_must_keep_a_hold_or_reps(mine):
    with pytest.raises(RoutineError, match="hold_s, reps, or both"):
        set_dose(mine, 0, hold_s=None)


def test_set_dose_refuses_an_unknown_part(mine):
    with pytest.raises(RoutineError, match="speed"):
        set_dose(mine, 0, speed=2)


def test_every_catalogue_default_dose_is_within_the_limits(catalogue):
    for exercise in catalogue:
        check_dose(exercise.dose, exercise.id)


def test_replacing_an_exercise_swaps_every_occurrence_at_the_new_catalogue_dose(mine, catalogue):
    twice = add_item(mine, catalogue.get("prone-press"))
    swapped = replace_exercise(twice, "prone-press", catalogue.get("stomach-lying"))
    assert "prone-press" not in swapped.exercise_ids()
    assert swapped.exercise_ids().count("stomach-lying") == 3
    assert swapped.items[1].dose == catalogue.get("stomach-lying").dose


def test_replacing_or_removing_an_exercise_the_routine_lacks_is_refused(mine, catalogue):
    with pytest.raises(RoutineError, match="no exercise 'plank'"):
        replace_exercise(mine, "plank", catalogue.get("bird-dog"))
    with pytest.raises(RoutineError, match="no exercise 'plank'"):
        remove_exercise(mine, "plank")


def test_a_routine_refuses_a_bad_name_or_direction(catalogue):
    item = RoutineItem("plank", catalogue.get("plank").dose)
    with pytest.raises(RoutineError, match="name"):
        Routine("r", "", (item,))
    with pytest.raises(RoutineError, match="name"):
        Routine("r", "x" * 61, (item,))
    with pytest.raises(RoutineError, match="direction"):
        Routine("r", "Fine", (item,), direction="sideways")


def test_a_routine_item_refuses_a_dose_outside_the_limits():
    with pytest.raises(RoutineError, match=r"plank.*sets"):
        RoutineItem("plank", hold(15, sets=11))


# -- time -------------------------------------------------------------------------------


def test_estimate_adds_get_ready_work_rests_and_side_switches(catalogue):
    routine = Routine(
        "r",
        "Two",
        (
            # 15 get ready + 2 x 30 s + 1 x 20 s rest = 95
            RoutineItem("stomach-lying", hold(30, sets=2, rest_s=20)),
            # 15 get ready + 2 sets x 2 sides x 6 reps x (4 + 3) s + 1 x 30 s rest
            # + 2 side switches x 5 s = 15 + 168 + 30 + 10 = 223
            RoutineItem("knee-flops", reps(6, sets=2, rest_s=30, per_side=True, hold_s=3)),
        ),
    )
    assert [item_seconds(item) for item in routine.items] == [95, 223]
    # + 15 s more to get down onto the mat for the first (both are lying down)
    assert estimated_seconds(routine, catalogue) == 95 + 223 + 15


def test_estimate_uses_the_given_get_ready_and_rep_times(catalogue):
    routine = Routine("r", "One", (RoutineItem("sit-up", reps(10)),))
    assert estimated_seconds(routine, catalogue, get_ready_s=0, seconds_per_rep=3.0) == 30
    # sit-ups are on the mat: 15 s more to get down there
    assert estimated_seconds(routine, catalogue, get_ready_s=10, seconds_per_rep=5.0) == 75


def test_an_empty_routine_takes_no_time(catalogue):
    assert estimated_seconds(Routine("r", "Empty", ()), catalogue) == 0


def test_a_routine_with_an_exercise_the_catalogue_lacks_gets_no_estimate(catalogue):
    routine = Routine("r", "Odd", (RoutineItem("handstand", hold(10)),))
    assert missing_exercises(routine, catalogue) == ["handstand"]
    with pytest.raises(RoutineError, match="handstand"):
        estimated_seconds(routine, catalogue)
    with pytest.raises(RoutineError, match="handstand"):
        planned(routine, catalogue)


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0, "under a minute"),
        (29, "under a minute"),
        (60, "about 1 minute"),
        (815, "about 14 minutes"),
    ],
)
def test_duration_is_described_in_plain_words(seconds, words):
    assert describe_duration(seconds) == words


def test_planned_pairs_each_catalogue_exercise_with_the_routines_dose(mine, catalogue):
    changed = set_dose(mine, 0, hold_s=45)
    plan = planned(changed, catalogue)
    assert all(isinstance(p, PlannedExercise) for p in plan)
    assert [p.exercise_id for p in plan] == list(changed.exercise_ids())
    assert plan[0].exercise is catalogue.get("stomach-lying")
    assert plan[0].dose.hold_s == 45


# -- store format -----------------------------------------------------------------------


def test_to_dict_is_plain_json_and_from_dict_gives_the_same_routine(mine, catalogue):
    routine = set_dose(add_item(mine, catalogue.get("bird-dog")), 0, hold_s=40)
    data = to_dict(routine)
    assert json.loads(json.dumps(data)) == data
    assert from_dict(data) == routine


def test_starter_plans_also_round_trip(catalogue):
    for plan in load_starter_plans(catalogue):
        assert from_dict(to_dict(plan)) == plan


def test_stored_items_spell_out_every_dose_field(mine):
    item = to_dict(mine)["items"][0]
    assert item == {
        "exercise": "stomach-lying",
        "hold_s": 30,
        "reps": None,
        "sets": 2,
        "rest_s": 30,
        "per_side": False,
    }


@pytest.mark.parametrize(
    ("break_it", "message"),
    [
        (lambda d: d.update(version=9), "version"),
        (lambda d: d.pop("name"), "expected the fields"),
        (lambda d: d.update(name=""), "name"),
        (lambda d: d.update(items="all"), "items"),
        (lambda d: d["items"][0].update(sets=0), r"item 1 \(stomach-lying\), field 'sets'"),
        (lambda d: d["items"][0].update(sets="2"), "sets"),
        (lambda d: d["items"][0].update(per_side=1), "per_side"),
        (lambda d: d["items"][0].pop("rest_s"), "item 1"),
        (lambda d: d["items"][0].update(exercise="Not An Id"), "exercise"),
        (lambda d: d.update(source_plan=3), "source_plan"),
        (lambda d: d.update(is_starter="no"), "is_starter"),
    ],
)
def test_from_dict_refuses_a_broken_record_naming_the_field(mine, break_it, message):
    data = to_dict(mine)
    break_it(data)
    with pytest.raises(RoutineError, match=message):
        from_dict(data)


# -- plan file validation ---------------------------------------------------------------

GOOD_PLAN = """
[[plan]]
id = "tiny"
name = "Tiny"
description = "Two easy ones."
direction = "extension"
items = [{ exercise = "stomach-lying" }, { exercise = "prone-press", reps = 5, sets = 1 }]
"""


def test_plan_overrides_change_only_the_named_parts_of_the_catalogue_dose(catalogue):
    (plan,) = parse_starter_plans(GOOD_PLAN, catalogue)
    assert plan.is_starter and plan.source_plan == "tiny"
    assert plan.items[0].dose == catalogue.get("stomach-lying").dose
    press = catalogue.get("prone-press").dose
    assert plan.items[1].dose == Dose(
        sets=1, rest_s=press.rest_s, per_side=press.per_side, hold_s=press.hold_s, reps=5
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"stomach-lying" }', '"handstand" }', r"plan 'tiny', item 1, field 'exercise'"),
        ("reps = 5", "reps = 500", r"plan 'tiny', item 2 \(prone-press\), field 'reps'"),
        ("reps = 5", "speed = 5", r"plan 'tiny', item 2, field 'speed'"),
        ("sets = 1", "sets = true", r"item 2 \(prone-press\), field 'sets'"),
        ('"prone-press"', '"stomach-lying"', "listed twice"),
        ('direction = "extension"', 'direction = "up"', r"plan 'tiny', field 'direction'"),
        ('name = "Tiny"', 'name = ""', r"plan 'tiny', field 'name'"),
        ('description = "Two easy ones."', "", r"plan 'tiny', field 'description'"),
        ('id = "tiny"', 'id = "Tiny Plan"', r"plan 'Tiny Plan', field 'id'"),
        ('direction = "extension"', 'colour = "red"', r"plan 'tiny', field 'colour'"),
        ("items = [", "items = [] #", r"plan 'tiny', field 'items'"),
    ],
)
def test_a_broken_plan_fails_naming_the_plan_and_field(catalogue, old, new, message):
    text = GOOD_PLAN.replace(old, new, 1)
    assert text != GOOD_PLAN
    with pytest.raises(RoutineError, match=message):
        parse_starter_plans(text, catalogue)


def test_a_plan_id_used_twice_is_refused(catalogue):
    with pytest.raises(RoutineError, match="plan 'tiny', field 'id': used twice"):
        parse_starter_plans(GOOD_PLAN + GOOD_PLAN, catalogue)


def test_a_plans_file_that_is_not_toml_or_has_no_plans_is_refused(catalogue):
    with pytest.raises(RoutineError, match="not valid TOML"):
        parse_starter_plans("[[plan", catalogue)
    with pytest.raises(RoutineError, match="no \\[\\[plan\\]\\]"):
        parse_starter_plans("", catalogue)


def test_an_unreadable_plans_file_is_reported_with_its_path(catalogue, tmp_path: Path):
    missing = tmp_path / "plans.toml"
    with pytest.raises(RoutineError, match="cannot be read"):
        load_starter_plans(catalogue, missing)


def test_a_plans_file_can_be_loaded_from_a_given_path(catalogue, tmp_path: Path):
    path = tmp_path / "plans.toml"
    path.write_text(GOOD_PLAN, encoding="utf-8")
    assert [p.id for p in load_starter_plans(catalogue, path)] == ["tiny"]


def test_find_returns_the_routine_with_that_id_or_raises_key_error(catalogue):
    plans = load_starter_plans(catalogue)
    assert find(plans, "flexion-start").id == "flexion-start"
    with pytest.raises(KeyError):
        find(plans, "nope")


def test_every_plan_lists_the_equipment_its_exercises_use() -> None:
    from backcoach.domain.catalog import load_catalogue
    from backcoach.domain.routines import equipment_needed, load_starter_plans

    catalogue = load_catalogue()
    for plan in load_starter_plans(catalogue):
        needed = equipment_needed(plan, catalogue)
        used = {e for i in plan.items for e in catalogue.get(i.exercise_id).equipment}
        assert set(needed) == used and len(needed) == len(used)
