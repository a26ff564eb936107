"""Export to JSON and CSV; import a JSON backup all-or-nothing, and only once."""

from __future__ import annotations

import csv
import io
import stat
from datetime import date
from pathlib import Path

import orjson
import pytest
from history_helpers import fill

from backcoach.domain.records import Activity, Rating
from backcoach.storage import Store
from backcoach.storage.transfer import (
    CSV_COLUMNS,
    ImportFileError,
    export_csv,
    export_json,
    import_file,
    neutralise,
)


@pytest.fixture
def filled(store: Store) -> Store:
    fill(store, 3)
    store.activities.add(Activity.new(date(2024, 4, 29), "walking", 30, 3, 2, "=cmd|' /C calc'!A0"))
    store.routines.save({"id": "mine", "name": "Mine", "items": []})
    return store


def _read_csv(path: Path) -> list[dict[str, str]]:
    text = path.read_bytes().decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_json_export_is_the_data_file_byte_for_byte(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "backup.json"
    assert export_json(filled, target) == 3
    assert filled.flush()
    assert target.read_bytes() == filled.data_path.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_csv_has_one_row_per_rating_in_local_time(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "ratings.csv"
    rows = export_csv(filled, target, exercise_names={"plank": "Plank"})
    table = _read_csv(target)
    assert tuple(table[0].keys()) == CSV_COLUMNS
    assert rows == len(table) == 3 * 4 + 3  # 4 ratings a session, 3 check-ins
    first = table[0]
    # fill() starts sessions at 07:00 UTC; the fake clock's zone is UTC+2 but the session
    # was started with an explicit UTC time, so its offset is 0.
    assert (first["date"], first["time"], first["exercise"], first["phase"], first["score"]) == (
        "2024-04-28", "07:00:00", "Plank", "during", "2",
    )  # fmt: skip
    assert {row["phase"] for row in table} == {"during", "checkin"}


def test_csv_cells_that_look_like_formulas_are_neutralised(store: Store, tmp_path: Path) -> None:
    session_id = store.sessions.start(None, '=HYPERLINK("http://x")')
    store.sessions.append_rating(session_id, Rating(3, "during", "+plank", store.now(), 0.0))
    target = tmp_path / "ratings.csv"
    export_csv(store, target, exercise_names={"+plank": "@SUM(A1)"})
    [row] = _read_csv(target)
    assert row["routine"] == '\'=HYPERLINK("http://x")'
    assert row["exercise"] == "'@SUM(A1)"
    assert [neutralise(c) for c in ("-1", "ok", "\tx", "\rx")] == ["'-1", "ok", "'\tx", "'\rx"]


def test_importing_an_export_into_an_empty_store_brings_everything(
    filled: Store, tmp_path: Path, open_store
) -> None:
    target = tmp_path / "backup.json"
    export_json(filled, target)
    other = open_store(tmp_path / "other").store
    report = import_file(other, target)
    assert report.added == {
        "sessions": 3, "check-ins": 3, "activities": 1, "routines": 1, "favourites": 1,
        "settings": 1, "activity ratings": 0,
    }  # fmt: skip
    assert other.sessions.all() == filled.sessions.all()
    assert other.activities.all() == filled.activities.all()
    assert other.favourites.all() == {"plank"} and other.routines.get(
        "mine"
    ) == filled.routines.get("mine")
    assert report.summary().startswith("Added 3 sessions, 3 check-ins, 1 activity, 1 routine")


def test_importing_the_same_export_twice_adds_nothing_the_second_time(
    filled: Store, tmp_path: Path
) -> None:
    target = tmp_path / "backup.json"
    export_json(filled, target)
    generation = filled.generation
    report = import_file(filled, target)
    assert report.total_added == 0
    assert sum(report.already_present.values()) == 3 + 3 + 1 + 1 + 1 + 1
    assert filled.generation == generation, "nothing changed, nothing to save"
    assert len(filled.sessions.all()) == 3
    assert report.summary() == "Nothing new to add. 10 records were already here."


def test_a_record_that_differs_keeps_the_stores_own(filled: Store, tmp_path: Path) -> None:
    target = tmp_path / "backup.json"
    export_json(filled, target)
    filled.routines.save({"id": "mine", "name": "Changed since", "items": []})
    report = import_file(filled, target)
    assert report.kept_existing["routines"] == 1
    assert filled.routines.get("mine")["name"] == "Changed since"


def test_a_file_with_one_bad_record_imports_the_others_and_names_it(
    filled: Store, tmp_path: Path, open_store
) -> None:
    data = orjson.loads(b"".join(filled.serialised()))
    second = list(data["sessions"].values())[1]
    second["ratings"][2][0] = 12
    target = tmp_path / "bad.json"
    target.write_bytes(orjson.dumps(data))
    other = open_store(tmp_path / "other").store
    report = import_file(other, target)
    assert len(other.sessions.all()) == 2, "the good sessions are imported"
    message = report.summary()
    assert message.startswith("Added 2 sessions")
    assert "1 record of the file could not be read and was not imported: 1 session: " in message
    assert "the session of 29 Apr 2024 at 07:00 UTC" in message
    assert "in its rating 3, the pain score must be a whole number from 0 to 10, got 12" in message
    aside = report.set_aside_path
    assert aside is not None and aside.parent == other.data_path.parent
    assert str(aside) in message
    [kept] = orjson.loads(aside.read_bytes())["records"]
    assert kept["record"] == second
    assert target.read_bytes() == orjson.dumps(data), "the imported file is left as it was"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"date,time,exercise\n", "is not a BackCoach backup"),
        (b'{"meta": {"1": {"schema_version": 7}}}', "exported by a newer version"),
        (b'{"meta": ', "damaged or incomplete"),
    ],
)
def test_files_that_are_not_backups_are_refused_in_plain_words(
    store: Store, tmp_path: Path, content: bytes, words: str
) -> None:
    target = tmp_path / "file"
    target.write_bytes(content)
    with pytest.raises(ImportFileError, match=words):
        import_file(store, target)


def test_a_missing_file_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="could not read"):
        import_file(store, tmp_path / "nope.json")
