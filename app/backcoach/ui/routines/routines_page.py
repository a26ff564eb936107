"""The Routines screen: starter plans and the user's own routines, side by side.

Left, the list of routines; right, the selected one with its exercises in order. Starter
plans are shown read-only (the domain refuses to edit them anyway); the user's own
routines can be renamed, reordered, trimmed and dosed, and every change is saved at
once through ``services.routines`` — there is no Save button to forget.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backcoach.context import AppContext
from backcoach.domain.routines import (
    MAX_NAME_LENGTH,
    Routine,
    RoutineError,
    RoutineItem,
    add_item,
    find,
    missing_exercises,
    rename,
)
from backcoach.services import favourites, routines
from backcoach.services.routines import new_routine_id
from backcoach.ui.forms import load_form
from backcoach.ui.routines.exercise_picker import ExercisePickerDialog
from backcoach.ui.routines.item_editor import RoutineItemEditor
from backcoach.ui.routines.routine_items import (
    ReorderKeys,
    RoutineItemDelegate,
    RoutineItemsModel,
    set_reorderable,
)
from backcoach.ui.routines.routine_list import RoutineListModel, RoutineRole, RoutineRowDelegate
from backcoach.ui.routines.summary import equipment_text, summary_text
from backcoach.ui.widgets.adaptive import StackWhenNarrow
from backcoach.ui.widgets.flow_layout import wrap_row
from backcoach.ui.widgets.page_parts import scroll_down_only

log = logging.getLogger(__name__)

# The shared style sheet frames only the browser's list and gives buttons no disabled
# look (Move up at the top must look unavailable); until it does, these rules do it
# here. palette() keeps them in step with the light and dark themes.
_PAGE_STYLE = """
QListView#routineList, QListView#itemsList {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 12px;
    outline: none;
    padding: 4px 0;
}
QListView#routineList:focus, QListView#itemsList:focus { border: 2px solid palette(highlight); }
QPushButton:disabled { color: palette(placeholder-text); }
"""


def _set_role(widget: QWidget, role: str) -> None:
    """Change the style-sheet role of a widget and restyle it at once."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class RoutinesPage(QWidget):
    start_requested = Signal(object)
    """The Routine the user wants to do now (the session screen takes it from here)."""
    routines_changed = Signal()
    """The user's own routines changed: one was added, edited or deleted."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self._catalogue = context.catalogue
        self._starters: list[Routine] = routines.starter_plans(context)
        self._own: list[Routine] = self._load_own()
        self._current_id: str | None = None
        self.picker: ExercisePickerDialog | None = None

        self.ui = load_form("routines_page.ui", self)
        # At large text or in a small window: rows wrap, the routine's side scrolls up
        # and down, and the dose editor goes under the exercises (never squeezed).
        wrap_row(self.ui.actionRow)
        wrap_row(self.ui.itemsHeaderRow)
        wrap_row(self.ui.moveRowLayout)
        self.ui.itemsHeading.setWordWrap(True)
        self.detail_scroll = scroll_down_only(self.ui.detailSide)
        # The chip keeps its own height beside a summary that wraps onto several lines.
        self.ui.metaRow.setAlignment(self.ui.kindLabel, Qt.AlignmentFlag.AlignTop)
        self.setStyleSheet(_PAGE_STYLE)
        ui = self.ui

        self.list_model = RoutineListModel(self._catalogue, self)
        routine_view: QListView = ui.routineList
        routine_view.setAccessibleDescription(self.tr("Starter plans first, then your own"))
        ui.itemsList.setAccessibleDescription(
            self.tr("Alt+Up and Alt+Down move an exercise; Delete removes it")
        )
        routine_view.setModel(self.list_model)
        routine_view.setItemDelegate(RoutineRowDelegate(routine_view))
        routine_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        routine_view.selectionModel().currentChanged.connect(self._routine_chosen)

        self.items_model = RoutineItemsModel(self._catalogue, self)
        items_view: QListView = ui.itemsList
        items_view.setModel(self.items_model)
        items_view.setItemDelegate(RoutineItemDelegate(items_view))
        items_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        items_view.selectionModel().currentChanged.connect(self._item_chosen)
        self.items_model.routine_edited.connect(self._routine_edited)
        self.items_model.modelReset.connect(self._update_item_controls)
        self._keys = ReorderKeys(items_view)
        self._keys.move_requested.connect(self.move_selected)
        self._keys.remove_requested.connect(self.remove_selected)

        self.editor = RoutineItemEditor(ui.editorHost)
        editor_layout = QVBoxLayout(ui.editorHost)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.editor)
        self.editor.dose_changed.connect(self._dose_changed)
        ui.editorHost.setMinimumWidth(0)
        ui.editorHost.setMaximumWidth(16777215)
        self._editor_below = StackWhenNarrow(
            ui.detailSide, ui.itemsArea, self._side_by_side_width, self._editor_moved
        )

        name_font = QFont(ui.nameEdit.font())
        name_font.setPointSizeF(20)
        name_font.setBold(True)
        ui.nameEdit.setFont(name_font)
        ui.nameEdit.setMaxLength(MAX_NAME_LENGTH)
        ui.nameEdit.textEdited.connect(self._name_edited)
        ui.nameEdit.editingFinished.connect(self._name_finished)

        ui.newRoutineButton.clicked.connect(self.new_routine)
        ui.copyButton.clicked.connect(self.copy_current)
        ui.deleteButton.clicked.connect(lambda: self.delete_current())
        ui.startButton.clicked.connect(self.start_current)
        ui.addExerciseButton.clicked.connect(self.open_exercise_picker)
        ui.moveUpButton.clicked.connect(lambda: self.move_selected(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move_selected(1))
        ui.removeButton.clicked.connect(self.remove_selected)

        self._removed: tuple[str, int, RoutineItem] | None = None
        self._build_undo_bar()

        self._set_tab_order()
        self._rebuild_list(self._starters[0].id if self._starters else None)

    def reload(self) -> None:
        """Re-read the user's routines (another screen may have saved one)."""
        self._own = self._load_own()
        self._rebuild_list(self._current_id or (self._starters[0].id if self._starters else None))

    # --- reading ----------------------------------------------------------------------
    def starter_plans(self) -> list[Routine]:
        return list(self._starters)

    def own_routines(self) -> list[Routine]:
        return list(self._own)

    def current_routine(self) -> Routine | None:
        if self._current_id is None:
            return None
        try:
            return find([*self._starters, *self._own], self._current_id)
        except KeyError:
            return None

    def selected_item_row(self) -> int:
        index = self.ui.itemsList.currentIndex()
        return index.row() if index.isValid() else -1

    # --- intents ----------------------------------------------------------------------
    def select_routine(self, routine_id: str) -> None:
        """Show this routine; KeyError if there is none with this id."""
        row = self.list_model.row_of(routine_id)
        if row < 0:
            raise KeyError(routine_id)
        self._select(self.ui.routineList, self.list_model.index(row))

    def select_item(self, row: int) -> None:
        index = self.items_model.index(row)
        if index.isValid():
            self._select(self.ui.itemsList, index)

    def new_routine(self) -> Routine:
        """An empty routine of the user's, selected and ready to be named."""
        routine = Routine(
            id=new_routine_id(), name=self._unique_name(self.tr("My routine")), items=()
        )
        self._add_own(routine)
        return routine

    def copy_current(self) -> Routine | None:
        """A copy the user owns; the starter plan itself is never changed."""
        routine = self.current_routine()
        if routine is None:
            return None
        template = self.tr("%s (my copy)") if routine.is_starter else self.tr("%s (copy)")
        copy = routines.copy_of(routine, template, self._names())
        self._add_own(copy)
        return copy

    def delete_current(self, ask: bool = True) -> bool:
        """Delete the selected own routine after asking; True if it was deleted."""
        routine = self.current_routine()
        if routine is None or routine.is_starter or (ask and not self._confirm_delete(routine)):
            return False
        position = next(i for i, r in enumerate(self._own) if r.id == routine.id)
        del self._own[position]
        routines.delete(self.context, routine.id)
        if self._own:
            following = self._own[min(position, len(self._own) - 1)].id
        else:
            following = self._starters[0].id if self._starters else None
        self._rebuild_list(following)
        self.routines_changed.emit()
        return True

    def start_current(self) -> None:
        routine = self.current_routine()
        if routine is not None and self._can_start(routine):
            self.start_requested.emit(routine)

    def add_exercise_to_routine(self, exercise_id: str, routine_id: str | None) -> Routine:
        """Add an exercise at the end of one of the user's routines, and show it there.

        ``routine_id`` None makes a new routine named after the exercise. Raises KeyError
        for an unknown exercise or routine, ReadOnlyRoutineError for a starter plan.
        """
        exercise = self._catalogue.get(exercise_id)
        if routine_id is None:
            routine = Routine(
                id=new_routine_id(),
                name=self._unique_name(exercise.name),
                items=(RoutineItem(exercise.id, exercise.dose),),
            )
            self._add_own(routine, focus_name=False)
            self.select_item(0)
            return routine
        routine = add_item(find([*self._starters, *self._own], routine_id), exercise)
        self._save(routine)
        self.select_routine(routine.id)
        self.select_item(len(routine.items) - 1)
        return routine

    def open_exercise_picker(self) -> ExercisePickerDialog | None:
        """Open the picker (without blocking); the chosen exercise goes at the end."""
        routine = self.current_routine()
        if routine is None or routine.is_starter:
            return None
        dialog = ExercisePickerDialog(
            self._catalogue, favourites.favourites(self.context), routine.name, self
        )
        dialog.finished.connect(lambda result: self._picker_finished(dialog, routine.id, result))
        self.picker = dialog
        dialog.open()
        return dialog

    def move_selected(self, step: int) -> bool:
        row = self.selected_item_row()
        moved = row >= 0 and self.items_model.move(row, row + step)
        if moved:
            self.ui.itemsList.scrollTo(self.ui.itemsList.currentIndex())
        return moved

    def remove_selected(self) -> bool:
        row = self.selected_item_row()
        routine = self.items_model.routine()
        if row < 0 or routine is None or row >= len(routine.items):
            return False
        item = routine.items[row]
        if not self.items_model.remove(row):
            return False
        self._offer_undo(routine.id, row, item)
        self.select_item(min(row, self.items_model.rowCount() - 1))
        self._update_item_controls()
        return True

    # --- loading and saving -----------------------------------------------------------
    def _load_own(self) -> list[Routine]:
        return routines.own_routines(self.context)

    def _save(self, routine: Routine) -> None:
        """Keep one own routine: saved (the service refuses a starter plan), in this
        page's list, and on screen."""
        routines.save(self.context, routine)
        for position, existing in enumerate(self._own):
            if existing.id == routine.id:
                self._own[position] = routine
                break
        else:
            self._own.append(routine)
        self.list_model.update_routine(routine)
        if routine.id == self._current_id:
            self.items_model.replace(routine)  # a no-op when the model made the change
            self._show_header(routine)
        self.routines_changed.emit()

    def _add_own(self, routine: Routine, focus_name: bool = True) -> None:
        self._save(routine)
        self._rebuild_list(routine.id)
        if focus_name:
            # The natural next step is to name it: the old name is selected, so typing
            # replaces it and Tab moves on.
            self.ui.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            # All selected, the cursor at the start: a long name shows its beginning.
            length = len(self.ui.nameEdit.text())
            self.ui.nameEdit.setSelection(length, -length)

    def _names(self) -> set[str]:
        return {r.name for r in (*self._starters, *self._own)}

    def _unique_name(self, wanted: str) -> str:
        return routines.unique_name(wanted, self._names())

    def _confirm_delete(self, routine: Routine) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete routine"))
        box.setText(self.tr("Delete “%s”?") % routine.name)
        box.setInformativeText(
            self.tr("It will be gone for good. The exercises stay in the library.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        delete = box.button(QMessageBox.StandardButton.Yes)
        delete.setText(self.tr("Delete"))
        delete.setAccessibleName(self.tr("Delete the routine"))
        keep = box.button(QMessageBox.StandardButton.No)
        keep.setText(self.tr("Keep it"))
        keep.setAccessibleName(self.tr("Keep the routine"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    # --- showing ----------------------------------------------------------------------
    def _rebuild_list(self, select_id: str | None) -> None:
        self.list_model.set_routines(self._starters, self._own)
        if select_id is not None and self.list_model.row_of(select_id) >= 0:
            self.select_routine(select_id)
        else:
            self._current_id = None
            self._show(None)

    def _routine_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        routine = current.data(RoutineRole.ROUTINE)
        if routine is not None:
            self._show(routine)

    def _show(self, routine: Routine | None) -> None:
        if routine is None or routine.id != self._current_id:
            self._forget_undo()  # the undo belongs to the routine it was offered in
        self._current_id = routine.id if routine is not None else None
        self.items_model.set_routine(routine)
        self._set_editable(routine is not None and not routine.is_starter)
        self._show_header(routine)
        if self.items_model.rowCount():
            self.select_item(0)
        self._update_item_controls()
        self._fit_items_list()

    def _show_header(self, routine: Routine | None) -> None:
        ui = self.ui
        if routine is None:
            for label in (ui.nameLabel, ui.kindLabel, ui.durationLabel, ui.descriptionLabel):
                label.clear()
            ui.startButton.setEnabled(False)
            ui.copyButton.setEnabled(False)
            return
        ui.nameLabel.setText(routine.name)
        if ui.nameEdit.text().strip() != routine.name:
            ui.nameEdit.setText(routine.name)
            ui.nameEdit.setCursorPosition(0)  # a long name shows its beginning, not its end
        ui.kindLabel.setText(
            self.tr("Starter plan") if routine.is_starter else self.tr("Your routine")
        )
        equipment = equipment_text(routine, self._catalogue)
        summary = summary_text(routine, self._catalogue)
        ui.durationLabel.setText(f"{summary}\n{equipment}" if equipment else summary)
        ui.descriptionLabel.setText(routine.description)
        ui.descriptionLabel.setVisible(bool(routine.description))
        # Hidden rather than disabled: a greyed-out main button only puzzles; the empty
        # list below says what to do instead.
        ui.startButton.setVisible(self._can_start(routine))
        ui.startButton.setEnabled(self._can_start(routine))
        ui.copyButton.setEnabled(True)
        ui.copyButton.setVisible(routine.is_starter or bool(routine.items))
        ui.copyButton.setText(
            self.tr("Make my own &copy") if routine.is_starter else self.tr("Make a &copy")
        )
        ui.copyButton.setAccessibleName(
            self.tr("Make my own copy") if routine.is_starter else self.tr("Make a copy")
        )
        empty = not routine.items
        ui.itemsList.setVisible(not empty)
        ui.emptyItemsLabel.setVisible(empty)
        ui.moveRow.setVisible(not empty and not routine.is_starter)
        # With nothing to start, adding the first exercise is the one main action.
        _set_role(ui.addExerciseButton, "primary" if empty else "")

    def _set_editable(self, on: bool) -> None:
        """Own routines get every edit control; starter plans show none of them."""
        ui = self.ui
        ui.nameLabel.setVisible(not on)
        ui.readOnlyLabel.setVisible(not on and self._current_id is not None)
        edit_controls = (
            ui.nameEdit,
            ui.deleteButton,
            ui.addExerciseButton,
            ui.moveRow,
            ui.moveUpButton,
            ui.moveDownButton,
            ui.removeButton,
            ui.reorderHintLabel,
            ui.editorHost,
        )
        for widget in edit_controls:
            widget.setVisible(on)
            widget.setEnabled(on)
        set_reorderable(ui.itemsList, on)

    def _can_start(self, routine: Routine) -> bool:
        return bool(routine.items) and not missing_exercises(routine, self._catalogue)

    # --- item editing -----------------------------------------------------------------
    def _item_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_item_controls()

    def _update_item_controls(self) -> None:
        row = self.selected_item_row()
        count = self.items_model.rowCount()
        editable = self.items_model.editable()
        ui = self.ui
        ui.moveUpButton.setEnabled(editable and row > 0)
        ui.moveDownButton.setEnabled(editable and 0 <= row < count - 1)
        ui.removeButton.setEnabled(editable and row >= 0)
        ui.reorderHintLabel.setVisible(editable and count > 1)
        routine = self.items_model.routine()
        has_item = editable and routine is not None and 0 <= row < count
        ui.editorHost.setVisible(has_item)
        if has_item and routine is not None:
            self.editor.show_item(self.items_model.exercise_at(row), routine.items[row].dose)

    def _routine_edited(self, routine: Routine) -> None:
        self._save(routine)
        self._update_item_controls()

    def _dose_changed(self, changes: dict[str, Any]) -> None:
        row = self.selected_item_row()
        try:
            self.items_model.set_dose(row, **changes)
        except RoutineError as error:
            # The spin box ranges make this rare; show the stored dose again.
            log.warning("Dose change refused: %s", error)
            self._update_item_controls()

    def _name_edited(self, text: str) -> None:
        routine = self.current_routine()
        if routine is None or routine.is_starter or not text.strip():
            return
        renamed = rename(routine, text)
        if renamed != routine:
            self.items_model.replace(renamed)
            self._save(renamed)

    def _name_finished(self) -> None:
        routine = self.current_routine()
        if routine is not None and not self.ui.nameEdit.text().strip():
            self.ui.nameEdit.setText(routine.name)  # a routine always keeps a name

    def _picker_finished(self, dialog: ExercisePickerDialog, routine_id: str, result: int) -> None:
        exercise = dialog.chosen_exercise() if result else None
        self.picker = None
        dialog.deleteLater()
        if exercise is None or routine_id != self._current_id:
            return
        row = self.items_model.append(exercise)
        if row >= 0:
            self.select_item(row)
            self.ui.itemsList.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- undoing a removal -----------------------------------------------------------
    def _build_undo_bar(self) -> None:
        """'Removed Bird-dog. [Undo]' above the exercises, until the next change."""
        self.undo_bar = QFrame()
        self.undo_bar.setProperty("role", "notice")
        self.undo_message = QLabel()
        self.undo_message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Put the exercise back where it was (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_remove)
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self.undo_message, 1)
        row.addWidget(self.undo_button)
        self.undo_bar.hide()
        layout: QBoxLayout = self.ui.detailLayout
        layout.insertWidget(layout.indexOf(self.ui.readOnlyLabel) + 1, self.undo_bar)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_remove)

    def _offer_undo(self, routine_id: str, row: int, item: RoutineItem) -> None:
        self._removed = (routine_id, row, item)
        try:
            name = self._catalogue.get(item.exercise_id).name
        except KeyError:
            name = item.exercise_id
        self.undo_message.setText(self.tr("Removed “%s”.") % name)
        self.undo_bar.show()

    def _forget_undo(self) -> None:
        self._removed = None
        self.undo_bar.hide()

    def undo_remove(self) -> bool:
        """Put the last removed exercise back, with its dose, where it was."""
        if self._removed is None:
            return False
        routine_id, row, item = self._removed
        self._forget_undo()
        routine = next((r for r in self._own if r.id == routine_id), None)
        if routine is None:
            return False
        row = min(row, len(routine.items))
        restored = dataclasses.replace(
            routine, items=(*routine.items[:row], item, *routine.items[row:])
        )
        if routine_id != self._current_id:
            self.select_routine(routine_id)
        self._save(restored)
        self._update_item_controls()
        self.select_item(row)
        return True

    # --- fitting the room -----------------------------------------------------------
    def _side_by_side_width(self) -> int:
        """The exercises need about 18 lines' height of width; the editor its own."""
        line = self.fontMetrics().height()
        spacing = self.ui.itemsArea.spacing()
        width: int = 18 * line + spacing + self.editor.sizeHint().width()
        return width

    def _editor_moved(self, below: bool) -> None:
        """Under the list the exercises get a few rows' room and the page scrolls;
        beside it they fill the height."""
        ui = self.ui
        area: QBoxLayout = ui.itemsArea
        area.setStretch(0, 0 if below else 1)
        self._fit_items_list()

    def _fit_items_list(self) -> None:
        view = self.ui.itemsList
        if self._editor_below.stacked():
            rows = max(1, min(3, self.items_model.rowCount()))
            first = view.sizeHintForRow(0) if self.items_model.rowCount() else 0
            view.setMinimumHeight(rows * max(first, self.fontMetrics().height() * 3) + 12)
        else:
            view.setMinimumHeight(self.fontMetrics().height() * 6)

    # --- helpers ----------------------------------------------------------------------
    @staticmethod
    def _select(view: QListView, index: QModelIndex) -> None:
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        view.scrollTo(index)

    def _set_tab_order(self) -> None:
        ui = self.ui
        chain = [
            ui.routineList,
            ui.newRoutineButton,
            ui.nameEdit,
            ui.startButton,
            ui.copyButton,
            ui.deleteButton,
            self.undo_button,
            ui.addExerciseButton,
            ui.itemsList,
            ui.moveUpButton,
            ui.moveDownButton,
            ui.removeButton,
            *self.editor.tab_chain(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
