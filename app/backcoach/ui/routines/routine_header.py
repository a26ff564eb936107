"""The top of the Routines screen's right side: the selected routine's name, kind,
summary and actions, and which edit controls it gets (own routines all, starter plans
none). Functions over the page's Designer form (``ui``), so the page only decides what
is selected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from backcoach.domain.catalog import Catalogue
from backcoach.domain.routines import Routine, missing_exercises
from backcoach.ui.routines.item_editor import RoutineItemEditor
from backcoach.ui.routines.routine_items import RoutineItemsModel, set_reorderable
from backcoach.ui.routines.summary import equipment_text, summary_text

translate = QCoreApplication.translate
"""Called as ``translate("Context", "text")`` so that lupdate finds the text."""

PAGE_STYLE = """
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
"""The shared style sheet frames only the browser's list and gives buttons no disabled
look (Move up at the top must look unavailable); until it does, these rules do it here.
palette() keeps them in step with the light and dark themes."""


def set_role(widget: QWidget, role: str) -> None:
    """Change the style-sheet role of a widget and restyle it at once."""
    if widget.property("role") == role:
        return
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def can_start(routine: Routine, catalogue: Catalogue) -> bool:
    """Something to do, and every exercise still in the catalogue."""
    return bool(routine.items) and not missing_exercises(routine, catalogue)


def show_header(ui: Any, routine: Routine | None, catalogue: Catalogue) -> None:
    """Name, kind, time and equipment, description, and the actions that apply."""
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
        translate("RoutinesPage", "Starter plan")
        if routine.is_starter
        else translate("RoutinesPage", "Your routine")
    )
    equipment = equipment_text(routine, catalogue)
    summary = summary_text(routine, catalogue)
    ui.durationLabel.setText(f"{summary}\n{equipment}" if equipment else summary)
    ui.descriptionLabel.setText(routine.description)
    ui.descriptionLabel.setVisible(bool(routine.description))
    # Hidden rather than disabled: a greyed-out main button only puzzles; the empty
    # list below says what to do instead.
    startable = can_start(routine, catalogue)
    ui.startButton.setVisible(startable)
    ui.startButton.setEnabled(startable)
    ui.copyButton.setEnabled(True)
    ui.copyButton.setVisible(routine.is_starter or bool(routine.items))
    ui.copyButton.setText(
        translate("RoutinesPage", "Make my own &copy")
        if routine.is_starter
        else translate("RoutinesPage", "Make a &copy")
    )
    ui.copyButton.setAccessibleName(
        translate("RoutinesPage", "Make my own copy")
        if routine.is_starter
        else translate("RoutinesPage", "Make a copy")
    )
    empty = not routine.items
    ui.itemsList.setVisible(not empty)
    ui.emptyItemsLabel.setVisible(empty)
    ui.moveRow.setVisible(not empty and not routine.is_starter)
    # With nothing to start, adding the first exercise is the one main action.
    set_role(ui.addExerciseButton, "primary" if empty else "")


def set_editable(ui: Any, on: bool, selected: bool) -> None:
    """Own routines get every edit control; starter plans show none of them (and say
    they are read-only when one is ``selected``)."""
    ui.nameLabel.setVisible(not on)
    ui.readOnlyLabel.setVisible(not on and selected)
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


def show_item_controls(
    ui: Any, items: RoutineItemsModel, editor: RoutineItemEditor, row: int
) -> None:
    """Move, remove and the dose editor, for the exercise at ``row`` (-1: none chosen)."""
    count = items.rowCount()
    editable = items.editable()
    ui.moveUpButton.setEnabled(editable and row > 0)
    ui.moveDownButton.setEnabled(editable and 0 <= row < count - 1)
    ui.removeButton.setEnabled(editable and row >= 0)
    ui.reorderHintLabel.setVisible(editable and count > 1)
    routine = items.routine()
    has_item = editable and routine is not None and 0 <= row < count
    ui.editorHost.setVisible(has_item)
    if has_item and routine is not None:
        editor.show_item(items.exercise_at(row), routine.items[row].dose)
