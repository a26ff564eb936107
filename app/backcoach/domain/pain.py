"""Pain-rating rules: the 0-10 scale, its zones, the care level and the next-day check.

The pain rule during a session (reference, break line, high-pain days) is in
``pain_rule.py``; ``docs/clinical-rules.md`` lists every rule with its source and test.

Every number here comes from the rules in ``docs/clinical-rules.md`` and the source
named beside it. The session engine, the rating widget and the charts all ask this module,
so a rule changes in one place. Words shown to the user are short, calm and our own.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MIN_SCORE = 0
MAX_SCORE = 10
"""Numeric Pain Rating Scale (NPRS), 0 = no pain, 10 = worst pain imaginable."""

SCALE_ANCHORS: dict[int, str] = {0: "No pain", 10: "Worst pain imaginable"}
"""The words shown at the ends of the rating widget (docs/clinical-rules.md)."""

FLARE_THRESHOLD = 2
"""A rise of 2 points is the smallest change beyond measurement error in low back pain
(Childs et al., Spine 2005;30(11):1331-4), hence the article's "2-point rule". The user or
their clinician may change it in Settings."""

SAFE_MAX = 2
ACCEPTABLE_MAX = 5
"""Pain-monitoring model zones (Silbernagel et al., Am J Sports Med 2007;35(6):897-906):
0-2 safe, 3-5 acceptable during exercise, above 5 high."""

CARE_LEVEL = 8
"""From this rating on, the 'when to seek care' list (docs/clinical-rules.md) is shown as well.
Not from a trial: 7-10 is the usual 'severe' band of the NPRS, and 8 keeps the list for
clearly severe pain so that it stays meaningful rather than routine."""


class Zone(StrEnum):
    """Where a rating falls in the pain-monitoring model; compares equal to its name."""

    SAFE = "safe"
    ACCEPTABLE = "acceptable"
    HIGH = "high"

    @property
    def label(self) -> str:
        return _ZONE_LABELS[self][0]

    @property
    def description(self) -> str:
        return _ZONE_LABELS[self][1]


_ZONE_LABELS: dict[Zone, tuple[str, str]] = {
    Zone.SAFE: ("Safe", "Little or no pain. Carry on."),
    Zone.ACCEPTABLE: ("Acceptable", "Some pain while exercising is fine and not harmful."),
    Zone.HIGH: ("High", "More than we aim for. Ease off or take a break."),
}


def validate_score(score: object, name: str = "score") -> int:
    """Return ``score`` if it is a whole number from 0 to 10, else raise ValueError.

    ``True`` is refused even though bool is an int: a slip in the UI code must not record
    a pain of 1. Floats are refused too: the scale has no half points.
    """
    if type(score) is not int or not MIN_SCORE <= score <= MAX_SCORE:
        raise ValueError(
            f"{name} must be a whole number from {MIN_SCORE} to {MAX_SCORE}, got {score!r}"
        )
    return score


def validate_threshold(threshold: object) -> int:
    """A 2-point-rule threshold from Settings: a whole number from 1 to 10."""
    if type(threshold) is not int or not 1 <= threshold <= MAX_SCORE:
        raise ValueError(
            f"threshold must be a whole number from 1 to {MAX_SCORE}, got {threshold!r}"
        )
    return threshold


def zone(score: int) -> Zone:
    """The pain-monitoring zone of a rating: 0-2 safe, 3-5 acceptable, 6-10 high."""
    validate_score(score)
    if score <= SAFE_MAX:
        return Zone.SAFE
    if score <= ACCEPTABLE_MAX:
        return Zone.ACCEPTABLE
    return Zone.HIGH


def needs_care_list(score: int, level: int = CARE_LEVEL) -> bool:
    """True if the rating is high enough to also show the 'when to seek care' list."""
    validate_score(score)
    validate_score(level, "level")
    return score >= level


@dataclass(frozen=True, slots=True)
class Advice:
    """What the next-day check suggests, in plain words for the check-in screen."""

    title: str
    message: str
    suggestions: tuple[str, ...]
    rise: int
    """How many points the morning rating is above the day before the session."""
    show_care_list: bool = False


NEXT_DAY_SUGGESTIONS = (
    "Do fewer sets.",
    "Make the holds shorter.",
    "Try the easier version of an exercise.",
)


def next_day_advice(
    morning_score: int, previous_day_score: int, *, care_level: int = CARE_LEVEL
) -> Advice | None:
    """Compare next-morning pain with the day before the session (docs/clinical-rules.md).

    Back to the usual level (or better) needs no advice: ``None``. Higher than the day
    before suggests lowering the dose; the message says first that soreness for a day or
    two after new exercise is normal, so a sore morning is not read as harm. Any rise
    counts, as docs/clinical-rules.md says; the wording is gentler when it is within the 2 points
    that can be measurement error.
    """
    validate_score(morning_score, "morning_score")
    validate_score(previous_day_score, "previous_day_score")
    rise = morning_score - previous_day_score
    if rise <= 0:
        return None
    if rise < FLARE_THRESHOLD:
        title = "A little more sore this morning"
        message = (
            "Your back is a little more sore than the day before. Soreness for a day or two "
            "after exercise is normal. If it stays higher, make the next session lighter."
        )
    else:
        title = "More sore than usual this morning"
        message = (
            "Your back is more sore than the day before. Soreness for a day or two after "
            "exercise is normal, but this is more than usual, so make the next session lighter."
        )
    return Advice(
        title=title,
        message=message,
        suggestions=NEXT_DAY_SUGGESTIONS,
        rise=rise,
        show_care_list=morning_score >= care_level,
    )


__all__ = [
    "ACCEPTABLE_MAX",
    "CARE_LEVEL",
    "FLARE_THRESHOLD",
    "MAX_SCORE",
    "MIN_SCORE",
    "NEXT_DAY_SUGGESTIONS",
    "SAFE_MAX",
    "SCALE_ANCHORS",
    "Advice",
    "Zone",
    "needs_care_list",
    "next_day_advice",
    "validate_score",
    "validate_threshold",
    "zone",
]
