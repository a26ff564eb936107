"""The Linux installer: its size, its installed size, and how fast the installed app starts.

- ``deb_size_mb``: the release .deb (xz -9), in MB (10^6 bytes). Target <= 70.
- ``installed_size_mb``: what it takes on disk once installed (dpkg's Installed-Size), MB.
  Target <= 250.
- ``frozen_startup_ratio``: the installed (frozen) app's time to first paint over a bare
  PySide6 window's, measured as ``startup_bench`` does (BACKCOACH_EXIT_AFTER_FIRST_PAINT,
  offscreen, median of 5 interleaved runs). Target <= 1.5.
- ``frozen_ready_ratio``: the installed app's time to the *usable* window over the bare
  window's first paint, the worse of a first run and ten years of history, warm
  (target <= 2.0); ``frozen_ready_cold_ratio`` the same cold (the bundle, Python's and
  the data's files dropped from the page cache first; reported). See ``startup_bench``.
- ``frozen_bare_window_s`` (reference): the bare window built in the app's own bundle
  (its bootloader, run-time hook, Qt plugins, compiled shibokensupport: packaging/
  pyinstaller/backcoach.spec with BACKCOACH_PYI_SCRIPT), first paint, timed interleaved
  with the rest; ``frozen_bare_ratio`` it over the bare window from source. The floor of
  the frozen figures, which stay over the bare window from source. Not measured when
  BACKCOACH_DEB is given (it is built from this tree, ~1-2 minutes, kept like the .deb).

Builds the .deb with ``packaging/build.py deb`` (about 3-4 minutes on 2 cores, most of it
PyInstaller and xz) unless BACKCOACH_DEB names one already built; a .deb built here is
kept in build/bench-deb/ under the source tree's git hash and reused while the tree is
unchanged (the lead's repeated runs). It is unpacked into a scratch root
(``dpkg-deb -x``) and ``opt/backcoach/backcoach`` runs from there.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from startup_bench import (
    COLD_RUNS,
    READY_TARGET,
    RUNS,
    Starts,
    _times,
    child_env,
    compile_bytecode,
    history_folder,
    python_files,
    ready_figures,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEB_TARGET_MB = 70
INSTALLED_TARGET_MB = 250
RATIO_TARGET = 1.5


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True,
                          check=True).stdout.strip()  # fmt: skip


def _source_key() -> str | None:
    """The git hash of the working tree's tracked content (None outside git)."""
    try:
        commit = _git("stash", "create") or _git("rev-parse", "HEAD")  # with local changes
        return _git("rev-parse", f"{commit}^{{tree}}")
    except (OSError, subprocess.CalledProcessError):
        return None


def _built_deb(out: Path) -> Path:
    given = os.environ.get("BACKCOACH_DEB")
    if given:
        return Path(given)
    key = _source_key()
    kept = ROOT / "build" / "bench-deb" / (key or "none")
    if key is not None:
        found = sorted(kept.glob("backcoach_*.deb"))
        if found:
            return found[-1]
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "deb", "--out",
                    str(out)], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    deb = next(out.glob("backcoach_*.deb"))
    if key is not None:
        kept.mkdir(parents=True, exist_ok=True)
        for old in kept.parent.iterdir():  # keep only the latest tree's
            if old != kept:
                shutil.rmtree(old, ignore_errors=True)
        return Path(shutil.copy2(deb, kept / deb.name))
    return deb


def _frozen_bare_window() -> Path | None:
    """The bare window built as the app is (see the module's doc), or None."""
    if os.environ.get("BACKCOACH_DEB"):
        return None
    key = _source_key()
    kept = ROOT / "build" / "bench-bare" / (key or "none")
    app = kept / "bundle" / "backcoach"
    if key is not None and app.is_file():
        return app
    env = {**os.environ, "BACKCOACH_PYI_SCRIPT": str(HERE / "bare_window.py")}
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "bundle"], env=env,
                   check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    shutil.rmtree(kept.parent, ignore_errors=True)  # keep only this tree's
    kept.mkdir(parents=True)
    # Moved out of build/packaging/dist, so that `build.py deb --reuse-bundle` never
    # packages the bare window.
    shutil.move(ROOT / "build" / "packaging" / "dist" / "backcoach", kept / "bundle")
    return app


