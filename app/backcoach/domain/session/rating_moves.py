"""The session's pain ratings as moves: which rating a digit gives now, what a rating
does (the pain rule: a break, the high-pain choice, going on), and the break's details.

Functions over the engine's ``SessionMoves`` (``moves.py``): the engine calls them for a
rating and a break choice, ``view.py`` for what the screen shows. The rule itself is in
``domain/pain_rule.py`` (``docs/clinical-rules.md``).
"""

from __future__ import annotations

from backcoach.domain.session.events import Phase, RatingGiven
from backcoach.domain.session.moves import During, SessionMoves
from backcoach.domain.session.slots import slots_of
from backcoach.domain.session.state import FlareInfo
from backcoach.domain.vocabulary import ExerciseOutcome, FlareAction, RatingPhase, Side

_RATING_OF_PHASE = {
    Phase.BASELINE_RATING: RatingPhase.BASELINE,
    Phase.RATING_BEFORE: RatingPhase.BEFORE,
    Phase.BREAK_REST: RatingPhase.RE_RATE,
    Phase.RATING_AFTER: RatingPhase.AFTER,
}
_NO_EXERCISE = frozenset({RatingPhase.BASELINE, RatingPhase.AFTER})
"""Ratings about the whole session, not an exercise."""


def awaiting_rating(m: SessionMoves) -> RatingPhase | None:
    """The kind of rating a digit gives now. Every phase but a break takes one: a
    rating is never dropped (get ready and the rest after an exercise included)."""
    phase = m.phase
    if phase in (Phase.WORK, Phase.SWITCH_SIDE, Phase.REST):
        return RatingPhase.DURING
    if phase is Phase.GET_READY:
        # Before the first set nothing has been done yet: the rating is about how the
        # back is before this exercise; between sets it is about the set just done.
        return RatingPhase.DURING if m.slot > 0 else RatingPhase.BEFORE
    return _RATING_OF_PHASE.get(phase)


def flare_exercise_id(m: SessionMoves) -> str | None:
    """The exercise a rise is logged on: the one being done or just done, never one
    not yet started (the previous one if it was done, else none)."""
    if m.exercise_open and m.work_started:
        return m.current.exercise_id
    if m.exercise_open and m.swapped_from is not None:
        return m.swapped_from
    if m.phase is Phase.REST and m.rest_after_exercise:
        return m.current.exercise_id
    if m.phase is Phase.BREAK_REST and m.log.flares:
        return m.log.flares[-1].exercise_id  # still high: the same exercise's rise
    previous = m.outcomes.get(m.index - 1)
    if previous is not None and previous[1] is ExerciseOutcome.DONE:
        return previous[0]
    return None


def take_rating(m: SessionMoves, score: int) -> bool:
    kind = awaiting_rating(m)
    if kind is None:
        return False
    at = m.line.active()
    exercise_id = m.current.exercise_id if kind not in _NO_EXERCISE else None
    set_index: int | None = None
    side: Side | None = None
    if kind is RatingPhase.DURING:
        # In a rest, a side switch or a get ready between sets the rating is about the
        # set just done.
        slot = m.slot if m.phase is Phase.WORK else m.slot - 1
        slots = slots_of(m.current)
        set_index, side = slots.set_number(max(0, slot)), slots.side(max(0, slot))
        if slots.alternating and m.phase is Phase.WORK:
            # Both sides in one set: the rating is about the rep under way.
            side = slots.alternating_side(m.line.elapsed())
    rating = RatingGiven(kind, score, exercise_id, set_index, side, m.line.offset(at))
    m.emit(rating)
    care = m.log.add(rating)
    if care:
        m.emit(care)

    in_exercise = m.phase in (Phase.WORK, Phase.SWITCH_SIDE) or (
        m.phase is Phase.REST and not m.rest_after_exercise
    )
    if kind is RatingPhase.BASELINE:
        if m.log.high_pain:
            m.enter(Phase.HIGH_PAIN, at)
        else:
            m.start_first(at)
    elif kind is RatingPhase.AFTER:
        m.enter_done(at)
    elif m.log.is_flare(score):
        if kind is RatingPhase.RE_RATE:
            m.log.unsettled += 1
        if in_exercise:
            m.during = During.ANSWERED
        if m.phase is Phase.REST and m.rest_after_exercise:
            # The exercise is over: the break comes before the next one, and the rise
            # is logged on the one just done.
            m.start_exercise(m.index + 1, at)
        raise_flare(m, score, at)
    elif kind is RatingPhase.RE_RATE:  # settled: the reference stays where it began
        m.log.unsettled = 0
        if m.phase is Phase.BREAK_REST and not m.line.expired:
            # Given while the rest still runs: the rest is not cut short behind the
            # user's back; they may go on now (skip_rest) or when it ends.
            m.settled_in_rest = score
        else:
            m.go_on_settled(at)
    elif in_exercise:
        m.during = During.ANSWERED
    elif m.phase is Phase.RATING_BEFORE:
        m.run_exercise(at)
    # A rating in get ready or in the rest after an exercise is kept and judged;
    # the countdown goes on.
    return True


def raise_flare(m: SessionMoves, score: int, at: float) -> None:
    if m.paused:
        m.emit(m.line.resume())  # the break is the pause now
    m.exercise_open = True
    if m.exercise_started_offset is None:
        m.exercise_started_offset = m.line.offset(at)
    lookup = m.options.easier_lookup
    m.easier = lookup(m.current.exercise_id) if lookup else None
    m.flare_before_exercise = not (
        m.work_started or (m.phase is Phase.REST and m.rest_after_exercise)
    )
    about = flare_exercise_id(m)
    m.emit(m.log.raise_flare(about, score, m.line.offset(at)))
    m.enter(Phase.BREAK, at)


def resolve_flare(m: SessionMoves, action: FlareAction, at: float) -> None:
    """The user chose what to do about the open flare."""
    m.emit(m.log.resolve_flare(action, m.line.offset(at)))


def flare_info(m: SessionMoves) -> FlareInfo | None:
    flare = m.log.open_flare
    if flare is None:
        return None
    log = m.log
    return FlareInfo(
        exercise_id=flare.exercise_id,
        exercise_name=m.current.exercise.name,
        score=flare.score,
        baseline=flare.baseline,
        show_care_list=flare.score >= log.care_level,
        easier_available=m.easier is not None,
        easier_name=m.easier.exercise.name if m.easier else None,
        threshold=log.threshold,
        high_pain=log.high_pain,
        before_exercise=m.flare_before_exercise,
        unsettled=log.unsettled,
        suggest_end=log.suggest_end,
    )
