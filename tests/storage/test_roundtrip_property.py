"""Random sequences of everything the app does round-trip through the store and the disk.

A hypothesis state machine drives the Store and a plain in-memory model side by side;
after every step the store must answer like the model, and after closing and reopening
(a fresh Store reading the file the writer saved) it must still do so.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from datetime import UTC, timedelta
from pathlib import Path

from history_helpers import FakeClock
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    invariant,
    precondition,
    rule,
)
from records_strategies import (
    activities,
    checkins,
    exercise_results,
    flares,
    json_values,
    names,
    ratings,
    routines,
    texts,
)

from backcoach.domain.records import Activity, SessionRecord
from backcoach.storage import Store

SETTING_KEYS = st.sampled_from(["theme", "goal", "voice", "first_run.completed_at"])
EXERCISES = st.sampled_from(["plank", "bird-dog", "prone-press", "@x"])


class StoreMachine(RuleBasedStateMachine):
    running = Bundle("running")
    activity_ids = Bundle("activity_ids")
    routine_ids = Bundle("routine_ids")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="backcoach-prop-"))
        self.clock = FakeClock()
        self.store = Store.open(self.folder, now=self.clock).store
        self.sessions: dict[str, SessionRecord] = {}
        self.checkins: dict = {}
        self.activities: dict[str, Activity] = {}
        self.routines: dict[str, dict] = {}
        self.favourites: set[str] = set()
        self.settings: dict = {}

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- sessions ------------------------------------------------------------------------

    @rule(target=running, routine_id=st.none() | names, name=texts)
    def start_session(self, routine_id, name):
        session_id = self.store.sessions.start(routine_id, name)
        now = self.clock()
        self.sessions[session_id] = SessionRecord(session_id, now, 120, routine_id, name)
        return session_id

    def _change(self, session_id: str, **changes) -> None:
        old = self.sessions[session_id]
        values = {f: getattr(old, f) for f in SessionRecord.__dataclass_fields__}
        self.sessions[session_id] = SessionRecord(**{**values, **changes})

    @rule(session_id=running, rating=ratings)
    def append_rating(self, session_id, rating):
        self.store.sessions.append_rating(session_id, rating)
        self._change(session_id, ratings=(*self.sessions[session_id].ratings, rating))

    @rule(session_id=running, result=exercise_results)
    def finish_exercise(self, session_id, result):
        self.store.sessions.finish_exercise(session_id, result)
        self._change(session_id, exercises=(*self.sessions[session_id].exercises, result))

    @rule(session_id=running, flare=flares)
    def record_flare(self, session_id, flare):
        self.store.sessions.record_flare(session_id, flare)
        self._change(session_id, flares=(*self.sessions[session_id].flares, flare))

    @rule(session_id=consumes(running), early=st.booleans())
    def end_session(self, session_id, early):
        self.store.sessions.end(session_id, ended_early=early)
        self._change(session_id, ended_at=self.clock().astimezone(UTC), ended_early=early)

    @rule(minutes=st.integers(1, 3000))
    def time_passes(self, minutes):
        self.clock.advance(minutes=minutes)

    # -- everything else -----------------------------------------------------------------

    @rule(checkin=checkins)
    def add_checkin(self, checkin):
        self.store.checkins.add(checkin)
        self.checkins[checkin.day] = checkin

    @rule(target=activity_ids, activity=activities)
    def add_activity(self, activity):
        self.store.activities.add(activity)
        self.activities[activity.id] = activity
        return activity.id

    @rule(activity_id=activity_ids, activity=activities)
    def correct_activity(self, activity_id, activity):
        corrected = dataclasses.replace(activity, id=activity_id)
        self.store.activities.add(corrected)
        self.activities[activity_id] = corrected

    @rule(activity_id=consumes(activity_ids))
    def delete_activity(self, activity_id):
        self.store.activities.delete(activity_id)
        self.activities.pop(activity_id, None)

    @rule(target=routine_ids, routine=routines)
    def save_routine(self, routine):
        routine_id = self.store.routines.save(routine)
        self.routines[routine_id] = {**routine, "id": routine_id}
        return routine_id

    @rule(routine_id=consumes(routine_ids))
    def delete_routine(self, routine_id):
        self.store.routines.delete(routine_id)
        self.routines.pop(routine_id, None)

    @rule(exercise_id=EXERCISES, on=st.booleans())
    def set_favourite(self, exercise_id, on):
        self.store.favourites.set(exercise_id, on)
        (self.favourites.add if on else self.favourites.discard)(exercise_id)

    @rule(key=SETTING_KEYS, value=json_values)
    def set_setting(self, key, value):
        self.store.settings.set(key, value)
        self.settings[key] = value

    @precondition(lambda self: self.sessions or self.settings or self.favourites)
    @rule()
    def close_and_reopen(self):
        assert self.store.close(), "everything was saved"
        self.store = Store.open(self.folder, now=self.clock).store
        self.check_everything()

    # -- the check -----------------------------------------------------------------------

    @invariant()
    def check_everything(self):
        store = self.store
        by_start = sorted(self.sessions.values(), key=lambda s: s.started_at)
        assert [s.id for s in store.sessions.all()] == [s.id for s in by_start]
        for expected in by_start:
            assert store.sessions.get(expected.id) == expected
        running = [s for s in by_start if s.ended_at is None]
        assert store.sessions.latest_running() == (running[-1] if running else None)
        assert store.checkins.all() == sorted(self.checkins.values(), key=lambda c: c.day)
        assert sorted(store.activities.all(), key=lambda a: a.id) == sorted(
            self.activities.values(), key=lambda a: a.id
        )
        assert {r["id"]: r for r in store.routines.all()} == self.routines
        assert store.favourites.all() == self.favourites
        assert store.settings.all() == self.settings


StoreMachine.TestCase.settings = settings(max_examples=60, stateful_step_count=25, deadline=None)
test_random_operations_round_trip = StoreMachine.TestCase

# Ensures the model's session offsets match the fake clock's zone (UTC+2).
assert FakeClock()().utcoffset() == timedelta(minutes=120)
