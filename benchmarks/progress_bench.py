"""Progress figures on ten years of daily sessions (``history.write_history``).

    chart_open_ms          first open of the Progress screen in a fresh process: from
                           show() to the charts painted, pyqtgraph import included
                           (median of 5; target <= 800)
    chart_range_switch_ms  clicking a range button until the screen is repainted, once the
                           whole history is read: the slowest range's median (target <= 50)
    chart_full_history_ms  first open until the whole history is read on the background
                           thread and drawn (streaks, longer ranges; reported)
    report_pdf_ms          the clinician's PDF for one year (median of 3; reported)

Each figure comes from a fresh child process (``--child``) so the harness's imports do not
count; the screen is shown offscreen at 1048x800 (a 1280x800 window minus the sidebar).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figure import figure  # benchmarks/ is on sys.path (run.py and the children)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OPEN_RUNS = 5
SWITCHES = 5
REPORT_RUNS = 3
TARGETS = {"chart_open_ms": 800.0, "chart_range_switch_ms": 50.0}


def _child(mode: str, data_dir: Path) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "app"), str(HERE)]),
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    result = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", mode, str(data_dir)],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise RuntimeError(f"progress benchmark child failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _figure(name: str, value: float, unit: str = "ms") -> dict:
    return figure(name, value, unit, TARGETS.get(name), digits=1)


def figures() -> list[dict]:
    from history import write_history

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        write_history(data_dir, years=10, seed=1)
        _child("open", data_dir)  # warm the disk cache; today's backup is written once
        opens = [_child("open", data_dir) for _ in range(OPEN_RUNS)]
        switches = _child("switch", data_dir)
        report = _child("report", data_dir)
    return [
        _figure("chart_open_ms", statistics.median(o["open_ms"] for o in opens)),
        _figure("chart_range_switch_ms", max(switches["switch_ms"].values())),
        _figure("chart_full_history_ms", statistics.median(o["full_ms"] for o in opens)),
        _figure("report_pdf_ms", report["report_ms"]),
    ]


# -- the child process ------------------------------------------------------------------


def _open_page(data_dir: Path):
    from PySide6.QtWidgets import QApplication

    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue
    from backcoach.storage import Store
    from backcoach.ui.progress.progress_page import ProgressPage
    from backcoach.ui.theme import ThemeManager

    app = QApplication.instance() or QApplication([])
    ThemeManager(app, "light")
    store = Store.open(data_dir).store
    context = AppContext(data_dir=data_dir, catalogue=load_catalogue(), store=store)
    page = ProgressPage(context)
    page.resize(1048, 800)
    assert "pyqtgraph" not in sys.modules, "pyqtgraph was imported before the screen opened"
    return app, store, page


def _measure_open(data_dir: Path) -> dict:
    app, store, page = _open_page(data_dir)
    began = time.perf_counter()
    page.show()
    while page.series is None:
        app.processEvents()
    page.repaint()
    opened = time.perf_counter()
    while not page.loading_full:  # the full read starts just after the first paint
        app.processEvents()
    page.wait_loaded()
    while page.loading_full:
        app.processEvents()
    page.repaint()
    full = time.perf_counter()
    store.close()
    return {"open_ms": (opened - began) * 1000, "full_ms": (full - began) * 1000}


def _measure_switch(data_dir: Path) -> dict:
    from backcoach.domain.progress import Range

    app, store, page = _open_page(data_dir)
    page.show()
    while page.series is None:
        app.processEvents()
    while not page.loading_full:  # the full read starts just after the first paint
        app.processEvents()
    page.wait_loaded()
    while page.loading_full:
        app.processEvents()
    for _ in range(3):
        app.processEvents()
    times: dict[str, list[float]] = {r.value: [] for r in Range}
    order = [Range.WEEK, Range.ALL, Range.MONTH, Range.YEAR, Range.QUARTER]
    for _ in range(SWITCHES):
        for range_ in order:
            began = time.perf_counter()
            page.range_buttons[range_].click()
            app.processEvents()  # layout and paint
            app.processEvents()  # the charts' scenes repaint what changed
            times[range_.value].append((time.perf_counter() - began) * 1000)
    store.close()
    return {"switch_ms": {k: statistics.median(v) for k, v in times.items()}}


def _measure_report(data_dir: Path) -> dict:
    from datetime import date, timedelta

    from PySide6.QtGui import QGuiApplication

    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue
    from backcoach.services.report import write_report
    from backcoach.storage import Store

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need it)
    store = Store.open(data_dir).store
    context = AppContext(data_dir=data_dir, catalogue=load_catalogue(), store=store)
    end = date.today()
    start = end - timedelta(days=364)
    runs = []
    with tempfile.TemporaryDirectory() as out:
        for number in range(REPORT_RUNS):
            began = time.perf_counter()
            write_report(context, Path(out) / f"report-{number}.pdf", start, end)
            runs.append((time.perf_counter() - began) * 1000)
    store.close()
    return {"report_ms": statistics.median(runs)}


def _child_main(mode: str, data_dir: Path) -> None:
    measure = {"open": _measure_open, "switch": _measure_switch, "report": _measure_report}
    print(json.dumps(measure[mode](data_dir)), flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child_main(sys.argv[2], Path(sys.argv[3]))
    else:
        for figure in figures():
            print(figure)
