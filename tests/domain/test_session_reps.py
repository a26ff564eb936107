"""Held reps follow a per-rep timeline; get ready fits the walk to the mat; more time;
the rating before the session is the first exercise's "before"."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st
from tests.domain.test_session_support import Harness, planned

from backcoach.domain.session import Cue, Phase, RatingGiven
from backcoach.domain.session.reps import MOVE_S, RELEASE_S

P = Phase


def _to_work(h: Harness) -> None:
    h.start()
    h.engine.rate(2)  # before the exercise
    h.run_until(P.WORK)


def test_a_held_rep_moves_holds_and_releases_with_a_counter_and_a_countdown():
    h = Harness([planned("bridge", reps=5, hold_s=5)])
    _to_work(h)
    state = h.run(0.5)
    assert state.held and state.rep is not None
    assert (state.rep.number, state.rep.total, state.rep.stage) == (1, 5, "move")
    state = h.run(MOVE_S + 1.5 - 0.5)  # 1.5 s into the first hold
    assert (state.rep.number, state.rep.stage) == (1, "hold")
    assert state.rep.stage_remaining_s == 3.5
    state = h.run(4.0)  # hold over: releasing
    assert state.rep.stage == "release" and state.rep.rep_progress > 0.5
    state = h.run(RELEASE_S)
    assert (state.rep.number, state.rep.stage) == (2, "move")
    # The set is timed: it ends by itself after the fifth release.
    assert state.duration_s == 5 * (MOVE_S + 5 + RELEASE_S)


def test_each_held_rep_gets_its_cues_on_time():
    h = Harness([planned("bridge", reps=3, hold_s=4)], get_ready_s=0)
    h.start()
    h.clear()
    h.engine.rate(2)
    h.run_until(P.RATING_AFTER)
    cues = [(c.kind, c.offset_s) for c in h.of(Cue) if c.kind in ("rep", "hold", "release")]
    rep_s = MOVE_S + 4 + RELEASE_S
    kinds = [k for k, _ in cues]
    assert kinds.count("rep") == 3 and kinds.count("hold") == 3
    assert kinds.count("release") == 3
    starts = [t for k, t in cues if k == "rep"]
    assert [round(b - a, 6) for a, b in itertools.pairwise(starts)] == [rep_s] * 2


def test_enter_still_ends_a_set_of_held_reps_early():
    h = Harness([planned("bridge", reps=5, hold_s=5, sets=2, rest_s=10)])
    _to_work(h)
    h.run(20)
    assert h.engine.reps_done()
    state = h.state
    assert state.phase is P.REST and state.rep is None


def test_plain_reps_stay_untimed():
    h = Harness([planned("curl", reps=10)])
    _to_work(h)
    state = h.run(200)
    assert state.phase is P.WORK and state.rep is None and state.remaining_s is None


@given(
    reps=st.integers(1, 12),
    hold=st.integers(1, 30),
    at=st.floats(0, 500, allow_nan=False),
)
def test_the_rep_counter_never_goes_past_the_dose(reps, hold, at):
    h = Harness([planned("bridge", reps=reps, hold_s=hold)], get_ready_s=0)
    h.start()
    h.engine.rate(2)
    state = h.advance(min(at, reps * (MOVE_S + hold + RELEASE_S) - 0.01))
    assert state.phase is P.WORK
    assert 1 <= state.rep.number <= reps
    assert 0.0 <= state.rep.progress <= 1.0 and 0.0 <= state.rep.rep_progress <= 1.0


def test_get_ready_is_longer_when_the_user_must_get_down_to_the_mat():
    plan = [
        planned("stand", hold_s=10, position="standing"),
        planned("lie", hold_s=10, position="lying"),
        planned("lie-too", hold_s=10, position="lying"),
    ]
    h = Harness(plan, get_ready_s=15, position_change_s=15, rest_between_exercises_s=0)
    lengths = []
    h.start()
    for _ in plan:
        h.engine.rate(2)
        lengths.append(h.run_until(P.GET_READY).duration_s)
        h.run_until(P.RATING_BEFORE if len(lengths) < 3 else P.RATING_AFTER)
    # From the computer to standing: no change; standing → floor: longer; floor → floor: not.
    assert lengths == [15, 30, 15]


def test_more_time_lengthens_the_get_ready_and_its_countdown():
    h = Harness([planned("bridge", hold_s=10)], get_ready_s=15)
    h.start()
    h.engine.rate(2)
    state = h.run(10)
    assert state.phase is P.GET_READY and state.can_more_time
    assert h.engine.more_time()
    state = h.state
    assert state.remaining_s == 20 and state.duration_s == 30
    h.clear()
    h.run(19.5)
    assert h.state.phase is P.GET_READY
    assert [c.kind for c in h.of(Cue)] == ["countdown-3", "countdown-2", "countdown-1"]
    assert h.run(0.5).phase is P.WORK
    assert not h.engine.more_time()  # nothing to lengthen during a hold


def test_the_rating_before_the_session_is_the_first_exercises_before():
    h = Harness([planned("a", hold_s=5), planned("b", hold_s=5)], baseline_counts_as_before=True)
    h.engine.start()
    h.engine.rate(3)
    assert h.state.phase is P.GET_READY  # no second pain question straight away
    h.run_until(P.RATING_BEFORE)  # the next exercise asks as usual
    assert [r.phase for r in h.of(RatingGiven)] == ["baseline"]
