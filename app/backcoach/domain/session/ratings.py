"""The session's pain ratings, its reference and its flares (the pain rule).

One reference per session: the rating before it. It never moves up: a re-rate after a
break is compared with it and does not replace it (``domain/pain_rule.py`` holds the rule;
``docs/clinical-rules.md`` lists it with its source and tests).
"""

from __future__ import annotations

from collections.abc import Sequence

from backcoach.domain.pain import needs_care_list
from backcoach.domain.pain_rule import advises_break, break_line, is_high_pain_day, suggests_ending
from backcoach.domain.session.events import (
    CareListAdvised,
    FlareRaised,
    FlareResolved,
    RatingGiven,
)
from backcoach.domain.session.state import FlareRecord
from backcoach.domain.vocabulary import (
    DURING_SESSION,
    ENGINE_FLARE_ACTIONS,
    FlareAction,
    RatingPhase,
)


class RatingLog:
    """The session's ratings and flares; made empty, or as a crash snapshot kept them."""

    def __init__(
        self,
        threshold: int,
        care_level: int,
        *,
        ratings: Sequence[RatingGiven] = (),
        baseline: int | None = None,
        unsettled: int = 0,
        flares: Sequence[FlareRecord] = (),
        open_flare: FlareRecord | None = None,
    ) -> None:
        self.threshold = threshold
        self.care_level = care_level
        self.baseline = baseline
        """The session's reference: the rating before the session, fixed once given."""
        self.unsettled = unsettled
        """Re-rates in a row that were still at or above the break line."""
        self.ratings: list[RatingGiven] = list(ratings)
        self.flares: list[FlareRecord] = list(flares)
        self.open_flare = open_flare
        self.show_care_list = bool(ratings) and needs_care_list(ratings[-1].score, care_level)
        """The latest rating reached the care level."""

    def add(self, rating: RatingGiven) -> CareListAdvised | None:
        """Keep ``rating``; returns the care-list event if it is that high."""
        self.ratings.append(rating)
        if rating.phase == RatingPhase.BASELINE:
            self.baseline = rating.score
        self.show_care_list = needs_care_list(rating.score, self.care_level)
        return CareListAdvised(rating.score, rating.offset_s) if self.show_care_list else None

    @property
    def high_pain(self) -> bool:
        """Today started with pain the usual break signal cannot work with."""
        return self.baseline is not None and is_high_pain_day(self.baseline, self.threshold)

    @property
    def break_line(self) -> int | None:
        """The lowest rating that advises a break (None before the reference is given)."""
        return None if self.baseline is None else break_line(self.baseline, self.threshold)

    @property
    def suggest_end(self) -> bool:
        return suggests_ending(self.unsettled)

    def is_flare(self, score: int) -> bool:
        assert self.baseline is not None, "no reference yet"
        return advises_break(score, self.baseline, self.threshold)

    def raise_flare(self, exercise_id: str | None, score: int, offset_s: float) -> FlareRaised:
        assert self.baseline is not None, "no reference yet"
        self.open_flare = FlareRecord(exercise_id, self.baseline, score, offset_s, None)
        care = needs_care_list(score, self.care_level)
        return FlareRaised(exercise_id, self.baseline, score, offset_s, care)

    def resolve_flare(self, action: FlareAction, offset_s: float) -> FlareResolved:
        flare = self.open_flare
        assert flare is not None and action in ENGINE_FLARE_ACTIONS
        self.flares.append(
            FlareRecord(flare.exercise_id, flare.baseline, flare.score, flare.offset_s, action)
        )
        self.open_flare = None
        return FlareResolved(action, flare.exercise_id, flare.baseline, flare.score, offset_s)

    def all_flares(self) -> tuple[FlareRecord, ...]:
        """Resolved flares, then the open one (its action None) if any."""
        return (*self.flares, *([self.open_flare] if self.open_flare else []))

    def highest_during(self) -> int | None:
        scores = [r.score for r in self.ratings if r.phase in DURING_SESSION]
        return max(scores) if scores else None

    def after(self) -> int | None:
        scores = [r.score for r in self.ratings if r.phase == RatingPhase.AFTER]
        return scores[-1] if scores else None
