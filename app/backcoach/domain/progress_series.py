"""Per-day series for the progress charts, and their grouping into weeks or months."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from backcoach.domain.progress_history import History, mean_or_none

AVERAGE_DAYS = 7


class Range(StrEnum):
    """The periods the Progress screen offers."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "3 months"
    YEAR = "year"
    ALL = "all"


RANGE_DAYS: dict[Range, int] = {Range.WEEK: 7, Range.MONTH: 30, Range.QUARTER: 91, Range.YEAR: 365}


def range_bounds(range_: Range, today: date, first_day: date | None = None) -> tuple[date, date]:
    """First and last day (inclusive) of ``range_`` ending today.

    "All" starts at the first day with any record, and covers at least a week.
    """
    if range_ is Range.ALL:
        start = today - timedelta(days=6)
        if first_day is not None and first_day < start:
            start = first_day
        return start, today
    return today - timedelta(days=RANGE_DAYS[range_] - 1), today


# -- series for the charts ----------------------------------------------------------------


def rolling_average(
    values: Sequence[float | None], window: int = AVERAGE_DAYS
) -> list[float | None]:
    """Mean of the values present in the ``window`` days ending on each day (None if none)."""
    out: list[float | None] = []
    total, count = 0.0, 0
    for index, value in enumerate(values):
        if value is not None:
            total += value
            count += 1
        if index >= window:
            gone = values[index - window]
            if gone is not None:
                total -= gone
                count -= 1
        out.append(total / count if count else None)
    return out


@dataclass(frozen=True, slots=True)
class Series:
    """Per-day lists from ``start`` to ``end`` (None where there is nothing to show)."""

    days: list[date]
    sessions: list[int]
    before: list[float | None]
    highest: list[int | None]
    after: list[float | None]
    average: list[float | None]
    flares: list[int]
    checkins: list[int | None]
    session_minutes: list[float]
    activity_minutes: list[float]

    def index(self, day: date) -> int | None:
        if not self.days or not self.days[0] <= day <= self.days[-1]:
            return None
        return (day - self.days[0]).days


def series(history: History, start: date, end: date) -> Series:
    lead = history.span(start - timedelta(days=AVERAGE_DAYS - 1), start - timedelta(days=1))
    span = history.span(start, end)
    average = rolling_average([d.before for d in lead + span])[len(lead) :]
    return Series(
        days=[d.day for d in span],
        sessions=[d.sessions for d in span],
        before=[d.before for d in span],
        highest=[d.highest for d in span],
        after=[d.after for d in span],
        average=average,
        flares=[d.flares for d in span],
        checkins=[d.checkin.score if d.checkin else None for d in span],
        session_minutes=[d.session_minutes for d in span],
        activity_minutes=[d.activity_minutes for d in span],
    )


class Bin(StrEnum):
    """How many days one mark or bar stands for: a day, a calendar week or month."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def bin_for(days: int) -> Bin:
    """Day by day up to three months; a year by weeks; longer spans by months (ten years
    of days would be four days to a pixel)."""
    if days <= RANGE_DAYS[Range.QUARTER]:
        return Bin.DAY
    if days <= 2 * RANGE_DAYS[Range.YEAR]:
        return Bin.WEEK
    return Bin.MONTH


@dataclass(frozen=True, slots=True)
class Binned:
    """Means over each bin's days (pain over the days that have it, minutes over all)."""

    bin: Bin
    starts: list[date]
    ends: list[date]
    before: list[float | None]
    highest: list[float | None]
    after: list[float | None]
    checkins: list[float | None]
    flares: list[int]
    session_minutes: list[float]
    activity_minutes: list[float]

    def find(self, day: date) -> int | None:
        index = bisect.bisect_right(self.starts, day) - 1
        if index < 0 or day > self.ends[index]:
            return None
        return index


def _bin_key(day: date, bin_: Bin) -> int:
    """A number shared by the days of one bin (cheap: this runs for every day shown)."""
    if bin_ is Bin.WEEK:
        return day.toordinal() - day.weekday()
    if bin_ is Bin.MONTH:
        return day.year * 12 + day.month
    return day.toordinal()


def binned(s: Series, bin_: Bin) -> Binned:
    """Group a series into days, calendar weeks (Monday first) or calendar months; the
    first and last bins are cut to the series' days."""
    groups: list[list[int]] = []
    key = None
    for index, day in enumerate(s.days):
        start = _bin_key(day, bin_)
        if start != key:
            groups.append([])
            key = start
        groups[-1].append(index)

    def mean(values: Sequence[float | None]) -> list[float | None]:
        return [mean_or_none([v for i in g if (v := values[i]) is not None]) for g in groups]

    def per_day(values: list[float]) -> list[float]:
        return [sum(values[i] for i in g) / len(g) for g in groups]

    return Binned(
        bin=bin_,
        starts=[s.days[g[0]] for g in groups],
        ends=[s.days[g[-1]] for g in groups],
        before=mean(s.before),
        highest=mean(s.highest),
        after=mean(s.after),
        checkins=mean(s.checkins),
        flares=[sum(s.flares[i] for i in g) for g in groups],
        session_minutes=per_day(s.session_minutes),
        activity_minutes=per_day(s.activity_minutes),
    )
