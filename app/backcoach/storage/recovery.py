"""Opening the data file, and what to do when it is missing or broken.

A file that is missing, empty, truncated, not JSON, or fails validation is *set aside*
(renamed beside itself, never deleted) and the newest backup that loads is used instead;
the user is told in plain words what happened and where the old file is. A file from a
newer BackCoach, or one the system will not let us read, stops the start with a clear
message and is left exactly as it is: going on would risk overwriting good data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson

from backcoach.storage import backups, notices
from backcoach.storage.atomic import remove_stale_temp_files, set_aside
from backcoach.storage.file_format import CACHE_NAME, TABLES, RecordError
from backcoach.storage.gc_pause import paused_gc
from backcoach.storage.migrations import CURRENT_VERSION, migrate, new_meta, read_version
from backcoach.storage.notices import StorageNotice

if TYPE_CHECKING:
    from backcoach.storage.start_cache import Partial

# The start cache, the validation and the salvage of bad records are imported when a file
# is there to read: a first run (no file, no cache) needs none of them, and validation
# brings ``codec`` and the domain records (~10 ms of dataclasses; 008-speed.md, "17a").

FILE_NAME = "backcoach.json"
SET_ASIDE_REASON = "unreadable"
ORIGINAL_REASON = "original"
"""The name part of a whole file kept as it was after its bad records were set aside."""

Tables = dict[str, Any]


class TooNewError(Exception):
    def __init__(self, version: int) -> None:
        super().__init__(f"data format {version} is newer than {CURRENT_VERSION}")
        self.version = version


class Loaded(NamedTuple):
    """What ``load`` found, and what the store must still do before its first save.

    A NamedTuple, not a dataclass: this module loads at every start, where a dataclass
    costs ~0.4 ms to create (008-speed.md, "17e"). Nothing changes one once made."""

    data: Tables
    notices: Sequence[StorageNotice] = ()
    needs_save: bool = False
    """The file on disk differs from ``data`` (new, upgraded or restored)."""
    set_aside_pending: bool = False
    """The bad file could not be renamed yet; it must be, before anything overwrites it."""
    upgrade_copy: bytes | None = None
    """The old-format file's bytes, to keep in backups/ before the upgraded file is saved."""
    upgraded_from: int | None = None
    partial: Partial | None = None
    """Set when ``data`` is the start cache's (recent history only): the store reads the
    whole file later (``Database.load_rest``)."""


def parse_document(raw: bytes) -> tuple[Tables, int]:
    """Bytes to current-schema tables; returns them and the version the bytes had.

    Raises RecordError (with a plain reason) for anything unusable, TooNewError for a file
    from a newer BackCoach.
    """
    if not raw.strip():
        raise RecordError("the file is empty")
    try:
        with paused_gc(keep=True):
            data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise RecordError(f"the file is damaged or incomplete ({exc})") from None
    version = read_version(data)
    if version > CURRENT_VERSION:
        raise TooNewError(version)
    data, version = migrate(data)
    from backcoach.storage.validate import validate_tables

    validate_tables(data)
    for table in TABLES:
        data.setdefault(table, {})
    return data, version


def new_data(now: datetime) -> Tables:
    data: Tables = {table: {} for table in TABLES}
    data["meta"] = new_meta(now)
    return data


def clean_up(data_dir: Path) -> None:
    """Drop temp files a killed writer left beside the data and its backups."""
    remove_stale_temp_files(data_dir, [FILE_NAME, CACHE_NAME])
    backups.clean_temp_files(backups.folder_for(data_dir))


def load_quick(data_dir: Path) -> Loaded | None:
    """The start cache's data when it belongs to the data file as it is now; else None."""
    if not (data_dir / CACHE_NAME).exists():
        return None  # a first run, or the last run saved and did not close: no cache
    from backcoach.storage import start_cache

    found = start_cache.read(data_dir, data_dir / FILE_NAME)
    if found is None:
        return None
    clean_up(data_dir)
    data, partial = found
    return Loaded(data, partial=partial)


