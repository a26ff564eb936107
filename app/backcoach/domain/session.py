"""The guided-session engine: a state machine over a routine, driven by an injected clock.

    baseline rating → for each exercise: rating before → get ready → work (per set; the
    other side after a switch cue) → rest → … → rating after → done

plus ``paused``, and BREAK / BREAK_REST when the pain rule fires (docs/clinical-rules.md).
The pieces: ``session_timeline`` (time, deadlines, pauses), ``session_slots`` (sets and
sides), ``session_ratings`` (baselines, flares), ``session_events`` / ``session_state``
(what the view receives) and ``session_snapshot`` (crash recovery).

Time
----
The engine never sleeps and owns no timer. The view calls ``tick()`` from a QTimer at any
rate, and every intent first brings the engine up to date. When a tick finds a deadline
passed, the next phase begins *at the deadline*, not at the tick, so a slow frame or a late
tick never shifts the schedule, and a pause keeps the partial second.

A stall too long to be a slow frame (``suspend_after_s``, 15 s by default: the computer
slept or the app hung) does not run the routine on silently, skipping holds and rests the
user never saw: the engine pauses itself at the last moment it was seen running, so the
user comes back to the screen they left (``pause_reason == 'suspend'``). The view must
therefore tick at least every few seconds while a session is shown.
``suspend_aware_clock()`` is a clock that counts sleep where ``time.monotonic`` does not.

Decisions
---------
* Sets of reps are untimed: WORK counts up (``elapsed_s``) until ``reps_done()``, with a
  rough ``expected_s`` as a hint. People do reps at their own pace; a cap that cut a set
  short would push them to hurry.
* Pain during an exercise is asked once (``Slots.during_rating``); the prompt never stops
  the timer and goes away when the next work phase ends. A rating volunteered at any time
  during an exercise is taken too: a spike should never wait for the prompt.
* Every rating before, during or after a break is held against the exercise's baseline.
  A re-rate still at or above the line raises a new flare (back to BREAK).
* ``skip()`` skips the exercise; in the rest after an exercise (nothing left to skip) it
  ends the rest. ``skip_rest()`` only cuts a rest short.
* ``back()`` restarts the current exercise when more than ``back_restart_s`` of it has run,
  else goes to the previous one (like a music player).
* Intents that make no sense in the current phase (a stray key press) do nothing and
  return False; only a malformed rating raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from backcoach.domain.pain import validate_score
from backcoach.domain.planned import PlannedExercise
from backcoach.domain.session_clock import Clock, ManualClock, suspend_aware_clock
from backcoach.domain.session_events import (
    TRANSITIONS,
    CareListAdvised,
    Cue,
    Event,
    ExerciseFinished,
    FlareRaised,
    FlareResolved,
    PauseChanged,
    Phase,
    PhaseChanged,
    RatingGiven,
)
from backcoach.domain.session_flow import (
    BACK_RESTART_S,
    DEFAULT_SUSPEND_AFTER_S,
    EXERCISE_PHASES,
    HALFWAY_MIN_S,
    MORE_TIME_S,
    PHASES_WITH_EXERCISE,
    EasierLookup,
    Listener,
    SessionFlow,
    intent,
)
from backcoach.domain.session_reps import RepState, is_held, rep_state
from backcoach.domain.session_slots import slots_of
from backcoach.domain.session_snapshot import Progress
from backcoach.domain.session_state import (
    FlareInfo,
    FlareRecord,
    SessionState,
    SessionSummaryData,
)
from backcoach.domain.session_timeline import countdown_marks

_MORE_TIME_PHASES = frozenset({Phase.GET_READY, Phase.SWITCH_SIDE, Phase.REST})


class SessionEngine(SessionFlow):
    """Runs one guided session over ``plan``; see the module docstring for the rules.

    Constructor (``SessionFlow.__init__``): ``SessionEngine(plan, clock, *, get_ready_s=5,
    rest_between_exercises_s=None, switch_side_s=5, threshold=2, care_level=8,
    rating_rest_s=60, easier_lookup=None, suspend_after_s=15, back_restart_s=3,
    listener=None)``.
    """

    def due_in(self) -> float | None:
        """Seconds until the next scheduled cue or phase change (None: nothing scheduled).

        A view can arm a single-shot timer for exactly this, so phase changes and sounds
        come on time even with a slow redraw timer.
        """
        left = self._line.due_in()
        if left is None:
            return None
        return max(0.0, left - max(0.0, self._clock() - self._line.now))

    def state(self) -> SessionState:
        """The screen's state as of the last ``tick()`` or intent (call ``tick()`` first)."""
        line, phase = self._line, self._line.phase
        planned = self._plan[self._index] if phase in PHASES_WITH_EXERCISE else None
        set_number = sets_total = side = expected = None
        rep_based = alternating = held = False
        rep: RepState | None = None
        if planned is not None:
            slots = slots_of(planned)
            sets_total, rep_based = planned.dose.sets, slots.rep_based
            if not (phase is Phase.REST and self._rest_after_exercise):
                slot = min(self._slot, slots.count - 1)
                set_number, side = slots.set_number(slot), slots.side(slot)
            held = is_held(slots)
            if phase is Phase.WORK and rep_based and not held:
                expected = slots.expected_set_s()
            alternating = slots.alternating
            if alternating and phase is Phase.WORK:
                side = slots.alternating_side(line.elapsed())
            if held and phase is Phase.WORK:
                rep = rep_state(slots, line.elapsed(), side)
        if phase in (Phase.NOT_STARTED, Phase.BASELINE_RATING):
            next_index = 0
        else:
            next_index = self._index + 1 if planned is not None else len(self._plan)
        awaiting = self._awaiting_rating()
        during_due = self._during == "due" and awaiting == "during"
        rating_due = (
            phase in (Phase.BASELINE_RATING, Phase.RATING_BEFORE, Phase.RATING_AFTER)
            or during_due
            or (phase is Phase.BREAK_REST and line.expired)
        )
        elapsed = line.elapsed()
        return SessionState(
            phase=phase,
            paused=line.paused,
            pause_reason=line.pause_reason if line.paused else None,
            index=self._index,
            total=len(self._plan),
            planned=planned,
            next_name=(
                self._plan[next_index].exercise.name if next_index < len(self._plan) else None
            ),
            set_number=set_number,
            sets_total=sets_total,
            side=side,
            rep_based=rep_based,
            remaining_s=line.remaining(),
            duration_s=line.duration,
            elapsed_s=elapsed,
            expected_s=expected,
            awaiting_rating=awaiting,
            rating_due=rating_due,
            during_rating_due=during_due,
            skip_action=self._skip_action(),
            can_go_back=self._can_go_back(),
            work_seconds=self._work_seconds + (elapsed if phase is Phase.WORK else 0.0),
            session_seconds=self._session_seconds(),
            flare=self._flare_info() if phase is Phase.BREAK else None,
            show_care_list=self._log.show_care_list,
            ended_early=self._ended_early,
            threshold=self._log.threshold,
            reference=self._log.baseline,
            break_line=self._log.break_line,
            high_pain=self._log.high_pain,
            gentle_available=bool(self._gentle_plan()),
            gentle=self._gentle,
            alternating=alternating,
            held=held,
            rep=rep,
            can_more_time=phase in _MORE_TIME_PHASES and line.duration is not None,
            settled_in_rest=self._settled_in_rest if phase is Phase.BREAK_REST else None,
        )

    def summary(self) -> SessionSummaryData:
        """Numbers for the summary screen; valid at any time, final once DONE."""
        outcomes = [self._outcomes[i] for i in sorted(self._outcomes)]
        running = self._line.elapsed() if self._line.phase is Phase.WORK else 0.0
        return SessionSummaryData(
            work_seconds=self._work_seconds + running,
            total_seconds=self._session_seconds(),
            paused_seconds=self._line.paused_seconds(),
            done_ids=tuple(i for i, o in outcomes if o == "done"),
            skipped_ids=tuple(i for i, o in outcomes if o == "skipped"),
            partly_ids=tuple(i for i, o in outcomes if o == "partly"),
            replaced=tuple((old, new) for _, old, new in self._replacements),
            exercises_total=len(self._plan),
            baseline=self._log.baseline,
            after=self._log.after(),
            highest_during=self._log.highest_during(),
            flares=self._log.all_flares(),
            ended_early=self._ended_early,
            threshold=self._log.threshold,
            break_line=self._log.break_line,
        )

    # -- intents ------------------------------------------------------------------------

    def start(self) -> bool:
        """Begin the session: time starts now and the baseline rating is asked."""
        if self._line.started:
            return False
        self._line.start()
        try:
            self._enter(Phase.BASELINE_RATING, 0.0)
        finally:
            self._flush()
        return True

    @intent
    def tick(self) -> SessionState:
        """Catch up with the clock (phases change at their scheduled times); the state."""
        return self.state()

    def rate(self, score: int) -> bool:
        """Give a pain rating; what it means depends on the phase (``awaiting_rating``).

        Raises ValueError for anything but a whole number from 0 to 10; returns False if
        no rating is taken now.
        """
        validate_score(score)
        return self._rate(score)

    @intent
    def _rate(self, score: int) -> bool:
        return self._take_rating(score)

    @intent
    def pause(self) -> bool:
        if self.phase in (Phase.NOT_STARTED, Phase.DONE) or self.paused:
            return False
        self._emit(PauseChanged(*self._line.pause(self._line.now, "user")))
        return True

    @intent
    def resume(self) -> bool:
        if not self.paused:
            return False
        self._emit(PauseChanged(*self._line.resume()))
        return True

    def toggle_pause(self) -> bool:
        """Pause, or resume if paused (the space key). True if something changed."""
        return self.resume() if self.paused else self.pause()

    @intent
    def skip(self) -> bool:
        """Skip the current exercise (in the rest after an exercise: go on to the next)."""
        at = self._line.active()
        if self.phase is Phase.BREAK_REST and self._settled_in_rest is not None:
            self._go_on_settled(at)
        elif self.phase is Phase.REST and self._rest_after_exercise:
            self._next_exercise(at)
        elif self.phase in EXERCISE_PHASES:
            self._close_exercise(at, skipped=True)
            self._next_exercise(at)
        else:
            return False
        return True

    @intent
    def skip_rest(self) -> bool:
        """Cut the current rest short (a rest-and-re-rate only once a settled re-rate was
        given in it: an unrated one waits for the rating)."""
        at = self._line.active()
        if self.phase is Phase.BREAK_REST and self._settled_in_rest is not None:
            self._go_on_settled(at)
            return True
        if self.phase is not Phase.REST:
            return False
        if self._rest_after_exercise:
            self._next_exercise(at)
        else:
            self._start_work(at)
        return True

    @intent
    def back(self) -> bool:
        """Restart the current exercise, or go to the previous one if it only just began."""
        if not self._can_go_back():
            return False
        at = self._line.active()
        into = 0.0
        if self.phase is not Phase.RATING_BEFORE and self._exercise_began is not None:
            into = at - self._exercise_began
        if into <= self._back_restart_s and self._index > 0:
            # Leave the current exercise unreported: it comes again after this one.
            self._index -= 1
            # Begun before only if it was done or partly done: one skipped before any set
            # began has not been started, so a rise now is not blamed on it.
            previous = self._outcomes.get(self._index)
            self._work_started = previous is not None and previous[1] != "skipped"
        self._run_exercise(at)
        return True

    @intent
    def more_time(self, seconds: float = MORE_TIME_S) -> bool:
        """Lengthen the running get ready, side switch or rest by ``seconds`` (one key:
        the user needs longer to get into position, or to rest)."""
        line = self._line
        if self.phase not in _MORE_TIME_PHASES or line.duration is None or line.expired:
            return False
        longer = line.duration + seconds
        marks = [m for m in countdown_marks(line.began, longer) if m[0] > line.active()]
        line.enter(line.phase, line.began, longer, marks)
        return True

    @intent
    def reps_done(self) -> bool:
        """The user finished the current set of reps."""
        if self.phase is not Phase.WORK or not slots_of(self._current).rep_based:
            return False
        self._finish_slot(self._line.active())
        return True

    @intent
    def end_early(self) -> bool:
        """Stop the routine here; the after rating is still asked (end again to skip it)."""
        at = self._line.active()
        if self.phase in (Phase.NOT_STARTED, Phase.DONE):
            return False
        if self.phase in (Phase.RATING_AFTER, Phase.HIGH_PAIN):
            self._ended_early = self._ended_early or self.phase is Phase.HIGH_PAIN
            self._enter_done(at)
            return True
        if self.phase is Phase.BREAK:
            self._emit(self._log.resolve_flare("end", self._line.offset(at)))
        if self._exercise_open:
            self._close_exercise(at, skipped=True)
        self._ended_early = True
        if self._log.baseline is None:
            self._enter_done(at)
        else:
            self._enter(Phase.RATING_AFTER, at)
        return True

    @intent
    def break_rest(self) -> bool:
        """Pain rule choice: rest for ``rating_rest_s``, then rate again."""
        if self.phase is not Phase.BREAK:
            return False
        at = self._line.active()
        self._emit(self._log.resolve_flare("rest", self._line.offset(at)))
        self._settled_in_rest = None
        length = self._rating_rest_s
        self._enter(Phase.BREAK_REST, at, length, countdown_marks(at, length))
        if length > 0:
            self._cue("rest", at)
        else:
            self._line.expired = True
            self._cue("rate", at)
        return True

    @intent
    def break_easier(self) -> bool:
        """Pain rule choice: do the easier variant instead, from its first set."""
        if self.phase is not Phase.BREAK or self._easier is None:
            return False
        at = self._line.active()
        self._emit(self._log.resolve_flare("easier", self._line.offset(at)))
        old, new = self._current, self._easier
        self._close_exercise(at, skipped=True, replaced_by=new.exercise_id)
        self._plan[self._index] = new
        self._replacements.append((self._index, old.exercise_id, new.exercise_id))
        self._run_exercise(at)
        return True

    @intent
    def break_skip(self) -> bool:
        """Pain rule choice: skip this exercise."""
        if self.phase is not Phase.BREAK:
            return False
        at = self._line.active()
        self._emit(self._log.resolve_flare("skip", self._line.offset(at)))
        self._close_exercise(at, skipped=True)
        self._next_exercise(at)
        return True

    @intent
    def break_end(self) -> bool:
        """Pain rule choice: end the session (the after rating is still asked)."""
        if self.phase is not Phase.BREAK:
            return False
        at = self._line.active()
        self._emit(self._log.resolve_flare("end", self._line.offset(at)))
        self._close_exercise(at, skipped=True)
        self._ended_early = True
        self._enter(Phase.RATING_AFTER, at)
        return True

    @intent
    def high_pain_gentle(self) -> bool:
        """High-pain day: today only the routine's movement exercises (the default)."""
        if self.phase is not Phase.HIGH_PAIN or not self._gentle_plan():
            return False
        self._gentle = True
        self._plan = self._gentle_plan()
        self._start_exercise(0, self._line.active(), ask=not self._baseline_counts_as_before)
        return True

    @intent
    def high_pain_full(self) -> bool:
        """High-pain day: the whole routine, with a break at any rise above the start."""
        if self.phase is not Phase.HIGH_PAIN:
            return False
        self._start_exercise(0, self._line.active(), ask=not self._baseline_counts_as_before)
        return True

    @intent
    def high_pain_not_today(self) -> bool:
        """High-pain day: no exercise today. The session ends with nothing done."""
        if self.phase is not Phase.HIGH_PAIN:
            return False
        self._ended_early = True
        self._enter_done(self._line.active())
        return True

    # -- crash recovery -----------------------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        """Progress as a JSON-able dict, to store after each event (see ``resume_from``)."""
        log = self._log
        return Progress(
            plan_ids=tuple(p.exercise_id for p in self._plan),
            replacements=tuple(self._replacements),
            phase=self.phase.value,
            index=self._index,
            rest_after_exercise=self.phase is Phase.REST and self._rest_after_exercise,
            baseline=log.baseline,
            exercise_baseline=log.baseline,  # kept for snapshots of older versions
            unsettled=log.unsettled,
            gentle=self._gentle,
            ratings=tuple(log.ratings),
            outcomes=tuple((i, eid, o) for i, (eid, o) in sorted(self._outcomes.items())),
            flares=tuple(log.flares),
            open_flare=log.open_flare,
            offset_s=self._session_seconds(),
            work_s=self.summary().work_seconds,
            paused_s=self._line.paused_seconds(),
            ended_early=self._ended_early,
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
        progress = Progress.from_dict(snapshot)
        engine = cls(plan, clock, **options)
        engine._restore(progress)
        return engine

    # -- restore ------------------------------------------------------------------------

    def _restore(self, progress: Progress) -> None:
        for index, old_id, new_id in progress.replacements:
            if index >= len(self._plan) or self._plan[index].exercise_id != old_id:
                raise ValueError(f"the snapshot's exercise {index + 1} does not fit this routine")
            easier = self._easier_lookup(old_id) if self._easier_lookup else None
            if easier is None or easier.exercise_id != new_id:
                raise ValueError(f"the easier variant {new_id!r} cannot be found again")
            self._plan[index] = easier
            self._replacements.append((index, old_id, new_id))
        if progress.gentle:
            self._gentle = True
            self._plan = self._gentle_plan()
        if tuple(p.exercise_id for p in self._plan) != progress.plan_ids:
            raise ValueError("the routine has changed since this session was saved")
        phase = Phase(progress.phase)
        if phase is Phase.NOT_STARTED:
            return
        line, log = self._line, self._log
        line.start(progress.offset_s, progress.paused_s)
        at = line.active()
        log.ratings = list(progress.ratings)
        # An older snapshot's exercise_baseline may be a re-rate: the reference is always
        # the rating before the session.
        log.baseline = progress.baseline
        log.unsettled = progress.unsettled
        log.flares = list(progress.flares)
        log.show_care_list = bool(log.ratings) and log.ratings[-1].score >= log.care_level
        self._outcomes = {i: (eid, o) for i, eid, o in progress.outcomes}
        self._work_seconds = progress.work_s
        self._ended_early = progress.ended_early
        self._index = progress.index
        if phase in (Phase.BASELINE_RATING, Phase.HIGH_PAIN, Phase.RATING_AFTER, Phase.DONE):
            line.enter(phase, at)
            if phase is Phase.DONE:
                self._end_offset = progress.offset_s
            return
        if phase is Phase.RATING_BEFORE or progress.rest_after_exercise:
            if progress.rest_after_exercise:
                self._index += 1
                if self._index >= len(self._plan):
                    raise ValueError("snapshot: a rest after the last exercise cannot be")
            line.enter(Phase.RATING_BEFORE, at)
            return
        self._exercise_open = True
        self._exercise_started_offset = line.real()
        if phase in (Phase.BREAK, Phase.BREAK_REST) and progress.open_flare is not None:
            log.open_flare = progress.open_flare
            lookup = self._easier_lookup
            self._easier = lookup(self._current.exercise_id) if lookup else None
            line.enter(Phase.BREAK, at)
        elif phase is Phase.BREAK_REST:  # the crash was rest enough: ask the re-rate
            line.enter(Phase.BREAK_REST, at, self._rating_rest_s)
            line.expired = True
        else:  # in the middle of the exercise: from its first set, paused
            self._run_exercise(at)
            line.pause(line.now, "restored")
            self._pending.clear()  # the view reads the state; nothing happened to store


__all__ = [
    "BACK_RESTART_S",
    "DEFAULT_SUSPEND_AFTER_S",
    "EXERCISE_PHASES",
    "HALFWAY_MIN_S",
    "TRANSITIONS",
    "CareListAdvised",
    "Clock",
    "Cue",
    "EasierLookup",
    "Event",
    "ExerciseFinished",
    "FlareInfo",
    "FlareRaised",
    "FlareRecord",
    "FlareResolved",
    "Listener",
    "ManualClock",
    "PauseChanged",
    "Phase",
    "PhaseChanged",
    "RatingGiven",
    "SessionEngine",
    "SessionState",
    "SessionSummaryData",
    "suspend_aware_clock",
]
