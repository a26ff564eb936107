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
from backcoach.storage import Store, repository
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
    session_id = store.start_session("extension-start", "Extension start")
    ticket = store.append_rating(session_id, rating(4, "baseline", 0.0, exercise_id=None))
    assert ticket.wait(5.0) and ticket.durable
    stored = next(iter(on_disk(store)["sessions"].values()))
    assert stored["id"] == session_id
    assert stored["ratings"][0][:3] == [4, "baseline", None]


def test_a_whole_session_survives_closing_and_reopening(data_dir: Path, open_store) -> None:
    store = open_store(data_dir).store
    session_id = store.start_session("r1", "Routine one")
    store.append_rating(session_id, rating(2, "baseline", 0.0))
    store.append_rating(session_id, rating(5, "during", 30.5, set_index=0, side="left"))
    store.record_flare(session_id, Flare("plank", T0, 2, 5, "rest"))
    store.finish_exercise(session_id, ExerciseResult("plank", T0, T0 + timedelta(minutes=1), 2))
    store.end_session(session_id, ended_early=True)
    before = store.session(session_id)
    assert store.close()
    again = open_store(data_dir).store
    assert again.all_sessions() == [before]
    assert before.ended_early and len(before.ratings) == 2 and before.flares[0].action == "rest"


def test_a_session_left_running_by_a_crash_is_offered_back(data_dir: Path, open_store) -> None:
    store = open_store(data_dir).store
    session_id = store.start_session(None, "Quick")
    store.append_rating(session_id, rating()).wait(5.0)
    # No close(): the process "died". A new start sees the session still running.
    again = open_store(data_dir).store
    running = again.running_session()
    assert running is not None and running.id == session_id and len(running.ratings) == 1
    again.end_session(session_id, ended_early=True, ended_at=running.ratings[-1].at)
    assert again.running_session() is None
    assert again.session(session_id).ended_at == running.ratings[-1].at


def test_an_ended_session_can_no_longer_change(store: Store) -> None:
    session_id = store.start_session(None, "Quick")
    store.end_session(session_id)
    with pytest.raises(ValueError, match="has ended"):
        store.append_rating(session_id, rating())
    with pytest.raises(KeyError, match="no session"):
        store.append_rating("nope", rating())


def test_sessions_between_uses_the_users_local_day(store: Store) -> None:
    plus_two = timezone(timedelta(hours=2))
    late = datetime(2024, 5, 3, 23, 30, tzinfo=UTC)  # 01:30 on 4 May at UTC+2
    early = datetime(2024, 5, 3, 8, 0, tzinfo=UTC)
    store.start_session(None, "Late", started_at=late.astimezone(plus_two))
    store.start_session(None, "Early", started_at=early.astimezone(plus_two))
    may_4 = store.sessions_between(date(2024, 5, 4), date(2024, 5, 4))
    may = store.sessions_between(date(2024, 5, 1), date(2024, 5, 31))
    assert [s.routine_name for s in may_4] == ["Late"]
    assert [s.routine_name for s in may] == ["Early", "Late"]


def test_a_second_checkin_on_the_same_day_replaces_the_first(store: Store) -> None:
    day = date(2024, 5, 3)
    store.add_checkin(CheckIn(day, 5, "some", T0))
    store.add_checkin(CheckIn(day, 3, "none", T0 + timedelta(hours=1)))
    store.add_checkin(CheckIn(date(2024, 5, 5), 2, "none", T0))
    assert [(c.day, c.score) for c in store.checkins()] == [(day, 3), (date(2024, 5, 5), 2)]
    assert [c.score for c in store.checkins(start=date(2024, 5, 4))] == [2]


def test_activities_are_added_corrected_and_deleted_by_id(store: Store) -> None:
    walk = Activity.new(date(2024, 5, 3), "walking", 30, 4, 3)
    store.add_activity(walk)
    store.add_activity(Activity(walk.id, walk.day, "walking", 45, 4, 2, "longer"))
    assert [(a.minutes, a.note) for a in store.activities()] == [(45, "longer")]
    store.delete_activity(walk.id)
    assert store.activities() == []


