"""Check a whole data file before it is trusted: fast, and naming the first bad record.

Why two paths: decoding ten years of sessions into domain records takes ~0.5 s here, far
over the 300 ms budget for opening the app. So every document is first checked by cheap
dict-level rules below (a few µs per session). Only a document that fails them is decoded
through ``codec``/``domain.records``, which are the authority: their error names the field
and the rule. If the authority accepts a document the fast rules rejected, the document is
accepted (the fast rules can only cost time, never data). ``tests/storage/test_validate.py``
checks with generated documents that both paths agree.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from backcoach.domain.records import MAX_ACTIVITY_MINUTES, MAX_NOTE_LENGTH, MAX_UTC_OFFSET_MIN
from backcoach.domain.vocabulary import (
    FLARE_ACTION_WORDS,
    RATING_PHASE_WORDS,
    SIDE_WORDS,
    STIFFNESS_WORDS,
)
from backcoach.storage import codec
from backcoach.storage.file_format import TABLES, RecordError

_DOC_ID = re.compile(r"0|[1-9][0-9]{0,17}")
"""TinyDB's document numbers, written canonically: "01" and "1" would collide as ints."""


_parse_time = datetime.fromisoformat


# -- fast rules (return False rather than explain) ----------------------------------------


def _time_ok(value: Any) -> bool:
    if type(value) is not str:
        return False
    try:
        return _parse_time(value).tzinfo is not None
    except ValueError:
        return False


def _day_ok(value: Any) -> bool:
    if type(value) is not str or len(value) != 10:
        return False
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _score_ok(value: Any) -> bool:
    return type(value) is int and 0 <= value <= 10


def _text_ok(value: Any) -> bool:
    return type(value) is str and bool(value.strip())


def _opt_text_ok(value: Any) -> bool:
    return value is None or _text_ok(value)


def _count_ok(value: Any) -> bool:
    return type(value) is int and value >= 0


def _ratings_ok(rows: Any) -> bool:
    # Inlined on purpose: this runs over ~73,000 rows when ten years of sessions open.
    # A row that is not a 7-item list fails the unpacking or the type checks.
    if type(rows) is not list:
        return False
    try:
        for score, phase, exercise_id, at, offset, set_index, side in rows:
            if not (
                type(score) is int
                and 0 <= score <= 10
                and phase in RATING_PHASE_WORDS
                and (exercise_id is None or (type(exercise_id) is str and exercise_id.strip()))
                and type(offset) in (int, float)
                and 0 <= offset < math.inf
                and (set_index is None or (type(set_index) is int and set_index >= 0))
                and (side is None or side in SIDE_WORDS)
                and type(at) is str
                and _parse_time(at).tzinfo is not None
            ):
                return False
    except (ValueError, TypeError):
        return False
    return True


def _exercises_ok(rows: Any) -> bool:
    if type(rows) is not list:
        return False
    try:
        for exercise_id, started, finished, sets_done, side, skipped in rows:
            if not (
                _text_ok(exercise_id)
                and _time_ok(started)
                and _time_ok(finished)
                and _count_ok(sets_done)
                and (side is None or side in SIDE_WORDS)
                and type(skipped) is bool
            ):
                return False
    except (ValueError, TypeError):
        return False
    return True


def _flares_ok(rows: Any) -> bool:
    if type(rows) is not list:
        return False
    try:
        for exercise_id, at, baseline, score, action in rows:
            if not (
                _opt_text_ok(exercise_id)
                and _time_ok(at)
                and _score_ok(baseline)
                and _score_ok(score)
                and action in FLARE_ACTION_WORDS
            ):
                return False
    except (ValueError, TypeError):
        return False
    return True


def session_ok(s: Any) -> bool:
    """Cheap check of a session document (True means it decodes)."""
    if type(s) is not dict:
        return False
    try:
        offset = s["utc_offset_min"]
        return bool(
            _text_ok(s["id"])
            and _time_ok(s["started_at"])
            and type(offset) is int
            and abs(offset) <= MAX_UTC_OFFSET_MIN
            and _opt_text_ok(s["routine_id"])
            and type(s["routine_name"]) is str
            and (s["ended_at"] is None or _time_ok(s["ended_at"]))
            and type(s["ended_early"]) is bool
            and _ratings_ok(s["ratings"])
            and _exercises_ok(s["exercises"])
            and _flares_ok(s["flares"])
        )
    except KeyError:
        return False


