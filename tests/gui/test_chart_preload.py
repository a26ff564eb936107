"""The chart preload after start (``ui/usable.py``'s ``prepare_in_background``) and the
rare crash it caused (docs/decisions/011-flow-layout.md, "17p").

PySide6 makes each Qt class on first use, and two threads doing that at once crash. The
preload now has the main thread make every class of the PySide6 modules pyqtgraph uses
before the worker thread imports pyqtgraph. Each check runs in a fresh process: in this
one, earlier tests have made most classes already, and a crash must fail a test, not end
the run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from backcoach.ui import usable

STRESS = Path(__file__).with_name("preload_stress.py")

STRESS_RUNS = 8
"""Before the fix about one stress run in three crashed (18 of 60, 30 % ): eight runs all
passing on the old code had a chance of ~6 %."""

ORDER = """
import json, sys, threading, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from backcoach.ui import usable

app = QApplication([])
report = {"slices_ms": []}

def lazy_left():
    left = {}
    for name in sorted(m for m in sys.modules if m.startswith("PySide6.Qt")):
        module = sys.modules[name]
        left[name] = [n for n in dir(module) if n not in module.__dict__]
    return left

timed = usable._run_slice
def run_slice(steps):
    began = time.thread_time()
    try:
        return timed(steps)
    finally:
        report["slices_ms"].append((time.thread_time() - began) * 1000)
usable._run_slice = run_slice

start = threading.Thread.start
def started(thread):
    if thread.name == "backcoach-prepare":  # the one that imports pyqtgraph
        report["at_start"] = lazy_left()
        report["slices_before"] = len(report["slices_ms"])
    start(thread)
threading.Thread.start = started

usable.prepare_in_background()
def done():
    if "at_start" in report and not any(
        t.name.startswith("backcoach-prepare") and t.is_alive() for t in threading.enumerate()
    ):
        app.quit()
    else:
        QTimer.singleShot(5, done)
QTimer.singleShot(0, done)
QTimer.singleShot(60_000, app.quit)
app.exec()
report["at_end"] = lazy_left()
report["prepared"] = [name in sys.modules for name in usable.PREPARED_MODULES]
print(json.dumps(report))
"""


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}


def test_the_worker_imports_pyqtgraph_only_once_every_class_it_reads_is_made() -> None:
    """The order that makes the preload safe, checked without luck: when the worker that
    imports pyqtgraph starts, every class of every PySide6 module loaded is made, and its
    import loads no PySide6 module the main thread had not prepared (a pyqtgraph that
    starts using another one fails here: add it to ``PYQTGRAPH_QT_MODULES``)."""
    result = subprocess.run(
        [sys.executable, "-c", ORDER], capture_output=True, text=True, env=_env(), timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["prepared"] == [True, True, True]
    at_start, at_end = report["at_start"], report["at_end"]
    assert set(at_start) == set(usable.PYQTGRAPH_QT_MODULES)
    assert all(left == [] for left in at_start.values()), at_start
    assert at_end == at_start  # no PySide6 module imported, no class made by the worker
    # Many short slices, none long (CPU time of the main thread: load on the machine does
    # not count). ~600 classes of ~0.1 ms take ~70 ms in all; a slice stops after 3 ms,
    # and one class can take ~6 ms (QCommonStyle).
    slices = report["slices_ms"]
    assert report["slices_before"] == len(slices) > 10
    assert max(slices) < 20, slices


def test_the_preload_survives_a_main_thread_busy_with_qt_classes() -> None:
    """The stress (``preload_stress.py``): the main thread makes Qt classes, widgets and
    grabs while the preload runs, a few times in fresh processes. Before the fix this
    crashed (-11) in about one run in three; it can still pass by luck on broken code,
    which the test above does not leave to luck."""
    outcomes = []
    for seed in range(STRESS_RUNS):
        result = subprocess.run(
            [sys.executable, str(STRESS), str(seed)],
            capture_output=True,
            text=True,
            env=_env(),
            timeout=120,
        )
        outcomes.append((seed, result.returncode, result.stderr[-1500:]))
    failed = [outcome for outcome in outcomes if outcome[1] != 0]
    assert not failed, failed  # -11: a segfault
