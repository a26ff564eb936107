"""The start cache: a small, disposable copy of what a start needs, beside the data file.

Why: with ten years of history, reading and validating the whole data file (9.7 MB, ~0.1 s
here) came before Home could show one week (docs/decisions/008-speed.md). When the store
closes (and after a start that changed nothing) it writes ``start-cache.json``: every
table except sessions, check-ins and activities older than ``KEEP_DAYS`` (running sessions
are always kept), with the *identity* of the data file it was taken from (size, times and
inode as on disk, every change durable). The first save of a run removes it. A start
whose data file still has that identity opens from the cache; the store then reads the
whole file on a worker thread once the window is usable, and every write, and every read
of older history, waits for it (``database.Database.ensure_full``).

The cache is never the truth: it is not in backups or exports, it is not fsynced, and at
any doubt (another identity, a damaged or foreign cache, another format or schema) the
start reads the whole file as before. Its first line holds the identity and a CRC-32 of
the rest, so a torn write after a power cut does not pass for a good cache (and what
passes is validated as the data file is).
"""

from __future__ import annotations

import contextlib
import logging
import os
import zlib
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from backcoach.storage.atomic import atomic_write
from backcoach.storage.file_format import CACHE_NAME, RecordError
from backcoach.storage.gc_pause import paused_gc
from backcoach.storage.migrations import CURRENT_VERSION, read_version
from backcoach.storage.validate import TABLES, validate_tables

log = logging.getLogger(__name__)

FORMAT = 1
KEEP_DAYS = 120
"""Sessions, check-ins and activities of the last four months are kept: Home looks back
four weeks at most, and Progress's first view 15 weeks (``progress_data.RECENT_DAYS``),
so both are answered from the cache for a couple of weeks after it was written."""
PARTIAL_TABLES = ("sessions", "checkins", "activities")
"""The only tables the cache may hold in part; every other table is whole."""

Tables = dict[str, Any]
Identity = list[int]


class Partial(NamedTuple):
    """What a store opened from the cache holds of the history, and what it does not.

    A NamedTuple, not a frozen dataclass: its module loads at every start, where a dataclass
    costs ~0.4 ms to create (008-speed.md, "17e").
    """

    sessions_from: str
    """ISO day: every session whose stored start (UTC) is on or after it is held, and
    every running session whatever its day."""
    checkins_from: str
    """ISO day: every check-in, and every activity, on or after it is held."""
    session_count: int
    """How many sessions the whole file holds."""
    activity_count: int
    """How many activities the whole file holds."""


def cache_path(data_dir: Path) -> Path:
    return data_dir / CACHE_NAME


def identity(path: Path) -> Identity:
    """What changes whenever the file is replaced or written (ctime moves on any change,
    and no tool can set it back)."""
    info = os.stat(path)
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]


def cutoff(today: date) -> str:
    return (today - timedelta(days=KEEP_DAYS)).isoformat()


def select(data: Tables, today: date) -> tuple[Tables, Partial]:
    """The part of ``data`` a start needs (the documents themselves, not copies: serialise
    them under the store's lock)."""
    since = cutoff(today)
    part: Tables = {}
    for name, table in data.items():
        if name == "sessions":
            part[name] = {
                i: d
                for i, d in table.items()
                if d["started_at"][:10] >= since or d["ended_at"] is None
            }
        elif name in ("checkins", "activities"):
            part[name] = {i: d for i, d in table.items() if d["day"] >= since}
        else:
            part[name] = table
    counts = len(data.get("sessions", {})), len(data.get("activities", {}))
    return part, Partial(since, since, *counts)


def encode(part: Tables, partial: Partial) -> bytes:
    """The cache's body (without the identity line, which is known only after the save)."""
    return orjson.dumps(
        {
            "sessions_from": partial.sessions_from,
            "checkins_from": partial.checkins_from,
            "session_count": partial.session_count,
            "activity_count": partial.activity_count,
            "tables": part,
        }
    )


def write(data_dir: Path, source: Identity, body: bytes) -> None:
    """Put the cache for the data file of identity ``source`` beside it (best effort: a
    cache that cannot be written only makes the next start read the whole file)."""
    head = orjson.dumps({"format": FORMAT, "source": source, "crc32": zlib.crc32(body)})
    try:
        atomic_write(cache_path(data_dir), [head, b"\n", body], durable=False)
    except OSError as exc:
        log.info("the start cache was not written: %s", exc)
        discard(data_dir)


def discard(data_dir: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(cache_path(data_dir))


def read(data_dir: Path, data_file: Path) -> tuple[Tables, Partial] | None:
    """The cached tables if the cache belongs to ``data_file`` as it is now and is whole
    and valid; None (read the whole file) at any doubt."""
    try:
        raw = cache_path(data_dir).read_bytes()
        source = identity(data_file)
    except OSError:
        return None
    try:
        head_bytes, _, body = raw.partition(b"\n")
        head = orjson.loads(head_bytes)
        if (
            type(head) is not dict
            or head.get("format") != FORMAT
            or head.get("source") != source
            or head.get("crc32") != zlib.crc32(body)
        ):
            return None
        with paused_gc(keep=True):
            cached = orjson.loads(body)
        tables = cached["tables"]
        if read_version(tables) != CURRENT_VERSION:
            return None
        validate_tables(tables)
        for table in TABLES:
            tables.setdefault(table, {})
        partial = Partial(
            _day_text(cached["sessions_from"]),
            _day_text(cached["checkins_from"]),
            _count(cached["session_count"], tables["sessions"]),
            _count(cached["activity_count"], tables["activities"]),
        )
    except (orjson.JSONDecodeError, RecordError, KeyError, TypeError, ValueError) as exc:
        log.info("the start cache is not usable (%s); reading the whole file", exc)
        return None
    return tables, partial


def _count(value: Any, held: dict[str, Any]) -> int:
    if type(value) is not int or value < len(held):
        raise ValueError("not a count of the whole table")
    return value


def _day_text(value: Any) -> str:
    if type(value) is not str:
        raise ValueError("not a day")
    return date.fromisoformat(value).isoformat()