def load(data_dir: Path, now: datetime) -> Loaded:
    """Read ``data_dir/backcoach.json``, recovering from a backup when it is unusable."""
    path = data_dir / FILE_NAME
    backup_dir = backups.folder_for(data_dir)
    clean_up(data_dir)
    try:
        raw: bytes | None = path.read_bytes()
    except FileNotFoundError:
        raw = None
    except OSError as exc:
        raise notices.unreadable_file(path, exc) from exc

    if raw is not None:
        try:
            data, version = parse_document(raw)
        except TooNewError as exc:
            raise notices.newer_file(path, exc.version, CURRENT_VERSION) from None
        except RecordError as exc:
            kept = _keep_good_records(path, raw, now)
            if kept is not None:
                return kept
            return _recover(path, backup_dir, now, _problem(raw), str(exc))
        if version == CURRENT_VERSION:
            return Loaded(data)
        return Loaded(data, needs_save=True, upgrade_copy=raw, upgraded_from=version)

    if not backups.list_backups(backup_dir):
        return Loaded(new_data(now), needs_save=True)  # a first run
    return _recover(path, backup_dir, now, "was missing", "")


def _keep_good_records(path: Path, raw: bytes, now: datetime) -> Loaded | None:
    """A file whose only trouble is some bad records: keep all the others.

    The whole file is kept as it was (renamed beside itself), the bad records are written
    to a file of their own beside it, and the user is told how many and what they were.
    None when the trouble is not in single records, or the files cannot be written.
    """
    from backcoach.storage import salvage

    try:
        with paused_gc():
            data = orjson.loads(raw)
        data, version = migrate(data)
    except Exception:  # anything odd: the file goes the old way, set aside whole
        return None
    split = salvage.split_records(data)
    if split is None or not split[1]:
        return None
    kept, records = split
    for table in TABLES:
        kept.setdefault(table, {})
    try:
        aside_records = salvage.write_set_aside(salvage.aside_path(path, now), path, records)
        original = set_aside(path, ORIGINAL_REASON, now)
    except OSError:
        return None
    notice = notices.records_set_aside(
        salvage.describe(records), len(records), aside_records, original, _kept_words(kept)
    )
    detail = "; ".join(f"{r.what}: {r.problem}" for r in records)
    return Loaded(
        kept,
        [_with_detail(notice, detail)],
        needs_save=True,
        upgraded_from=version if version != CURRENT_VERSION else None,
    )


def _kept_words(data: Tables) -> str:
    from backcoach.storage import salvage

    parts = [
        salvage.noun(table, len(data.get(table, {})))
        for table in ("sessions", "checkins", "activities")
        if data.get(table)
    ]
    return ", ".join(parts) if parts else "everything else"


def _problem(raw: bytes) -> str:
    if not raw.strip():
        return "was empty"
    return "could not be read (it is damaged or incomplete)"


def _recover(path: Path, backup_dir: Path, now: datetime, problem: str, detail: str) -> Loaded:
    aside: Path | None = None
    pending = False
    if path.exists():
        try:
            aside = set_aside(path, SET_ASIDE_REASON, now)
        except OSError:
            pending = True
    for info in backups.list_backups(backup_dir):
        try:
            data, version = parse_document(info.path.read_bytes())
        except (OSError, RecordError, TooNewError):
            continue  # a bad backup is skipped, and left where it is
        notice = notices.restored(problem, aside, info.created.date(), now.date(), pending)
        return Loaded(
            data,
            [_with_detail(notice, detail)],
            needs_save=True,
            set_aside_pending=pending,
            upgraded_from=version if version != CURRENT_VERSION else None,
        )
    notice = notices.started_empty(problem, aside, pending)
    return Loaded(new_data(now), [_with_detail(notice, detail)], True, set_aside_pending=pending)


def _with_detail(notice: StorageNotice, detail: str) -> StorageNotice:
    if not detail:
        return notice
    return replace(notice, detail=detail)  # its values too
