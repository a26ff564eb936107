"""The start cache: a quick start answers like the whole file, and never loses a change.

A store opened with ``quick=True`` from a matching ``start-cache.json`` holds only recent
history until the whole file is read (``storage/start_cache.py``). These tests hold it to
what makes that safe: every answer equals the whole file's, every change waits for the
whole file (so a partial store is never saved), any doubt about the cache means the whole
file, the cache is in no backup or export, and a damaged file found late is recovered as
at any start.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import threading
import time as clock_time
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import orjson
import pytest
from history_helpers import LOCAL, FakeClock, eventually, fill, make_folder, rating
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from records_strategies import activities, checkins, sessions

from backcoach.domain.records import CheckIn, SessionRecord
from backcoach.domain.vocabulary import Stiffness
from backcoach.storage import Store, codec, start_cache, transfer
from backcoach.storage.backups import folder_for, list_backups
from backcoach.storage.recovery import FILE_NAME

TODAY = date(2024, 5, 3)
NOW = datetime.combine(TODAY, time(9), LOCAL)


def _clock() -> FakeClock:
    return FakeClock(NOW)


def _write(folder: Path, history: list[SessionRecord], days: list[CheckIn], extra=()) -> None:
    """A data folder holding ``history``, saved by a full store (which writes the cache)."""
    with Store.open(folder, now=_clock()).store as store:
        with store.transaction() as tx:  # one save (each save is fsynced: slow here)
            tx.insert_many("sessions", [codec.encode_session(r) for r in history])
            tx.insert_many("checkins", [codec.encode_checkin(c) for c in days])
            tx.insert_many("activities", [codec.encode_activity(a) for a in extra])
        store.settings.set("theme", "dark")
        store.favourites.set("plank", True)
    assert start_cache.cache_path(folder).exists()


def _quick(folder: Path) -> Store:
    return Store.open(folder, now=_clock(), quick=True).store


HOME_REACH = (0, 1, 2, 8, 9, 28, 30, 60, 105, 116, 117, 118)
"""How far back Home's windows reach (a week and a day, four weeks of check-ins), and
Progress's first view (15 weeks): all within what the cache holds (``KEEP_DAYS`` less the
two days a stored UTC time may differ from the user's day)."""
OLDER = (119, 120, 121, 122, 123, 125, 200, 400)


def _home_answers(store: Store, reach=HOME_REACH, today: date = TODAY) -> dict[str, object]:
    """What Home and the start ask of the store (services/plans.py, checkins.py,
    session_resume.py), over windows reaching ``reach`` days back."""
    answers: dict[str, object] = {
        "count": store.sessions.count(),
        "running": store.sessions.running(),
        "activity_count": store.activities.count(),
        "activities_today": store.activities.between(today, today),
        "settings": store.settings.all(),
        "favourites": store.favourites.all(),
        "routines": store.routines.all(),
        "function_checks": store.function_checks.all(),
        "today_checkin": store.checkins.between(today, today),
        "stiffness": store.checkins.between(today - timedelta(days=28), today - timedelta(1)),
    }
    for back in reach:
        start = today - timedelta(days=back)
        answers[f"sessions-{back}"] = store.sessions.between(start, today + timedelta(days=1))
        answers[f"checkins-{back}"] = store.checkins.between(start, today)
        answers[f"activities-{back}"] = store.activities.between(start, today)
        answers[f"summaries-{back}"] = store.sessions.summaries(start, today + timedelta(1))
    return answers


# -- histories around TODAY: some inside the cache's months, some long before -------------

offsets = st.integers(-12 * 60, 14 * 60)


@st.composite
def recent_sessions(draw) -> SessionRecord:
    record = draw(sessions)
    back = draw(st.integers(-2, 400))
    offset = draw(offsets)
    local = datetime.combine(TODAY - timedelta(days=back), draw(st.times()))
    zone = timezone(timedelta(minutes=offset))
    started = local.replace(tzinfo=zone)
    ended = draw(st.none() | st.just(started + timedelta(minutes=20)))
    return dataclasses.replace(
        record, started_at=started, utc_offset_min=offset, ended_at=ended, ended_early=False
    )


@st.composite
def recent_checkins(draw) -> list[CheckIn]:
    found = draw(st.lists(checkins, max_size=40))
    backs = draw(st.lists(st.integers(-1, 400), min_size=len(found), max_size=len(found)))
    by_day = {}
    for checkin, back in zip(found, backs, strict=True):
        by_day[TODAY - timedelta(days=back)] = dataclasses.replace(
            checkin, day=TODAY - timedelta(days=back)
        )
    return list(by_day.values())


