"""Time for the session engine: a pausable "active" time line over an injected clock.

The engine never counts timer ticks. It reads a monotonic clock and keeps two time lines:
*real* seconds since the session started (what ratings are stamped with) and *active*
seconds, which stand still while the session is paused. Phase deadlines live on the active
line, so a pause keeps the partial second exactly and a late tick changes nothing.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

Clock = Callable[[], float]


class ActiveTime:
    """Real and active (pause-free) seconds since ``origin``, a reading of the clock."""

    def __init__(self, origin: float, paused_total: float = 0.0) -> None:
        self.origin = origin
        self.paused_total = paused_total
        self.pause_began: float | None = None

    @property
    def paused(self) -> bool:
        return self.pause_began is not None

    def real(self, now: float) -> float:
        """Seconds since the session started, pauses included."""
        return now - self.origin

    def active(self, now: float) -> float:
        """Seconds since the session started, pauses left out; frozen while paused."""
        end = self.pause_began if self.pause_began is not None else now
        return end - self.origin - self.paused_total

    def paused_seconds(self, now: float) -> float:
        running = now - self.pause_began if self.pause_began is not None else 0.0
        return self.paused_total + running

    def real_of(self, active_t: float, now: float) -> float:
        """The real offset at which the active line reached (or reaches) ``active_t``.

        Exact only while no pause began or ended between then and ``now``, which holds
        inside the engine: every pause and resume first brings the engine up to date.
        """
        return self.real(now) - (self.active(now) - active_t)

    def pause(self, at: float) -> None:
        if self.pause_began is None:
            self.pause_began = at

    def resume(self, now: float) -> float:
        """End the pause; return how long it lasted."""
        if self.pause_began is None:
            return 0.0
        length = max(0.0, now - self.pause_began)
        self.paused_total += length
        self.pause_began = None
        return length


class ManualClock:
    """A clock that moves only when told: for tests, demos and the benchmark's dry runs."""

    def __init__(self, start: float = 1000.0) -> None:
        # Not 0: a real monotonic clock starts at an arbitrary value, and code that
        # confuses a reading with an offset should fail in tests.
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError(f"a monotonic clock cannot go back ({seconds} s)")
        self.now += seconds


def suspend_aware_clock() -> Clock:
    """A monotonic clock that keeps counting while the computer sleeps, where we know one.

    ``time.monotonic`` stops during suspend on Linux and macOS, so a session would simply
    carry on after wake-up as if the sleep never happened; on Windows it keeps counting.
    With a clock that counts the sleep, the engine sees the gap and pauses the session
    instead (see ``SessionEngine``). Linux: CLOCK_BOOTTIME; macOS: CLOCK_MONOTONIC (which
    counts sleep there); elsewhere: ``time.monotonic``.
    """
    clock_id = None
    if sys.platform.startswith("linux"):
        clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    elif sys.platform == "darwin":
        clock_id = getattr(time, "CLOCK_MONOTONIC", None)
    if clock_id is None:
        return time.monotonic
    try:
        time.clock_gettime(clock_id)
    except OSError:
        return time.monotonic
    return lambda: time.clock_gettime(clock_id)
