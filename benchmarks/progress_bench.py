"""Progress figures, timed in the real main window as a user meets them.

    chart_open_ms          a year of history: the window started and idle for a moment
                           (as long as a user takes to reach for the sidebar), then a
                           click on Progress until its charts are painted (median of 3
                           fresh processes; target <= 300)
    chart_open_at_once_ms  the same, clicked the moment the window is usable, before the
                           app's idle-time preparation (reported)
    chart_full_history_ms  ten years: the click until the whole history is read on the
                           background thread and drawn (median of 3; target <= 500)
    chart_range_switch_ms  ten years, everything read: clicking a range button until the
                           screen is repainted, the slowest range's median (target <= 25)
    app_peak_rss_mib       ten years: the whole app's peak memory after every screen was
                           opened and every range drawn (reported; the storage's own
                           is storage_bench's peak_rss_mib)
    report_pdf_ms          the clinician's PDF for one year (median of 3; reported)

Each figure comes from a fresh child process (``--child``) so the harness's imports do not
count; the window is offscreen at 1280x800. The children's environment is set as for an
installed copy (``startup_bench.child_env``: compiled bytecode, no PYTHON* settings).
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
OPEN_RUNS = 3
SWITCHES = 5
REPORT_RUNS = 3
IDLE_BEFORE_CLICK_S = 1.5
TARGETS = {
    "chart_open_ms": 300.0,
    "chart_full_history_ms": 500.0,
    "chart_range_switch_ms": 25.0,
}


def _child(mode: str, data_dir: Path) -> dict:
    from startup_bench import child_env

    env = child_env({"PYTHONPATH": os.pathsep.join([str(ROOT / "app"), str(HERE)])})
    env.pop("BACKCOACH_EXIT_AFTER_FIRST_PAINT")
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
    from startup_bench import compile_bytecode

    compile_bytecode()
    with tempfile.TemporaryDirectory() as folder:
        one_year, ten_years = Path(folder) / "one-year", Path(folder) / "ten-years"
        write_history(one_year, years=1, seed=1)
        write_history(ten_years, years=10, seed=1)
        _child("open", one_year)  # warm the disk cache; today's backup is written once
        _child("full", ten_years)
        opens = [_child("open", one_year) for _ in range(OPEN_RUNS)]
        at_once = [_child("open-at-once", one_year) for _ in range(2)]
        fulls = [_child("full", ten_years) for _ in range(OPEN_RUNS)]
        switches = _child("switch", ten_years)
        report = _child("report", one_year)
    return [
        _figure("chart_open_ms", statistics.median(o["open_ms"] for o in opens)),
        _figure("chart_open_at_once_ms", statistics.median(o["open_ms"] for o in at_once)),
        _figure("chart_full_history_ms", statistics.median(f["full_ms"] for f in fulls)),
        _figure("chart_range_switch_ms", max(switches["switch_ms"].values())),
        *[
            _figure(f"chart_range_switch_{name.replace(' ', '_')}_ms", value)
            for name, value in switches["switch_ms"].items()
        ],
        _figure("app_peak_rss_mib", switches["peak_rss_mib"], "MiB"),
        _figure("report_pdf_ms", report["report_ms"]),
    ]


# -- the child process ------------------------------------------------------------------

STORES: list = []


def open_window(data_dir: Path):
    """The real main window over ``data_dir``, shown and usable; (app, window)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from backcoach.storage import Store
    from backcoach.ui.application import build_main_window, create_application, when_usable
    from backcoach.ui.theme import ThemeManager

    app = QApplication.instance() or create_application()
    ThemeManager(app, "light")
    store = Store.open(data_dir).store
    STORES.append(store)
    window = build_main_window(data_dir, store)
    window.resize(1280, 800)
    loop = QEventLoop()
    window.show()
    when_usable(window, loop.quit)
    safety = QTimer()  # a net for a start that never becomes usable; stopped after
    safety.setSingleShot(True)
    safety.timeout.connect(loop.quit)
    safety.start(60_000)
    loop.exec()
    safety.stop()
    return app, window


def idle(app, seconds: float) -> None:
    """Let the event loop run (timers, idle-time work) for ``seconds``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def _progress_painted(app, window, complete: bool) -> None:
    """Until the Progress page shows its charts (and the whole history, if asked)."""
    page = window.progress
    deadline = time.monotonic() + 120

    def wait(condition) -> None:
        while condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the Progress screen did not draw within two minutes")
            app.processEvents()

    wait(lambda: page.series is None or page.pain_chart is None)
    if complete:
        wait(lambda: not page.loading_full and not page.history.complete)
        while page.loading_full or not page.history.complete:
            page.wait_loaded()
            wait(lambda: False)
            app.processEvents()
            if time.monotonic() > deadline:
                raise TimeoutError("the whole history was not drawn within two minutes")
    window.repaint()


def _measure_open(data_dir: Path, wait_s: float) -> dict:
    app, window = open_window(data_dir)
    idle(app, wait_s)
    began = time.perf_counter()
    window.show_screen("progress")
    _progress_painted(app, window, complete=False)
    return {"open_ms": (time.perf_counter() - began) * 1000}


def _measure_full(data_dir: Path) -> dict:
    app, window = open_window(data_dir)
    idle(app, IDLE_BEFORE_CLICK_S)
    began = time.perf_counter()
    window.show_screen("progress")
    _progress_painted(app, window, complete=True)
    return {"full_ms": (time.perf_counter() - began) * 1000}


def _measure_switch(data_dir: Path) -> dict:
    import resource

    from backcoach.domain.progress import Range

    app, window = open_window(data_dir)
    idle(app, IDLE_BEFORE_CLICK_S)
    for screen in window.screens:  # every screen made and painted once, as in real use
        window.show_screen(screen.key)
        window.repaint()
        app.processEvents()
    window.show_screen("progress")
    _progress_painted(app, window, complete=True)
    page = window.progress
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
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "switch_ms": {k: statistics.median(v) for k, v in times.items()},
        "peak_rss_mib": peak_kib / 1024,
    }


def _measure_report(data_dir: Path) -> dict:
    from datetime import date, timedelta

    from PySide6.QtGui import QGuiApplication

    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue
    from backcoach.services.report import write_report
    from backcoach.storage import Store

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need it)
    store = Store.open(data_dir).store
    STORES.append(store)
    context = AppContext(data_dir=data_dir, catalogue=load_catalogue(), store=store)
    end = date.today()
    start = end - timedelta(days=364)
    runs = []
    with tempfile.TemporaryDirectory() as out:
        for number in range(REPORT_RUNS):
            began = time.perf_counter()
            write_report(context, Path(out) / f"report-{number}.pdf", start, end)
            runs.append((time.perf_counter() - began) * 1000)
    return {"report_ms": statistics.median(runs)}


def _child_main(mode: str, data_dir: Path) -> None:
    measure = {
        "open": lambda d: _measure_open(d, IDLE_BEFORE_CLICK_S),
        "open-at-once": lambda d: _measure_open(d, 0),
        "full": _measure_full,
        "switch": _measure_switch,
        "report": _measure_report,
    }
    print(json.dumps(measure[mode](data_dir)), flush=True)
    for store in STORES:
        store.close()  # pending writes (today's backup) finish
    os._exit(0)  # the window needs no orderly end here


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child_main(sys.argv[2], Path(sys.argv[3]))
    else:
        sys.path.insert(0, str(HERE))
        for item in figures():
            print(item)
