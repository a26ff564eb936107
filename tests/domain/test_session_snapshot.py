"""Crash recovery: ``snapshot()`` is plain JSON and ``resume_from`` goes on where it stopped."""

from __future__ import annotations

import copy
import json

import pytest
from test_session_support import Harness, planned

from backcoach.domain.session import (
    ExerciseFinished,
    Phase,
    PhaseChanged,
    RatingGiven,
    SessionEngine,
)

P = Phase
PLANK = planned("plank", hold_s=10, sets=2, rest_s=5)
PRONE_PRESS = planned("prone-press", hold_s=10, easier="stomach-lying")
STOMACH_LYING = planned("stomach-lying", hold_s=20)
BRIDGE = planned("bridge", reps=5, sets=2, rest_s=2)
PLAN = [PLANK, PRONE_PRESS, BRIDGE]
EASIER = {"prone-press": STOMACH_LYING}.get


def through_json(h: Harness) -> dict:
    """The snapshot as the app would store and read it back."""
    return json.loads(json.dumps(h.engine.snapshot()))


def session(**options) -> Harness:
    options.setdefault("easier_lookup", EASIER)
    h = Harness(PLAN, **options)
    h.start(baseline=2)
    return h


def drive_to_done(h: Harness) -> None:
    for _ in range(5000):
        state = h.state
        if state.phase is P.DONE:
            return
        if state.paused:
            h.engine.resume()
        elif state.phase is P.BREAK:
            h.engine.break_skip()
        elif state.awaiting_rating and state.rating_due:
            h.engine.rate(2)
        elif state.phase is P.WORK and state.rep_based and state.elapsed_s >= 5:
            h.engine.reps_done()
        else:
            h.run(0.25)
    raise AssertionError("never done")


def test_a_snapshot_is_plain_json():
    h = session()
    h.engine.rate(3)
    h.run(12)
    h.engine.rate(3)
    snapshot = h.engine.snapshot()
    assert json.loads(json.dumps(snapshot)) == snapshot


def test_resuming_mid_exercise_starts_it_again_from_the_first_set_paused():
    h = session()
    h.engine.rate(2)
    h.run(22)  # plank, set 2
    r = Harness.resume(through_json(h), PLAN)
    state = r.state
    assert (state.phase, state.planned, state.set_number) == (P.GET_READY, PLANK, 1)
    assert state.paused and state.pause_reason == "restored"
    assert state.remaining_s == 5 and state.session_seconds == 22
    r.run(60)
    assert r.state.remaining_s == 5  # waits for the user
    r.engine.resume()
    r.run_until(P.REST)
    r.run_until(P.RATING_BEFORE)
    assert r.of(ExerciseFinished) == [ExerciseFinished("plank", 2, False, None, 22, 112)]


def test_resuming_keeps_ratings_outcomes_flares_and_times():
    h = session(rating_rest_s=5)
    h.engine.rate(2)
    h.run_until(P.RATING_BEFORE)  # plank done
    h.engine.rate(5)  # flare before the prone press
    h.engine.break_skip()
    h.engine.rate(3)
    h.run(8)  # bridge, reps set 1
    h.engine.pause()
    h.run(4)
    before = h.engine.summary()
    r = Harness.resume(through_json(h), PLAN)
    after = r.engine.summary()
    assert after == before
    assert r.engine.snapshot()["ratings"] == h.engine.snapshot()["ratings"]


def test_offsets_go_on_from_where_the_session_stopped():
    h = session()
    h.run(12)  # waiting for the rating before the plank
    r = Harness.resume(through_json(h), PLAN)
    r.clock.advance(3)
    r.engine.rate(4)
    assert r.of(RatingGiven)[-1].offset_s == 15


def test_resuming_in_a_break_shows_the_same_flare_and_choices():
    h = session()
    h.engine.rate(2)
    h.run(7)
    h.engine.rate(6)
    r = Harness.resume(through_json(h), PLAN, easier_lookup=EASIER)
    state = r.state
    assert state.phase is P.BREAK and not state.paused
    assert (state.flare.score, state.flare.baseline) == (6, 2)
    assert r.engine.break_rest()
    assert r.events[0].action == "rest"


def test_resuming_during_rest_and_rerate_asks_the_rerate_at_once():
    h = session()
    h.engine.rate(2)
    h.run(7)
    h.engine.rate(6)
    h.engine.break_rest()
    h.run(20)
    r = Harness.resume(through_json(h), PLAN)
    state = r.state
    assert (state.phase, state.rating_due, state.awaiting_rating) == (
        P.BREAK_REST,
        True,
        "re-rate",
    )
    r.engine.rate(3)
    assert (r.state.phase, r.state.set_number) == (P.GET_READY, 1)


def test_resuming_in_the_rest_after_an_exercise_goes_on_to_the_next_one():
    h = session()
    h.engine.rate(2)
    h.run(31)
    assert h.state.skip_action == "rest"
    r = Harness.resume(through_json(h), PLAN)
    state = r.state
    assert (state.phase, state.planned) == (P.RATING_BEFORE, PRONE_PRESS)
    assert r.engine.summary().done_ids == ("plank",)


