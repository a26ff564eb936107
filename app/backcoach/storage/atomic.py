"""Crash-safe file writes: a reader sees the old file or the new one, never a mix.

The recipe (write a temp file in the same folder, fsync it, ``os.replace`` it over the
target, fsync the folder) is what makes "a power cut loses at most the last second" true:
the rename is atomic on every filesystem BackCoach runs on, and the two fsyncs order the
data before the rename and make the rename itself durable. Every file BackCoach writes
(the data file, backups, exports) goes through ``atomic_write``.
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path

FILE_MODE = 0o600  # the user's health record: readable by the user only
FOLDER_MODE = 0o700
_TEMP_SUFFIX = ".tmp"
_WRITEV_BATCH = 512  # below every platform's IOV_MAX (1024 on Linux and macOS)


def temp_name(target: Path) -> Path:
    """A fresh hidden temp path beside ``target`` (same folder, so the rename is atomic)."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{_TEMP_SUFFIX}")


def atomic_write(
    target: Path, data: bytes | Sequence[bytes], mode: int = FILE_MODE, *, durable: bool = True
) -> None:
    """Replace ``target`` with ``data`` (one bytes object or pieces written in order).

    Raises OSError (disk full, read-only, ...) with ``target`` left untouched and no temp
    file left behind. ``durable=False`` skips both fsyncs: only for a disposable file that
    checks itself when read (the start cache), never for the user's data.
    """
    pieces: Sequence[bytes] = (data,) if isinstance(data, bytes | bytearray) else data
    temp = temp_name(target)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_CLOEXEC", 0)
    fd = os.open(temp, flags, mode)
    try:
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)  # the umask may have narrowed it; never widened
            _write_all(fd, pieces)
            if durable:
                _sync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    if durable:
        fsync_folder(target.parent)


def _write_all(fd: int, pieces: Sequence[bytes]) -> None:
    """Write every piece; writev lets the cached pieces go out without joining them."""
    if not hasattr(os, "writev"):
        for piece in pieces:
            _write_bytes(fd, piece)
        return
    for start in range(0, len(pieces), _WRITEV_BATCH):
        batch = pieces[start : start + _WRITEV_BATCH]
        written = os.writev(fd, batch)
        total = sum(map(len, batch))
        if written < total:  # a short write (rare on files): finish it byte-wise
            _write_bytes(fd, b"".join(batch)[written:])


def _write_bytes(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _sync(fd: int) -> None:
    """fsync; on macOS plain fsync leaves data in the drive's cache, F_FULLFSYNC does not."""
    if sys.platform == "darwin":
        import fcntl

        full = getattr(fcntl, "F_FULLFSYNC", None)
        if full is not None:
            try:
                fcntl.fcntl(fd, full)
                return
            except OSError:
                pass  # some filesystems (e.g. network shares) refuse it: fall back
    os.fsync(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def ensure_folder(folder: Path) -> None:
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)


def set_aside(path: Path, reason: str, now: datetime) -> Path:
    """Rename a bad file to a unique name beside it (never delete) and return the new path."""
    stamp = now.strftime("%Y-%m-%d-%H%M%S")
    for attempt in range(1000):
        extra = f"-{attempt}" if attempt else ""
        aside = path.with_name(f"{path.stem}.{reason}-{stamp}{extra}{path.suffix}")
        if not aside.exists():
            break
    else:  # pragma: no cover - a thousand set-aside files in one second
        aside = path.with_name(f"{path.stem}.{reason}-{uuid.uuid4().hex}{path.suffix}")
    os.replace(path, aside)  # same folder: atomic
    fsync_folder(path.parent)
    return aside


def remove_stale_temp_files(folder: Path, names: Iterable[str]) -> None:
    """Temp files left by a killed writer were never acknowledged, so removing them is safe."""
    for name in names:
        for temp in folder.glob(f".{name}.*{_TEMP_SUFFIX}"):
            with contextlib.suppress(OSError):
                temp.unlink()
