"""What the clinician report summarises: the routine against the sessions, pain rises."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from tests.domain.test_progress import make_session

from backcoach.domain import pain_rises
from backcoach.domain.catalog import Dose
from backcoach.domain.progress import FlareEvent
from backcoach.domain.routine_adherence import adherence
from backcoach.domain.routines import Routine, RoutineItem

DAY = date(2025, 3, 3)


def _routine() -> Routine:
    dose = Dose(sets=2, rest_s=30, per_side=False, reps=8)
    return Routine(
        "r",
        "Mine",
        (RoutineItem("prone-press", dose), RoutineItem("knee-to-chest", dose)),
    )


def test_adherence_counts_sessions_done_and_sets_against_the_prescription() -> None:
    sessions = [
        make_session(DAY + timedelta(days=n), 3, [("prone-press", None, [3])]) for n in range(3)
    ]
    [press, knee] = adherence(_routine(), sessions)
    assert (press.sessions, press.done, press.skipped) == (3, 3, 0)
    assert press.sets_prescribed == 6
    assert (knee.done, knee.sets_done, knee.sets_prescribed) == (0, 0, 6)


events = st.lists(
    st.builds(
        FlareEvent,
        day=st.dates(DAY, DAY + timedelta(days=60)),
        exercise_id=st.sampled_from(["a", "b", "c", None]),
        baseline=st.integers(0, 5),
        score=st.integers(6, 10),
        action=st.sampled_from(["rest", "easier", "skip", "end", "continue"]),
    ),
    max_size=60,
)


@given(events)
def test_the_summary_accounts_for_every_rise_and_lists_the_largest(found) -> None:
    groups = pain_rises.per_exercise(found)
    assert sum(g.count for g in groups) == len(found)
    largest = pain_rises.largest(found)
    assert len(largest) == min(len(found), pain_rises.LARGEST_SHOWN)
    if found:
        top = max(pain_rises.rise(e) for e in found)
        assert pain_rises.rise(largest[0]) == top
        assert all(g.largest <= top for g in groups)
