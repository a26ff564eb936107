"""The functional scale's rating rounds: stored, upgraded into old files, exported and
imported (version 3 of the data file)."""

from __future__ import annotations

import csv
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import orjson
import pytest

from backcoach.domain import function_scale as fs
from backcoach.storage import Store
from backcoach.storage.backups import list_backups
from backcoach.storage.codec import RecordError
from backcoach.storage.migrations import CURRENT_VERSION, read_version
from backcoach.storage.recovery import parse_document
from backcoach.storage.transfer import FUNCTION_PHASE, export_csv, export_json, import_file

VERSION_2_FILE = Path(__file__).parent / "data" / "written_by_version_2.json"
T0 = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def first_check() -> fs.FunctionCheck:
    return fs.make_check(
        [("socks", "Putting on socks", 3), ("child", "Lifting a child", 2), ("film", "Film", 5)],
        T0,
        check_id="check-1",
    )


def second_check() -> fs.FunctionCheck:
    return fs.make_check(
        [("socks", "Socks on, standing", 7), ("child", "Lifting a child", None)],
        T0 + timedelta(days=14),
        check_id="check-2",
    )


def test_a_file_written_by_version_2_opens_unchanged_and_gains_the_table(
    data_dir: Path, open_store
) -> None:
    """The fixture was written by the Store of version 2 (sessions, a check-in, an
    activity, a setting, a favourite, first run done)."""
    old_bytes = VERSION_2_FILE.read_bytes()
    old = orjson.loads(old_bytes)
    assert read_version(old) == 2
    shutil.copy(VERSION_2_FILE, data_dir / "backcoach.json")

    result = open_store(data_dir)

    assert any("version 2 to 3" in n.message for n in result.notices)
    store = result.store
    assert store.function_checks.all() == []
    assert len(store.sessions.all()) == 2 and store.settings.get("first_run.completed_at")
    store.function_checks.add(first_check())
    assert store.flush()
    saved = orjson.loads((data_dir / "backcoach.json").read_bytes())
    assert read_version(saved) == CURRENT_VERSION == 3
    for table, docs in old.items():
        if table != "meta":
            assert saved[table] == docs, table
    assert [doc["id"] for doc in saved["function_checks"].values()] == ["check-1"]
    copies = [b for b in list_backups(data_dir / "backups") if b.kind == "before-upgrade"]
    assert [c.path.read_bytes() for c in copies] == [old_bytes]


def test_rating_rounds_are_kept_in_order_across_a_reopen(data_dir: Path, open_store) -> None:
    store = open_store(data_dir).store
    store.function_checks.add(second_check())
    store.function_checks.add(first_check())
    assert store.close()
    again = open_store(data_dir).store
    assert again.function_checks.all() == [first_check(), second_check()]
    [_, latest] = again.function_checks.all()
    assert latest.scores[0].name == "Socks on, standing" and latest.scores[1].score is None
    again.function_checks.delete("check-1")
    assert [c.id for c in again.function_checks.all()] == ["check-2"]


def test_the_same_id_corrects_a_round_rather_than_adding_one(store: Store) -> None:
    store.function_checks.add(first_check())
    corrected = fs.make_check([("socks", "Putting on socks", 4)], T0, check_id="check-1")
    store.function_checks.add(corrected)
    assert store.function_checks.all() == [corrected]


@pytest.mark.parametrize(
    ("scores", "words"),
    [
        ([["socks", "Socks", 11]], "0 to 10"),
        ([["socks", "Socks"]], "row of 3"),
        ([], "1 to 5"),
        ([["socks", "", 3]], "needs a name"),
    ],
)
def test_a_bad_round_in_the_file_is_named(store: Store, scores: list, words: str) -> None:
    data = orjson.loads(b"".join(store.serialised()))
    data["function_checks"] = {"1": {"id": "x", "at": "2024-05-01T08:00:00Z", "scores": scores}}
    with pytest.raises(RecordError, match=words) as caught:
        parse_document(orjson.dumps(data))
    assert "activity rating" in str(caught.value)


def test_export_and_import_carry_the_rounds_and_add_nothing_twice(
    store: Store, data_dir: Path, tmp_path: Path, open_store
) -> None:
    store.function_checks.add(first_check())
    store.function_checks.add(second_check())
    backup = tmp_path / "backup.json"
    export_json(store, backup)
    other = open_store(tmp_path / "other").store

    report = import_file(other, backup)
    assert report.added["activity ratings"] == 2
    assert "2 activity ratings" in report.summary()
    assert other.function_checks.all() == store.function_checks.all()

    again = import_file(other, backup)
    assert again.added["activity ratings"] == 0
    assert again.already_present["activity ratings"] == 2
    assert len(other.function_checks.all()) == 2


def test_csv_has_one_row_per_activity_rating(store: Store, tmp_path: Path) -> None:
    store.function_checks.add(first_check())
    store.function_checks.add(second_check())
    path = tmp_path / "export.csv"
    export_csv(store, path)
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    mine = [(r["exercise"], r["score"]) for r in rows if r["phase"] == FUNCTION_PHASE]
    assert mine == [
        ("Putting on socks", "3"),
        ("Lifting a child", "2"),
        ("Film", "5"),
        ("Socks on, standing", "7"),
    ]
