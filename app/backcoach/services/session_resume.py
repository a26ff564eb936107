"""Carrying on with a session ended early by mistake, a few minutes later. No Qt.

What it takes to carry on (the engine's progress from just before the end, the routine,
the stored session's id, the moment it ended) is kept in a setting the moment the session
ends, so the offer outlives the window and a restart of the app within its ten minutes.

Carrying on continues the SAME stored record (``Store.reopen_session``): Home, Progress,
the record list and the report see one session with the minutes of both parts and every
rating. While it runs again it is an ordinary running session: a crash is recovered as
any other (resume, or end it at its last stored moment).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from backcoach.context import AppContext
from backcoach.domain.routines import Routine, RoutineError, from_dict, to_dict
from backcoach.storage.protocols import DataStore

if TYPE_CHECKING:  # Home asks ``pending`` at start: the engine loads when carried on
    from backcoach.domain.session import SessionEngine
    from backcoach.services.session_recorder import SessionRecorder

log = logging.getLogger(__name__)

JUST_ENDED_KEY = "just_ended_session"
"""Setting holding {session_id, routine, snapshot, ended_at} of a session ended early."""
RESUME_WINDOW_S = 600
"""A session ended early can be carried on for this long (from its summary or Home)."""
_CLOCK_SLACK_S = 60
"""A wall clock put back a little (a time sync) does not lose the offer."""


class JustEnded(NamedTuple):
    """A session that ended early a moment ago, and what carrying it on needs.

    A NamedTuple, not a frozen dataclass: Home imports this module at every start, where
    a dataclass costs ~0.4 ms to create (008-speed.md, "17e")."""

    session_id: str
    routine: Routine
    snapshot: dict[str, Any]
    """The engine's progress just before the end (``SessionEngine.snapshot``)."""
    ended_at: datetime
    """Wall time of the end (aware)."""

    def seconds_left(self, now: datetime) -> float:
        return RESUME_WINDOW_S - (now - self.ended_at).total_seconds()

    def open_at(self, now: datetime) -> bool:
        elapsed = (now - self.ended_at).total_seconds()
        return -_CLOCK_SLACK_S <= elapsed <= RESUME_WINDOW_S


def remember(
    store: DataStore,
    session_id: str,
    routine: Routine,
    snapshot: dict[str, Any],
    ended_at: datetime,
) -> None:
    """Keep what carrying on needs (called when a session ends early)."""
    store.settings.set(
        JUST_ENDED_KEY,
        {
            "session_id": session_id,
            "routine": to_dict(routine),
            "snapshot": snapshot,
            "ended_at": ended_at.isoformat(),
        },
    )


def forget(store: DataStore) -> None:
    if store.settings.get(JUST_ENDED_KEY) is not None:
        store.settings.set(JUST_ENDED_KEY, None)


def pending(store: DataStore, now: datetime) -> JustEnded | None:
    """The session that can still be carried on now, if any (else the offer is dropped:
    too late, the record deleted or replaced, or the setting damaged)."""
    saved = store.settings.get(JUST_ENDED_KEY)
    if saved is None:
        return None
    found = _read(store, saved)
    if found is None or found.seconds_left(now) < 0:
        forget(store)
        return None
    # A clock reading well before the end (put back) offers nothing now, drops nothing.
    return found if found.open_at(now) else None


def _read(store: DataStore, saved: Any) -> JustEnded | None:
    try:
        ended = JustEnded(
            str(saved["session_id"]),
            from_dict(saved["routine"]),
            dict(saved["snapshot"]),
            datetime.fromisoformat(saved["ended_at"]),
        )
        if ended.ended_at.utcoffset() is None:
            raise ValueError("the end time has no time zone")
        record = store.sessions.get(ended.session_id)
    except (KeyError, TypeError, ValueError, RoutineError) as error:
        log.info("no session to carry on: %s", error)
        return None
    # Only the session as it was left: ended early, and not reopened since.
    return ended if record.ended_at is not None and record.ended_early else None


def carry_on(
    context: AppContext, ended: JustEnded, now: datetime
) -> tuple[SessionEngine, SessionRecorder] | None:
    """Reopen the stored session and an engine where it stopped (the exercise under way
    from its first set, paused); None if it cannot go on (the offer is then dropped)."""
    from backcoach.services import sessions
    from backcoach.services.session_recorder import SessionRecorder

    store = context.store
    resumed = sessions.resume(
        context, {"routine": to_dict(ended.routine), "snapshot": ended.snapshot}
    )
    if resumed is None:
        forget(store)
        return None
    engine, routine = resumed
    record = store.sessions.get(ended.session_id)
    stored = [r.offset_s for r in record.ratings]
    resumed_at = float(ended.snapshot["offset_s"])
    # Stored offsets count from the session's real start, the break between the parts
    # included; never back before what is stored already.
    since_start = (now - record.started_at).total_seconds()
    shift = max(0.0, since_start - resumed_at, max(stored, default=0.0) - resumed_at)
    # One step for the writer: the record reopened, the crash snapshot of the running
    # session and the offer dropped are saved together (a crash never leaves a reopened
    # session without the snapshot that lets it be resumed or closed).
    with store.transaction():
        store.sessions.reopen(ended.session_id)
        recorder = SessionRecorder(
            store,
            engine,
            routine,
            session_id=ended.session_id,
            started_wall=record.started_at,
            offset_shift_s=shift,
        )
        forget(store)
    return engine, recorder


__all__ = ["JUST_ENDED_KEY", "RESUME_WINDOW_S", "JustEnded", "carry_on", "forget", "pending"]
