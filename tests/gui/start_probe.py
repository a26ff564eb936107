"""Run a real start in a child process with a probe script, and read what it reports.

The start checks (test_first_paint_path, test_start_imports) patch a moment of the start
(the first paint, the usable window) in a small script, let ``backcoach.cli.main`` run,
and print what they saw on one line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_probe(script: str, data_dir: Path, prefix: str, **env: str) -> str:
    """Run ``script`` with ``data_dir`` as its argument, offscreen and quitting once
    usable (the benchmarks' switch); the text after ``prefix`` on the first line of its
    output that starts with it."""
    child_env = dict(
        os.environ, BACKCOACH_EXIT_AFTER_FIRST_PAINT="1", QT_QPA_PLATFORM="offscreen", **env
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env=child_env,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith(prefix)]
    assert lines, result.stdout + result.stderr
    return lines[0].removeprefix(prefix)
