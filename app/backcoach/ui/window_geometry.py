"""The main window's size and place, remembered between runs in ``window-state.ini``
beside the user's data (so ``--data-dir``, and tests, isolate it too).

Where a remembered window may open is decided by ``window_placement``; this module only
reads and writes it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from backcoach.ui.window_placement import Rect


def ui_state(data_dir: Path) -> QSettings:
    path = data_dir / "window-state.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def restore_geometry(window: QMainWindow, data_dir: Path) -> None:
    """Open where the window was last time if a screen still shows it, else sized
    from the primary screen (see ``window_placement``)."""
    from backcoach.ui import window_placement as placement

    state = ui_state(data_dir)
    screens, primary = placement.screens_now()
    saved = _saved_rect(state.value("main/rect"))
    rect = placement.placement(saved, screens, primary)
    target = placement.screen_showing(rect, screens) or primary
    window.setMinimumSize(*placement.minimum_size(target))
    window.setGeometry(*rect)
    if _true(state.value("main/maximized")):
        window.setWindowState(window.windowState() | QtCore.Qt.WindowState.WindowMaximized)


def save_geometry(window: QMainWindow, data_dir: Path) -> None:
    """The size and place of the window when not maximised, and whether it was."""
    state = ui_state(data_dir)
    maximised = window.isMaximized()
    rect = window.normalGeometry() if maximised or window.isFullScreen() else window.geometry()
    if rect.isValid():
        state.setValue("main/rect", [rect.x(), rect.y(), rect.width(), rect.height()])
    state.setValue("main/maximized", maximised)
    state.remove("main/geometry")  # the older Qt-encoded form, replaced by the above
    state.sync()


def _saved_rect(value: object) -> Rect | None:
    """A remembered [x, y, width, height] (strings in the INI file), None if unreadable."""
    from backcoach.ui.window_placement import Rect

    if not isinstance(value, list | tuple) or len(value) != 4:
        return None
    try:
        return Rect(*(int(part) for part in value))
    except (TypeError, ValueError):
        return None


def _true(value: object) -> bool:
    return value is True or str(value).lower() == "true"
