"""A session ended early and carried on is reopened in place: still one record, its
caches never stale, on disk exactly as in memory, and only an early end can be undone."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import orjson
import pytest
from history_helpers import T0, rating
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcoach.domain.progress import summarise
from backcoach.domain.records import ExerciseResult
from backcoach.storage import Store, codec


def test_a_session_ended_early_goes_on_in_the_same_record(data_dir: Path, open_store) -> None:
    store = open_store(data_dir).store
    session_id = store.sessions.start("r1", "Routine one")
    store.sessions.append_rating(session_id, rating(2, "baseline", 0.0))
    store.sessions.finish_exercise(
        session_id, ExerciseResult("plank", T0, T0 + timedelta(minutes=1), 1, skipped=True)
    )
    store.sessions.end(session_id, ended_early=True)
    assert store.sessions.get(session_id).ended_early  # decoded (and cached) while ended
    store.flush()

    store.sessions.reopen(session_id)
    reopened = store.sessions.get(session_id)
    assert reopened.running and not reopened.ended_early
    assert [s.id for s in store.sessions.running()] == [session_id]
    store.sessions.append_rating(session_id, rating(3, "before", 200.0))
    store.sessions.end(session_id)
    final = store.sessions.get(session_id)
    assert store.sessions.count() == 1 and not final.ended_early and not final.running
    assert [r.phase for r in final.ratings] == ["baseline", "before"]
    assert len(final.exercises) == 1
    assert store.close()
    assert open_store(data_dir).store.sessions.all() == [final]


def test_what_progress_reads_follows_the_sessions_changes(store: Store) -> None:
    def summaries_match() -> bool:
        return store.sessions.summaries() == [summarise(s) for s in store.sessions.all()]

    later = store.sessions.start(None, "Later", started_at=T0 + timedelta(days=1))
    store.sessions.end(later, ended_early=True, ended_at=T0 + timedelta(days=1, minutes=1))
    first = store.sessions.start(None, "First", started_at=T0)  # stored second, oldest first
    store.sessions.append_rating(first, rating(4, "baseline", 0.0))
    store.sessions.end(first, ended_at=T0 + timedelta(minutes=20))
    assert summaries_match() and [s.pain.before for s in store.sessions.summaries()] == [4, None]
    store.sessions.reopen(later)  # kept summaries are by document: a reopened one is new
    store.sessions.append_rating(later, rating(6, "baseline", 90.0))
    assert summaries_match() and store.sessions.summaries()[1].pain.before == 6
    store.sessions.end(later)
    store.sessions.delete(first)
    assert summaries_match() and len(store.sessions.summaries()) == 1


def test_only_a_session_ended_early_can_be_reopened(store: Store) -> None:
    running = store.sessions.start(None, "Quick")
    with pytest.raises(ValueError, match="still running"):
        store.sessions.reopen(running)
    store.sessions.end(running)
    with pytest.raises(ValueError, match="finished, not ended early"):
        store.sessions.reopen(running)
    with pytest.raises(KeyError, match="no session"):
        store.sessions.reopen("nope")


def _on_disk(store: Store) -> dict:
    return orjson.loads(b"".join(store._storage.serialise()))


operations = st.lists(
    st.sampled_from(["rate", "end-early", "end", "reopen", "save"]), min_size=1, max_size=40
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=operations)
def test_what_is_saved_always_matches_the_data_through_any_reopen(store: Store, steps) -> None:
    """The serialiser keeps ended sessions' bytes: a reopened one must never be written
    from a stale copy, whatever the order of rating, ending, reopening and saving."""
    for doc in list(store.sessions.all()):
        if doc.running:
            store.sessions.end(doc.id)
    session_id = store.sessions.start(None, "Walk")
    other = store.sessions.start(None, "Other")
    store.sessions.end(other)
    expected: list[int] = []
    state = "running"
    for step in steps:
        if step == "rate" and state == "running":
            score = len(expected) % 11
            store.sessions.append_rating(session_id, rating(score, "during", float(len(expected))))
            expected.append(score)
        elif step in ("end-early", "end") and state == "running":
            store.sessions.end(session_id, ended_early=step == "end-early")
            state = step
        elif step == "reopen":
            if state == "end-early":
                store.sessions.reopen(session_id)
                state = "running"
            else:
                with pytest.raises(ValueError):
                    store.sessions.reopen(session_id)
        elif step == "save":
            assert _on_disk(store) == orjson.loads(orjson.dumps(store._storage.read()))
        record = store.sessions.get(session_id)
        assert [r.score for r in record.ratings] == expected
        assert record.running == (state == "running")
        assert record.ended_early == (state == "end-early")
    assert _on_disk(store) == orjson.loads(orjson.dumps(store._storage.read()))
    found = next(d for d in _on_disk(store)["sessions"].values() if d["id"] == session_id)
    assert [r.score for r in codec.decode_stored_session(found).ratings] == expected
