"""First-run state: whether the welcome was completed, and what the safety check said.

Kept as one small record in the store's settings so the welcome does not repeat on every
start, and so Home can keep recommending a clinician until the user dismisses it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

SETTING_KEY = "onboarding"

RED_FLAGS_NONE = "none"
RED_FLAGS_SOME = "some"
RED_FLAGS_UNANSWERED = "unanswered"
_RED_FLAG_VALUES = (RED_FLAGS_NONE, RED_FLAGS_SOME, RED_FLAGS_UNANSWERED)


@dataclass(frozen=True, slots=True)
class OnboardingState:
    done: bool = False
    red_flags: str = RED_FLAGS_UNANSWERED
    care_notice_dismissed: bool = False

    def __post_init__(self) -> None:
        if self.red_flags not in _RED_FLAG_VALUES:
            raise ValueError(f"red_flags must be one of {_RED_FLAG_VALUES}, got {self.red_flags!r}")

    @property
    def show_care_notice(self) -> bool:
        """Home recommends seeing a clinician first while this is true."""
        return self.red_flags == RED_FLAGS_SOME and not self.care_notice_dismissed

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> OnboardingState:
        """A damaged or missing record means "not done": showing the welcome again is safe."""
        if not isinstance(data, dict):
            return cls()
        try:
            return cls(
                done=bool(data.get("done", False)),
                red_flags=str(data.get("red_flags", RED_FLAGS_UNANSWERED)),
                care_notice_dismissed=bool(data.get("care_notice_dismissed", False)),
            )
        except ValueError:
            return cls()
