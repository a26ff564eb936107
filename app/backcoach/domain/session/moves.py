"""How the session engine moves through a routine: its data and the moves its intents
and the clock make — entering phases, finishing sets and exercises, taking ratings,
raising flares, and picking up again from a crash snapshot.

``SessionEngine`` (``engine.py``) holds one ``SessionMoves`` and is the public face:
intents, state, summary and snapshots. The rules are described in the package docstring.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Literal

from backcoach.domain.planned import PlannedExercise
from backcoach.domain.routines import FLOOR_POSITIONS
from backcoach.domain.session.clock import Clock
from backcoach.domain.session.events import (
    Cue,
    Event,
    ExerciseFinished,
    Phase,
    PhaseChanged,
)
from backcoach.domain.session.options import EngineOptions
from backcoach.domain.session.ratings import RatingLog
from backcoach.domain.session.reps import held_set_s, is_held, rep_marks
from backcoach.domain.session.slots import slots_of
from backcoach.domain.session.snapshot import Progress
from backcoach.domain.session.timeline import DEADLINE, Mark, Timeline, countdown_marks
from backcoach.domain.vocabulary import (
    CueKind,
    ExerciseOutcome,
    PauseReason,
)

HALFWAY_MIN_S = 10.0
"""Holds shorter than this get no 'halfway' cue: it would crowd the countdown beeps."""

EXERCISE_PHASES = frozenset(
    {Phase.RATING_BEFORE, Phase.GET_READY, Phase.WORK, Phase.SWITCH_SIDE, Phase.REST}
)
PHASES_WITH_EXERCISE = EXERCISE_PHASES | {Phase.BREAK, Phase.BREAK_REST}
_COUNTING = frozenset({Phase.GET_READY, Phase.WORK, Phase.SWITCH_SIDE, Phase.REST})
_DURING_DUE = "during-due"
"""A timeline mark: the during-rating prompt is due (not a sound)."""

SkipAction = Literal["exercise", "rest"]
"""What ``skip()`` does now: skip the exercise, or cut the rest after it short."""


class During(StrEnum):
    """The pain question during an exercise (asked once per exercise)."""

    PENDING = "pending"
    DUE = "due"
    ANSWERED = "answered"
    MISSED = "missed"


class SessionMoves:
    """The engine's data and moves. Made fresh, or from a crash snapshot (``progress``):
    then it stands where the snapshot stopped, and the events it would have sent are
    not sent again (they were stored already)."""

    def __init__(
        self,
        plan: Sequence[PlannedExercise],
        clock: Clock,
        options: EngineOptions,
        emit: Callable[[Event], None],
        progress: Progress | None = None,
    ) -> None:
        if not plan:
            raise ValueError("a session needs at least one exercise")
        self.options = options
        self.emit = emit
        """Hands an event to the engine, which delivers it once the intent is done."""
        self.plan = list(plan)
        """The routine as it runs (easier variants swapped in, a gentle day's movements)."""
        self.line = Timeline(clock, options.suspend_after_s)
        self.log = _rating_log(options, progress)
        self.end_offset: float | None = None
        self.work_seconds = 0.0
        self.ended_early = False
        self.outcomes: dict[int, tuple[str, ExerciseOutcome]] = {}
        """Plan index → (exercise id, how it went)."""
        self.replacements: list[tuple[int, str, str]] = []  # (index, old id, new id)
        self.easier: PlannedExercise | None = None
        # Where we are in the routine.
        self.index = 0
        self.slot = 0  # the work slot (set × side) in progress, or the next one
        self.rest_after_exercise = False
        self.exercise_open = False  # reached and not yet reported as finished
        self.exercise_began: float | None = None  # active time of its first get-ready
        self.exercise_started_offset: float | None = None
        self.during = During.PENDING
        self.flare_before_exercise = False  # the open flare came before any work on it
        self.gentle = False  # a high-pain day's gentle session (movements only)
        self.work_started = False  # a set of the current exercise began
        # The exercise an easier variant replaced after a break: a rise before the
        # variant's first set is about it (it was being done), not the variant.
        self.swapped_from: str | None = None
        self.settled_in_rest: int | None = None
        """A settled re-rate given while the rest-and-re-rate still counts down: the rest
        goes on (it is not cut short silently) and ends into the exercise by itself."""
        if progress is not None:
            self._pick_up(progress)

    @property
    def phase(self) -> Phase:
        return self.line.phase

    @property
    def paused(self) -> bool:
        return self.line.paused

    @property
    def current(self) -> PlannedExercise:
        return self.plan[self.index]

    def session_seconds(self) -> float:
        return self.end_offset if self.end_offset is not None else self.line.real()

    def catch_up(self) -> None:
        """Read the clock and run every scheduled cue and phase change up to now."""
        line = self.line
        if line.phase is Phase.DONE:
            return
        counting = line.phase in _COUNTING or (line.phase is Phase.BREAK_REST and not line.expired)
        for change in line.read_clock(counting=counting):
            self.emit(change)
        self.run_due()

    def run_due(self) -> None:
        line = self.line
        while (due := line.next_due()) is not None:
            at, kind = due
            if kind == DEADLINE:
                self.on_deadline(at)
            elif kind == _DURING_DUE:
                if self.during is During.PENDING:
                    self.during = During.DUE
                    self.cue(CueKind.RATE, at)
            else:
                self.cue(CueKind(kind), at)

    def on_deadline(self, at: float) -> None:
        phase = self.phase
        if phase is Phase.WORK:
            self.finish_slot(at)
        elif phase is Phase.REST and self.rest_after_exercise:
            self.next_exercise(at)
        elif phase in (Phase.GET_READY, Phase.SWITCH_SIDE, Phase.REST):
            self.start_work(at)
        elif phase is Phase.BREAK_REST and self.settled_in_rest is not None:
            self.go_on_settled(at)  # already settled during the rest: nothing to ask
        elif phase is Phase.BREAK_REST:
            self.cue(CueKind.RATE, at)  # the countdown is over: the re-rate is due

    def cue(self, kind: CueKind, at: float) -> None:
        late = max(0.0, self.line.active() - at)
        self.emit(Cue(kind, self.line.offset(at), late))

    # -- walking the routine ------------------------------------------------------------

    def enter(
        self,
        phase: Phase,
        at: float,
        duration: float | None = None,
        marks: Sequence[Mark] = (),
    ) -> None:
        if self.line.phase is Phase.WORK:
            self.work_seconds += max(0.0, at - self.line.began)
        old = self.line.enter(phase, at, duration, marks)
        self.emit(PhaseChanged(old, phase, self.line.offset(at)))

    def enter_done(self, at: float) -> None:
        if self.paused:
            self.emit(self.line.resume())
        self.enter(Phase.DONE, at)
        self.end_offset = self.line.offset(at)

    def start_first(self, at: float) -> None:
        """The first exercise, after the rating before the session (and a high-pain
        day's choice): its own "before" is asked unless the baseline counts as it."""
        self.start_exercise(0, at, ask=not self.options.baseline_counts_as_before)

    def start_exercise(self, index: int, at: float, *, ask: bool = True) -> None:
        """Show exercise ``index`` and ask the rating before it (``ask=False``: the
        rating just given counts as that one, and the exercise begins)."""
        self.index = index
        self.slot = 0
        self.rest_after_exercise = False
        self.exercise_open = False
        self.exercise_began = self.exercise_started_offset = None
        self.during = During.PENDING
        self.work_started = False
        self.swapped_from = None
        self.log.unsettled = 0
        if ask:
            self.enter(Phase.RATING_BEFORE, at)
        else:
            self.run_exercise(at)

    def run_exercise(self, at: float) -> None:
        """Do the current exercise from its first set."""
        self.slot = 0
        self.rest_after_exercise = False
        self.exercise_open = True
        self.exercise_began = at
        self.exercise_started_offset = self.line.offset(at)
        self.during = During.PENDING
        self.get_ready(at, first=True)

    def get_ready_length(self, first: bool) -> float:
        """The get ready before the current set: longer before an exercise's first set
        (``first``: not after a break) when the user has to get down onto the mat or up
        from it."""
        length = self.options.get_ready_s
        if first and length > 0 and self.position_changes():
            length += self.options.position_change_s
        return length

    def position_changes(self) -> bool:
        on_floor = self.current.exercise.position in FLOOR_POSITIONS
        if self.index == 0:
            return on_floor  # the session starts at the computer
        before = self.plan[self.index - 1].exercise.position in FLOOR_POSITIONS
        return on_floor != before

    def get_ready(self, at: float, *, first: bool = False) -> None:
        if self.options.get_ready_s > 0:
            length = self.get_ready_length(first)
            self.enter(Phase.GET_READY, at, length, countdown_marks(at, length))
            self.cue(CueKind.GET_READY, at)
        else:
            self.start_work(at)

    def start_work(self, at: float) -> None:
        slots = slots_of(self.current)
        marks: list[Mark] = []
        duration: float | None = None
        if is_held(slots):
            # Held reps follow a per-rep timeline (move, hold, release) and end by
            # themselves after the last rep; Enter still ends the set early.
            duration = held_set_s(slots)
            marks += rep_marks(slots, at)
            middle = at + duration / 2
            if slots.alternating:
                marks += [
                    (at + n * slots.rep_s, CueKind.OTHER_SIDE) for n in range(1, slots.reps_per_set)
                ]
        elif slots.rep_based:
            middle = at + slots.expected_set_s() / 2
            if slots.alternating:  # the other side each rep, at the rough pace of a rep
                marks += [
                    (at + n * slots.rep_s, CueKind.OTHER_SIDE) for n in range(1, slots.reps_per_set)
                ]
        else:
            duration = float(self.current.dose.hold_s or 0)
            if duration >= HALFWAY_MIN_S:
                marks.append((at + duration / 2, CueKind.HALFWAY))
            marks += countdown_marks(at, duration)
            middle = at + duration / 2
        trigger, _ = slots.during_rating()
        if trigger is None and self.during is During.PENDING:
            marks.append((middle, _DURING_DUE))
        self.work_started = True
        self.enter(Phase.WORK, at, duration, marks)
        self.cue(CueKind.START, at)

    def finish_slot(self, at: float) -> None:
        """A work phase (one set on one side) ended at ``at``."""
        slots = slots_of(self.current)
        finished = self.slot
        self.slot += 1
        trigger, expiry = slots.during_rating()
        if self.during is During.DUE and finished >= expiry:
            self.during = During.MISSED
        becomes_due = self.during is During.PENDING and trigger == finished
        if becomes_due:
            self.during = During.DUE
        if self.slot >= slots.count:
            self.finish_exercise(at)
            return
        if slots.switches_side_before(self.slot):
            length, phase, cue = self.options.switch_side_s, Phase.SWITCH_SIDE, CueKind.SWITCH_SIDE
        else:
            length, phase, cue = float(self.current.dose.rest_s), Phase.REST, CueKind.REST
        if length > 0:
            self.enter(phase, at, length, countdown_marks(at, length))
            self.cue(cue, at)
        else:
            self.start_work(at)
        if becomes_due:
            self.cue(CueKind.RATE, at)

    def finish_exercise(self, at: float) -> None:
        self.close_exercise(at, skipped=False)
        self.cue(CueKind.DONE, at)
        rest = self.options.rest_between_exercises_s
        if rest is None:
            rest = self.current.dose.rest_s
        if self.index + 1 < len(self.plan) and rest > 0:
            self.enter(Phase.REST, at, float(rest), countdown_marks(at, float(rest)))
            self.rest_after_exercise = True
            self.cue(CueKind.REST, at)
        else:
            self.next_exercise(at)

    def next_exercise(self, at: float) -> None:
        if self.index + 1 < len(self.plan):
            self.start_exercise(self.index + 1, at)
        else:
            self.enter(Phase.RATING_AFTER, at)
            self.cue(CueKind.FINISHED, at)

    def close_exercise(self, at: float, *, skipped: bool, replaced_by: str | None = None) -> None:
        """Report the current exercise as done or skipped (once per side)."""
        planned = self.current
        end = self.line.offset(at)
        started = self.exercise_started_offset
        if skipped and not self.work_started:
            started = end  # skipped before any set began: no time of its own
        for side in slots_of(planned).sides:
            sets_done = slots_of(planned).sets_done(self.slot, side)
            self.emit(
                ExerciseFinished(
                    planned.exercise_id,
                    sets_done,
                    skipped,
                    side,
                    started if started is not None else end,
                    end,
                    replaced_by,
                )
            )
        if replaced_by is None:
            previous = self.outcomes.get(self.index)
            # Done once counts as done, even if a second go (after 'back') was skipped.
            if previous != (planned.exercise_id, ExerciseOutcome.DONE):
                # Skipped after some of it was done: partly done, and its time counts.
                if not skipped:
                    outcome = ExerciseOutcome.DONE
                elif self.work_started:
                    outcome = ExerciseOutcome.PARTLY
                else:
                    outcome = ExerciseOutcome.SKIPPED
                self.outcomes[self.index] = (planned.exercise_id, outcome)
        self.exercise_open = False

    def skip_action(self) -> SkipAction | None:
        if self.phase is Phase.REST and self.rest_after_exercise:
            return "rest"
        if self.phase is Phase.BREAK_REST and self.settled_in_rest is not None:
            return "rest"
        return "exercise" if self.phase in EXERCISE_PHASES else None

    def can_go_back(self) -> bool:
        if self.phase not in EXERCISE_PHASES:
            return False
        return not (self.phase is Phase.RATING_BEFORE and self.index == 0)

    # -- ratings and the pain rule ---------------------------------------------------

    def go_on_settled(self, at: float) -> None:
        """After a settled re-rate: on with the exercise the break interrupted."""
        self.settled_in_rest = None
        if self.exercise_began is None:  # the flare came before the first set
            self.run_exercise(at)
        else:
            self.get_ready(at)  # go on with the set that was interrupted

    # -- high-pain days -----------------------------------------------------------------

    def gentle_plan(self) -> list[PlannedExercise]:
        """The routine's movement exercises, in order: today's gentle session."""
        return [p for p in self.plan if p.exercise.kind == "movement"]

    # -- picking up from a snapshot ----------------------------------------------------

    def _pick_up(self, progress: Progress) -> None:
        """Stand where ``progress`` stopped (the rating log was made from it already)."""
        lookup = self.options.easier_lookup
        for index, old_id, new_id in progress.replacements:
            if index >= len(self.plan) or self.plan[index].exercise_id != old_id:
                raise ValueError(f"the snapshot's exercise {index + 1} does not fit this routine")
            easier = lookup(old_id) if lookup else None
            if easier is None or easier.exercise_id != new_id:
                raise ValueError(f"the easier variant {new_id!r} cannot be found again")
            self.plan[index] = easier
            self.replacements.append((index, old_id, new_id))
        if progress.gentle:
            self.gentle = True
            self.plan = self.gentle_plan()
        if tuple(p.exercise_id for p in self.plan) != progress.plan_ids:
            raise ValueError("the routine has changed since this session was saved")
        phase = progress.phase
        if phase is Phase.NOT_STARTED:
            return
        line = self.line
        line.start(progress.offset_s, progress.paused_s)
        at = line.active()
        self.outcomes = {i: (eid, o) for i, eid, o in progress.outcomes}
        self.work_seconds = progress.work_s
        self.ended_early = progress.ended_early
        self.index = progress.index
        if phase in (Phase.BASELINE_RATING, Phase.HIGH_PAIN, Phase.RATING_AFTER, Phase.DONE):
            line.enter(phase, at)
            if phase is Phase.DONE:
                self.end_offset = progress.offset_s
            return
        if phase is Phase.RATING_BEFORE or progress.rest_after_exercise:
            if progress.rest_after_exercise:
                self.index += 1
                if self.index >= len(self.plan):
                    raise ValueError("snapshot: a rest after the last exercise cannot be")
            line.enter(Phase.RATING_BEFORE, at)
            return
        self.exercise_open = True
        self.exercise_started_offset = line.real()
        if phase in (Phase.BREAK, Phase.BREAK_REST) and self.log.open_flare is not None:
            self.easier = lookup(self.current.exercise_id) if lookup else None
            line.enter(Phase.BREAK, at)
        elif phase is Phase.BREAK_REST:  # the crash was rest enough: ask the re-rate
            line.enter(Phase.BREAK_REST, at, self.options.rating_rest_s)
            line.expired = True
        else:  # in the middle of the exercise: from its first set, paused
            self.run_exercise(at)
            line.pause(line.now, PauseReason.RESTORED)

    # -- reading -------------------------------------------------------------------------


def _rating_log(options: EngineOptions, progress: Progress | None) -> RatingLog:
    """A fresh log, or the one a snapshot kept (its open flare only while in a break)."""
    if progress is None or progress.phase is Phase.NOT_STARTED:
        return RatingLog(options.threshold, options.care_level)
    in_break = progress.phase in (Phase.BREAK, Phase.BREAK_REST)
    return RatingLog(
        options.threshold,
        options.care_level,
        ratings=progress.ratings,
        # An older snapshot's exercise_baseline may be a re-rate: the reference is always
        # the rating before the session.
        baseline=progress.baseline,
        unsettled=progress.unsettled,
        flares=progress.flares,
        open_flare=progress.open_flare if in_break and not progress.rest_after_exercise else None,
    )
