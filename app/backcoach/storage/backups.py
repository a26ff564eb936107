"""Rotating backups in ``<data folder>/backups``: what they are called and which are kept.

Kinds, by file name (times are the user's local time):
  backcoach-2024-05-03.json                        daily: the first save of each day;
                                                   the newest DAILY_KEEP are kept
  backcoach-2024-05-03-101500-manual.json          "Back up now" in Settings; kept
  backcoach-2024-05-03-101500-before-restore.json  the data replaced by a restore; kept
  backcoach-2024-05-03-101500-before-upgrade.json  the file as it was before a format
                                                   upgrade; kept
Only daily backups are ever deleted, by rotation; everything else is the user's to remove.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from backcoach.storage.atomic import atomic_write, ensure_folder, remove_stale_temp_files

FOLDER_NAME = "backups"
DAILY_KEEP = 7
_PREFIX = "backcoach-"
_NAME = re.compile(
    r"backcoach-(?P<day>\d{4}-\d{2}-\d{2})(?:-(?P<time>\d{6}))?"
    r"(?:-(?P<kind>[a-z]+(?:-[a-z]+)*)(?:-(?P<counter>\d+))?)?\.json"
)


class BackupInfo(NamedTuple):
    """One backup file, as its name describes it.

    A NamedTuple, not a frozen dataclass: its module loads at every start, where a dataclass
    costs ~0.4 ms to create (008-speed.md, "17e").
    """

    path: Path
    created: datetime
    """Local time the backup was made (from its name; the day only, at 00:00, for daily)."""
    kind: str
    """'daily', 'manual', 'before-restore' or 'before-upgrade'."""


def folder_for(data_dir: Path) -> Path:
    return data_dir / FOLDER_NAME


def daily_path(folder: Path, day: date) -> Path:
    return folder / f"{_PREFIX}{day.isoformat()}.json"


def stamped_path(folder: Path, now: datetime, kind: str) -> Path:
    base = f"{_PREFIX}{now:%Y-%m-%d-%H%M%S}"
    path = folder / f"{base}-{kind}.json"
    counter = 1
    while path.exists():  # two in one second: never overwrite a kept backup
        counter += 1
        path = folder / f"{base}-{kind}-{counter}.json"
    return path


def parse(path: Path) -> BackupInfo | None:
    match = _NAME.fullmatch(path.name)
    if match is None:
        return None
    try:
        day = date.fromisoformat(match["day"])
        clock = match["time"] or "000000"
        created = datetime(
            day.year, day.month, day.day, int(clock[:2]), int(clock[2:4]), int(clock[4:])
        )
    except ValueError:
        return None
    return BackupInfo(path, created, match["kind"] or "daily")


def _order(info: BackupInfo) -> tuple[datetime, bool, int]:
    """Newest first: by time, then the later of two made in the same second."""
    match = _NAME.fullmatch(info.path.name)
    counter = int(match["counter"]) if match and match["counter"] else 1
    return (info.created, info.kind != "daily", counter)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup, newest first."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [info for entry in entries if (info := parse(entry)) is not None and entry.is_file()]
    found.sort(key=_order, reverse=True)
    return found


def write_backup(path: Path, pieces: bytes | Sequence[bytes]) -> Path:
    ensure_folder(path.parent)
    atomic_write(path, pieces)
    return path


def write_daily(folder: Path, day: date, pieces: bytes | Sequence[bytes]) -> Path | None:
    """Write today's backup unless it exists; rotate old daily ones. Returns the new path."""
    path = daily_path(folder, day)
    if path.exists():
        return None
    write_backup(path, pieces)
    rotate(folder)
    return path


def rotate(folder: Path, keep: int = DAILY_KEEP) -> None:
    daily = [info for info in list_backups(folder) if info.kind == "daily"]
    for info in daily[keep:]:
        with contextlib.suppress(OSError):
            os.unlink(info.path)


def clean_temp_files(folder: Path) -> None:
    """Drop temp files a killed writer left (they were never acknowledged)."""
    remove_stale_temp_files(folder, ["backcoach-*.json"])
