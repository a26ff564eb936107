"""Carrying on with a session ended early: one stored session, whatever the number of
early ends and carry-ons; the offer outlives a restart within its window, and a crash in
the carried-on part is recovered like any other."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.daily_goal import counts_as_session, session_minutes
from backcoach.domain.session.clock import ManualClock
from backcoach.domain.session.events import Phase
from backcoach.services import routines, session_resume, sessions
from backcoach.services.session_recorder import RESUME_KEY, SessionRecorder
from backcoach.storage import Store

CATALOGUE = load_catalogue()
START = datetime(2026, 12, 4, 9, 0).astimezone()


class Run:
    """One user's sessions on a fake monotonic clock and a wall clock that follows it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.clock = ManualClock()
        self.store = Store.open(folder, now=self.wall).store
        self.context = AppContext(folder, CATALOGUE, self.store, self.clock, clock_is_fake=True)
        self.routine = routines.starter_plans(self.context)[0]
        self.engine = sessions.new_engine(self.context, self.routine)
        self.engine.start()
        self.recorder = SessionRecorder(self.store, self.engine, self.routine, now=self.wall)
        self.emitted: list[int] = []
        self.engine.add_listener(self._count)

    def wall(self) -> datetime:
        return START + timedelta(seconds=self.clock())

    def _count(self, event: object) -> None:
        from backcoach.domain.session.events import RatingGiven

        if isinstance(event, RatingGiven):
            self.emitted.append(event.score)

    def work(self, seconds: float) -> None:
        """Follow the session as a user would: rate 2 when asked, else let time pass."""
        for _ in range(int(seconds * 2)):
            state = self.engine.tick()
            if state.phase is Phase.DONE:
                return
            if state.rating_due and state.awaiting_rating != "during":
                self.engine.rate(2)
            elif state.phase is Phase.WORK and state.rep_based and state.elapsed_s >= 3:
                self.engine.reps_done()
            elif state.paused:
                self.engine.resume()
            else:
                self.clock.advance(0.5)

    def end_early(self, after_rating: int | None = 3) -> bool:
        """Esc, E (and the after rating): remembered as the session page does."""
        if self.engine.phase in (Phase.DONE, Phase.RATING_AFTER, Phase.HIGH_PAIN):
            return False
        point = self.engine.snapshot()
        self.engine.end_early()
        if self.engine.phase is Phase.RATING_AFTER:
            if after_rating is None:
                self.engine.end_early()
            else:
                self.engine.rate(after_rating)
        assert self.engine.phase is Phase.DONE and self.recorder.finished
        session_resume.remember(
            self.store, self.recorder.session_id, self.routine, point, self.wall()
        )
        return True

    def carry_on(self) -> bool:
        ended = session_resume.pending(self.store, self.wall())
        if ended is None:
            return False
        carried = session_resume.carry_on(self.context, ended, self.wall())
        assert carried is not None
        self.engine, self.recorder = carried
        self.engine.add_listener(self._count)
        return True


def test_carrying_on_continues_the_same_record(tmp_path: Path) -> None:
    run = Run(tmp_path)
    run.work(200)
    first_id = run.recorder.session_id
    assert run.end_early()
    part_one = session_minutes(run.store.sessions.get(first_id))
    run.clock.advance(180)  # three minutes later
    assert run.carry_on()
    assert run.recorder.session_id == first_id
    assert run.store.sessions.get(first_id).running
    assert run.store.settings.get(session_resume.JUST_ENDED_KEY) is None
    saved = run.store.settings.get(RESUME_KEY)  # a crash now is recovered as any other
    assert saved["session_id"] == first_id and saved["offset_shift_s"] >= 180
    run.work(4000)
    assert run.engine.phase is Phase.DONE
    [record] = run.store.sessions.all()
    assert record.id == first_id and not record.ended_early and not record.running
    assert session_minutes(record) > part_one
    assert [r.score for r in record.ratings] == run.emitted
    offsets = [r.offset_s for r in record.ratings]
    assert offsets == sorted(offsets)
    # Stored wall times follow the real ones: the break between the parts is in them.
    assert record.ratings[-1].at >= (START + timedelta(seconds=run.clock())).astimezone() - (
        timedelta(seconds=1)
    )
    assert run.store.close()


