"""The exercise browser: list model, filters, search, detail pane and keyboard use."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.exercise_filter import ExerciseFilter
from backcoach.ui.browser.browser_page import ExerciseBrowserPage
from backcoach.ui.browser.exercise_model import ExerciseFilterProxy, ExerciseListModel, Role


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


@pytest.fixture
def page(qtbot, catalogue, data_dir, store):
    page = ExerciseBrowserPage(AppContext(data_dir=data_dir, catalogue=catalogue, store=store))
    qtbot.addWidget(page)
    page.resize(1100, 750)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_model_has_one_row_per_exercise_with_roles(qtbot, catalogue) -> None:
    model = ExerciseListModel(catalogue, {"plank"})
    assert model.rowCount() == 24
    first = model.index(0)
    assert first.data() == "Stomach lying"
    assert first.data(Role.NUMBER) == 1
    plank = model.index(model.row_of("plank"))
    assert plank.data(Role.FAVOURITE) is True
    assert "favourite" in plank.data(Qt.ItemDataRole.AccessibleTextRole)


def test_proxy_filters_through_the_domain_rules(qtbot, catalogue) -> None:
    proxy = ExerciseFilterProxy()
    proxy.setSourceModel(ExerciseListModel(catalogue))
    proxy.set_exercise_filter(ExerciseFilter(direction="rotation"))
    assert proxy.rowCount() == 6
    proxy.set_exercise_filter(ExerciseFilter(direction="rotation", text="low anchor"))
    assert [proxy.index(r, 0).data(Role.ID) for r in range(proxy.rowCount())] == [
        "wood-chopper-low"
    ]


def test_page_starts_with_everything_and_the_first_exercise_open(page) -> None:
    assert len(page.visible_ids()) == 24
    assert page.detail.exercise().id == "stomach-lying"
    assert "24" in page.ui.countLabel.text()


def test_typing_in_search_filters_the_list_and_opens_the_first_match(qtbot, page) -> None:
    qtbot.keyClicks(page.ui.searchEdit, "bird")
    assert page.visible_ids() == ["bird-dog"]
    assert page.detail.exercise().id == "bird-dog"
    assert "1 of 24" in page.ui.countLabel.text()


def test_combo_filters_combine_and_show_all_resets(page) -> None:
    ui = page.ui
    ui.directionCombo.setCurrentIndex(ui.directionCombo.findData("flexion"))
    ui.positionCombo.setCurrentIndex(ui.positionCombo.findData("sitting"))
    assert page.visible_ids() == ["seated-forward-reach", "seated-bend"]
    ui.clearButton.click()
    assert len(page.visible_ids()) == 24
    assert ui.directionCombo.currentData() is None


def test_no_match_shows_a_plain_message_instead_of_an_empty_list(qtbot, page) -> None:
    qtbot.keyClicks(page.ui.searchEdit, "trampoline")
    assert page.visible_ids() == []
    assert page.ui.emptyLabel.isVisible()
    assert not page.ui.exerciseList.isVisible()


def test_escape_in_search_clears_the_filters(qtbot, page) -> None:
    qtbot.keyClicks(page.ui.searchEdit, "plank")
    qtbot.keyClick(page.ui.searchEdit, Qt.Key.Key_Escape)
    assert page.ui.searchEdit.text() == ""
    assert len(page.visible_ids()) == 24


def test_arrow_keys_move_through_the_list_and_update_the_detail(qtbot, page) -> None:
    view = page.ui.exerciseList
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.detail.exercise().id == "prone-press"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert page.detail.exercise().id == "wood-chopper-low"


def test_detail_pane_shows_dose_steps_cautions_and_variations(page) -> None:
    page.select_exercise("plank")
    ui = page.detail.ui
    assert ui.nameLabel.text() == "14. Plank"
    assert "15 s hold" in ui.doseLabel.text()
    assert ui.stepsLabel.text().count("<li") >= 3
    assert ui.variationsHost.isVisible()
    assert page.detail.player is not None


def test_easier_link_follows_to_that_exercise_even_when_filtered_out(qtbot, page) -> None:
    page.select_exercise("prone-press")
    page.set_filter(ExerciseFilter(text="prone"))
    assert page.detail.ui.easierButton.isVisible()
    page.detail.ui.easierButton.click()
    assert page.detail.exercise().id == "stomach-lying"
    assert "stomach-lying" in page.visible_ids()


def test_favourite_toggle_marks_the_row_and_feeds_the_favourites_filter(qtbot, page) -> None:
    page.select_exercise("bird-dog")
    page.detail.ui.favouriteButton.click()
    assert page.context.store.favourites.all() == {"bird-dog"}
    assert page.context.store.favourites.all() == {"bird-dog"}
    page.ui.favouritesCheck.setChecked(True)
    assert page.visible_ids() == ["bird-dog"]
    page.detail.ui.favouriteButton.click()
    assert page.visible_ids() == []


def test_search_shows_the_best_matches_first(qtbot, page) -> None:
    qtbot.keyClicks(page.ui.searchEdit, "knee")
    assert page.visible_ids()[0] == "knee-to-chest"
    assert page.detail.exercise().id == "knee-to-chest"
    page.ui.searchEdit.clear()
    qtbot.keyClicks(page.ui.searchEdit, "#3")
    assert len(page.visible_ids()) == 1
    page.ui.searchEdit.clear()
    assert len(page.visible_ids()) == 24
    ids = page.visible_ids()
    numbers = [page.context.catalogue.get(i).number for i in ids]
    assert numbers == sorted(numbers)  # no search: the article's order again


def test_one_choice_for_a_mat_or_nothing(page) -> None:
    combo = page.ui.equipmentCombo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert "A mat or nothing" in names and "Mat" not in names
