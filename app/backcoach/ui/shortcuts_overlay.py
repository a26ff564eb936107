"""Keyboard help: every key BackCoach knows, in one list (the Help's "Keys" part, F1).

The keys are data (``KEY_GROUPS``), so the list is tested against the keys the screens
really handle (the session page's ``keyPressEvent``, the window's shortcuts). The
window's Ctrl+number keys are read from its screens when the list opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


@dataclass(frozen=True)
class KeyHelp:
    keys: str
    action: str


def _group(title: str, *rows: tuple[str, str]) -> tuple[str, tuple[KeyHelp, ...]]:
    return title, tuple(KeyHelp(keys, action) for keys, action in rows)


HELP_KEYS = ("F1", "?")

KEY_GROUPS: tuple[tuple[str, tuple[KeyHelp, ...]], ...] = (
    _group(
        "Everywhere",
        ("F1 or ?", "Open this help"),
        ("Ctrl+Q", "Quit BackCoach"),
        ("Ctrl+W or Ctrl+F4", "Close the window"),
        ("F11", "Full screen on or off"),
        ("Tab, Shift+Tab", "Go to the next or the previous control"),
        ("Space", "Press the button or tick the box that has the focus"),
        ("Arrow keys", "Change a value, or move through a list"),
        ("Esc", "Close a message or this help"),
    ),
    _group(
        "Exercises screen",
        ("Ctrl+F", "Search the exercises"),
        ("Esc", "Clear the search and the filters"),
        ("↑ ↓", "Move through the exercises"),
    ),
    _group(
        "Routines screen",
        ("Alt+↑, Alt+↓", "Move the chosen exercise up or down"),
        ("Delete", "Remove the chosen exercise from the routine"),
        ("Ctrl+Z", "Put back the exercise just removed"),
    ),
    _group(
        "During a session",
        ("Space", "Pause, or carry on"),
        ("←", "Back to the start of this exercise, or the one before"),
        ("→", "Skip this exercise, or the rest"),
        ("Enter", "Set done (for exercises counted in reps)"),
        ("0 to 9", "Rate your pain"),
        ("+ (or = or T)", "Rate your pain 10"),
        ("M", "More time to get ready, switch sides or rest"),
        ("Esc", "End the session (asks first: Enter keeps going, E ends)"),
        ("F11", "Full screen on or off"),
    ),
    _group(
        "When a session suggests a break",
        ("R", "Rest, then rate your pain again"),
        ("E", "Try the easier version"),
        ("S", "Skip this exercise"),
        ("Esc", "End the session (asks first)"),
    ),
    _group(
        "When a session is complete",
        ("Enter, Space or Esc", "Back to Home"),
    ),
)


def screen_keys(window: Any) -> tuple[str, tuple[KeyHelp, ...]] | None:
    """'Ctrl+1 Home', ... for a window with ``screens`` (key, title, widget) tuples."""
    screens = list(getattr(window, "screens", []))[:9]
    if not screens:
        return None
    rows = tuple(
        KeyHelp(f"Ctrl+{number}", f"Go to {screen.title}")
        for number, screen in enumerate(screens, start=1)
    )
    return "Screens", rows


class KeysTable(QTableWidget):
    """Groups of keys, each key with what it does; read with the arrow keys."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setObjectName("shortcutsTable")
        self.setAccessibleName(self.tr("Keys and what they do"))
        self.setAccessibleDescription(
            self.tr("Groups of keys, each key with what it does. Use the arrow keys to read.")
        )
        self.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setShowGrid(False)
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Wrapped descriptions need their rows measured again once the columns settle.
        self._measure = QTimer(self)
        self._measure.setSingleShot(True)
        self._measure.setInterval(0)
        self._measure.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._measure.start())
        self.fill(KEY_GROUPS)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._measure.start()  # filled while hidden (another tab): measure at its width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._measure.start()

    def fill(self, groups: tuple[tuple[str, tuple[KeyHelp, ...]], ...]) -> None:
        self.setRowCount(0)
        for title, rows in groups:
            row = self.rowCount()
            self.insertRow(row)
            heading = QTableWidgetItem(self.tr(title))
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setBackground(self.palette().alternateBase())
            self.setItem(row, 0, heading)
            self.setSpan(row, 0, 1, 2)
            for item in rows:
                row = self.rowCount()
                self.insertRow(row)
                self.setItem(row, 0, QTableWidgetItem(item.keys))
                self.setItem(row, 1, QTableWidgetItem(self.tr(item.action)))
        self.resizeRowsToContents()

    def fill_for(self, window: QWidget) -> None:
        """Every key, with ``window``'s Ctrl+number keys for its screens."""
        groups = KEY_GROUPS
        screens = screen_keys(window)
        if screens is not None:
            groups = (KEY_GROUPS[0], screens, *KEY_GROUPS[1:])
        self.fill(groups)

    def listed(self) -> list[tuple[str, str]]:
        """(keys, action) as shown, headings included with an empty action."""
        shown = []
        for row in range(self.rowCount()):
            keys = self.item(row, 0)
            action = self.item(row, 1)
            shown.append((keys.text() if keys else "", action.text() if action else ""))
        return shown
