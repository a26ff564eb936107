"""Pain-rating rules: zones, the pain rule (domain/pain_rule.py), the care list and the
next-day check."""

from __future__ import annotations

import pytest

from backcoach.domain.pain import (
    CARE_LEVEL,
    FLARE_THRESHOLD,
    SCALE_ANCHORS,
    Zone,
    needs_care_list,
    next_day_advice,
    validate_score,
    zone,
)
from backcoach.domain.pain_rule import (
    advises_break,
    break_line,
    high_pain_from,
    is_high_pain_day,
)

NOT_SCORES = [-1, 11, 2.5, 3.0, True, False, "3", None]


@pytest.mark.parametrize(
    ("score", "expected"),
    [(0, "safe"), (2, "safe"), (3, "acceptable"), (5, "acceptable"), (6, "high"), (10, "high")],
)
def test_zones_follow_the_pain_monitoring_model(score, expected):
    assert zone(score) == expected
    assert zone(score) is Zone(expected)


def test_every_zone_has_a_short_label_and_description():
    for item in Zone:
        assert item.label and len(item.label) <= 12
        assert item.description.endswith(".")


def test_the_scale_is_anchored_at_both_ends():
    assert set(SCALE_ANCHORS) == {0, 10}


@pytest.mark.parametrize("score", range(11))
def test_validate_score_returns_every_whole_number_from_0_to_10(score):
    assert validate_score(score) == score


@pytest.mark.parametrize("bad", NOT_SCORES)
def test_validate_score_refuses_anything_else_naming_the_field(bad):
    with pytest.raises(ValueError, match="baseline must be a whole number"):
        validate_score(bad, "baseline")


@pytest.mark.parametrize("bad", NOT_SCORES)
def test_rules_refuse_scores_off_the_scale(bad):
    for call in (
        lambda: zone(bad),
        lambda: advises_break(bad, 2, 2),
        lambda: advises_break(2, bad, 2),
        lambda: needs_care_list(bad),
    ):
        with pytest.raises(ValueError):
            call()


def test_the_default_threshold_is_two_points():
    assert FLARE_THRESHOLD == 2
    assert not advises_break(3, 2, FLARE_THRESHOLD)
    assert advises_break(4, 2, FLARE_THRESHOLD)
    assert advises_break(10, 2, FLARE_THRESHOLD)


def test_a_lower_or_equal_rating_never_advises_a_break():
    assert not any(advises_break(score, 5, t) for score in range(6) for t in range(1, 5))


def test_the_threshold_can_be_changed():
    assert not advises_break(4, 2, 3)
    assert advises_break(5, 2, 3)
    assert advises_break(3, 2, 1)


@pytest.mark.parametrize("bad", [0, -1, 11, 2.0, True])
def test_a_threshold_must_be_a_whole_number_from_1_to_10(bad):
    with pytest.raises(ValueError, match="threshold"):
        advises_break(5, 2, bad)


@pytest.mark.parametrize("reference", range(11))
@pytest.mark.parametrize("threshold", range(1, 5))
def test_a_break_can_always_be_advised_unless_pain_starts_at_10(reference, threshold):
    """The issue: with 9 or 10 before the session (threshold 2) no rating could ever
    trigger a break. Now the line is always on the scale, but for a start at 10."""
    line = break_line(reference, threshold)
    assert line <= 10 or reference == 10
    assert is_high_pain_day(reference, threshold) == (reference + threshold > 10 or reference >= 8)
    if is_high_pain_day(reference, threshold):
        assert line == reference + 1


@pytest.mark.parametrize("threshold", [1, 2, 3, 4])
def test_high_pain_from_is_the_lowest_start_that_makes_a_high_pain_day(threshold):
    # The report words it ("On a day that started with high pain (7 or more)...").
    days = [r for r in range(11) if is_high_pain_day(r, threshold)]
    assert days == list(range(high_pain_from(threshold), 11))
    assert high_pain_from(threshold) == (7 if threshold == 4 else 8)


def test_the_care_list_shows_from_eight():
    assert CARE_LEVEL == 8
    assert not needs_care_list(7)
    assert needs_care_list(8)
    assert needs_care_list(10)
    assert needs_care_list(6, level=6)


@pytest.mark.parametrize(("morning", "before"), [(3, 3), (2, 3), (0, 0), (10, 10)])
def test_next_day_back_to_usual_or_better_needs_no_advice(morning, before):
    assert next_day_advice(morning, before) is None


def test_next_day_higher_suggests_a_lighter_session_and_says_soreness_is_normal():
    advice = next_day_advice(6, 3)
    assert advice is not None
    assert advice.rise == 3
    assert "normal" in advice.message
    assert "lighter" in advice.message
    text = " ".join(advice.suggestions).lower()
    assert "fewer sets" in text and "shorter" in text and "easier" in text
    assert not advice.show_care_list


def test_next_day_one_point_higher_is_worded_more_gently():
    mild, clear = next_day_advice(4, 3), next_day_advice(5, 3)
    assert mild is not None and clear is not None
    assert "If it stays higher" in mild.message
    assert mild.message != clear.message


def test_next_day_at_eight_or_more_also_shows_the_care_list():
    advice = next_day_advice(8, 4)
    assert advice is not None and advice.show_care_list


@pytest.mark.parametrize("bad", NOT_SCORES)
def test_next_day_refuses_scores_off_the_scale(bad):
    with pytest.raises(ValueError):
        next_day_advice(bad, 3)
    with pytest.raises(ValueError):
        next_day_advice(3, bad)
