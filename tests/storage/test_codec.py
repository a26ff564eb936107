"""Records survive the trip to JSON documents and back, exactly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st
from records_strategies import activities, checkins, sessions

from backcoach.domain.progress import summarise
from backcoach.storage import codec, summary_codec


@given(sessions)
def test_a_session_round_trips_through_json(session) -> None:
    doc = orjson.loads(orjson.dumps(codec.encode_session(session)))
    assert codec.decode_session(doc) == session


@given(checkins)
def test_a_checkin_round_trips_through_json(checkin) -> None:
    doc = orjson.loads(orjson.dumps(codec.encode_checkin(checkin)))
    assert codec.decode_checkin(doc) == checkin


@given(checkins, st.integers(-12 * 60, 14 * 60))
def test_the_stores_fast_decoding_gives_the_same_checkins(checkin, minutes: int) -> None:
    doc = orjson.loads(orjson.dumps(codec.encode_checkin(checkin)))
    doc["at"] = datetime.fromisoformat(doc["at"]).astimezone(timezone(timedelta(minutes=minutes)))
    doc["at"] = doc["at"].isoformat()  # the same moment with another offset
    fast = codec.decode_stored_checkin(doc)
    assert fast == codec.decode_checkin(doc) == checkin and fast.at.tzinfo is UTC


@given(activities)
def test_an_activity_round_trips_through_json(activity) -> None:
    doc = orjson.loads(orjson.dumps(codec.encode_activity(activity)))
    assert codec.decode_activity(doc) == activity


def test_times_are_written_in_utc_with_a_z() -> None:
    assert codec.encode_time(datetime(2024, 5, 3, 7, 15, 2, 120000, UTC)) == (
        "2024-05-03T07:15:02.120000Z"
    )


def test_a_session_row_of_the_wrong_length_is_named() -> None:
    with pytest.raises(ValueError, match=r"expected a row of 7 values \(score, phase"):
        codec.decode_rating([3, "during"])


def test_a_missing_field_is_named() -> None:
    with pytest.raises(ValueError, match="the field 'stiffness' is missing"):
        codec.decode_checkin({"day": "2024-05-03", "score": 3, "at": "2024-05-03T07:00:00Z"})


@given(sessions, st.integers(-12 * 60, 14 * 60))
def test_what_progress_reads_of_a_stored_session_is_what_its_record_gives(
    session, minutes: int
) -> None:
    doc = _shift_zones(orjson.loads(orjson.dumps(codec.encode_session(session))), minutes)
    begun, summary = summary_codec.stored_session_summary(doc)
    assert begun == session.started_at and begun.tzinfo is UTC
    assert summary == summarise(session)


def _shift_zones(doc: dict, minutes: int) -> dict:
    """The same moments written with another offset, as a hand-edited file might have."""
    zone = timezone(timedelta(minutes=minutes))

    def shift(text: str) -> str:
        return datetime.fromisoformat(text).astimezone(zone).isoformat()

    doc = {**doc, "started_at": shift(doc["started_at"])}
    doc["ratings"] = [[*r[:3], shift(r[3]), *r[4:]] for r in doc["ratings"]]
    doc["exercises"] = [[e[0], shift(e[1]), shift(e[2]), *e[3:]] for e in doc["exercises"]]
    doc["flares"] = [[f[0], shift(f[1]), *f[2:]] for f in doc["flares"]]
    return doc


@given(sessions, st.integers(-12 * 60, 14 * 60))
def test_the_stores_fast_decoding_gives_the_same_records(session, minutes: int) -> None:
    doc = _shift_zones(orjson.loads(orjson.dumps(codec.encode_session(session))), minutes)
    fast = codec.decode_stored_session(doc)
    assert fast == codec.decode_session(doc) == session
    assert all(r.at.tzinfo is UTC for r in fast.ratings) and fast.started_at.tzinfo is UTC
    assert all(type(r.offset_s) is float for r in fast.ratings)
