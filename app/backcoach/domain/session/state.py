"""What the session engine shows: the state snapshot for the view and the summary.

Both are frozen dataclasses built fresh on request, so a view can keep one without the
engine changing it underneath.
"""

from __future__ import annotations

from dataclasses import dataclass

from backcoach.domain.planned import PlannedExercise
from backcoach.domain.session.events import Phase
from backcoach.domain.session.reps import RepState
from backcoach.domain.vocabulary import FlareAction, PauseReason, RatingPhase, Side


@dataclass(frozen=True, slots=True)
class FlareInfo:
    """Why the session is in BREAK and which choices to offer."""

    exercise_id: str | None
    """The exercise the rise is logged on: the one being done or just done, never one
    not yet started (None when the rise came before the first exercise)."""
    exercise_name: str
    """The exercise on screen (for a rise before an exercise: the one coming next)."""
    score: int
    baseline: int
    """The session's reference (it never moves up during a session)."""
    show_care_list: bool
    easier_available: bool
    easier_name: str | None
    threshold: int = 2
    """The rise in points that advises a break (from Settings)."""
    high_pain: bool = False
    """Today is a high-pain day: any rating above the reference advises a break."""
    before_exercise: bool = False
    """The rise was given before the exercise on screen had started."""
    unsettled: int = 0
    """Re-rates in a row that were still high (0 for the first break)."""
    suggest_end: bool = False
    """Still high after rests: ending today's session is the suggested choice."""


@dataclass(frozen=True, slots=True)
class SessionState:
    """Everything the session screen draws, as of the engine's last tick or intent."""

    phase: Phase
    paused: bool
    pause_reason: PauseReason | None
    index: int
    """0-based position of the current exercise; during the rest after an exercise it
    is still that exercise (see ``next_name``)."""
    total: int
    planned: PlannedExercise | None
    next_name: str | None
    """The exercise that follows the current one, for 'Next: ...'."""
    set_number: int | None
    """1-based set being done (or coming next in GET_READY, SWITCH_SIDE and REST)."""
    sets_total: int | None
    side: Side | None
    """For exercises done on each side, else None."""
    rep_based: bool
    """Reps sets are untimed: WORK counts up (``elapsed_s``) until ``reps_done()``."""
    remaining_s: float | None
    """Seconds left in a countdown; None for phases without one (ratings, reps, BREAK)."""
    duration_s: float | None
    elapsed_s: float
    """Active seconds in this phase (pauses left out): the count-up of a reps set."""
    expected_s: float | None
    """For a reps set, a rough time it takes (a hint, never a limit)."""
    awaiting_rating: RatingPhase | None
    """The rating a digit key gives now, or None when ratings are not taken."""
    rating_due: bool
    """The screen should ask for a rating now (the phase waits for one, or the
    during-rating prompt is up, or the re-rate countdown has ended)."""
    during_rating_due: bool
    skip_action: str | None
    """What ``skip()`` does now: 'exercise', 'rest' (cuts the rest short) or None."""
    can_go_back: bool
    work_seconds: float
    session_seconds: float
    flare: FlareInfo | None
    show_care_list: bool
    """The latest rating reached the care level: show 'when to seek care'."""
    ended_early: bool
    threshold: int = 2
    """The pain rule's threshold in force (Settings, 1-4)."""
    reference: int | None = None
    """The rating before the session: every later rating is compared with it."""
    break_line: int | None = None
    """The lowest rating that advises a break today (None before the reference)."""
    high_pain: bool = False
    """The reference makes today a high-pain day (its own screen before the exercises)."""
    gentle_available: bool = False
    """The routine has movement exercises for a gentle session (HIGH_PAIN phase)."""
    gentle: bool = False
    """The user chose the gentle, movements-only session."""
    alternating: bool = False
    """Reps alternate sides (``side`` is the side of the rep under way during work)."""
    held: bool = False
    """Reps with a hold each: a work phase is timed and follows the rep timeline."""
    rep: RepState | None = None
    """During a set of held reps: the rep under way, its stage (move, hold, release),
    the stage's progress and the side (see ``session_reps.RepState``). The screen shows
    "Rep 3 of 5" and the hold countdown from it; a moving figure follows ``rep.stage``
    and ``rep.rep_progress``. None in every other phase."""
    can_more_time: bool = False
    """``more_time()`` would lengthen the countdown now (get ready, side switch, rest)."""
    settled_in_rest: int | None = None
    """In a rest-and-re-rate: the settled re-rate given before the rest was over (the
    rest goes on; ``skip_rest()`` goes on at once, the end of the rest does by itself)."""


@dataclass(frozen=True, slots=True)
class FlareRecord:
    """A flare as the summary lists it; ``action`` is None while the choice is open."""

    exercise_id: str | None
    baseline: int
    score: int
    offset_s: float
    action: FlareAction | None


@dataclass(frozen=True, slots=True)
class SessionSummaryData:
    """The numbers for the end-of-session screen (issue item 7)."""

    work_seconds: float
    """Seconds spent in work phases (holds and reps), pauses left out."""
    total_seconds: float
    """From start to the end (or to now while running), pauses included."""
    paused_seconds: float
    done_ids: tuple[str, ...]
    skipped_ids: tuple[str, ...]
    replaced: tuple[tuple[str, str], ...]
    """(exercise, easier variant taken instead) pairs."""
    exercises_total: int
    baseline: int | None
    after: int | None
    highest_during: int | None
    """Highest rating between the baseline and the after rating (before-exercise, during
    and re-rate ratings)."""
    flares: tuple[FlareRecord, ...]
    ended_early: bool
    threshold: int = 2
    break_line: int | None = None
    """The lowest rating that advised a break today; an after rating at or above it gets
    the next-day advice."""
    partly_ids: tuple[str, ...] = ()
    """Exercises begun and then skipped or cut short by an early end."""

    @property
    def after_is_high(self) -> bool:
        """The rating after the session reached the break line: advise the next-day check."""
        return (
            self.after is not None
            and self.break_line is not None
            and (self.after >= self.break_line)
        )

    @property
    def change(self) -> int | None:
        """After minus before: negative means the back feels better than at the start."""
        if self.baseline is None or self.after is None:
            return None
        return self.after - self.baseline
