"""When the figure is where on its path: tempos and the eased position along the path.

Pure Python (no Qt) so the timing the player follows can be tested without waiting for
it. A path position is 0 at the start pose and 1 at the end pose; the motion frames are
sampled evenly along it, so the easing here is what makes a movement start and stop
gently instead of jerking.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from backcoach.domain.session.reps import MOVE_S, RELEASE_S

TICK_MS = 40  # 25 pictures a second while the figure moves (nothing while it is still)


@dataclass(frozen=True)
class Tempo:
    """One loop: move out, stay at the end, move back, wait at the start (milliseconds).

    With ``loop`` False the figure moves out once and stays at the end (a hold)."""

    out_ms: float
    hold_ms: float = 0.0
    back_ms: float = 0.0
    rest_ms: float = 0.0
    loop: bool = True

    @property
    def cycle_ms(self) -> float:
        return self.out_ms + self.hold_ms + self.back_ms + self.rest_ms


# The library's demonstration: slow enough to follow, with a pause at each end.
CALM = Tempo(out_ms=2200, hold_ms=1200, back_ms=2200, rest_ms=1000)


def rep_tempo(hold_s: float | None) -> Tempo:
    """One rep at the dose's tempo, with the session's own stages (``session_reps``):
    move out (``MOVE_S``), hold ``hold_s`` at the end, come back (``RELEASE_S``). A loop
    lasts exactly as long as the session counts for one rep (``SECONDS_PER_REP +
    hold_s``)."""
    return Tempo(
        out_ms=MOVE_S * 1000, hold_ms=(hold_s or 0) * 1000, back_ms=RELEASE_S * 1000, rest_ms=0.0
    )


def into_position(duration_ms: float) -> Tempo:
    """Move into the end position once over ``duration_ms`` and stay there."""
    return Tempo(out_ms=max(duration_ms, 1.0), loop=False)


def ease(x: float) -> float:
    """Gentle start and stop (half a cosine): no jerk at either end."""
    x = min(max(x, 0.0), 1.0)
    return 0.5 - 0.5 * math.cos(math.pi * x)


def path_position(elapsed_ms: float, tempo: Tempo) -> tuple[float, bool]:
    """(position on the path in [0, 1], whether the figure is moving at that moment)."""
    if tempo.cycle_ms <= 0:
        return 0.0, False
    t = max(elapsed_ms, 0.0)
    if not tempo.loop:
        if t >= tempo.out_ms:
            return 1.0, False
        return ease(t / tempo.out_ms), True
    t %= tempo.cycle_ms
    if t < tempo.out_ms:
        return ease(t / tempo.out_ms), True
    t -= tempo.out_ms
    if t < tempo.hold_ms:
        return 1.0, False
    t -= tempo.hold_ms
    if t < tempo.back_ms:
        return 1.0 - ease(t / tempo.back_ms), True
    return 0.0, False


def still_for_ms(elapsed_ms: float, tempo: Tempo) -> float | None:
    """How long the figure stays still from ``elapsed_ms`` (0 if it is moving; None if
    it never moves again): the player sleeps that long instead of ticking."""
    _, moving = path_position(elapsed_ms, tempo)
    if moving:
        return 0.0
    if not tempo.loop:
        return None if elapsed_ms >= tempo.out_ms else 0.0
    t = max(elapsed_ms, 0.0) % tempo.cycle_ms
    hold_end = tempo.out_ms + tempo.hold_ms
    if t < hold_end:
        return hold_end - t if tempo.back_ms > 0 else tempo.cycle_ms - t
    return tempo.cycle_ms - t


def phase_position(phase: str, progress: float) -> float:
    """The path position for a named phase of a rep and the progress within it:
    "out" moves to the end, "hold" stays there, "back" returns, "rest"/"start" waits at
    the start."""
    if phase == "out":
        return ease(progress)
    if phase == "hold":
        return 1.0
    if phase == "back":
        return 1.0 - ease(progress)
    return 0.0
