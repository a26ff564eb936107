"""The Linux installer: its size, its installed size, and how fast the installed app starts.

- ``deb_size_mb``: the release .deb (xz -9), in MB (10^6 bytes). Target <= 70.
- ``installed_size_mb``: what it takes on disk once installed (dpkg's Installed-Size), MB.
  Target <= 250.
- ``frozen_startup_ratio``: the installed (frozen) app's time to first paint over a bare
  PySide6 window's, measured as ``startup_bench`` does (BACKCOACH_EXIT_AFTER_FIRST_PAINT,
  offscreen, median of 5 interleaved runs). Target <= 1.5.

Builds the .deb with ``packaging/build.py deb`` (about 3 minutes on 2 cores, most of it
xz) unless BACKCOACH_DEB names one already built, then unpacks it into a scratch root
(``dpkg-deb -x``) and runs ``opt/backcoach/backcoach`` from there.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from startup_bench import RUNS, _times

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEB_TARGET_MB = 70
INSTALLED_TARGET_MB = 250
RATIO_TARGET = 1.5


def _built_deb(out: Path) -> Path:
    given = os.environ.get("BACKCOACH_DEB")
    if given:
        return Path(given)
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "deb", "--out",
                    str(out)], check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    return next(out.glob("backcoach_*.deb"))


def _installed_size_bytes(deb: Path) -> int:
    kib = subprocess.run(["dpkg-deb", "-f", str(deb), "Installed-Size"], capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    return int(kib) * 1024


def _startup(app: Path, data_dir: str) -> tuple[float, float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["BACKCOACH_EXIT_AFTER_FIRST_PAINT"] = "1"
    app_command = [str(app), "--data-dir", data_dir]
    bare_command = [sys.executable, str(HERE / "bare_window.py")]
    _times(app_command, env)  # warm the disk cache for both
    _times(bare_command, env)
    bare, frozen, ready = [], [], []
    for _ in range(RUNS):  # interleaved so drift in machine load hits both alike
        bare.append(_times(bare_command, env)["first-paint"])
        marks = _times(app_command, env)
        frozen.append(marks["first-paint"])
        ready.append(marks.get("ready", float("nan")))
    return statistics.median(frozen), statistics.median(bare), statistics.median(ready)


def figures() -> list[dict]:
    with tempfile.TemporaryDirectory() as scratch:
        scratch_path = Path(scratch)
        deb = _built_deb(scratch_path / "out")
        deb_mb = deb.stat().st_size / 1e6
        installed_mb = _installed_size_bytes(deb) / 1e6
        root = scratch_path / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        data_dir = scratch_path / "data"
        data_dir.mkdir()
        frozen_s, bare_s, ready_s = _startup(root / "opt" / "backcoach" / "backcoach",
                                             str(data_dir))  # fmt: skip
    ratio = frozen_s / bare_s
    return [
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
    ]  # fmt: skip


if __name__ == "__main__":
    for figure in figures():
        print(figure)
