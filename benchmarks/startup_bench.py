"""Start-up: BackCoach's first paint and its usable window, over a bare PySide6 window's.

    startup_ratio   process start -> the window's first paint (the frame: sidebar and page
                    frame), over the bare window's first paint; warm (target <= 1.5)
    ready_ratio     process start -> the window is *usable*, over the bare window's first
                    paint; warm; the worse of a first run (empty data folder: the welcome
                    screen) and a returning user with ten years of history (Home with
                    today's routine) (target <= 2.0)
    ready_cold_ratio  the same, cold: before each start the page cache of every file the
                    two programs read (Python's standard library, the virtualenv, the app,
                    its resources, the data) is dropped, as after a reboot (reported)

*Usable* is ``application.when_usable``: the screen shown has painted its content and the
event loop has handled everything queued by then, so a click is answered at once.

The timed child's environment is set explicitly, as a user's installed copy runs: no
PYTHON* variables from this shell (PYTHONDONTWRITEBYTECODE in particular: an installed
copy has compiled bytecode, which is compiled here first), the offscreen platform unless
QT_QPA_PLATFORM says otherwise, no BACKCOACH_DATA_DIR. Runs are interleaved (bare, first
run, ten years) so drift in the machine's load hits all alike; medians of RUNS.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from figure import figure  # benchmarks/ is on sys.path (run.py and the children)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET = 1.5
READY_TARGET = 2.0
RUNS = 5
COLD_RUNS = 3
MARKS = ("first-paint", "ready", "usable")


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of a timed start: this shell's, without its PYTHON* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "BACKCOACH_"))}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    env["BACKCOACH_EXIT_AFTER_FIRST_PAINT"] = "1"
    env.update(extra or {})
    return env


def compile_bytecode() -> None:
    """Compile what the timed programs import, as an installed copy has it compiled."""
    folders = {Path(sysconfig.get_paths()["purelib"]), ROOT / "app"}
    for folder in folders:
        if folder.is_dir():
            compileall.compile_dir(folder, quiet=2, workers=0)


def _times(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each mark the program prints."""
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    marks = {}
    for line in result.stdout.splitlines():
        name, _, value = line.partition(" ")
        if name in MARKS:
            marks[name] = float(value) - start
    if "first-paint" not in marks:
        raise RuntimeError(f"no first paint from {command}:\n{result.stdout}\n{result.stderr}")
    return marks


def _time_to_first_paint(command: list[str], env: dict[str, str]) -> float:
    return _times(command, env)["first-paint"]


def evict(paths: Iterable[Path]) -> None:
    """Drop these files (folders: every file under them) from the page cache."""
    for path in paths:
        files = path.rglob("*") if path.is_dir() else [path]
        for file in files:
            try:
                fd = os.open(file, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            except OSError:
                pass
            finally:
                os.close(fd)


def python_files() -> list[Path]:
    """What any PySide6 program run by this Python reads: the standard library, the
    virtualenv's packages, libpython."""
    paths = sysconfig.get_paths()
    found = {Path(paths["stdlib"]), Path(paths["platstdlib"]), Path(paths["purelib"])}
    libdir = sysconfig.get_config_var("LIBDIR")
    if libdir:
        found.update(Path(libdir).glob("libpython*.so*"))
    return sorted(found)


def history_folder(parent: Path) -> Path:
    """A data folder holding ten years of daily use, opened once (today's backup made)."""
    from history import write_history

    folder = parent / "ten-years"
    write_history(folder, years=10, seed=1)
    return folder


class Starts:
    """Interleaved timed starts of the bare window and an app command, first run and ten
    years of history, warm and cold."""

    def __init__(self, app: list[str], scratch: Path, history: Path, cold_files: list[Path]):
        self.app, self.scratch, self.history = app, scratch, history
        self.bare = [sys.executable, str(HERE / "bare_window.py")]
        self.cold_files = cold_files
        self.env = child_env()
        self._fresh = 0

    def _first_run_dir(self) -> str:
        self._fresh += 1
        folder = self.scratch / f"first-run-{self._fresh}"
        folder.mkdir()
        return str(folder)

    def _round(self, cold: bool) -> dict[str, dict[str, float]]:
        commands = {
            "bare": self.bare,
            "first": [*self.app, "--data-dir", self._first_run_dir()],
            "ten": [*self.app, "--data-dir", str(self.history)],
        }
        out = {}
        for name, command in commands.items():
            if cold:
                evict([*self.cold_files, self.history])
            out[name] = _times(command, self.env)
        return out

    def measure(self, runs: int, cold: bool) -> dict[str, dict[str, float]]:
        """{bare|first|ten: {mark: median seconds}}."""
        if not cold:
            self._round(cold=False)  # warm the disk cache for all three
        rounds = [self._round(cold) for _ in range(runs)]
        medians: dict[str, dict[str, float]] = {}
        for name in ("bare", "first", "ten"):
            marks = {m for r in rounds for m in r[name]}
            medians[name] = {
                m: statistics.median(r[name].get(m, float("nan")) for r in rounds) for m in marks
            }
        return medians


def usable(marks: dict[str, float]) -> float:
    """The usable mark; an app older than the mark has only 'ready' (before its paint)."""
    return marks.get("usable", marks.get("ready", float("nan")))


def ready_figures(prefix: str, warm: dict, cold: dict | None, target: float) -> list[dict]:
    """``{prefix}ready_ratio`` (warm, the worse start) and its parts; cold when measured."""
    bare = warm["bare"]["first-paint"]
    first, ten = usable(warm["first"]), usable(warm["ten"])
    out = [
        figure(f"{prefix}ready_ratio", max(first, ten) / bare, "x", target, 3),
        figure(f"{prefix}ready_first_run_ratio", first / bare, "x", None, 3),
        figure(f"{prefix}ready_ten_years_ratio", ten / bare, "x", None, 3),
        figure(f"{prefix}ready_first_run_s", first, "s", None, 3),
        figure(f"{prefix}ready_ten_years_s", ten, "s", None, 3),
    ]
    if cold is not None:
        cold_bare = cold["bare"]["first-paint"]
        worst = max(usable(cold["first"]), usable(cold["ten"]))
        out += [
            figure(f"{prefix}ready_cold_ratio", worst / cold_bare, "x", None, 3),
            figure(f"{prefix}ready_cold_s", worst, "s", None, 3),
            figure(f"{prefix}startup_cold_bare_s", cold_bare, "s", None, 3),
        ]
    return out


def figures() -> list[dict]:
    compile_bytecode()
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        history = history_folder(scratch)
        app = [sys.executable, "-m", "backcoach"]
        cold_files = [*python_files(), ROOT / "app", ROOT / "resources"]
        starts = Starts(app, scratch, history, cold_files)
        warm = starts.measure(RUNS, cold=False)
        cold = starts.measure(COLD_RUNS, cold=True)
    bare_s, app_s = warm["bare"]["first-paint"], warm["first"]["first-paint"]
    ratio = app_s / bare_s
    return [
        figure("startup_ratio", ratio, "x", TARGET, 3),
        figure("startup_app_s", app_s, "s", None, 3),
        figure("startup_bare_s", bare_s, "s", None, 3),
        *ready_figures("", warm, cold, READY_TARGET),
        figure("startup_load_average", os.getloadavg()[0], "", None, 2),
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for item in figures():
        print(item)
