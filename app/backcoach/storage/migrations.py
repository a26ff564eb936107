"""The data file's format versions and the steps that bring an old file forward.

``meta`` holds one document with ``schema_version``. Opening a file runs every step from
its version to ``CURRENT_VERSION`` in memory; the store then keeps a copy of the old file
in ``backups/`` and saves the upgraded data. A file from a *newer* version is never
touched (``NewerFileError``): rewriting it would drop what this version does not know.

Adding a version: bump ``CURRENT_VERSION``, write ``_vN_to_vN+1`` taking and returning the
raw tables, register it in ``_STEPS``, and add a test that upgrades a file of the old
version (see ``tests/storage/test_migrations.py``).

Version history
  1  The first layout: local times with their offset ("2024-05-03T08:15:00+01:00"),
     one object per rating, exercise and flare, ratings without ``offset_s``,
     favourites kept in the setting ``"favourites"``.
  2  Times in UTC with a 'Z' and the session's ``utc_offset_min`` beside them; ratings
     carry ``offset_s`` (monotonic seconds since the start); a session's ratings,
     exercises and flares are rows whose columns ``meta.columns`` names; a ``favourites``
     table.
  3  A ``function_checks`` table: the Patient-Specific Functional Scale's rating rounds
     (id, UTC time, rows of [activity id, name then, score or null]). A version-2 file
     gains the empty table and is otherwise unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from backcoach.storage.file_format import COLUMNS, RecordError, encode_time

CURRENT_VERSION = 3
Tables = dict[str, Any]


def read_version(data: Any) -> int:
    """The file's schema version; RecordError when the file has none."""
    meta = data.get("meta") if isinstance(data, dict) else None
    docs = list(meta.values()) if isinstance(meta, dict) else []
    if len(docs) != 1 or not isinstance(docs[0], dict):
        raise RecordError("the file has no version record, so it is not a BackCoach data file")
    version = docs[0].get("schema_version")
    if type(version) is not int or version < 1:
        raise RecordError(f"the file's version record is not valid: {version!r}")
    return version


def new_meta(created_at: datetime) -> dict[str, Any]:
    return {"1": {**_meta_fields(), "created_at": encode_time(created_at)}}


def _meta_fields() -> dict[str, Any]:
    """What every current file's meta record says about its own layout."""
    return {
        "schema_version": CURRENT_VERSION,
        "columns": {name: list(columns) for name, columns in COLUMNS.items()},
    }


def migrate(data: Tables) -> tuple[Tables, int]:
    """Upgrade ``data`` in place to CURRENT_VERSION; returns it and the version it had.

    The caller checks for a newer version first. A step that meets data it cannot read
    raises RecordError, so the file is treated like any other unreadable file.
    """
    version = read_version(data)
    start = version
    while version < CURRENT_VERSION:
        try:
            data = _STEPS[version](data)
        except RecordError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise RecordError(
                f"the file could not be upgraded from version {version}: {exc!r}"
            ) from None
        version += 1
        _meta_doc(data)["schema_version"] = version
    return data, start


def _meta_doc(data: Tables) -> dict[str, Any]:
    return next(iter(data["meta"].values()))


# -- steps ------------------------------------------------------------------------------


def _utc_text(local_text: str) -> str:
    moment = datetime.fromisoformat(local_text)
    if moment.utcoffset() is None:
        raise ValueError(f"time without a time zone: {local_text!r}")
    return encode_time(moment.astimezone(UTC))


# A step writes the layout of *its* target version, so it spells its columns out rather
# than importing the codec's current ones (which a later version will change).
_V2_COLUMNS = {
    "ratings": ("score", "phase", "exercise_id", "at", "offset_s", "set_index", "side"),
    "exercises": ("exercise_id", "started_at", "finished_at", "sets_done", "side", "skipped"),
    "flares": ("exercise_id", "at", "baseline", "score", "action"),
}


def _v1_to_v2(data: Tables) -> Tables:
    for session in data.get("sessions", {}).values():
        start_local = datetime.fromisoformat(session["started_at"])
        offset = start_local.utcoffset()
        if offset is None:
            raise ValueError(f"session start without a time zone: {session['started_at']!r}")
        start = start_local.astimezone(UTC)
        session["started_at"] = encode_time(start)
        session["utc_offset_min"] = int(offset.total_seconds() // 60)
        if session.get("ended_at") is not None:
            session["ended_at"] = _utc_text(session["ended_at"])
        rows = []
        for rating in session["ratings"]:
            at = datetime.fromisoformat(rating["at"]).astimezone(UTC)
            rating["at"] = encode_time(at)
            # Version 1 had no monotonic offset; the wall-clock gap is the best estimate.
            rating["offset_s"] = max(0.0, (at - start).total_seconds())
            rows.append([rating[column] for column in _V2_COLUMNS["ratings"]])
        session["ratings"] = rows
        exercises = []
        for exercise in session["exercises"]:
            exercise["started_at"] = _utc_text(exercise["started_at"])
            exercise["finished_at"] = _utc_text(exercise["finished_at"])
            exercises.append([exercise[column] for column in _V2_COLUMNS["exercises"]])
        session["exercises"] = exercises
        flares = []
        for flare in session["flares"]:
            flare["at"] = _utc_text(flare["at"])
            flares.append([flare[column] for column in _V2_COLUMNS["flares"]])
        session["flares"] = flares

    settings = data.get("settings", {})
    favourites: list[str] = []
    for doc_id, doc in list(settings.items()):
        if doc.get("key") == "favourites":
            favourites = list(doc.get("value") or [])
            del settings[doc_id]
    data["favourites"] = {
        str(number): {"exercise_id": exercise_id}
        for number, exercise_id in enumerate(dict.fromkeys(favourites), start=1)
    }
    _meta_doc(data)["columns"] = {name: list(cols) for name, cols in _V2_COLUMNS.items()}
    return data


def _v2_to_v3(data: Tables) -> Tables:
    data.setdefault("function_checks", {})
    return data


_STEPS: dict[int, Callable[[Tables], Tables]] = {1: _v1_to_v2, 2: _v2_to_v3}
