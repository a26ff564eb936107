"""What the session engine shows: the screen's state and the summary, read from the
engine's moves (``moves.SessionMoves``) without changing them."""

from __future__ import annotations

from backcoach.domain.session.events import Phase
from backcoach.domain.session.moves import PHASES_WITH_EXERCISE, During, SessionMoves
from backcoach.domain.session.rating_moves import awaiting_rating, flare_info
from backcoach.domain.session.reps import RepState, is_held, rep_state
from backcoach.domain.session.slots import slots_of
from backcoach.domain.session.state import SessionState, SessionSummaryData
from backcoach.domain.vocabulary import ExerciseOutcome, RatingPhase, Side

MORE_TIME_PHASES = frozenset({Phase.GET_READY, Phase.SWITCH_SIDE, Phase.REST})
"""Phases "more time" can lengthen (when they count down)."""


def state_of(m: SessionMoves) -> SessionState:
    """What the screen draws, as of the engine's last tick or intent."""
    line, phase = m.line, m.line.phase
    planned = m.plan[m.index] if phase in PHASES_WITH_EXERCISE else None
    set_number: int | None = None
    sets_total: int | None = None
    side: Side | None = None
    expected: float | None = None
    rep_based = alternating = held = False
    rep: RepState | None = None
    if planned is not None:
        slots = slots_of(planned)
        sets_total, rep_based = planned.dose.sets, slots.rep_based
        if not (phase is Phase.REST and m.rest_after_exercise):
            slot = min(m.slot, slots.count - 1)
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
        next_index = m.index + 1 if planned is not None else len(m.plan)
    awaiting = awaiting_rating(m)
    during_due = m.during is During.DUE and awaiting is RatingPhase.DURING
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
        index=m.index,
        total=len(m.plan),
        planned=planned,
        next_name=(m.plan[next_index].exercise.name if next_index < len(m.plan) else None),
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
        skip_action=m.skip_action(),
        can_go_back=m.can_go_back(),
        work_seconds=m.work_seconds + (elapsed if phase is Phase.WORK else 0.0),
        session_seconds=m.session_seconds(),
        flare=flare_info(m) if phase is Phase.BREAK else None,
        show_care_list=m.log.show_care_list,
        ended_early=m.ended_early,
        threshold=m.log.threshold,
        reference=m.log.baseline,
        break_line=m.log.break_line,
        high_pain=m.log.high_pain,
        gentle_available=bool(m.gentle_plan()),
        gentle=m.gentle,
        alternating=alternating,
        held=held,
        rep=rep,
        can_more_time=phase in MORE_TIME_PHASES and line.duration is not None,
        settled_in_rest=m.settled_in_rest if phase is Phase.BREAK_REST else None,
    )


def summary_of(m: SessionMoves) -> SessionSummaryData:
    """Numbers for the summary screen; valid at any time, final once DONE."""
    outcomes = [m.outcomes[i] for i in sorted(m.outcomes)]
    running = m.line.elapsed() if m.line.phase is Phase.WORK else 0.0
    return SessionSummaryData(
        work_seconds=m.work_seconds + running,
        total_seconds=m.session_seconds(),
        paused_seconds=m.line.paused_seconds(),
        done_ids=tuple(i for i, o in outcomes if o is ExerciseOutcome.DONE),
        skipped_ids=tuple(i for i, o in outcomes if o is ExerciseOutcome.SKIPPED),
        partly_ids=tuple(i for i, o in outcomes if o is ExerciseOutcome.PARTLY),
        replaced=tuple((old, new) for _, old, new in m.replacements),
        exercises_total=len(m.plan),
        baseline=m.log.baseline,
        after=m.log.after(),
        highest_during=m.log.highest_during(),
        flares=m.log.all_flares(),
        ended_early=m.ended_early,
        threshold=m.log.threshold,
        break_line=m.log.break_line,
    )
