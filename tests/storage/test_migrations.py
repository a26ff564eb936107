"""A version-1 data file is carried forward to the current format, keeping a copy of it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
from history_helpers import eventually

from backcoach.storage import codec
from backcoach.storage.backups import list_backups
from backcoach.storage.codec import RecordError
from backcoach.storage.migrations import _V2_COLUMNS, CURRENT_VERSION, migrate, read_version
from backcoach.storage.recovery import parse_document

VERSION_1 = {
    "meta": {"1": {"schema_version": 1}},
    "sessions": {
        "1": {
            "id": "s-2024-05-03",
            "started_at": "2024-05-03T08:15:00+02:00",
            "routine_id": "extension-start",
            "routine_name": "Extension start",
            "ratings": [
                {"score": 3, "phase": "baseline", "exercise_id": None,
                 "at": "2024-05-03T08:15:00+02:00", "set_index": None, "side": None},
                {"score": 5, "phase": "during", "exercise_id": "prone-press",
                 "at": "2024-05-03T08:17:30+02:00", "set_index": 0, "side": None},
            ],
            "exercises": [
                {"exercise_id": "prone-press", "started_at": "2024-05-03T08:15:10+02:00",
                 "finished_at": "2024-05-03T08:19:00+02:00", "sets_done": 2, "side": None,
                 "skipped": False},
            ],
            "flares": [
                {"exercise_id": "prone-press", "at": "2024-05-03T08:17:30+02:00",
                 "baseline": 3, "score": 5, "action": "rest"},
            ],
            "ended_at": "2024-05-03T08:30:00+02:00",
            "ended_early": False,
        }
    },
    "checkins": {"1": {"day": "2024-05-04", "score": 2, "stiffness": "some",
                       "at": "2024-05-04T06:00:00Z"}},
    "activities": {},
    "routines": {},
    "settings": {"1": {"key": "favourites", "value": ["plank", "bird-dog", "plank"]},
                 "2": {"key": "theme", "value": "dark"}},
}  # fmt: skip


def test_a_version_1_file_opens_upgraded_with_a_copy_of_the_old_one_kept(
    data_dir: Path, open_store
) -> None:
    old_bytes = orjson.dumps(VERSION_1)
    (data_dir / "backcoach.json").write_bytes(old_bytes)

    result = open_store(data_dir)

    [notice] = result.notices
    assert notice.level == "info" and "version 1 to 3" in notice.message
    store = result.store
    [session] = store.sessions.all()
    assert session.started_at == datetime(2024, 5, 3, 6, 15, tzinfo=UTC)
    assert session.utc_offset_min == 120
    assert [r.offset_s for r in session.ratings] == [0.0, 150.0]
    assert session.flares[0].at == datetime(2024, 5, 3, 6, 17, 30, tzinfo=UTC)
    assert store.favourites.all() == {"plank", "bird-dog"}
    assert store.settings.get("favourites") is None and store.settings.get("theme") == "dark"
    assert store.flush()
    saved = orjson.loads((data_dir / "backcoach.json").read_bytes())
    assert read_version(saved) == CURRENT_VERSION
    assert saved["meta"]["1"]["columns"]["ratings"] == list(codec.RATING_COLUMNS)
    copies = [b for b in list_backups(data_dir / "backups") if b.kind == "before-upgrade"]
    assert [c.path.read_bytes() for c in copies] == [old_bytes]


def test_migrating_twice_changes_nothing_more() -> None:
    data, version = parse_document(orjson.dumps(VERSION_1))
    assert version == 1
    again, version_again = parse_document(orjson.dumps(data))
    assert version_again == CURRENT_VERSION and again == data


def test_a_version_1_file_it_cannot_read_is_an_unreadable_file() -> None:
    broken = orjson.loads(orjson.dumps(VERSION_1))
    broken["sessions"]["1"]["started_at"] = "2024-05-03T08:15:00"  # no offset
    with pytest.raises(RecordError, match="could not be upgraded from version 1"):
        migrate(broken)


def test_the_steps_columns_are_the_codecs_while_version_3_is_current() -> None:
    """When the codec's columns change, a new version (and step) is due (version 3 only
    added a table)."""
    assert CURRENT_VERSION == 3
    assert {name: list(c) for name, c in _V2_COLUMNS.items()} == {
        name: list(c) for name, c in codec.COLUMNS.items()
    }


def test_the_pre_upgrade_copy_is_written_before_the_upgraded_file(
    data_dir: Path, open_store
) -> None:
    (data_dir / "backcoach.json").write_bytes(orjson.dumps(VERSION_1))
    store = open_store(data_dir).store
    assert store.flush()
    assert eventually(lambda: any(b.kind == "before-upgrade" for b in store.list_backups()))
