"""Desktop habits of the main window: Quit and Close keys, a visible Quit, the window
title naming the screen, and file dialogs that start in Documents with dated names."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from backcoach.ui.application import build_main_window
from backcoach.ui.widgets import file_dialogs


@pytest.fixture
def window(qtbot, data_dir, ready_store):
    window = build_main_window(data_dir, ready_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def quits(monkeypatch) -> list[bool]:
    """Records QApplication.quit() instead of ending the test run's event loop."""
    calls: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: calls.append(True)))
    return calls


def test_ctrl_q_quits_even_when_closing_would_keep_running_in_the_tray(
    qtbot, window, quits, monkeypatch
) -> None:
    monkeypatch.setattr(window.tray, "keeps_running", lambda: True)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == [True]
    assert not window.isVisible()


def test_ctrl_w_closes_the_window_like_its_close_button(qtbot, window, quits) -> None:
    window.tray.available = lambda: False  # no tray: closing ends BackCoach as usual
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert quits == []  # Qt quits by itself when the last window closes


def test_ctrl_w_with_keep_running_on_hides_to_the_tray(qtbot, window, quits, monkeypatch) -> None:
    monkeypatch.setattr(window.tray, "keeps_running", lambda: True)
    monkeypatch.setattr(window.tray, "hid_window", lambda: None)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible() and quits == []


def test_a_visible_quit_button_in_the_sidebar(qtbot, window, quits) -> None:
    assert window.quit_button.isVisible()
    assert window.quit_button.text() == "Quit"
    assert window.quit_button.accessibleName() == "Quit BackCoach"
    assert "Ctrl+Q" in window.quit_button.toolTip()
    qtbot.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)
    assert quits == [True]


def test_the_window_title_names_the_screen(window) -> None:
    assert window.windowTitle() == "Home — BackCoach"
    window.show_screen("progress")
    assert window.windowTitle() == "Progress — BackCoach"
    window.show_screen("data")
    assert window.windowTitle() == "Your data — BackCoach"
    window.start_onboarding(revisit=True)
    assert window.windowTitle() == "Welcome — BackCoach"
    window.onboarding.cancelled.emit()
    assert window.windowTitle() == "Home — BackCoach"
    window.start_session(window.routines.current_routine() or window.home.state.routine)
    assert window.windowTitle() == "Exercise session — BackCoach"
    window.session.stop()


# --- file dialogs ----------------------------------------------------------------------
@pytest.fixture
def documents(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "home" / "Documents"
    folder.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(
        QStandardPaths,
        "writableLocation",
        staticmethod(lambda _kind: str(folder)),
    )
    return folder


def test_a_missing_documents_folder_means_the_home_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda _kind: str(tmp_path / "none"))
    )
    assert file_dialogs.documents_folder() == Path.home()


def test_dated_names() -> None:
    day = date(2026, 12, 4)
    assert file_dialogs.dated_name("backcoach-export", "json", day) == (
        "backcoach-export-2026-12-04.json"
    )


def _asked(monkeypatch, method: str) -> list[tuple]:
    asked: list[tuple] = []

    def record(*args, **_kw):
        asked.append(args)
        return "", ""

    monkeypatch.setattr(QFileDialog, method, staticmethod(record))
    return asked


def test_export_report_and_import_dialogs_start_in_documents_with_dated_names(
    window, documents, monkeypatch
) -> None:
    today = date.today().isoformat()
    saves = _asked(monkeypatch, "getSaveFileName")
    opens = _asked(monkeypatch, "getOpenFileName")
    window.data.export("json")
    window.data.export("csv")
    window.progress.make_report()
    window.data.choose_import()
    suggested = [Path(args[2]) for args in saves]
    assert [p.parent for p in suggested] == [documents] * 3
    assert [p.name for p in suggested] == [
        f"backcoach-export-{today}.json",
        f"backcoach-pain-ratings-{today}.csv",
        f"backcoach-report-{window.progress._today().isoformat()}.pdf",
    ]
    assert Path(opens[0][2]) == documents
