"""Correcting the record through the service: list, open, change, delete, undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from tests.domain.test_progress import make_session

from backcoach.context import AppContext
from backcoach.domain import progress
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.records import Activity
from backcoach.services import record_edits

DAY = date(2025, 3, 20)


@pytest.fixture
def context(store):
    return AppContext(data_dir=store.data_dir, catalogue=load_catalogue(), store=store)


def _minutes(context, day: date) -> float:
    store = context.store
    history = progress.build_history(
        store.sessions.all(), store.checkins.all(), store.activities.all()
    )
    return history.day(day).minutes


def test_entries_list_sessions_and_activities_newest_first(context) -> None:
    store = context.store
    store.sessions.save(make_session(DAY - timedelta(days=2), 3, [("prone-press", None, [4])], 2))
    store.sessions.save(make_session(DAY, 4, [("prone-press", None, [5])], 3, hour=8))
    walk = Activity.new(DAY - timedelta(days=1), "walking", 40, 3, 2, "by the river")
    store.activities.add(walk)
    entries = record_edits.entries(context)
    assert [(e.kind, e.day) for e in entries] == [
        ("session", DAY),
        ("activity", DAY - timedelta(days=1)),
        ("session", DAY - timedelta(days=2)),
    ]
    assert entries[1].title == "Walking" and entries[1].pain == "pain 3 → 2"
    assert entries[0].time == "08:00" and entries[0].pain == "pain 4 → 3"
    lines = record_edits.details(context, entries[0])
    assert any("Prone press" in line or "prone" in line.lower() for line in lines)
    assert "Pain before 4, highest during it 5, after 3" in lines
    assert record_edits.details(context, entries[1])[-1] == "Note: by the river"


def test_a_running_session_is_not_listed_and_cannot_be_deleted(context) -> None:
    store = context.store
    running = store.sessions.start("r", "Morning")
    assert record_edits.entries(context) == []
    with pytest.raises(ValueError, match="still running"):
        store.sessions.delete(running)


def test_deleting_a_session_and_undoing_it_flows_to_the_minutes(context) -> None:
    store = context.store
    session = make_session(DAY, 4, [("prone-press", None, [5])], 3)
    store.sessions.save(session)
    before = _minutes(context, DAY)
    assert before > 0
    change = record_edits.delete_session(context, session.id)
    assert store.sessions.all() == []
    assert _minutes(context, DAY) == 0
    assert change.description.startswith("Deleted the session")
    record_edits.undo(change)
    assert store.sessions.all() == [session], "the very same record is back"
    assert _minutes(context, DAY) == before
    assert store.flush()


def test_changing_an_activity_keeps_its_id_and_undo_puts_back_the_old(context) -> None:
    store = context.store
    walk = Activity.new(DAY, "walking", 20)
    store.activities.add(walk)
    longer = replace(walk, kind="cycling", minutes=45, note="to work")
    change = record_edits.save_activity(context, longer)
    assert store.activities.all() == [longer]
    assert _minutes(context, DAY) == 45
    assert change.description.startswith("Changed the activity “Cycling”")
    record_edits.undo(change)
    assert store.activities.all() == [walk]


def test_deleting_an_activity_and_undo(context) -> None:
    store = context.store
    walk = Activity.new(DAY, "walking", 20)
    store.activities.add(walk)
    change = record_edits.delete_activity(context, walk.id)
    assert store.activities.all() == []
    record_edits.undo(change)
    assert store.activities.all() == [walk]


def test_a_deleted_session_stays_deleted_after_reopening(context, data_dir) -> None:
    from backcoach.storage import Store

    store = context.store
    keep = make_session(DAY, 4, [("prone-press", None, [5])], 3, session_id="keep")
    gone = make_session(DAY - timedelta(days=1), 4, [("prone-press", None, [5])], 3)
    store.sessions.save(keep)
    store.sessions.save(gone)
    record_edits.delete_session(context, gone.id)
    assert store.flush()
    with Store.open(data_dir).store as again:
        assert [s.id for s in again.sessions.all()] == ["keep"]


def test_a_session_carried_on_lists_the_part_cut_short_and_the_redo(context) -> None:
    """After an early end and a carry-on, one session holds the exercise begun (its time
    counts) and then done again: the details say both plainly, not 'skipped'."""
    from backcoach.domain.records import ExerciseResult

    record = make_session(DAY, 2, [("prone-press", None, [3])], 2)
    begun = record.exercises[0]
    cut_short = ExerciseResult(
        "prone-press", begun.started_at, begun.started_at + timedelta(seconds=40), 0, None, True
    )
    untouched = ExerciseResult(
        "knee-to-chest", begun.finished_at, begun.finished_at, 0, None, skipped=True
    )
    context.store.sessions.save(
        replace(record, exercises=(cut_short, *record.exercises, untouched))
    )
    [entry] = [e for e in record_edits.entries(context) if e.kind == record_edits.SESSION]
    lines = record_edits.details(context, entry)
    assert "• Prone press: begun, stopped before a full set" in lines
    assert any(line.startswith("• Prone press: ") and "done" in line for line in lines)
    assert "• Knee to chest: skipped" in lines
