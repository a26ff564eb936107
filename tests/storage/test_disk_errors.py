"""A full disk or read-only folder: the user is told, nothing is dropped, saving resumes."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import orjson
import pytest
from history_helpers import eventually, rating

from backcoach.storage import Store, database, writer
from backcoach.storage import store as store_module
from backcoach.storage.notices import StorageNotice


class FailingDisk:
    """Makes the store's atomic writes fail with ``error`` until ``heal()``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, error: int) -> None:
        self.error = error
        self.failures = 0
        self._healed = threading.Event()
        real = database.atomic_write

        def write(*args, **kwargs):
            if not self._healed.is_set():
                self.failures += 1
                raise OSError(self.error, os.strerror(self.error))
            real(*args, **kwargs)

        monkeypatch.setattr(database, "atomic_write", write)
        monkeypatch.setattr(writer, "RETRY_DELAYS_S", (0.02, 0.05))

    def heal(self) -> None:
        self._healed.set()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk or folder is read-only"),
        (errno.EACCES, "BackCoach is not allowed to write there"),
    ],
)
def test_a_failing_save_is_reported_retried_and_loses_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch, error: int, words: str
) -> None:
    heard: list[StorageNotice] = []
    store.add_listener(heard.append)
    disk = FailingDisk(monkeypatch, error)
    session_id = store.sessions.start(None, "Quick")
    tickets = [store.sessions.append_rating(session_id, rating(offset=i)) for i in range(5)]

    assert not tickets[-1].wait(0.3)
    assert disk.failures >= 2, "the write is retried"
    [failed] = [n for n in heard if n.code == "write-failed"]  # told once, not at every retry
    assert failed.level == "error" and words in failed.message
    assert "kept while BackCoach stays open" in failed.message
    assert store.write_error == failed
    assert len(store.sessions.get(session_id).ratings) == 5  # still in memory

    disk.heal()
    assert tickets[-1].wait(5.0)
    assert eventually(lambda: any(n.code == "write-recovered" for n in heard))
    assert store.write_error is None
    saved = orjson.loads(store.data_path.read_bytes())
    assert len(next(iter(saved["sessions"].values()))["ratings"]) == 5


def test_flush_asks_for_an_immediate_retry_and_close_reports_unsaved_data(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = FailingDisk(monkeypatch, errno.ENOSPC)
    monkeypatch.setattr(writer, "RETRY_DELAYS_S", (30.0,))
    store.settings.set("theme", "dark")
    assert eventually(lambda: disk.failures == 1)
    assert not store.flush(0.2)
    assert disk.failures >= 2, "flush woke the writer instead of waiting 30 s"
    assert store.close(timeout_s=0.2) is False


def test_a_data_folder_that_cannot_be_created_still_opens_in_memory(
    tmp_path: Path, open_store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(database, "ensure_folder", refuse)  # saving
    monkeypatch.setattr(store_module, "ensure_folder", refuse)  # opening
    result = open_store(tmp_path / "not-allowed")
    heard: list[StorageNotice] = []
    result.store.add_listener(heard.append)
    result.store.settings.set("theme", "dark")
    assert result.store.settings.get("theme") == "dark"
    assert eventually(lambda: any(n.code == "write-failed" for n in heard))
    assert "not allowed to write there" in heard[0].message


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root ignores modes")
def test_a_really_read_only_folder_is_reported(data_dir: Path, open_store) -> None:
    store = open_store(data_dir).store
    assert store.flush()
    heard: list[StorageNotice] = []
    store.add_listener(heard.append)
    data_dir.chmod(0o500)
    try:
        store.settings.set("theme", "dark")
        assert eventually(lambda: any(n.code == "write-failed" for n in heard))
    finally:
        data_dir.chmod(0o700)
    assert store.flush()


def test_a_bug_while_taking_a_snapshot_does_not_stop_the_writer(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[StorageNotice] = []
    store.add_listener(heard.append)
    monkeypatch.setattr(writer, "RETRY_DELAYS_S", (0.02,))
    real = store._storage.serialise
    calls = []

    def broken() -> list[bytes]:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("a bug")
        return real()

    monkeypatch.setattr(store._storage, "serialise", broken)
    store.settings.set("theme", "dark")
    assert store.flush(5.0)
    assert any("an internal error (RuntimeError: a bug)" in n.message for n in heard)
