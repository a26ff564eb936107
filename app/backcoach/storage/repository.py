"""The Store: BackCoach's data in domain terms, over TinyDB, saved by a background writer.

Every method is safe to call from the UI thread: it changes the data in memory (a few
hundred µs even with ten years of sessions) and returns; the writer thread puts it on disk
within a few tens of milliseconds. Methods that change data return a ``Ticket`` whose
``wait()`` tells when that change is durable.

Rules the repository keeps (the serialiser's cache depends on the first):
- an ended session is never changed in place: appending to it raises ValueError (carrying
  on with one ended early puts a fresh copy in its place: ``reopen_session``);
- records handed out are copies or frozen dataclasses, so a caller cannot change stored
  data behind the writer's back.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import orjson
from tinydb.table import Table

from backcoach.domain.function_scale import FunctionCheck, ordered
from backcoach.domain.records import (
    Activity,
    CheckIn,
    ExerciseResult,
    Flare,
    Rating,
    SessionRecord,
    new_id,
)
from backcoach.storage import backups, codec, notices, recovery
from backcoach.storage.atomic import atomic_write, ensure_folder, set_aside
from backcoach.storage.backups import BackupInfo
from backcoach.storage.codec import RecordError
from backcoach.storage.gc_pause import paused_gc
from backcoach.storage.json_storage import MemoryStorage
from backcoach.storage.migrations import CURRENT_VERSION
from backcoach.storage.notices import StorageError, StorageNotice
from backcoach.storage.recovery import FILE_NAME, Loaded, TooNewError, parse_document
from backcoach.storage.tinydb_table import KeyedTinyDB
from backcoach.storage.writer import BackgroundWriter, Ticket

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Listener = Callable[[StorageNotice], None]
FIRST_RUN_KEY = "first_run.completed_at"
_KEYS = {
    "sessions": "id",
    "checkins": "day",
    "activities": "id",
    "routines": "id",
    "favourites": "exercise_id",
    "settings": "key",
    "function_checks": "id",
}
"""Each table's own key (unique, never changed): the store looks documents up by it."""


def _local_now() -> datetime:
    return datetime.now().astimezone()


def _session_sealed(doc: dict[str, Any]) -> bool:
    return doc.get("ended_at") is not None


def _check_json(doc: Any) -> None:
    """Refuse, at the call, what could never be saved (e.g. text with lone surrogates):
    once in memory it would make every later save fail."""
    try:
        orjson.dumps(doc)
    except TypeError as exc:  # orjson.JSONEncodeError is a TypeError
        raise ValueError(f"BackCoach cannot save this value: {exc}") from None


def _copy(value: Any) -> Any:
    """A deep copy that also proves the value can be saved as JSON."""
    try:
        return orjson.loads(orjson.dumps(value))
    except TypeError as exc:
        raise TypeError(
            f"BackCoach can only store JSON data (text, numbers, lists...): {exc}"
        ) from None


@dataclass(frozen=True, slots=True)
class OpenResult:
    store: Store
    notices: list[StorageNotice]
    """What the user should be told now (a restored backup, an upgrade...); may be empty."""


