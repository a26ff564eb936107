"""F1 opens a short help a non-technical person can use: how a session goes, what the
pain rule means with the threshold in force, where the data lives (the real folder),
the warning signs, and the keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests.gui.test_layout_fits import text_scale  # noqa: F401 - a fixture

from backcoach.services import settings
from backcoach.ui.application import build_main_window


@pytest.fixture
def window(qtbot, data_dir, ready_store):
    window = build_main_window(data_dir, ready_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open_with_f1(qtbot, window):
    help_dialog = window.shortcuts
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    qtbot.waitUntil(help_dialog.isVisible, timeout=2000)
    return help_dialog


def test_f1_opens_help_at_how_a_session_goes(qtbot, window) -> None:
    help_dialog = _open_with_f1(qtbot, window)
    assert help_dialog.tabs.currentWidget() is help_dialog.session_text
    text = help_dialog.session_text.toPlainText()
    assert "How a session goes" in text
    assert "from 0 (no pain) to 10" in text
    assert "Your daily goal is 15 minutes" in text
    qtbot.keyClick(help_dialog.session_text, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not help_dialog.isVisible(), timeout=2000)


def test_the_pain_rule_names_the_threshold_in_force_and_the_warning_signs(qtbot, window) -> None:
    settings.save(window.context, "pain_threshold", 3)
    help_dialog = _open_with_f1(qtbot, window)
    text = help_dialog.pain_text.toPlainText()
    assert "3 points or more above where you started" in text
    assert "2 points" not in text
    assert "bladder or bowels" in text  # the urgent warning signs, from the evidence
    help_dialog.reject()
    settings.save(window.context, "pain_threshold", 1)
    help_dialog.show_for(window, "pain")
    assert "1 point or more above" in help_dialog.pain_text.toPlainText()


def test_the_data_part_shows_the_real_folder_and_opens_it(qtbot, window, monkeypatch) -> None:
    from backcoach.ui import help_dialog as module

    opened = []
    monkeypatch.setattr(
        module.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url))
    )
    help_dialog = _open_with_f1(qtbot, window)
    assert str(window.context.data_dir) in help_dialog.data_text.toPlainText()
    help_dialog.open_folder_button.click()
    assert opened[0].toLocalFile() == str(window.context.data_dir)


def test_the_keys_are_one_part_of_the_help(qtbot, window) -> None:
    help_dialog = _open_with_f1(qtbot, window)
    listed = help_dialog.listed()
    assert ("Ctrl+Q", "Quit BackCoach") in listed
    assert ("Ctrl+1", "Go to Home") in listed
    assert help_dialog.tabs.tabText(3) == "Keys"


def test_the_sidebar_help_button_opens_the_same_help(qtbot, window) -> None:
    qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.shortcuts.isVisible, timeout=2000)


def test_a_description_just_narrower_than_its_column_wraps_instead_of_being_cut(
    qtbot,
    text_scale,  # noqa: F811 - the fixture imported below
) -> None:
    """The style sheet's padding and Qt's text margins leave less room than the column:
    a description between the two was measured as one line and drawn cut to "…"."""
    from backcoach.ui.shortcuts_overlay import KeyHelp, KeysTable

    text_scale(1.0)  # the app's style sheet, with the table's item padding
    table = KeysTable()
    qtbot.addWidget(table)
    table.resize(560, 400)
    table.show()
    qtbot.waitExposed(table)
    key = "Ctrl+W or Ctrl+F4"
    table.fill((("Group", (KeyHelp(key, "x"),)),))
    qtbot.wait(50)
    width = table.columnWidth(1)
    metrics = table.fontMetrics()
    text = "Change a value"
    while metrics.horizontalAdvance(text + " a") < width - 4:
        text += " a"
    assert width - 30 < metrics.horizontalAdvance(text) <= width, "a text in the band"
    table.fill((("Group", (KeyHelp(key, text), KeyHelp(key, "x"))),))
    qtbot.wait(50)  # the rows are measured again once the columns settle
    assert table.columnWidth(1) == width
    assert table.rowHeight(1) > table.rowHeight(2), "taller than a one-line row: it wraps"