def test_routines_get_an_id_are_replaced_by_id_and_handed_out_as_copies(store: Store) -> None:
    routine_id = store.save_routine({"name": "Mine", "items": [{"exercise": "plank"}]})
    copy = store.routine(routine_id)
    assert copy is not None and copy["name"] == "Mine"
    copy["name"] = "changed behind the store's back"
    assert store.routines()[0]["name"] == "Mine"
    store.save_routine({"id": routine_id, "name": "Renamed", "items": []})
    assert [r["name"] for r in store.routines()] == ["Renamed"]
    store.delete_routine(routine_id)
    assert store.routines() == []


def test_favourites_settings_and_first_run_persist(data_dir: Path, open_store) -> None:
    store = open_store(data_dir).store
    assert not store.first_run_completed()
    store.set_favourite("plank", True)
    store.set_favourite("bird-dog", True)
    store.set_favourite("plank", False)
    store.set_setting("theme", "dark")
    store.set_setting("goal", {"minutes": 15, "days": [1, 2]})
    store.mark_first_run_completed()
    store.close()
    again = open_store(data_dir).store
    assert again.favourites() == {"bird-dog"}
    assert again.setting("theme") == "dark" and again.setting("missing", 7) == 7
    assert again.setting("goal") == {"minutes": 15, "days": [1, 2]}
    assert again.first_run_completed()


def test_setting_the_same_value_again_writes_nothing(store: Store) -> None:
    store.set_setting("theme", "dark")
    generation = store.generation
    store.set_setting("theme", "dark")
    store.set_favourite("plank", False)
    assert store.generation == generation


def test_values_that_could_never_be_saved_are_refused_at_the_call(store: Store) -> None:
    with pytest.raises(TypeError, match="JSON"):
        store.set_setting("tags", {"a", "b"})
    with pytest.raises(TypeError):
        store.set_setting("huge", 10**30)
    with pytest.raises(ValueError, match="cannot save"):
        store.start_session(None, "bad \ud800 text")
    assert store.all_sessions() == [] and store.settings() == {}


def test_the_ui_thread_never_waits_for_the_disk(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With every save taking 300 ms, giving a rating still returns at once."""
    slow_write = repository.atomic_write

    def slow(*args, **kwargs):
        time.sleep(0.3)
        slow_write(*args, **kwargs)

    monkeypatch.setattr(repository, "atomic_write", slow)
    session_id = store.start_session(None, "Quick")
    started = time.perf_counter()
    tickets = [store.append_rating(session_id, rating(offset=i)) for i in range(20)]
    assert time.perf_counter() - started < 0.1
    assert tickets[-1].wait(5.0)


def test_a_burst_of_ratings_is_saved_in_few_writes(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes = []
    real = repository.atomic_write
    monkeypatch.setattr(
        repository, "atomic_write", lambda *a, **k: (writes.append(1), real(*a, **k))
    )
    session_id = store.start_session(None, "Quick")
    for i in range(200):
        store.append_rating(session_id, rating(offset=i))
    assert store.flush()
    assert len(writes) < 50
    assert len(store.session(session_id).ratings) == 200


def test_notices_raised_before_a_listener_is_added_are_delivered_to_it(store: Store) -> None:
    store._emit(repository.notices.write_recovered(store.data_path))
    heard = []
    store.add_listener(heard.append)
    assert [n.code for n in heard] == ["write-recovered"]


def test_a_closed_store_refuses_changes(store: Store) -> None:
    assert store.close() and store.close()
    with pytest.raises(RuntimeError, match="closed"):
        store.start_session(None, "Too late")


def test_the_store_can_be_used_from_several_threads(store: Store) -> None:
    session_id = store.start_session(None, "Busy")

    def rate(first: int) -> None:
        for i in range(100):
            store.append_rating(session_id, rating(offset=first + i))

    threads = [threading.Thread(target=rate, args=(n * 1000,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.flush()
    assert len(store.session(session_id).ratings) == 400