histories = st.lists(recent_sessions(), max_size=25, unique_by=lambda s: s.id)
recent_activities = st.lists(
    st.tuples(activities, st.integers(-1, 400)).map(
        lambda pair: dataclasses.replace(pair[0], day=TODAY - timedelta(days=pair[1]))
    ),
    max_size=12,
    unique_by=lambda a: a.id,
)
SLOW = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@SLOW
@given(history=histories, days=recent_checkins(), extra=recent_activities)
def test_a_quick_start_answers_every_home_question_as_the_whole_file(history, days, extra):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write(folder, history, days, extra)
        quick = _quick(folder)
        try:
            assert quick.partial is not None
            # Only what the cache holds is asked first: Home's own windows.
            home = _home_answers(quick)
            assert quick.partial is not None, "Home's questions must not need the whole file"
            everything = _home_answers(quick, HOME_REACH + OLDER)  # these wait for the file
            everything["all activities"] = quick.activities.all()
            assert quick.complete
        finally:
            quick.close()
        with Store.open(folder, now=_clock()).store as whole:
            expected = _home_answers(whole, HOME_REACH + OLDER)
            expected["all activities"] = whole.activities.all()
        assert everything == expected
        assert home == {key: expected[key] for key in home}


@SLOW
@given(history=histories, days=recent_checkins(), score=st.integers(0, 10))
def test_changes_right_after_a_quick_start_keep_the_whole_history(history, days, score):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _write(folder, history, days)
        before = Store.open(folder, now=_clock()).store
        all_before, checkins_before = before.sessions.all(), before.checkins.all()
        before.close()

        quick = _quick(folder)
        assert quick.partial is not None
        quick.checkins.add(CheckIn(TODAY, score, Stiffness.SOME, NOW))  # waits for the file
        session_id = quick.sessions.start("r1", "Morning", started_at=NOW)
        quick.sessions.append_rating(session_id, rating(score))
        quick.settings.set("daily_goal_min", 25)
        assert quick.close()

        with Store.open(folder, now=_clock()).store as after:
            assert [s for s in after.sessions.all() if s.id != session_id] == all_before
            assert after.sessions.get(session_id).ratings == (rating(score),)
            kept = [c for c in checkins_before if c.day != TODAY]
            assert [c for c in after.checkins.all() if c.day != TODAY] == kept
            assert after.checkins.between(TODAY, TODAY)[0].score == score
            assert after.settings.get("daily_goal_min") == 25


def _ten_days(folder: Path) -> None:
    """A small history: a session a day for 200 days, the last ten inside Home's week."""
    history = []
    for back in range(200):
        start = datetime.combine(TODAY - timedelta(days=back), time(7), UTC)
        history.append(
            SessionRecord(
                id=f"s{back}",
                started_at=start,
                utc_offset_min=120,
                routine_id="r1",
                routine_name="Morning",
                ratings=(rating(2),),
                ended_at=start + timedelta(minutes=20),
            )
        )
    days = [CheckIn(TODAY - timedelta(days=b), 3, Stiffness.SOME, NOW) for b in range(1, 200)]
    _write(folder, history, days)


def test_a_quick_start_holds_recent_history_and_reads_the_rest_after(tmp_path):
    _ten_days(tmp_path)
    store = _quick(tmp_path)
    assert store.partial is not None
    assert store.sessions.count() == 200
    assert len(store.sessions.between(TODAY - timedelta(days=8), TODAY)) == 9
    assert store.sessions.get("s3").routine_name == "Morning"
    assert store.partial is not None
    store.load_rest()
    assert eventually(lambda: store.complete)
    assert len(store.sessions.all()) == 200
    assert store.sessions.get("s199").id == "s199"
    store.close()


def test_an_old_session_asked_by_id_waits_for_the_whole_file(tmp_path):
    _ten_days(tmp_path)
    with _quick(tmp_path) as store:
        assert store.sessions.get("s150").id == "s150"
        assert store.complete
        with pytest.raises(KeyError):
            store.sessions.get("nowhere")


