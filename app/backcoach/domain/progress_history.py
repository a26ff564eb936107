"""Progress records gathered per local day: the ``History`` the charts and report read.

``build_history`` turns the stored records (sessions, check-ins, activities) into a
``History`` once; every chart range and the report then read slices of it, so switching
ranges does no per-rating work. Days are the user's local calendar days
(``daily_goal.session_local_day``). What a day shows is described in ``domain.progress``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cached_property
from typing import TypeVar

from backcoach.domain.daily_goal import counts, exercise_seconds, minutes_of, session_local_day
from backcoach.domain.progress_effects import EffectIndex, ExerciseOccurrence, occurrences_of
from backcoach.domain.records import Activity, CheckIn, SessionRecord
from backcoach.domain.session_pain import (
    RatingStep,
    SessionPain,
    morning_rise,
    note_first_baseline,
    pain_of,
    rating_steps,
)
from backcoach.domain.vocabulary import FlareAction


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
# ``SessionPain``, ``session_pain`` and ``pain_of`` are in ``session_pain`` (re-exported).


@dataclass(frozen=True, slots=True)
class FlareEvent:
    """A rise to the break line (the pain rule) on ``day``."""

    day: date
    exercise_id: str | None
    baseline: int
    score: int
    action: FlareAction


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """What Progress reads of one session, worked out once.

    ``summarise`` makes one from a record. The store makes them straight from its
    documents (``SessionRepository.summaries``, through ``summary_of``): decoding ten years
    of ratings into records first was half of the whole history's read (008-speed.md).
    """

    day: date
    """The user's local day (``session_local_day``)."""
    counted: bool
    """Whether it counts as a session that day (``counts_as_session``)."""
    minutes: float
    pain: SessionPain
    flares: tuple[FlareEvent, ...]
    occurrences: list[ExerciseOccurrence]


FlareRow = tuple[str | None, int, int, FlareAction]
"""(exercise id or None, baseline, score, action) of a flare."""


def summary_of(
    day: date,
    ended_early: bool,
    exercise_seconds: float,
    steps: Sequence[RatingStep],
    flares: Iterable[FlareRow],
) -> SessionSummary:
    """A session's summary from plain values: its local day, whether it was ended early,
    the seconds its exercises took, its rating steps (stored order) and its flares."""
    minutes = minutes_of(exercise_seconds)
    return SessionSummary(
        day,
        counts(ended_early, minutes),
        minutes,
        pain_of(steps),
        tuple(FlareEvent(day, *flare) for flare in flares),
        occurrences_of(steps, day),
    )


def summarise(session: SessionRecord) -> SessionSummary:
    """What Progress reads of a session record."""
    return summary_of(
        session_local_day(session),
        session.ended_early,
        exercise_seconds(session),
        rating_steps(session),
        ((f.exercise_id, f.baseline, f.score, f.action) for f in session.flares),
    )


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
class CheckInResult:
    """A next-morning check-in and the pain before the first session of the day before."""

    checkin: CheckIn
    previous: int | None

    @property
    def day(self) -> date:
        return self.checkin.day

    @property
    def rise(self) -> int | None:
        return morning_rise(self.checkin.score, self.previous)


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


def mean_or_none(values: Sequence[float]) -> float | None:
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
        self._flare_days = [f.day for f in self.flares]
        self._checkin_days = [c.day for c in self.checkins]
        self._activity_days = [a.day for a in self.activities]

    @property
    def complete(self) -> bool:
        return self.since is None

    @cached_property
    def first_day(self) -> date | None:
        """Asked at every range switch: ten years' days were compared each time (~1 ms)."""
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
    return history_of(map(summarise, sessions), checkins, activities, since=since)


def history_of(
    sessions: Iterable[SessionSummary],
    checkins: Iterable[CheckIn] = (),
    activities: Iterable[Activity] = (),
    *,
    since: date | None = None,
) -> History:
    """``build_history`` from session summaries, oldest session first."""
    builders: dict[date, _DayBuilder] = {}
    occurrences: list[ExerciseOccurrence] = []
    flares: list[FlareEvent] = []
    first_before: dict[date, int] = {}
    for session in sessions:
        day = session.day
        if since is not None and day < since:
            continue
        b = builders.get(day) or builders.setdefault(day, _DayBuilder())
        b.sessions += session.counted  # one cut off at once is no session
        b.minutes += session.minutes
        pain = session.pain
        if pain.before is not None:
            b.before.append(pain.before)
        note_first_baseline(first_before, day, pain)
        if pain.after is not None:
            b.after.append(pain.after)
        if pain.highest is not None and (b.highest is None or pain.highest > b.highest):
            b.highest = pain.highest
        b.flares += len(session.flares)
        flares.extend(session.flares)
        occurrences.extend(session.occurrences)
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
            before=mean_or_none(b.before),
            highest=b.highest,
            after=mean_or_none(b.after),
            flares=b.flares,
            checkin=by_day_checkin.get(day),
        )
    results = [CheckInResult(c, first_before.get(c.day - timedelta(days=1))) for c in kept_checkins]
    occurrences.sort(key=lambda o: o.day)
    flares.sort(key=lambda f: f.day)
    kept_activities.sort(key=lambda a: a.day)
    return History(days, occurrences, flares, results, kept_activities, since)
