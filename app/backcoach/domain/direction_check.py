"""The direction check: a few plain questions that suggest where to start exercising.

docs/clinical-rules.md (McKenzie's directional preference, which the article follows):
pain brought on by sitting or bending forward, and eased by standing, walking or lying on
the front, suggests starting with *extension* (gentle arching backwards). Pain brought on
by standing, walking or arching, and eased by sitting or bending, suggests starting with
*flexion*. Neither, or both, suggests gentle *mobility* in every direction.

The check is honest rather than clever, because a wrong answer sends someone who is worried
about their back the wrong way:

- Each question answered "yes" (or the matching "eases it" choice) is one sign for a
  direction. "No" and "not sure" weigh nothing: a "no" to sitting does not mean sitting
  helps, and a guess must not push anyone in a direction.
- A direction needs at least ``MIN_SIGNS`` signs *and* a lead of at least ``MIN_MARGIN``
  over the other direction. Anything less, including signs pointing both ways, is "no clear
  preference", which starts with mobility (turning and easy movements both ways).
- The result always says which answers led to it, and the user can change it by hand.

Nothing here imports Qt or the store: the onboarding screen shows ``QUESTIONS`` and calls
``assess``; the store keeps the plain dict from ``serialise``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

# -- the questionnaire as data ----------------------------------------------------------

YES = "yes"
NO = "no"
NOT_SURE = "not-sure"

EASED_BY_FLEXING = "sitting-or-bending"
EASED_BY_UPRIGHT = "standing-walking-or-lying-front"
EASED_BY_NEITHER = "neither"

EXTENSION = "extension"
FLEXION = "flexion"
MOBILITY = "mobility"
DIRECTIONS = (EXTENSION, FLEXION, MOBILITY)

PLAN_FOR_DIRECTION: dict[str, str] = {
    EXTENSION: "extension-start",
    FLEXION: "flexion-start",
    MOBILITY: "rotation-mobility",
}
"""The starter plan (``resources/plans.toml``) each result proposes."""

CHOSEN_BY_CHECK = "check"
CHOSEN_BY_USER = "user"
CHOSEN_BY = (CHOSEN_BY_CHECK, CHOSEN_BY_USER)

MIN_SIGNS = 2
"""A single answer is too thin to steer someone's whole plan."""
MIN_MARGIN = 2
"""The winning direction must lead by two signs: a lead of one is a coin toss."""

INTRO = (
    "A few quick questions about what makes your back feel worse. There are no wrong "
    "answers, and 'not sure' is fine. This is a suggestion for where to start, not a "
    "diagnosis, and you can change it whenever you like."
)


class Option(NamedTuple):
    """One answer a question offers.

    NamedTuples, this, ``Question`` and ``DirectionResult``, not frozen dataclasses: a
    returning user's start reads the stored direction with this module, where a dataclass
    costs ~0.4 ms to create (008-speed.md, "17e"). ``Answers`` and ``DirectionChoice``
    stay dataclasses: they check their values on creation."""

    value: str
    label: str


class Question(NamedTuple):
    key: str
    """The ``Answers`` field this question fills."""
    text: str
    options: tuple[Option, ...]

    def values(self) -> tuple[str, ...]:
        return tuple(option.value for option in self.options)


_YES_NO = (Option(YES, "Yes"), Option(NO, "No"), Option(NOT_SURE, "Not sure"))

QUESTIONS: tuple[Question, ...] = (
    Question("sitting", "Does sitting for a while make your back worse?", _YES_NO),
    Question("bending", "Does bending forward make it worse?", _YES_NO),
    Question("standing", "Does standing or walking for a long time make it worse?", _YES_NO),
    Question("arching", "Does leaning or arching backwards make it worse?", _YES_NO),
    Question(
        "eases",
        "What usually eases it?",
        (
            Option(EASED_BY_FLEXING, "Sitting down or bending forward"),
            Option(EASED_BY_UPRIGHT, "Standing, walking or lying on my front"),
            Option(EASED_BY_NEITHER, "Neither, or I'm not sure"),
        ),
    ),
)
_QUESTION_BY_KEY = {question.key: question for question in QUESTIONS}


@dataclass(frozen=True, slots=True)
class Answers:
    """The user's answers; an unanswered question counts as 'not sure'."""

    sitting: str = NOT_SURE
    bending: str = NOT_SURE
    standing: str = NOT_SURE
    arching: str = NOT_SURE
    eases: str = EASED_BY_NEITHER

    def __post_init__(self) -> None:
        for question in QUESTIONS:
            value = getattr(self, question.key)
            if value not in question.values():
                raise ValueError(
                    f"Answers.{question.key} must be one of {list(question.values())}, "
                    f"got {value!r}"
                )


# -- scoring ----------------------------------------------------------------------------