@pytest.mark.parametrize(
    ("steps", "phase"),
    [((), P.BASELINE_RATING), ((2,), P.RATING_BEFORE), ((2, "end"), P.RATING_AFTER)],
)
def test_resuming_a_rating_asks_it_again(steps, phase):
    h = Harness(PLAN)
    h.engine.start()
    for step in steps:
        h.engine.end_early() if step == "end" else h.engine.rate(step)
    r = Harness.resume(through_json(h), PLAN)
    assert r.state.phase is phase and r.state.rating_due and not r.state.paused


def test_resuming_a_finished_session_stays_done():
    h = session()
    h.engine.end_early()
    h.engine.rate(1)
    r = Harness.resume(through_json(h), PLAN)
    assert r.state.phase is P.DONE
    assert r.engine.summary() == h.engine.summary()


def test_resuming_a_session_that_never_started_gives_a_fresh_one():
    h = Harness(PLAN)
    r = Harness.resume(through_json(h), PLAN)
    assert r.state.phase is P.NOT_STARTED
    assert r.engine.start()


def test_resuming_after_an_easier_variant_swaps_it_in_again():
    h = session()
    h.engine.rate(2)
    h.run_until(P.RATING_BEFORE)
    h.engine.rate(5)
    h.engine.break_easier()
    h.run(8)
    r = Harness.resume(through_json(h), PLAN, easier_lookup=EASIER)
    assert r.state.planned == STOMACH_LYING
    assert r.engine.summary().replaced == (("prone-press", "stomach-lying"),)


def test_resuming_after_an_easier_variant_needs_the_same_lookup():
    h = session()
    h.engine.rate(2)
    h.run_until(P.RATING_BEFORE)
    h.engine.rate(5)
    h.engine.break_easier()
    with pytest.raises(ValueError, match="cannot be found again"):
        Harness.resume(through_json(h), PLAN)


def test_resuming_refuses_a_snapshot_of_another_routine():
    h = session()
    with pytest.raises(ValueError, match="routine has changed"):
        Harness.resume(through_json(h), [PLANK, BRIDGE])


def _break(snapshot: dict, path: tuple, value) -> dict:
    broken = copy.deepcopy(snapshot)
    target = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return broken


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("version",), 2, "version"),
        (("plan_ids",), [], "plan_ids"),
        (("plan_ids",), "plank", "plan_ids"),
        (("index",), 9, "index"),
        (("index",), -1, "index"),
        (("phase",), "dancing", "phase"),
        (("baseline",), None, "baseline"),
        (("baseline",), 11, "baseline"),
        (("ratings", 0, "score"), 2.5, "score"),
        (("ratings", 0, "phase"), "later", "phase"),
        (("ratings", 0, "side"), "middle", "side"),
        (("ratings", 0, "offset_s"), float("inf"), "offset_s"),
        (("outcomes",), [[0, "plank", "maybe"]], "outcomes"),
        (("outcomes",), [[0, "plank"]], "outcomes"),
        (
            ("flares",),
            [{"exercise_id": "plank", "baseline": 2, "score": 5, "offset_s": 1, "action": "dance"}],
            "action",
        ),
        (("offset_s",), -1, "offset_s"),
        (("ended_early",), "no", "ended_early"),
        (("replacements",), [[0, "plank"]], "replacements"),
    ],
)
def test_resuming_refuses_a_damaged_snapshot_naming_the_field(path, value, message):
    h = session()
    h.engine.rate(2)
    h.run(7)
    broken = _break(through_json(h), path, value)
    with pytest.raises(ValueError, match=message):
        SessionEngine.resume_from(broken, PLAN, lambda: 0.0)


@pytest.mark.parametrize("data", [None, [], "snapshot", 3])
def test_resuming_refuses_what_is_not_a_snapshot(data):
    with pytest.raises(ValueError, match="snapshot"):
        SessionEngine.resume_from(data, PLAN, lambda: 0.0)


def test_a_session_resumed_from_any_moment_runs_to_the_end():
    h = session(rating_rest_s=5)
    snapshots = []
    h.engine.add_listener(
        lambda e: snapshots.append(h.engine.snapshot()) if isinstance(e, PhaseChanged) else None
    )
    h.engine.rate(2)
    h.run(7)
    h.engine.rate(5)
    h.engine.break_rest()
    drive_to_done(h)
    assert len(snapshots) > 15
    for snapshot in snapshots:
        r = Harness.resume(json.loads(json.dumps(snapshot)), PLAN, easier_lookup=EASIER)
        drive_to_done(r)
        assert r.engine.summary().total_seconds >= snapshot["offset_s"]


def test_resuming_mid_exercise_without_a_get_ready_waits_paused_at_the_first_set():
    h = session(get_ready_s=0)
    h.engine.rate(2)
    h.run(3)
    r = Harness.resume(through_json(h), PLAN, get_ready_s=0)
    state = r.state
    assert (state.phase, state.paused, state.remaining_s) == (P.WORK, True, 10)
    r.engine.resume()
    assert r.run(10).phase is P.REST


def test_resuming_refuses_a_rest_after_the_last_exercise():
    h = session()
    broken = through_json(h)
    broken.update(phase="rest", index=2, rest_after_exercise=True)
    with pytest.raises(ValueError, match="last exercise"):
        SessionEngine.resume_from(broken, PLAN, lambda: 0.0)
