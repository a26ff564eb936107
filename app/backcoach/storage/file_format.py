"""The data file's names that need no domain records: its tables, the columns of a
session's rows, how a time is written, and the error for a bad stored record.

Why apart from ``codec`` (which re-exports them): opening the store, and a first run's
new file, need only these, while ``codec`` decodes into the domain records
(``domain.records``, ``function_scale``, ``progress_history``: ~10 ms of dataclasses
to import). A first run never decodes a record before its window is usable, so it
imports none of them (docs/decisions/008-speed.md, "17a").
"""

from __future__ import annotations

from datetime import datetime

TABLES = (
    "meta",
    "sessions",
    "checkins",
    "activities",
    "routines",
    "favourites",
    "settings",
    "function_checks",
)
"""The tables of the current schema; ``_default`` (TinyDB's own) is allowed and ignored."""

CACHE_NAME = "start-cache.json"
"""The start cache beside the data file (``start_cache``)."""

RATING_COLUMNS = ("score", "phase", "exercise_id", "at", "offset_s", "set_index", "side")
EXERCISE_COLUMNS = ("exercise_id", "started_at", "finished_at", "sets_done", "side", "skipped")
FLARE_COLUMNS = ("exercise_id", "at", "baseline", "score", "action")
COLUMNS = {"ratings": RATING_COLUMNS, "exercises": EXERCISE_COLUMNS, "flares": FLARE_COLUMNS}
"""A session's ratings, exercises and flares are rows in this column order (``codec``
says why); the file's meta record names them too."""


class RecordError(ValueError):
    """A stored document is not a valid record; the message says which one and why."""


def encode_time(value: datetime) -> str:
    """UTC time as RFC 3339 with a 'Z' (records hold UTC already)."""
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text
