"""startup_ratio: BackCoach's time to first paint over a bare PySide6 window's."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = 1.5
RUNS = 5


def _times(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each mark the program prints ('first-paint', 'ready')."""
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    marks = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in ("first-paint", "ready"):
            marks[name] = float(value) - start
    if "first-paint" not in marks:
        raise RuntimeError(f"no first paint from {command}:\n{result.stdout}\n{result.stderr}")
    return marks


def _time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    return _times(command, env)["first-paint"]


def figures() -> list[dict]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["BACKCOACH_EXIT_AFTER_FIRST_PAINT"] = "1"
    bare, app, ready = [], [], []
    with tempfile.TemporaryDirectory() as data_dir:
        app_command = [sys.executable, "-m", "backcoach", "--data-dir", data_dir]
        bare_command = [sys.executable, str(HERE / "bare_window.py")]
        _time_to_first_paint(app_command, env)  # warm the disk cache for both
        _time_to_first_paint(bare_command, env)
        for _ in range(RUNS):  # interleaved so drift in machine load hits both alike
            bare.append(_time_to_first_paint(bare_command, env))
            marks = _times(app_command, env)
            app.append(marks["first-paint"])
            ready.append(marks.get("ready", float("nan")))
    bare_s, app_s = statistics.median(bare), statistics.median(app)
    ratio = app_s / bare_s
    return [
        {"name": "startup_ratio", "value": round(ratio, 3), "unit": "x", "target": TARGET,
         "ok": ratio <= TARGET},
        {"name": "startup_app_s", "value": round(app_s, 3), "unit": "s", "target": None,
         "ok": True},
        {"name": "startup_ready_s", "value": round(statistics.median(ready), 3), "unit": "s",
         "target": None, "ok": True},
        {"name": "startup_bare_s", "value": round(bare_s, 3), "unit": "s", "target": None,
         "ok": True},
    ]  # fmt: skip