def test_a_partial_store_refuses_a_change_that_skipped_the_wait(tmp_path):
    _ten_days(tmp_path)
    with _quick(tmp_path) as store, store.lock, pytest.raises(RuntimeError):
        store.insert("settings", {"key": "x", "value": 1})


def test_waiting_for_the_whole_file_while_holding_the_lock_does_not_deadlock(tmp_path):
    _ten_days(tmp_path)
    store = _quick(tmp_path)
    result: list[int] = []

    def worker() -> None:
        with store.lock:  # e.g. a transaction that then reads all sessions
            result.append(len(store.sessions.all()))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(10)
    assert not thread.is_alive() and result == [200]
    store.close()


def test_backups_exports_and_the_daily_backup_hold_the_whole_history(tmp_path):
    _ten_days(tmp_path)
    for info in list_backups(folder_for(tmp_path)):
        info.path.unlink()
    store = _quick(tmp_path)
    exported = tmp_path / "export.json"
    assert transfer.export_json(store, exported) == 200
    whole = orjson.loads(exported.read_bytes())
    assert len(whole["sessions"]) == 200 and len(whole["checkins"]) == 199
    manual = store.backup_now()
    assert len(orjson.loads(manual.read_bytes())["sessions"]) == 200
    assert eventually(lambda: len(list_backups(folder_for(tmp_path))) == 2)  # + today's
    for info in list_backups(folder_for(tmp_path)):
        assert len(orjson.loads(info.path.read_bytes())["sessions"]) == 200
    store.close()
    names = {p.name for p in folder_for(tmp_path).iterdir()}
    assert start_cache.CACHE_NAME not in names
    assert all(start_cache.CACHE_NAME not in n for n in names)


def test_a_start_opened_from_the_cache_writes_no_daily_backup_of_part_of_the_data(tmp_path):
    _ten_days(tmp_path)
    for info in list_backups(folder_for(tmp_path)):
        info.path.unlink()
    store = _quick(tmp_path)
    assert not eventually(lambda: bool(list_backups(folder_for(tmp_path))), timeout_s=0.3)
    store.load_rest()
    assert eventually(lambda: bool(list_backups(folder_for(tmp_path))))
    (backup,) = list_backups(folder_for(tmp_path))
    assert len(orjson.loads(backup.path.read_bytes())["sessions"]) == 200
    store.close()


# -- any doubt: the whole file --------------------------------------------------------------


