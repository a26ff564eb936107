"""Progress aggregates for the charts and the clinician's report. Pure Python, no Qt.

``build_history`` turns the stored records (sessions, check-ins, activities) into a
``History`` once; every chart range and the report then read slices of it, so switching
ranges does no per-rating work. Days are the user's local calendar days
(``daily_goal.session_local_day``).

What a day shows (docs/clinical-rules.md):
- *before*: the rating given just before the session (its baseline); the mean when there
  were two sessions that day;
- *highest*: the highest rating given during the day's sessions (before an exercise,
  during it or after a break: the ratings the pain rule watches);
- *after*: the rating given after the session;
- the 7-day average is of *before*, the day's usual level, over a calendar window.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from backcoach.domain.daily_goal import counts_as_session, session_local_day, session_minutes
from backcoach.domain.progress_effects import EffectIndex, ExerciseOccurrence, exercise_occurrences
from backcoach.domain.records import Activity, CheckIn, SessionRecord
from backcoach.domain.vocabulary import DURING_SESSION, FlareAction, RatingPhase

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


def days_between(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


ACTIVITY_KINDS: dict[str, str] = {
    "walking": "Walking",
    "running": "Running",
    "cycling": "Cycling",
    "swimming": "Swimming",
    "yoga": "Yoga",
}
"""Other exercise offered by name (the article: walking, running, cycling, swimming count
too; do what you enjoy). Any other kind is stored in the user's own words."""


def activity_label(kind: str) -> str:
    return ACTIVITY_KINDS.get(kind, kind[:1].upper() + kind[1:])


# -- one session ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionPain:
    before: int | None
    highest: int | None
    after: int | None


def session_pain(session: SessionRecord) -> SessionPain:
    """The session's baseline, highest rating while exercising, and rating afterwards.

    The app asks "after" once at the end (no exercise); older data and imports may carry
    an "after" per exercise, in which case the last one stands for the session.
    """
    before = highest = session_after = last_after = None
    for rating in session.ratings:
        phase = rating.phase
        if phase == RatingPhase.BASELINE:
            if before is None:
                before = rating.score
        elif phase in DURING_SESSION:
            if highest is None or rating.score > highest:
                highest = rating.score
        elif phase == RatingPhase.AFTER:
            last_after = rating.score
            if rating.exercise_id is None:
                session_after = rating.score
    return SessionPain(before, highest, session_after if session_after is not None else last_after)


# -- records gathered per day ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DaySummary:
    day: date
    sessions: int = 0
    session_minutes: float = 0.0
    activity_minutes: float = 0.0
    before: float | None = None
    highest: int | None = None
    after: float | None = None
    flares: int = 0
    checkin: CheckIn | None = None

    @property
    def minutes(self) -> float:
        return self.session_minutes + self.activity_minutes

    @property
    def active(self) -> bool:
        """A day with a session or another activity (what the calendar and streaks count)."""
        return self.sessions > 0 or self.activity_minutes > 0


@dataclass(frozen=True, slots=True)
class FlareEvent:
    """A rise to the break line (the pain rule) on ``day``."""

    day: date
    exercise_id: str | None
    baseline: int
    score: int
    action: FlareAction


@dataclass(frozen=True, slots=True)
class CheckInResult:
    """A next-morning check-in and the pain before the first session of the day before."""

    checkin: CheckIn
    previous: int | None

    @property
    def day(self) -> date:
        return self.checkin.day

    @property
    def rise(self) -> int | None:
        return None if self.previous is None else self.checkin.score - self.previous


class _DayBuilder:
    __slots__ = ("activity", "after", "before", "flares", "highest", "minutes", "sessions")

    def __init__(self) -> None:
        self.sessions = 0
        self.minutes = 0.0
        self.activity = 0.0
        self.before: list[int] = []
        self.after: list[int] = []
        self.highest: int | None = None
        self.flares = 0


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


