"""What the clinician's report says, gathered from the store as plain numbers.

``gather`` reads a period into ``ReportData``; ``report_html`` turns it into the
report's text and ``report`` lays that out as a PDF. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from backcoach.context import AppContext
from backcoach.domain import direction_check as dc
from backcoach.domain import progress
from backcoach.domain.function_scale import FunctionCheck
from backcoach.domain.onboarding import OnboardingState
from backcoach.domain.pain_rule import thresholds_between
from backcoach.domain.progress import (
    RANGE_DAYS,
    CheckInResult,
    FlareEvent,
    Range,
    Series,
    Streaks,
    Totals,
    WeekSummary,
)
from backcoach.domain.progress_effects import Effect, effects, group_sums
from backcoach.domain.records import Activity, SessionRecord
from backcoach.domain.routine_adherence import ItemAdherence, adherence
from backcoach.domain.routines import Routine
from backcoach.services import onboarding, plans, routines, settings

DEFAULT_DAYS = RANGE_DAYS[Range.MONTH]
"""Progress's "Month" (30 days): the report made from the app covers the range on screen,
and the command line's default matches it."""
NAME_KEY = "report_name"
"""The optional name printed on the report (Settings)."""


@dataclass(frozen=True)
class ReportData:
    start: date
    end: date
    made_on: date
    goal_min: int
    totals: Totals
    streaks: Streaks
    weeks: list[WeekSummary]
    series: Series
    bins: progress.Binned
    exercise_effects: list[Effect]
    direction_effects: list[Effect]
    flares: list[FlareEvent]
    checkins: list[CheckInResult]
    activities: list[Activity]
    routine: Routine | None
    names: dict[str, str]
    directions: dict[str, str]
    thresholds: list[tuple[date | None, int]] = field(default_factory=lambda: [(None, 2)])
    """The pain rule's thresholds in force in the period (from when, points)."""
    name: str = ""
    """Whose report it is (optional, from Settings)."""
    onboarding: OnboardingState = field(default_factory=OnboardingState)
    """The first-run answers: the warning-signs check."""
    direction: dc.DirectionChoice | None = None
    """The direction check's answers and result (or the direction chosen by hand)."""
    routine_use: list[ItemAdherence] = field(default_factory=list)
    """What was done against the current routine in the period, per exercise."""
    routine_from_sessions: bool = False
    """True when no routine is chosen and the routine shown is the one used last."""
    function_checks: list[FunctionCheck] = field(default_factory=list)
    """The functional scale's rating rounds up to the end of the period."""


def default_period(today: date) -> tuple[date, date]:
    return today - timedelta(days=DEFAULT_DAYS - 1), today


def gather(context: AppContext, start: date, end: date, today: date | None = None) -> ReportData:
    """Read what the report needs for ``start``..``end`` (inclusive) from the store."""
    if end < start:
        raise ValueError("the report's end date is before its start date")
    today = today or date.today()
    store = context.store
    lead = start - timedelta(days=progress.AVERAGE_DAYS)  # the first days' 7-day average
    history = progress.build_history(
        store.sessions.between(lead, end + timedelta(days=1)),
        store.checkins.between(lead, end),
        [a for a in store.activities.all() if lead <= a.day <= end],
        since=lead,
    )
    goal = plans.daily_goal(context)
    series = progress.series(history, start, end)
    catalogue = context.catalogue
    known = set(catalogue.ids())
    sums = {k: v for k, v in history.effect_index.sums_between(start, end).items() if k in known}
    active = [d for d in history.active_days() if start <= d <= end]
    in_period = store.sessions.between(start, end)
    routine = plans.active_routine(context)
    from_sessions = routine is None
    if routine is None:
        routine = _last_used_routine(context, in_period or store.sessions.all())
    name = settings.get(context, NAME_KEY)
    return ReportData(
        start=start,
        end=end,
        made_on=today,
        goal_min=goal,
        totals=progress.series_totals(series, len(history.activities_between(start, end)), goal),
        streaks=progress.streaks(active, end),
        weeks=progress.weekly(history, start, end, goal),
        series=series,
        bins=progress.binned(series, progress.bin_for(len(series.days))),
        exercise_effects=effects(sums),
        direction_effects=effects(group_sums(sums, lambda i: catalogue.get(i).direction)),
        flares=history.flares_between(start, end),
        checkins=history.checkins_between(start, end),
        activities=history.activities_between(start, end),
        routine=routine,
        names={e.id: e.name for e in catalogue},
        directions={e.id: e.direction for e in catalogue},
        thresholds=thresholds_between(
            settings.threshold_changes(context),
            settings.get(context, "pain_threshold"),
            start,
            end,
        ),
        name=name,
        onboarding=onboarding.onboarding_state(context),
        direction=onboarding.direction_choice(context),
        routine_use=adherence(routine, in_period) if routine is not None else [],
        routine_from_sessions=from_sessions and routine is not None,
        function_checks=[c for c in store.function_checks.all() if c.local_day() <= end],
    )


def _last_used_routine(context: AppContext, sessions: list[SessionRecord]) -> Routine | None:
    """The routine of the newest session whose routine still exists."""
    known = {r.id: r for r in routines.all_routines(context)}
    for session in reversed(sessions):
        if session.routine_id in known:
            return known[session.routine_id]
    return None


__all__ = ["DEFAULT_DAYS", "NAME_KEY", "ReportData", "default_period", "gather"]
