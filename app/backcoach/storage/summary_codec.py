"""What Progress reads of a stored session, made straight from its rows
(``SessionRepository.summaries``).

Apart from ``codec`` so that reading and writing records, which every start does, does
not import the progress history's dataclasses (~5 ms of a returning user's start,
008-speed.md "17a"); only Progress, the report and their services ask for summaries.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from backcoach.domain.progress_history import SessionSummary, summary_of

# The trusted decoder's helpers: these documents were checked when the file was read.
from backcoach.storage.codec import _ACTION, _PHASE, _parse_time, _utc_time


def stored_session_summary(doc: Mapping[str, Any]) -> tuple[datetime, SessionSummary]:
    """What Progress reads of a session the store holds, with its start time (to sort
    by), made from the rows without decoding them into records: ten years of ratings
    took ~0.11 s as records, and Progress needs only four of each rating's seven values."""
    begun = _utc_time(doc["started_at"])
    day = (begun + timedelta(minutes=doc["utc_offset_min"])).date()
    seconds = sum(  # exercise_id, started_at, finished_at, ...: as exercise_seconds adds
        (_parse_time(e[2]) - _parse_time(e[1])).total_seconds() for e in doc["exercises"]
    )
    phase = _PHASE
    # score, phase, exercise_id, at, offset_s, set_index, side -> a RatingStep
    steps = [(r[0], phase[r[1]], r[2], r[4]) for r in doc["ratings"]]
    action = _ACTION
    # exercise_id, at, baseline, score, action
    flares = [(f[0], f[2], f[3], action[f[4]]) for f in doc["flares"]]
    return begun, summary_of(day, doc["ended_early"], seconds, steps, flares)
