"""The tempo the figure follows: eased, looped, one loop per rep at the dose's tempo."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from backcoach.domain.catalog import Dose
from backcoach.domain.session.slots import SECONDS_PER_REP, Slots
from backcoach.ui.widgets.motion_timing import (
    CALM,
    into_position,
    path_position,
    phase_position,
    rep_tempo,
    still_for_ms,
)


@given(hold=st.integers(min_value=0, max_value=60), reps=st.integers(min_value=1, max_value=30))
def test_a_loop_is_one_rep_at_the_doses_tempo(hold, reps):
    """reps loops take exactly as long as the session counts for the set."""
    tempo = rep_tempo(hold)
    dose = Dose(sets=1, rest_s=0, per_side=False, hold_s=hold or None, reps=reps)
    assert reps * tempo.cycle_ms == Slots(dose).expected_set_s() * 1000
    assert tempo.cycle_ms == (SECONDS_PER_REP + hold) * 1000


def test_path_out_hold_back_rest():
    tempo = rep_tempo(3)
    assert path_position(0, tempo) == (0.0, True)
    assert 0.45 < path_position(1000, tempo)[0] < 0.55  # half way out
    assert path_position(2000, tempo) == (1.0, False)  # the hold
    assert path_position(4999, tempo) == (1.0, False)
    assert 0.45 < path_position(6000, tempo)[0] < 0.55  # half way back
    assert path_position(7000, tempo)[0] == 0.0  # next rep starts
    assert path_position(7000 + 2000, tempo)[0] == 1.0


@given(st.floats(min_value=0, max_value=60_000))
def test_position_is_always_on_the_path(elapsed):
    for tempo in (CALM, rep_tempo(0), rep_tempo(5), into_position(1500)):
        p, _ = path_position(elapsed, tempo)
        assert 0.0 <= p <= 1.0


@given(st.floats(min_value=0, max_value=20_000))
def test_the_player_sleeps_exactly_while_still(elapsed):
    tempo = CALM
    p, moving = path_position(elapsed, tempo)
    still = still_for_ms(elapsed, tempo)
    assert (still == 0.0) == moving
    if not moving:
        assert still is not None and still > 0
        # still the whole time it sleeps
        assert path_position(elapsed + still * 0.99, tempo)[0] == p


def test_into_position_moves_once_then_stays():
    tempo = into_position(2000)
    assert path_position(0, tempo)[0] == 0.0
    assert path_position(2000, tempo) == (1.0, False)
    assert path_position(60_000, tempo) == (1.0, False)
    assert still_for_ms(3000, tempo) is None


def test_easing_starts_and_stops_gently():
    tempo = rep_tempo(0)
    first = path_position(33, tempo)[0]
    middle = path_position(1000 + 33, tempo)[0] - path_position(1000, tempo)[0]
    assert first < middle / 5


def test_phase_positions():
    assert phase_position("rest", 0.7) == 0.0
    assert phase_position("hold", 0.2) == 1.0
    assert phase_position("out", 1.0) == 1.0
    assert phase_position("back", 0.0) == 1.0
