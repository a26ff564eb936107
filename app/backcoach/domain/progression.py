"""Progression: when to suggest a harder step, a step toward the aggravating direction,
or, after a flare, an easier variant.

The article asks to start where the back is comfortable, build tolerance slowly, and
work over time toward the positions that bother it (docs/clinical-rules.md). The 2-point
rule (section 2) is the safety signal: a *flare* is a rating 2 or more above the
baseline. So:

1. **Flare first.** If the most recent session, no more than ``RECENT_FLARE_DAYS`` days
   ago, had a flare on an exercise of this routine that has an easier variant, suggest
   swapping to the easier one. After a flare nothing harder is ever suggested.
2. **A good week.** Otherwise, if in the last ``WINDOW_DAYS`` days (today and the 6 days
   before) the user exercised on at least ``MIN_SESSION_DAYS`` different days and no
   session in that window had a flare, suggest one step up:
   a. for the first exercise of the routine that has a harder variant (and was done on at
      least ``MIN_SESSION_DAYS`` of those days), that harder variant in its place;
   b. else one gentle movement from the direction that bothers the back (extension start
      adds a flexion movement, flexion start an extension movement), added to the
      warm-up, so tolerance builds slowly toward it. A mobility start has no aggravating
      direction, so it gets no such step.
3. A suggestion whose ``key`` is in ``declined`` is skipped and the next candidate is
   considered. The caller passes only the keys declined in the last ``ASK_AGAIN_DAYS``
   days: "Not now" asks again after a week. The key of an easier step also names the
   day of the flare, so a new flare brings the offer back at once.
4. **Paced steps** (docs/clinical-rules.md, progression): a step up (harder or toward the
   aggravating direction) is offered at most once a week, and only after the previous
   step's exercise was done on ``STEP_SETTLED_DAYS`` or more session days with no flare;
   never in a week with a flare or a worse next morning; never on the warm-up movements
   at the start of the routine (they are neither replaced nor moved); and never when it
   would leave the routine more than ``OVER_GOAL_S`` longer than the daily goal. A
   loaded full forward bend (``LOADED_FULL_FLEXION``) is never a step for someone whose
   pain comes with bending (an extension start).

Days, not sessions, are counted: four sessions in one afternoon are not a week of steady
practice. Sessions dated after ``today`` (a clock or time-zone change) count as today.
The rules take ``SessionOutcome`` values, not stored records, so they do not depend on
the storage format.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from backcoach.domain.catalog import Catalogue
from backcoach.domain.routines import (
    ReadOnlyRoutineError,
    Routine,
    RoutineError,
    add_item,
    copy_routine,
    estimated_seconds,
    remove_exercise,
    replace_exercise,
)

RECENT_FLARE_DAYS = 3
"""A flare in a session at most this many days ago still earns an 'easier' suggestion."""
WINDOW_DAYS = 7
"""'A week': today and the 6 days before."""
MIN_SESSION_DAYS = 4
"""Different days with a session in the window before a step up: most days, not all."""
STEP_GAP_DAYS = 7
"""At most one step a week."""
STEP_SETTLED_DAYS = 3
"""Session days with the last step's exercise, without a flare, before the next step."""
ASK_AGAIN_DAYS = 7
"""'Not now' keeps a suggestion away for this many days."""
OVER_GOAL_S = 5 * 60
"""A step may leave the routine at most this much longer than the daily goal."""
LOADED_FULL_FLEXION = frozenset({"jefferson-curl"})
"""Exercises that bend the spine fully forward under load: not a step for people whose
pain comes with bending."""

HARDER = "harder"
TOWARD_AGGRAVATING = "toward-aggravating"
EASIER = "easier"
KINDS = (HARDER, TOWARD_AGGRAVATING, EASIER)

AGGRAVATING_GROUP: dict[str, str] = {
    "extension": "flexion-movement",
    "flexion": "extension-movement",
}
"""For each starting direction, the gentle movements of the direction that bothers."""
_AGGRAVATING_WORDS = {
    "extension": "bending forward",
    "flexion": "arching backwards",
}


