"""Writes a running session to the store as it happens, and keeps it resumable.

Listens to the engine's events: every rating, finished exercise and flare is handed to
the store at once (durable within a second), and after each event a snapshot of the
engine's progress is stored so a crash can be resumed where it stopped. No Qt here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from backcoach.domain.records import ExerciseResult, Flare, Rating
from backcoach.domain.routines import Routine, to_dict
from backcoach.domain.session import SessionEngine
from backcoach.domain.session import events as ev
from backcoach.storage.protocols import DataStore

log = logging.getLogger(__name__)

RESUME_KEY = "running_session"
"""Setting holding {session_id, routine, snapshot} while a session runs."""


class SessionRecorder:
    def __init__(
        self,
        store: DataStore,
        engine: SessionEngine,
        routine: Routine,
        *,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        session_id: str | None = None,
        started_wall: datetime | None = None,
        offset_shift_s: float = 0.0,
    ) -> None:
        self.store = store
        self.engine = engine
        self.routine = routine
        self._now = now
        if session_id is None:
            started_wall = now()
            session_id = store.sessions.start(routine.id, routine.name, started_at=started_wall)
        self.session_id = session_id
        # Wall time of offset 0: ratings carry monotonic offsets, stored times follow them.
        self._start_utc = (started_wall or now()).astimezone(UTC)
        # A session carried on after an early end: the engine's offsets go on from where
        # it stopped, the stored ones from the session's real start (the gap included),
        # so the record's offsets and times keep increasing.
        self._shift_s = float(offset_shift_s)
        self.finished = False
        engine.add_listener(self.on_event)
        self._save_snapshot()

    @classmethod
    def resume(
        cls, store: DataStore, engine: SessionEngine, routine: Routine, saved: dict[str, Any]
    ) -> SessionRecorder:
        started = datetime.fromisoformat(saved["started_at"])
        return cls(
            store,
            engine,
            routine,
            session_id=saved["session_id"],
            started_wall=started,
            offset_shift_s=float(saved.get("offset_shift_s", 0.0)),
        )

    def _at(self, offset_s: float) -> datetime:
        return self._start_utc + timedelta(seconds=offset_s + self._shift_s)

    def _offset(self, offset_s: float) -> float:
        return offset_s + self._shift_s

    def on_event(self, event: object) -> None:
        store, sid = self.store, self.session_id
        if isinstance(event, ev.RatingGiven):
            store.sessions.append_rating(
                sid,
                Rating(
                    score=event.score,
                    phase=event.phase,
                    exercise_id=event.exercise_id,
                    at=self._at(event.offset_s),
                    offset_s=self._offset(event.offset_s),
                    set_index=event.set_index,
                    side=event.side,
                ),
            )
        elif isinstance(event, ev.ExerciseFinished):
            store.sessions.finish_exercise(
                sid,
                ExerciseResult(
                    exercise_id=event.exercise_id,
                    started_at=self._at(event.started_offset_s),
                    finished_at=self._at(max(event.offset_s, event.started_offset_s)),
                    sets_done=event.sets_done,
                    side=event.side,
                    skipped=event.skipped,
                ),
            )
        elif isinstance(event, ev.FlareResolved):
            store.sessions.record_flare(
                sid,
                Flare(
                    exercise_id=event.exercise_id,
                    at=self._at(event.offset_s),
                    baseline=event.baseline,
                    score=event.score,
                    action=event.action,
                ),
            )
        elif isinstance(event, ev.PhaseChanged) and event.new is ev.Phase.DONE:
            self.finish(ended_early=self.engine.state().ended_early)
            return
        if not self.finished:
            self._save_snapshot()

    def _save_snapshot(self) -> None:
        self.store.settings.set(
            RESUME_KEY,
            {
                "session_id": self.session_id,
                "started_at": self._start_utc.isoformat(),
                "offset_shift_s": self._shift_s,
                "routine": to_dict(self.routine),
                "snapshot": self.engine.snapshot(),
            },
        )

    def finish(self, ended_early: bool = False) -> None:
        if self.finished:
            return
        self.finished = True
        self.engine.remove_listener(self.on_event)
        self.store.sessions.end(self.session_id, ended_early)
        self.store.settings.set(RESUME_KEY, None)


def saved_session(store: DataStore) -> dict[str, Any] | None:
    """The session a crash interrupted, if its record is still open in the store."""
    saved = store.settings.get(RESUME_KEY)
    if not isinstance(saved, dict) or "session_id" not in saved:
        return None
    running = {s.id for s in store.sessions.running()}
    return saved if saved["session_id"] in running else None


def close_interrupted(store: DataStore, saved: dict[str, Any]) -> None:
    """Keep what was done: end the interrupted session at its last stored moment."""
    session = store.sessions.get(saved["session_id"])
    moments = [r.at for r in session.ratings] + [e.finished_at for e in session.exercises]
    store.sessions.end(session.id, True, ended_at=max(moments, default=session.started_at))
    store.settings.set(RESUME_KEY, None)
