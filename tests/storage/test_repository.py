"""The Store's API: what the UI asks for, what it gets back, and what reaches the disk."""

from __future__ import annotations

import stat
import threading
import time
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import orjson
import pytest
from history_helpers import T0, rating

from backcoach.domain.records import Activity, CheckIn, ExerciseResult, Flare
from backcoach.storage import Store, database
from backcoach.storage.migrations import CURRENT_VERSION


def on_disk(store: Store) -> dict:
    return orjson.loads(store.data_path.read_bytes())


def test_a_first_run_creates_a_private_file_and_tells_nothing(data_dir: Path, open_store) -> None:
    result = open_store(data_dir)
    assert result.notices == []
    assert result.store.flush()
    assert stat.S_IMODE(result.store.data_path.stat().st_mode) == 0o600
    assert on_disk(result.store)["meta"]["1"]["schema_version"] == CURRENT_VERSION


def test_a_rating_is_on_disk_when_its_ticket_says_durable(store: Store) -> None:
    session_id = store.sessions.start("extension-start", "Extension start")
    ticket = store.sessions.append_rating(session_id, rating(4, "baseline", 0.0, exercise_id=None))
    assert ticket.wait(5.0) and ticket.durable
    stored = next(iter(on_disk(store)["sessions"].values()))
    assert stored["id"] == session_id
    assert stored["ratings"][0][:3] == [4, "baseline", None]


def test_a_whole_session_survives_closing_and_reopening(data_dir: Path, open_store) -> None:
    store = open_store(data_dir).store
    session_id = store.sessions.start("r1", "Routine one")
    store.sessions.append_rating(session_id, rating(2, "baseline", 0.0))
    store.sessions.append_rating(session_id, rating(5, "during", 30.5, set_index=0, side="left"))
    store.sessions.record_flare(session_id, Flare("plank", T0, 2, 5, "rest"))
    store.sessions.finish_exercise(
        session_id, ExerciseResult("plank", T0, T0 + timedelta(minutes=1), 2)
    )
    store.sessions.end(session_id, ended_early=True)
    before = store.sessions.get(session_id)
    assert store.close()
    again = open_store(data_dir).store
    assert again.sessions.all() == [before]
    assert before.ended_early and len(before.ratings) == 2 and before.flares[0].action == "rest"


def test_a_session_left_running_by_a_crash_is_offered_back(data_dir: Path, open_store) -> None:
    store = open_store(data_dir).store
    session_id = store.sessions.start(None, "Quick")
    store.sessions.append_rating(session_id, rating()).wait(5.0)
    # No close(): the process "died". A new start sees the session still running.
    again = open_store(data_dir).store
    running = again.sessions.latest_running()
    assert running is not None and running.id == session_id and len(running.ratings) == 1
    again.sessions.end(session_id, ended_early=True, ended_at=running.ratings[-1].at)
    assert again.sessions.latest_running() is None
    assert again.sessions.get(session_id).ended_at == running.ratings[-1].at


def test_an_ended_session_can_no_longer_change(store: Store) -> None:
    session_id = store.sessions.start(None, "Quick")
    store.sessions.end(session_id)
    with pytest.raises(ValueError, match="has ended"):
        store.sessions.append_rating(session_id, rating())
    with pytest.raises(KeyError, match="no session"):
        store.sessions.append_rating("nope", rating())


def test_sessions_between_uses_the_users_local_day(store: Store) -> None:
    plus_two = timezone(timedelta(hours=2))
    late = datetime(2024, 5, 3, 23, 30, tzinfo=UTC)  # 01:30 on 4 May at UTC+2
    early = datetime(2024, 5, 3, 8, 0, tzinfo=UTC)
    store.sessions.start(None, "Late", started_at=late.astimezone(plus_two))
    store.sessions.start(None, "Early", started_at=early.astimezone(plus_two))
    may_4 = store.sessions.between(date(2024, 5, 4), date(2024, 5, 4))
    may = store.sessions.between(date(2024, 5, 1), date(2024, 5, 31))
    assert [s.routine_name for s in may_4] == ["Late"]
    assert [s.routine_name for s in may] == ["Early", "Late"]
    # What Progress reads of them is picked the same way.
    assert [s.day for s in store.sessions.summaries(date(2024, 5, 4), date(2024, 5, 4))] == [
        date(2024, 5, 4)
    ]
    assert [s.day for s in store.sessions.summaries(date(2024, 5, 1))] == [
        date(2024, 5, 3),
        date(2024, 5, 4),
    ]
    assert store.sessions.summaries(end=date(2024, 5, 2)) == []


def test_a_second_checkin_on_the_same_day_replaces_the_first(store: Store) -> None:
    day = date(2024, 5, 3)
    store.checkins.add(CheckIn(day, 5, "some", T0))
    store.checkins.add(CheckIn(day, 3, "none", T0 + timedelta(hours=1)))
    store.checkins.add(CheckIn(date(2024, 5, 5), 2, "none", T0))
    assert [(c.day, c.score) for c in store.checkins.all()] == [(day, 3), (date(2024, 5, 5), 2)]
    assert [c.score for c in store.checkins.between(start=date(2024, 5, 4))] == [2]


