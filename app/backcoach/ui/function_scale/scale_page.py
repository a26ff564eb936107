"""The functional scale on one screen: set-up (name 3-5 activities and rate them) and the
re-rating about every two weeks (rate the same ones; rename, retire or add).

Keyboard first, as in the session: in a rating box a digit gives 0-9 and + gives 10, and
the focus moves on to the next activity. The page emits ``saved`` with rows of
(activity id or None for a new one, name, score or None) and ``skipped``; the main window
stores them through ``services.function_scale``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from backcoach.domain import function_scale as fs
from backcoach.domain.records import MAX_SCORE
from backcoach.ui.widgets.flow_layout import flow_row
from backcoach.ui.widgets.page_parts import card, label, scrolling_column
from backcoach.ui.widgets.pain_scale import key_to_score

NOT_RATED = -1


class AbilityBox(QSpinBox):
    """0 (unable) to 10 (as before), or "not rated"; a digit key answers and moves on."""

    answered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(NOT_RATED, MAX_SCORE)
        self.setValue(NOT_RATED)
        self.setSpecialValueText(self.tr("not rated"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.specialValueText()) + 48)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        score = key_to_score(event.key())
        if score is None:
            super().keyPressEvent(event)
            return
        self.setValue(score)
        self.answered.emit()

    def score(self) -> int | None:
        return None if self.value() == NOT_RATED else self.value()


class _Row:
    """One activity: its name field, rating box and (when re-rating) a retire button."""

    def __init__(self, item_id: str | None, name: str, previous: int | None) -> None:
        self.item_id = item_id
        self.previous = previous
        self.name = QLineEdit(name)
        self.name.setMaxLength(fs.MAX_NAME_LENGTH)
        self.box = AbilityBox()
        self.retire = QPushButton()
        self.last = label("", "muted")
        self.widgets: list[QWidget] = [self.name, self.box, self.last, self.retire]


class FunctionScalePage(QWidget):
    saved = Signal(list)  # rows of (item id | None, name, score | None)
    skipped = Signal()

    def __init__(
        self, history: Sequence[fs.FunctionCheck] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setAccessibleName(self.tr("Activities your back makes hard"))
        current = fs.current_items(history)
        self.rerating = bool(current)
        self.rows: list[_Row] = []
        """The rows in use, in screen order."""
        self._all_rows: list[_Row] = []
        column = scrolling_column(self)

        if self.rerating:
            title = self.tr("How are your activities going?")
            intro = self.tr(
                "Rate each activity again, from 0 (you cannot do it) to 10 (as well as "
                "before your back problem). Type a number in each box: 0 to 9, or + for 10. "
                "You can rename an activity, stop rating one, or add a new one."
            )
        else:
            title = self.tr("What does your back make hard?")
            intro = self.tr(
                "Name 3 to 5 everyday activities that are hard because of your back, in "
                "your own words. Then rate each from 0 (you cannot do it) to 10 (as well as "
                "before your back problem). Every two weeks or so you rate them again, and "
                "Progress shows what you can do again."
            )
        column.addWidget(label(title, "title"))
        column.addWidget(label(intro))

        if not self.rerating:
            column.addWidget(label(self.tr("Common examples (click one to use it):"), "muted"))
            examples = [
                self.tr("Putting on socks"),
                self.tr("Lifting a child"),
                self.tr("Sitting through a film"),
                self.tr("Getting out of a car"),
                self.tr("Carrying the shopping"),
                self.tr("Working in the garden"),
            ]
            buttons = []
            for text in examples:
                button = QPushButton(text)
                button.setAccessibleDescription(self.tr("Use this example as an activity"))
                button.clicked.connect(lambda _=False, t=text: self._use_example(t))
                buttons.append(button)
            column.addLayout(flow_row(*buttons))

        frame, box = card()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(10)
        self.grid.setColumnStretch(0, 1)
        heads = (self.tr("Activity"), self.tr("Now (0–10)"))
        for col, text in enumerate(heads):
            self.grid.addWidget(label(text, "muted"), 0, col)
        box.addLayout(self.grid)
        self.add_button = QPushButton(self.tr("Add an activity"))
        self._make_rows(current)
        self.add_button.clicked.connect(lambda: self._add_row(None, "", None, focus=True))
        box.addLayout(flow_row(self.add_button))
        column.addWidget(frame)

        self.message = label("", "notice")
        self.message.setAccessibleName(self.tr("Problem"))
        self.message.hide()
        column.addWidget(self.message)

        self.save_button = QPushButton(self.tr("Save ratings"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton(self.tr("Not now"))
        self.skip_button.setToolTip(
            self.tr("You can rate your activities later from Progress (Esc)")
        )
        self.skip_button.clicked.connect(self.skipped)
        column.addLayout(flow_row(self.save_button, self.skip_button))
        column.addStretch(1)

        self._update_add()

    # -- rows ---------------------------------------------------------------------------
    # All MAX_ITEMS rows are made at once, in reading order, and unused ones are hidden:
    # Tab then follows the screen without re-linking the focus chain by hand.
    def _make_rows(self, current: Sequence[fs.ItemScore]) -> None:
        for number in range(1, fs.MAX_ITEMS + 1):
            row = _Row(None, "", None)
            row.name.setPlaceholderText(self.tr("e.g. putting on socks"))
            row.name.setAccessibleName(self.tr("Activity %d") % number)
            row.box.setAccessibleName(self.tr("Activity %d, how well you can do it now") % number)
            row.box.setAccessibleDescription(
                self.tr("0 means you cannot do it, 10 as well as before. Type 0 to 9, or + for 10.")
            )
            row.box.answered.connect(lambda r=row: self._next_after(r))
            row.retire.setText(self.tr("Stop rating"))
            row.retire.setAccessibleName(self.tr("Stop rating activity %d") % number)
            row.retire.setToolTip(self.tr("Its past ratings stay in your history"))
            row.retire.clicked.connect(lambda _=False, r=row: self._retire(r))
            for col, widget in enumerate(row.widgets):
                self.grid.addWidget(widget, number, col)
            self._all_rows.append(row)
        for row, item in zip(self._all_rows, current, strict=False):
            self._show_row(row, item.item_id, item.name, item.score)
        if not current:
            for row in self._all_rows[: fs.MIN_ITEMS]:
                self._show_row(row, None, "", None)
        for row in self._all_rows:
            if row not in self.rows:
                self._hide_row(row)

    def _show_row(self, row: _Row, item_id: str | None, name: str, previous: int | None) -> None:
        row.item_id, row.previous = item_id, previous
        row.name.setText(name)
        row.name.setCursorPosition(0)  # a long name shows its beginning, not its end
        row.box.setValue(NOT_RATED)
        row.last.setText(self.tr("last time %d") % previous if previous is not None else "")
        for widget in row.widgets:
            widget.show()
        row.retire.setVisible(self.rerating)
        self.rows = [r for r in self._all_rows if r is row or r in self.rows]
        self._update_add()

    def _hide_row(self, row: _Row) -> None:
        for widget in row.widgets:
            widget.hide()
        if row in self.rows:
            self.rows.remove(row)
        self._update_add()

    def _add_row(
        self, item_id: str | None, name: str, previous: int | None, focus: bool = False
    ) -> None:
        free = next((r for r in self._all_rows if r not in self.rows), None)
        if free is None:
            return
        self._show_row(free, item_id, name, previous)
        if focus:
            free.name.setFocus()

    def _retire(self, row: _Row) -> None:
        self._hide_row(row)
        if self.rows:
            self.rows[0].box.setFocus()

    def _use_example(self, text: str) -> None:
        names = [r.name.text().strip().casefold() for r in self.rows]
        if text.casefold() in names:
            return
        empty = next((r for r in self.rows if not r.name.text().strip()), None)
        if empty is None:
            self._add_row(None, text, None)
            empty = next((r for r in self.rows if r.name.text() == text), None)
        else:
            empty.name.setText(text)
        if empty is not None:
            empty.box.setFocus()

    def _next_after(self, row: _Row) -> None:
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.rows[index + 1].box.setFocus()
        else:
            self.save_button.setFocus()

    def _update_add(self) -> None:
        self.add_button.setEnabled(len(self.rows) < fs.MAX_ITEMS)

    # -- saving -------------------------------------------------------------------------
    def collect(self) -> list[tuple[str | None, str, int | None]]:
        """The rows with a name (empty rows of a set-up are left out)."""
        return [
            (r.item_id, r.name.text(), r.box.score())
            for r in self.rows
            if r.name.text().strip() or r.item_id is not None
        ]

    def problem(self) -> str | None:
        """What keeps these rows from being saved, in plain words; None when fine."""
        rows = self.collect()
        if any(not name.strip() for _, name, _ in rows):
            return self.tr("Each activity needs a name.")
        names = [" ".join(name.split()).casefold() for _, name, _ in rows]
        if len(set(names)) != len(names):
            return self.tr("The same activity is named twice.")
        if not self.rerating and not fs.MIN_ITEMS <= len(rows) <= fs.MAX_ITEMS:
            return self.tr("Please name 3 to 5 activities.")
        if not rows:
            return self.tr("Keep at least one activity, or choose Not now.")
        if any(score is None for item_id, _, score in rows if item_id is None):
            return self.tr("Please rate each new activity from 0 to 10.")
        if not self.rerating and any(score is None for _, _, score in rows):
            return self.tr("Please rate each activity from 0 to 10.")
        if all(score is None for _, _, score in rows):
            return self.tr("Please rate at least one activity.")
        return None

    def save(self) -> None:
        problem = self.problem()
        self.message.setText(problem or "")
        self.message.setVisible(problem is not None)
        if problem is None:
            self.saved.emit(self.collect())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.skipped.emit()
            return
        super().keyPressEvent(event)


__all__ = ["AbilityBox", "FunctionScalePage"]
