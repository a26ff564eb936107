"""Every screen fits the windows people have: wraps or scrolls down, never sideways,
never overlapping or cutting off text (see layout_checks for the rules).

The sizes are real ones: a 1366x768 laptop at 200% and 150% text, and a 1024x600
netbook at 100%. The walk covers the first-run steps, every screen, the routine editor,
every session phase and the dialogs a screen opens.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from tests.gui.layout_checks import layout_problems, report, too_big

from backcoach.ui.application import build_main_window
from backcoach.ui.review import review_tour

SIZES = [
    pytest.param((1366, 768), 2.0, id="1366x768-200%"),
    pytest.param((1366, 768), 1.5, id="1366x768-150%"),
    pytest.param((1024, 600), 1.0, id="1024x600-100%"),
]


@pytest.fixture
def text_scale(qapp, request):
    from PySide6.QtGui import QFont

    from backcoach.ui.theme import ThemeManager

    font, sheet, palette = QFont(qapp.font()), qapp.styleSheet(), qapp.palette()
    yield lambda scale: ThemeManager(qapp, "light", text_scale=scale)
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def _window(qtbot, store, size, theme):
    """Built at 100% and then set to the scale, as a change in Settings does (the
    harder case: every layout built at one size must follow to the other)."""
    scale = theme.text_scale
    # Earlier tests' windows go now, not in the middle of the text-size change.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    theme.set_text_scale(1.0)
    window = build_main_window(store.data_dir, store)
    qtbot.addWidget(window)
    window.theme_manager = theme
    theme.set_text_scale(scale)
    window.setMinimumSize(min(size[0], window.minimumWidth()), min(size[1], window.minimumHeight()))
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def _settle() -> None:
    for _ in range(12):
        QApplication.processEvents()


def _walk(window) -> Iterator[str]:
    for state in review_tour(window):
        _settle()
        yield state
    yield from _long_routine_name(window)
    if window.onboarding is None:  # a returning user: "Where should I start?" again
        window.home.direction_check_requested.emit()
        _settle()
        yield "where-to-start-questions"
        window.onboarding.next()
        _settle()
        yield "where-to-start-result"
        window.onboarding.cancel()
        _settle()


LONG_NAME = "My gentle morning routine for a stiff lower back, done slow"


def _long_routine_name(window) -> Iterator[str]:
    """An own routine with a long name: whole in the list, its start in the name box."""
    page = window.show_screen("routines")
    copy = page.copy_current()
    if copy is None:
        return
    page.ui.nameEdit.setText(LONG_NAME)  # typed in (the cursor at its end while typing)
    page._name_edited(LONG_NAME)
    page.select_routine(page.list_model.routine_ids()[0])  # away, and back to it
    page.ui.routineList.setFocus()
    page.select_routine(copy.id)
    _settle()
    yield "routines-long-name"
    page.delete_current(ask=False)
    _settle()


def _problems(window, size, state) -> set[str]:
    return report([*too_big(window, *size), *layout_problems(window)], state)


@pytest.mark.parametrize(("size", "scale"), SIZES)
def test_every_screen_fits(qtbot, ready_store, tmp_path, size, scale, text_scale) -> None:
    from backcoach.storage import Store

    theme = text_scale(scale)
    found: set[str] = set()
    window = _window(qtbot, ready_store, size, theme)
    for state in _walk(window):
        found |= _problems(window, size, state)
    fresh = Store.open(tmp_path / "fresh").store
    try:
        window = _window(qtbot, fresh, size, theme)
        for state in _walk(window):
            found |= _problems(window, size, state)
    finally:
        fresh.close()
    assert not found, "\n" + "\n".join(sorted(found))


def _dialogs(window) -> Iterator[tuple[str, object]]:
    """Each dialog a screen opens, shown (not run) over the window."""
    from backcoach.ui.activities.activity_dialog import ActivityDialog
    from backcoach.ui.checkin.checkin_dialog import CheckInDialog

    yield "log an activity", ActivityDialog(window.context, window.progress)
    yield "morning check-in", CheckInDialog(window.context, window)
    from backcoach.ui.records.record_list import RecordListDialog

    yield "sessions and activities", RecordListDialog(window.context, window.progress)
    routines = window.show_screen("routines")
    routines.copy_current()
    yield "add exercise", routines.open_exercise_picker()
    overlay = window.shortcuts
    overlay.show_for(window)
    yield "list of keys", overlay


def _some_records(store) -> None:
    """Rows for the record list: sessions with a long routine name and an activity of
    the user's own kind (long words must wrap, not be cut to "…")."""
    from datetime import date, timedelta

    from tests.domain.test_progress import make_session

    from backcoach.domain.records import Activity

    today = date.today()
    for n in range(3):
        session = make_session(today - timedelta(days=n), 3, [("prone-press", None, [4])], 2)
        store.sessions.save(replace(session, routine_name=LONG_NAME))
    store.activities.add(
        Activity.new(today, "gardening and carrying the shopping up the stairs", 45, 3, 4)
    )


@pytest.mark.parametrize(("size", "scale"), SIZES)
def test_every_dialog_fits(qtbot, ready_store, size, scale, text_scale) -> None:
    theme = text_scale(scale)
    _some_records(ready_store)
    window = _window(qtbot, ready_store, size, theme)
    found: set[str] = set()
    for name, dialog in _dialogs(window):
        theme.scale_own_fonts()
        dialog.show()
        _settle()
        found |= report([*too_big(dialog, *size), *layout_problems(dialog)], name)
        dialog.close()
    assert not found, "\n" + "\n".join(sorted(found))