# The words each sign contributes to the explanation, in the order they are listed.
_WORSE_PHRASES = {
    "sitting": "sitting",
    "bending": "bending forward",
    "standing": "standing or walking for a long time",
    "arching": "arching backwards",
}
_EXTENSION_WORSE = ("sitting", "bending")  # flexion-provoked: points to extension
_FLEXION_WORSE = ("standing", "arching")  # extension-provoked: points to flexion
_EASES_PHRASES = {
    EASED_BY_UPRIGHT: "standing, walking or lying on your front",
    EASED_BY_FLEXING: "sitting down or bending forward",
}


@dataclass(frozen=True, slots=True)
class Signs:
    """The answers that point one way: which positions are worse and what eases it."""

    worse: tuple[str, ...]
    eases: str | None

    @property
    def count(self) -> int:
        return len(self.worse) + (1 if self.eases else 0)

    def clause(self) -> str:
        """E.g. 'sitting and bending forward make it worse, and standing ... eases it'."""
        parts = []
        if self.worse:
            names = [_WORSE_PHRASES[key] for key in self.worse]
            verb = "makes" if len(names) == 1 else "make"
            parts.append(f"{' and '.join(names)} {verb} it worse")
        if self.eases:
            parts.append(f"{_EASES_PHRASES[self.eases]} eases it")
        return ", and ".join(parts)


def _signs(answers: Answers, worse_keys: tuple[str, ...], easing_value: str) -> Signs:
    return Signs(
        worse=tuple(key for key in worse_keys if getattr(answers, key) == YES),
        eases=easing_value if answers.eases == easing_value else None,
    )


class DirectionResult(NamedTuple):
    """What the check suggests, in words the first-run screen shows as they are."""

    direction: str
    """'extension', 'flexion' or 'mobility'."""
    title: str
    explanation: str
    """One or two calm sentences: which answers led here, and what that means."""
    plan_id: str
    extension_signs: int = 0
    flexion_signs: int = 0
    reason: str = ""
    """Which explanation applies (one of ``REASONS``), so a screen can word it in
    another language from ``lead`` and ``other`` (``ui/onboarding/direction_words.py``)."""
    lead: Signs | None = None
    """The signs the explanation names first (extension's when neither leads)."""
    other: Signs | None = None


CLEAR = "clear"
CLEAR_DESPITE = "clear-despite"
BOTH_WAYS = "both-ways"
ONE_SIGN = "one-sign"
NO_SIGNS = "no-signs"
CHOSEN = "chosen"
EARLIER = "earlier"
REASONS = (CLEAR, CLEAR_DESPITE, BOTH_WAYS, ONE_SIGN, NO_SIGNS, CHOSEN, EARLIER)


TITLES: dict[str, str] = {
    EXTENSION: "Start with extension (gentle arching backwards)",
    FLEXION: "Start with flexion (gentle bending forward)",
    MOBILITY: "No clear preference: start with gentle movement in all directions",
}

_PREFERENCES = {
    EXTENSION: "arching gently backwards",
    FLEXION: "bending gently forward",
}
_SUGGESTIONS = {
    EXTENSION: "we suggest starting with extension exercises",
    FLEXION: "we suggest starting with flexion exercises",
}
_MOBILITY_ADVICE = "we suggest starting with gentle turning and easy movements in both directions"


def assess(answers: Answers) -> DirectionResult:
    """Score the answers (see the module docstring) and explain the result."""
    extension = _signs(answers, _EXTENSION_WORSE, EASED_BY_UPRIGHT)
    flexion = _signs(answers, _FLEXION_WORSE, EASED_BY_FLEXING)

    if _is_clear(extension.count, flexion.count):
        direction, lead, other = EXTENSION, extension, flexion
    elif _is_clear(flexion.count, extension.count):
        direction, lead, other = FLEXION, flexion, extension
    else:
        direction, lead, other = MOBILITY, extension, flexion

    if direction != MOBILITY:
        preference, suggestion = _PREFERENCES[direction], _SUGGESTIONS[direction]
        if other.count:
            reason = CLEAR_DESPITE
            explanation = (
                f"You said {lead.clause()}, although {other.clause()} too. On balance your "
                f"back seems to prefer {preference}, so {suggestion} and taking them gently."
            )
        else:
            reason = CLEAR
            explanation = (
                f"You said {lead.clause()}. That usually means your back prefers "
                f"{preference}, so {suggestion}."
            )
    elif extension.count and flexion.count:
        reason = BOTH_WAYS
        explanation = (
            f"You said {extension.clause()}, but also that {flexion.clause()}. With signs "
            f"pointing both ways there is no clear preference, so {_MOBILITY_ADVICE}."
        )
    elif extension.count or flexion.count:
        only = extension if extension.count else flexion
        reason, lead, other = ONE_SIGN, only, (flexion if only is extension else extension)
        explanation = (
            f"You said {only.clause()}, but one answer on its own is not enough to show "
            f"which way your back prefers. So {_MOBILITY_ADVICE}."
        )
    else:
        reason = NO_SIGNS
        explanation = (
            "Your answers did not point to one direction that bothers your back more. "
            f"So {_MOBILITY_ADVICE}."
        )

    return DirectionResult(
        direction=direction,
        title=TITLES[direction],
        explanation=explanation,
        plan_id=PLAN_FOR_DIRECTION[direction],
        extension_signs=extension.count,
        flexion_signs=flexion.count,
        reason=reason,
        lead=lead,
        other=other,
    )


