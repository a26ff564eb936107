"""The session's pain ratings, its baselines and its flares (the 2-point rule, CLINICAL.md §2).

Two baselines: the session's (the rating before the session) and the current exercise's,
which starts as the session's and becomes the re-rate after a rest that let the pain settle
("or before the exercise, if the user re-rated after a break").
"""

from __future__ import annotations

from backcoach.domain.pain import is_flare, needs_care_list
from backcoach.domain.session_events import (
    FLARE_ACTIONS,
    CareListAdvised,
    FlareRaised,
    FlareResolved,
    RatingGiven,
)
from backcoach.domain.session_state import FlareRecord

_DURING_SESSION = ("before", "during", "re-rate")


class RatingLog:
    def __init__(self, threshold: int, care_level: int) -> None:
        self.threshold = threshold
        self.care_level = care_level
        self.baseline: int | None = None
        self.exercise_baseline: int | None = None
        self.ratings: list[RatingGiven] = []
        self.flares: list[FlareRecord] = []
        self.open_flare: FlareRecord | None = None
        self.show_care_list = False
        """The latest rating reached the care level."""

    def add(self, rating: RatingGiven) -> CareListAdvised | None:
        """Keep ``rating``; returns the care-list event if it is that high."""
        self.ratings.append(rating)
        if rating.phase == "baseline":
            self.baseline = self.exercise_baseline = rating.score
        self.show_care_list = needs_care_list(rating.score, self.care_level)
        return CareListAdvised(rating.score, rating.offset_s) if self.show_care_list else None

    def new_exercise(self) -> None:
        """A new exercise is judged against the session's baseline again."""
        self.exercise_baseline = self.baseline

    def is_flare(self, score: int) -> bool:
        assert self.exercise_baseline is not None, "no baseline yet"
        return is_flare(score, self.exercise_baseline, self.threshold)

    def raise_flare(self, exercise_id: str, score: int, offset_s: float) -> FlareRaised:
        assert self.exercise_baseline is not None, "no baseline yet"
        self.open_flare = FlareRecord(exercise_id, self.exercise_baseline, score, offset_s, None)
        care = needs_care_list(score, self.care_level)
        return FlareRaised(exercise_id, self.exercise_baseline, score, offset_s, care)

    def resolve_flare(self, action: str, offset_s: float) -> FlareResolved:
        flare = self.open_flare
        assert flare is not None and action in FLARE_ACTIONS
        self.flares.append(
            FlareRecord(flare.exercise_id, flare.baseline, flare.score, flare.offset_s, action)
        )
        self.open_flare = None
        return FlareResolved(action, flare.exercise_id, flare.baseline, flare.score, offset_s)

    def all_flares(self) -> tuple[FlareRecord, ...]:
        """Resolved flares, then the open one (its action None) if any."""
        return (*self.flares, *([self.open_flare] if self.open_flare else []))

    def highest_during(self) -> int | None:
        scores = [r.score for r in self.ratings if r.phase in _DURING_SESSION]
        return max(scores) if scores else None

    def after(self) -> int | None:
        scores = [r.score for r in self.ratings if r.phase == "after"]
        return scores[-1] if scores else None
