"""The records the store keeps check themselves (backcoach.domain.records)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from backcoach.domain.records import (
    Activity,
    CheckIn,
    ExerciseResult,
    Flare,
    Rating,
    SessionRecord,
)

NOW = datetime(2024, 5, 3, 7, 15, tzinfo=UTC)


def test_rating_times_are_converted_to_utc() -> None:
    local = datetime(2024, 5, 3, 9, 15, tzinfo=timezone(timedelta(hours=2)))
    rating = Rating(3, "before", "plank", local, 1.5)
    assert rating.at == NOW and rating.at.tzinfo is UTC


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"score": 11}, "Rating.score must be a whole number from 0 to 10"),
        ({"score": -1}, "Rating.score"),
        ({"score": True}, "Rating.score"),
        ({"score": 3.0}, "Rating.score"),
        ({"phase": "middle"}, "Rating.phase must be one of"),
        ({"phase": ["during"]}, "Rating.phase must be one of"),
        ({"exercise_id": ""}, "Rating.exercise_id must be non-empty text"),
        ({"at": datetime(2024, 5, 3, 7, 15)}, "Rating.at must be a datetime with a time zone"),
        ({"offset_s": -0.1}, "Rating.offset_s"),
        ({"offset_s": float("nan")}, "Rating.offset_s"),
        ({"set_index": -1}, "Rating.set_index"),
        ({"side": "middle"}, "Rating.side"),
    ],
)
def test_a_bad_rating_fails_naming_the_field(changes: dict, words: str) -> None:
    values = {"score": 3, "phase": "during", "exercise_id": "plank", "at": NOW, "offset_s": 1.0}
    with pytest.raises(ValueError, match=words):
        Rating(**{**values, **changes})


def test_a_session_turns_its_lists_into_tuples_and_knows_its_local_day() -> None:
    late_evening = datetime(2024, 5, 3, 23, 30, tzinfo=UTC)
    session = SessionRecord("s1", late_evening, 120, None, "Mine", ratings=[])
    assert session.ratings == () and session.running
    assert session.local_day == date(2024, 5, 4)  # 01:30 the next day on the user's clock


def test_a_session_refuses_foreign_items_and_impossible_offsets() -> None:
    with pytest.raises(ValueError, match="must hold only Rating"):
        SessionRecord("s1", NOW, 0, None, "Mine", ratings=["3"])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="utc_offset_min"):
        SessionRecord("s1", NOW, 24 * 60, None, "Mine")


def test_wall_clock_order_is_not_enforced_so_a_clock_change_never_loses_a_session() -> None:
    earlier = NOW - timedelta(hours=1)
    session = SessionRecord("s1", NOW, 0, None, "Mine", ended_at=earlier)
    result = ExerciseResult("plank", NOW, earlier, 1)
    assert session.ended_at == earlier < session.started_at and not session.running
    assert result.finished_at == earlier < result.started_at


def test_checkin_day_must_be_a_date_not_a_datetime() -> None:
    with pytest.raises(ValueError, match=r"CheckIn\.day must be a date"):
        CheckIn(NOW, 3, "some", NOW)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"CheckIn\.stiffness"):
        CheckIn(NOW.date(), 3, "lots", NOW)


def test_activity_checks_minutes_pains_and_note() -> None:
    Activity.new(NOW.date(), "walking", 30, pain_before=4, pain_after=3)
    with pytest.raises(ValueError, match=r"Activity\.minutes"):
        Activity.new(NOW.date(), "walking", 0)
    with pytest.raises(ValueError, match=r"Activity\.pain_after"):
        Activity.new(NOW.date(), "walking", 10, pain_after=12)
    with pytest.raises(ValueError, match=r"Activity\.note"):
        Activity.new(NOW.date(), "walking", 10, note="x" * 5000)


def test_flare_action_is_one_the_session_offers() -> None:
    Flare("plank", NOW, 2, 5, "rest")
    with pytest.raises(ValueError, match=r"Flare\.action"):
        Flare("plank", NOW, 2, 5, "panic")
