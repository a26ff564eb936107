"""The Routines screen: starter plans stay read-only, own routines edit and save at once."""

from __future__ import annotations

import pytest
from fakes import FakeStore
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QLineEdit,
    QListView,
    QMessageBox,
    QWidget,
)

from backcoach import resources
from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.routines import (
    DOSE_LIMITS,
    MIN_STATIC_HOLD_S,
    ReadOnlyRoutineError,
    copy_routine,
    from_dict,
    load_starter_plans,
    to_dict,
)
from backcoach.ui.routines.routine_list import RoutineRole, RowKind
from backcoach.ui.routines.routines_page import RoutinesPage

STARTER_IDS = ["extension-start", "flexion-start", "rotation-mobility", "stronger-back"]


@pytest.fixture(scope="module")
def catalogue():
    # Without images_dir: the illustrations may still be being generated.
    return load_catalogue(resources.catalogue_path())


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


def _page(qtbot, catalogue, data_dir, store) -> RoutinesPage:
    page = RoutinesPage(AppContext(data_dir=data_dir, catalogue=catalogue, store=store))
    qtbot.addWidget(page)
    page.resize(1048, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def page(qtbot, catalogue, data_dir, store) -> RoutinesPage:
    return _page(qtbot, catalogue, data_dir, store)


@pytest.fixture
def own(page) -> RoutinesPage:
    """The page showing the user's own copy of 'Extension start'."""
    page.select_routine("extension-start")
    page.copy_current()
    return page


def stored(store: FakeStore, routine_id: str):
    return from_dict(store.routines.get(routine_id))


def exercise_ids(page: RoutinesPage) -> list[str]:
    return list(page.current_routine().exercise_ids())


def edit_controls(page: RoutinesPage) -> list[QWidget]:
    ui = page.ui
    return [
        ui.nameEdit,
        ui.deleteButton,
        ui.addExerciseButton,
        ui.moveUpButton,
        ui.moveDownButton,
        ui.removeButton,
        page.editor,
    ]


# --- the list -------------------------------------------------------------------------


def test_starter_plans_come_first_marked_then_a_hint_for_own_routines(page) -> None:
    model = page.list_model
    assert model.routine_ids() == STARTER_IDS
    kinds = [model.index(r).data(RoutineRole.KIND) for r in range(model.rowCount())]
    assert kinds[0] is RowKind.HEADER and kinds[-1] is RowKind.HINT
    first = model.index(model.row_of("extension-start"))
    assert first.data(RoutineRole.DETAIL).startswith("Starter plan · about")
    assert page.current_routine().id == "extension-start"
    assert page.ui.kindLabel.text() == "Starter plan"


def test_headings_cannot_be_selected(page) -> None:
    header = page.list_model.index(0)
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable
    assert not header.flags() & Qt.ItemFlag.ItemIsEnabled


def test_down_arrow_in_the_list_skips_the_heading_and_opens_the_next_plan(qtbot, page) -> None:
    view = page.ui.routineList
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.current_routine().id == "flexion-start"
    assert page.ui.nameLabel.text() == "Flexion start"


def test_stored_routines_are_listed_and_a_broken_one_is_skipped_but_kept(
    qtbot, catalogue, data_dir
) -> None:
    plan = load_starter_plans(catalogue)[0]
    mine = to_dict(copy_routine(plan, "abc123", "Mornings"))
    broken = {"id": "zzz", "version": 99}
    store = FakeStore([mine, broken])
    page = _page(qtbot, catalogue, data_dir, store)
    assert [r.name for r in page.own_routines()] == ["Mornings"]
    assert page.list_model.routine_ids()[-1] == "abc123"
    assert store.routines.get("zzz") == broken  # not deleted, only not shown


# --- starter plans are read-only ------------------------------------------------------


@pytest.mark.parametrize("plan_id", STARTER_IDS)
def test_a_starter_plan_shows_no_enabled_edit_control(page, plan_id) -> None:
    page.select_routine(plan_id)
    for widget in edit_controls(page):
        assert not widget.isVisible(), widget.objectName()
        assert not widget.isEnabled(), widget.objectName()
    ui = page.ui
    assert ui.nameLabel.isVisible()
    assert ui.readOnlyLabel.isVisible()
    assert ui.itemsList.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
    assert not page.items_model.index(0).flags() & Qt.ItemFlag.ItemIsDragEnabled


def test_keys_and_model_edits_cannot_change_a_starter_plan(qtbot, page, store) -> None:
    before = page.current_routine()
    view = page.ui.itemsList
    view.setFocus()
    page.select_item(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert not page.items_model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)
    assert not page.items_model.remove(0)
    assert not page.items_model.set_dose(0, sets=5)
    assert not page.move_selected(1)
    assert page.current_routine() == before
    assert page.open_exercise_picker() is None
    assert store.saved == []


def test_add_exercise_to_a_starter_plan_is_refused(page, store) -> None:
    with pytest.raises(ReadOnlyRoutineError):
        page.add_exercise_to_routine("plank", "extension-start")
    assert store.saved == []


# --- copying and new routines ---------------------------------------------------------


def test_copying_a_starter_makes_an_own_routine_in_the_store(qtbot, page, store) -> None:
    page.select_routine("flexion-start")
    plan = page.current_routine()
    with qtbot.waitSignal(page.routines_changed):
        page.ui.copyButton.click()
    copy = page.current_routine()
    assert copy.name == "Flexion start (my copy)"
    assert copy.id != plan.id and len(copy.id) == 32  # uuid4 hex
    assert not copy.is_starter and copy.source_plan == "flexion-start"
    assert copy.items == plan.items
    assert stored(store, copy.id) == copy
    # The plan itself is untouched, in the page and in what ships with the app.
    assert page.starter_plans()[1] == plan
    assert plan == load_starter_plans(page.context.catalogue)[1]
    assert store.routines.get("flexion-start") is None
    assert page.ui.nameEdit.isVisible() and page.ui.deleteButton.isEnabled()


def test_a_second_copy_gets_a_different_name(page) -> None:
    page.select_routine("extension-start")
    first = page.copy_current()
    page.select_routine("extension-start")
    second = page.copy_current()
    assert first.name != second.name


def test_new_routine_is_saved_empty_and_ready_to_name(qtbot, page, store) -> None:
    with qtbot.waitSignal(page.routines_changed):
        page.ui.newRoutineButton.click()
    routine = page.current_routine()
    assert routine.name == "My routine" and routine.items == ()
    assert stored(store, routine.id) == routine
    assert page.ui.emptyItemsLabel.isVisible()
    assert not page.ui.startButton.isVisible()
    assert page.ui.addExerciseButton.isEnabled()
    # The name is the next thing to type: focused (even in an inactive window) and selected.
    assert page.focusWidget() is page.ui.nameEdit
    assert page.ui.nameEdit.selectedText() == "My routine"


def test_typing_a_name_renames_and_saves_and_an_empty_name_is_undone(qtbot, page, store) -> None:
    routine = page.new_routine()
    edit = page.ui.nameEdit
    edit.selectAll()
    qtbot.keyClicks(edit, "Evenings")
    assert stored(store, routine.id).name == "Evenings"
    row = page.list_model.row_of(routine.id)
    assert page.list_model.index(row).data() == "Evenings"
    edit.clear()
    edit.editingFinished.emit()
    assert edit.text() == "Evenings"
    assert stored(store, routine.id).name == "Evenings"


# --- editing an own routine -----------------------------------------------------------


def test_alt_down_and_alt_up_move_the_exercise_and_save_the_order(qtbot, own, store) -> None:
    page = own
    first, second = exercise_ids(page)[:2]
    view = page.ui.itemsList
    view.setFocus()
    page.select_item(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert exercise_ids(page)[:2] == [second, first]
    assert page.selected_item_row() == 1  # the selection follows the moved exercise
    assert list(stored(store, page.current_routine().id).exercise_ids())[:2] == [second, first]
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert exercise_ids(page)[:2] == [first, second]
    assert page.selected_item_row() == 0


def test_move_buttons_reorder_save_and_stop_at_the_ends(own, store) -> None:
    page = own
    ids = exercise_ids(page)
    page.select_item(len(ids) - 1)
    assert not page.ui.moveDownButton.isEnabled()
    page.ui.moveUpButton.click()
    expected = [*ids[:-2], ids[-1], ids[-2]]
    assert exercise_ids(page) == expected
    assert list(stored(store, page.current_routine().id).exercise_ids()) == expected
    page.select_item(0)
    assert not page.ui.moveUpButton.isEnabled()
    page.ui.moveDownButton.click()
    assert exercise_ids(page)[:2] == [expected[1], expected[0]]


def test_drag_and_drop_reorders_through_move_rows(own, store) -> None:
    """QListView's internal move calls moveRows(source, destination-before)."""
    page = own
    ids = exercise_ids(page)
    assert page.ui.itemsList.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    assert page.items_model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)  # before row 3
    assert exercise_ids(page) == [ids[1], ids[2], ids[0], *ids[3:]]
    assert page.items_model.moveRows(QModelIndex(), 3, 1, QModelIndex(), 0)
    assert exercise_ids(page)[0] == ids[3]
    assert list(stored(store, page.current_routine().id).exercise_ids()) == exercise_ids(page)


def test_delete_key_and_remove_button_take_exercises_out(qtbot, own, store) -> None:
    page = own
    ids = exercise_ids(page)
    view = page.ui.itemsList
    view.setFocus()
    page.select_item(1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert exercise_ids(page) == [ids[0], *ids[2:]]
    assert page.selected_item_row() == 1  # the next one is ready to act on
    page.ui.removeButton.click()
    assert exercise_ids(page) == [ids[0], *ids[3:]]
    assert list(stored(store, page.current_routine().id).exercise_ids()) == exercise_ids(page)


def test_removing_every_exercise_shows_the_empty_hint(own) -> None:
    page = own
    while page.current_routine().items:
        page.select_item(0)
        page.remove_selected()
    assert page.ui.emptyItemsLabel.isVisible()
    assert not page.ui.startButton.isVisible()
    assert page.ui.durationLabel.text() == "No exercises yet"


def test_add_exercise_dialog_adds_the_first_match_on_enter(qtbot, own, store) -> None:
    page = own
    count = len(page.current_routine().items)
    page.ui.addExerciseButton.click()
    dialog = page.picker
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.search, "bird")
    assert dialog.visible_ids() == ["bird-dog"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert exercise_ids(page)[-1] == "bird-dog"
    assert len(page.current_routine().items) == count + 1
    assert page.selected_item_row() == count
    assert stored(store, page.current_routine().id).exercise_ids()[-1] == "bird-dog"


def test_cancelling_the_dialog_adds_nothing(own, store) -> None:
    page = own
    before = page.current_routine()
    saves = len(store.saved)
    page.open_exercise_picker().reject()
    assert page.current_routine() == before
    assert len(store.saved) == saves


def test_dose_spin_boxes_are_bounded_and_every_change_is_saved(own, store) -> None:
    page = own
    page.select_item(4)  # standing biceps curl: 2 sets of 10 reps
    editor = page.editor.ui
    routine_id = page.current_routine().id
    editor.setsSpin.setValue(999)
    assert editor.setsSpin.value() == DOSE_LIMITS["sets"][1]
    assert stored(store, routine_id).items[4].dose.sets == DOSE_LIMITS["sets"][1]
    editor.repsSpin.setValue(0)
    assert stored(store, routine_id).items[4].dose.reps == DOSE_LIMITS["reps"][0]
    editor.restSpin.setValue(45 + 1000)
    assert stored(store, routine_id).items[4].dose.rest_s == DOSE_LIMITS["rest_s"][1]
    editor.perSideCheck.setChecked(True)
    assert stored(store, routine_id).items[4].dose.per_side is True
    assert "each side" in page.items_model.index(4).data(Qt.ItemDataRole.AccessibleTextRole)


def test_switching_reps_to_a_hold_keeps_a_real_hold(own, store) -> None:
    page = own
    page.select_item(4)  # reps only, so the choice is offered
    editor = page.editor.ui
    assert editor.kindBox.isVisible() and editor.repsRadio.isChecked()
    editor.holdRadio.setChecked(True)
    dose = stored(store, page.current_routine().id).items[4].dose
    assert dose.reps is None and dose.hold_s >= MIN_STATIC_HOLD_S
    assert editor.holdSpin.minimum() == MIN_STATIC_HOLD_S
    assert not editor.repsSpin.isVisible()
    editor.usualDoseButton.click()
    usual = page.context.catalogue.get("standing-biceps-curl").dose
    assert stored(store, page.current_routine().id).items[4].dose == usual


def test_reps_with_a_hold_in_each_show_both_numbers(own) -> None:
    page = own
    page.select_item(1)  # prone press: reps, each held a few seconds
    editor = page.editor.ui
    assert not editor.kindBox.isVisible()
    assert editor.repsSpin.isVisible() and editor.holdSpin.isVisible()
    assert editor.holdLabel.text() == "Hold each rep for"


def test_estimated_time_updates_after_a_change(own) -> None:
    page = own
    before = page.ui.durationLabel.text()
    row_before = page.list_model.index(page.list_model.row_of(page.current_routine().id))
    detail_before = row_before.data(RoutineRole.DETAIL)
    page.select_item(0)
    page.editor.ui.setsSpin.setValue(10)
    after = page.ui.durationLabel.text()
    assert before.startswith("About ") and after.startswith("About ")
    assert after != before
    assert row_before.data(RoutineRole.DETAIL) != detail_before


def test_deleting_asks_first_and_keeps_the_routine_when_declined(
    qtbot, own, store, monkeypatch
) -> None:
    page = own
    routine = page.current_routine()
    asked: list[str] = []

    def decline(box: QMessageBox) -> int:
        asked.append(box.text())
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", decline)
    page.ui.deleteButton.click()
    assert asked == [f"Delete “{routine.name}”?"]
    assert store.routines.get(routine.id) is not None
    assert page.current_routine() == routine


def test_deleting_after_yes_removes_it_everywhere(qtbot, own, store, monkeypatch) -> None:
    page = own
    routine = page.current_routine()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.routines_changed):
        page.ui.deleteButton.click()
    assert store.routines.get(routine.id) is None and store.deleted == [routine.id]
    assert page.own_routines() == []
    assert page.list_model.row_of(routine.id) == -1
    assert page.current_routine().is_starter  # something sensible is shown


# --- the public API for other screens -------------------------------------------------


def test_add_exercise_to_an_existing_routine_appends_and_shows_it(own, store) -> None:
    page = own
    routine_id = page.current_routine().id
    page.select_routine("flexion-start")
    updated = page.add_exercise_to_routine("plank", routine_id)
    assert updated.exercise_ids()[-1] == "plank"
    assert page.current_routine() == updated
    assert page.selected_item_row() == len(updated.items) - 1
    assert stored(store, routine_id) == updated
    again = page.add_exercise_to_routine("bird-dog", routine_id)  # the one on screen
    assert exercise_ids(page)[-2:] == ["plank", "bird-dog"]
    assert page.selected_item_row() == len(again.items) - 1
    assert page.editor.exercise().id == "bird-dog"


def test_add_exercise_to_no_routine_makes_one_named_after_it(qtbot, page, store) -> None:
    with qtbot.waitSignal(page.routines_changed):
        routine = page.add_exercise_to_routine("bird-dog", None)
    assert routine.name == "Bird-dog"
    assert routine.exercise_ids() == ("bird-dog",)
    assert routine.items[0].dose == page.context.catalogue.get("bird-dog").dose
    assert page.current_routine() == routine
    assert stored(store, routine.id) == routine


def test_add_exercise_to_unknown_ids_raises_key_error(page) -> None:
    with pytest.raises(KeyError):
        page.add_exercise_to_routine("no-such-exercise", None)
    with pytest.raises(KeyError):
        page.add_exercise_to_routine("plank", "no-such-routine")
    with pytest.raises(KeyError):
        page.select_routine("no-such-routine")


def test_start_emits_the_routine_for_starters_and_own(qtbot, page) -> None:
    page.select_routine("rotation-mobility")
    with qtbot.waitSignal(page.start_requested) as signal:
        page.ui.startButton.click()
    assert signal.args == [page.current_routine()]
    own = page.copy_current()
    page.select_item(0)
    page.remove_selected()
    with qtbot.waitSignal(page.start_requested) as signal:
        page.ui.startButton.click()
    assert signal.args[0] == page.current_routine() != own
    assert len(signal.args[0].items) == len(own.items) - 1


# --- keyboard and accessibility -------------------------------------------------------


def _tab_stops(page: RoutinesPage) -> list[QWidget]:
    start = page.ui.routineList
    stops, widget = [], start
    while True:
        if (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
            # A spin box's own line edit is where its focus goes, not a stop of its own.
            and not isinstance(widget.parentWidget(), QAbstractSpinBox)
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start or len(stops) > 60:
            return stops


def test_tab_goes_left_to_right_top_to_bottom(own) -> None:
    page = own
    page.select_item(1)  # a reps-with-hold exercise: no hold/reps choice shown
    ui, editor = page.ui, page.editor.ui
    editor.setsSpin.setValue(3)  # "Use the usual dose" is enabled once the dose differs
    expected = [
        ui.routineList,
        ui.newRoutineButton,
        ui.nameEdit,
        ui.startButton,
        ui.copyButton,
        ui.deleteButton,
        ui.addExerciseButton,
        ui.itemsList,
        ui.moveUpButton,
        ui.moveDownButton,
        ui.removeButton,
        editor.repsSpin,
        editor.holdSpin,
        editor.setsSpin,
        editor.restSpin,
        editor.perSideCheck,
        editor.usualDoseButton,
    ]
    stops = _tab_stops(page)
    assert [w.objectName() for w in stops[: len(expected)]] == [w.objectName() for w in expected]


@pytest.mark.parametrize("routine", ["starter", "own"])
def test_every_reachable_control_has_an_accessible_name(own, routine) -> None:
    page = own
    if routine == "starter":
        page.select_routine("stronger-back")
    kinds = (QAbstractButton, QAbstractSpinBox, QLineEdit, QListView, QCheckBox)
    stops = [w for w in _tab_stops(page) if isinstance(w, kinds)]
    assert len(stops) >= 5
    for widget in stops:
        assert widget.accessibleName().strip(), widget.objectName()


def test_list_rows_have_accessible_text(own) -> None:
    page = own
    row = page.items_model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert row.startswith("1 of 6: Stomach lying")
    plan = page.list_model.index(page.list_model.row_of("extension-start"))
    assert "Starter plan" in plan.data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_plan_says_what_equipment_it_needs(page) -> None:
    page.select_routine("rotation-mobility")
    assert "You need a mat and a chair." in page.ui.durationLabel.text()


def test_removing_an_exercise_can_be_undone_with_its_dose(qtbot, own, store) -> None:
    page = own
    page.select_item(1)
    page.editor.ui.setsSpin.setValue(4)  # the user's own dose comes back too
    before = page.current_routine()
    page.ui.removeButton.click()
    assert page.undo_bar.isVisible()
    name = page._catalogue.get(before.items[1].exercise_id).name
    assert name in page.undo_message.text()
    page.undo_button.click()
    assert page.current_routine().items == before.items
    assert stored(store, before.id).items == before.items
    assert page.selected_item_row() == 1
    assert not page.undo_bar.isVisible()
    assert not page.undo_remove()  # nothing left to undo


def test_ctrl_z_undoes_and_another_routine_forgets_the_undo(qtbot, own, store) -> None:
    page = own
    before = page.current_routine()
    page.ui.itemsList.setFocus()
    page.select_item(0)
    qtbot.keyClick(page.ui.itemsList, Qt.Key.Key_Delete)
    qtbot.keyClick(page.ui.itemsList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.current_routine().items == before.items
    page.select_item(0)
    page.remove_selected()
    page.select_routine("flexion-start")
    assert not page.undo_bar.isVisible() and not page.undo_remove()
