"""Atomic writes: the target holds the old bytes or the new, never a mix or a leftover."""

from __future__ import annotations

import errno
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from backcoach.storage import atomic
from backcoach.storage.atomic import atomic_write, remove_stale_temp_files, set_aside


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder of our own (tmp_path also holds the test's fake HOME)."""
    path = tmp_path / "folder"
    path.mkdir()
    return path


def test_writes_pieces_in_order_with_mode_0600(folder: Path) -> None:
    target = folder / "data.json"
    pieces = [b"{", *(b'"%d":1,' % i for i in range(2000)), b'"end":0}']  # > one writev batch
    atomic_write(target, pieces)
    assert target.read_bytes() == b"".join(pieces)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["data.json"]


def test_replaces_a_file_that_was_readable_by_others_with_a_private_one(folder: Path) -> None:
    target = folder / "data.json"
    target.write_bytes(b"old")
    target.chmod(0o644)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = folder / "data.json"
    target.write_bytes(b"old")

    def disk_full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "writev", disk_full)
    monkeypatch.setattr(os, "write", disk_full)
    with pytest.raises(OSError) as caught:
        atomic_write(target, b"new")
    assert caught.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["data.json"]


def test_set_aside_renames_and_never_overwrites_an_earlier_one(folder: Path) -> None:
    now = datetime(2024, 5, 3, 10, 15, 0)
    first = folder / "backcoach.json"
    first.write_bytes(b"first")
    aside_1 = set_aside(first, "unreadable", now)
    first.write_bytes(b"second")
    aside_2 = set_aside(first, "unreadable", now)
    assert aside_1.name == "backcoach.unreadable-2024-05-03-101500.json"
    assert aside_2.name == "backcoach.unreadable-2024-05-03-101500-1.json"
    assert (aside_1.read_bytes(), aside_2.read_bytes()) == (b"first", b"second")
    assert not first.exists()


def test_stale_temp_files_of_a_killed_writer_are_removed_and_nothing_else(folder: Path) -> None:
    stale = atomic.temp_name(folder / "backcoach.json")
    stale.write_bytes(b"half a fi")
    keep = folder / "notes.tmp"
    keep.write_bytes(b"mine")
    remove_stale_temp_files(folder, ["backcoach.json"])
    assert not stale.exists() and keep.exists()
