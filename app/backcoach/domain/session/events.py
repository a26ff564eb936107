"""The session engine's phases and the events it sends to its listeners.

Events are small frozen dataclasses. The view stores ratings, finished exercises and
flares the moment they arrive (nothing is lost if the app dies) and plays a sound for
each ``Cue``. Every event carries ``offset_s``: monotonic seconds since the session
started, pauses included. Events that the schedule caused (phase changes, cues) carry the
*scheduled* time, not the time a late tick noticed it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from backcoach.domain.vocabulary import CueKind, FlareAction, PauseReason, RatingPhase, Side


class Phase(StrEnum):
    """Where a session is (the engine's state); its value is the word a snapshot stores."""

    NOT_STARTED = "not-started"
    BASELINE_RATING = "baseline-rating"
    """Pain before the session: the baseline of the pain rule."""
    HIGH_PAIN = "high-pain"
    """A high-pain day: the usual break signal cannot work; gentle, full or not today."""
    RATING_BEFORE = "rating-before"
    """Pain just before an exercise."""
    GET_READY = "get-ready"
    """A short countdown with the illustration and the cue."""
    WORK = "work"
    """A hold counting down, or a set of reps counting up until the user says done."""
    SWITCH_SIDE = "switch-side"
    REST = "rest"
    """Between the sets of an exercise, or between two exercises."""
    BREAK = "break"
    """The 2-point rule paused the session; waiting for the user's choice."""
    BREAK_REST = "break-rest"
    """Rest, then rate again: a countdown, then a re-rate."""
    RATING_AFTER = "rating-after"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class PhaseChanged:
    old: Phase
    new: Phase
    offset_s: float


@dataclass(frozen=True, slots=True)
class Cue:
    """A moment for a sound. ``late_s`` is how long after its scheduled time it was sent:
    a view should stay silent for cues more than about half a second late (after a stall,
    several fall due at once)."""

    kind: CueKind
    offset_s: float
    late_s: float = 0.0


@dataclass(frozen=True, slots=True)
class RatingGiven:
    """A pain rating, to be stored at once. ``set_index`` is the 1-based set for ratings
    during an exercise, ``side`` its side; both None elsewhere."""

    phase: RatingPhase
    score: int
    exercise_id: str | None
    set_index: int | None
    side: Side | None
    offset_s: float


@dataclass(frozen=True, slots=True)
class ExerciseFinished:
    """An exercise done or skipped; one event per side for exercises done on each side.

    ``replaced_by`` names the easier variant the user switched to after a flare (the
    original is then reported with ``skipped=True``)."""

    exercise_id: str
    sets_done: int
    skipped: bool
    side: Side | None
    started_offset_s: float
    offset_s: float
    replaced_by: str | None = None


@dataclass(frozen=True, slots=True)
class FlareRaised:
    """A rating reached baseline + threshold; the session is in BREAK."""

    exercise_id: str | None
    baseline: int
    score: int
    offset_s: float
    show_care_list: bool = False


@dataclass(frozen=True, slots=True)
class FlareResolved:
    """The user's choice for the last FlareRaised: everything a stored flare needs."""

    action: FlareAction
    exercise_id: str | None
    baseline: int
    score: int
    offset_s: float


@dataclass(frozen=True, slots=True)
class CareListAdvised:
    """A rating at or above the care level: show the 'when to seek care' list."""

    score: int
    offset_s: float


@dataclass(frozen=True, slots=True)
class PauseChanged:
    """Paused or resumed; ``reason`` says why it paused (None when resumed)."""

    paused: bool
    reason: PauseReason | None
    offset_s: float


Event = (
    PhaseChanged
    | Cue
    | RatingGiven
    | ExerciseFinished
    | FlareRaised
    | FlareResolved
    | CareListAdvised
    | PauseChanged
)


_TO_WORK = {Phase.GET_READY, Phase.WORK}  # with get_ready_s=0, "get ready" goes straight to work
TRANSITIONS: dict[Phase, frozenset[Phase]] = {
    Phase.NOT_STARTED: frozenset({Phase.BASELINE_RATING}),
    # With the baseline counting as the first exercise's "before", it leads to work.
    Phase.BASELINE_RATING: frozenset({Phase.RATING_BEFORE, *_TO_WORK, Phase.HIGH_PAIN, Phase.DONE}),
    Phase.HIGH_PAIN: frozenset({Phase.RATING_BEFORE, *_TO_WORK, Phase.DONE}),
    Phase.RATING_BEFORE: frozenset(
        {*_TO_WORK, Phase.BREAK, Phase.RATING_BEFORE, Phase.RATING_AFTER}
    ),
    Phase.GET_READY: frozenset({*_TO_WORK, Phase.BREAK, Phase.RATING_BEFORE, Phase.RATING_AFTER}),
    Phase.WORK: frozenset(
        {
            *_TO_WORK,
            Phase.SWITCH_SIDE,
            Phase.REST,
            Phase.BREAK,
            Phase.RATING_BEFORE,
            Phase.RATING_AFTER,
        }
    ),
    Phase.SWITCH_SIDE: frozenset({*_TO_WORK, Phase.BREAK, Phase.RATING_BEFORE, Phase.RATING_AFTER}),
    Phase.REST: frozenset({*_TO_WORK, Phase.BREAK, Phase.RATING_BEFORE, Phase.RATING_AFTER}),
    Phase.BREAK: frozenset({*_TO_WORK, Phase.BREAK_REST, Phase.RATING_BEFORE, Phase.RATING_AFTER}),
    Phase.BREAK_REST: frozenset({*_TO_WORK, Phase.BREAK, Phase.RATING_AFTER}),
    Phase.RATING_AFTER: frozenset({Phase.DONE}),
    Phase.DONE: frozenset(),
}
"""Every phase change the engine can make (``PhaseChanged(old, new)``); the tests check it."""
