"""How a session runs: the engine's settings, checked once when it is made."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from backcoach.domain.pain import CARE_LEVEL, FLARE_THRESHOLD, validate_score, validate_threshold
from backcoach.domain.planned import PlannedExercise

DEFAULT_SUSPEND_AFTER_S = 15.0
"""A gap between ticks longer than this is a sleep or a hang, not a slow frame."""
BACK_RESTART_S = 3.0

EasierLookup = Callable[[str], PlannedExercise | None]
"""The easier variant of an exercise (by id), None when it has none."""

_SECONDS = (
    "get_ready_s",
    "switch_side_s",
    "rating_rest_s",
    "back_restart_s",
    "rest_between_exercises_s",
    "suspend_after_s",
    "position_change_s",
)


@dataclass(frozen=True, slots=True)
class EngineOptions:
    get_ready_s: float = 5.0
    rest_between_exercises_s: float | None = None
    """None: each exercise's own rest comes after it."""
    switch_side_s: float = 5.0
    threshold: int = FLARE_THRESHOLD
    care_level: int = CARE_LEVEL
    rating_rest_s: float = 60.0
    easier_lookup: EasierLookup | None = None
    suspend_after_s: float | None = DEFAULT_SUSPEND_AFTER_S
    back_restart_s: float = BACK_RESTART_S
    position_change_s: float = 0.0
    """Extra get-ready time when the exercise moves the user between the floor and
    standing or sitting (the first exercise: from the computer to the mat)."""
    baseline_counts_as_before: bool = False
    """The rating before the session is also the first exercise's "before": no second
    pain question straight after the first."""

    def __post_init__(self) -> None:
        for name in _SECONDS:
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{name} must be a number of seconds, got {value!r}")
            if not 0 <= value < 1e6 or (name == "suspend_after_s" and value == 0):
                raise ValueError(f"{name} is out of range: {value!r}")
        validate_threshold(self.threshold)
        validate_score(self.care_level, "care_level")
        for name in ("get_ready_s", "switch_side_s", "rating_rest_s", "back_restart_s"):
            object.__setattr__(self, name, float(getattr(self, name)))
        object.__setattr__(self, "position_change_s", float(self.position_change_s))
        object.__setattr__(self, "baseline_counts_as_before", bool(self.baseline_counts_as_before))
