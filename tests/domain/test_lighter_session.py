"""Today's lighter session after a worse morning (docs/clinical-rules.md, next-day check)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from backcoach.domain.catalog import Dose
from backcoach.domain.lighter_session import lighter_dose, lighter_routine
from backcoach.domain.routines import Routine, RoutineItem, check_dose

doses = st.builds(
    Dose,
    sets=st.integers(1, 10),
    rest_s=st.integers(0, 300),
    per_side=st.booleans(),
    hold_s=st.one_of(st.none(), st.integers(5, 300)),
    reps=st.one_of(st.none(), st.integers(1, 50)),
).filter(lambda d: d.hold_s is not None or d.reps is not None)


@given(doses)
def test_a_lighter_dose_is_never_more_and_always_still_a_valid_dose(dose):
    light = lighter_dose(dose)
    check_dose(light)
    assert 1 <= light.sets <= dose.sets and (light.sets < dose.sets or dose.sets == 1)
    assert (light.hold_s or 0) <= (dose.hold_s or 0)
    assert (light.reps or 0) <= (dose.reps or 0)
    assert light.per_side == dose.per_side and light.rest_s == dose.rest_s


def test_the_lighter_routine_keeps_the_exercises_and_names_itself():
    routine = Routine("mine", "My routine", (RoutineItem("plank", Dose(3, 30, False, hold_s=30)),))
    light = lighter_routine(routine)
    assert light.exercise_ids() == ("plank",) and light.id != routine.id
    assert light.name == "My routine (lighter today)"
    assert light.items[0].dose == Dose(2, 30, False, hold_s=20)