@dataclass(frozen=True, slots=True)
class SessionOutcome:
    """What the rules need from one session: its local day, what was done, what flared."""

    day: date
    exercise_ids: tuple[str, ...]
    flare_exercise_ids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.day, date) or isinstance(self.day, datetime):
            raise ValueError(f"SessionOutcome.day must be a date, got {self.day!r}")
        for name in ("exercise_ids", "flare_exercise_ids"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise ValueError(f"SessionOutcome.{name} must be a sequence of ids, not text")
            object.__setattr__(self, name, tuple(value))


class Step(NamedTuple):
    """A step up the user accepted: its day and the exercise it brought in.

    NamedTuples, this and ``Suggestion``, not frozen dataclasses: Home imports this module
    at every start, where a dataclass costs ~0.4 ms to create (008-speed.md, "17e")."""

    day: date
    exercise_id: str


class Suggestion(NamedTuple):
    """One change offered on Home; the user accepts (``apply``) or declines (keep ``key``)."""

    kind: str
    """'harder', 'toward-aggravating' or 'easier'."""
    exercise_id: str
    """The exercise to replace (harder, easier) or to add (toward-aggravating)."""
    replacement_id: str | None
    key: str
    """Stable text identifying this offer; the store keeps the keys the user declined."""
    title: str
    text: str
    """Plain words: what the change is and why it is offered."""


def _age(outcome: SessionOutcome, today: date) -> int:
    return max(0, (today - outcome.day).days)


def suggest(
    routine: Routine,
    outcomes: Iterable[SessionOutcome],
    catalogue: Catalogue,
    today: date,
    declined: Collection[str],
    direction: str,
    *,
    steps: Iterable[Step] = (),
    worse_mornings: Collection[date] = (),
    goal_min: int = 15,
) -> Suggestion | None:
    """The one change to offer for this routine now, or None (see the module docstring).

    ``outcomes`` may be in any order of days; sessions on the same day are taken in the
    order given (earliest first). ``direction`` is the user's starting direction from the
    direction check: 'extension', 'flexion' or 'mobility'. ``steps`` are the steps up
    accepted before; ``worse_mornings`` the days whose morning check-in was worse than
    the day before the session.
    """
    history = sorted(outcomes, key=lambda outcome: outcome.day)
    known = set(catalogue.ids())
    routine_ids = list(dict.fromkeys(i for i in routine.exercise_ids() if i in known))

    recent = [o for o in history if _age(o, today) <= RECENT_FLARE_DAYS]
    if recent and recent[-1].flare_exercise_ids:
        return _easier(recent[-1], routine_ids, catalogue, declined)

    window = [o for o in history if _age(o, today) < WINDOW_DAYS]
    if any(o.flare_exercise_ids for o in window):
        return None
    if any(0 <= (today - day).days < WINDOW_DAYS for day in worse_mornings):
        return None
    days = {o.day for o in window}
    if len(days) < MIN_SESSION_DAYS:
        return None
    if not _last_step_settled(list(steps), history, today):
        return None

    warm_up = set(routine_ids[: _warm_up_end(routine, catalogue)])
    candidates = [
        *_harder([i for i in routine_ids if i not in warm_up], window, catalogue, len(days)),
        *_toward_aggravating(routine_ids, catalogue, direction, len(days)),
    ]
    if direction == "extension":
        candidates = [
            c for c in candidates if (c.replacement_id or c.exercise_id) not in LOADED_FULL_FLEXION
        ]
    limit = goal_min * 60 + OVER_GOAL_S
    return next(
        (
            c
            for c in candidates
            if c.key not in declined and _seconds_after(routine, c, catalogue) <= limit
        ),
        None,
    )


def _last_step_settled(steps: list[Step], history: list[SessionOutcome], today: date) -> bool:
    """A week has passed since the last step, and its exercise was done on enough session
    days since then, none with a flare."""
    if not steps:
        return True
    last = max(steps, key=lambda step: step.day)
    if (today - last.day).days < STEP_GAP_DAYS:
        return False
    since = [o for o in history if o.day >= last.day]
    if any(o.flare_exercise_ids for o in since):
        return False
    done_days = {o.day for o in since if last.exercise_id in o.exercise_ids}
    return len(done_days) >= STEP_SETTLED_DAYS


def _seconds_after(routine: Routine, suggestion: Suggestion, catalogue: Catalogue) -> float:
    """How long the routine would take with the step taken."""
    mutable = routine if not routine.is_starter else copy_routine(routine, "x", "x")
    try:
        changed = apply(mutable, suggestion, catalogue)
    except RoutineError:
        return float("inf")
    return estimated_seconds(changed, catalogue)


def _easier(
    latest: SessionOutcome,
    routine_ids: list[str],
    catalogue: Catalogue,
    declined: Collection[str],
) -> Suggestion | None:
    for exercise_id in routine_ids:
        if exercise_id not in latest.flare_exercise_ids:
            continue
        exercise = catalogue.get(exercise_id)
        if exercise.easier is None:
            continue
        easier = catalogue.get(exercise.easier)
        if easier.id in routine_ids:
            text = (
                f"Your pain went up during {exercise.name} in your last session. You already "
                f"do {easier.name}, an easier version, so you could leave {exercise.name} out "
                "for now and add it back when your back has settled."
            )
        else:
            text = (
                f"Your pain went up during {exercise.name} in your last session. For a "
                f"while you could do {easier.name} instead, an easier version, and come "
                f"back to {exercise.name} when your back has settled."
            )
        suggestion = Suggestion(
            kind=EASIER,
            exercise_id=exercise.id,
            replacement_id=easier.id,
            key=f"{EASIER}:{exercise.id}->{easier.id}:{latest.day.isoformat()}",
            title="Ease off a little",
            text=text,
        )
        if suggestion.key not in declined:
            return suggestion
    return None


def _good_week(days: int) -> str:
    return (
        f"You exercised on {days} of the last {WINDOW_DAYS} days and your pain stayed "
        "within your limit each time"
    )


def _harder(
    routine_ids: list[str],
    window: list[SessionOutcome],
    catalogue: Catalogue,
    days: int,
) -> list[Suggestion]:
    found = []
    for exercise_id in routine_ids:
        exercise = catalogue.get(exercise_id)
        if exercise.harder is None or exercise.harder in routine_ids:
            continue
        days_done = {o.day for o in window if exercise_id in o.exercise_ids}
        if len(days_done) < MIN_SESSION_DAYS:
            continue
        harder = catalogue.get(exercise.harder)
        found.append(
            Suggestion(
                kind=HARDER,
                exercise_id=exercise.id,
                replacement_id=harder.id,
                key=f"{HARDER}:{exercise.id}->{harder.id}",
                title="Ready for a small step up?",
                text=(
                    f"{_good_week(days)}, so your back may be ready for a little more. "
                    f"You could try {harder.name} in place of {exercise.name}."
                ),
            )
        )
    return found


def _toward_aggravating(
    routine_ids: list[str], catalogue: Catalogue, direction: str, days: int
) -> list[Suggestion]:
    group = AGGRAVATING_GROUP.get(direction)
    if group is None:
        return []
    words = _AGGRAVATING_WORDS[direction]
    found = []
    for exercise in catalogue:
        if exercise.group != group or exercise.id in routine_ids:
            continue
        # Only a first step: the gentlest form, or the next one up from a form already done.
        if exercise.easier is not None and exercise.easier not in routine_ids:
            continue
        found.append(
            Suggestion(
                kind=TOWARD_AGGRAVATING,
                exercise_id=exercise.id,
                replacement_id=None,
                key=f"{TOWARD_AGGRAVATING}:{exercise.id}",
                title=f"A gentle step toward {words}",
                text=(
                    f"{_good_week(days)}. To help your back slowly get used to {words} "
                    f"again, you could add {exercise.name}, a gentle movement, to your "
                    "warm-up, going only as far as feels comfortable."
                ),
            )
        )
    return found


def apply(routine: Routine, suggestion: Suggestion, catalogue: Catalogue) -> Routine:
    """The routine with the suggestion accepted (a new value; the old one is unchanged).

    Only user routines change: for a starter plan the caller first makes a copy with
    ``routines.copy_routine`` and applies the suggestion to the copy. Replacements take
    the new exercise's catalogue dose; an added movement goes at the end of the warm-up
    (after the routine's leading movement exercises).
    """
    if routine.is_starter:
        raise ReadOnlyRoutineError(
            f"'{routine.name}' is a starter plan: copy it with copy_routine and apply the "
            "suggestion to the copy"
        )
    if suggestion.kind == TOWARD_AGGRAVATING:
        if suggestion.exercise_id in routine.exercise_ids():
            raise RoutineError(
                f"routine {routine.id!r} already has {suggestion.exercise_id!r}; "
                "the suggestion is out of date"
            )
        exercise = catalogue.get(suggestion.exercise_id)
        return add_item(routine, exercise, index=_warm_up_end(routine, catalogue))
    if suggestion.kind not in (HARDER, EASIER) or suggestion.replacement_id is None:
        raise RoutineError(f"suggestion {suggestion.key!r} cannot be applied")
    if suggestion.exercise_id not in routine.exercise_ids():
        raise RoutineError(
            f"routine {routine.id!r} no longer has {suggestion.exercise_id!r}; "
            "the suggestion is out of date"
        )
    if suggestion.kind == EASIER and suggestion.replacement_id in routine.exercise_ids():
        return remove_exercise(routine, suggestion.exercise_id)
    return replace_exercise(
        routine, suggestion.exercise_id, catalogue.get(suggestion.replacement_id)
    )


def _warm_up_end(routine: Routine, catalogue: Catalogue) -> int:
    """The index just after the routine's leading run of movement exercises."""
    known = set(catalogue.ids())
    index = 0
    for exercise_id in routine.exercise_ids():
        if exercise_id not in known or catalogue.get(exercise_id).kind != "movement":
            break
        index += 1
    return index
