"""Keep every good record of a data file that holds a few bad ones.

One malformed record (a session whose start time is not a time, say) must not hide a
year of good ones. ``split_records`` takes the tables of a file that failed validation,
keeps every record that passes the same checks ``validate`` applies, and returns the
others with a plain description of each. The caller keeps the whole original file as it
was and writes the records set aside to a separate file beside it, so nothing is lost.

Only the record tables are salvaged; a file whose version record or table layout is bad
is not BackCoach data in a form we can trust, and goes the old way (set aside whole).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from backcoach.storage import validate
from backcoach.storage.atomic import atomic_write
from backcoach.storage.codec import RecordError

RECORD_TABLES = tuple(t for t in validate.TABLES if t != "meta")
"""Every table of user records (the schema's tables less ``meta``)."""
_NOUNS = {
    "sessions": ("session", "sessions"),
    "checkins": ("morning check-in", "morning check-ins"),
    "activities": ("activity", "activities"),
    "routines": ("routine", "routines"),
    "favourites": ("favourite", "favourites"),
    "settings": ("setting", "settings"),
    "function_checks": ("activity rating", "activity ratings"),
}
_FIELD_WORDS = {
    "started_at": "start time",
    "ended_at": "end time",
    "finished_at": "finish time",
    "at": "time",
    "day": "day",
    "score": "pain score",
    "baseline": "starting pain score",
    "minutes": "minutes",
    "utc_offset_min": "time zone",
    "stiffness": "stiffness",
    "phase": "moment of the rating",
    "kind": "kind of activity",
    "note": "note",
    "id": "id",
    "scores": "ratings",
}


@dataclass(frozen=True, slots=True)
class SetAside:
    """One record that could not be kept, and why, in plain words."""

    table: str
    what: str
    """e.g. 'the session of 03 May 2024 at 07:15 UTC (id 3f2a…)'."""
    problem: str
    """e.g. 'its start time is not a time ("yesterday")'."""
    record: Any


def noun(table: str, count: int) -> str:
    one, many = _NOUNS.get(table, (table, table))
    return f"{count} {one if count == 1 else many}"


def plain_problem(reason: str) -> str:
    """Turn a record check's message into words for the user (keeps the value shown)."""
    text = reason.split(": ", 1)[1] if reason.startswith("the ") and ": " in reason else reason
    part = re.match(r"(rating|exercise|flare) (\d+): (.*)", text)
    if part:  # a row inside a session: 'in its rating 4, the pain score must be ...'
        item, number, rest = part.groups()
        inner = plain_problem(rest)
        return f"in its {item} {number}, " + inner.replace("its ", "the ", 1)
    text = re.sub(r"^[A-Za-z]+\.", "", text)  # 'SessionRecord.started_at ...' -> 'started_at'
    match = re.match(r"(?:the field ')?([a-z_]+)'?\s+(.*)", text)
    if match and match.group(1) in _FIELD_WORDS:
        field, rest = match.groups()
        if rest.startswith("is missing"):
            return f"its {_FIELD_WORDS[field]} is missing"
        rest = rest.replace("is not a valid time", "is not a time")
        rest = rest.replace("is not a valid day", "is not a day")
        return f"its {_FIELD_WORDS[field]} {rest}"
    if text.startswith("the field '") and text.endswith("is missing"):
        name = text.split("'")[1]
        return f"its {_FIELD_WORDS.get(name, name)} is missing"
    return text


def split_records(data: Any) -> tuple[dict[str, Any], list[SetAside]] | None:
    """(tables with only good records, records set aside), or None when the file's trouble
    is not in single records (then nothing can be salvaged safely)."""
    if not isinstance(data, dict):
        return None
    kept: dict[str, Any] = dict(data)
    aside: list[SetAside] = []
    for table in RECORD_TABLES:
        docs = data.get(table, {})
        if not isinstance(docs, dict):
            return None
        keys: set[Any] = set()
        good: dict[str, Any] = {}
        for doc_id, doc in docs.items():
            try:
                if not validate._DOC_ID.fullmatch(doc_id):
                    raise RecordError(f"it has a bad record number {doc_id!r}")
                validate._validate_doc(table, doc_id, doc)
                key = validate.record_key(table, doc)
                if key in keys:
                    raise RecordError(f"it repeats {key!r}, already kept")
            except RecordError as exc:
                what = validate._label(table, doc_id, doc) if isinstance(doc, dict) else table
                aside.append(SetAside(table, what, plain_problem(str(exc)), doc))
                continue
            keys.add(key)
            good[doc_id] = doc
        kept[table] = good
    try:
        validate.validate_tables(kept)
    except RecordError:
        return None
    return kept, aside


def aside_path(data_path: Path, now: datetime) -> Path:
    """``backcoach.records-set-aside-2024-05-03-091500.json`` beside the data file."""
    stamp = now.strftime("%Y-%m-%d-%H%M%S")
    for attempt in range(1000):
        extra = f"-{attempt}" if attempt else ""
        path = data_path.with_name(f"{data_path.stem}.records-set-aside-{stamp}{extra}.json")
        if not path.exists():
            return path
    raise OSError(f"too many set-aside files beside {data_path}")  # pragma: no cover


def write_set_aside(path: Path, source: Path, records: list[SetAside]) -> Path:
    """Write the records set aside, each with what it was and why, as readable JSON."""
    body = {
        "about": (
            "Records BackCoach could not read and set aside. Everything else was kept. "
            "The whole original file is kept unchanged too."
        ),
        "from_file": str(source),
        "records": [
            {"table": r.table, "what": r.what, "problem": r.problem, "record": r.record}
            for r in records
        ],
    }
    atomic_write(path, orjson.dumps(body, option=orjson.OPT_INDENT_2))
    return path


def describe(records: list[SetAside], limit: int = 3) -> str:
    """'1 session: the session of 03 May 2024 at 07:15 UTC (its start time is not a time)'."""
    counts: dict[str, int] = {}
    for r in records:
        counts[r.table] = counts.get(r.table, 0) + 1
    head = ", ".join(noun(t, n) for t, n in counts.items())
    shown = "; ".join(f"{r.what} ({r.problem})" for r in records[:limit])
    more = len(records) - limit
    tail = f"; and {more} more" if more > 0 else ""
    return f"{head}: {shown}{tail}"


__all__ = [
    "RECORD_TABLES",
    "SetAside",
    "aside_path",
    "describe",
    "noun",
    "plain_problem",
    "split_records",
    "write_set_aside",
]
