"""The Routines screen: starter plans and the user's own routines, side by side.

Left, the list of routines; right, the selected one with its exercises in order. Starter
plans are shown read-only (the domain refuses to edit them anyway); the user's own
routines can be renamed, reordered, trimmed and dosed, and every change is saved at
once through ``services.routines`` — there is no Save button to forget.
"""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListView, QWidget

from backcoach.context import AppContext
from backcoach.domain.routines import Routine, RoutineError, RoutineItem, add_item, find, rename
from backcoach.services import favourites, routines
from backcoach.services.routines import new_routine_id
from backcoach.ui.forms import load_form
from backcoach.ui.routines.exercise_picker import ExercisePickerDialog
from backcoach.ui.routines.routine_dialogs import UndoBar, confirm_delete
from backcoach.ui.routines.routine_header import (
    can_start,
    set_editable,
    show_header,
    show_item_controls,
)
from backcoach.ui.routines.routine_items import ReorderKeys, RoutineItemDelegate, RoutineItemsModel
from backcoach.ui.routines.routine_layout import EditorPlacement, prepare_form, set_tab_order
from backcoach.ui.routines.routine_list import RoutineListModel, RoutineRole, RoutineRowDelegate

log = logging.getLogger(__name__)


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
        self.detail_scroll = prepare_form(self, self.ui)
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

        self.placement = EditorPlacement(self, ui, self.items_model.rowCount)
        self.editor = self.placement.editor
        self.editor.dose_changed.connect(self._dose_changed)
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

        set_tab_order(ui, self.undo_button, self.editor)
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
        following: str | None
        if self._own:
            following = self._own[min(position, len(self._own) - 1)].id
        else:
            following = self._starters[0].id if self._starters else None
        self._rebuild_list(following)
        self.routines_changed.emit()
        return True

    def start_current(self) -> None:
        routine = self.current_routine()
        if routine is not None and can_start(routine, self._catalogue):
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
            show_header(self.ui, routine, self._catalogue)
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
        return confirm_delete(self, routine)

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
        set_editable(self.ui, routine is not None and not routine.is_starter, routine is not None)
        show_header(self.ui, routine, self._catalogue)
        if self.items_model.rowCount():
            self.select_item(0)
        self._update_item_controls()
        self.placement.fit_items_list()

    # --- item editing -----------------------------------------------------------------
    def _item_chosen(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_item_controls()

    def _update_item_controls(self) -> None:
        show_item_controls(self.ui, self.items_model, self.editor, self.selected_item_row())

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
        self.undo_bar = UndoBar(self.ui.detailLayout, after=self.ui.readOnlyLabel)
        self.undo_message, self.undo_button = self.undo_bar.message, self.undo_bar.button
        self.undo_button.clicked.connect(self.undo_remove)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_remove)

    def _offer_undo(self, routine_id: str, row: int, item: RoutineItem) -> None:
        self._removed = (routine_id, row, item)
        self.undo_bar.offer(item.exercise_id, self._catalogue)

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

    # --- helpers ----------------------------------------------------------------------
    @staticmethod
    def _select(view: QListView, index: QModelIndex) -> None:
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        view.scrollTo(index)
