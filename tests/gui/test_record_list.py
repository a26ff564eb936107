"""The record list: find a walk or a session, open it, change it, delete it, undo; the
charts and Home's minutes follow."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from tests.domain.test_progress import make_session

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.records import Activity
from backcoach.ui.progress.progress_page import ProgressPage
from backcoach.ui.records.record_list import RecordListDialog

TODAY = date(2025, 3, 20)


@pytest.fixture
def context(ready_store):
    store = ready_store
    for n in range(3):
        day = TODAY - timedelta(days=n)
        store.sessions.save(make_session(day, 4, [("prone-press", None, [5])], 3))
    store.activities.add(Activity.new(TODAY - timedelta(days=1), "walking", 40, note="park"))
    return AppContext(data_dir=store.data_dir, catalogue=load_catalogue(), store=store)


def _dialog(qtbot, context) -> RecordListDialog:
    dialog = RecordListDialog(context, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def _rows(dialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_the_list_shows_sessions_and_the_walk_newest_first(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    rows = _rows(dialog)
    assert len(rows) == 4
    assert rows[0].startswith("Thu 20 Mar 2025 · 09:00\nSession:")
    assert "Activity: Walking · 40 min" in rows[2]
    dialog.show_only("activity")
    assert [r.split("\n")[1] for r in _rows(dialog)] == ["Activity: Walking · 40 min"]
    assert dialog.change_button.isEnabled()
    assert "Note: park" in dialog.detail.text()
    dialog.show_only("session")
    assert len(_rows(dialog)) == 3 and not dialog.change_button.isEnabled()
    assert "Pain before 4" in dialog.detail.text()


def test_delete_then_undo_from_the_bar_and_with_ctrl_z(qtbot, context) -> None:
    store = context.store
    dialog = _dialog(qtbot, context)
    changes = []
    dialog.changed.connect(lambda: changes.append(1))
    dialog.list.setCurrentRow(0)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert len(store.sessions.all()) == 2
    assert dialog.undo_bar.isVisible()
    assert dialog.undo_text.text().startswith("Deleted the session")
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert len(store.sessions.all()) == 3
    assert dialog.undo_text.text().startswith("Undone: Deleted the session")
    assert dialog.current().day == TODAY, "the record brought back is chosen again"
    # Delete two, then Ctrl+Z twice brings both back.
    dialog.delete_current()
    dialog.delete_current()
    assert len(store.sessions.all()) == 1
    for _ in range(2):
        qtbot.keyClick(dialog.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(store.sessions.all()) == 3
    assert len(changes) == 6  # three deletions, three undos


def test_changing_the_walk_through_its_form(qtbot, context, monkeypatch) -> None:
    from backcoach.ui.activities import activity_dialog

    def fill_and_save(self) -> int:
        assert self.windowTitle() == "Change an activity"
        assert self.minutes.value() == 40 and self.note.text() == "park"
        self.choose("cycling", 55)
        self.save()
        return 1

    monkeypatch.setattr(activity_dialog.ActivityDialog, "exec", fill_and_save)
    dialog = _dialog(qtbot, context)
    dialog.show_only("activity")
    dialog.change_current()
    [activity] = context.store.activities.all()
    assert (activity.kind, activity.minutes, activity.note) == ("cycling", 55, "park")
    assert "Activity: Cycling · 55 min" in _rows(dialog)[0]
    dialog.undo()
    [activity] = context.store.activities.all()
    assert (activity.kind, activity.minutes) == ("walking", 40)


def test_a_deletion_reaches_the_progress_charts(qtbot, context, monkeypatch) -> None:
    page = ProgressPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitUntil(lambda: page.series is not None, timeout=10_000)
    assert page.wait_loaded()
    qtbot.waitUntil(lambda: page.history is not None and page.history.complete, timeout=10_000)
    assert page.series.sessions[-1] == 1
    assert page.series.activity_minutes[-2] == 40
    home = []
    page.activity_logged.connect(lambda: home.append(1))

    def delete_today_and_the_walk(self) -> int:
        self.delete_current()  # today's session, the newest
        self.show_only("activity")
        self.delete_current()
        return 1

    monkeypatch.setattr(RecordListDialog, "exec", delete_today_and_the_walk)
    page.show_records()
    qtbot.waitUntil(lambda: not page.loading_full and page.series.sessions[-1] == 0, timeout=10_000)
    assert page.series.activity_minutes[-2] == 0
    assert home, "Home is told to re-read its minutes"


def test_a_year_with_one_malformed_session_shows_the_other_364(qtbot, tmp_path) -> None:
    import orjson

    from backcoach.storage import Store

    folder = tmp_path / "year"
    with Store.open(folder).store as store:
        for n in range(365):
            store.sessions.save(
                make_session(TODAY - timedelta(days=n), 3, [("prone-press", None, [4])], 2)
            )
    data = orjson.loads((folder / "backcoach.json").read_bytes())
    next(iter(data["sessions"].values()))["started_at"] = "not a time"
    (folder / "backcoach.json").write_bytes(orjson.dumps(data))
    opened = Store.open(folder)
    try:
        [notice] = opened.notices
        assert "1 session:" in notice.message and "364 sessions" in notice.message
        context = AppContext(data_dir=folder, catalogue=load_catalogue(), store=opened.store)
        dialog = RecordListDialog(context, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.show_only("session")
        assert dialog.list.count() == 364
    finally:
        opened.store.close()
