"""Export (JSON backup, CSV for spreadsheets) and import of a JSON backup.

JSON export is the data file itself, byte for byte as the store would save it now: a full,
lossless backup that any BackCoach (this version or later, via migrations) can import.

CSV export has one row per pain rating (sessions and next-day check-ins) and one per
activity rating of the functional scale (phase "activity ability"), in the user's local
time. Text cells that a spreadsheet would run as a formula (starting with = + - @,
or a tab or carriage return) get a leading apostrophe (OWASP's advice on CSV injection):
a routine named "=HYPERLINK(...)" must stay text.

Import merges a JSON backup into the store. The whole file is checked first; if any part is
bad nothing changes and the message names the first bad record. Records are matched by
their ids (sessions, activities, routines, activity ratings), day (check-ins), exercise
(favourites) or key (settings), so importing the same file twice adds nothing the second
time; when both sides hold a record with the same id but different content, the store's
own is kept.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson

from backcoach.domain.records import SessionRecord
from backcoach.storage import codec, salvage
from backcoach.storage.atomic import atomic_write
from backcoach.storage.codec import RecordError
from backcoach.storage.migrations import migrate
from backcoach.storage.notices import StorageError
from backcoach.storage.protocols import DataStore
from backcoach.storage.recovery import TooNewError, parse_document

CSV_COLUMNS = ("date", "time", "exercise", "phase", "score", "side", "set", "routine")
FUNCTION_PHASE = "activity ability"
"""CSV phase of a functional-scale rating (0 unable .. 10 as before the problem)."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# table -> (noun for the report, key field, canonicaliser)
_MERGED: dict[str, tuple[str, str, Callable[[Any], Any]]] = {
    "sessions": (
        "sessions",
        "id",
        lambda d: codec.encode_session(codec.decode_session(d)),
    ),
    "checkins": (
        "check-ins",
        "day",
        lambda d: codec.encode_checkin(codec.decode_checkin(d)),
    ),
    "activities": (
        "activities",
        "id",
        lambda d: codec.encode_activity(codec.decode_activity(d)),
    ),
    "routines": ("routines", "id", lambda d: d),
    "favourites": ("favourites", "exercise_id", lambda d: {"exercise_id": d["exercise_id"]}),
    "settings": ("settings", "key", lambda d: {"key": d["key"], "value": d["value"]}),
    "function_checks": (
        "activity ratings",
        "id",
        lambda d: codec.encode_function_check(codec.decode_function_check(d)),
    ),
}


class ImportFileError(StorageError):
    """The file cannot be imported; nothing was changed. ``str()`` is for the user (in
    English); ``kind``, ``path`` and ``values`` (StorageError's) let the GUI word it in its
    language."""


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    already_present: dict[str, int] = field(default_factory=dict)
    kept_existing: dict[str, int] = field(default_factory=dict)
    """Same id, different content: the store's own record was kept."""
    set_aside: list[salvage.SetAside] = field(default_factory=list)
    """Records of the file that could not be read (not imported)."""
    set_aside_path: Path | None = None
    """Where those records were written, beside the data file."""

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    def summary(self) -> str:
        """Plain words, e.g. 'Added 12 sessions and 3 check-ins. 40 records were already here.'"""
        added = [_count(count, noun) for noun, count in self.added.items() if count]
        text = f"Added {_join(added)}." if added else "Nothing new to add."
        present = sum(self.already_present.values())
        if present:
            text += f" {present} record{'s were' if present != 1 else ' was'} already here."
        kept = sum(self.kept_existing.values())
        if kept:
            text += (
                f" {kept} record{'s' if kept != 1 else ''} differed from yours; yours "
                f"{'were' if kept != 1 else 'was'} kept."
            )
        if self.set_aside:
            count = len(self.set_aside)
            text += (
                f" {count} record{'s' if count != 1 else ''} of the file could not be read and "
                f"{'were' if count != 1 else 'was'} not imported: "
                f"{salvage.describe(self.set_aside)}. "
                f"{'They are' if count != 1 else 'It is'} kept in {self.set_aside_path}."
            )
        return text


_SINGULAR = {
    "activity ratings": "activity rating",
    "activities": "activity",
    "check-ins": "check-in",
    "favourites": "favourite",
}


def _count(count: int, noun: str) -> str:
    return f"{count} {noun if count != 1 else _SINGULAR.get(noun, noun.removesuffix('s'))}"


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# -- export -----------------------------------------------------------------------------


def export_json(store: DataStore, path: Path | str) -> int:
    """Write the full, lossless backup to ``path``; returns the number of sessions."""
    atomic_write(Path(path), store.serialised())
    return store.sessions.count()


