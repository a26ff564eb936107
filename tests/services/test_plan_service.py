"""Home's state from the store: plan by direction, minutes today, and suggestions that
can be accepted (copying a starter plan first) or put off for a week, paced, or turned off."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.records import ExerciseResult, Flare
from backcoach.services import plans, routines


@pytest.fixture
def context(ready_store, data_dir) -> AppContext:
    return AppContext(data_dir=data_dir, catalogue=load_catalogue(), store=ready_store)


def _session(context, day_offset: int, exercise_ids, flare_on: str | None = None) -> None:
    store = context.store
    start = datetime.now().astimezone().replace(hour=9, minute=0) - timedelta(days=day_offset)
    sid = store.sessions.start("extension-start", "Extension start", started_at=start)
    at = start
    for exercise_id in exercise_ids:
        store.sessions.finish_exercise(
            sid, ExerciseResult(exercise_id, at, at + timedelta(minutes=2), sets_done=2)
        )
        at += timedelta(minutes=2)
    if flare_on:
        store.sessions.record_flare(sid, Flare(flare_on, at, baseline=2, score=5, action="rest"))
    store.sessions.end(sid, ended_at=at)


def test_home_offers_the_direction_plan_and_counts_todays_minutes(context) -> None:
    today = datetime.now().astimezone().date()
    _session(context, 0, ["stomach-lying", "prone-press"])
    state = plans.home_state(context, today)
    assert state.routine.id == "extension-start"
    assert state.minutes_today == pytest.approx(4.0)
    assert state.goal_min == 15


def test_a_good_week_suggests_a_step_and_accepting_copies_the_starter_plan(context) -> None:
    today = datetime.now().astimezone().date()
    plan = plans.active_routine(context)
    for days_ago in range(5):
        _session(context, days_ago, plan.exercise_ids())
    suggestion = plans.home_state(context, today).suggestion
    assert suggestion is not None and suggestion.kind in ("harder", "toward-aggravating")

    changed = plans.accept_suggestion(context, suggestion)
    assert not changed.is_starter and changed.source_plan == "extension-start"
    assert plans.active_routine(context).id == changed.id
    starter = next(r for r in routines.starter_plans(context) if r.id == "extension-start")
    assert starter.exercise_ids() == plan.exercise_ids()  # never overwritten
    assert [r["id"] for r in context.store.routines.all()] == [changed.id]


def test_not_now_hides_a_suggestion_for_a_week_then_asks_again(context) -> None:
    today = datetime.now().astimezone().date()
    plan = plans.active_routine(context)
    for days_ago in range(5):
        _session(context, days_ago, plan.exercise_ids())
    first = plans.home_state(context, today).suggestion
    plans.decline_suggestion(context, first, today - timedelta(days=6))
    assert first.key in plans.declined(context, today)
    second = plans.home_state(context, today).suggestion
    # The declined step stays away; the next gentle step is offered instead.
    assert second is not None and second.key != first.key
    assert (second.kind, second.exercise_id) == (first.kind, "seated-forward-reach")
    plans.decline_suggestion(context, first, today - timedelta(days=7))
    assert first.key not in plans.declined(context, today)
    assert plans.home_state(context, today).suggestion == first


def test_a_decline_stored_by_an_older_version_is_asked_again(context) -> None:
    context.set_setting(plans.DECLINED_KEY, ["harder:a->b"])
    assert plans.declined(context) == set()


def test_suggestions_can_be_turned_off(context) -> None:
    from backcoach.services import settings

    today = datetime.now().astimezone().date()
    plan = plans.active_routine(context)
    for days_ago in range(5):
        _session(context, days_ago, plan.exercise_ids())
    assert plans.home_state(context, today).suggestion is not None
    settings.save(context, "suggestions_on", False)
    assert plans.home_state(context, today).suggestion is None


def test_an_accepted_step_is_not_followed_by_another_the_same_week(context) -> None:
    today = datetime.now().astimezone().date()
    plan = plans.active_routine(context)
    for days_ago in range(5):
        _session(context, days_ago, plan.exercise_ids())
    plans.accept_suggestion(context, plans.home_state(context, today).suggestion)
    assert plans.home_state(context, today).suggestion is None
    assert len(plans.accepted_steps(context)) == 1


def test_a_worse_morning_check_in_holds_back_the_step(context) -> None:
    from backcoach.domain.records import CheckIn, Rating

    today = datetime.now().astimezone().date()
    plan = plans.active_routine(context)
    for days_ago in range(5):
        _session(context, days_ago, plan.exercise_ids())
    assert plans.home_state(context, today).suggestion is not None
    # Two days ago the session started at 3; the next morning was a 6.
    before = datetime.now().astimezone().replace(hour=7, minute=0) - timedelta(days=2)
    sid = context.store.sessions.start("extension-start", "Extension start", started_at=before)
    context.store.sessions.append_rating(sid, Rating(3, "baseline", None, before, 0.0))
    context.store.sessions.end(sid, ended_at=before + timedelta(minutes=1))
    morning = today - timedelta(days=1)
    at = datetime.now().astimezone() - timedelta(days=1)
    context.store.checkins.add(CheckIn(morning, 6, "some", at))
    assert plans.worse_mornings(context, today) == {morning}
    assert plans.home_state(context, today).suggestion is None


def test_a_recent_flare_suggests_the_easier_variant(context) -> None:
    today = datetime.now().astimezone().date()
    _session(context, 1, ["prone-press"], flare_on="prone-press")
    suggestion = plans.home_state(context, today).suggestion
    assert suggestion is not None and suggestion.kind == "easier"
    assert suggestion.exercise_id == "prone-press"


def test_home_knows_a_returning_user_from_a_first_visit(context) -> None:
    today = datetime.now().astimezone().date()
    assert not plans.home_state(context, today).returning  # nothing on record yet
    _session(context, 0, ["stomach-lying"])
    assert plans.home_state(context, today).returning


def test_a_worse_morning_today_offers_the_lighter_session_on_home(context) -> None:
    from backcoach.domain.records import CheckIn, Rating

    today = datetime.now().astimezone().date()
    assert plans.home_state(context, today).lighter is None
    before = datetime.now().astimezone().replace(hour=7, minute=0) - timedelta(days=1)
    sid = context.store.sessions.start("extension-start", "Extension start", started_at=before)
    context.store.sessions.append_rating(sid, Rating(2, "baseline", None, before, 0.0))
    context.store.sessions.end(sid, ended_at=before + timedelta(minutes=1))
    context.store.checkins.add(CheckIn(today, 5, "some", datetime.now().astimezone()))
    state = plans.home_state(context, today)
    assert state.lighter is not None
    assert state.lighter.exercise_ids() == state.routine.exercise_ids()
    assert all(
        light.dose.sets <= item.dose.sets
        for light, item in zip(state.lighter.items, state.routine.items, strict=True)
    )
