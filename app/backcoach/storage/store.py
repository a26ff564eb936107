"""The Store: the database core with one repository per table, opened from a folder.

    opened = Store.open(data_dir)       # recovers or creates the file; starts the writer
    store = opened.store
    store.sessions.start(...)           # SessionRepository   (session_repository.py)
    store.checkins.add(checkin)         # CheckInRepository   (checkin_repository.py)
    store.activities.all()              # ActivityRepository  (activity_repository.py)
    store.function_checks.add(check)    # FunctionCheckRepository
    store.routines.save(routine_dict)   # RoutineRepository
    store.favourites.set(id, True)      # FavouriteRepository
    store.settings.get(key, default)    # SettingsRepository
    store.flush(); store.close()        # the core (database.py): saving, backups, notices

Screens never hold a Store: they call services (``backcoach.services``), which take the
repositories through the typed protocols in ``storage.protocols``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, NoReturn

from backcoach.storage import backups, notices, recovery
from backcoach.storage.activity_repository import ActivityRepository
from backcoach.storage.atomic import ensure_folder
from backcoach.storage.checkin_repository import CheckInRepository
from backcoach.storage.database import Clock, Database, local_now
from backcoach.storage.favourite_repository import FavouriteRepository
from backcoach.storage.function_check_repository import FunctionCheckRepository
from backcoach.storage.migrations import CURRENT_VERSION
from backcoach.storage.notices import StorageNotice
from backcoach.storage.recovery import Loaded
from backcoach.storage.routine_repository import RoutineRepository
from backcoach.storage.session_repository import SessionRepository
from backcoach.storage.settings_repository import SettingsRepository

MOVED = {
    "start_session": "sessions.start",
    "save_session": "sessions.save",
    "append_rating": "sessions.append_rating",
    "finish_exercise": "sessions.finish_exercise",
    "record_flare": "sessions.record_flare",
    "end_session": "sessions.end",
    "reopen_session": "sessions.reopen",
    "delete_session": "sessions.delete",
    "session": "sessions.get",
    "sessions_between": "sessions.between",
    "all_sessions": "sessions.all",
    "session_count": "sessions.count",
    "running_sessions": "sessions.running",
    "running_session": "sessions.latest_running",
    "add_checkin": "checkins.add",
    "add_activity": "activities.add",
    "delete_activity": "activities.delete",
    "add_function_check": "function_checks.add",
    "delete_function_check": "function_checks.delete",
    "save_routine": "routines.save",
    "routine": "routines.get",
    "delete_routine": "routines.delete",
    "set_favourite": "favourites.set",
    "setting": "settings.get",
    "set_setting": "settings.set",
}
"""Where the single Store class's methods went when it was split (issue 15), for the
message a stale call gets."""


class OpenResult(NamedTuple):
    """What ``Store.open`` gives: the store, and what to tell the user.

    A NamedTuple, not a frozen dataclass: its module loads at every start, where a dataclass
    costs ~0.4 ms to create (008-speed.md, "17e").
    """

    store: Store
    notices: list[StorageNotice]
    """What the user should be told now (a restored backup, an upgrade...); may be empty."""


class Store(Database):
    """The user's data. Open with ``Store.open(data_dir)``; close with ``close()``."""

    @classmethod
    def open(
        cls, data_dir: Path | str, *, now: Clock = local_now, quick: bool = False
    ) -> OpenResult:
        """Load (or recover, or create) ``data_dir/backcoach.json`` and start the writer.

        Raises StorageError only when going on could harm the data: a file from a newer
        BackCoach, or one the system will not let BackCoach read. ``now`` returns the local
        time (aware); tests pass a fake clock.

        ``quick``: open from the start cache when it matches the file (``start_cache``);
        the store is then *partial* until ``load_rest`` (or anything that needs the whole
        history) has read the file. Any doubt about the cache reads the whole file now.
        The writer thread then also waits for ``load_rest`` (or the first change, flush or
        close): a first run's new file and the daily backup are written once the window is
        usable, not while it is being made (the writer's thread, its saves and fsyncs
        cost a first run ~10 ms of wall time to usable; 008-speed.md, "17a").
        """
        data_dir = Path(data_dir)
        with contextlib.suppress(OSError):
            # If this fails, so will the first save, and the listeners hear why from it.
            ensure_folder(data_dir)
        loaded = recovery.load_quick(data_dir) if quick else None
        if loaded is None:
            loaded = recovery.load(data_dir, now())
        store = cls(data_dir, loaded, now, hold_writer=quick)
        result = list(loaded.notices)
        if loaded.upgraded_from is not None:
            folder = backups.folder_for(data_dir)
            result.append(notices.upgraded(loaded.upgraded_from, CURRENT_VERSION, folder))
        return OpenResult(store, result)

    def __init__(
        self, data_dir: Path, loaded: Loaded, now: Clock, *, hold_writer: bool = False
    ) -> None:
        """Use ``Store.open``."""
        super().__init__(data_dir, loaded, now, hold_writer=hold_writer)
        self.sessions = SessionRepository(self)
        self.checkins = CheckInRepository(self)
        self.activities = ActivityRepository(self)
        self.function_checks = FunctionCheckRepository(self)
        self.routines = RoutineRepository(self)
        self.favourites = FavouriteRepository(self)
        self.settings = SettingsRepository(self)

    if not TYPE_CHECKING:  # the type checker still rejects a stale name outright

        def __getattr__(self, name: str) -> NoReturn:
            moved = MOVED.get(name)
            if moved is None:
                raise AttributeError(f"'Store' object has no attribute {name!r}")
            raise AttributeError(f"Store.{name} moved to store.{moved} (see storage/store.py)")
