"""Keyboard help: every key BackCoach knows, in one list (the Help's "Keys" part, F1).

The keys are data (``KEY_GROUPS``), so the list is tested against the keys the screens
really handle (the session page's ``keyPressEvent``, the window's shortcuts). The
window's Ctrl+number keys are read from its screens when the list opens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from backcoach.ui.translate_noop import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class KeyHelp:
    keys: str
    action: str


def _group(title: str, *rows: tuple[str, str]) -> tuple[str, tuple[KeyHelp, ...]]:
    return title, tuple(KeyHelp(keys, action) for keys, action in rows)


KEY_GROUPS: tuple[tuple[str, tuple[KeyHelp, ...]], ...] = (
    _group(
        QT_TRANSLATE_NOOP("KeysTable", "Everywhere"),
        (
            QT_TRANSLATE_NOOP("KeysTable", "F1 or ?"),
            QT_TRANSLATE_NOOP("KeysTable", "Open this help"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Ctrl+Q"),
            QT_TRANSLATE_NOOP("KeysTable", "Quit BackCoach"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Ctrl+W or Ctrl+F4"),
            QT_TRANSLATE_NOOP("KeysTable", "Close the window"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "F11"),
            QT_TRANSLATE_NOOP("KeysTable", "Full screen on or off"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Tab, Shift+Tab"),
            QT_TRANSLATE_NOOP("KeysTable", "Go to the next or the previous control"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Space"),
            QT_TRANSLATE_NOOP("KeysTable", "Press the button or tick the box that has the focus"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Arrow keys"),
            QT_TRANSLATE_NOOP("KeysTable", "Change a value, or move through a list"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Esc"),
            QT_TRANSLATE_NOOP("KeysTable", "Close a message or this help"),
        ),
    ),
    _group(
        QT_TRANSLATE_NOOP("KeysTable", "Exercises screen"),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Ctrl+F"),
            QT_TRANSLATE_NOOP("KeysTable", "Search the exercises"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Esc"),
            QT_TRANSLATE_NOOP("KeysTable", "Clear the search and the filters"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "↑ ↓"),
            QT_TRANSLATE_NOOP("KeysTable", "Move through the exercises"),
        ),
    ),
    _group(
        QT_TRANSLATE_NOOP("KeysTable", "Routines screen"),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Alt+↑, Alt+↓"),
            QT_TRANSLATE_NOOP("KeysTable", "Move the chosen exercise up or down"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Delete"),
            QT_TRANSLATE_NOOP("KeysTable", "Remove the chosen exercise from the routine"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Ctrl+Z"),
            QT_TRANSLATE_NOOP("KeysTable", "Put back the exercise just removed"),
        ),
    ),
    _group(
        QT_TRANSLATE_NOOP("KeysTable", "During a session"),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Space"),
            QT_TRANSLATE_NOOP("KeysTable", "Pause, or carry on"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "←"),
            QT_TRANSLATE_NOOP("KeysTable", "Back to the start of this exercise, or the one before"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "→"),
            QT_TRANSLATE_NOOP("KeysTable", "Skip this exercise, or the rest"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Enter"),
            QT_TRANSLATE_NOOP("KeysTable", "Set done (for exercises counted in reps)"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "0 to 9"),
            QT_TRANSLATE_NOOP("KeysTable", "Rate your pain"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "+ (or = or T)"),
            QT_TRANSLATE_NOOP("KeysTable", "Rate your pain 10"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "M"),
            QT_TRANSLATE_NOOP("KeysTable", "More time to get ready, switch sides or rest"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Esc"),
            QT_TRANSLATE_NOOP(
                "KeysTable", "End the session (asks first: Enter keeps going, E ends)"
            ),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "F11"),
            QT_TRANSLATE_NOOP("KeysTable", "Full screen on or off"),
        ),
    ),
    _group(
        QT_TRANSLATE_NOOP("KeysTable", "When a session suggests a break"),
        (
            QT_TRANSLATE_NOOP("KeysTable", "R"),
            QT_TRANSLATE_NOOP("KeysTable", "Rest, then rate your pain again"),
        ),
        (
            QT_TRANSLATE_NOOP("KeysTable", "E"),
            QT_TRANSLATE_NOOP("KeysTable", "Try the easier version"),
        ),
        (QT_TRANSLATE_NOOP("KeysTable", "S"), QT_TRANSLATE_NOOP("KeysTable", "Skip this exercise")),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Esc"),
            QT_TRANSLATE_NOOP("KeysTable", "End the session (asks first)"),
        ),
    ),
    _group(
        QT_TRANSLATE_NOOP("KeysTable", "When a session is complete"),
        (
            QT_TRANSLATE_NOOP("KeysTable", "Enter, Space or Esc"),
            QT_TRANSLATE_NOOP("KeysTable", "Back to Home"),
        ),
    ),
)


def screen_keys(window: Any) -> tuple[str, tuple[KeyHelp, ...]] | None:
    """'Ctrl+1 Home', ... for a window with ``screens`` (key, title, widget) tuples."""
    screens = list(getattr(window, "screens", []))[:9]
    if not screens:
        return None
    rows = tuple(
        KeyHelp(
            f"Ctrl+{number}", QCoreApplication.translate("KeysTable", "Go to %s") % screen.title
        )
        for number, screen in enumerate(screens, start=1)
    )
    return QCoreApplication.translate("KeysTable", "Screens"), rows


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as their text wrapped in the room the style sheet's padding leaves
    it. Qt measures the wrap at the whole column's width, so a description a little
    narrower than the column got one line and was then drawn cut to "…" ("Cambiar un
    valor, o recorrer una …")."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        text = index.data()
        if not isinstance(view, QTableWidget) or not isinstance(text, str) or not text:
            return hint
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        span = view.columnSpan(index.row(), index.column())
        width = sum(view.columnWidth(c) for c in range(index.column(), index.column() + span))
        item.rect = QRect(0, 0, width, hint.height())
        style = view.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, view)
        # Qt keeps a focus-frame margin on each side of the text inside that room too.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        wrapped = QFontMetrics(item.font).boundingRect(
            QRect(0, 0, max(1, room.width() - 2 * margin), 1 << 20), Qt.TextFlag.TextWordWrap, text
        )
        padding = item.rect.height() - room.height()
        return QSize(hint.width(), max(hint.height(), wrapped.height() + padding))


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
        self.setItemDelegate(_WrappedRows(self))
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
                self.setItem(row, 0, QTableWidgetItem(self.tr(item.keys)))
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