def _installed_size_bytes(deb: Path) -> int:
    kib = subprocess.run(["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    return int(kib) * 1024


def _startup(app: Path, data_dir: str, frozen_bare: Path | None) -> tuple[float, ...]:
    """Medians: the app's first paint, the bare window's, the app's ready, the frozen bare
    window's (nan without one)."""
    env = child_env()  # as startup_bench: the bare window with compiled bytecode, no PYTHON*
    app_command = [str(app), "--data-dir", data_dir]
    bare_command = [sys.executable, str(HERE / "bare_window.py")]
    frozen_bare_command = [str(frozen_bare)] if frozen_bare else None
    _times(app_command, env)  # warm the disk cache for all
    _times(bare_command, env)
    if frozen_bare_command:
        _times(frozen_bare_command, env)
    bare, frozen, ready, frozen_bares = [], [], [], []
    for _ in range(RUNS):  # interleaved so drift in machine load hits all alike
        bare.append(_times(bare_command, env)["first-paint"])
        marks = _times(app_command, env)
        frozen.append(marks["first-paint"])
        ready.append(marks.get("ready", float("nan")))
        if frozen_bare_command:
            frozen_bares.append(_times(frozen_bare_command, env)["first-paint"])
    return (
        statistics.median(frozen),
        statistics.median(bare),
        statistics.median(ready),
        statistics.median(frozen_bares) if frozen_bares else float("nan"),
    )


def figures() -> list[dict]:
    compile_bytecode()  # the bare window's PySide6, as startup_bench runs it
    with tempfile.TemporaryDirectory() as scratch:
        scratch_path = Path(scratch)
        deb = _built_deb(scratch_path / "out")
        frozen_bare = _frozen_bare_window()
        deb_mb = deb.stat().st_size / 1e6
        installed_mb = _installed_size_bytes(deb) / 1e6
        root = scratch_path / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        data_dir = scratch_path / "data"
        data_dir.mkdir()
        app = root / "opt" / "backcoach" / "backcoach"
        frozen_s, bare_s, ready_s, frozen_bare_s = _startup(app, str(data_dir), frozen_bare)
        # The usable window, first run and ten years, warm and cold (as startup_bench).
        starts = Starts([str(app)], scratch_path, history_folder(scratch_path),
                        [*python_files(), root / "opt" / "backcoach"])  # fmt: skip
        warm = starts.measure(RUNS, cold=False)
        cold = starts.measure(COLD_RUNS, cold=True)
    ratio = frozen_s / bare_s
    out = [
        {"name": "deb_size_mb", "value": round(deb_mb, 1), "unit": "MB",
         "target": DEB_TARGET_MB, "ok": deb_mb <= DEB_TARGET_MB},
        {"name": "installed_size_mb", "value": round(installed_mb, 1), "unit": "MB",
         "target": INSTALLED_TARGET_MB, "ok": installed_mb <= INSTALLED_TARGET_MB},
        {"name": "frozen_startup_ratio", "value": round(ratio, 3), "unit": "x",
         "target": RATIO_TARGET, "ok": ratio <= RATIO_TARGET},
        {"name": "frozen_startup_app_s", "value": round(frozen_s, 3), "unit": "s",
         "target": None, "ok": True},
        {"name": "frozen_startup_ready_s", "value": round(ready_s, 3), "unit": "s",
         "target": None, "ok": True},
        {"name": "frozen_startup_bare_s", "value": round(bare_s, 3), "unit": "s",
         "target": None, "ok": True},
        *ready_figures("frozen_", warm, cold, READY_TARGET),
    ]  # fmt: skip
    if frozen_bare is not None:
        out += [
            {"name": "frozen_bare_window_s", "value": round(frozen_bare_s, 3), "unit": "s",
             "target": None, "ok": True},
            {"name": "frozen_bare_ratio", "value": round(frozen_bare_s / bare_s, 3),
             "unit": "x", "target": None, "ok": True},
        ]  # fmt: skip
    return out


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    for item in figures():
        print(item)
