"""The timeline inside a set of held reps ("5 reps, hold 5 s each").

A held rep has three stages on the active time line: ``move`` into position
(``MOVE_S``), ``hold`` (the dose's ``hold_s``, counted down on screen) and ``release``
back to the start (``RELEASE_S``). Move and release together are the rough pace of a rep
the rest of the app assumes (``SECONDS_PER_REP``), so estimates and the session agree.

A set of held reps is timed: it ends by itself after its last release (Enter still ends
it early). Plain reps (no hold) stay untimed: people do them at their own pace. Each rep
gets cues: ``rep`` when it begins (the voice says its number), ``hold`` when the hold
begins and ``release`` when it ends.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from backcoach.domain.session.slots import SECONDS_PER_REP, Slots
from backcoach.domain.vocabulary import CueKind, Side

RepStage = Literal["move", "hold", "release"]
"""Moving into position, holding it, coming back out."""

MOVE_S = SECONDS_PER_REP / 2
"""Seconds to move into the held position."""
RELEASE_S = SECONDS_PER_REP - MOVE_S
"""Seconds to come back out of it before the next rep."""


@dataclass(frozen=True, slots=True)
class RepState:
    """Where a set of held reps is: what the screen and the moving figure follow.

    ``number`` is the rep under way (1-based) of ``total`` in this work phase (both
    sides' reps for an alternating exercise). ``stage`` is 'move', 'hold' or 'release';
    ``stage_elapsed_s`` / ``stage_s`` give its progress (``progress`` is the same as a
    fraction 0-1) and ``stage_remaining_s`` the hold countdown. ``side`` is the side of
    this rep ('left'/'right') for an alternating or one-side-at-a-time exercise, else
    None. ``rep_progress`` is the fraction of the whole rep done (0-1): a figure can map
    it to its frames (out and back), holding still during the hold.
    """

    number: int
    total: int
    stage: RepStage
    stage_elapsed_s: float
    stage_s: float
    side: Side | None

    @property
    def progress(self) -> float:
        return 1.0 if self.stage_s <= 0 else min(1.0, self.stage_elapsed_s / self.stage_s)

    @property
    def stage_remaining_s(self) -> float:
        return max(0.0, self.stage_s - self.stage_elapsed_s)

    @property
    def rep_progress(self) -> float:
        if self.stage == "move":
            return 0.5 * self.progress
        if self.stage == "hold":
            return 0.5
        return 0.5 + 0.5 * self.progress


def is_held(slots: Slots) -> bool:
    """Reps with a hold in each: the set follows a per-rep timeline."""
    return slots.rep_based and bool(slots.dose.hold_s)


def held_rep_s(slots: Slots) -> float:
    return MOVE_S + float(slots.dose.hold_s or 0) + RELEASE_S


def held_set_s(slots: Slots) -> float:
    """How long a set of held reps runs (all its reps, their holds and releases)."""
    return slots.reps_per_set * held_rep_s(slots)


def rep_marks(slots: Slots, at: float) -> list[tuple[float, str]]:
    """The cues of a set of held reps that begins at active time ``at``."""
    rep_s, hold = held_rep_s(slots), float(slots.dose.hold_s or 0)
    marks: list[tuple[float, str]] = []
    for n in range(slots.reps_per_set):
        start = at + n * rep_s
        marks.append((start, CueKind.REP))
        marks.append((start + MOVE_S, CueKind.HOLD))
        marks.append((start + MOVE_S + hold, CueKind.RELEASE))
    return marks


def rep_state(slots: Slots, elapsed_s: float, side: Side | None) -> RepState:
    """The rep under way ``elapsed_s`` (active seconds) into a set of held reps."""
    rep_s, hold = held_rep_s(slots), float(slots.dose.hold_s or 0)
    total = slots.reps_per_set
    elapsed = max(0.0, elapsed_s)
    index = min(total - 1, int(elapsed // rep_s))
    into = min(rep_s, elapsed - index * rep_s)
    stage: RepStage
    if into < MOVE_S:
        stage, stage_elapsed, stage_s = "move", into, MOVE_S
    elif into < MOVE_S + hold:
        stage, stage_elapsed, stage_s = "hold", into - MOVE_S, hold
    else:
        stage, stage_elapsed, stage_s = "release", into - MOVE_S - hold, RELEASE_S
    if slots.alternating:
        side = Side.LEFT if index % 2 == 0 else Side.RIGHT
    return RepState(index + 1, total, stage, stage_elapsed, stage_s, side)
