"""The words BackCoach stores and passes around, each defined once.

String enums: a member *is* its word (``RatingPhase.RE_RATE == "re-rate"``), so the data
file keeps exactly the text it always had, JSON writes a member as that text, and old
code or data holding the plain word compares equal. Membership tests against plain text
use the ``*_WORDS`` frozensets of plain text (``"x" in SomeEnum`` raises TypeError on
Python 3.11).
``tests/storage/test_stored_format.py`` proves the stored format did not change.
"""

from __future__ import annotations

from enum import StrEnum


class RatingPhase(StrEnum):
    """When a pain rating was given (``records.Rating.phase``)."""

    BASELINE = "baseline"
    """Before the session: the reference of the pain rule."""
    BEFORE = "before"
    """Just before an exercise."""
    DURING = "during"
    """During an exercise, after a set."""
    RE_RATE = "re-rate"
    """After a rest the pain rule advised."""
    AFTER = "after"
    """At the end of the session."""
    CHECKIN = "checkin"
    """At the next-morning check-in."""


RATING_PHASE_WORDS = frozenset(w.value for w in RatingPhase)
SESSION_RATING_PHASES = (
    RatingPhase.BASELINE,
    RatingPhase.BEFORE,
    RatingPhase.DURING,
    RatingPhase.RE_RATE,
    RatingPhase.AFTER,
)
"""The phases the session engine asks for (``RatingGiven.phase``), in session order."""
DURING_SESSION = frozenset({RatingPhase.BEFORE, RatingPhase.DURING, RatingPhase.RE_RATE})
"""Ratings while exercising: what "highest during" and the effect charts look at."""


class FlareAction(StrEnum):
    """What the user chose when the pain rule paused the session (docs/clinical-rules.md)."""

    REST = "rest"
    EASIER = "easier"
    SKIP = "skip"
    END = "end"
    CONTINUE = "continue"
    """Stored by early versions (carry on regardless); the engine no longer offers it."""


FLARE_ACTION_WORDS = frozenset(w.value for w in FlareAction)
ENGINE_FLARE_ACTIONS = (FlareAction.REST, FlareAction.EASIER, FlareAction.SKIP, FlareAction.END)
"""The choices the session engine offers at a break (``FlareResolved.action``)."""


class Stiffness(StrEnum):
    """Morning stiffness at the check-in, mildest first (the order is the ranking)."""

    NONE = "none"
    SOME = "some"
    A_LOT = "a lot"


STIFFNESS_WORDS = frozenset(w.value for w in Stiffness)


def stiffness_rank(stiffness: str) -> int:
    """0 none, 1 some, 2 a lot."""
    return list(Stiffness).index(Stiffness(stiffness))


class Side(StrEnum):
    """The side of an exercise done on each side."""

    LEFT = "left"
    RIGHT = "right"


SIDE_WORDS = frozenset(w.value for w in Side)


class CueKind(StrEnum):
    """A moment the session engine marks for a sound (``session_events.Cue.kind``)."""

    GET_READY = "get-ready"
    """A get-ready countdown begins."""
    START = "start"
    """Work begins (each set, each side)."""
    HALFWAY = "halfway"
    """The middle of a hold of 10 s or more."""
    COUNTDOWN_3 = "countdown-3"
    """3, 2 and 1 s before any countdown ends."""
    COUNTDOWN_2 = "countdown-2"
    COUNTDOWN_1 = "countdown-1"
    SWITCH_SIDE = "switch-side"
    """Change to the other side."""
    OTHER_SIDE = "other-side"
    """The next rep of an alternating exercise goes the other way."""
    REP = "rep"
    """A held rep begins: move into position (the voice says its number)."""
    HOLD = "hold"
    """Hold the position now (its countdown is on screen)."""
    RELEASE = "release"
    """The hold is over: come back out of it."""
    REST = "rest"
    """A rest begins."""
    DONE = "done"
    """An exercise's last set ended."""
    FINISHED = "finished"
    """The whole routine is done (not sent when ended early)."""
    RATE = "rate"
    """Please rate your pain: the during-rating or the re-rate is due."""


COUNTDOWN_CUES = {3: CueKind.COUNTDOWN_3, 2: CueKind.COUNTDOWN_2, 1: CueKind.COUNTDOWN_1}


class ExerciseOutcome(StrEnum):
    """How an exercise of a session went (a resume snapshot stores these words)."""

    DONE = "done"
    PARTLY = "partly"
    """Skipped after some of it was done: its time counts."""
    SKIPPED = "skipped"


class PauseReason(StrEnum):
    """Why a session is paused."""

    USER = "user"
    SUSPEND = "suspend"
    """The clock jumped: the computer slept."""
    RESTORED = "restored"
    """Resumed after a crash: the exercise waits for the user."""


__all__ = [
    "COUNTDOWN_CUES",
    "DURING_SESSION",
    "ENGINE_FLARE_ACTIONS",
    "FLARE_ACTION_WORDS",
    "RATING_PHASE_WORDS",
    "SESSION_RATING_PHASES",
    "SIDE_WORDS",
    "STIFFNESS_WORDS",
    "CueKind",
    "ExerciseOutcome",
    "FlareAction",
    "PauseReason",
    "RatingPhase",
    "Side",
    "Stiffness",
    "stiffness_rank",
]
