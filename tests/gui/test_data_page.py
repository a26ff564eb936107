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
    session = store.start_session("r", "Morning")
    store.end_session(session)
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


def test_export_to_an_unwritable_place_reports_it(qtbot, page, tmp_path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    page.export("json", blocker / "all.json")  # works even as root: a file is no folder
    _wait_done(qtbot, page)
    assert "did not work" in page.status.text()
    assert "Nothing of yours was changed" in page.status.text()
