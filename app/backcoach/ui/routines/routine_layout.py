"""How the Routines screen fits its room: rows that wrap, the right side that scrolls,
the dose editor beside the exercises or under them, and the order of Tab."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QListView, QScrollArea, QVBoxLayout, QWidget

from backcoach.domain.routines import MAX_NAME_LENGTH
from backcoach.ui.routines.item_editor import RoutineItemEditor
from backcoach.ui.routines.routine_header import PAGE_STYLE
from backcoach.ui.widgets.adaptive import StackWhenNarrow
from backcoach.ui.widgets.flow_layout import wrap_row
from backcoach.ui.widgets.page_parts import scroll_down_only


def prepare_form(page: QWidget, ui: Any) -> QScrollArea:
    """At large text or in a small window: rows wrap, the routine's side scrolls up and
    down (returned), and the name is set in a title's size."""
    wrap_row(ui.actionRow)
    wrap_row(ui.itemsHeaderRow)
    wrap_row(ui.moveRowLayout)
    ui.itemsHeading.setWordWrap(True)
    detail_scroll = scroll_down_only(ui.detailSide)
    # The chip keeps its own height beside a summary that wraps onto several lines.
    ui.metaRow.setAlignment(ui.kindLabel, Qt.AlignmentFlag.AlignTop)
    page.setStyleSheet(PAGE_STYLE)
    name_font = QFont(ui.nameEdit.font())
    name_font.setPointSizeF(20)
    name_font.setBold(True)
    ui.nameEdit.setFont(name_font)
    ui.nameEdit.setMaxLength(MAX_NAME_LENGTH)
    return detail_scroll


class EditorPlacement:
    """The dose editor goes under the exercises when there is no room beside them (it
    is never squeezed); the exercises then get a few rows' room and the page scrolls."""

    def __init__(self, page: QWidget, ui: Any, rows: Callable[[], int]) -> None:
        self._page, self._ui, self._rows = page, ui, rows
        self.editor = RoutineItemEditor(ui.editorHost)
        editor_layout = QVBoxLayout(ui.editorHost)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor)
        ui.editorHost.setMinimumWidth(0)
        ui.editorHost.setMaximumWidth(16777215)
        self._below = StackWhenNarrow(
            ui.detailSide, ui.itemsArea, self._side_by_side_width, self._moved
        )

    def _side_by_side_width(self) -> int:
        """The exercises need about 18 lines' height of width; the editor its own."""
        line = self._page.fontMetrics().height()
        spacing = int(self._ui.itemsArea.spacing())
        return 18 * line + spacing + self.editor.sizeHint().width()

    def _moved(self, below: bool) -> None:
        """Under the list the exercises get a few rows' room; beside it, the height."""
        area: QBoxLayout = self._ui.itemsArea
        area.setStretch(0, 0 if below else 1)
        self.fit_items_list()

    def fit_items_list(self) -> None:
        view: QListView = self._ui.itemsList
        line = self._page.fontMetrics().height()
        if self._below.stacked():
            count = self._rows()
            rows = max(1, min(3, count))
            first = view.sizeHintForRow(0) if count else 0
            view.setMinimumHeight(rows * max(first, line * 3) + 12)
        else:
            view.setMinimumHeight(line * 6)


def set_tab_order(ui: Any, undo_button: QWidget, editor: RoutineItemEditor) -> None:
    """Down the left side, then the routine's name, actions, exercises and dose."""
    chain = [
        ui.routineList,
        ui.newRoutineButton,
        ui.nameEdit,
        ui.startButton,
        ui.copyButton,
        ui.deleteButton,
        undo_button,
        ui.addExerciseButton,
        ui.itemsList,
        ui.moveUpButton,
        ui.moveDownButton,
        ui.removeButton,
        *editor.tab_chain(),
    ]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
