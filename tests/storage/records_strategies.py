"""Hypothesis strategies for BackCoach's records, shared by the storage tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import strategies as st

from backcoach.domain.records import (
    Activity,
    CheckIn,
    ExerciseResult,
    Flare,
    Rating,
    SessionRecord,
)
from backcoach.domain.vocabulary import FLARE_ACTION_WORDS, RATING_PHASE_WORDS, Stiffness

EXERCISE_IDS = ("prone-press", "plank", "bird-dog", "knee-to-chest", "=1+1")

zones = st.builds(
    lambda minutes: timezone(timedelta(minutes=minutes)), st.integers(-12 * 60, 14 * 60)
)
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=zones
)
utc_moments = moments.map(lambda m: m.astimezone(UTC))
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))
texts = st.text(max_size=30)
names = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() != "")
exercise_ids = st.sampled_from(EXERCISE_IDS)
scores = st.integers(0, 10)
sides = st.none() | st.sampled_from(["left", "right"])

ratings = st.builds(
    Rating,
    score=scores,
    phase=st.sampled_from(sorted(RATING_PHASE_WORDS)),
    exercise_id=st.none() | exercise_ids,
    at=moments,
    offset_s=st.floats(0, 1e7, allow_nan=False, allow_infinity=False),
    set_index=st.none() | st.integers(0, 50),
    side=sides,
)
flares = st.builds(
    Flare,
    exercise_id=st.none() | exercise_ids,
    at=moments,
    baseline=scores,
    score=scores,
    action=st.sampled_from(sorted(FLARE_ACTION_WORDS)),
)
exercise_results = st.builds(
    ExerciseResult,
    exercise_id=exercise_ids,
    started_at=moments,
    finished_at=moments,
    sets_done=st.integers(0, 20),
    side=sides,
    skipped=st.booleans(),
)
sessions = st.builds(
    SessionRecord,
    id=st.uuids().map(lambda u: u.hex),
    started_at=moments,
    utc_offset_min=st.integers(-12 * 60, 14 * 60),
    routine_id=st.none() | names,
    routine_name=texts,
    ratings=st.lists(ratings, max_size=8).map(tuple),
    exercises=st.lists(exercise_results, max_size=4).map(tuple),
    flares=st.lists(flares, max_size=2).map(tuple),
    ended_at=st.none() | moments,
    ended_early=st.booleans(),
)
checkins = st.builds(
    CheckIn, day=days, score=scores, stiffness=st.sampled_from(list(Stiffness)), at=moments
)
activities = st.builds(
    Activity,
    id=st.uuids().map(lambda u: u.hex),
    day=days,
    kind=st.sampled_from(["walking", "cycling", "swimming", "@gym"]),
    minutes=st.integers(1, 24 * 60),
    pain_before=st.none() | scores,
    pain_after=st.none() | scores,
    note=texts,
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | texts
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=12,
)  # fmt: skip
routines = st.fixed_dictionaries(
    {"name": texts, "items": st.lists(st.fixed_dictionaries({"exercise": exercise_ids}))},
    optional={"id": st.uuids().map(lambda u: u.hex)},
)
