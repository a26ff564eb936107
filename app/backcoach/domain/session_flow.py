"""How the session engine moves through a routine: the state machine's private moves.

``SessionEngine`` (``session.py``) is the public face: intents, state, summary and crash
recovery. This base class holds the engine's data and the moves those intents and the
clock make — entering phases, finishing sets and exercises, taking ratings, raising
flares. The rules are described in ``session.py``'s docstring.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from backcoach.domain.pain import CARE_LEVEL, FLARE_THRESHOLD, validate_score, validate_threshold
from backcoach.domain.planned import PlannedExercise
from backcoach.domain.routines import FLOOR_POSITIONS
from backcoach.domain.session_clock import Clock
from backcoach.domain.session_events import (
    Cue,
    Event,
    ExerciseFinished,
    PauseChanged,
    Phase,
    PhaseChanged,
    RatingGiven,
)
from backcoach.domain.session_ratings import RatingLog
from backcoach.domain.session_reps import held_set_s, is_held, rep_marks
from backcoach.domain.session_slots import slots_of
from backcoach.domain.session_state import FlareInfo
from backcoach.domain.session_timeline import DEADLINE, Timeline, countdown_marks

HALFWAY_MIN_S = 10.0
"""Holds shorter than this get no 'halfway' cue: it would crowd the countdown beeps."""
DEFAULT_SUSPEND_AFTER_S = 15.0
"""A gap between ticks longer than this is a sleep or a hang, not a slow frame."""
BACK_RESTART_S = 3.0
MORE_TIME_S = 15.0
"""What one press of "more time" adds to a get ready, side switch or rest."""

Listener = Callable[[Event], None]
EasierLookup = Callable[[str], PlannedExercise | None]

EXERCISE_PHASES = frozenset(
    {Phase.RATING_BEFORE, Phase.GET_READY, Phase.WORK, Phase.SWITCH_SIDE, Phase.REST}
)
PHASES_WITH_EXERCISE = EXERCISE_PHASES | {Phase.BREAK, Phase.BREAK_REST}
_COUNTING = frozenset({Phase.GET_READY, Phase.WORK, Phase.SWITCH_SIDE, Phase.REST})


def intent(method):
    """Bring the engine up to date with the clock first; deliver events at the end.

    Whatever the intent made due at once (a resume exactly at a deadline) runs before the
    events go out, so listeners and ``state()`` never see a phase that is already over.
    """

    @functools.wraps(method)
    def wrapper(self: SessionFlow, *args: Any) -> Any:
        try:
            self._catch_up()
            result = method(self, *args)
            self._run_due()
            return result
        finally:
            self._flush()

    return wrapper


class SessionFlow:
    """The engine's data and moves; see ``SessionEngine`` for the public API."""

    def __init__(
        self,
        plan: Sequence[PlannedExercise],
        clock: Clock,
        *,
        get_ready_s: float = 5.0,
        rest_between_exercises_s: float | None = None,
        switch_side_s: float = 5.0,
        threshold: int = FLARE_THRESHOLD,
        care_level: int = CARE_LEVEL,
        rating_rest_s: float = 60.0,
        easier_lookup: EasierLookup | None = None,
        suspend_after_s: float | None = DEFAULT_SUSPEND_AFTER_S,
        back_restart_s: float = BACK_RESTART_S,
        listener: Listener | None = None,
        position_change_s: float = 0.0,
        baseline_counts_as_before: bool = False,
    ) -> None:
        if not plan:
            raise ValueError("a session needs at least one exercise")
        seconds = {
            "get_ready_s": get_ready_s,
            "switch_side_s": switch_side_s,
            "rating_rest_s": rating_rest_s,
            "back_restart_s": back_restart_s,
            "rest_between_exercises_s": rest_between_exercises_s,
            "suspend_after_s": suspend_after_s,
            "position_change_s": position_change_s,
        }
        for name, value in seconds.items():
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{name} must be a number of seconds, got {value!r}")
            if not 0 <= value < 1e6 or (name == "suspend_after_s" and value == 0):
                raise ValueError(f"{name} is out of range: {value!r}")
        self._plan = list(plan)
        self._clock = clock
        self._get_ready_s = float(get_ready_s)
        self._rest_between = rest_between_exercises_s
        self._switch_side_s = float(switch_side_s)
        self._rating_rest_s = float(rating_rest_s)
        self._easier_lookup = easier_lookup
        self._back_restart_s = float(back_restart_s)
        # Extra get-ready time when the exercise moves the user between the floor and
        # standing or sitting (the first exercise: from the computer to the mat).
        self._position_change_s = float(position_change_s)
        # The rating before the session is also the first exercise's "before": no second
        # pain question straight after the first.
        self._baseline_counts_as_before = bool(baseline_counts_as_before)
        self._listeners: list[Listener] = [listener] if listener else []
        self._pending: list[Event] = []
        self._flushing = False
        self._line = Timeline(clock, suspend_after_s)
        self._log = RatingLog(
            validate_threshold(threshold), validate_score(care_level, "care_level")
        )
        self._end_offset: float | None = None
        self._work_seconds = 0.0
        self._ended_early = False
        self._outcomes: dict[int, tuple[str, str]] = {}  # index → (exercise id, done|skipped)
        self._replacements: list[tuple[int, str, str]] = []  # (index, old id, new id)
        self._easier: PlannedExercise | None = None
        # Where we are in the routine.
        self._index = 0
        self._slot = 0  # the work slot (set × side) in progress, or the next one
        self._rest_after_exercise = False
        self._exercise_open = False  # reached and not yet reported as finished
        self._exercise_began: float | None = None  # active time of its first get-ready
        self._exercise_started_offset: float | None = None
        self._during = "pending"  # during-rating: 'pending', 'due', 'answered', 'missed'
        self._flare_before_exercise = False  # the open flare came before any work on it
        self._gentle = False  # a high-pain day's gentle session (movements only)
        self._work_started = False  # a set of the current exercise began
        # A settled re-rate given while the rest-and-re-rate still counts down: the rest
        # goes on (it is not cut short silently) and ends into the exercise by itself.
        self._settled_in_rest: int | None = None

    # -- listeners and reading ----------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(event)`` for every event, after the engine's state is updated."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    @property
    def phase(self) -> Phase:
        return self._line.phase

    @property
    def paused(self) -> bool:
        return self._line.paused

    @property
    def plan(self) -> tuple[PlannedExercise, ...]:
        """The routine as it runs (with any easier variant swapped in)."""
        return tuple(self._plan)

    # -- time and events ----------------------------------------------------------------

    @property
    def _current(self) -> PlannedExercise:
        return self._plan[self._index]

    def _session_seconds(self) -> float:
        return self._end_offset if self._end_offset is not None else self._line.real()

    def _catch_up(self) -> None:
        """Read the clock and run every scheduled cue and phase change up to now."""
        line = self._line
        if line.phase is Phase.DONE:
            return
        counting = line.phase in _COUNTING or (line.phase is Phase.BREAK_REST and not line.expired)
        for change in line.read_clock(counting=counting):
            self._emit(PauseChanged(*change))
        self._run_due()

    def _run_due(self) -> None:
        line = self._line
        while (due := line.next_due()) is not None:
            at, kind = due
            if kind == DEADLINE:
                self._on_deadline(at)
            elif kind == "during-due":
                if self._during == "pending":
                    self._during = "due"
                    self._cue("rate", at)
            else:
                self._cue(kind, at)

    def _on_deadline(self, at: float) -> None:
        phase = self.phase
        if phase is Phase.WORK:
            self._finish_slot(at)
        elif phase is Phase.REST and self._rest_after_exercise:
            self._next_exercise(at)
        elif phase in (Phase.GET_READY, Phase.SWITCH_SIDE, Phase.REST):
            self._start_work(at)
        elif phase is Phase.BREAK_REST and self._settled_in_rest is not None:
            self._go_on_settled(at)  # already settled during the rest: nothing to ask
        elif phase is Phase.BREAK_REST:
            self._cue("rate", at)  # the countdown is over: the re-rate is due

    def _emit(self, event: Event) -> None:
        self._pending.append(event)

    def _cue(self, kind: str, at: float) -> None:
        late = max(0.0, self._line.active() - at)
        self._emit(Cue(kind, self._line.offset(at), late))

    def _flush(self) -> None:
        if self._flushing:
            return  # a listener called an intent: the outer loop delivers its events
        self._flushing = True
        try:
            while self._pending:
                event = self._pending.pop(0)
                for listener in list(self._listeners):
                    listener(event)
        finally:
            self._flushing = False

    # -- walking the routine ------------------------------------------------------------

    def _enter(
        self,
        phase: Phase,
        at: float,
        duration: float | None = None,
        marks: Sequence[tuple[float, str]] = (),
    ) -> None:
        if self._line.phase is Phase.WORK:
            self._work_seconds += max(0.0, at - self._line.began)
        old = self._line.enter(phase, at, duration, marks)
        self._emit(PhaseChanged(old, phase, self._line.offset(at)))

    def _enter_done(self, at: float) -> None:
        if self.paused:
            self._emit(PauseChanged(*self._line.resume()))
        self._enter(Phase.DONE, at)
        self._end_offset = self._line.offset(at)

    def _start_exercise(self, index: int, at: float, *, ask: bool = True) -> None:
        """Show exercise ``index`` and ask the rating before it (``ask=False``: the
        rating just given counts as that one, and the exercise begins)."""
        self._index = index
        self._slot = 0
        self._rest_after_exercise = False
        self._exercise_open = False
        self._exercise_began = self._exercise_started_offset = None
        self._during = "pending"
        self._work_started = False
        self._log.unsettled = 0
        if ask:
            self._enter(Phase.RATING_BEFORE, at)
        else:
            self._run_exercise(at)

    def _run_exercise(self, at: float) -> None:
        """Do the current exercise from its first set."""
        self._slot = 0
        self._rest_after_exercise = False
        self._exercise_open = True
        self._exercise_began = at
        self._exercise_started_offset = self._line.offset(at)
        self._during = "pending"
        self._get_ready(at, first=True)

    def _get_ready_length(self, first: bool) -> float:
        """The get ready before the current set: longer before an exercise's first set
        (``first``: not after a break) when the user has to get down onto the mat or up
        from it."""
        length = self._get_ready_s
        if first and length > 0 and self._position_changes():
            length += self._position_change_s
        return length

    def _position_changes(self) -> bool:
        on_floor = self._current.exercise.position in FLOOR_POSITIONS
        if self._index == 0:
            return on_floor  # the session starts at the computer
        before = self._plan[self._index - 1].exercise.position in FLOOR_POSITIONS
        return on_floor != before

    def _get_ready(self, at: float, *, first: bool = False) -> None:
        if self._get_ready_s > 0:
            length = self._get_ready_length(first)
            self._enter(Phase.GET_READY, at, length, countdown_marks(at, length))
            self._cue("get-ready", at)
        else:
            self._start_work(at)

    def _start_work(self, at: float) -> None:
        slots = slots_of(self._current)
        marks: list[tuple[float, str]] = []
        duration: float | None = None
        if is_held(slots):
            # Held reps follow a per-rep timeline (move, hold, release) and end by
            # themselves after the last rep; Enter still ends the set early.
            duration = held_set_s(slots)
            marks += rep_marks(slots, at)
            middle = at + duration / 2
            if slots.alternating:
                marks += [
                    (at + n * slots.rep_s, "other-side") for n in range(1, slots.reps_per_set)
                ]
        elif slots.rep_based:
            middle = at + slots.expected_set_s() / 2
            if slots.alternating:  # the other side each rep, at the rough pace of a rep
                marks += [
                    (at + n * slots.rep_s, "other-side") for n in range(1, slots.reps_per_set)
                ]
        else:
            duration = float(self._current.dose.hold_s or 0)
            if duration >= HALFWAY_MIN_S:
                marks.append((at + duration / 2, "halfway"))
            marks += countdown_marks(at, duration)
            middle = at + duration / 2
        trigger, _ = slots.during_rating()
        if trigger is None and self._during == "pending":
            marks.append((middle, "during-due"))
        self._work_started = True
        self._enter(Phase.WORK, at, duration, marks)
        self._cue("start", at)

    def _finish_slot(self, at: float) -> None:
        """A work phase (one set on one side) ended at ``at``."""
        slots = slots_of(self._current)
        finished = self._slot
        self._slot += 1
        trigger, expiry = slots.during_rating()
        if self._during == "due" and finished >= expiry:
            self._during = "missed"
        becomes_due = self._during == "pending" and trigger == finished
        if becomes_due:
            self._during = "due"
        if self._slot >= slots.count:
            self._finish_exercise(at)
            return
        if slots.switches_side_before(self._slot):
            length, phase, cue = self._switch_side_s, Phase.SWITCH_SIDE, "switch-side"
        else:
            length, phase, cue = float(self._current.dose.rest_s), Phase.REST, "rest"
        if length > 0:
            self._enter(phase, at, length, countdown_marks(at, length))
            self._cue(cue, at)
        else:
            self._start_work(at)
        if becomes_due:
            self._cue("rate", at)

    def _finish_exercise(self, at: float) -> None:
        self._close_exercise(at, skipped=False)
        self._cue("done", at)
        rest = self._rest_between
        if rest is None:
            rest = self._current.dose.rest_s
        if self._index + 1 < len(self._plan) and rest > 0:
            self._enter(Phase.REST, at, float(rest), countdown_marks(at, float(rest)))
            self._rest_after_exercise = True
            self._cue("rest", at)
        else:
            self._next_exercise(at)

    def _next_exercise(self, at: float) -> None:
        if self._index + 1 < len(self._plan):
            self._start_exercise(self._index + 1, at)
        else:
            self._enter(Phase.RATING_AFTER, at)
            self._cue("finished", at)

    def _close_exercise(self, at: float, *, skipped: bool, replaced_by: str | None = None) -> None:
        """Report the current exercise as done or skipped (once per side)."""
        planned = self._current
        end = self._line.offset(at)
        started = self._exercise_started_offset
        if skipped and not self._work_started:
            started = end  # skipped before any set began: no time of its own
        for side in slots_of(planned).sides:
            sets_done = slots_of(planned).sets_done(self._slot, side)
            self._emit(
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
            previous = self._outcomes.get(self._index)
            # Done once counts as done, even if a second go (after 'back') was skipped.
            if previous != (planned.exercise_id, "done"):
                # Skipped after some of it was done: partly done, and its time counts.
                outcome = "done" if not skipped else ("partly" if self._work_started else "skipped")
                self._outcomes[self._index] = (planned.exercise_id, outcome)
        self._exercise_open = False

    def _skip_action(self) -> str | None:
        if self.phase is Phase.REST and self._rest_after_exercise:
            return "rest"
        if self.phase is Phase.BREAK_REST and self._settled_in_rest is not None:
            return "rest"
        return "exercise" if self.phase in EXERCISE_PHASES else None

    def _can_go_back(self) -> bool:
        if self.phase not in EXERCISE_PHASES:
            return False
        return not (self.phase is Phase.RATING_BEFORE and self._index == 0)

    # -- ratings and the pain rule ---------------------------------------------------

    def _awaiting_rating(self) -> str | None:
        """The kind of rating a digit gives now. Every phase but a break takes one: a
        rating is never dropped (get ready and the rest after an exercise included)."""
        phase = self.phase
        if phase in (Phase.WORK, Phase.SWITCH_SIDE, Phase.REST):
            return "during"
        if phase is Phase.GET_READY:
            # Before the first set nothing has been done yet: the rating is about how the
            # back is before this exercise; between sets it is about the set just done.
            return "during" if self._slot > 0 else "before"
        return _RATING_OF_PHASE.get(phase)

    def _started_current(self) -> bool:
        """Work on the current exercise has begun (a set done or under way)."""
        return self._work_started

    def _flare_exercise_id(self) -> str | None:
        """The exercise a rise is logged on: the one being done or just done, never one
        not yet started (the previous one if it was done, else none)."""
        if self._exercise_open and self._started_current():
            return self._current.exercise_id
        if self.phase is Phase.REST and self._rest_after_exercise:
            return self._current.exercise_id
        if self.phase is Phase.BREAK_REST and self._log.flares:
            return self._log.flares[-1].exercise_id  # still high: the same exercise's rise
        previous = self._outcomes.get(self._index - 1)
        if previous is not None and previous[1] == "done":
            return previous[0]
        return None

    def _take_rating(self, score: int) -> bool:
        kind = self._awaiting_rating()
        if kind is None:
            return False
        at = self._line.active()
        exercise_id = self._current.exercise_id if kind not in ("baseline", "after") else None
        set_index = side = None
        if kind == "during":
            # In a rest, a side switch or a get ready between sets the rating is about the
            # set just done.
            slot = self._slot if self.phase is Phase.WORK else self._slot - 1
            slots = slots_of(self._current)
            set_index, side = slots.set_number(max(0, slot)), slots.side(max(0, slot))
            if slots.alternating and self.phase is Phase.WORK:
                # Both sides in one set: the rating is about the rep under way.
                side = slots.alternating_side(self._line.elapsed())
        rating = RatingGiven(kind, score, exercise_id, set_index, side, self._line.offset(at))
        self._emit(rating)
        care = self._log.add(rating)
        if care:
            self._emit(care)

        in_exercise = self.phase in (Phase.WORK, Phase.SWITCH_SIDE) or (
            self.phase is Phase.REST and not self._rest_after_exercise
        )
        if kind == "baseline":
            if self._log.high_pain:
                self._enter(Phase.HIGH_PAIN, at)
            else:
                self._start_exercise(0, at, ask=not self._baseline_counts_as_before)
        elif kind == "after":
            self._enter_done(at)
        elif self._log.is_flare(score):
            if kind == "re-rate":
                self._log.unsettled += 1
            if in_exercise:
                self._during = "answered"
            if self.phase is Phase.REST and self._rest_after_exercise:
                # The exercise is over: the break comes before the next one, and the rise
                # is logged on the one just done.
                self._start_exercise(self._index + 1, at)
            self._raise_flare(score, at)
        elif kind == "re-rate":  # settled: the reference stays where the session began
            self._log.unsettled = 0
            if self.phase is Phase.BREAK_REST and not self._line.expired:
                # Given while the rest still runs: the rest is not cut short behind the
                # user's back; they may go on now (skip_rest) or when it ends.
                self._settled_in_rest = score
            else:
                self._go_on_settled(at)
        elif in_exercise:
            self._during = "answered"
        elif self.phase is Phase.RATING_BEFORE:
            self._run_exercise(at)
        # A rating in get ready or in the rest after an exercise is kept and judged;
        # the countdown goes on.
        return True

    def _go_on_settled(self, at: float) -> None:
        """After a settled re-rate: on with the exercise the break interrupted."""
        self._settled_in_rest = None
        if self._exercise_began is None:  # the flare came before the first set
            self._run_exercise(at)
        else:
            self._get_ready(at)  # go on with the set that was interrupted

    # -- high-pain days -----------------------------------------------------------------

    def _gentle_plan(self) -> list[PlannedExercise]:
        """The routine's movement exercises, in order: today's gentle session."""
        return [p for p in self._plan if p.exercise.kind == "movement"]

    def _raise_flare(self, score: int, at: float) -> None:
        if self.paused:
            self._emit(PauseChanged(*self._line.resume()))  # the break is the pause now
        self._exercise_open = True
        if self._exercise_started_offset is None:
            self._exercise_started_offset = self._line.offset(at)
        lookup = self._easier_lookup
        self._easier = lookup(self._current.exercise_id) if lookup else None
        self._flare_before_exercise = not (
            self._started_current() or (self.phase is Phase.REST and self._rest_after_exercise)
        )
        about = self._flare_exercise_id()
        self._emit(self._log.raise_flare(about, score, self._line.offset(at)))
        self._enter(Phase.BREAK, at)

    def _flare_info(self) -> FlareInfo | None:
        flare = self._log.open_flare
        if flare is None:
            return None
        log = self._log
        return FlareInfo(
            exercise_id=flare.exercise_id,
            exercise_name=self._current.exercise.name,
            score=flare.score,
            baseline=flare.baseline,
            show_care_list=flare.score >= log.care_level,
            easier_available=self._easier is not None,
            easier_name=self._easier.exercise.name if self._easier else None,
            threshold=log.threshold,
            high_pain=log.high_pain,
            before_exercise=self._flare_before_exercise,
            unsettled=log.unsettled,
            suggest_end=log.suggest_end,
        )


_RATING_OF_PHASE = {
    Phase.BASELINE_RATING: "baseline",
    Phase.RATING_BEFORE: "before",
    Phase.BREAK_REST: "re-rate",
    Phase.RATING_AFTER: "after",
}
