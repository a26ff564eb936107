"""Kill -9 at random moments while ratings are being saved: no acknowledged rating is lost.

A child process (fault_child.py) gives ratings one after another on a data folder that
already holds a year of history (so each save takes a few milliseconds) and prints a line
for each rating only once its ticket says it is durable. The parent kills the child with
SIGKILL at a random moment — during start-up, while opening or backing up, mid-write,
mid-fsync, mid-rename — 60 times over the same folder. After every kill:
- the data file loads as it is (no recovery, no set-aside file), and
- every rating that was acknowledged is in it.

SIGKILL leaves the kernel's page cache intact, so this proves the atomic-replace protocol
and the acknowledgement order, not the disk's own flush (fsync) behaviour on power loss.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import orjson
import pytest

import backcoach
from backcoach.storage.recovery import FILE_NAME, parse_document

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

KILLS = 60
HERE = Path(__file__).resolve().parent
APP_DIR = Path(backcoach.__file__).resolve().parents[1]
BENCHMARKS = HERE.parents[1] / "benchmarks"


def _history(folder: Path) -> None:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from history import write_history
    finally:
        sys.path.remove(str(BENCHMARKS))
    write_history(folder, years=1, seed=7)


def _run_and_kill(folder: Path, run: int, rng: random.Random) -> list[tuple[int, int]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(APP_DIR), str(HERE)])}
    child = subprocess.Popen(
        [sys.executable, str(HERE / "fault_child.py"), str(folder), str(run)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )  # fmt: skip
    acks: list[tuple[int, int]] = []
    first_ack = threading.Event()

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            word, run_text, number = line.decode().split()
            assert word == "ack", line
            acks.append((int(run_text), int(number)))
            first_ack.set()

    reader = threading.Thread(target=read)
    reader.start()
    if rng.random() < 0.25:
        time.sleep(rng.uniform(0.0, 0.4))  # anywhere in start-up, opening, first saves
    else:
        first_ack.wait(20.0)  # while ratings are being saved
        time.sleep(rng.uniform(0.0, 0.15))
    child.send_signal(signal.SIGKILL)
    child.wait(20.0)
    reader.join(20.0)
    stderr = child.stderr.read().decode() if child.stderr else ""
    assert child.returncode == -signal.SIGKILL, stderr
    return acks


def _ratings_in(raw: bytes) -> set[str]:
    data, _ = parse_document(raw)  # raises if the file does not load as it is
    return {
        rating[2]
        for session in data["sessions"].values()
        for rating in session["ratings"]
        if rating[2] and rating[2].startswith("fault-")
    }


def test_sigkill_at_random_moments_never_loses_an_acknowledged_rating(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _history(folder)
    rng = random.Random(20240503)
    acknowledged: set[str] = set()
    killed_while_saving = killed_mid_write = 0
    for run in range(KILLS):
        acks = _run_and_kill(folder, run, rng)
        killed_while_saving += bool(acks)
        killed_mid_write += bool(list(folder.rglob(".*.tmp")))
        acknowledged |= {f"fault-{r}-{n}" for r, n in acks}
        stored = _ratings_in((folder / FILE_NAME).read_bytes())
        missing = acknowledged - stored
        assert not missing, (
            f"after kill {run}: acknowledged but not in the file: {sorted(missing)[:5]}"
        )
        assert not list(folder.glob("backcoach.unreadable-*")), "a kill must never need recovery"
    assert killed_while_saving >= KILLS // 2, "most kills landed while ratings were being saved"
    assert killed_mid_write >= 3, f"only {killed_mid_write} kills left a half-written temp file"
    assert len(acknowledged) > KILLS
    assert orjson.loads((folder / FILE_NAME).read_bytes())["meta"]