@dataclass
class History:
    """Everything the progress views need, gathered once from the stored records."""

    days: dict[date, DaySummary]
    occurrences: list[ExerciseOccurrence]
    flares: list[FlareEvent]
    checkins: list[CheckInResult]
    activities: list[Activity]
    since: date | None = None
    """None when built from all the user's sessions; else the first day it covers."""

    def __post_init__(self) -> None:
        self.effect_index = EffectIndex(self.occurrences)
        self._occurrence_days = [o.day for o in self.occurrences]
        self._flare_days = [f.day for f in self.flares]
        self._checkin_days = [c.day for c in self.checkins]
        self._activity_days = [a.day for a in self.activities]

    @property
    def complete(self) -> bool:
        return self.since is None

    @property
    def first_day(self) -> date | None:
        return min(self.days) if self.days else None

    def day(self, day: date) -> DaySummary:
        return self.days.get(day) or DaySummary(day)

    def span(self, start: date, end: date) -> list[DaySummary]:
        """One summary per day from start to end, empty days included."""
        return [self.day(d) for d in days_between(start, end)]

    def flares_between(self, start: date, end: date) -> list[FlareEvent]:
        return _slice(self.flares, self._flare_days, start, end)

    def checkins_between(self, start: date, end: date) -> list[CheckInResult]:
        return _slice(self.checkins, self._checkin_days, start, end)

    def activities_between(self, start: date, end: date) -> list[Activity]:
        return _slice(self.activities, self._activity_days, start, end)

    def active_days(self) -> list[date]:
        return sorted(d for d, s in self.days.items() if s.active)


Item = TypeVar("Item")


def _slice(items: list[Item], days: list[date], start: date, end: date) -> list[Item]:
    return items[bisect.bisect_left(days, start) : bisect.bisect_right(days, end)]


def build_history(
    sessions: Iterable[SessionRecord],
    checkins: Iterable[CheckIn] = (),
    activities: Iterable[Activity] = (),
    *,
    since: date | None = None,
) -> History:
    """Gather the records per local day. Pass ``since`` when ``sessions`` start at that day
    rather than at the user's first session (the quick first view of the screen)."""
    builders: dict[date, _DayBuilder] = {}
    occurrences: list[ExerciseOccurrence] = []
    flares: list[FlareEvent] = []
    first_before: dict[date, int] = {}
    for session in sessions:
        day = session_local_day(session)
        if since is not None and day < since:
            continue
        b = builders.get(day) or builders.setdefault(day, _DayBuilder())
        b.sessions += counts_as_session(session)  # one cut off at once is no session
        b.minutes += session_minutes(session)
        pain = session_pain(session)
        if pain.before is not None:
            b.before.append(pain.before)
            first_before.setdefault(day, pain.before)
        if pain.after is not None:
            b.after.append(pain.after)
        if pain.highest is not None and (b.highest is None or pain.highest > b.highest):
            b.highest = pain.highest
        b.flares += len(session.flares)
        flares.extend(
            FlareEvent(day, f.exercise_id, f.baseline, f.score, f.action) for f in session.flares
        )
        occurrences.extend(exercise_occurrences(session, day))
    kept_activities = [a for a in activities if since is None or a.day >= since]
    for activity in kept_activities:
        b = builders.get(activity.day) or builders.setdefault(activity.day, _DayBuilder())
        b.activity += activity.minutes
    kept_checkins = sorted(
        (c for c in checkins if since is None or c.day >= since), key=lambda c: c.day
    )
    by_day_checkin = {c.day: c for c in kept_checkins}
    days: dict[date, DaySummary] = {}
    for day in builders.keys() | by_day_checkin.keys():
        built = builders.get(day)
        if built is None:
            days[day] = DaySummary(day, checkin=by_day_checkin[day])
            continue
        b = built
        days[day] = DaySummary(
            day,
            sessions=b.sessions,
            session_minutes=b.minutes,
            activity_minutes=b.activity,
            before=_mean(b.before),
            highest=b.highest,
            after=_mean(b.after),
            flares=b.flares,
            checkin=by_day_checkin.get(day),
        )
    results = [CheckInResult(c, first_before.get(c.day - timedelta(days=1))) for c in kept_checkins]
    occurrences.sort(key=lambda o: o.day)
    flares.sort(key=lambda f: f.day)
    kept_activities.sort(key=lambda a: a.day)
    return History(days, occurrences, flares, results, kept_activities, since)


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
        return [_mean([v for i in g if (v := values[i]) is not None]) for g in groups]

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
        before=_mean(befores),
        after=_mean(afters),
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


__all__ = [
    "ACTIVITY_KINDS",
    "AVERAGE_DAYS",
    "LEVELS",
    "RANGE_DAYS",
    "Bin",
    "Binned",
    "CheckInResult",
    "DaySummary",
    "FlareEvent",
    "History",
    "MonthActivity",
    "Range",
    "Series",
    "SessionPain",
    "Streaks",
    "Totals",
    "WeekSummary",
    "activity_label",
    "activity_level",
    "bin_for",
    "binned",
    "build_history",
    "days_between",
    "monthly",
    "range_bounds",
    "rolling_average",
    "series",
    "series_totals",
    "session_pain",
    "streaks",
    "totals",
    "weekly",
]
