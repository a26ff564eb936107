"""The main window: first run, navigation, Home's plan, shortcuts, remembered geometry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QShortcut

from backcoach.domain import direction_check as dc
from backcoach.services import onboarding
from backcoach.storage import Store
from backcoach.ui.application import build_main_window


def _window(qtbot, data_dir, store):
    window = build_main_window(data_dir, store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_first_run_walks_welcome_safety_and_direction_to_a_matching_plan(
    qtbot, data_dir, store
) -> None:
    window = _window(qtbot, data_dir, store)
    assert window.current_screen() == "welcome"
    assert not window.sidebar.isVisible()
    page = window.onboarding
    page.next()
    page.none_button.click()
    page.set_answer("standing", dc.YES)
    page.set_answer("arching", dc.YES)
    page.set_answer("eases", dc.EASED_BY_FLEXING)
    page.next()
    assert "flexion" in page.result_title.text().lower()
    page.next()
    # The functional scale's set-up follows; "Not now" leads Home and is remembered.
    assert window.current_screen() == "activities"
    assert window.sidebar.isVisible()
    window.function_scale.skip_button.click()
    assert window.current_screen() == "home"
    assert window.context.setting("function_scale.setup_skipped") is True
    assert window.home.plan_name.text() == "Flexion start"
    assert onboarding.onboarding_state(window.context).done


def test_first_run_and_plan_survive_a_restart(qtbot, data_dir, store) -> None:
    window = _window(qtbot, data_dir, store)
    page = window.onboarding
    page.next()
    page.some_button.click()
    assert page.care_notice.isVisible()
    page.next()  # "Continue" after reading the advice
    page.next()  # no answers: no clear preference
    page.next()
    store.close()
    window.close()

    again = _window(qtbot, data_dir, Store.open(data_dir).store)
    assert again.current_screen() == "home"
    assert again.home.care_card.isVisible()
    # No clear preference: the mobility plan, chosen and kept across the restart.
    assert again.home.plan_name.text() == "Rotation and mobility"
    assert again.home.state.routine.id == "rotation-mobility"
    again.home.care_notice_dismissed.emit()
    assert not again.home.care_card.isVisible()
    again.context.store.close()


def test_every_screen_is_reachable_from_the_navigation(qtbot, data_dir, ready_store) -> None:
    window = _window(qtbot, data_dir, ready_store)
    assert [s.key for s in window.screens] == [
        "home", "routines", "exercises", "progress", "settings", "data", "about",
    ]  # fmt: skip
    for row, screen in enumerate(window.screens):
        window.navigation.setCurrentRow(row)
        assert window.stack.currentWidget() is screen.widget


def _shortcut(window, text: str) -> QShortcut:
    for shortcut in window.findChildren(QShortcut):
        if shortcut.key().toString() == text:
            return shortcut
    raise AssertionError(f"no shortcut {text}")


def test_ctrl_number_shortcuts_switch_screens(qtbot, data_dir, ready_store) -> None:
    """Ctrl+1..7 are registered on the window and lead to the screen of that row."""
    window = _window(qtbot, data_dir, ready_store)
    _shortcut(window, "Ctrl+3").activated.emit()
    assert window.current_screen() == "exercises"
    _shortcut(window, "Ctrl+7").activated.emit()
    assert window.current_screen() == "about"


def test_home_shows_the_direction_plan_and_choose_another_opens_routines(
    qtbot, data_dir, ready_store
) -> None:
    window = _window(qtbot, data_dir, ready_store)
    assert window.home.plan_name.text() == "Extension start"
    assert "0 of 15 minutes" in window.home.goal_label.text()
    window.home.routines_requested.emit()
    assert window.current_screen() == "routines"
    assert window.routines.current_routine().id == "extension-start"


def test_add_to_routine_from_the_browser_creates_a_routine(qtbot, data_dir, ready_store) -> None:
    window = _window(qtbot, data_dir, ready_store)
    window.show_screen("exercises")
    window.browser.select_exercise("bird-dog")
    window.browser.detail.add_to_routine_requested.emit("bird-dog", None)
    own = window.routines.own_routines()
    assert [r.exercise_ids() for r in own] == [("bird-dog",)]
    assert "Added to" in window.browser.detail.added_label.text()
    assert [r["id"] for r in ready_store.routines.all()] == [own[0].id]


def test_about_page_lists_red_flags_and_all_sources(qtbot, data_dir, ready_store) -> None:
    window = _window(qtbot, data_dir, ready_store)
    text = window.about.text.toPlainText()
    assert "bladder or bowels" in text
    assert "Childs JD" in text and "Long A, Donelson R" in text
    assert "does not diagnose" in text


def test_window_geometry_is_remembered_between_runs(qtbot, data_dir, ready_store) -> None:
    window = _window(qtbot, data_dir, ready_store)
    # The offscreen test screen is only 800 px wide, so only the height can differ from
    # the default size here.
    window.setGeometry(QRect(0, 30, 900, 650))
    window.close()
    again = _window(qtbot, data_dir, ready_store)
    assert again.size().height() == 650
    assert (data_dir / "window-state.ini").is_file()


def test_home_welcomes_a_first_visit_and_welcomes_back_a_returning_user(
    qtbot, data_dir, store
) -> None:
    from datetime import date

    from backcoach.domain.records import Activity

    window = _window(qtbot, data_dir, store)
    page = window.onboarding
    page.next()
    page.none_button.click()
    page.next()
    page.next()
    window.function_scale.skip_button.click()  # the activities' set-up: later
    assert window.current_screen() == "home"
    assert window.home.greeting.text() == "Welcome to BackCoach"
    assert window.home.first_steps.isVisible()
    store.activities.add(Activity(id="walk-1", day=date.today(), kind="walking", minutes=30))
    window.refresh_home()
    assert window.home.greeting.text() == "Welcome back"
    assert not window.home.first_steps.isVisible()


def test_pages_made_later_follow_the_text_size(qtbot, qapp, data_dir, ready_store) -> None:
    """Pages are made when first needed: one made at 200 % text (the session screen)
    sizes its own big labels for it, as a page made at start does."""
    from PySide6.QtGui import QFont

    from backcoach.ui.theme import ThemeManager, scaled_size

    font, sheet, palette = QFont(qapp.font()), qapp.styleSheet(), qapp.palette()
    try:
        window = build_main_window(data_dir, ready_store)
        qtbot.addWidget(window)
        theme = ThemeManager(qapp, "light")
        window.theme_manager = theme
        theme.set_text_scale(2.0)
        assert window.built_page("about") is None
        page = window.session  # made now
        assert page.break_text.font().pointSizeF() == pytest.approx(scaled_size(17, 2.0))
        about = window.page("about")
        assert about is window.built_page("about")
    finally:
        qapp.setFont(font)
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