def checkin_ok(c: Any) -> bool:
    return (
        type(c) is dict
        and _day_ok(c.get("day"))
        and _score_ok(c.get("score"))
        and type(c.get("stiffness")) is str
        and c.get("stiffness") in STIFFNESS_WORDS
        and _time_ok(c.get("at"))
    )


def activity_ok(a: Any) -> bool:
    if type(a) is not dict:
        return False
    try:
        minutes, note = a["minutes"], a["note"]
        return (
            _text_ok(a["id"])
            and _day_ok(a["day"])
            and _text_ok(a["kind"])
            and type(minutes) is int
            and 0 < minutes <= MAX_ACTIVITY_MINUTES
            and (a["pain_before"] is None or _score_ok(a["pain_before"]))
            and (a["pain_after"] is None or _score_ok(a["pain_after"]))
            and type(note) is str
            and len(note) <= MAX_NOTE_LENGTH
        )
    except KeyError:
        return False


# -- the authority: decode and explain ----------------------------------------------------


def _explain(kind: str, decode: Callable[[Any], Any], doc: Any, label: str) -> None:
    """Decode ``doc``; on failure raise RecordError naming ``label``."""
    try:
        decode(doc)
    except (ValueError, TypeError, AttributeError) as exc:
        raise RecordError(f"{label}: {exc}") from None


_CHECKS: dict[str, tuple[Callable[[Any], bool], Callable[[Any], Any], str]] = {
    "sessions": (session_ok, codec.decode_session, "session"),
    "checkins": (checkin_ok, codec.decode_checkin, "check-in"),
    "activities": (activity_ok, codec.decode_activity, "activity"),
    "function_checks": (lambda _doc: False, codec.decode_function_check, "activity rating"),
}


def _label(table: str, doc_id: str, doc: Any) -> str:
    if table == "sessions":
        return codec.describe_session_doc(doc)
    noun = _CHECKS[table][2] if table in _CHECKS else table.rstrip("s")
    day = doc.get("day") if isinstance(doc, dict) else None
    return f"the {noun} of {day}" if isinstance(day, str) else f"{noun} number {doc_id}"


def validate_tables(data: Any) -> None:
    """Raise RecordError naming the first bad record of a current-schema document."""
    if not isinstance(data, dict):
        raise RecordError("the file does not hold BackCoach data (expected an object)")
    for table in TABLES:
        docs = data.get(table, {})
        if not isinstance(docs, dict):
            raise RecordError(f"the {table} table is not an object")
        for doc_id, doc in docs.items():
            if not _DOC_ID.fullmatch(doc_id):
                raise RecordError(f"the {table} table has a bad record number {doc_id!r}")
            _validate_doc(table, doc_id, doc)
    _check_unique(data)


def _validate_doc(table: str, doc_id: str, doc: Any) -> None:
    if table in _CHECKS:
        fast, decode, _ = _CHECKS[table]
        if not fast(doc):
            _explain(table, decode, doc, _label(table, doc_id, doc))
        return
    checks: dict[str, Callable[[Any], Any]] = {
        "routines": codec.check_routine,
        "favourites": codec.check_favourite,
        "settings": codec.check_setting,
        "meta": _check_meta,
    }
    _explain(table, checks[table], doc, _label(table, doc_id, doc))


def _check_meta(doc: Any) -> None:
    if not isinstance(doc, dict):
        raise ValueError("the version record is not an object")


_KEY_FIELDS = {
    "sessions": "id",
    "activities": "id",
    "routines": "id",
    "checkins": "day",
    "favourites": "exercise_id",
    "settings": "key",
    "function_checks": "id",
}


def record_key(table: str, doc: dict[str, Any]) -> Any:
    """The value the store looks a (valid) record up by; None for a table without one."""
    field = _KEY_FIELDS.get(table)
    return None if field is None else doc[field]


def _check_unique(data: dict[str, Any]) -> None:
    """Ids that the store looks records up by must not repeat."""
    for table in _KEY_FIELDS:
        seen: set[Any] = set()
        for doc in data.get(table, {}).values():
            value = record_key(table, doc)
            if value in seen:
                raise RecordError(f"the {table} table holds {value!r} twice")
            seen.add(value)


__all__ = ["TABLES", "RecordError", "record_key", "session_ok", "validate_tables"]