def neutralise(cell: str) -> str:
    """Keep a spreadsheet from reading a text cell as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def export_csv(
    store: DataStore, path: Path | str, exercise_names: Mapping[str, str] | None = None
) -> int:
    """One row per pain rating; returns the number of rows. ``exercise_names`` maps ids to
    the catalogue's names (ids are written when a name is unknown)."""
    names = exercise_names or {}
    rows: list[tuple[Any, ...]] = []
    for session in store.sessions.all():
        rows.extend(_session_rows(session, names))
    for checkin in store.checkins.all():
        local = checkin.at.astimezone()
        rows.append(
            (
                checkin.day.isoformat(),
                local.strftime("%H:%M:%S"),
                "",
                "checkin",
                checkin.score,
                "",
                "",
                "",
            )
        )
    for check in store.function_checks.all():
        local = check.at.astimezone()
        # The activity's name as it was then goes in the "exercise" column; the phase
        # FUNCTION_PHASE tells these 0-10 ability ratings apart from pain ratings.
        rows.extend(
            (
                local.date().isoformat(),
                local.strftime("%H:%M:%S"),
                item.name,
                FUNCTION_PHASE,
                item.score,
                "",
                "",
                "",
            )
            for item in check.scores
            if item.score is not None
        )
    rows.sort(key=lambda row: (row[0], row[1]))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([neutralise(cell) if isinstance(cell, str) else cell for cell in row])
    # UTF-8 with a byte-order mark: spreadsheet programs then read accents correctly.
    atomic_write(Path(path), buffer.getvalue().encode("utf-8-sig"))
    return len(rows)


def _session_rows(session: SessionRecord, names: Mapping[str, str]) -> list[tuple[Any, ...]]:
    rows = []
    for rating in session.ratings:
        local = rating.at.astimezone(session.local_zone)
        exercise = (
            "" if rating.exercise_id is None else names.get(rating.exercise_id, rating.exercise_id)
        )
        rows.append(
            (
                local.date().isoformat(),
                local.strftime("%H:%M:%S"),
                exercise,
                rating.phase,
                rating.score,
                rating.side or "",
                "" if rating.set_index is None else rating.set_index,
                session.routine_name,
            )
        )
    return rows


# -- import -----------------------------------------------------------------------------


def import_file(store: DataStore, path: Path | str) -> ImportReport:
    """Merge a JSON backup into ``store``. Raises ImportFileError (nothing changed) when
    any part of the file is unusable, naming the first bad record."""
    path = Path(path)
    incoming, bad = _read_checked(path)
    report = ImportReport()
    if bad:
        aside = salvage.aside_path(store.data_path, datetime.now().astimezone())
        try:
            report.set_aside_path = salvage.write_set_aside(aside, path, bad)
        except OSError as exc:
            raise ImportFileError(
                f"{path} has {len(bad)} unreadable record(s), and BackCoach could not keep "
                f"them in {aside} ({exc.strerror or exc}). Nothing was changed.",
                "set-aside-failed",
                path,
                count=len(bad),
                aside=aside,
                reason_text=str(exc.strerror or exc),
            ) from exc
        report.set_aside = bad
    with store.transaction() as tx:
        for table, (noun, key, _) in _MERGED.items():
            stored = {doc[key]: doc for doc in tx.documents(table).values()}
            new_docs = []
            added = present = kept = 0
            for doc in incoming[table]:
                mine = stored.get(doc[key])
                if mine is None:
                    new_docs.append(doc)
                    stored[doc[key]] = doc
                    added += 1
                elif mine == doc:
                    present += 1
                else:
                    kept += 1
            tx.insert_many(table, new_docs)
            report.added[noun] = added
            report.already_present[noun] = present
            report.kept_existing[noun] = kept
    return report


def _read_checked(
    path: Path,
) -> tuple[dict[str, list[dict[str, Any]]], list[salvage.SetAside]]:
    """Every good record of the file, checked and in the store's own form, and the records
    that are not good (set aside, not imported); or ImportFileError."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(
            f"BackCoach could not read {path}: {exc.strerror or exc}.",
            "unreadable",
            path,
            reason_text=str(exc.strerror or exc),
        ) from exc
    if not raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        raise ImportFileError(
            f"{path} is not a BackCoach backup. BackCoach imports the JSON files it exports "
            "(the CSV export is for spreadsheets and cannot be imported). Nothing was changed.",
            "not-backup",
            path,
        )
    bad: list[salvage.SetAside] = []
    try:
        data, _ = parse_document(raw)
    except TooNewError as exc:
        raise ImportFileError(
            f"{path} was exported by a newer version of BackCoach (data format {exc.version}). "
            "Please update BackCoach to import it. Nothing was changed.",
            "newer",
            path,
            version=exc.version,
        ) from None
    except RecordError as exc:
        split = _good_records(raw)
        if split is None:
            raise ImportFileError(
                f"{path} cannot be imported because {exc}. Nothing was changed.",
                "damaged",
                path,
            ) from None
        data, bad = split
    incoming: dict[str, list[dict[str, Any]]] = {}
    for table, (noun, _, canonical) in _MERGED.items():
        docs = incoming[table] = []
        for number, doc in enumerate(data.get(table, {}).values(), start=1):
            try:
                docs.append(canonical(doc))
            except (ValueError, TypeError, KeyError) as exc:  # validation let it through
                raise ImportFileError(
                    f"{path} cannot be imported because record {number} of its {noun} is not "
                    f"valid: {exc}. Nothing was changed.",
                    "bad-record",
                    path,
                ) from None
    return incoming, bad


def _good_records(raw: bytes) -> tuple[dict[str, Any], list[salvage.SetAside]] | None:
    """The file's good records and the bad ones, when only single records are bad."""
    try:
        data, _ = migrate(orjson.loads(raw))
    except Exception:  # anything odd: the whole file is refused as before
        return None
    return salvage.split_records(data)
