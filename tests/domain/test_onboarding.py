"""First-run state: the care notice logic and a forgiving round trip through the store."""

from __future__ import annotations

from backcoach.domain.onboarding import (
    RED_FLAGS_NONE,
    RED_FLAGS_SOME,
    OnboardingState,
)


def test_care_notice_shows_only_after_red_flags_until_dismissed() -> None:
    assert not OnboardingState(done=True, red_flags=RED_FLAGS_NONE).show_care_notice
    some = OnboardingState(done=True, red_flags=RED_FLAGS_SOME)
    assert some.show_care_notice
    assert not OnboardingState(True, RED_FLAGS_SOME, care_notice_dismissed=True).show_care_notice


def test_round_trip_and_damaged_records_fall_back_to_not_done() -> None:
    state = OnboardingState(done=True, red_flags=RED_FLAGS_SOME)
    assert OnboardingState.from_dict(state.to_dict()) == state
    assert OnboardingState.from_dict(None) == OnboardingState()
    assert OnboardingState.from_dict({"done": True, "red_flags": "maybe"}) == OnboardingState()