def test_the_offer_lasts_ten_minutes_of_wall_time_and_survives_a_restart(tmp_path) -> None:
    run = Run(tmp_path)
    run.work(120)
    run.end_early()
    assert run.store.close()
    store = Store.open(tmp_path, now=run.wall).store  # BackCoach opened again
    run.clock.advance(session_resume.RESUME_WINDOW_S - 5)
    found = session_resume.pending(store, run.wall())
    assert found is not None and 0 < found.seconds_left(run.wall()) <= 5
    # A clock put back well before the end offers nothing now, but drops nothing.
    assert session_resume.pending(store, START - timedelta(hours=1)) is None
    assert store.settings.get(session_resume.JUST_ENDED_KEY) is not None
    run.clock.advance(10)
    assert session_resume.pending(store, run.wall()) is None
    assert store.settings.get(session_resume.JUST_ENDED_KEY) is None
    assert store.close()


def test_no_offer_once_the_record_is_deleted_or_no_longer_ended_early(tmp_path) -> None:
    run = Run(tmp_path)
    run.work(120)
    run.end_early()
    session_id = run.recorder.session_id
    record = run.store.sessions.get(session_id)
    run.store.sessions.delete(session_id)  # from the record list
    assert session_resume.pending(run.store, run.wall()) is None
    run.store.sessions.save(record)  # its undo: the offer was dropped with it
    assert session_resume.pending(run.store, run.wall()) is None
    run.store.settings.set(session_resume.JUST_ENDED_KEY, {"session_id": session_id})
    assert session_resume.pending(run.store, run.wall()) is None  # damaged: dropped
    assert run.store.close()


def test_a_crash_in_the_carried_on_part_keeps_one_session(tmp_path) -> None:
    run = Run(tmp_path)
    run.work(150)
    run.end_early()
    run.clock.advance(60)
    run.carry_on()
    run.work(60)
    run.store.flush()
    # The process dies here; the next start finds the running session and its snapshot.
    store = Store.open(tmp_path, now=run.wall).store
    saved = sessions.saved_session(store)
    assert saved is not None
    sessions.close_interrupted(store, saved)
    [record] = store.sessions.all()
    assert record.ended_early and not record.running
    assert [r.score for r in record.ratings] == run.emitted
    assert store.close()
    run.store.close(timeout_s=1.0)


@pytest.mark.parametrize("after_rating", [None, 4])
def test_the_early_after_rating_is_kept_and_the_last_after_stands(tmp_path, after_rating):
    from backcoach.domain.progress import session_pain

    run = Run(tmp_path)
    run.work(150)
    run.end_early(after_rating)
    run.carry_on()
    run.work(4000)
    [record] = run.store.sessions.all()
    afters = [r.score for r in record.ratings if r.phase == "after"]
    assert afters == ([4, 2] if after_rating else [2])
    assert session_pain(record).after == 2
    assert run.store.close()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    parts=st.lists(
        st.tuples(st.floats(0, 400), st.floats(0, 700), st.booleans()), min_size=1, max_size=4
    )
)
def test_any_mix_of_early_ends_and_carry_ons_is_one_session(tmp_path_factory, parts) -> None:
    """Property: work, end early, wait (within the window or not), carry on: the record
    is always one session holding every rating given, in order, with increasing offsets
    and times; minutes only grow; past the window a new start is a new session."""
    run = Run(tmp_path_factory.mktemp("data"))
    minutes = 0.0
    sessions_started = 1
    for work_s, wait_s, rate_after in parts:
        run.work(work_s)
        if run.engine.phase is Phase.DONE or not run.end_early(3 if rate_after else None):
            break
        record = run.store.sessions.get(run.recorder.session_id)
        assert session_minutes(record) >= minutes - 1e-9
        minutes = session_minutes(record)
        run.clock.advance(wait_s)
        if not run.carry_on():
            assert wait_s > session_resume.RESUME_WINDOW_S
            break
    records = run.store.sessions.all()
    assert len(records) == sessions_started
    [record] = records
    assert [r.score for r in record.ratings] == run.emitted
    offsets = [r.offset_s for r in record.ratings]
    times = [r.at for r in record.ratings]
    assert offsets == sorted(offsets) and times == sorted(times)
    assert counts_as_session(record) or session_minutes(record) < 1
    assert run.store.close()
