"""The running phase on the session's time line: its deadline, its cues, and pauses.

This is the part of the session engine that knows about time and nothing about exercises.
Deadlines and cue times are kept on the *active* line (pauses left out, see
``session_clock``). ``next_due()`` hands the engine, one at a time and in order, each cue or
deadline that the clock has passed — with its *scheduled* time, so the engine places the
next phase where the schedule says, however late the tick that noticed it.
"""

from __future__ import annotations

from collections.abc import Iterable

from backcoach.domain.session.clock import ActiveTime, Clock
from backcoach.domain.session.events import PauseChanged, Phase
from backcoach.domain.vocabulary import COUNTDOWN_CUES, PauseReason

DEADLINE = "deadline"
"""The kind ``next_due()`` gives for the end of the running phase's countdown."""

Mark = tuple[float, str]
"""(active time, kind): a cue (a ``CueKind``) or another moment the engine marks."""


class Timeline:
    def __init__(self, clock: Clock, suspend_after_s: float | None) -> None:
        self._clock = clock
        self.suspend_after_s = suspend_after_s
        self.time: ActiveTime | None = None
        self.now = 0.0
        """The clock reading the engine is up to date with."""
        self.pause_reason: PauseReason | None = None
        self.phase = Phase.NOT_STARTED
        self.began = 0.0
        """Active time at which the running phase began."""
        self.duration: float | None = None
        """Length of the running phase's countdown; None for untimed phases."""
        self.expired = False
        """The countdown has run out but the phase goes on (the re-rate after a rest)."""
        self.marks: list[Mark] = []

    # -- the clock ----------------------------------------------------------------------

    @property
    def started(self) -> bool:
        return self.time is not None

    @property
    def paused(self) -> bool:
        return self.time is not None and self.time.paused

    def start(self, offset_s: float = 0.0, paused_s: float = 0.0) -> None:
        """Begin the session's time now (or go on from ``offset_s``, after a crash)."""
        now = self._clock()
        self.time = ActiveTime(now - offset_s, paused_total=paused_s)
        self.now = now

    def read_clock(self, *, counting: bool) -> list[PauseChanged]:
        """Move ``now`` to the clock; return the pause changes this caused.

        ``counting`` says whether the running phase moves with the clock. If it does and
        the clock jumped by more than ``suspend_after_s`` since the last reading, the
        computer slept or the app hung: pause at the last reading instead of running the
        routine on through time nobody saw.
        """
        now = self._clock()
        if self.time is None:
            return []
        now = max(now, self.now)  # a monotonic clock never goes back; hold still if it does
        changes = []
        if (
            counting
            and self.suspend_after_s is not None
            and now - self.now > self.suspend_after_s
            and not self.time.paused
        ):
            changes.append(self.pause(self.now, PauseReason.SUSPEND))
        self.now = now
        return changes

    def active(self) -> float:
        return self.time.active(self.now) if self.time else 0.0

    def offset(self, active_t: float) -> float:
        """Real seconds since the start at which the active line was at ``active_t``."""
        return self.time.real_of(active_t, self.now) if self.time else 0.0

    def real(self) -> float:
        return self.time.real(self.now) if self.time else 0.0

    def paused_seconds(self) -> float:
        return self.time.paused_seconds(self.now) if self.time else 0.0

    def pause(self, at: float, reason: PauseReason) -> PauseChanged:
        """Pause at clock reading ``at``; returns the event that says so."""
        assert self.time is not None
        self.time.pause(at)
        self.pause_reason = reason
        return PauseChanged(True, reason, self.time.real(at))

    def resume(self) -> PauseChanged:
        assert self.time is not None
        self.time.resume(self.now)
        self.pause_reason = None
        return PauseChanged(False, None, self.time.real(self.now))

    # -- the running phase --------------------------------------------------------------

    def enter(
        self,
        phase: Phase,
        at: float,
        duration: float | None = None,
        marks: Iterable[Mark] = (),
    ) -> Phase:
        """Begin ``phase`` at active time ``at``; returns the phase it replaces."""
        old = self.phase
        self.phase = phase
        self.began = at
        self.duration = duration
        self.expired = False
        end = at + duration if duration is not None else None
        self.marks = sorted(m for m in marks if end is None or m[0] < end)
        return old

    def deadline(self) -> float | None:
        if self.duration is None or self.expired:
            return None
        return self.began + self.duration

    def elapsed(self) -> float:
        return max(0.0, self.active() - self.began)

    def remaining(self) -> float | None:
        if self.duration is None:
            return None
        if self.expired:
            return 0.0
        return max(0.0, self.duration - self.elapsed())

    def next_due(self) -> Mark | None:
        """Take the earliest cue or deadline the clock has passed: (active time, kind).

        Cues at or after the deadline are dropped: the phase is over by then.
        """
        if self.time is None or self.time.paused:
            return None
        now = self.active()
        deadline = self.deadline()
        first = self.marks[0][0] if self.marks else None
        if first is not None and first <= now and (deadline is None or first < deadline):
            return self.marks.pop(0)
        if deadline is not None and deadline <= now:
            self.marks = []
            self.expired = True
            return deadline, DEADLINE
        return None

    def due_in(self) -> float | None:
        """Active seconds from ``now`` until the next cue or deadline; None if none."""
        if self.time is None or self.time.paused:
            return None
        times = [t for t, _ in self.marks[:1]]
        deadline = self.deadline()
        if deadline is not None:
            times.append(deadline)
        return max(0.0, min(times) - self.active()) if times else None


def countdown_marks(at: float, duration: float) -> list[Mark]:
    """'countdown-3/2/1' cues before a countdown ends, leaving out any at or before its start."""
    return [(at + duration - k, COUNTDOWN_CUES[k]) for k in (3, 2, 1) if duration - k > 0]
