"""Your data: backups, export and import run off the UI thread and report in plain words."""

from __future__ import annotations

import json

import pytest

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.ui.data.data_page import DataPage


@pytest.fixture
def page(qtbot, data_dir, store):
    page = DataPage(AppContext(data_dir=data_dir, catalogue=load_catalogue(), store=store))
    qtbot.addWidget(page)
    page.show()
    return page


def _wait_done(qtbot, page) -> None:
    qtbot.waitUntil(lambda: page.import_button.isEnabled(), timeout=10_000)


def test_shows_where_the_data_lives(page, store) -> None:
    assert page.path_label.text() == str(store.data_path)


def test_back_up_now_adds_a_backup_to_the_list(qtbot, page) -> None:
    page.back_up_now()
    _wait_done(qtbot, page)
    texts = [page.backup_list.item(i).text() for i in range(page.backup_list.count())]
    assert any("Backup you made" in t for t in texts)
    assert "Backup saved" in page.status.text()


def test_export_json_and_csv_write_files(qtbot, page, store, tmp_path) -> None:
    session = store.sessions.start("r", "Morning")
    store.sessions.end(session)
    page.export("json", tmp_path / "all.json")
    _wait_done(qtbot, page)
    assert "Exported everything" in page.status.text()
    assert json.loads((tmp_path / "all.json").read_bytes())
    page.export("csv", tmp_path / "ratings.csv")
    _wait_done(qtbot, page)
    assert (tmp_path / "ratings.csv").read_text(encoding="utf-8-sig").startswith("date,")


def test_import_of_a_wrong_file_changes_nothing_and_says_so(qtbot, page, tmp_path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text('{"hello": 1}')
    page.import_from(bad)
    _wait_done(qtbot, page)
    assert "Nothing was changed" in page.status.text()
    _close_failure(page)


def test_export_to_an_unwritable_place_reports_it(qtbot, page, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page.export("json", blocker / "all.json")  # works even as root: a file is no folder
    _wait_done(qtbot, page)
    assert "did not work" in page.status.text()
    assert "Nothing of yours was changed" in page.status.text()
    _close_failure(page)


def _close_failure(page) -> None:
    if page.failure_box is not None:
        page.failure_box.close()


def test_results_show_at_the_top_of_the_page(qtbot, page, tmp_path) -> None:
    page.resize(1366, 600)
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
    page.export("json", tmp_path / "all.json")
    _wait_done(qtbot, page)
    assert page.message_frame.isVisible()
    assert page.scroll.verticalScrollBar().value() == 0
    top = page.message_frame.mapTo(page, page.message_frame.rect().topLeft()).y()
    assert 0 <= top < 300, "the message is in view near the top, not under the cards"
    assert page.failure_box is None, "success opens no dialog"


def test_a_failed_export_opens_a_dialog_and_looks_like_a_failure(qtbot, page, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page.export("json", blocker / "all.json")
    _wait_done(qtbot, page)
    try:
        assert page.failure_box is not None and page.failure_box.isVisible()
        assert "did not work" in page.failure_box.text()
        assert page.message_frame.property("role") == "notice"
        assert "Exported" not in page.status.text()
    finally:
        _close_failure(page)


def test_importing_a_file_with_a_bad_record_keeps_the_others_and_says_what(
    qtbot, page, store, tmp_path
) -> None:
    import orjson

    for _ in range(3):
        store.sessions.end(store.sessions.start("r", "Morning"))
    data = orjson.loads(b"".join(store.serialised()))
    other = tmp_path / "other.json"
    sessions = list(data["sessions"].values())
    for number, session in enumerate(sessions):
        session["id"] = f"imported-{number}"
    sessions[0]["started_at"] = "not a time"
    other.write_bytes(orjson.dumps(data))
    page.import_from(other)
    _wait_done(qtbot, page)
    text = page.status.text()
    assert text.startswith("Added 2 sessions")
    assert "its start time is not a time: 'not a time'" in text
    assert page.message_frame.property("role") == "notice"
    assert len(store.sessions.all()) == 5
