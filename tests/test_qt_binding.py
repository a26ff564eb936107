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


# --- PySide6's import hook (backcoach/ui/qt_imports.py) --------------------------------
FEATURE_CHECK = """
import inspect, sys
import backcoach.ui  # answers the hook from here on
read = []
original = inspect.getsource
inspect.getsource = lambda obj: read.append(obj.__name__) or original(obj)
from backcoach.domain.catalog import Catalogue
from backcoach.ui.widgets.page_parts import label
table = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(read, table["backcoach.domain.catalog"], table["backcoach.ui.widgets.page_parts"])
"""


def test_modules_imported_after_the_screens_package_are_not_read_by_pyside() -> None:
    result = subprocess.run(
        [sys.executable, "-c", FEATURE_CHECK], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-800:]
    assert result.stdout.split() == ["[]", "0", "0"]


def test_nothing_selects_a_pyside_feature() -> None:
    """qt_imports notes every module as using no feature: true only while none does."""
    from pathlib import Path

    import pyqtgraph

    roots = [Path(__file__).resolve().parents[1] / "app", Path(pyqtgraph.__file__).parent]
    users = [
        str(path)
        for root in roots
        for path in root.rglob("*.py")
        if "from __feature__ import" in path.read_text(encoding="utf-8", errors="replace")
    ]
    assert users == []
