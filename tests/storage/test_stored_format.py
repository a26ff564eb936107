"""The stored format does not change when the code's vocabulary does.

``data/written_by_version_3.json`` was written by the Store and the session recorder as
they were before the words (rating phases, flare actions, stiffness, sides, session
phases) became enums: an ended session with every rating phase, both sides, a skipped
exercise and every flare action; a running session driven through the real engine into a
rest-and-re-rate after a flare, with its resume snapshot in the settings; a check-in of
each stiffness; activities, a routine, favourites, a functional check and a setting.
Reading it and writing it all back must give the same file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import orjson

from backcoach.domain.catalog import load_catalogue
from backcoach.domain.routines import from_dict, planned
from backcoach.domain.session import ManualClock, SessionEngine
from backcoach.domain.session.snapshot import Progress
from backcoach.services.session_recorder import RESUME_KEY

WRITTEN_BEFORE = Path(__file__).parent / "data" / "written_by_version_3.json"


def _tables(path: Path) -> dict:
    data = orjson.loads(path.read_bytes())
    data["meta"]["1"].pop("created_at")
    return data


def test_opening_and_saving_the_file_writes_the_same_content(data_dir: Path, open_store):
    shutil.copy(WRITTEN_BEFORE, data_dir / "backcoach.json")
    store = open_store(data_dir).store
    store.settings.set("daily_goal_min", 20)  # a change, so the whole file is written again
    store.settings.set("daily_goal_min", 15)
    assert store.close()
    assert _tables(data_dir / "backcoach.json") == _tables(WRITTEN_BEFORE)


def test_every_record_read_and_written_anew_gives_the_same_tables(tmp_path: Path, open_store):
    """Each record goes through the domain types and the codec both ways."""
    old_dir, new_dir = tmp_path / "old", tmp_path / "new"
    old_dir.mkdir()
    shutil.copy(WRITTEN_BEFORE, old_dir / "backcoach.json")
    old = open_store(old_dir).store
    new = open_store(new_dir).store
    for session in old.sessions.all():
        new.sessions.save(session)
    for checkin in old.checkins.all():
        new.checkins.add(checkin)
    for activity in old.activities.all():
        new.activities.add(activity)
    for routine in old.routines.all():
        new.routines.save(routine)
    for exercise_id in sorted(old.favourites.all()):
        new.favourites.set(exercise_id, True)
    for check in old.function_checks.all():
        new.function_checks.add(check)
    for key, value in old.settings.all().items():
        new.settings.set(key, value)
    assert new.close()
    written, before = _tables(new_dir / "backcoach.json"), _tables(WRITTEN_BEFORE)
    assert written.keys() == before.keys()
    for table in before:
        if table == "favourites":  # a set: its order is not kept
            assert sorted(d["exercise_id"] for d in written[table].values()) == sorted(
                d["exercise_id"] for d in before[table].values()
            )
        else:
            assert written[table] == before[table], table


def test_the_resume_snapshot_reads_back_and_a_resumed_engine_writes_it_again():
    saved = next(
        doc["value"]
        for doc in orjson.loads(WRITTEN_BEFORE.read_bytes())["settings"].values()
        if doc["key"] == RESUME_KEY
    )
    snapshot = saved["snapshot"]
    assert snapshot["phase"] == "break-rest" and snapshot["flares"][0]["action"] == "rest"
    assert Progress.from_dict(snapshot).to_dict() == snapshot
    catalogue = load_catalogue()
    plan = planned(from_dict(saved["routine"]), catalogue)
    engine = SessionEngine.resume_from(snapshot, plan, ManualClock(start=100.0), get_ready_s=5)
    assert orjson.loads(orjson.dumps(engine.snapshot())) == snapshot
