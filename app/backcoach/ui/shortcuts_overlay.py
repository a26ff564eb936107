"""Keyboard help: every key BackCoach knows, in one list (F1 or ? opens it).

The keys are data (``KEY_GROUPS``), so the list is tested against the keys the screens
really handle (the session page's ``keyPressEvent``, the window's shortcuts). The
window's Ctrl+number keys are read from its screens when the list opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
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
        ("Esc", "Close a message or this list"),
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


class ShortcutsOverlay(QDialog):
    """The list of keys, over the window. Esc or Close shuts it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsOverlay")
        self.setWindowTitle(self.tr("Keyboard keys"))
        self.setModal(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 16)
        column.setSpacing(12)
        title = QLabel(self.tr("Keyboard keys"))
        title.setProperty("role", "title")
        column.addWidget(title)
        intro = QLabel(self.tr("Everything in BackCoach works from the keyboard."))
        intro.setProperty("role", "subtitle")
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keys and what they do"))
        self.table.setAccessibleDescription(
            self.tr("Groups of keys, each key with what it does. Use the arrow keys to read.")
        )
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Wrapped descriptions need their rows measured again once the columns settle.
        self._measure = QTimer(self)
        self._measure.setSingleShot(True)
        self._measure.setInterval(0)
        self._measure.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._measure.start())
        column.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        column.addWidget(buttons)
        self.fill(KEY_GROUPS)

    def fill(self, groups: tuple[tuple[str, tuple[KeyHelp, ...]], ...]) -> None:
        self.table.setRowCount(0)
        for title, rows in groups:
            row = self.table.rowCount()
            self.table.insertRow(row)
            heading = QTableWidgetItem(self.tr(title))
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            heading.setBackground(self.palette().alternateBase())
            self.table.setItem(row, 0, heading)
            self.table.setSpan(row, 0, 1, 2)
            for item in rows:
                row = self.table.rowCount()
                self.table.insertRow(row)
                self.table.setItem(row, 0, QTableWidgetItem(item.keys))
                self.table.setItem(row, 1, QTableWidgetItem(self.tr(item.action)))
        self.table.resizeRowsToContents()

    def listed(self) -> list[tuple[str, str]]:
        """(keys, action) as shown, headings included with an empty action."""
        shown = []
        for row in range(self.table.rowCount()):
            keys = self.table.item(row, 0)
            action = self.table.item(row, 1)
            shown.append((keys.text() if keys else "", action.text() if action else ""))
        return shown

    def show_for(self, window: QWidget) -> None:
        """Open over ``window``, listing its screens' Ctrl+number keys too."""
        groups = KEY_GROUPS
        screens = screen_keys(window)
        if screens is not None:
            groups = (KEY_GROUPS[0], screens, *KEY_GROUPS[1:])
        self.fill(groups)
        size = window.size()
        wanted = 80 * self.fontMetrics().averageCharWidth()  # grows with the text size
        self.resize(min(wanted, int(size.width() * 0.85)), int(size.height() * 0.85))
        centre = window.geometry().center()
        self.move(centre.x() - self.width() // 2, centre.y() - self.height() // 2)
        self.open()
        self.table.setFocus()
        self.table.setCurrentCell(0, 0)


def add_help_keys(window: QWidget) -> ShortcutsOverlay:
    """F1 and ? open the overlay over ``window``; returns the overlay."""
    overlay = ShortcutsOverlay(window)
    for key in HELP_KEYS:
        QShortcut(QKeySequence(key), window, lambda: overlay.show_for(window))
    return overlay
