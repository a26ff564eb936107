"""Where a day-by-day chart puts its date labels, and what they say.

One algorithm for the Progress charts on screen (``ui/charts/date_axis.py``) and the
report's printed chart (``services/report_chart.py``): the finest of days, weeks (on
Mondays), months or years that leaves room for the labels ("5 Mar", "Jan 2025", "2025").
Each caller says what "room" means (pixels on screen, a count of ticks on paper).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum


class Unit(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True, slots=True)
class TickStep:
    unit: Unit
    every: int
    """Days for DAY and WEEK (7 or 14), months for MONTH, years for YEAR."""
    label_ems: int
    """About how wide its labels are, in widths of "M"."""

    @property
    def approx_days(self) -> float:
        """The distance between two ticks, in days (months and years on average)."""
        if self.unit is Unit.MONTH:
            return self.every * 30.4
        if self.unit is Unit.YEAR:
            return self.every * 365.25
        return float(self.every)


STEPS = (
    TickStep(Unit.DAY, 1, 9),
    TickStep(Unit.DAY, 2, 6),
    TickStep(Unit.WEEK, 7, 6),
    TickStep(Unit.WEEK, 14, 6),
    TickStep(Unit.MONTH, 1, 8),
    TickStep(Unit.MONTH, 2, 8),
    TickStep(Unit.MONTH, 3, 8),
    TickStep(Unit.MONTH, 6, 8),
    TickStep(Unit.YEAR, 1, 4),
    TickStep(Unit.YEAR, 2, 4),
    TickStep(Unit.YEAR, 5, 4),
)
"""From the finest to the coarsest."""


def choose_step(fits: Callable[[TickStep], bool]) -> TickStep:
    """The finest step that ``fits``, else the coarsest."""
    return next((step for step in STEPS if fits(step)), STEPS[-1])


def step_for_count(span_days: float, max_ticks: int) -> TickStep:
    """The finest step that puts at most ``max_ticks`` ticks on ``span_days`` days."""
    return choose_step(lambda step: span_days / step.approx_days <= max_ticks)


def _months_from(first: date, last: date, every: int) -> list[date]:
    """First days of months from ``first`` to ``last``, months counted from year 0 so
    that "every 3 months" always means January, April, July and October."""
    month_index = first.year * 12 + first.month - 1
    month_index += -month_index % every
    found: list[date] = []
    while True:
        day = date(month_index // 12, month_index % 12 + 1, 1)
        if day > last:
            return found
        if day >= first:
            found.append(day)
        month_index += every


def tick_days(first: date, last: date, step: TickStep) -> list[date]:
    """The days from ``first`` to ``last`` (both included) that get a tick."""
    if step.unit is Unit.DAY:
        origin = first.toordinal() - first.toordinal() % step.every
        days = (date.fromordinal(o) for o in range(origin, last.toordinal() + 1, step.every))
        return [d for d in days if first <= d <= last]
    if step.unit is Unit.WEEK:
        monday = first - timedelta(days=first.weekday())
        days = (monday + timedelta(days=n) for n in range(0, (last - monday).days + 1, step.every))
        return [d for d in days if d >= first]
    if step.unit is Unit.MONTH:
        return _months_from(first, last, step.every)
    years = range(first.year + (first.month > 1 or first.day > 1), last.year + 1)
    return [date(y, 1, 1) for y in years if y % step.every == 0]


def tick_label(day: date, step: TickStep, first: bool, *, weekday: bool = True) -> str:
    """The label of a tick; ``first`` for the leftmost one (a month there names its year),
    ``weekday`` to name the day of the week when every day has a tick."""
    if step.unit is Unit.DAY and step.every == 1 and weekday:
        return f"{day:%a} {day.day} {day:%b}"
    if step.unit in (Unit.DAY, Unit.WEEK):
        return f"{day.day} {day:%b}"
    if step.unit is Unit.MONTH:
        return f"{day:%b %Y}" if day.month == 1 or first else f"{day:%b}"
    return str(day.year)


def date_ticks(
    first: date, last: date, max_ticks: int = 8, *, weekday: bool = False
) -> list[tuple[date, str]]:
    """Tick days and their labels for at most ``max_ticks`` ticks from ``first`` to
    ``last`` (both included)."""
    step = step_for_count((last - first).days + 1, max_ticks)
    days = tick_days(first, last, step)
    return [(d, tick_label(d, step, i == 0, weekday=weekday)) for i, d in enumerate(days)]
