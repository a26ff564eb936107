"""Progress aggregates for the charts and the clinician's report. Pure Python, no Qt.

This module gathers the names of the progress modules, split by job:
``progress_history`` (records per day), ``progress_series`` (chart series and bins),
``progress_consistency`` (streaks, calendar shades) and ``progress_totals`` (summaries).

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

from backcoach.domain.progress_consistency import (
    LEVELS,
    MonthActivity,
    Streaks,
    activity_level,
    monthly,
    streaks,
)
from backcoach.domain.progress_history import (
    ACTIVITY_KINDS,
    CheckInResult,
    DaySummary,
    FlareEvent,
    History,
    SessionSummary,
    activity_label,
    build_history,
    days_between,
    history_of,
    summarise,
)
from backcoach.domain.progress_series import (
    AVERAGE_DAYS,
    RANGE_DAYS,
    Bin,
    Binned,
    Range,
    Series,
    bin_for,
    binned,
    range_bounds,
    rolling_average,
    series,
)
from backcoach.domain.progress_totals import (
    Totals,
    WeekSummary,
    series_totals,
    totals,
    weekly,
)
from backcoach.domain.session_pain import SessionPain, session_pain

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
    "SessionSummary",
    "Streaks",
    "Totals",
    "WeekSummary",
    "activity_label",
    "activity_level",
    "bin_for",
    "binned",
    "build_history",
    "days_between",
    "history_of",
    "monthly",
    "range_bounds",
    "rolling_average",
    "series",
    "series_totals",
    "session_pain",
    "streaks",
    "summarise",
    "totals",
    "weekly",
]
