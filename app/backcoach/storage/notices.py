"""What the store tells the user, in plain words, and the errors it raises.

Storage is Qt-free, so messages are built here in English (for the command line and the
log). Each notice also carries a stable ``code``, the ``path`` it is about and the
``values`` its wording needs, so the GUI shows its own translated wording
(``services/storage_words.py``) without parsing the English.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

Level = Literal["info", "warning", "error"]


@dataclass(frozen=True, slots=True)
class StorageNotice:
    level: Level
    code: str
    message: str
    path: Path | None = None
    detail: str = ""
    """Technical detail for a log or a support request (English, not for the main text)."""
    values: dict[str, Any] = field(default_factory=dict, compare=False)
    """What the wording needs besides the path (a day, a count, a reason's kind)."""


Listener = Callable[[StorageNotice], None]
log = logging.getLogger(__name__)


class NoticeBoard:
    """Hands notices to the listeners (the GUI); keeps those raised before any listened."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._undelivered: list[StorageNotice] = []
        self._lock = threading.Lock()

    def add(self, callback: Listener) -> None:
        """``callback(notice)`` runs on the writer thread when saving fails or recovers.

        Notices raised before any listener was added are delivered now, on this thread.
        Keep callbacks short and thread-safe (e.g. emit a Qt signal), and do not call the
        store from them: the writer would be waiting for itself.
        """
        with self._lock:
            self._listeners.append(callback)
            pending, self._undelivered = self._undelivered, []
        for notice in pending:
            self._call(callback, notice)

    def remove(self, callback: Listener) -> None:
        with self._lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    def emit(self, notice: StorageNotice) -> None:
        with self._lock:
            listeners = list(self._listeners)
            if not listeners:
                self._undelivered.append(notice)
        for callback in listeners:
            self._call(callback, notice)

    @staticmethod
    def _call(callback: Listener, notice: StorageNotice) -> None:
        try:
            callback(notice)
        except Exception:  # a faulty listener must not stop saving
            log.exception("storage listener failed")


class StorageError(Exception):
    """The store cannot go on safely; ``str(error)`` is a message for the user (in
    English); ``kind``, ``path`` and ``values`` let the GUI word it in its language."""

    def __init__(
        self, message: str, kind: str = "other", path: Path | None = None, **values: Any
    ) -> None:
        super().__init__(message)
        self.kind, self.path, self.values = kind, path, values


class NewerFileError(StorageError):
    """The data file was written by a newer BackCoach; it is left exactly as it is."""

    def __init__(self, message: str, path: Path, version: int, supported: int) -> None:
        super().__init__(message, "newer-file", path, version=version, supported=supported)
        self.version, self.supported = version, supported


class UnreadableFileError(StorageError):
    """The system will not let BackCoach read its data file; it is left as it is.
    ``reason`` is the system's own words (``errno_name`` says which, for other languages)."""

    def __init__(self, message: str, path: Path, reason: str, errno_name: str) -> None:
        super().__init__(message, "file-unreadable", path, reason_text=reason)
        self.reason, self.errno_name = reason, errno_name


def _day_words(day: date | None, today: date) -> str:
    if day is None:
        return "the newest backup"
    if day == today:
        return "today's backup"
    if (today - day).days == 1:
        return "yesterday's backup"
    return f"the backup from {day:%d %B %Y}".replace(" 0", " ")


def restored(
    problem: str, aside: Path | None, backup_day: date | None, today: date, pending: bool
) -> StorageNotice:
    """The data file was bad or missing and a backup took its place."""
    where = _aside_words(aside, pending)
    return StorageNotice(
        "warning",
        "restored-backup",
        f"Your BackCoach data file {problem}{where}, and {_day_words(backup_day, today)} "
        "was restored. Nothing was deleted.",
        aside,
        values={
            "problem": problem_kind(problem),
            "pending": pending,
            "backup_day": backup_day,
            "today": today,
        },
    )


def started_empty(problem: str, aside: Path | None, pending: bool) -> StorageNotice:
    """The data file was bad and no usable backup was found."""
    return StorageNotice(
        "error",
        "started-empty",
        f"Your BackCoach data file {problem}{_aside_words(aside, pending)}. No usable backup "
        "was found, so BackCoach started with an empty diary. Nothing was deleted: the old "
        "file may still be recoverable.",
        aside,
        values={"problem": problem_kind(problem), "pending": pending},
    )


def records_set_aside(
    described: str, count: int, aside: Path, original: Path, kept: str
) -> StorageNotice:
    """Some records of the data file were unreadable; all the others were kept."""
    some = "1 record" if count == 1 else f"{count} records"
    return StorageNotice(
        "warning",
        "records-set-aside",
        f"BackCoach could not read {some} in your data file and set "
        f"{'it' if count == 1 else 'them'} aside: {described}. Everything else was kept "
        f"({kept}). The records set aside are in {aside}, and the whole original file is "
        f"kept unchanged as {original}. Nothing was deleted.",
        aside,
        values={"count": count, "original": original},
    )


def _aside_words(aside: Path | None, pending: bool) -> str:
    if aside is not None:
        return f", so it was put aside as {aside}"
    if pending:
        return (
            " and could not be moved aside (the folder cannot be written to); it will be "
            "moved aside before anything is saved"
        )
    return ""


def upgraded(old_version: int, new_version: int, backup_dir: Path) -> StorageNotice:
    return StorageNotice(
        "info",
        "upgraded",
        f"Your BackCoach data was updated to the current format (version {old_version} to "
        f"{new_version}). A copy of the old file is kept in {backup_dir}.",
        backup_dir,
        values={"old": old_version, "new": new_version},
    )


def write_failed(path: Path, error: Exception) -> StorageNotice:
    """Saving failed; the data is still in memory and saving is retried."""
    reason = _reason(error)
    return StorageNotice(
        "error",
        "write-failed",
        f"BackCoach could not save your latest changes to {path}: {reason}. They are kept "
        "while BackCoach stays open and saving is retried every few seconds. Please do not "
        "close BackCoach until this message goes away.",
        path,
        f"{type(error).__name__}: {error}",
        values={"reason": reason_kind(error), "reason_text": reason},
    )


def write_recovered(path: Path) -> StorageNotice:
    return StorageNotice(
        "info",
        "write-recovered",
        f"BackCoach is saving again. Everything is saved to {path}.",
        path,
    )


def backup_failed(path: Path, error: OSError) -> StorageNotice:
    return StorageNotice(
        "warning",
        "backup-failed",
        f"BackCoach could not make today's backup in {path}: {_reason(error)}. Your data "
        "itself is saved; the backup will be tried again.",
        path,
        values={"reason": reason_kind(error), "reason_text": _reason(error)},
    )


def problem_kind(problem: str) -> str:
    """'missing', 'empty' or 'damaged': what was wrong with the data file (recovery's words)."""
    if problem.startswith("was missing"):
        return "missing"
    if problem.startswith("was empty"):
        return "empty"
    return "damaged"


def reason_kind(error: Exception) -> str:
    """Why a write failed, as a word the GUI words in its language ('other': the system's
    own text, ``_reason``, is shown)."""
    if not isinstance(error, OSError):
        return "other"
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
        return "disk-full"
    if error.errno == errno.EROFS:
        return "read-only"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "not-allowed"
    if error.errno == errno.ENOENT:
        return "folder-missing"
    return "other"


def _reason(error: Exception) -> str:
    if not isinstance(error, OSError):
        return f"an internal error ({type(error).__name__}: {error})"
    if error.errno == errno.ENOSPC or error.errno == getattr(errno, "EDQUOT", -1):
        return "the disk is full"
    if error.errno == errno.EROFS:
        return "the disk or folder is read-only"
    if error.errno in (errno.EACCES, errno.EPERM):
        return "BackCoach is not allowed to write there"
    if error.errno == errno.ENOENT:
        return "the folder is missing"
    return error.strerror or str(error)


def newer_file(path: Path, version: int, supported: int) -> NewerFileError:
    return NewerFileError(
        f"Your BackCoach data file {path} was written by a newer version of BackCoach "
        f"(data format {version}; this version understands up to {supported}). Please "
        "install the newer version again. The file was not changed.",
        path,
        version,
        supported,
    )


def unreadable_file(path: Path, error: OSError) -> UnreadableFileError:
    reason = error.strerror or str(error)
    return UnreadableFileError(
        f"BackCoach cannot open its data file {path}: {reason}. The file "
        "was not changed. Check that you are allowed to read it.",
        path,
        reason,
        errno.errorcode.get(error.errno or 0, ""),
    )
