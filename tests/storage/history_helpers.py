"""Helpers for the storage tests: a fake clock, ratings, small real data folders."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from backcoach.domain.records import CheckIn, ExerciseResult, Rating
from backcoach.storage import Store
from backcoach.storage.backups import daily_path, folder_for

LOCAL = timezone(timedelta(hours=2))


class FakeClock:
    """Local wall-clock time (aware) that moves only when a test says so."""

    def __init__(self, start: datetime = datetime(2024, 5, 3, 9, 0, tzinfo=LOCAL)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def eventually(predicate: Callable[[], bool], timeout_s: float = 5.0) -> bool:
    """Poll ``predicate`` until true (work the writer thread does after a save)."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


T0 = datetime(2024, 5, 3, 7, 0, tzinfo=UTC)
TODAY = date(2024, 5, 3)
YESTERDAY = TODAY - timedelta(days=1)


def rating(score: int = 3, phase: str = "during", offset: float = 1.0, **kw) -> Rating:
    """A rating ``offset`` seconds into a session that started at T0."""
    at = T0 + timedelta(seconds=offset)
    return Rating(score, phase, kw.pop("exercise_id", "plank"), at, offset, **kw)


def fill(store: Store, sessions: int = 3, first_day: date = date(2024, 4, 28)) -> None:
    for number in range(sessions):
        start = datetime.combine(first_day + timedelta(days=number), datetime.min.time(), UTC)
        start += timedelta(hours=7)
        session_id = store.sessions.start("r1", f"Session {number}", started_at=start)
        for offset in range(4):
            at = start + timedelta(minutes=offset)
            store.sessions.append_rating(
                session_id, Rating(offset + 2, "during", "plank", at, offset * 60.0)
            )
        store.sessions.finish_exercise(
            session_id, ExerciseResult("plank", start, start + timedelta(minutes=4), 2)
        )
        store.sessions.end(session_id, ended_at=start + timedelta(minutes=5))
        store.checkins.add(
            CheckIn(start.date() + timedelta(days=1), 3, "some", start + timedelta(days=1))
        )
    store.favourites.set("plank", True)
    store.settings.set("theme", "dark")


def make_folder(
    folder: Path, clock, sessions_in_backup: int = 3, sessions_now: int = 4
) -> tuple[bytes, bytes]:
    """A data folder whose backups/ holds yesterday's backup (``sessions_in_backup``) and whose
    data file holds ``sessions_now``; returns (data file bytes, backup bytes).
    Leaves ``clock`` at today."""
    saved = clock.now
    clock.now = clock.now.replace(year=YESTERDAY.year, month=YESTERDAY.month, day=YESTERDAY.day)
    with Store.open(folder, now=clock).store as store:
        fill(store, sessions_in_backup)
    # The store's own daily backup holds the day's *first* save (racing fill()); the tests
    # want one holding everything of yesterday, as the next morning's backup would.
    backup = (folder / "backcoach.json").read_bytes()
    daily_path(folder_for(folder), YESTERDAY).write_bytes(backup)
    clock.now = saved
    with Store.open(folder, now=clock).store as store:
        fill(
            store,
            sessions_now - sessions_in_backup,
            first_day=date(2024, 4, 28) + timedelta(days=sessions_in_backup),
        )
    # Today's daily backup would be newer than yesterday's; the tests want yesterday's.
    daily_path(folder_for(folder), TODAY).unlink(missing_ok=True)
    return (folder / "backcoach.json").read_bytes(), backup
