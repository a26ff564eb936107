"""A data file with a few bad records: every good record stays, the bad ones are set aside."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
from history_helpers import fill

from backcoach.storage import Store
from backcoach.storage.salvage import plain_problem, split_records


def _year_file(folder: Path, clock) -> bytes:
    with Store.open(folder, now=clock).store as store:
        fill(store, sessions=365, first_day=date(2023, 5, 4))
    return (folder / "backcoach.json").read_bytes()


def test_a_year_with_one_session_whose_start_is_not_a_time_keeps_364(
    data_dir: Path, clock, open_store
) -> None:
    raw = _year_file(data_dir, clock)
    data = orjson.loads(raw)
    bad = data["sessions"]["100"]
    bad["started_at"] = "yesterday morning"
    broken = orjson.dumps(data)
    (data_dir / "backcoach.json").write_bytes(broken)

    result = open_store(data_dir)

    assert len(result.store.sessions.all()) == 364
    assert len(result.store.checkins.all()) == 365, "check-ins are kept too"
    [notice] = result.notices
    assert notice.level == "warning" and notice.code == "records-set-aside"
    message = notice.message
    assert "could not read 1 record" in message
    assert "1 session:" in message
    assert "its start time is not a time: 'yesterday morning'" in message
    assert "364 sessions" in message
    # The record set aside, with what it was and why, in a file of its own beside the data.
    aside = notice.path
    assert aside.parent == data_dir and aside.name.startswith("backcoach.records-set-aside-")
    body = orjson.loads(aside.read_bytes())
    [record] = body["records"]
    assert record["table"] == "sessions" and record["record"] == bad
    assert "start time" in record["problem"]
    # The whole original file is kept, byte for byte.
    [original] = sorted(data_dir.glob("backcoach.original-*.json"))
    assert original.read_bytes() == broken
    assert str(original) in message and str(aside) in message
    # What is saved now is the good records only, and it opens cleanly next time.
    assert result.store.flush()
    result.store.close()
    again = open_store(data_dir)
    assert again.notices == [] and len(again.store.sessions.all()) == 364


def test_a_repeated_id_is_set_aside_and_the_first_kept() -> None:
    doc = {"id": "a", "day": "2024-05-01", "kind": "walking", "minutes": 20}
    doc |= {"pain_before": None, "pain_after": None, "note": ""}
    data = {
        "meta": {"1": {"schema_version": 2}},
        "activities": {"1": doc, "2": dict(doc, minutes=30)},
    }
    kept, aside = split_records(data)
    assert list(kept["activities"]) == ["1"]
    [record] = aside
    assert record.table == "activities" and "repeats 'a'" in record.problem


def test_a_bad_version_record_is_not_salvaged() -> None:
    assert split_records({"meta": {"1": "nonsense"}, "sessions": {}}) is None


def test_problems_read_as_plain_words() -> None:
    assert (
        plain_problem(
            "the check-in of 2024-05-01: CheckIn.score must be a whole number from 0 to 10, got 12"
        )
        == "its pain score must be a whole number from 0 to 10, got 12"
    )
    assert plain_problem("the activity of x: the field 'minutes' is missing") == (
        "its minutes is missing"
    )
