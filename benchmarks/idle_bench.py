"""idle_cpu_pct: what BackCoach costs while it only sits there, on Home and on Progress.

The real main window (offscreen, 1280x800) over ten years of history is left on Home, and
in a second process at the same time on Progress with the whole history drawn. After the
start settles (SETTLE_S), each process's CPU time (``time.process_time``: every thread) is
divided by the wall time of IDLE_S seconds (default 60; BACKCOACH_BENCH_IDLE_S or
``run.py --idle-seconds`` for a quick run), and every timer event the application
delivers in that time is counted (QTimer, animations, Qt's own).

    idle_cpu_pct           the worse of Home and Progress, % of one core (target <= 0.2)
    idle_timer_events      timer events in both idle periods (target 0: nothing runs when
                           nothing changes; Qt's one pixmap-cache sweep is not counted)
    idle_cpu_home_pct, idle_cpu_progress_pct   each (reported)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figure import figure  # benchmarks/ is on sys.path (run.py and the children)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CPU_TARGET = 0.2
SETTLE_S = 5.0
SCREENS = ("home", "progress")
QT_OWN = {"QPMCache"}
"""Timer events of Qt's own housekeeping, not counted (named here so none hides)."""


def idle_seconds() -> float:
    return float(os.environ.get("BACKCOACH_BENCH_IDLE_S", "60"))


def figures() -> list[dict]:
    from history import write_history
    from startup_bench import child_env, compile_bytecode

    compile_bytecode()
    env = child_env({"PYTHONPATH": os.pathsep.join([str(ROOT / "app"), str(HERE)])})
    env.pop("BACKCOACH_EXIT_AFTER_FIRST_PAINT")
    seconds = idle_seconds()
    with tempfile.TemporaryDirectory() as folder:
        results = {}
        children = {}
        for screen in SCREENS:  # one data folder each: one BackCoach per folder
            data_dir = Path(folder) / screen
            write_history(data_dir, years=10, seed=1)
            command = [sys.executable, str(Path(__file__).resolve()), "--child", screen,
                       str(data_dir), str(seconds)]  # fmt: skip
            children[screen] = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
            )
        for screen, child in children.items():
            out, err = child.communicate(timeout=seconds + 300)
            if child.returncode != 0:
                raise RuntimeError(f"idle benchmark child failed:\n{err}")
            results[screen] = json.loads(out.strip().splitlines()[-1])
    shares = {s: 100 * r["cpu_s"] / r["wall_s"] for s, r in results.items()}
    events = sum(r["timer_events"] for r in results.values())
    return [
        figure("idle_cpu_pct", max(shares.values()), "%", CPU_TARGET, 3),
        figure("idle_timer_events", events, "", 0, 0),
        *[figure(f"idle_cpu_{s}_pct", v, "%", None, 3) for s, v in shares.items()],
        figure("idle_seconds", seconds, "s", None, 0),
    ]


# -- the child process ------------------------------------------------------------------


def _child(screen: str, data_dir: Path, seconds: float) -> dict:
    from PySide6.QtCore import QEvent, QObject

    import progress_bench

    app, window = progress_bench.open_window(data_dir)
    if screen == "progress":
        progress_bench.idle(app, 1.0)
        window.show_screen("progress")
        progress_bench._progress_painted(app, window, complete=True)
    progress_bench.idle(app, SETTLE_S)

    class Timers(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: list[str] = []

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Timer:
                self.seen.append(watched.metaObject().className())
            return False

    timers = Timers()
    cpu, wall = time.process_time(), time.monotonic()
    app.installEventFilter(timers)
    progress_bench.idle(app, seconds)  # its own single wake is not counted: see below
    app.removeEventFilter(timers)
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    # The one timer event that ends the idle period is this benchmark's, not the app's;
    # Qt's pixmap cache sweeps itself once 30 s after pixmaps were last cached (QPMCache):
    # Qt's own housekeeping, not a timer of the app's.
    events = max(0, len([k for k in timers.seen if k not in QT_OWN]) - 1)
    for store in progress_bench.STORES:
        store.close()
    return {"cpu_s": cpu, "wall_s": wall, "timer_events": events, "kinds": sorted(set(timers.seen))}


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        sys.path.insert(0, str(HERE))
        print(json.dumps(_child(sys.argv[2], Path(sys.argv[3]), float(sys.argv[4]))), flush=True)
        os._exit(0)
    else:
        sys.path.insert(0, str(HERE))
        for item in figures():
            print(item)
