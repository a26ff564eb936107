"""Spare every start PySide6's reading of each module's source.

PySide6 hooks ``import``: for each module imported after it, its ``__feature__`` support
reads the module's source (``inspect.getsource``) to see whether it mentions "PySide6",
and notes 0 (a module using Qt: it sees Qt's names as the features it imported from
``__feature__`` make them, snake_case or true_property; none by default) or -1 (not
using Qt: left out of that switching). From source that read was ~150 files and ~20 ms of a
start (docs/decisions/008-speed.md); an installed bundle without sources skips it.

BackCoach selects no feature anywhere (tests/test_qt_binding.py checks it), so every
module gets Qt's default names whichever note it has: here each module gets 0 at once,
without its source being read. Should PySide6 change these internals, nothing is
replaced and its own hook runs as before.
"""

from __future__ import annotations

import sys
from types import ModuleType
from typing import Any

import PySide6.QtCore  # noqa: F401 (installs the hook this module answers)

FEATURE_MODULE = "shibokensupport.feature"


def skip_feature_scan() -> bool:
    """Note every module imported from now on as using no feature; True if done."""
    feature: Any = sys.modules.get(FEATURE_MODULE)
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict) or not callable(getattr(feature, "feature_imported", None)):
        return False

    def feature_imported(module: ModuleType) -> None:
        name = getattr(module, "__name__", None)
        if name is not None and name not in table:
            table[name] = 0

    feature.feature_imported = feature_imported
    return True
