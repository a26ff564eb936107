"""Qt Designer forms from ``resources/ui``, used by composition like ``setupUi``.

Forms are loaded at run time with QUiLoader rather than compiled with uic: the .ui files
stay the single source (editable in Designer), nothing generated is committed, and the
same code works from a checkout, a wheel and a frozen bundle.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backcoach import resources


class Form:
    """The widgets of a loaded form, reachable as attributes by their objectName."""

    def __init__(self, root: QWidget) -> None:
        self.root = root

    def __getattr__(self, name: str) -> Any:
        child = self.root.findChild(QObject, name)
        if child is None:
            raise AttributeError(f"form {self.root.objectName()!r} has no widget {name!r}")
        setattr(self, name, child)  # cache: findChild walks the tree
        return child


def load_form(name: str, host: QWidget) -> Form:
    """Load ``resources/ui/<name>`` and place it as the only content of ``host``."""
    path = resources.ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot open the form {path}: {file.errorString()}")
    try:
        root = QUiLoader().load(file, host)
    finally:
        file.close()
    if root is None:
        raise RuntimeError(f"the form {path} could not be loaded")
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(root)
    return Form(root)
