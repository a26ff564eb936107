"""The installed Qt binding survives many calls that return nothing.

PySide6 6.12.0 on Python 3.11 released a reference to None on every such call and
aborted the interpreter after a few thousand ("none_dealloc"); pyproject.toml excludes it.
"""

from __future__ import annotations

import subprocess
import sys

LOOP = "from PySide6.QtGui import QFont; f = QFont(); [f.setBold(True) for _ in range(300000)]"


def test_void_qt_calls_do_not_corrupt_none_refcount() -> None:
    result = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode(errors="replace")[-500:]