def _is_clear(lead: int, other: int) -> bool:
    return lead >= MIN_SIGNS and lead - other >= MIN_MARGIN


_START_WORDS = {
    EXTENSION: "extension exercises (gentle arching backwards)",
    FLEXION: "flexion exercises (gentle bending forward)",
    MOBILITY: "gentle turning and easy movements in both directions",
}


def _plain_result(direction: str, opening: str, reason: str) -> DirectionResult:
    if direction not in DIRECTIONS:
        raise ValueError(f"direction must be one of {list(DIRECTIONS)}, got {direction!r}")
    return DirectionResult(
        direction=direction,
        title=TITLES[direction],
        explanation=(
            f"{opening} {_START_WORDS[direction]}. You can take the check again or change "
            "this at any time."
        ),
        plan_id=PLAN_FOR_DIRECTION[direction],
        reason=reason,
    )


def chosen_by_hand(direction: str) -> DirectionResult:
    """The result to show when the user picked the direction themselves."""
    return _plain_result(direction, "You chose to start with", CHOSEN)


# -- what the store keeps ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DirectionChoice:
    """The direction in use, how it was chosen, and the answers given (if any).

    The answers are kept even after a change by hand, so the check can be shown again
    pre-filled and the clinician report can say what the user answered.
    """

    direction: str
    chosen_by: str
    answers: Answers | None = None

    def __post_init__(self) -> None:
        if self.direction not in DIRECTIONS:
            raise ValueError(
                f"DirectionChoice.direction must be one of {list(DIRECTIONS)}, "
                f"got {self.direction!r}"
            )
        if self.chosen_by not in CHOSEN_BY:
            raise ValueError(
                f"DirectionChoice.chosen_by must be one of {list(CHOSEN_BY)}, "
                f"got {self.chosen_by!r}"
            )
        if self.chosen_by == CHOSEN_BY_CHECK and self.answers is None:
            raise ValueError("DirectionChoice.answers are required when chosen_by is 'check'")

    @classmethod
    def from_check(cls, answers: Answers) -> DirectionChoice:
        return cls(assess(answers).direction, CHOSEN_BY_CHECK, answers)

    def changed_by_hand(self, direction: str) -> DirectionChoice:
        """The same answers, with the direction the user picked."""
        return DirectionChoice(direction, CHOSEN_BY_USER, self.answers)

    def result(self) -> DirectionResult:
        """What to show: the check's reasoning, or a note that the user chose.

        The stored direction always wins: if a later version of the rules would read the
        same answers differently, the user keeps the plan they have been following and
        sees a neutral note instead of reasoning that no longer matches it.
        """
        if self.chosen_by == CHOSEN_BY_USER:
            return chosen_by_hand(self.direction)
        if self.answers is not None:
            result = assess(self.answers)
            if result.direction == self.direction:
                return result
        return _plain_result(
            self.direction, "Your earlier answers suggested starting with", EARLIER
        )


SCHEMA_VERSION = 1


def serialise(choice: DirectionChoice) -> dict[str, Any]:
    """A plain JSON-able dict for the store."""
    answers = None
    if choice.answers is not None:
        answers = {question.key: getattr(choice.answers, question.key) for question in QUESTIONS}
    return {
        "version": SCHEMA_VERSION,
        "direction": choice.direction,
        "chosen_by": choice.chosen_by,
        "answers": answers,
    }


def parse(data: Mapping[str, Any]) -> DirectionChoice:
    """The inverse of ``serialise``; raises ValueError naming the bad field."""
    if not isinstance(data, Mapping):
        raise ValueError(f"direction choice must be a mapping, got {data!r}")
    version = data.get("version")
    if version != SCHEMA_VERSION:
        raise ValueError(f"direction choice: unknown version {version!r}")
    raw_answers = data.get("answers")
    answers = None
    if raw_answers is not None:
        if not isinstance(raw_answers, Mapping):
            raise ValueError(f"direction choice, field 'answers': not a mapping: {raw_answers!r}")
        if set(raw_answers) != set(_QUESTION_BY_KEY):
            raise ValueError(
                f"direction choice, field 'answers': expected the questions "
                f"{sorted(_QUESTION_BY_KEY)}, got {sorted(raw_answers)}"
            )
        try:
            answers = Answers(**raw_answers)
        except ValueError as error:
            raise ValueError(f"direction choice, field 'answers': {error}") from None
    try:
        direction: Any = data.get("direction")  # checked by DirectionChoice itself
        chosen_by: Any = data.get("chosen_by")
        return DirectionChoice(direction, chosen_by, answers)
    except ValueError as error:
        raise ValueError(f"direction choice: {error}") from None