class Store:
    """The user's data. Open with ``Store.open(data_dir)``; close with ``close()``."""

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, data_dir: Path | str, *, now: Clock = _local_now) -> OpenResult:
        """Load (or recover, or create) ``data_dir/backcoach.json`` and start the writer.

        Raises StorageError only when going on could harm the data: a file from a newer
        BackCoach, or one the system will not let BackCoach read. ``now`` returns the local
        time (aware); tests pass a fake clock.
        """
        data_dir = Path(data_dir)
        with contextlib.suppress(OSError):
            # If this fails, so will the first save, and the listeners hear why from it.
            ensure_folder(data_dir)
        loaded = recovery.load(data_dir, now())
        store = cls(data_dir, loaded, now)
        result = list(loaded.notices)
        if loaded.upgraded_from is not None:
            folder = backups.folder_for(data_dir)
            result.append(notices.upgraded(loaded.upgraded_from, CURRENT_VERSION, folder))
        return OpenResult(store, result)

    def __init__(self, data_dir: Path, loaded: Loaded, now: Clock) -> None:
        """Use ``Store.open``."""
        self._data_dir = data_dir
        self._path = data_dir / FILE_NAME
        self._backup_dir = backups.folder_for(data_dir)
        self._now = now
        self._lock = threading.RLock()
        self._generation = 0
        self._closed = False
        self._closed_saved = True
        self._listeners: list[Listener] = []
        self._undelivered: list[StorageNotice] = []
        self._listener_lock = threading.Lock()
        self._write_error: StorageNotice | None = None
        self._set_aside_pending = loaded.set_aside_pending
        self._upgrade_copy = loaded.upgrade_copy
        self._backup_day: date | None = None
        self._backup_error_day: date | None = None
        self._writer = BackgroundWriter(
            self._snapshot, self._save, self._housekeeping, self._on_failure, self._on_recovered
        )
        self._install(loaded.data)
        self._writer.start()
        if loaded.needs_save:
            self._changed()
        self._writer.request_housekeeping()
        atexit.register(self._close_at_exit)

    def _install(self, data: dict[str, Any]) -> None:
        """Put ``data`` under a fresh TinyDB (its tables cache ids, so never reuse one)."""
        self._db = KeyedTinyDB(
            data,
            on_change=self._changed,
            sealed={"sessions": _session_sealed},
            storage=MemoryStorage,
        )
        self._storage: MemoryStorage = self._db.storage  # type: ignore[assignment]
        self._sessions = self._db.table("sessions", cache_size=0)
        self._checkins = self._db.table("checkins", cache_size=0)
        self._activities = self._db.table("activities", cache_size=0)
        self._routines = self._db.table("routines", cache_size=0)
        self._favourites = self._db.table("favourites", cache_size=0)
        self._settings = self._db.table("settings", cache_size=0)
        self._function_checks = self._db.table("function_checks", cache_size=0)
        self._decoded: dict[str, tuple[dict[str, Any], SessionRecord]] = {}
        self._reindex()

    def _reindex(self) -> None:
        data = self._storage.read()
        self._index: dict[str, dict[Any, int]] = {
            name: {doc[key]: int(doc_id) for doc_id, doc in data.get(name, {}).items()}
            for name, key in _KEYS.items()
        }

    def flush(self, timeout_s: float = 5.0) -> bool:
        """Block until every change made so far is on disk; False if not within the timeout."""
        with self._lock:
            generation = self._generation
        return self._writer.wait_durable(generation, timeout_s)

    def close(self, timeout_s: float = 5.0) -> bool:
        """Flush and stop the writer. False means the latest changes could NOT be saved
        (the listeners were told why); the caller should tell the user before quitting."""
        if self._closed:
            return self._closed_saved
        self._closed_saved = self.flush(timeout_s)
        self._closed = True
        self._writer.stop(timeout_s)
        atexit.unregister(self._close_at_exit)
        return self._closed_saved

    def _close_at_exit(self) -> None:
        """A quit that forgot ``close()`` still saves what it can."""
        if not self._closed:
            self.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- durability and notices ----------------------------------------------------------

    @property
    def data_path(self) -> Path:
        return self._path

    @property
    def data_dir(self) -> Path:
        return self._data_dir

    @property
    def backup_dir(self) -> Path:
        return self._backup_dir

    @property
    def generation(self) -> int:
        """Counts changes; ``durable_generation`` catches up as they reach the disk."""
        return self._generation

    @property
    def durable_generation(self) -> int:
        return self._writer.durable_generation

    def ticket(self) -> Ticket:
        """A ticket for everything changed so far."""
        with self._lock:
            return Ticket(self._writer, self._generation)

    @property
    def write_error(self) -> StorageNotice | None:
        """The current saving problem, or None while saving works."""
        return self._write_error

    def add_listener(self, callback: Listener) -> None:
        """``callback(notice)`` runs on the writer thread when saving fails or recovers.

        Notices raised before any listener was added are delivered now, on this thread.
        Keep callbacks short and thread-safe (e.g. emit a Qt signal), and do not call the
        store from them: the writer would be waiting for itself.
        """
        with self._listener_lock:
            self._listeners.append(callback)
            pending, self._undelivered = self._undelivered, []
        for notice in pending:
            self._call(callback, notice)

    def remove_listener(self, callback: Listener) -> None:
        with self._listener_lock:
            if callback in self._listeners:
                self._listeners.remove(callback)

    def _emit(self, notice: StorageNotice) -> None:
        with self._listener_lock:
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

    # -- the writer's side ---------------------------------------------------------------

    def _changed(self) -> None:
        """TinyDB wrote to memory (the caller holds the lock): queue a save."""
        self._generation += 1
        self._writer.request(self._generation)

    def _snapshot(self) -> tuple[int, list[bytes]]:
        with self._lock:
            return self._generation, self._storage.serialise()

    def _save(self, pieces: list[bytes]) -> None:
        ensure_folder(self._data_dir)
        if self._set_aside_pending:
            # The bad file the store started from must never be overwritten.
            if self._path.exists():
                aside = set_aside(self._path, recovery.SET_ASIDE_REASON, self._now())
                self._emit(
                    StorageNotice(
                        "info",
                        "set-aside",
                        f"The unreadable BackCoach data file was put aside as {aside}.",
                        aside,
                    )
                )
            self._set_aside_pending = False
        if self._upgrade_copy is not None:
            stamp = backups.stamped_path(self._backup_dir, self._now(), "before-upgrade")
            backups.write_backup(stamp, self._upgrade_copy)
            self._upgrade_copy = None
        atomic_write(self._path, pieces)

    def _housekeeping(self, pieces: list[bytes]) -> None:
        today = self._now().date()
        if self._backup_day == today:
            return
        try:
            backups.write_daily(self._backup_dir, today, pieces)
        except OSError as exc:
            if self._backup_error_day != today:
                self._backup_error_day = today
                self._emit(notices.backup_failed(self._backup_dir, exc))
            return
        self._backup_day = today

    def _on_failure(self, exc: Exception) -> None:
        notice = notices.write_failed(self._path, exc)
        previous = self._write_error
        self._write_error = notice
        if previous is None or previous.message != notice.message:
            self._emit(notice)

    def _on_recovered(self) -> None:
        self._write_error = None
        self._emit(notices.write_recovered(self._path))

    # -- helpers -------------------------------------------------------------------------

    def _raw(self, table: Table) -> dict[str, dict[str, Any]]:
        """The table's documents by id string, as stored (no copies: read-only use)."""
        return self._storage.read().get(table.name, {})

    def _find(self, table: Table, value: Any) -> int | None:
        return self._index[table.name].get(value)

    def _insert(self, table: Table, doc: dict[str, Any]) -> None:
        _check_json(doc)
        doc_id = table.insert(doc)
        self._index[table.name][doc[_KEYS[table.name]]] = doc_id

    def _remove(self, table: Table, value: Any) -> None:
        doc_id = self._index[table.name].pop(value, None)
        if doc_id is not None:
            table.remove(doc_ids=[doc_id])

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("the BackCoach store is closed")

    def _ticket(self) -> Ticket:
        return Ticket(self._writer, self._generation)

    # -- sessions ------------------------------------------------------------------------

    def start_session(
        self,
        routine_id: str | None,
        routine_name: str,
        *,
        started_at: datetime | None = None,
    ) -> str:
        """Record a new running session and return its id (durable with the next save).

        ``started_at`` (default: now) is the user's local time; its offset is kept so the
        session stays on the user's day after travel or a daylight-saving change.
        """
        local = started_at if started_at is not None else self._now()
        offset = local.utcoffset()
        if offset is None:
            raise ValueError("started_at must have a time zone (the user's local offset)")
        record = SessionRecord(
            id=new_id(),
            started_at=local,
            utc_offset_min=int(offset.total_seconds() // 60),
            routine_id=routine_id,
            routine_name=routine_name,
        )
        self.save_session(record)
        return record.id

    def save_session(self, record: SessionRecord) -> Ticket:
        """Store a whole session (new, or replacing a running one with the same id)."""
        doc = codec.encode_session(record)
        with self._lock:
            self._check_open()
            doc_id = self._find(self._sessions, record.id)
            if doc_id is None:
                self._insert(self._sessions, doc)
            else:
                _check_json(doc)
                self._change_running(doc_id, lambda d: (d.clear(), d.update(doc)))
            return self._ticket()

    def append_rating(self, session_id: str, rating: Rating) -> Ticket:
        """Add a pain rating to a running session (the moment it is given)."""
        if not isinstance(rating, Rating):
            raise TypeError(f"expected a Rating, got {rating!r}")
        doc = codec.encode_rating(rating)
        _check_json(doc)
        return self._update_session(session_id, lambda d: d["ratings"].append(doc))

    def finish_exercise(self, session_id: str, result: ExerciseResult) -> Ticket:
        if not isinstance(result, ExerciseResult):
            raise TypeError(f"expected an ExerciseResult, got {result!r}")
        doc = codec.encode_exercise(result)
        _check_json(doc)
        return self._update_session(session_id, lambda d: d["exercises"].append(doc))

    def record_flare(self, session_id: str, flare: Flare) -> Ticket:
        if not isinstance(flare, Flare):
            raise TypeError(f"expected a Flare, got {flare!r}")
        doc = codec.encode_flare(flare)
        _check_json(doc)
        return self._update_session(session_id, lambda d: d["flares"].append(doc))

    def end_session(
        self, session_id: str, ended_early: bool = False, *, ended_at: datetime | None = None
    ) -> Ticket:
        """Close a running session (also one left running by a crash: pass its last time)."""
        when = ended_at if ended_at is not None else self._now()
        if when.utcoffset() is None:
            raise ValueError("ended_at must have a time zone")
        end_text = codec.encode_time(when.astimezone(UTC))

        def finish(doc: dict[str, Any]) -> None:
            doc["ended_at"] = end_text
            doc["ended_early"] = bool(ended_early)

        return self._update_session(session_id, finish)

    def reopen_session(self, session_id: str) -> Ticket:
        """Make a session ended early running again, to carry on with it (a few minutes
        later, after an end by mistake): what it holds stays, later ratings and exercises
        are added to it, and ``end_session`` closes it again. One session, not two.

        The stored document is replaced by a fresh one, never changed in place: the
        serialiser's and the decoder's caches know ended documents by identity.
        """
        with self._lock:
            self._check_open()
            doc_id = self._find_session(session_id)
            old = self._raw(self._sessions)[str(doc_id)]
            if old["ended_at"] is None:
                raise ValueError(f"the session {session_id} is still running")
            if not old.get("ended_early"):
                raise ValueError(f"the session {session_id} was finished, not ended early")
            doc = _copy(old)
            doc["ended_at"] = None
            doc["ended_early"] = False
            self._decoded.pop(str(doc_id), None)
            self._sessions.replace_document(doc_id, doc)
            return self._ticket()

    def delete_session(self, session_id: str) -> Ticket:
        """Remove an ended session (one logged by mistake). ``save_session`` with the same
        record puts it back (the undo). A running session cannot be deleted: the session
        screen is still writing to it."""
        with self._lock:
            self._check_open()
            doc_id = self._find_session(session_id)
            if self._raw(self._sessions)[str(doc_id)]["ended_at"] is None:
                raise ValueError(f"the session {session_id} is still running")
            self._decoded.pop(str(doc_id), None)
            self._remove(self._sessions, session_id)
            return self._ticket()

    def _update_session(self, session_id: str, change: Callable[[dict[str, Any]], Any]) -> Ticket:
        with self._lock:
            self._check_open()
            doc_id = self._find_session(session_id)
            self._change_running(doc_id, change)
            return self._ticket()

    def _find_session(self, session_id: str) -> int:
        doc_id = self._find(self._sessions, session_id)
        if doc_id is None:
            raise KeyError(f"no session with id {session_id!r}")
        return doc_id

    def _change_running(self, doc_id: int, change: Callable[[dict[str, Any]], Any]) -> None:
        doc = self._raw(self._sessions)[str(doc_id)]
        if doc["ended_at"] is not None:
            raise ValueError(f"the session {doc['id']} has ended and can no longer change")
        self._sessions.update(change, doc_ids=[doc_id])

    def _decode_session(self, doc_id: str, doc: dict[str, Any]) -> SessionRecord:
        cached = self._decoded.get(doc_id)
        if cached is not None and cached[0] is doc:
            return cached[1]
        record = codec.decode_stored_session(doc)
        if _session_sealed(doc):  # ended sessions never change: decode once
            self._decoded[doc_id] = (doc, record)
        return record

    def session(self, session_id: str) -> SessionRecord:
        with self._lock:
            doc_id = str(self._find_session(session_id))
            return self._decode_session(doc_id, self._raw(self._sessions)[doc_id])

    def sessions_between(self, start: date, end: date) -> list[SessionRecord]:
        """Sessions whose local day (the user's calendar) is within start..end, inclusive."""
        found = []
        # The stored time's date is within two days of the local day whatever its offsets:
        # comparing text first spares parsing ten years of times (Home asks four times).
        low, high = (start - timedelta(days=2)).isoformat(), (end + timedelta(days=2)).isoformat()
        with self._lock, paused_gc():
            for doc_id, doc in self._raw(self._sessions).items():
                if not low <= doc["started_at"][:10] <= high:
                    continue
                begun = datetime.fromisoformat(doc["started_at"])
                day = (begun + timedelta(minutes=doc["utc_offset_min"])).date()
                if start <= day <= end:
                    found.append(self._decode_session(doc_id, doc))
        found.sort(key=lambda s: s.started_at)
        return found

    def all_sessions(self) -> list[SessionRecord]:
        """Every session, oldest first (~0.2 s the first time with ten years; then cached)."""
        with self._lock, paused_gc(keep=True):
            found = [self._decode_session(i, d) for i, d in self._raw(self._sessions).items()]
        found.sort(key=lambda s: s.started_at)
        return found

    def session_count(self) -> int:
        with self._lock:
            return len(self._raw(self._sessions))

    def running_sessions(self) -> list[SessionRecord]:
        """Sessions never ended, oldest first (normally none, or one after a crash)."""
        with self._lock:
            found = [
                self._decode_session(i, d)
                for i, d in self._raw(self._sessions).items()
                if d["ended_at"] is None
            ]
        found.sort(key=lambda s: s.started_at)
        return found

    def running_session(self) -> SessionRecord | None:
        """The newest session never ended (e.g. after a crash), to offer resume or close."""
        running = self.running_sessions()
        return running[-1] if running else None

    # -- check-ins and activities --------------------------------------------------------

    def add_checkin(self, checkin: CheckIn) -> Ticket:
        """Record the next-day check; a second one on the same day replaces the first."""
        if not isinstance(checkin, CheckIn):
            raise TypeError(f"expected a CheckIn, got {checkin!r}")
        doc = codec.encode_checkin(checkin)
        return self._upsert(self._checkins, doc)

    def checkins(self, start: date | None = None, end: date | None = None) -> list[CheckIn]:
        # Days are stored as ISO text (validated), which sorts as the days do: only the
        # period's check-ins are decoded (Home reads a week's out of ten years').
        low = start.isoformat() if start is not None else ""
        high = end.isoformat() if end is not None else "~"
        with self._lock:
            found = [
                codec.decode_checkin(d)
                for d in self._raw(self._checkins).values()
                if low <= d["day"] <= high
            ]
        found.sort(key=lambda c: c.day)
        return found

    def add_activity(self, activity: Activity) -> Ticket:
        """Record (or, with the same id, correct) another activity."""
        if not isinstance(activity, Activity):
            raise TypeError(f"expected an Activity, got {activity!r}")
        return self._upsert(self._activities, codec.encode_activity(activity))

    def activities(self) -> list[Activity]:
        with self._lock:
            found = [codec.decode_activity(d) for d in self._raw(self._activities).values()]
        found.sort(key=lambda a: a.day)
        return found

    def delete_activity(self, activity_id: str) -> Ticket:
        return self._delete(self._activities, activity_id)

    # -- the functional scale's rating rounds ---------------------------------------------

    def add_function_check(self, check: FunctionCheck) -> Ticket:
        """Record (or, with the same id, correct) one rating round of the functional scale."""
        if not isinstance(check, FunctionCheck):
            raise TypeError(f"expected a FunctionCheck, got {check!r}")
        return self._upsert(self._function_checks, codec.encode_function_check(check))

    def function_checks(self) -> list[FunctionCheck]:
        """Every rating round, oldest first."""
        with self._lock:
            docs = list(self._raw(self._function_checks).values())
        return ordered(codec.decode_function_check(d) for d in docs)

    def delete_function_check(self, check_id: str) -> Ticket:
        return self._delete(self._function_checks, check_id)

    def _upsert(self, table: Table, doc: dict[str, Any]) -> Ticket:
        with self._lock:
            self._check_open()
            doc_id = self._find(table, doc[_KEYS[table.name]])
            if doc_id is None:
                self._insert(table, doc)
            elif self._raw(table)[str(doc_id)] != doc:
                _check_json(doc)
                table.update(lambda d: (d.clear(), d.update(doc)), doc_ids=[doc_id])
            return self._ticket()

    def _delete(self, table: Table, value: Any) -> Ticket:
        with self._lock:
            self._check_open()
            self._remove(table, value)
            return self._ticket()

    # -- routines, favourites, settings --------------------------------------------------

    def save_routine(self, routine: Mapping[str, Any]) -> str:
        """Store a routine (a JSON-able dict owned by ``domain.routines``); returns its id.

        A routine without an ``id`` gets a new one; one with a known id replaces the old.
        """
        doc = _copy(dict(routine))
        if not doc.get("id"):
            doc["id"] = new_id()
        try:
            codec.check_routine(doc)
        except ValueError as exc:
            raise ValueError(str(exc)) from None
        self._upsert(self._routines, doc)
        return doc["id"]

    def routines(self) -> list[dict[str, Any]]:
        with self._lock:
            return [_copy(d) for d in self._raw(self._routines).values()]

    def routine(self, routine_id: str) -> dict[str, Any] | None:
        with self._lock:
            doc_id = self._find(self._routines, routine_id)
            return None if doc_id is None else _copy(self._raw(self._routines)[str(doc_id)])

    def delete_routine(self, routine_id: str) -> Ticket:
        return self._delete(self._routines, routine_id)

    def favourites(self) -> set[str]:
        with self._lock:
            return {d["exercise_id"] for d in self._raw(self._favourites).values()}

    def set_favourite(self, exercise_id: str, on: bool) -> Ticket:
        if not isinstance(exercise_id, str) or not exercise_id:
            raise ValueError(f"exercise_id must be non-empty text, got {exercise_id!r}")
        with self._lock:
            self._check_open()
            known = self._find(self._favourites, exercise_id) is not None
            if on and not known:
                self._insert(self._favourites, {"exercise_id": exercise_id})
            elif not on and known:
                self._remove(self._favourites, exercise_id)
            return self._ticket()

    def setting(self, key: str, default: Any = None) -> Any:
        with self._lock:
            doc_id = self._find(self._settings, key)
            if doc_id is None:
                return default
            return _copy(self._raw(self._settings)[str(doc_id)]["value"])

    def settings(self) -> dict[str, Any]:
        with self._lock:
            return {d["key"]: _copy(d["value"]) for d in self._raw(self._settings).values()}

    def set_setting(self, key: str, value: Any) -> Ticket:
        """Store a JSON-able value; setting the value it already has writes nothing."""
        if not isinstance(key, str) or not key:
            raise ValueError(f"a setting's key must be non-empty text, got {key!r}")
        return self._upsert(self._settings, {"key": key, "value": _copy(value)})

    def first_run_completed(self) -> bool:
        return self.setting(FIRST_RUN_KEY) is not None

    def mark_first_run_completed(self) -> Ticket:
        return self.set_setting(FIRST_RUN_KEY, codec.encode_time(self._now().astimezone(UTC)))

    # -- backups, export, restore --------------------------------------------------------

    def serialised(self) -> list[bytes]:
        """The whole data file as it would be saved now (pieces to write in order)."""
        with self._lock:
            return self._storage.serialise()

    def list_backups(self) -> list[BackupInfo]:
        """Every backup, newest first."""
        return backups.list_backups(self._backup_dir)

    def backup_now(self) -> Path:
        """Write a backup of the data as it is now ("Back up now"); returns its path.

        Runs on the calling thread (~10-40 ms with ten years of data). Raises StorageError
        with a message for the user when the backup cannot be written.
        """
        path = backups.stamped_path(self._backup_dir, self._now(), "manual")
        try:
            return backups.write_backup(path, self.serialised())
        except OSError as exc:
            raise StorageError(
                f"BackCoach could not write a backup to {path}: {notices._reason(exc)}."
            ) from exc

    def restore_backup(self, path: Path | str) -> Path:
        """Replace the data with a backup's; the data replaced is first kept as a backup.

        Returns the path of that "before-restore" backup. Raises StorageError (and changes
        nothing) when the backup cannot be read or the current data cannot be kept. Not
        during a session: the running session's id may not exist in the backup.
        """
        path = Path(path)
        try:
            data, _ = parse_document(path.read_bytes())
        except OSError as exc:
            raise StorageError(f"BackCoach could not read the backup {path}: {exc}.") from exc
        except (RecordError, TooNewError) as exc:
            raise StorageError(
                f"The backup {path} cannot be used: {exc}. Nothing was changed."
            ) from None
        keep = backups.stamped_path(self._backup_dir, self._now(), "before-restore")
        with self._lock:
            self._check_open()
            try:
                backups.write_backup(keep, self._storage.serialise())
            except OSError as exc:
                raise StorageError(
                    f"BackCoach could not keep a copy of your current data before restoring "
                    f"({notices._reason(exc)}), so nothing was changed."
                ) from exc
            self._install(data)
            self._changed()
        return keep

    # -- bulk access for import ----------------------------------------------------------

    def transaction(self) -> _Transaction:
        """Hold the store's lock for a group of changes made through ``raw_tables``."""
        return _Transaction(self)


class _Transaction:
    """Lets ``transfer.import_file`` merge many records under one lock and one save."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __enter__(self) -> _Transaction:
        self._store._lock.acquire()
        self._store._check_open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._store._lock.release()

    def documents(self, table: str) -> dict[str, dict[str, Any]]:
        """Stored documents by id string: read them, never change them."""
        return self._store._storage.read().get(table, {})

    def insert_many(self, table: str, docs: Iterable[dict[str, Any]]) -> int:
        """Add new documents (their keys must not be stored yet): one change, one save."""
        docs = list(docs)
        if docs:
            self._store._db.table(table, cache_size=0).insert_multiple(docs)
            self._store._reindex()
        return len(docs)

    def ticket(self) -> Ticket:
        return self._store._ticket()
