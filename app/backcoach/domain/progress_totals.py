"""Totals over a range and per calendar week: the Progress screen's summary and the report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from backcoach.domain.progress_consistency import activity_level
from backcoach.domain.progress_history import History, mean_or_none
from backcoach.domain.progress_series import Series, series

# -- totals and weeks (the screen's summary and the report) ----------------------------


@dataclass(frozen=True, slots=True)
class Totals:
    days: int
    active_days: int
    goal_days: int
    sessions: int
    session_minutes: float
    activity_minutes: float
    activities: int
    before: float | None
    after: float | None
    highest: int | None
    flares: int
    checkins: int

    @property
    def minutes(self) -> float:
        return self.session_minutes + self.activity_minutes

    @property
    def sessions_per_week(self) -> float:
        return self.sessions * 7 / self.days if self.days else 0.0


def series_totals(s: Series, activities: int, goal_min: int) -> Totals:
    """Totals of a series; ``activities`` is how many other activities it holds."""
    befores = [v for v in s.before if v is not None]
    afters = [v for v in s.after if v is not None]
    highs = [v for v in s.highest if v is not None]
    minutes = [a + b for a, b in zip(s.session_minutes, s.activity_minutes, strict=True)]
    return Totals(
        days=len(s.days),
        active_days=sum(
            1 for n, other in zip(s.sessions, s.activity_minutes, strict=True) if n or other > 0
        ),
        goal_days=sum(1 for m in minutes if activity_level(m, goal_min) == 3),
        sessions=sum(s.sessions),
        session_minutes=sum(s.session_minutes),
        activity_minutes=sum(s.activity_minutes),
        activities=activities,
        before=mean_or_none(befores),
        after=mean_or_none(afters),
        highest=max(highs) if highs else None,
        flares=sum(s.flares),
        checkins=sum(1 for c in s.checkins if c is not None),
    )


def totals(history: History, start: date, end: date, goal_min: int) -> Totals:
    s = series(history, start, end)
    return series_totals(s, len(history.activities_between(start, end)), goal_min)


@dataclass(frozen=True, slots=True)
class WeekSummary:
    start: date
    """Monday of the week, or the range's first day for a week cut by it."""
    end: date
    totals: Totals


def weekly(history: History, start: date, end: date, goal_min: int) -> list[WeekSummary]:
    """One summary per calendar week (Monday to Sunday), cut to the range."""
    weeks = []
    first = start
    while first <= end:
        last = min(end, first + timedelta(days=6 - first.weekday()))
        weeks.append(WeekSummary(first, last, totals(history, first, last, goal_min)))
        first = last + timedelta(days=1)
    return weeks
