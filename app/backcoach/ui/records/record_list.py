"""Your sessions and activities: find one, open it, change an activity, delete what was
logged by mistake, and undo (a bar for a few seconds, or Ctrl+Z while the list is open).

Changes go through ``services.record_edits``; ``changed`` tells the screens to re-read,
so charts, Home's minutes and the report follow.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QWidget,
)

from backcoach.context import AppContext
from backcoach.services import date_words, record_edits
from backcoach.services.record_edits import ACTIVITY, SESSION, RecordEntry, Undo
from backcoach.ui.records.record_delegate import LINE_ROLE, TITLE_ROLE, RecordDelegate
from backcoach.ui.widgets.adaptive import StackWhenNarrow
from backcoach.ui.widgets.flow_layout import flow_row
from backcoach.ui.widgets.page_parts import card, dialog_columns, label

UNDO_SHOWN_MS = 10_000
"""How long the "Undo" bar stays; Ctrl+Z keeps working while the list is open."""
SHOW_ALL, SHOW_SESSIONS, SHOW_ACTIVITIES = "all", SESSION, ACTIVITY


def _minutes(value: float) -> str:
    return f"{round(value)} min"


class RecordListDialog(QDialog):
    changed = Signal()

    def __init__(
        self, context: AppContext, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.undos: list[Undo] = []
        self.shown = SHOW_ALL
        self._entries: list[RecordEntry] = []
        self.setWindowTitle(self.tr("Your sessions and activities"))
        layout, foot = dialog_columns(self, width_lines=52)
        layout.addWidget(label(self.tr("Your sessions and activities"), "title"))
        layout.addWidget(
            label(
                self.tr(
                    "Open one to see what was done. Change an activity, or delete a session "
                    "or activity logged by mistake: you can undo it."
                ),
                "subtitle",
            )
        )

        self.undo_bar, box = card("notice")
        row = QHBoxLayout()
        self.undo_text = label("")
        row.addWidget(self.undo_text, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Ctrl+Z"))
        self.undo_button.clicked.connect(self.undo)
        row.addWidget(self.undo_button)
        box.addLayout(row)
        self.undo_bar.hide()
        layout.addWidget(self.undo_bar)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.timeout.connect(self.undo_bar.hide)

        self.filter_buttons: dict[str, QToolButton] = {}
        filters = flow_row(label(self.tr("Show:")), spacing=6)
        for key, text in (
            (SHOW_ALL, self.tr("Everything")),
            (SHOW_SESSIONS, self.tr("Sessions")),
            (SHOW_ACTIVITIES, self.tr("Activities")),
        ):
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, k=key: self.show_only(k))
            self.filter_buttons[key] = button
            filters.addWidget(button)
        self.filter_buttons[SHOW_ALL].setChecked(True)
        layout.addLayout(filters)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sessions and activities, newest first"))
        self.list.setAccessibleDescription(
            self.tr("Enter opens or changes the one chosen; Delete removes it")
        )
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)  # ~6 rows
        # Rows differ in height (a long routine name wraps): laid out in batches, so a
        # list of years opens at once.
        self.list.setItemDelegate(RecordDelegate(self.list))
        self.list.setLayoutMode(QListWidget.LayoutMode.Batched)
        self.list.currentRowChanged.connect(self._selected)
        self.list.itemActivated.connect(lambda _item: self.open_current())
        self.empty = label(self.tr("Nothing recorded yet."), "muted")
        self.empty.hide()
        layout.addWidget(self.empty)
        self.detail_card, box = card()
        self.detail = label("")
        self.detail.setAccessibleName(self.tr("The record chosen"))
        box.addWidget(self.detail)
        box.addStretch(1)
        # The list and the record chosen side by side; one above the other when narrow.
        pair = QHBoxLayout()
        pair.setSpacing(16)
        pair.addWidget(self.list, 3)
        pair.addWidget(self.detail_card, 2)
        layout.addLayout(pair, 1)
        # Rows wrap, so the list can be narrow: side by side down to ~60 characters,
        # which keeps the record chosen in sight at 200 % text. Stacked, the list is
        # shorter so the record chosen shows below it without scrolling.
        self._pair_fit = StackWhenNarrow(
            self,
            pair,
            lambda: self.fontMetrics().averageCharWidth() * 60,
            lambda stacked: self.list.setMinimumHeight(
                self.fontMetrics().lineSpacing() * (7 if stacked else 16)
            ),
        )

        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.clicked.connect(self.change_current)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        foot.addLayout(buttons)

        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        self.list.installEventFilter(self)  # Delete and Ctrl+Z on the list itself
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            event = cast(QKeyEvent, event)
            if event.key() == Qt.Key.Key_Delete:
                self.delete_current()
                return True
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo()
                return True
        return super().eventFilter(watched, event)

    # -- the list ------------------------------------------------------------------
    def reload(self, keep: tuple[str, str] | None = None) -> None:
        self._entries = [
            e
            for e in record_edits.entries(self.context)
            if self.shown == SHOW_ALL or e.kind == self.shown
        ]
        self.list.clear()
        for entry in self._entries:
            when, what = self._row_parts(entry)
            item = QListWidgetItem(f"{when}\n{what}")  # also what a screen reader says
            item.setData(Qt.ItemDataRole.UserRole, (entry.kind, entry.id))
            item.setData(TITLE_ROLE, what.split(" · ", 1)[0])
            rest = what.split(" · ", 1)[1] if " · " in what else ""
            item.setData(LINE_ROLE, f"{when} · {rest}" if rest else when)
            self.list.addItem(item)
        self.empty.setVisible(not self._entries)
        row = 0
        if keep is not None:
            row = next((i for i, e in enumerate(self._entries) if (e.kind, e.id) == keep), 0)
        if self._entries:
            self.list.setCurrentRow(row)
        else:
            self._selected(-1)

    def _row_parts(self, entry: RecordEntry) -> tuple[str, str]:
        when = date_words.short_day(entry.day)
        if entry.time:
            when += f" · {entry.time}"
        # A pattern, not "kind: title" in code: French puts a space before the colon.
        title = (
            self.tr("Session: %s") if entry.kind == SESSION else self.tr("Activity: %s")
        ) % entry.title
        parts = [title, _minutes(entry.minutes)]
        if entry.pain:
            parts.append(entry.pain)
        if entry.ended_early:
            parts.append(self.tr("ended early"))
        return when, " · ".join(parts)

    def show_only(self, key: str) -> None:
        self.shown = key
        for name, button in self.filter_buttons.items():
            button.setChecked(name == key)
        self.reload()

    def current(self) -> RecordEntry | None:
        row = self.list.currentRow()
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def _selected(self, _row: int) -> None:
        entry = self.current()
        self.change_button.setEnabled(entry is not None and entry.kind == ACTIVITY)
        self.delete_button.setEnabled(entry is not None)
        self.detail_card.setVisible(entry is not None)
        if entry is not None:
            self.detail.setText("\n".join(record_edits.details(self.context, entry)))

    # -- changes -------------------------------------------------------------------
    def open_current(self) -> None:
        """Enter or a double-click: an activity opens its form; a session is shown."""
        entry = self.current()
        if entry is not None and entry.kind == ACTIVITY:
            self.change_current()

    def change_current(self) -> None:
        entry = self.current()
        if entry is None or entry.kind != ACTIVITY:
            return
        from backcoach.ui.activities.activity_dialog import ActivityDialog

        dialog = ActivityDialog(
            self.context,
            self,
            today=self.today,
            editing=record_edits.activity(self.context, entry.id),
        )
        if dialog.exec() and dialog.undo is not None:
            self._done(dialog.undo, (ACTIVITY, entry.id))

    def delete_current(self) -> None:
        """No "are you sure?": the undo bar (and Ctrl+Z) bring it back."""
        entry = self.current()
        if entry is None:
            return
        if entry.kind == SESSION:
            change = record_edits.delete_session(self.context, entry.id)
        else:
            change = record_edits.delete_activity(self.context, entry.id)
        row = self.list.currentRow()
        self._done(change, None)
        if self._entries:
            self.list.setCurrentRow(min(row, len(self._entries) - 1))

    def _done(self, change: Undo, keep: tuple[str, str] | None) -> None:
        self.undos.append(change)
        self.undo_text.setText(change.description)
        self.undo_button.setEnabled(True)
        self.undo_bar.show()
        self.undo_timer.start(UNDO_SHOWN_MS)
        self.reload(keep)
        self.changed.emit()

    def undo(self) -> None:
        """Put back what the latest change replaced or removed (Ctrl+Z: the one before)."""
        if not self.undos:
            return
        change = self.undos.pop()
        record_edits.undo(change)
        self.undo_text.setText(self.tr("Undone: %s") % change.description)
        self.undo_button.setEnabled(bool(self.undos))
        self.undo_bar.show()
        self.undo_timer.start(UNDO_SHOWN_MS)
        self.reload(change.key)
        self.changed.emit()