def _doubt(folder: Path, how: str) -> None:
    cache = start_cache.cache_path(folder)
    raw = cache.read_bytes()
    head, _, body = raw.partition(b"\n")
    if how == "file changed":
        data = (folder / FILE_NAME).read_bytes()
        (folder / FILE_NAME).write_bytes(data)  # same bytes, rewritten: ctime moves
    elif how == "file replaced":
        shutil.copy2(folder / FILE_NAME, folder / "copy.json")
        (folder / "copy.json").replace(folder / FILE_NAME)
    elif how == "truncated":
        cache.write_bytes(raw[: len(raw) // 2])
    elif how == "byte flipped":
        flipped = bytearray(raw)
        flipped[len(head) + 40] ^= 0x01
        cache.write_bytes(bytes(flipped))
    elif how == "empty":
        cache.write_bytes(b"")
    elif how == "not json":
        cache.write_bytes(b"\x00\xff garbage\n{")
    elif how == "other format":
        meta = orjson.loads(head)
        meta["format"] = start_cache.FORMAT + 1
        cache.write_bytes(orjson.dumps(meta) + b"\n" + body)
    elif how == "bad record, right digest":
        cached = orjson.loads(body)
        first = next(iter(cached["tables"]["sessions"]))
        cached["tables"]["sessions"][first]["ratings"] = "lots"
        start_cache.write(folder, orjson.loads(head)["source"], orjson.dumps(cached))
    elif how == "older schema":
        cached = orjson.loads(body)
        cached["tables"]["meta"]["1"]["schema_version"] = 2
        start_cache.write(folder, orjson.loads(head)["source"], orjson.dumps(cached))
    elif how == "missing":
        cache.unlink()
    else:  # pragma: no cover
        raise AssertionError(how)


DOUBTS = [
    "file changed",
    "file replaced",
    "truncated",
    "byte flipped",
    "empty",
    "not json",
    "other format",
    "bad record, right digest",
    "older schema",
    "missing",
]


@pytest.mark.parametrize("how", DOUBTS)
def test_any_doubt_about_the_cache_reads_the_whole_file(tmp_path, how):
    _ten_days(tmp_path)
    _doubt(tmp_path, how)
    with _quick(tmp_path) as store:
        assert store.complete
        assert store.sessions.count() == 200 and len(store.checkins.all()) == 199


def test_a_cache_from_another_folder_is_not_used(tmp_path):
    _ten_days(tmp_path / "a")
    (tmp_path / "b").mkdir()
    with Store.open(tmp_path / "b", now=_clock()).store as other:
        fill(other, 2)
    shutil.copy(start_cache.cache_path(tmp_path / "a"), start_cache.cache_path(tmp_path / "b"))
    with _quick(tmp_path / "b") as store:
        assert store.complete and store.sessions.count() == 2


def test_a_copied_data_folder_reads_its_whole_file(tmp_path):
    _ten_days(tmp_path / "a")
    shutil.copytree(tmp_path / "a", tmp_path / "b")  # times kept, another inode
    with _quick(tmp_path / "b") as store:
        assert store.complete


def test_opening_without_changing_anything_leaves_a_cache_for_next_time(tmp_path):
    _ten_days(tmp_path)
    start_cache.cache_path(tmp_path).unlink()
    with Store.open(tmp_path, now=_clock()).store:
        assert eventually(lambda: start_cache.cache_path(tmp_path).exists())
    with _quick(tmp_path) as store:
        assert store.partial is not None


# -- the whole file, read after a quick start, is damaged ----------------------------------


def _damage_behind_the_cache(folder: Path) -> None:
    """The data file damaged while the cache still names it (what bit rot would do): the
    cache is re-signed for the damaged file, as if its identity had not moved."""
    path = folder / FILE_NAME
    raw = path.read_bytes()
    path.write_bytes(raw[: len(raw) // 2])
    _head, _, body = start_cache.cache_path(folder).read_bytes().partition(b"\n")
    start_cache.write(folder, start_cache.identity(path), body)


def test_a_damaged_file_found_after_a_quick_start_is_recovered_as_at_any_start(tmp_path):
    clock = FakeClock()
    make_folder(tmp_path, clock)
    _damage_behind_the_cache(tmp_path)
    store = Store.open(tmp_path, now=clock, quick=True).store
    assert store.partial is not None
    told, replaced = [], []
    store.add_listener(told.append)
    store.on_data_replaced(lambda: replaced.append(True))
    store.load_rest()
    assert eventually(lambda: store.complete and bool(replaced))
    assert [n.code for n in told] == ["restored-backup"]
    assert store.sessions.count() == 3  # yesterday's backup
    assert list(tmp_path.glob("backcoach.unreadable-*.json")), "the bad file is kept aside"
    assert store.flush()
    store.close()
    with Store.open(tmp_path, now=clock).store as again:
        assert again.sessions.count() == 3


def test_a_change_before_the_late_recovery_goes_into_the_recovered_data(tmp_path):
    clock = FakeClock()
    make_folder(tmp_path, clock)
    _damage_behind_the_cache(tmp_path)
    store = Store.open(tmp_path, now=clock, quick=True).store
    store.settings.set("daily_goal_min", 30)  # waits for the whole file: the recovery
    assert store.complete and store.sessions.count() == 3
    assert store.close()
    with Store.open(tmp_path, now=clock).store as again:
        assert again.settings.get("daily_goal_min") == 30
        assert again.sessions.count() == 3


def test_closing_right_after_a_quick_start_saves_a_recovery_in_progress(tmp_path):
    clock = FakeClock()
    make_folder(tmp_path, clock)
    _damage_behind_the_cache(tmp_path)
    store = Store.open(tmp_path, now=clock, quick=True).store
    store.load_rest()
    assert store.close()
    assert (tmp_path / FILE_NAME).exists()
    with Store.open(tmp_path, now=clock).store as again:
        assert again.sessions.count() == 3


def test_a_newer_file_found_late_refuses_changes_and_says_so(tmp_path):
    _ten_days(tmp_path)
    path = tmp_path / FILE_NAME
    data = orjson.loads(path.read_bytes())
    data["meta"]["1"]["schema_version"] = 99
    path.write_bytes(orjson.dumps(data))
    _head, _, body = start_cache.cache_path(tmp_path).read_bytes().partition(b"\n")
    start_cache.write(tmp_path, start_cache.identity(path), body)
    store = _quick(tmp_path)
    told = []
    store.add_listener(told.append)
    with pytest.raises(Exception, match="newer"):
        store.settings.set("theme", "light")
    assert [n.level for n in told] == ["error"]
    store.close()
    assert orjson.loads(path.read_bytes())["meta"]["1"]["schema_version"] == 99


def test_the_cache_holds_what_home_and_progress_ask_first() -> None:
    from backcoach.domain import progression
    from backcoach.services import progress_data

    margin = 2  # a stored UTC day may be two days from the user's
    assert max(HOME_REACH) + margin <= start_cache.KEEP_DAYS
    assert progress_data.RECENT_DAYS + margin < start_cache.KEEP_DAYS
    assert progression.WINDOW_DAYS + 1 + margin < start_cache.KEEP_DAYS


def test_the_first_save_removes_the_cache_and_closing_writes_it_anew(tmp_path):
    _ten_days(tmp_path)
    cache = start_cache.cache_path(tmp_path)
    store = _quick(tmp_path)
    store.settings.set("daily_goal_min", 40)
    assert store.flush()
    assert not cache.exists()  # a crash now: the next start reads the whole file
    with _quick(tmp_path) as meanwhile:
        assert meanwhile.complete and meanwhile.settings.get("daily_goal_min") == 40
    store.close()
    with _quick(tmp_path) as again:
        assert again.partial is not None
        assert again.settings.get("daily_goal_min") == 40


def test_a_missing_data_file_is_recovered_from_a_backup_whatever_the_cache_says(tmp_path):
    clock = FakeClock()
    make_folder(tmp_path, clock)
    (tmp_path / FILE_NAME).unlink()
    assert start_cache.cache_path(tmp_path).exists()
    opened = Store.open(tmp_path, now=clock, quick=True)
    with opened.store as store:
        assert store.complete and store.sessions.count() == 3
        assert [n.code for n in opened.notices] == ["restored-backup"]


def test_restoring_a_backup_right_after_a_quick_start_keeps_the_whole_data_first(tmp_path):
    _ten_days(tmp_path)
    store = _quick(tmp_path)
    backup = store.backup_now()  # the whole data: 200 sessions
    store.settings.set("daily_goal_min", 45)
    kept = store.restore_backup(backup)
    assert len(orjson.loads(kept.read_bytes())["sessions"]) == 200
    assert store.sessions.count() == 200 and store.settings.get("daily_goal_min") != 45
    assert store.close()
    with _quick(tmp_path) as again:
        assert again.partial is not None and again.sessions.count() == 200


def test_a_partial_store_closed_before_reading_the_rest_refuses_at_once(tmp_path):
    _ten_days(tmp_path)
    store = _quick(tmp_path)
    assert store.close()
    with pytest.raises(RuntimeError, match="closed"):
        store.settings.set("theme", "light")  # not a wait for a read that never starts
    with pytest.raises(RuntimeError, match="closed"):
        store.sessions.all()


# -- the app's start holds the writer until the window is usable ---------------------------


def test_a_first_run_writes_its_new_file_once_the_rest_is_asked_for(tmp_path):
    store = Store.open(tmp_path, now=_clock(), quick=True).store
    try:
        clock_time.sleep(0.3)  # a running writer saves a new file within ~20 ms
        assert not (tmp_path / FILE_NAME).exists()  # nothing written while the window is made
        store.load_rest()  # what the app calls once its window is usable
        assert eventually(lambda: (tmp_path / FILE_NAME).exists())
        assert eventually(lambda: bool(list_backups(folder_for(tmp_path))))  # the daily one
    finally:
        store.close()


@pytest.mark.parametrize("how", ["change", "flush", "close"])
def test_a_held_writer_saves_a_change_a_flush_or_a_close_at_once(tmp_path, how):
    store = Store.open(tmp_path, now=_clock(), quick=True).store
    try:
        if how == "change":
            store.settings.set("theme", "dark").wait(5)
        elif how == "flush":
            assert store.flush()
        else:
            assert store.close()
        assert (tmp_path / FILE_NAME).exists()
    finally:
        store.close()
    if how == "change":
        with Store.open(tmp_path, now=_clock()).store as again:
            assert again.settings.get("theme") == "dark"


def test_only_the_apps_quick_start_holds_the_writer(tmp_path):
    with Store.open(tmp_path, now=_clock()).store:
        assert eventually(lambda: (tmp_path / FILE_NAME).exists())  # no flush needed
