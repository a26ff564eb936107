"""A session killed mid-way (SIGKILL) keeps every stored rating and can be resumed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.session.clock import ManualClock
from backcoach.services import sessions
from backcoach.storage import Store

CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue
    from backcoach.domain.session.clock import ManualClock
    from backcoach.services import routines, sessions
    from backcoach.services.session_recorder import SessionRecorder
    from backcoach.storage import Store

    store = Store.open(Path(sys.argv[1])).store
    clock = ManualClock()
    context = AppContext(Path(sys.argv[1]), load_catalogue(), store, clock, clock_is_fake=True)
    routine = routines.starter_plans(context)[0]
    engine = sessions.new_engine(context, routine)
    engine.start()
    recorder = SessionRecorder(store, engine, routine)
    engine.rate(3)          # baseline
    engine.rate(4)          # before the first exercise
    clock.advance(5)
    engine.tick()           # into the first hold
    store.flush()
    print("durable", flush=True)
    time.sleep(60)          # killed here, mid-exercise
    """
)


@pytest.mark.slow
def test_killed_session_keeps_its_ratings_and_resumes(tmp_path) -> None:
    data = tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    try:
        assert child.stdout.readline().strip() == "durable"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)

    store = Store.open(data).store
    try:
        saved = sessions.saved_session(store)
        assert saved is not None, "the interrupted session should be offered for resuming"
        [running] = store.sessions.running()
        assert [(r.phase, r.score) for r in running.ratings] == [("baseline", 3), ("before", 4)]
        context = AppContext(data, load_catalogue(), store, ManualClock(), clock_is_fake=True)
        engine, routine = sessions.resume(context, saved)
        state = engine.state()
        assert routine.id == "extension-start"
        assert state.paused and state.planned.exercise_id == "stomach-lying"
        sessions.close_interrupted(store, saved)
        assert store.sessions.running() == [] and sessions.saved_session(store) is None
    finally:
        store.close()
