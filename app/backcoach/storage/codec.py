"""Records to JSON documents and back: the one place that knows the file's field names.

Documents are plain dicts of JSON types, with every field written out (``null`` for an
absent value) so the file reads as a self-describing health record; the lists inside a
session are rows whose columns the file's meta record names. Times are RFC 3339 strings in
UTC ("2024-05-03T07:15:02.120000Z"); days are "YYYY-MM-DD".

Decoding is strict and goes through the domain records, so the rules for a valid score,
phase or day live in one place (``backcoach.domain.records``). A decoding failure raises
``RecordError`` whose message names the record in plain words; the file loader and the
importer show it to the user.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from backcoach.domain.records import (
    Activity,
    CheckIn,
    ExerciseResult,
    Flare,
    Rating,
    SessionRecord,
)
from backcoach.domain.vocabulary import FlareAction, RatingPhase, Side, Stiffness
from backcoach.storage.file_format import (
    COLUMNS,
    EXERCISE_COLUMNS,
    FLARE_COLUMNS,
    RATING_COLUMNS,
    RecordError,
    encode_time,
)

if TYPE_CHECKING:
    # Imported where a round is decoded: a start with no functional scale rounds (most)
    # reads none, and the scale's 4 dataclasses are ~2 ms of it (008-speed.md, "17e").
    from backcoach.domain.function_scale import FunctionCheck

Doc = dict[str, Any]
Item = TypeVar("Item")


# -- scalars ----------------------------------------------------------------------------


def decode_time(value: Any, name: str) -> datetime:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a time written as text, got {value!r}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} is not a valid time: {value!r}") from None
    if parsed.utcoffset() is None:
        raise ValueError(f"{name} has no time zone: {value!r}")
    return parsed


def _decode_optional_time(value: Any, name: str) -> datetime | None:
    return None if value is None else decode_time(value, name)


def encode_day(value: date) -> str:
    return value.isoformat()


def decode_day(value: Any, name: str) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise ValueError(f"{name} must be a day written as YYYY-MM-DD, got {value!r}")
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} is not a valid day: {value!r}") from None
    if day.isoformat() != value:  # "2024-W18-5" parses too, but days are keys: one spelling
        raise ValueError(f"{name} must be written as YYYY-MM-DD, got {value!r}")
    return day


def _field(doc: Mapping[str, Any], name: str) -> Any:
    try:
        return doc[name]
    except KeyError:
        raise ValueError(f"the field {name!r} is missing") from None
    except TypeError:
        raise ValueError(f"expected a record (an object), got {doc!r:.60}") from None


def _as_list(value: Any, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise ValueError(f"{name} must be a list, got {value!r:.60}")
    return value


# -- ratings, flares, exercises: rows -----------------------------------------------------
#
# A session's ratings, exercises and flares are rows (JSON arrays) in the fixed column
# order below, which the file also names in its meta record. Ratings are the bulk of the
# data (20 a session, ~73,000 in ten years): as rows the file is 30% smaller and opens
# twice as fast as with one object per rating (docs/decisions/002-storage.md).

# The columns (``RATING_COLUMNS``...) are in ``file_format``, which opening the store
# imports without the records.

Row = list[Any]


def _unpack(row: Any, columns: tuple[str, ...]) -> list[Any]:
    if not isinstance(row, list) or len(row) != len(columns):
        raise ValueError(
            f"expected a row of {len(columns)} values ({', '.join(columns)}), got {row!r:.80}"
        )
    return row


def encode_rating(r: Rating) -> Row:
    return [r.score, r.phase, r.exercise_id, encode_time(r.at), r.offset_s, r.set_index, r.side]


def decode_rating(row: Any) -> Rating:
    score, phase, exercise_id, at, offset_s, set_index, side = _unpack(row, RATING_COLUMNS)
    return Rating(score, phase, exercise_id, decode_time(at, "at"), offset_s, set_index, side)


def encode_flare(f: Flare) -> Row:
    return [f.exercise_id, encode_time(f.at), f.baseline, f.score, f.action]


def decode_flare(row: Any) -> Flare:
    exercise_id, at, baseline, score, action = _unpack(row, FLARE_COLUMNS)
    return Flare(exercise_id, decode_time(at, "at"), baseline, score, action)


def encode_exercise(e: ExerciseResult) -> Row:
    return [
        e.exercise_id,
        encode_time(e.started_at),
        encode_time(e.finished_at),
        e.sets_done,
        e.side,
        e.skipped,
    ]


def decode_exercise(row: Any) -> ExerciseResult:
    exercise_id, started, finished, sets_done, side, skipped = _unpack(row, EXERCISE_COLUMNS)
    return ExerciseResult(
        exercise_id,
        decode_time(started, "started_at"),
        decode_time(finished, "finished_at"),
        sets_done,
        side,
        skipped,
    )


# -- sessions ---------------------------------------------------------------------------


def encode_session(s: SessionRecord) -> Doc:
    return {
        "id": s.id,
        "started_at": encode_time(s.started_at),
        "utc_offset_min": s.utc_offset_min,
        "routine_id": s.routine_id,
        "routine_name": s.routine_name,
        "ratings": [encode_rating(r) for r in s.ratings],
        "exercises": [encode_exercise(e) for e in s.exercises],
        "flares": [encode_flare(f) for f in s.flares],
        "ended_at": None if s.ended_at is None else encode_time(s.ended_at),
        "ended_early": s.ended_early,
    }


def _decode_items(
    doc: Mapping[str, Any], name: str, label: str, decode: Callable[[Any], Item]
) -> tuple[Item, ...]:
    items: list[Item] = []
    for number, item in enumerate(_as_list(_field(doc, name), name), start=1):
        try:
            items.append(decode(item))
        except ValueError as exc:
            raise ValueError(f"{label} {number}: {exc}") from None
    return tuple(items)


def decode_session(doc: Mapping[str, Any]) -> SessionRecord:
    return SessionRecord(
        id=_field(doc, "id"),
        started_at=decode_time(_field(doc, "started_at"), "started_at"),
        utc_offset_min=_field(doc, "utc_offset_min"),
        routine_id=_field(doc, "routine_id"),
        routine_name=_field(doc, "routine_name"),
        ratings=_decode_items(doc, "ratings", "rating", decode_rating),
        exercises=_decode_items(doc, "exercises", "exercise", decode_exercise),
        flares=_decode_items(doc, "flares", "flare", decode_flare),
        ended_at=_decode_optional_time(_field(doc, "ended_at"), "ended_at"),
        ended_early=_field(doc, "ended_early"),
    )


# -- the store's own documents: decoded without checking again ---------------------------
#
# Documents in the store's memory were checked when the file was opened (or were encoded
# from records that checked themselves), so reading them back skips the records' checks:
# decoding ten years of sessions takes ~0.2 s instead of ~0.6 s. Only for such documents.

_new = object.__new__
_set = object.__setattr__
_parse_time = datetime.fromisoformat
# Plain dict lookups: ~10x faster than calling the enum for 73,000 ratings.
_PHASE = {p.value: p for p in RatingPhase}
_SIDE: dict[str | None, Side | None] = {None: None, **{s.value: s for s in Side}}
_ACTION = {a.value: a for a in FlareAction}


def _utc_time(text: str) -> datetime:
    moment = _parse_time(text)
    return moment if moment.tzinfo is UTC else moment.astimezone(UTC)


def _trusted_rating(row: Row) -> Rating:
    score, phase, exercise_id, at, offset_s, set_index, side = row
    rating = _new(Rating)
    _set(rating, "score", score)
    _set(rating, "phase", _PHASE[phase])
    _set(rating, "exercise_id", exercise_id)
    _set(rating, "at", _utc_time(at))
    _set(rating, "offset_s", float(offset_s))
    _set(rating, "set_index", set_index)
    _set(rating, "side", _SIDE[side])
    return rating


def _trusted_exercise(row: Row) -> ExerciseResult:
    exercise_id, started, finished, sets_done, side, skipped = row
    result = _new(ExerciseResult)
    _set(result, "exercise_id", exercise_id)
    _set(result, "started_at", _utc_time(started))
    _set(result, "finished_at", _utc_time(finished))
    _set(result, "sets_done", sets_done)
    _set(result, "side", _SIDE[side])
    _set(result, "skipped", skipped)
    return result


def _trusted_flare(row: Row) -> Flare:
    exercise_id, at, baseline, score, action = row
    flare = _new(Flare)
    _set(flare, "exercise_id", exercise_id)
    _set(flare, "at", _utc_time(at))
    _set(flare, "baseline", baseline)
    _set(flare, "score", score)
    _set(flare, "action", _ACTION[action])
    return flare


def decode_stored_session(doc: Mapping[str, Any]) -> SessionRecord:
    """``decode_session`` for a document the store already holds (see above)."""
    session = _new(SessionRecord)
    ended_at = doc["ended_at"]
    _set(session, "id", doc["id"])
    _set(session, "started_at", _utc_time(doc["started_at"]))
    _set(session, "utc_offset_min", doc["utc_offset_min"])
    _set(session, "routine_id", doc["routine_id"])
    _set(session, "routine_name", doc["routine_name"])
    _set(session, "ratings", tuple(map(_trusted_rating, doc["ratings"])))
    _set(session, "exercises", tuple(map(_trusted_exercise, doc["exercises"])))
    _set(session, "flares", tuple(map(_trusted_flare, doc["flares"])))
    _set(session, "ended_at", None if ended_at is None else _utc_time(ended_at))
    _set(session, "ended_early", doc["ended_early"])
    return session


# -- check-ins, activities --------------------------------------------------------------


def encode_checkin(c: CheckIn) -> Doc:
    return {
        "day": encode_day(c.day),
        "score": c.score,
        "stiffness": c.stiffness,
        "at": encode_time(c.at),
    }


def decode_checkin(doc: Mapping[str, Any]) -> CheckIn:
    return CheckIn(
        day=decode_day(_field(doc, "day"), "day"),
        score=_field(doc, "score"),
        stiffness=_field(doc, "stiffness"),
        at=decode_time(_field(doc, "at"), "at"),
    )


_STIFFNESS = {s.value: s for s in Stiffness}


def decode_stored_checkin(doc: Mapping[str, Any]) -> CheckIn:
    """``decode_checkin`` for a document the store already holds (see the sessions')."""
    checkin = _new(CheckIn)
    _set(checkin, "day", date.fromisoformat(doc["day"]))
    _set(checkin, "score", doc["score"])
    _set(checkin, "stiffness", _STIFFNESS[doc["stiffness"]])
    _set(checkin, "at", _utc_time(doc["at"]))
    return checkin


def encode_activity(a: Activity) -> Doc:
    return {
        "id": a.id,
        "day": encode_day(a.day),
        "kind": a.kind,
        "minutes": a.minutes,
        "pain_before": a.pain_before,
        "pain_after": a.pain_after,
        "note": a.note,
    }


def decode_activity(doc: Mapping[str, Any]) -> Activity:
    return Activity(
        id=_field(doc, "id"),
        day=decode_day(_field(doc, "day"), "day"),
        kind=_field(doc, "kind"),
        minutes=_field(doc, "minutes"),
        pain_before=_field(doc, "pain_before"),
        pain_after=_field(doc, "pain_after"),
        note=_field(doc, "note"),
    )


# -- Patient-Specific Functional Scale checks -------------------------------------------


def encode_function_check(c: FunctionCheck) -> Doc:
    return {
        "id": c.id,
        "at": encode_time(c.at),
        "scores": [[s.item_id, s.name, s.score] for s in c.scores],
    }


def decode_function_check(doc: Mapping[str, Any]) -> FunctionCheck:
    from backcoach.domain.function_scale import FunctionCheck, ItemScore

    rows = _as_list(_field(doc, "scores"), "scores")
    scores = []
    for row in rows:
        item_id, name, score = _unpack(row, ("item_id", "name", "score"))
        scores.append(ItemScore(item_id, name, score))
    return FunctionCheck(
        id=_field(doc, "id"), at=decode_time(_field(doc, "at"), "at"), scores=tuple(scores)
    )


# -- routines, favourites, settings: validated, kept as plain data ----------------------


def check_routine(doc: Any) -> Doc:
    """A routine is owned by ``domain.routines``; the store only needs a text id."""
    if not isinstance(doc, dict):
        raise ValueError(f"a routine must be a record (an object), got {doc!r:.60}")
    routine_id = doc.get("id")
    if not isinstance(routine_id, str) or not routine_id.strip():
        raise ValueError(f"a routine needs a non-empty text 'id', got {routine_id!r}")
    return doc


def check_favourite(doc: Any) -> str:
    exercise_id = _field(doc, "exercise_id")
    if not isinstance(exercise_id, str) or not exercise_id.strip():
        raise ValueError(f"exercise_id must be non-empty text, got {exercise_id!r}")
    return exercise_id


def check_setting(doc: Any) -> tuple[str, Any]:
    key = _field(doc, "key")
    if not isinstance(key, str) or not key:
        raise ValueError(f"a setting's key must be non-empty text, got {key!r}")
    return key, _field(doc, "value")


def describe_session_doc(doc: Any) -> str:
    """'the session of 3 May 2024 at 07:15 (id 3f2a…)' as well as a broken doc allows."""
    if not isinstance(doc, Mapping):
        return "a session"
    when = ""
    with contextlib.suppress(ValueError):
        when = decode_time(doc.get("started_at"), "started_at").strftime(
            " of %d %b %Y at %H:%M UTC"
        )
    ident = doc.get("id")
    suffix = f" (id {ident})" if isinstance(ident, str) else ""
    return f"the session{when}{suffix}"


__all__ = [
    "COLUMNS",
    "EXERCISE_COLUMNS",
    "FLARE_COLUMNS",
    "RATING_COLUMNS",
    "Doc",
    "RecordError",
    "check_favourite",
    "check_routine",
    "check_setting",
    "decode_activity",
    "decode_checkin",
    "decode_function_check",
    "decode_session",
    "encode_activity",
    "encode_checkin",
    "encode_function_check",
    "encode_session",
    "encode_time",
]
