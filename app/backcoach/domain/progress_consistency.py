"""Consistency: streaks of active days, calendar shades and active days per month."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from backcoach.domain.progress_series import Series

# -- consistency -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Streaks:
    current: int
    longest: int


def streaks(active_days: Iterable[date], today: date) -> Streaks:
    """Runs of consecutive active days. The current run ends today, or yesterday while
    today has nothing yet (the day is not over, so the run is not broken)."""
    days = sorted(set(active_days))
    longest = run = 0
    previous: date | None = None
    current = 0
    for day in days:
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        longest = max(longest, run)
        previous = day
        if day in (today, today - timedelta(days=1)):
            current = run  # days after today (a clock set back) do not count
    return Streaks(current, longest)


LEVELS = 4
"""Calendar shades: 0 nothing, 1 under half the goal, 2 under the goal, 3 goal reached."""


def activity_level(minutes: float, goal_min: int) -> int:
    if minutes <= 0:
        return 0
    if goal_min <= 0 or minutes >= goal_min:
        return 3
    return 1 if minutes < goal_min / 2 else 2


@dataclass(frozen=True, slots=True)
class MonthActivity:
    year: int
    month: int
    active_days: int
    days: int
    """Days of this month inside the range asked for."""
    goal_days: int


def monthly(s: Series, goal_min: int) -> list[MonthActivity]:
    """Active days per calendar month (the calendar of the "all" range)."""
    found: dict[tuple[int, int], list[int]] = {}
    for day, sessions, done, other in zip(
        s.days, s.sessions, s.session_minutes, s.activity_minutes, strict=True
    ):
        counts = found.setdefault((day.year, day.month), [0, 0, 0])
        counts[1] += 1
        if sessions or other > 0:
            counts[0] += 1
        if activity_level(done + other, goal_min) == 3:
            counts[2] += 1
    return [MonthActivity(y, m, a, n, g) for (y, m), (a, n, g) in sorted(found.items())]
