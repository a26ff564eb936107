"""One BackCoach per data folder: the second start wakes the first; stale locks are taken."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from backcoach.services.single_instance import LOCK_NAME, SingleInstance, server_name

HOLD_LOCK = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def instances(qapp):
    made: list[SingleInstance] = []

    def make(folder: Path) -> SingleInstance:
        instance = SingleInstance(folder)
        made.append(instance)
        return instance

    yield make
    for instance in made:
        instance.release()


def _hold_lock_in_another_process(folder: Path) -> subprocess.Popen:
    folder.mkdir(parents=True, exist_ok=True)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(folder / LOCK_NAME)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    assert child.stdout is not None and child.stdout.readline() == b"locked\n"
    return child


def test_the_socket_name_depends_on_the_folder_only(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert len(server_name(tmp_path / "a")) < 40


def test_a_second_instance_is_refused_and_brings_the_first_to_the_front(
    data_dir: Path, instances, qtbot
) -> None:
    first = instances(data_dir)
    assert first.try_acquire() and first.held
    second = instances(data_dir)
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert second.try_acquire() is False
    assert second.notified_running and not second.held


def test_a_command_line_tool_can_check_without_raising_the_window(
    data_dir: Path, instances, qtbot
) -> None:
    first = instances(data_dir)
    assert first.try_acquire()
    with qtbot.assertNotEmitted(first.raise_requested, wait=300):
        assert instances(data_dir).try_acquire(notify_running=False) is False


def test_after_release_the_next_instance_may_start(data_dir: Path, instances) -> None:
    first = instances(data_dir)
    assert first.try_acquire()
    first.release()
    assert instances(data_dir).try_acquire()


def test_a_lock_left_by_a_killed_backcoach_is_taken_over(data_dir: Path, instances) -> None:
    child = _hold_lock_in_another_process(data_dir)
    assert instances(data_dir).try_acquire(notify_running=False) is False
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert (data_dir / LOCK_NAME).exists(), "the crash left its lock file behind"
    assert instances(data_dir).try_acquire(notify_running=False)


def test_an_old_lock_of_a_running_backcoach_is_not_stolen(data_dir: Path, instances) -> None:
    """A lock's age means nothing: BackCoach may simply have been open all day."""
    child = _hold_lock_in_another_process(data_dir)
    try:
        day_ago = time.time() - 24 * 3600
        os.utime(data_dir / LOCK_NAME, (day_ago, day_ago))
        assert instances(data_dir).try_acquire(notify_running=False) is False
    finally:
        child.kill()
        child.wait(10)


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files")
def test_a_socket_file_left_by_a_crash_is_replaced(data_dir: Path, instances, qtbot) -> None:
    path = Path(QDir.tempPath()) / server_name(data_dir)
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(str(path))
    leftover.close()  # the file stays, nobody listens: what a killed process leaves
    first = instances(data_dir)
    assert first.try_acquire()
    with qtbot.waitSignal(first.raise_requested, timeout=5000):
        assert instances(data_dir).try_acquire() is False
