"""Date ticks: one algorithm for the charts on screen and the printed report."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from backcoach.domain.date_ticks import (
    STEPS,
    TickStep,
    Unit,
    date_ticks,
    step_for_count,
    tick_days,
    tick_label,
)


def test_a_week_gets_a_tick_each_day_with_its_weekday_on_screen():
    first = date(2025, 3, 3)  # a Monday
    ticks = tick_days(first, first + timedelta(days=6), STEPS[0])
    assert ticks == [first + timedelta(days=n) for n in range(7)]
    assert tick_label(first, STEPS[0], True) == "Mon 3 Mar"
    assert date_ticks(first, first + timedelta(days=6))[0] == (first, "3 Mar")


def test_weeks_are_marked_on_mondays():
    ticks = date_ticks(date(2025, 3, 5), date(2025, 4, 30))
    assert [d.weekday() for d, _ in ticks] == [0] * len(ticks)
    # Two-week steps count from the Monday on or before the first day.
    assert ticks[0] == (date(2025, 3, 17), "17 Mar")


def test_months_name_their_year_in_january_and_at_the_left_edge():
    ticks = date_ticks(date(2024, 10, 15), date(2025, 3, 20))
    assert [t for _, t in ticks] == ["Nov 2024", "Dec", "Jan 2025", "Feb", "Mar"]


def test_every_third_month_is_always_january_april_july_october():
    step = TickStep(Unit.MONTH, 3, 8)
    ticks = tick_days(date(2024, 2, 10), date(2025, 2, 10), step)
    assert ticks == [date(2024, 4, 1), date(2024, 7, 1), date(2024, 10, 1), date(2025, 1, 1)]


def test_years_begin_on_the_first_of_january_in_range():
    ticks = date_ticks(date(2015, 1, 1), date(2025, 6, 1), max_ticks=12)
    assert ticks[0] == (date(2015, 1, 1), "2015") and ticks[-1] == (date(2025, 1, 1), "2025")


@given(
    first=st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    length=st.integers(0, 5000),
    max_ticks=st.integers(3, 20),
)
def test_ticks_lie_in_range_in_order_and_the_finest_step_that_fits_is_chosen(
    first, length, max_ticks
):
    last = first + timedelta(days=length)
    step = step_for_count(length + 1, max_ticks)
    days = tick_days(first, last, step)
    assert all(first <= d <= last for d in days) and days == sorted(set(days))
    finer = STEPS[: STEPS.index(step)]
    assert all((length + 1) / s.approx_days > max_ticks for s in finer)
