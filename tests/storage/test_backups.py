"""Rotating backups: one a day, seven kept; manual, pre-restore and pre-upgrade ones kept."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from history_helpers import eventually, fill

from backcoach.storage import StorageError
from backcoach.storage.backups import DAILY_KEEP, daily_path, folder_for, list_backups, parse


def test_the_first_save_of_each_day_makes_that_days_backup_and_seven_are_kept(
    data_dir: Path, clock, open_store
) -> None:
    store = open_store(data_dir).store
    for _ in range(10):
        store.settings.set("day", clock().date().isoformat())  # the day's first save
        assert store.flush()
        assert eventually(lambda: daily_path(folder_for(data_dir), clock().date()).exists())
        clock.advance(days=1)
    clock.advance(days=-1)

    def daily() -> list:
        return [b for b in store.list_backups() if b.kind == "daily"]

    # The writer thread writes the day's backup, then removes the oldest: wait for both.
    assert eventually(lambda: len(daily()) == DAILY_KEEP), daily()
    kept = daily()
    newest = kept[0]
    assert newest.path == daily_path(folder_for(data_dir), clock().date())
    assert [b.created.date() for b in kept] == [
        clock().date() - timedelta(days=n) for n in range(DAILY_KEEP)
    ]


def test_opening_makes_todays_backup_from_the_data_as_it_was(
    data_dir: Path, clock, open_store
) -> None:
    with open_store(data_dir).store as store:
        fill(store, 2)
    clock.advance(days=1)
    open_store(data_dir)
    # housekeeping runs right after opening, on the writer thread
    assert eventually(lambda: daily_path(folder_for(data_dir), clock().date()).exists())
    assert (
        daily_path(folder_for(data_dir), clock().date()).read_bytes()
        == (data_dir / "backcoach.json").read_bytes()
    )


def test_back_up_now_and_restore_keep_what_they_replace(data_dir: Path, clock, open_store) -> None:
    store = open_store(data_dir).store
    fill(store, 2)
    manual = store.backup_now()
    assert parse(manual).kind == "manual"
    fill(store, 1, first_day=date(2024, 5, 1))
    assert len(store.sessions.all()) == 3
    kept = store.restore_backup(manual)
    assert parse(kept).kind == "before-restore"
    assert len(store.sessions.all()) == 2
    assert store.flush()
    store.close()
    assert len(open_store(data_dir).store.sessions.all()) == 2
    restored_away = open_store(data_dir).store
    assert len(restored_away.list_backups()) >= 3


def test_restoring_a_broken_backup_changes_nothing(data_dir: Path, clock, open_store) -> None:
    store = open_store(data_dir).store
    fill(store, 1)
    bad = data_dir / "backups" / "backcoach-2024-01-01.json"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b'{"meta": {"1": {"schema_version": 2}}, "sessions": 5}')
    with pytest.raises(StorageError, match="cannot be used: the sessions table is not an object"):
        store.restore_backup(bad)
    assert len(store.sessions.all()) == 1


def test_backups_are_listed_newest_first_by_their_names(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for name in [
        "backcoach-2024-05-01.json",
        "backcoach-2024-05-02-101500-manual.json",
        "backcoach-2024-05-02.json",
        "backcoach-2024-05-02-101500-manual-2.json",
        "notes.txt",
        "backcoach-2024-13-01.json",
    ]:
        (folder / name).write_text("{}")
    listed = [(b.path.name, b.kind) for b in list_backups(folder)]
    assert listed == [
        ("backcoach-2024-05-02-101500-manual-2.json", "manual"),
        ("backcoach-2024-05-02-101500-manual.json", "manual"),
        ("backcoach-2024-05-02.json", "daily"),
        ("backcoach-2024-05-01.json", "daily"),
    ]
    assert list_backups(folder)[0].created == datetime(2024, 5, 2, 10, 15)
