"""The main window: navigation between screens, keyboard shortcuts, remembered geometry."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from backcoach.domain.exercise_filter import ExerciseFilter
from backcoach.ui.application import build_main_window


def _window(qtbot, data_dir):
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_screen_is_reachable_from_the_navigation(qtbot, data_dir) -> None:
    window = _window(qtbot, data_dir)
    assert [s.key for s in window.screens] == ["home", "exercises", "about"]
    for row, screen in enumerate(window.screens):
        window.navigation.setCurrentRow(row)
        assert window.stack.currentWidget() is screen.widget


def test_ctrl_number_switches_screens(qtbot, data_dir) -> None:
    window = _window(qtbot, data_dir)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "exercises"
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "about"


def test_home_direction_button_opens_the_filtered_library(qtbot, data_dir) -> None:
    window = _window(qtbot, data_dir)
    window.home.browse_requested.emit(ExerciseFilter(direction="flexion"))
    assert window.current_screen() == "exercises"
    assert len(window.browser.visible_ids()) == 8


def test_about_page_lists_red_flags_and_all_sources(qtbot, data_dir) -> None:
    window = _window(qtbot, data_dir)
    text = window.about.text.toPlainText()
    assert "bladder or bowels" in text
    assert "Childs JD" in text and "Long A, Donelson R" in text
    assert "does not diagnose" in text


def test_window_geometry_is_remembered_between_runs(qtbot, data_dir) -> None:
    window = _window(qtbot, data_dir)
    window.setGeometry(QRect(40, 50, 1000, 700))
    window.close()
    again = _window(qtbot, data_dir)
    assert again.size().width() == 1000 and again.size().height() == 700
    assert (data_dir / "window-state.ini").is_file()