def test_activities_are_added_corrected_and_deleted_by_id(store: Store) -> None:
    walk = Activity.new(date(2024, 5, 3), "walking", 30, 4, 3)
    store.activities.add(walk)
    store.activities.add(Activity(walk.id, walk.day, "walking", 45, 4, 2, "longer"))
    assert [(a.minutes, a.note) for a in store.activities.all()] == [(45, "longer")]
    store.activities.delete(walk.id)
    assert store.activities.all() == []


def test_activities_of_a_period_are_picked_by_day(store: Store) -> None:
    days = [date(2024, 4, 30), date(2024, 5, 3), date(2024, 5, 1), date(2024, 5, 9)]
    for day in days:
        store.activities.add(Activity.new(day, "walking", 20))
    assert [a.day for a in store.activities.between(date(2024, 5, 1))] == sorted(days[1:])
    may_1_to_3 = store.activities.between(date(2024, 5, 1), date(2024, 5, 3))
    assert [a.day for a in may_1_to_3] == [date(2024, 5, 1), date(2024, 5, 3)]
    assert store.activities.between() == store.activities.all() and len(days) == 4


def test_routines_get_an_id_are_replaced_by_id_and_handed_out_as_copies(store: Store) -> None:
    routine_id = store.routines.save({"name": "Mine", "items": [{"exercise": "plank"}]})
    copy = store.routines.get(routine_id)
    assert copy is not None and copy["name"] == "Mine"
    copy["name"] = "changed behind the store's back"
    assert store.routines.all()[0]["name"] == "Mine"
    store.routines.save({"id": routine_id, "name": "Renamed", "items": []})
    assert [r["name"] for r in store.routines.all()] == ["Renamed"]
    store.routines.delete(routine_id)
    assert store.routines.all() == []


def test_favourites_and_settings_persist(data_dir: Path, open_store) -> None:
    store = open_store(data_dir).store
    store.favourites.set("plank", True)
    store.favourites.set("bird-dog", True)
    store.favourites.set("plank", False)
    store.settings.set("theme", "dark")
    store.settings.set("goal", {"minutes": 15, "days": [1, 2]})
    store.close()
    again = open_store(data_dir).store
    assert again.favourites.all() == {"bird-dog"}
    assert again.settings.get("theme") == "dark" and again.settings.get("missing", 7) == 7
    assert again.settings.get("goal") == {"minutes": 15, "days": [1, 2]}


def test_setting_the_same_value_again_writes_nothing(store: Store) -> None:
    store.settings.set("theme", "dark")
    generation = store.generation
    store.settings.set("theme", "dark")
    store.favourites.set("plank", False)
    assert store.generation == generation


def test_values_that_could_never_be_saved_are_refused_at_the_call(store: Store) -> None:
    with pytest.raises(TypeError, match="JSON"):
        store.settings.set("tags", {"a", "b"})
    with pytest.raises(TypeError):
        store.settings.set("huge", 10**30)
    with pytest.raises(ValueError, match="cannot save"):
        store.sessions.start(None, "bad \ud800 text")
    assert store.sessions.all() == [] and store.settings.all() == {}


def test_the_ui_thread_never_waits_for_the_disk(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every save taking 300 ms, giving a rating still returns at once."""
    slow_write = database.atomic_write

    def slow(*args, **kwargs):
        time.sleep(0.3)
        slow_write(*args, **kwargs)

    monkeypatch.setattr(database, "atomic_write", slow)
    session_id = store.sessions.start(None, "Quick")
    started = time.perf_counter()
    tickets = [store.sessions.append_rating(session_id, rating(offset=i)) for i in range(20)]
    assert time.perf_counter() - started < 0.1
    assert tickets[-1].wait(5.0)


def test_a_burst_of_ratings_is_saved_in_few_writes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes = []
    real = database.atomic_write
    monkeypatch.setattr(database, "atomic_write", lambda *a, **k: (writes.append(1), real(*a, **k)))
    session_id = store.sessions.start(None, "Quick")
    for i in range(200):
        store.sessions.append_rating(session_id, rating(offset=i))
    assert store.flush()
    assert len(writes) < 50
    assert len(store.sessions.get(session_id).ratings) == 200


def test_notices_raised_before_a_listener_is_added_are_delivered_to_it(store: Store) -> None:
    store._emit(database.notices.write_recovered(store.data_path))
    heard = []
    store.add_listener(heard.append)
    assert [n.code for n in heard] == ["write-recovered"]


def test_a_closed_store_refuses_changes(store: Store) -> None:
    assert store.close() and store.close()
    with pytest.raises(RuntimeError, match="closed"):
        store.sessions.start(None, "Too late")


def test_the_store_can_be_used_from_several_threads(store: Store) -> None:
    session_id = store.sessions.start(None, "Busy")

    def rate(first: int) -> None:
        for i in range(100):
            store.sessions.append_rating(session_id, rating(offset=first + i))

    threads = [threading.Thread(target=rate, args=(n * 1000,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.flush()
    assert len(store.sessions.get(session_id).ratings) == 400
