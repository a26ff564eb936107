"""The database core: the data file in memory, its tables, and saving it off the UI thread.

Every repository (``session_repository`` and the others, one per table) keeps its table
through the few primitives here; only this module knows TinyDB, the writer thread and
the file. Every change is made in memory (a few hundred µs even with ten years of
sessions) and returns a ``Ticket``; the writer thread puts it on disk within a few tens
of milliseconds, and ``Ticket.wait()`` tells when it is durable.

Rules the core keeps (the serialiser's cache depends on the first):
- an ended session is never changed in place (the session repository refuses it);
- documents handed to repositories are the stored ones, for reading only; repositories
  hand out copies or frozen dataclasses.
- a store opened from the start cache (``start_cache``: recent history only) is
  *partial* until the whole file is read (``load_rest`` after the window is usable, or
  ``ensure_full`` when something needs it sooner). Every change, export and backup calls
  ``ensure_full`` first (before taking ``lock``: the reading thread installs the data
  under it), and the primitives refuse a change while partial, so a partial store can
  never be saved over the user's file. Reads of older history call it too.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import threading
from collections.abc import Callable, MutableMapping
from datetime import date, datetime
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self, TypeVar

import orjson

from backcoach.storage import backups, notices, recovery
from backcoach.storage.atomic import atomic_write, ensure_folder, set_aside
from backcoach.storage.backups import BackupInfo
from backcoach.storage.file_format import CACHE_NAME, RecordError
from backcoach.storage.json_storage import MemoryStorage
from backcoach.storage.migrations import CURRENT_VERSION
from backcoach.storage.notices import Listener, NoticeBoard, StorageError, StorageNotice
from backcoach.storage.recovery import FILE_NAME, Loaded, TooNewError, parse_document
from backcoach.storage.tinydb_table import KeyedTable, KeyedTinyDB
from backcoach.storage.transaction import Transaction
from backcoach.storage.writer import BackgroundWriter, Ticket

if TYPE_CHECKING:
    from backcoach.storage.start_cache import Partial

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
Document = dict[str, Any]
Change = Callable[[MutableMapping[str, Any]], None]
"""Changes a stored document in place (TinyDB's ``update`` callback)."""

KEYS = {
    "sessions": "id",
    "checkins": "day",
    "activities": "id",
    "routines": "id",
    "favourites": "exercise_id",
    "settings": "key",
    "function_checks": "id",
}
"""Each table's own key (unique, never changed): the core looks documents up by it."""


T = TypeVar("T")
_DAY = itemgetter("day")

LOAD_JOIN_S = 30.0
"""How long closing waits for the whole file still being read (a recovery it made must
be saved); reading ten years takes ~0.2 s."""


def _cannot_read_whole(path: Path, error: BaseException) -> StorageError:
    if isinstance(error, StorageError):
        return error
    return StorageError(f"BackCoach could not read its data file {path}: {error}")


def local_now() -> datetime:
    return datetime.now().astimezone()


def session_sealed(doc: Document) -> bool:
    """An ended session never changes again (the serialiser caches its bytes)."""
    return doc.get("ended_at") is not None


def check_json(doc: object) -> None:
    """Refuse, at the call, what could never be saved (e.g. text with lone surrogates):
    once in memory it would make every later save fail."""
    try:
        orjson.dumps(doc)
    except TypeError as exc:  # orjson.JSONEncodeError is a TypeError
        raise ValueError(f"BackCoach cannot save this value: {exc}") from None


def json_copy(value: Any) -> Any:
    """A deep copy that also proves the value can be saved as JSON."""
    try:
        return orjson.loads(orjson.dumps(value))
    except TypeError as exc:
        raise TypeError(
            f"BackCoach can only store JSON data (text, numbers, lists...): {exc}"
        ) from None


def replace_with(doc: Document) -> Change:
    """A change that makes a stored document equal to ``doc``."""

    def replace(stored: MutableMapping[str, Any]) -> None:
        stored.clear()
        stored.update(doc)

    return replace


class Database:
    """The loaded data file and its writer. ``Store.open`` makes one with its repositories."""

    def __init__(
        self, data_dir: Path, loaded: Loaded, now: Clock, *, hold_writer: bool = False
    ) -> None:
        self._data_dir = data_dir
        self._path = data_dir / FILE_NAME
        self._backup_dir = backups.folder_for(data_dir)
        self.now = now
        """The user's local time (aware); tests pass a fake clock."""
        self.lock = threading.RLock()
        """Held by every read and change; repositories hold it around several steps."""
        self._generation = 0
        self._closed = False
        self._closed_saved = True
        self._board = NoticeBoard()
        self._installed: list[Callable[[], None]] = []
        self._write_error: StorageNotice | None = None
        self._set_aside_pending = loaded.set_aside_pending
        self._upgrade_copy = loaded.upgrade_copy
        self._backup_day: date | None = None
        self._backup_error_day: date | None = None
        self._partial: Partial | None = loaded.partial
        self._full_read = threading.Event()
        self._full_result: Loaded | BaseException | None = None
        self._full_error: StorageError | None = None
        self._loader: threading.Thread | None = None
        self._loader_lock = threading.Lock()
        self._replaced: list[Callable[[], None]] = []
        self._cache_written = loaded.partial is not None
        """A start cache for the file as it is on disk exists (it was opened from one, or
        one was written since the last save)."""
        self._saved = False
        self._writer = BackgroundWriter(
            self._snapshot, self._save, self._housekeeping, self._on_failure, self._on_recovered
        )
        self._opening = True
        self._install(loaded.data)
        if loaded.needs_save:
            self._changed()
        if self._partial is None:
            self._full_read.set()
            self._writer.request_housekeeping()  # the daily backup: of the whole data only
        self._opening = False
        if not hold_writer:
            self._writer.start()
        atexit.register(self._close_at_exit)

    def _install(self, data: dict[str, Any]) -> None:
        """Put ``data`` under a fresh TinyDB (its tables cache ids, so never reuse one)."""
        self._db = KeyedTinyDB(
            data,
            on_change=self._changed,
            sealed={"sessions": session_sealed},
            storage=MemoryStorage,
        )
        self._storage: MemoryStorage = self._db.storage  # type: ignore[assignment]
        # KeyedTinyDB makes KeyedTables (its ``table_class``).
        self._tables: dict[str, KeyedTable] = {
            name: self._db.table(name, cache_size=0)  # type: ignore[misc]
            for name in KEYS
        }
        self._reindex()
        for callback in self._installed:
            callback()

    def _reindex(self) -> None:
        data = self._storage.read()
        self._index: dict[str, dict[Any, int]] = {
            name: {doc[key]: int(doc_id) for doc_id, doc in data.get(name, {}).items()}
            for name, key in KEYS.items()
        }

    def on_install(self, callback: Callable[[], None]) -> None:
        """``callback()`` runs when the data is replaced (a restored backup, or the whole
        file read after a start from the cache): repositories drop what they cached."""
        self._installed.append(callback)

    # -- a start from the cache: the whole file read later ---------------------------------

    @property
    def partial(self) -> Partial | None:
        """What a store opened from the start cache holds (None once it holds everything)."""
        return self._partial

    @property
    def complete(self) -> bool:
        """The whole data file is read (always, except just after a start from the cache)."""
        return self._partial is None

    def on_data_replaced(self, callback: Callable[[], None]) -> None:
        """``callback()`` runs (on the reading thread) when the whole file, read after a
        start from the cache, turned out damaged and was recovered: what the screens showed
        is no longer the data. Keep it short and thread-safe (e.g. emit a Qt signal)."""
        self._replaced.append(callback)

    def load_rest(self) -> None:
        """Start reading the whole data file on a worker thread (a store opened from the
        start cache; nothing otherwise), and the writer if it was held. The app calls it
        once its window is usable."""
        self._writer.start()
        with self._loader_lock:
            if self._partial is None or self._loader is not None or self._closed:
                return
            self._loader = threading.Thread(
                target=self._read_whole, name="backcoach-load", daemon=True
            )
            self._loader.start()

    def ensure_full(self) -> None:
        """Return once the whole data file is in memory (at once if it is already).

        Raises StorageError if it cannot be read safely. Call it before taking ``lock``
        for a change: a caller that already looked something up under the lock would
        hold a stale answer once the data is replaced.
        """
        if self._partial is None:
            return
        self.load_rest()
        if self._loader is None:  # closed before the whole file was asked for
            raise RuntimeError("the BackCoach store is closed")
        self._full_read.wait()
        self._install_whole()
        if self._full_error is not None:
            raise self._full_error

    def _read_whole(self) -> None:
        """The worker: read (and, if it is damaged, recover) the data file as any start."""
        try:
            result: Loaded | BaseException = recovery.load(self._data_dir, self.now())
        except BaseException as exc:  # a newer or unreadable file, or a bug: told below
            result = exc
        self._full_result = result
        self._full_read.set()
        try:
            self._install_whole()
        except Exception:
            log.exception("installing the whole data file failed")

    def _install_whole(self) -> None:
        """Put the whole file's data in place of the cache's (once, whichever thread is
        first; reentrant for a caller already holding the lock)."""
        told: list[StorageNotice] = []
        replaced = False
        with self.lock:
            if self._partial is None or self._full_error is not None:
                return
            result = self._full_result
            if isinstance(result, BaseException):
                self._full_error = _cannot_read_whole(self._path, result)
                told.append(
                    StorageNotice(
                        "error", "whole-file-unreadable", str(self._full_error), self._path
                    )
                )
            else:
                assert result is not None
                self._partial = None
                self._set_aside_pending = result.set_aside_pending
                self._upgrade_copy = result.upgrade_copy
                self._install(result.data)
                if result.needs_save:
                    self._changed()
                self._writer.request_housekeeping()
                told.extend(result.notices)
                if result.upgraded_from is not None:
                    told.append(
                        notices.upgraded(result.upgraded_from, CURRENT_VERSION, self._backup_dir)
                    )
                # The cache matched the file, so only a recovery makes the data differ.
                replaced = result.needs_save or bool(result.notices)
        for notice in told:
            self._emit(notice)
        if replaced:
            for callback in self._replaced:
                callback()

    def _require_complete(self) -> None:
        """The last guard: a partial store is never changed, so never saved."""
        if self._partial is not None:
            raise RuntimeError("BackCoach changed its data before the whole file was read")

    # -- lifecycle -----------------------------------------------------------------------

    def flush(self, timeout_s: float = 5.0) -> bool:
        """Block until every change made so far is on disk; False if not within the timeout."""
        with self.lock:
            generation = self._generation
        return self._writer.wait_durable(generation, timeout_s)

    def close(self, timeout_s: float = 5.0) -> bool:
        """Flush and stop the writer. False means the latest changes could NOT be saved
        (the listeners were told why); the caller should tell the user before quitting."""
        if self._closed:
            return self._closed_saved
        loader = self._loader
        if loader is not None and loader is not threading.current_thread():
            # A damaged file the reader recovered must be saved before the writer stops.
            loader.join(max(timeout_s, LOAD_JOIN_S))
        self._closed_saved = self.flush(timeout_s)
        if self._closed_saved:
            self._cache_if_missing()
        self._closed = True
        self._writer.stop(timeout_s)
        atexit.unregister(self._close_at_exit)
        return self._closed_saved

    def _close_at_exit(self) -> None:
        """A quit that forgot ``close()`` still saves what it can."""
        if not self._closed:
            self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def check_open(self) -> None:
        if self._closed:
            raise RuntimeError("the BackCoach store is closed")

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
        with self.lock:
            return Ticket(self._writer, self._generation)

    @property
    def write_error(self) -> StorageNotice | None:
        """The current saving problem, or None while saving works."""
        return self._write_error

    def add_listener(self, callback: Listener) -> None:
        """``callback(notice)`` runs on the writer thread when saving fails or recovers
        (see ``NoticeBoard.add``): keep it short, thread-safe, and off the store."""
        self._board.add(callback)

    def remove_listener(self, callback: Listener) -> None:
        self._board.remove(callback)

    def _emit(self, notice: StorageNotice) -> None:
        self._board.emit(notice)

    # -- the writer's side ---------------------------------------------------------------

    def _changed(self) -> None:
        """TinyDB wrote to memory (the caller holds the lock): queue a save."""
        self._generation += 1
        self._writer.request(self._generation)
        if not self._opening:
            self._writer.start()  # a held writer (see ``Store.open``): a change goes out now

    def _snapshot(self) -> tuple[int, list[bytes]]:
        with self.lock:
            self._require_complete()
            return self._generation, self._storage.serialise()

    def _save(self, pieces: list[bytes]) -> None:
        ensure_folder(self._data_dir)
        if self._set_aside_pending:
            # The bad file the store started from must never be overwritten.
            if self._path.exists():
                aside = set_aside(self._path, recovery.SET_ASIDE_REASON, self.now())
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
            stamp = backups.stamped_path(self._backup_dir, self.now(), "before-upgrade")
            backups.write_backup(stamp, self._upgrade_copy)
            self._upgrade_copy = None
        atomic_write(self._path, pieces)
        if self._cache_written or not self._saved:
            # It named the file just replaced: never leave it about (close writes anew).
            self._cache_written = False
            # ``start_cache.discard``, without importing it for a first run's first save.
            with contextlib.suppress(OSError):
                os.unlink(self._data_dir / CACHE_NAME)
        self._saved = True

    def _cache_if_missing(self) -> None:
        """Write the start cache for the file as it is on disk, if none is there: at close,
        and after a start that saved nothing. Not after every save: choosing and encoding
        recent history costs ~1.5 ms (under the lock) and a rating is saved at once; a
        run that ends without ``close`` only makes the next start read the whole file."""
        if self._cache_written or self._write_error is not None:
            return
        from backcoach.storage import start_cache  # not needed by a first run's start

        with self.lock:
            # Under the lock nothing changes, and with every change durable the file on
            # disk holds exactly this data: its identity and the body go together.
            if self._partial is not None or self._generation != self._writer.durable_generation:
                return
            try:
                source = start_cache.identity(self._path)
            except OSError:
                return
            body = start_cache.encode(*start_cache.select(self._storage.read(), self.now().date()))
        start_cache.write(self._data_dir, source, body)
        self._cache_written = True

    def _housekeeping(self, pieces: list[bytes]) -> None:
        if not self._saved:
            self._cache_if_missing()  # a crash later still leaves the next start quick
        today = self.now().date()
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

    # -- what repositories use (hold ``lock`` around a read and the change after it) ------

    def documents(self, table: str) -> dict[str, Document]:
        """The table's documents by id string, as stored (no copies: read-only use)."""
        docs: dict[str, Document] = self._storage.read().get(table, {})
        return docs

    def of_days(
        self, table: str, start: date | None, end: date | None, decode: Callable[[Document], T]
    ) -> list[T]:
        """``decode`` of each document of ``table`` (check-ins, activities: a "day" field)
        whose day is within ``start``..``end`` (open-ended where None), by day. Picked on
        their ISO day text before decoding (days are validated ISO text, which sorts as
        the days do): Home wants a week's out of ten years'. A period reaching back past
        the start cache waits for the whole file first."""
        low = start.isoformat() if start is not None else ""
        high = end.isoformat() if end is not None else "~"
        partial = self._partial
        if partial is not None and low < partial.checkins_from:
            self.ensure_full()  # before the lock (see ensure_full)
        with self.lock:
            picked = [d for d in self.documents(table).values() if low <= d["day"] <= high]
            picked.sort(key=_DAY)
            return [decode(d) for d in picked]

    def find(self, table: str, key: object) -> int | None:
        """The document id of the one whose key (``KEYS[table]``) is ``key``."""
        return self._index[table].get(key)

    def insert(self, table: str, doc: Document) -> None:
        self._require_complete()
        check_json(doc)
        doc_id = self._tables[table].insert(doc)
        self._index[table][doc[KEYS[table]]] = doc_id

    def upsert(self, table: str, doc: Document) -> Ticket:
        """Add ``doc``, or replace the one with its key (writing nothing if unchanged)."""
        self.ensure_full()
        with self.lock:
            self.check_open()
            doc_id = self.find(table, doc[KEYS[table]])
            if doc_id is None:
                self.insert(table, doc)
            elif self.documents(table)[str(doc_id)] != doc:
                check_json(doc)
                self.update(table, doc_id, replace_with(doc))
            return self._ticket()

    def update(self, table: str, doc_id: int, change: Change) -> None:
        """Change a stored document in place (never a sealed one: see the module's rules)."""
        self._require_complete()
        self._tables[table].update(change, doc_ids=[doc_id])

    def replace(self, table: str, doc_id: int, doc: Document) -> None:
        """Put ``doc`` (a new dict) in place of document ``doc_id``: caches keyed by the old
        document's identity can then never serve it again."""
        self._require_complete()
        self._tables[table].replace_document(doc_id, doc)

    def remove(self, table: str, key: object) -> None:
        self._require_complete()
        doc_id = self._index[table].pop(key, None)
        if doc_id is not None:
            self._tables[table].remove(doc_ids=[doc_id])

    def delete(self, table: str, key: object) -> Ticket:
        self.ensure_full()
        with self.lock:
            self.check_open()
            self.remove(table, key)
            return self._ticket()

    def _ticket(self) -> Ticket:
        return Ticket(self._writer, self._generation)

    # -- backups, export, restore --------------------------------------------------------

    def serialised(self) -> list[bytes]:
        """The whole data file as it would be saved now (pieces to write in order)."""
        self.ensure_full()
        with self.lock:
            return self._storage.serialise()

    def list_backups(self) -> list[BackupInfo]:
        """Every backup, newest first."""
        return backups.list_backups(self._backup_dir)

    def backup_now(self) -> Path:
        """Write a backup of the data as it is now ("Back up now"); returns its path.

        Runs on the calling thread (~10-40 ms with ten years of data). Raises StorageError
        with a message for the user when the backup cannot be written.
        """
        path = backups.stamped_path(self._backup_dir, self.now(), "manual")
        try:
            return backups.write_backup(path, self.serialised())
        except OSError as exc:
            raise StorageError(
                f"BackCoach could not write a backup to {path}: {notices._reason(exc)}.",
                "backup-not-written",
                path,
                reason=notices.reason_kind(exc),
                reason_text=notices._reason(exc),
            ) from exc

    def restore_backup(self, path: Path | str) -> Path:
        """Replace the data with a backup's; the data replaced is first kept as a backup.

        Returns the path of that "before-restore" backup. Raises StorageError (and changes
        nothing) when the backup cannot be read or the current data cannot be kept. Not
        during a session: the running session's id may not exist in the backup.
        """
        path = Path(path)
        self.ensure_full()
        try:
            data, _ = parse_document(path.read_bytes())
        except OSError as exc:
            raise StorageError(
                f"BackCoach could not read the backup {path}: {exc}.",
                "backup-unreadable",
                path,
                reason=notices.reason_kind(exc),
                reason_text=exc.strerror or str(exc),
            ) from exc
        except (RecordError, TooNewError) as exc:
            raise StorageError(
                f"The backup {path} cannot be used: {exc}. Nothing was changed.",
                "backup-unusable",
                path,
            ) from None
        keep = backups.stamped_path(self._backup_dir, self.now(), "before-restore")
        with self.lock:
            self.check_open()
            try:
                backups.write_backup(keep, self._storage.serialise())
            except OSError as exc:
                raise StorageError(
                    f"BackCoach could not keep a copy of your current data before restoring "
                    f"({notices._reason(exc)}), so nothing was changed.",
                    "restore-not-kept",
                    reason=notices.reason_kind(exc),
                    reason_text=notices._reason(exc),
                ) from exc
            self._install(data)
            self._changed()
        return keep

    # -- bulk access for import ----------------------------------------------------------

    def transaction(self) -> Transaction:
        """Hold the lock for a group of changes made through the transaction."""
        self.ensure_full()
        return Transaction(self)

    def insert_many(self, table: str, docs: list[Document]) -> None:
        """Add new documents (their keys must not be stored yet): one change, one save.
        Hold ``lock`` (a ``Transaction`` does)."""
        self._require_complete()
        if docs:
            self._tables[table].insert_multiple(docs)
            self._reindex()
