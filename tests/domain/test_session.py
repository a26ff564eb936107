"""The session engine: the walk through a routine, its timing, and the user's intents.

Flares (the 2-point rule) are in test_session_flare.py, crash recovery in
test_session_snapshot.py and random sequences in test_session_properties.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from test_session_support import Harness, planned

from backcoach.domain.records import Flare, Rating
from backcoach.domain.session import (
    Cue,
    ExerciseFinished,
    ManualClock,
    PauseChanged,
    Phase,
    PhaseChanged,
    RatingGiven,
    SessionEngine,
    suspend_aware_clock,
)
from backcoach.domain.vocabulary import ENGINE_FLARE_ACTIONS, SESSION_RATING_PHASES

P = Phase
PLANK = planned("plank", hold_s=10, sets=2, rest_s=5)
SIDE_PLANK = planned("side-plank", hold_s=4, sets=2, rest_s=3, per_side=True)
BRIDGE = planned("bridge", reps=5, sets=2, rest_s=2)


def drive_to_done(h: Harness, *, before: int = 2, after: int = 1, reps_s: float = 10) -> None:
    """Play the user: rate when asked, say 'done' after ``reps_s`` of reps, else wait."""
    for _ in range(10_000):
        state = h.state
        if state.phase is P.DONE:
            return
        if state.phase is P.RATING_BEFORE:
            h.engine.rate(before)
        elif state.phase is P.RATING_AFTER:
            h.engine.rate(after)
        elif state.phase is P.WORK and state.rep_based and state.elapsed_s >= reps_s:
            h.engine.reps_done()
        else:
            h.run(0.25)
    raise AssertionError("the session never ended")


# -- a whole routine ---------------------------------------------------------------------


def test_a_routine_of_hold_per_side_and_reps_exercises_passes_every_phase_on_schedule():
    h = Harness([PLANK, SIDE_PLANK, BRIDGE])
    h.start(baseline=2)
    drive_to_done(h)
    assert h.changes() == [
        (P.BASELINE_RATING, 0),
        (P.RATING_BEFORE, 0),
        # plank: 2 sets of a 10 s hold, 5 s rest, then 5 s rest before the next exercise
        (P.GET_READY, 0),
        (P.WORK, 5),
        (P.REST, 15),
        (P.WORK, 20),
        (P.REST, 30),
        (P.RATING_BEFORE, 35),
        # side plank: 2 sets of 4 s each side, sides switched, 3 s rests
        (P.GET_READY, 35),
        (P.WORK, 40),
        (P.SWITCH_SIDE, 44),
        (P.WORK, 49),
        (P.REST, 53),
        (P.WORK, 56),
        (P.SWITCH_SIDE, 60),
        (P.WORK, 65),
        (P.REST, 69),
        (P.RATING_BEFORE, 72),
        # bridge: 2 sets of reps, each ended by the user after 10 s, 2 s rest
        (P.GET_READY, 72),
        (P.WORK, 77),
        (P.REST, 87),
        (P.WORK, 89),
        (P.RATING_AFTER, 99),
        (P.DONE, 99),
    ]


def test_each_finished_exercise_is_reported_once_per_side_with_its_sets():
    h = Harness([PLANK, SIDE_PLANK, BRIDGE])
    h.start()
    drive_to_done(h)
    assert h.of(ExerciseFinished) == [
        ExerciseFinished("plank", 2, False, None, 0, 30),
        ExerciseFinished("side-plank", 2, False, "left", 35, 69),
        ExerciseFinished("side-plank", 2, False, "right", 35, 69),
        ExerciseFinished("bridge", 2, False, None, 72, 99),
    ]


def test_summary_gives_time_exercised_exercises_and_pain_before_after_and_highest():
    h = Harness([PLANK, SIDE_PLANK, BRIDGE])
    h.start(baseline=4)
    h.run_until(P.RATING_BEFORE)
    h.engine.rate(3)
    h.run_until(P.REST)
    h.engine.rate(5)  # during the plank, after set 1
    drive_to_done(h, before=3, after=2)
    summary = h.engine.summary()
    assert summary.work_seconds == 20 + 4 * 4 + 20
    assert summary.total_seconds == 99
    assert summary.paused_seconds == 0
    assert summary.done_ids == ("plank", "side-plank", "bridge")
    assert summary.skipped_ids == ()
    assert summary.exercises_total == 3
    assert (summary.baseline, summary.after, summary.highest_during) == (4, 2, 5)
    assert summary.change == -2
    assert summary.flares == ()
    assert not summary.ended_early


def test_state_shows_set_side_and_countdown_of_a_per_side_exercise():
    h = Harness([SIDE_PLANK])
    h.start()
    h.engine.rate(2)
    state = h.state
    assert (state.phase, state.set_number, state.sets_total, state.side) == (
        P.GET_READY,
        1,
        2,
        "left",
    )
    assert state.planned == SIDE_PLANK
    assert (state.remaining_s, state.duration_s) == (5, 5)
    state = h.run(6)
    assert (state.phase, state.side, state.remaining_s, state.elapsed_s) == (P.WORK, "left", 3, 1)
    state = h.run(4)
    assert (state.phase, state.set_number, state.side) == (P.SWITCH_SIDE, 1, "right")
    state = h.run(5)
    assert (state.phase, state.set_number, state.side) == (P.WORK, 1, "right")
    state = h.run(4)
    assert (state.phase, state.set_number, state.side) == (P.REST, 2, "left")
    assert not state.rep_based


def test_state_names_the_next_exercise_and_counts_exercises():
    h = Harness([PLANK, BRIDGE])
    h.engine.start()
    assert h.state.next_name == "Plank"
    h.engine.rate(2)
    state = h.state
    assert (state.index, state.total, state.next_name) == (0, 2, "Bridge")
    assert state.planned == PLANK
    h.engine.rate(2)
    state = h.run_until(P.RATING_BEFORE)
    assert (state.index, state.next_name, state.planned) == (1, None, BRIDGE)


def test_a_reps_set_counts_up_without_a_deadline_until_the_user_says_done():
    h = Harness([planned("bridge", reps=5, sets=1)])
    h.start()
    h.engine.rate(2)
    h.run(5)
    state = h.run(90)
    assert state.phase is P.WORK and state.rep_based and not state.held
    assert (state.remaining_s, state.duration_s, state.rep) == (None, None, None)
    assert state.elapsed_s == 90
    assert state.expected_s == 5 * 4
    assert h.engine.reps_done()
    assert h.state.phase is P.RATING_AFTER
    assert h.engine.summary().work_seconds == 90


def test_rests_of_zero_seconds_are_left_out():
    h = Harness(
        [planned("a", hold_s=2, sets=2, rest_s=0), planned("b", hold_s=2)],
        get_ready_s=0,
        rest_between_exercises_s=0,
    )
    h.start()
    h.engine.rate(2)
    drive_to_done(h)
    assert h.phases() == [
        *(P.BASELINE_RATING, P.RATING_BEFORE, P.WORK, P.WORK),
        *(P.RATING_BEFORE, P.WORK, P.RATING_AFTER, P.DONE),
    ]


def test_the_rest_between_exercises_can_be_set_for_the_whole_session():
    h = Harness(
        [planned("a", hold_s=2, rest_s=30), planned("b", hold_s=2)], rest_between_exercises_s=7
    )
    h.start()
    h.engine.rate(2)
    h.run_until(P.REST)
    assert h.state.duration_s == 7
    assert h.state.skip_action == "rest"


# -- time ---------------------------------------------------------------------------------


def test_pause_keeps_the_partial_second():
    h = Harness([PLANK])
    h.start()
    h.engine.rate(2)
    h.run(5)
    state = h.advance(6.6)
    assert state.remaining_s == pytest.approx(3.4)
    kept = state.remaining_s
    assert h.engine.pause()
    h.run(100)
    assert h.state.paused and h.state.remaining_s == kept
    assert h.engine.resume()
    assert h.state.remaining_s == kept
    h.advance(kept)
    assert h.state.phase is P.REST
    assert h.changes()[-1] == (P.REST, pytest.approx(5 + 6.6 + 100 + 3.4))


def test_paused_time_counts_in_the_session_but_not_as_work():
    h = Harness([PLANK])
    h.start()
    h.engine.rate(2)
    h.run(7)
    h.engine.pause()
    h.run(50)
    h.engine.resume()
    h.run(1)
    summary = h.engine.summary()
    assert summary.work_seconds == 3
    assert summary.paused_seconds == 50
    assert summary.total_seconds == 58


def test_toggle_pause_pauses_and_resumes():
    h = Harness([PLANK])
    h.start()
    assert h.engine.toggle_pause() and h.engine.paused
    assert h.engine.toggle_pause() and not h.engine.paused
    assert [(e.paused, e.reason) for e in h.of(PauseChanged)] == [(True, "user"), (False, None)]


def test_a_late_tick_places_the_next_phase_at_its_scheduled_time():
    h = Harness([PLANK])
    h.start()
    h.engine.rate(2)
    state = h.advance(10)  # one tick, 5 s after get-ready ended
    assert state.phase is P.WORK
    assert state.elapsed_s == 5 and state.remaining_s == 5
    assert h.changes()[-1] == (P.WORK, 5)


def test_a_late_tick_runs_through_several_overdue_phases_on_schedule():
    h = Harness([planned("short", hold_s=4, sets=2, rest_s=5)])
    h.start()
    h.engine.rate(2)
    state = h.advance(12)
    assert h.changes()[-3:] == [(P.GET_READY, 0), (P.WORK, 5), (P.REST, 9)]
    assert state.phase is P.REST and state.remaining_s == 2


def test_overdue_cues_are_sent_in_order_with_their_scheduled_time_and_lateness():
    h = Harness([PLANK])
    h.start()
    h.engine.rate(2)
    h.clear()
    h.advance(8)
    cues = [(c.kind, c.offset_s, c.late_s) for c in h.of(Cue)]
    assert cues == [
        ("countdown-3", 2, 6),
        ("countdown-2", 3, 5),
        ("countdown-1", 4, 4),
        ("start", 5, 3),
    ]


def test_a_gap_longer_than_the_suspend_threshold_pauses_where_the_user_left():
    h = Harness([PLANK])
    h.start()
    h.engine.rate(2)
    h.run(7)
    state = h.advance(60)  # the laptop slept for a minute
    assert state.paused and state.pause_reason == "suspend"
    assert (state.phase, state.remaining_s) == (P.WORK, 8)
    assert h.of(PauseChanged)[-1] == PauseChanged(True, "suspend", 7)
    h.engine.resume()
    h.run(8)
    assert h.changes()[-1] == (P.REST, 75)


def test_a_gap_within_the_suspend_threshold_is_caught_up_not_paused():
    h = Harness([planned("long", hold_s=30)], suspend_after_s=15)
    h.start()
    h.engine.rate(2)
    state = h.advance(15)
    assert not state.paused and state.phase is P.WORK and state.elapsed_s == 10


def test_suspend_detection_can_be_turned_off():
    h = Harness([PLANK], suspend_after_s=None)
    h.start()
    h.engine.rate(2)
    state = h.advance(60)
    assert not state.paused and state.phase is P.RATING_AFTER


def test_waiting_long_for_a_rating_is_not_taken_for_a_suspend():
    h = Harness([PLANK])
    h.start()
    state = h.advance(600)
    assert state.phase is P.RATING_BEFORE and not state.paused


def test_a_clock_that_goes_back_is_held_still():
    h = Harness([PLANK])
    h.start()
    h.engine.rate(2)
    h.run(3)
    h.clock.now -= 2
    state = h.engine.tick()
    assert state.session_seconds == 3 and state.elapsed_s == 3


def test_due_in_says_when_the_next_cue_or_phase_change_falls():
    h = Harness([PLANK])
    h.start()
    h.engine.rate(2)
    assert h.engine.due_in() == 2  # countdown-3 of the 5 s get-ready
    h.clock.advance(0.5)
    assert h.engine.due_in() == 1.5
    h.engine.pause()
    assert h.engine.due_in() is None


# -- cues and events ----------------------------------------------------------------------


def test_events_of_a_short_session_arrive_in_order_with_offsets_since_the_start():
    h = Harness([planned("plank", hold_s=4)], get_ready_s=3)
    h.engine.start()
    h.engine.rate(2)
    h.run(1)
    h.engine.rate(3)
    h.run(8)
    h.engine.rate(1)
    assert h.events == [
        PhaseChanged(P.NOT_STARTED, P.BASELINE_RATING, 0),
        RatingGiven("baseline", 2, None, None, None, 0),
        PhaseChanged(P.BASELINE_RATING, P.RATING_BEFORE, 0),
        RatingGiven("before", 3, "plank", None, None, 1),
        PhaseChanged(P.RATING_BEFORE, P.GET_READY, 1),
        Cue("get-ready", 1),
        Cue("countdown-2", 2),
        Cue("countdown-1", 3),
        PhaseChanged(P.GET_READY, P.WORK, 4),
        Cue("start", 4),
        Cue("countdown-3", 5),
        Cue("countdown-2", 6),
        Cue("rate", 6),  # the during-rating: the middle of the only hold
        Cue("countdown-1", 7),
        ExerciseFinished("plank", 1, False, None, 1, 8),
        Cue("done", 8),
        PhaseChanged(P.WORK, P.RATING_AFTER, 8),
        Cue("finished", 8),
        RatingGiven("after", 1, None, None, None, 9),
        PhaseChanged(P.RATING_AFTER, P.DONE, 9),
    ]


def test_cues_mark_halfway_of_long_holds_switch_side_and_rest():
    h = Harness([planned("side-plank", hold_s=20, per_side=True, sets=2, rest_s=10)])
    h.start()
    h.engine.rate(2)
    h.run(71)
    kinds = [c.kind for c in h.of(Cue) if not c.kind.startswith("countdown")]
    assert kinds == [
        "get-ready",
        "start",
        "halfway",
        "switch-side",
        "start",
        "halfway",
        "rest",
        "rate",
        "start",
        "halfway",
    ]


def test_listeners_see_the_state_after_the_change_and_may_call_intents():
    h = Harness([PLANK])
    seen = []

    def listener(event):
        if isinstance(event, RatingGiven):
            seen.append((event.phase, h.engine.phase))
        if isinstance(event, Cue) and event.kind == "start":
            h.engine.pause()  # e.g. a view that stops here

    h.engine.add_listener(listener)
    h.start()
    h.engine.rate(2)
    assert seen == [("baseline", P.RATING_BEFORE), ("before", P.GET_READY)]
    state = h.run(10)
    assert state.paused and state.phase is P.WORK and state.elapsed_s == 0
    assert isinstance(h.events[-1], PauseChanged)
    h.engine.remove_listener(listener)


# -- skip, back, end ----------------------------------------------------------------------


def test_skip_reports_the_exercise_skipped_with_the_sets_done_and_moves_on():
    h = Harness([PLANK, BRIDGE])
    h.start()
    h.engine.rate(2)
    h.run(22)  # into set 2
    assert h.engine.skip()
    assert h.of(ExerciseFinished) == [ExerciseFinished("plank", 1, True, None, 0, 22)]
    assert h.state.phase is P.RATING_BEFORE and h.state.index == 1
    # Begun, then skipped: partly done (its time counts), not "skipped".
    assert h.engine.summary().partly_ids == ("plank",)
    assert h.engine.summary().skipped_ids == ()


def test_skip_before_rating_skips_the_exercise_without_starting_it():
    h = Harness([PLANK, BRIDGE])
    h.start()
    assert h.state.skip_action == "exercise"
    assert h.engine.skip()
    assert h.state.planned == BRIDGE
    assert h.of(ExerciseFinished)[-1].sets_done == 0


def test_skip_in_the_rest_after_an_exercise_only_ends_the_rest():
    h = Harness([planned("a", hold_s=2, rest_s=30), BRIDGE])
    h.start()
    h.engine.rate(2)
    h.run_until(P.REST)
    assert h.engine.skip()
    assert h.state.phase is P.RATING_BEFORE and h.state.planned == BRIDGE
    assert h.engine.summary().done_ids == ("a",)


def test_skip_rest_cuts_a_rest_between_sets_short():
    h = Harness([PLANK])
    h.start()
    h.engine.rate(2)
    h.run(16)
    assert h.state.phase is P.REST and h.state.skip_action == "exercise"
    assert h.engine.skip_rest()
    assert h.state.phase is P.WORK and h.state.set_number == 2
    assert h.changes()[-1] == (P.WORK, 16)


def test_skipping_the_last_exercise_asks_the_rating_after():
    h = Harness([PLANK])
    h.start()
    h.engine.rate(2)
    h.engine.skip()
    assert h.state.phase is P.RATING_AFTER and not h.state.ended_early


def test_back_soon_after_an_exercise_began_goes_to_the_previous_one():
    h = Harness([planned("a", hold_s=10), planned("b", hold_s=10)], rest_between_exercises_s=0)
    h.start()
    h.engine.rate(2)
    h.run_until(P.RATING_BEFORE)
    h.engine.rate(2)
    h.run(2)
    assert h.engine.back()
    state = h.state
    assert (state.phase, state.planned.exercise_id, state.set_number) == (P.GET_READY, "a", 1)
    assert [e.exercise_id for e in h.of(ExerciseFinished)] == ["a"]  # b is not reported


def test_back_later_in_an_exercise_restarts_it_from_the_first_set():
    h = Harness([planned("a", hold_s=10), PLANK])
    h.start()
    h.engine.rate(2)
    h.run_until(P.RATING_BEFORE)
    h.engine.rate(2)
    h.run(22)  # plank set 2
    assert h.engine.back()
    state = h.state
    assert (state.phase, state.planned, state.set_number) == (P.GET_READY, PLANK, 1)


def test_back_from_the_rating_before_goes_to_the_previous_exercise():
    h = Harness([planned("a", hold_s=10), PLANK])
    h.start()
    h.engine.rate(2)
    h.run_until(P.RATING_BEFORE)
    assert h.state.can_go_back
    assert h.engine.back()
    assert h.state.planned.exercise_id == "a" and h.state.phase is P.GET_READY


def test_back_on_the_first_exercise_restarts_it_and_is_refused_before_it_began():
    h = Harness([PLANK])
    h.start()
    assert not h.state.can_go_back and not h.engine.back()
    h.engine.rate(2)
    h.run(1)
    assert h.engine.back()
    assert h.changes()[-1] == (P.GET_READY, 1)


def test_an_exercise_done_once_stays_done_if_repeated_and_skipped():
    h = Harness([planned("a", hold_s=2, rest_s=10), PLANK])
    h.start()
    h.engine.rate(2)
    h.run_until(P.REST)
    h.engine.back()  # do "a" again
    h.engine.skip()
    assert h.engine.summary().done_ids == ("a",)
    assert h.engine.summary().skipped_ids == ()


def test_end_early_reports_the_running_exercise_then_asks_the_rating_after():
    h = Harness([PLANK, BRIDGE])
    h.start()
    h.engine.rate(2)
    h.run(17)
    assert h.engine.end_early()
    assert h.of(ExerciseFinished) == [ExerciseFinished("plank", 1, True, None, 0, 17)]
    assert h.state.phase is P.RATING_AFTER and h.state.ended_early
    h.engine.rate(2)
    summary = h.engine.summary()
    assert summary.ended_early and summary.partly_ids == ("plank",) and summary.after == 2
    assert "finished" not in [c.kind for c in h.of(Cue)]


def test_end_early_in_the_rating_after_finishes_without_it():
    h = Harness([PLANK])
    h.start()
    h.engine.end_early()
    assert h.engine.end_early()
    assert h.state.phase is P.DONE and h.engine.summary().after is None


def test_end_early_before_the_baseline_finishes_at_once():
    h = Harness([PLANK])
    h.engine.start()
    h.engine.end_early()
    assert h.state.phase is P.DONE
    assert h.engine.summary().baseline is None


def test_end_early_while_paused_ends_unpaused_with_the_pause_counted():
    h = Harness([PLANK])
    h.start()
    h.engine.rate(2)
    h.engine.pause()
    h.run(30)
    h.engine.end_early()
    h.engine.end_early()
    state, summary = h.state, h.engine.summary()
    assert state.phase is P.DONE and not state.paused
    assert summary.total_seconds == 30 and summary.paused_seconds == 30
    h.run(100)
    assert h.engine.summary().total_seconds == 30


def test_intents_that_do_not_fit_the_phase_do_nothing():
    h = Harness([PLANK])
    engine = h.engine
    for intent in (engine.pause, engine.resume, engine.skip, engine.back, engine.end_early):
        assert not intent()
    assert not engine.rate(3)
    engine.start()
    assert not engine.start()
    for intent in (
        engine.reps_done,
        engine.skip,
        engine.skip_rest,
        engine.back,
        engine.break_rest,
        engine.break_easier,
        engine.break_skip,
        engine.break_end,
        engine.resume,
    ):
        assert not intent(), intent.__name__
    engine.rate(2)
    engine.rate(2)
    h.run(6)
    assert not engine.reps_done()  # a hold is not ended by 'done'
    assert h.state.phase is P.WORK
    assert h.phases() == [P.BASELINE_RATING, P.RATING_BEFORE, P.GET_READY, P.WORK]


def test_a_rating_in_the_rest_between_exercises_is_taken_and_the_rest_goes_on():
    h = Harness([planned("a", hold_s=2, rest_s=10), PLANK])
    h.start()
    h.engine.rate(2)
    h.engine.rate(2)
    state = h.run_until(P.REST)
    assert state.awaiting_rating == "during"
    assert h.engine.rate(3)
    assert h.state.phase is P.REST  # below the break line: the countdown carries on
    assert h.engine.summary().highest_during == 3


@pytest.mark.parametrize(
    "options",
    [
        {"get_ready_s": -1},
        {"switch_side_s": "5"},
        {"rating_rest_s": True},
        {"suspend_after_s": 0},
        {"threshold": 0},
        {"care_level": 11},
        {"rest_between_exercises_s": float("nan")},
    ],
)
def test_bad_options_are_refused(options):
    with pytest.raises(ValueError):
        SessionEngine([PLANK], lambda: 0.0, **options)


def test_an_empty_plan_is_refused():
    with pytest.raises(ValueError, match="at least one exercise"):
        SessionEngine([], lambda: 0.0)


# -- the during-rating prompt -------------------------------------------------------------


def test_the_during_rating_falls_due_at_the_middle_of_a_single_hold_without_stopping_it():
    h = Harness([planned("plank", hold_s=10)])
    h.start()
    h.engine.rate(2)
    assert not h.run(9.75).during_rating_due
    state = h.run(0.25)
    assert state.during_rating_due and state.rating_due and state.awaiting_rating == "during"
    h.run(1)
    assert h.engine.rate(3)
    assert h.of(RatingGiven)[-1] == RatingGiven("during", 3, "plank", 1, None, 11)
    state = h.state
    assert (state.phase, state.remaining_s, state.paused) == (P.WORK, 4, False)
    assert not state.during_rating_due


def test_the_during_rating_falls_due_after_the_first_of_several_sets_and_goes_away():
    h = Harness([planned("plank", hold_s=10, sets=3, rest_s=5)])
    h.start()
    h.engine.rate(2)
    assert not h.run(14.75).during_rating_due
    assert h.run(0.25).during_rating_due  # rest after set 1
    assert h.run(10).during_rating_due  # still up during set 2
    state = h.run(5)  # set 2 ended unanswered
    assert state.phase is P.REST and not state.during_rating_due
    assert not h.run(20).during_rating_due


def test_a_during_rating_in_the_rest_is_about_the_set_just_done():
    h = Harness([planned("plank", hold_s=10, sets=2, rest_s=5)])
    h.start()
    h.engine.rate(2)
    h.run(16)
    h.engine.rate(3)
    assert h.of(RatingGiven)[-1] == RatingGiven("during", 3, "plank", 1, None, 16)


def test_the_during_rating_of_one_set_on_each_side_falls_due_at_the_switch():
    h = Harness([planned("side-plank", hold_s=10, per_side=True)])
    h.start()
    h.engine.rate(2)
    assert not h.run(14.75).during_rating_due
    state = h.run(0.25)
    assert state.phase is P.SWITCH_SIDE and state.during_rating_due
    h.engine.rate(4)
    assert h.of(RatingGiven)[-1] == RatingGiven("during", 4, "side-plank", 1, "left", 15)


def test_the_during_rating_of_a_single_reps_set_falls_due_at_half_its_expected_time():
    h = Harness([planned("bridge", reps=5)])  # expected 5 × 4 s = 20 s
    h.start()
    h.engine.rate(2)
    assert not h.run(14.75).during_rating_due
    assert h.run(0.25).during_rating_due


def test_a_rating_volunteered_during_an_exercise_is_taken_and_answers_the_prompt():
    h = Harness([planned("plank", hold_s=10, sets=2, rest_s=5)])
    h.start()
    h.engine.rate(2)
    h.run(7)
    assert not h.state.during_rating_due and h.state.awaiting_rating == "during"
    assert h.engine.rate(3)
    assert not h.run(10).during_rating_due


def test_skipping_a_per_side_exercise_reports_the_sets_done_on_each_side():
    h = Harness([planned("side-plank", hold_s=4, sets=2, rest_s=3, per_side=True)])
    h.start()
    h.engine.rate(2)
    h.run(14)  # set 1 left done, switched, 1 s into set 1 right
    h.engine.skip()
    assert [(e.side, e.sets_done, e.skipped) for e in h.of(ExerciseFinished)] == [
        ("left", 1, True),
        ("right", 0, True),
    ]


def test_rating_phases_and_flare_actions_are_words_the_stored_records_accept():
    at = datetime(2024, 5, 1, tzinfo=UTC)
    for phase in SESSION_RATING_PHASES:
        assert Rating(3, phase.value, None, at, 0.0).phase is phase
    for action in ENGINE_FLARE_ACTIONS:
        assert Flare(None, at, 2, 5, action.value).action is action


def test_the_manual_clock_moves_only_forward():
    clock = ManualClock(start=10)
    clock.advance(2.5)
    assert clock() == 12.5
    with pytest.raises(ValueError):
        clock.advance(-1)


def test_the_suspend_aware_clock_is_monotonic():
    clock = suspend_aware_clock()
    first = clock()
    assert clock() >= first
