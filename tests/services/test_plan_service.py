"""Home's state from the store: plan by direction, minutes today, and suggestions that
can be accepted (copying a starter plan first) or declined for good."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.records import ExerciseResult, Flare
from backcoach.services import plans


@pytest.fixture
def context(ready_store, data_dir) -> AppContext:
    return AppContext(data_dir=data_dir, catalogue=load_catalogue(), store=ready_store)


def _session(context, day_offset: int, exercise_ids, flare_on: str | None = None) -> None:
    store = context.store
    start = datetime.now().astimezone().replace(hour=9, minute=0) - timedelta(days=day_offset)
    sid = store.start_session("extension-start", "Extension start", started_at=start)
    at = start
    for exercise_id in exercise_ids:
        store.finish_exercise(
            sid, ExerciseResult(exercise_id, at, at + timedelta(minutes=2), sets_done=2)
        )
        at += timedelta(minutes=2)
    if flare_on:
        store.record_flare(sid, Flare(flare_on, at, baseline=2, score=5, action="rest"))
    store.end_session(sid, ended_at=at)


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
    starter = next(r for r in plans.starter_plans(context) if r.id == "extension-start")
    assert starter.exercise_ids() == plan.exercise_ids()  # never overwritten
    assert [r["id"] for r in context.store.routines()] == [changed.id]


def test_a_declined_suggestion_is_not_offered_again(context) -> None:
    today = datetime.now().astimezone().date()
    plan = plans.active_routine(context)
    for days_ago in range(5):
        _session(context, days_ago, plan.exercise_ids())
    first = plans.home_state(context, today).suggestion
    plans.decline_suggestion(context, first)
    second = plans.home_state(context, today).suggestion
    assert second is None or second.key != first.key
    assert first.key in plans.declined(context)


def test_a_recent_flare_suggests_the_easier_variant(context) -> None:
    today = datetime.now().astimezone().date()
    _session(context, 1, ["prone-press"], flare_on="prone-press")
    suggestion = plans.home_state(context, today).suggestion
    assert suggestion is not None and suggestion.kind == "easier"
    assert suggestion.exercise_id == "prone-press"
