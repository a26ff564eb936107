"""``SessionEngine``: the public face of the guided-session engine.

It checks its options, owns the listeners, and turns each intent (a key press, a tick)
into moves (``moves.SessionMoves``), then delivers the events those moves made. The
rules are in the package docstring (``backcoach.domain.session``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Concatenate, ParamSpec, TypeVar

from backcoach.domain.pain import CARE_LEVEL, FLARE_THRESHOLD, validate_score
from backcoach.domain.planned import PlannedExercise
from backcoach.domain.session.clock import Clock
from backcoach.domain.session.events import Event, Phase
from backcoach.domain.session.moves import EXERCISE_PHASES, SessionMoves
from backcoach.domain.session.options import (
    BACK_RESTART_S,
    DEFAULT_SUSPEND_AFTER_S,
    EasierLookup,
    EngineOptions,
)
from backcoach.domain.session.rating_moves import resolve_flare, take_rating
from backcoach.domain.session.slots import slots_of
from backcoach.domain.session.snapshot import Progress
from backcoach.domain.session.state import SessionState, SessionSummaryData
from backcoach.domain.session.timeline import countdown_marks
from backcoach.domain.session.view import MORE_TIME_PHASES, state_of, summary_of
from backcoach.domain.vocabulary import CueKind, ExerciseOutcome, FlareAction, PauseReason

MORE_TIME_S = 15.0
"""What one press of "more time" adds to a get ready, side switch or rest."""

Listener = Callable[[Event], None]

Params = ParamSpec("Params")
Result = TypeVar("Result")


def intent(
    method: Callable[Concatenate[SessionEngine, Params], Result],
) -> Callable[Concatenate[SessionEngine, Params], Result]:
    """Bring the engine up to date with the clock first; deliver events at the end.

    Whatever the intent made due at once (a resume exactly at a deadline) runs before the
    events go out, so listeners and ``state()`` never see a phase that is already over.
    """

    def wrapper(self: SessionEngine, /, *args: Params.args, **kwargs: Params.kwargs) -> Result:
        try:
            self._moves.catch_up()
            result = method(self, *args, **kwargs)
            self._moves.run_due()
            return result
        finally:
            self._flush()

    functools.update_wrapper(wrapper, method)
    return wrapper


class SessionEngine:
    """Runs one guided session over ``plan``; see the package docstring for the rules.

    ``progress`` (from ``resume_from``) makes it stand where a crash snapshot stopped.
    """

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
        progress: Progress | None = None,
    ) -> None:
        options = EngineOptions(
            get_ready_s=get_ready_s,
            rest_between_exercises_s=rest_between_exercises_s,
            switch_side_s=switch_side_s,
            threshold=threshold,
            care_level=care_level,
            rating_rest_s=rating_rest_s,
            easier_lookup=easier_lookup,
            suspend_after_s=suspend_after_s,
            back_restart_s=back_restart_s,
            position_change_s=position_change_s,
            baseline_counts_as_before=baseline_counts_as_before,
        )
        self._clock = clock
        self._listeners: list[Listener] = [listener] if listener else []
        self._pending: list[Event] = []
        self._flushing = False
        self._moves = SessionMoves(plan, clock, options, self._pending.append, progress)
        # Picked up from a snapshot: nothing happened that a listener should store.
        self._pending.clear()

    # -- listeners and reading ----------------------------------------------------------

    def add_listener(self, listener: Listener) -> None:
        """Call ``listener(event)`` for every event, after the engine's state is updated."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

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

    @property
    def phase(self) -> Phase:
        return self._moves.phase

    @property
    def paused(self) -> bool:
        return self._moves.paused

    @property
    def plan(self) -> tuple[PlannedExercise, ...]:
        """The routine as it runs (with any easier variant swapped in)."""
        return tuple(self._moves.plan)

    def due_in(self) -> float | None:
        """Seconds until the next scheduled cue or phase change (None: nothing scheduled).

        A view can arm a single-shot timer for exactly this, so phase changes and sounds
        come on time even with a slow redraw timer.
        """
        line = self._moves.line
        left = line.due_in()
        if left is None:
            return None
        return max(0.0, left - max(0.0, self._clock() - line.now))

    def state(self) -> SessionState:
        """The screen's state as of the last ``tick()`` or intent (call ``tick()`` first)."""
        return state_of(self._moves)

    def summary(self) -> SessionSummaryData:
        """Numbers for the summary screen; valid at any time, final once DONE."""
        return summary_of(self._moves)

    # -- intents ------------------------------------------------------------------------

    def start(self) -> bool:
        """Begin the session: time starts now and the baseline rating is asked."""
        m = self._moves
        if m.line.started:
            return False
        m.line.start()
        try:
            m.enter(Phase.BASELINE_RATING, 0.0)
        finally:
            self._flush()
        return True

    @intent
    def tick(self) -> SessionState:
        """Catch up with the clock (phases change at their scheduled times); the state."""
        return state_of(self._moves)

    def rate(self, score: int) -> bool:
        """Give a pain rating; what it means depends on the phase (``awaiting_rating``).

        Raises ValueError for anything but a whole number from 0 to 10; returns False if
        no rating is taken now.
        """
        validate_score(score)
        return self._rate(score)

    @intent
    def _rate(self, score: int) -> bool:
        return take_rating(self._moves, score)

    @intent
    def pause(self) -> bool:
        m = self._moves
        if self.phase in (Phase.NOT_STARTED, Phase.DONE) or self.paused:
            return False
        m.emit(m.line.pause(m.line.now, PauseReason.USER))
        return True

    @intent
    def resume(self) -> bool:
        if not self.paused:
            return False
        self._moves.emit(self._moves.line.resume())
        return True

    def toggle_pause(self) -> bool:
        """Pause, or resume if paused (the space key). True if something changed."""
        return self.resume() if self.paused else self.pause()

    @intent
    def skip(self) -> bool:
        """Skip the current exercise (in the rest after an exercise: go on to the next)."""
        m = self._moves
        at = m.line.active()
        if self.phase is Phase.BREAK_REST and m.settled_in_rest is not None:
            m.go_on_settled(at)
        elif self.phase is Phase.REST and m.rest_after_exercise:
            m.next_exercise(at)
        elif self.phase in EXERCISE_PHASES:
            m.close_exercise(at, skipped=True)
            m.next_exercise(at)
        else:
            return False
        return True

    @intent
    def skip_rest(self) -> bool:
        """Cut the current rest short (a rest-and-re-rate only once a settled re-rate was
        given in it: an unrated one waits for the rating)."""
        m = self._moves
        at = m.line.active()
        if self.phase is Phase.BREAK_REST and m.settled_in_rest is not None:
            m.go_on_settled(at)
            return True
        if self.phase is not Phase.REST:
            return False
        if m.rest_after_exercise:
            m.next_exercise(at)
        else:
            m.start_work(at)
        return True

    @intent
    def back(self) -> bool:
        """Restart the current exercise, or go to the previous one if it only just began."""
        m = self._moves
        if not m.can_go_back():
            return False
        at = m.line.active()
        into = 0.0
        if self.phase is not Phase.RATING_BEFORE and m.exercise_began is not None:
            into = at - m.exercise_began
        if into <= m.options.back_restart_s and m.index > 0:
            # Leave the current exercise unreported: it comes again after this one.
            m.index -= 1
            # Begun before only if it was done or partly done: one skipped before any set
            # began has not been started, so a rise now is not blamed on it.
            previous = m.outcomes.get(m.index)
            m.work_started = previous is not None and previous[1] is not ExerciseOutcome.SKIPPED
        m.run_exercise(at)
        return True

    @intent
    def more_time(self, seconds: float = MORE_TIME_S) -> bool:
        """Lengthen the running get ready, side switch or rest by ``seconds`` (one key:
        the user needs longer to get into position, or to rest)."""
        line = self._moves.line
        if self.phase not in MORE_TIME_PHASES or line.duration is None or line.expired:
            return False
        longer = line.duration + seconds
        marks = [m for m in countdown_marks(line.began, longer) if m[0] > line.active()]
        line.enter(line.phase, line.began, longer, marks)
        return True

    @intent
    def reps_done(self) -> bool:
        """The user finished the current set of reps."""
        m = self._moves
        if self.phase is not Phase.WORK or not slots_of(m.current).rep_based:
            return False
        m.finish_slot(m.line.active())
        return True

    @intent
    def end_early(self) -> bool:
        """Stop the routine here; the after rating is still asked (end again to skip it)."""
        m = self._moves
        at = m.line.active()
        if self.phase in (Phase.NOT_STARTED, Phase.DONE):
            return False
        if self.phase in (Phase.RATING_AFTER, Phase.HIGH_PAIN):
            m.ended_early = m.ended_early or self.phase is Phase.HIGH_PAIN
            m.enter_done(at)
            return True
        if self.phase is Phase.BREAK:
            resolve_flare(m, FlareAction.END, at)
        if m.exercise_open:
            m.close_exercise(at, skipped=True)
        m.ended_early = True
        if m.log.baseline is None:
            m.enter_done(at)
        else:
            m.enter(Phase.RATING_AFTER, at)
        return True

    @intent
    def break_rest(self) -> bool:
        """Pain rule choice: rest for ``rating_rest_s``, then rate again."""
        m = self._moves
        if self.phase is not Phase.BREAK:
            return False
        at = m.line.active()
        resolve_flare(m, FlareAction.REST, at)
        m.settled_in_rest = None
        length = m.options.rating_rest_s
        m.enter(Phase.BREAK_REST, at, length, countdown_marks(at, length))
        if length > 0:
            m.cue(CueKind.REST, at)
        else:
            m.line.expired = True
            m.cue(CueKind.RATE, at)
        return True

    @intent
    def break_easier(self) -> bool:
        """Pain rule choice: do the easier variant instead, from its first set."""
        m = self._moves
        if self.phase is not Phase.BREAK or m.easier is None:
            return False
        at = m.line.active()
        resolve_flare(m, FlareAction.EASIER, at)
        old, new = m.current, m.easier
        m.close_exercise(at, skipped=True, replaced_by=new.exercise_id)
        m.plan[m.index] = new
        m.replacements.append((m.index, old.exercise_id, new.exercise_id))
        # The variant has not begun: its own time and sets start with its first set. A
        # rise before that is about the exercise it replaced, if that one had begun.
        m.swapped_from = old.exercise_id if m.work_started else None
        m.work_started = False
        m.run_exercise(at)
        return True

    @intent
    def break_skip(self) -> bool:
        """Pain rule choice: skip this exercise."""
        m = self._moves
        if self.phase is not Phase.BREAK:
            return False
        at = m.line.active()
        resolve_flare(m, FlareAction.SKIP, at)
        m.close_exercise(at, skipped=True)
        m.next_exercise(at)
        return True

    @intent
    def break_end(self) -> bool:
        """Pain rule choice: end the session (the after rating is still asked)."""
        m = self._moves
        if self.phase is not Phase.BREAK:
            return False
        at = m.line.active()
        resolve_flare(m, FlareAction.END, at)
        m.close_exercise(at, skipped=True)
        m.ended_early = True
        m.enter(Phase.RATING_AFTER, at)
        return True

    @intent
    def high_pain_gentle(self) -> bool:
        """High-pain day: today only the routine's movement exercises (the default)."""
        m = self._moves
        if self.phase is not Phase.HIGH_PAIN or not m.gentle_plan():
            return False
        m.gentle = True
        m.plan = m.gentle_plan()
        m.start_exercise(0, m.line.active(), ask=not m.options.baseline_counts_as_before)
        return True

    @intent
    def high_pain_full(self) -> bool:
        """High-pain day: the whole routine, with a break at any rise above the start."""
        m = self._moves
        if self.phase is not Phase.HIGH_PAIN:
            return False
        m.start_exercise(0, m.line.active(), ask=not m.options.baseline_counts_as_before)
        return True

    @intent
    def high_pain_not_today(self) -> bool:
        """High-pain day: no exercise today. The session ends with nothing done."""
        m = self._moves
        if self.phase is not Phase.HIGH_PAIN:
            return False
        m.ended_early = True
        m.enter_done(m.line.active())
        return True

    # -- crash recovery -----------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Progress as a JSON-able dict, to store after each event (see ``resume_from``)."""
        log = self._moves.log
        return Progress(
            plan_ids=tuple(p.exercise_id for p in self._moves.plan),
            replacements=tuple(self._moves.replacements),
            phase=self.phase,
            index=self._moves.index,
            rest_after_exercise=self.phase is Phase.REST and self._moves.rest_after_exercise,
            baseline=log.baseline,
            exercise_baseline=log.baseline,  # kept for snapshots of older versions
            unsettled=log.unsettled,
            gentle=self._moves.gentle,
            ratings=tuple(log.ratings),
            outcomes=tuple((i, eid, o) for i, (eid, o) in sorted(self._moves.outcomes.items())),
            flares=tuple(log.flares),
            open_flare=log.open_flare,
            offset_s=self._moves.session_seconds(),
            work_s=self.summary().work_seconds,
            paused_s=self._moves.line.paused_seconds(),
            ended_early=self._moves.ended_early,
        ).to_dict()

    @classmethod
    def resume_from(
        cls,
        snapshot: dict[str, Any],
        plan: Sequence[PlannedExercise],
        clock: Clock,
        **options: Any,
    ) -> SessionEngine:
        """Rebuild a session after a crash, where it stopped.

        ``plan`` is the routine as first given (``options`` as for the constructor);
        easier variants taken during the session are swapped in again through
        ``easier_lookup``. An exercise that was running starts again from its first set,
        paused (``pause_reason == 'restored'``); an open break is shown again; a rating
        that was asked is asked again; during a rest-and-re-rate, the re-rate is asked.
        Offsets go on from where they were. No events are sent for the past: they were
        stored already. Raises ValueError if the snapshot is damaged or does not fit.
        """
        return cls(plan, clock, progress=Progress.from_dict(snapshot), **options)


__all__ = ["MORE_TIME_S", "Listener", "SessionEngine"]
