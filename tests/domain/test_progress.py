"""Progress aggregates on known data: days, averages, streaks, bins, what helps, check-ins.

``make_session`` builds a session the way the app records one (a baseline, per exercise an
optional "before" and "during" ratings, a final "after"); the GUI and report tests use it.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcoach.domain import progress
from backcoach.domain import session_pain as session_pain_rules
from backcoach.domain.pain import NEXT_DAY_SUGGESTIONS
from backcoach.domain.progress import Bin, Range
from backcoach.domain.progress_checkin import STIFFER_TITLE, morning_advice
from backcoach.domain.progress_effects import (
    EffectIndex,
    ExerciseOccurrence,
    by_direction,
    effects,
    exercise_occurrences,
    exercise_sums,
    what_helps,
)
from backcoach.domain.records import (
    Activity,
    CheckIn,
    ExerciseResult,
    Flare,
    Rating,
    SessionRecord,
)

DAY = date(2025, 3, 10)  # a Monday


def make_session(
    day: date,
    baseline: int | None,
    exercises: list[tuple[str, int | None, list[int]]],
    after: int | None = None,
    *,
    hour: int = 9,
    offset_min: int = 60,
    minutes_each: float = 3.0,
    flares: list[tuple[str, int, int]] = (),
    session_id: str | None = None,
) -> SessionRecord:
    """``exercises``: (exercise id, its "before" rating or None, its "during" ratings)."""
    zone = timezone(timedelta(minutes=offset_min))
    start = datetime(day.year, day.month, day.day, hour, 0, tzinfo=zone)
    ratings: list[Rating] = []
    results: list[ExerciseResult] = []
    clock = 0.0

    def rate(score: int, phase: str, exercise_id: str | None) -> None:
        nonlocal clock
        clock += 5
        ratings.append(Rating(score, phase, exercise_id, start + timedelta(seconds=clock), clock))

    if baseline is not None:
        rate(baseline, "baseline", None)
    for exercise_id, before, during in exercises:
        began = start + timedelta(seconds=clock)
        if before is not None:
            rate(before, "before", exercise_id)
        for score in during:
            rate(score, "during", exercise_id)
        clock += minutes_each * 60
        results.append(
            ExerciseResult(exercise_id, began, start + timedelta(seconds=clock), len(during))
        )
    if after is not None:
        rate(after, "after", None)
    return SessionRecord(
        id=session_id or f"{day.isoformat()}-{hour}-{random.getrandbits(32):08x}",
        started_at=start,
        utc_offset_min=offset_min,
        routine_id="r",
        routine_name="Routine",
        ratings=tuple(ratings),
        exercises=tuple(results),
        flares=tuple(
            Flare(e, start + timedelta(seconds=30), base, score, "rest")
            for e, base, score in flares
        ),
        ended_at=start + timedelta(seconds=clock + 10),
    )


def checkin(day: date, score: int, stiffness: str = "some") -> CheckIn:
    return CheckIn(day, score, stiffness, datetime(day.year, day.month, day.day, 7, tzinfo=UTC))


# -- one session ------------------------------------------------------------------------


def test_session_pain_is_baseline_highest_while_exercising_and_after() -> None:
    s = make_session(DAY, 3, [("a", None, [4, 6]), ("b", 5, [4])], after=2)
    pain = progress.session_pain(s)
    assert (pain.before, pain.highest, pain.after) == (3, 6, 2)


def test_session_pain_uses_the_last_per_exercise_after_when_no_session_after() -> None:
    s = make_session(DAY, 4, [("a", None, [5])])
    extra = Rating(3, "after", "a", s.started_at + timedelta(minutes=9), 600.0)
    s = SessionRecord(**{**_fields(s), "ratings": (*s.ratings, extra)})
    assert progress.session_pain(s).after == 3


def _fields(s: SessionRecord) -> dict:
    return {name: getattr(s, name) for name in SessionRecord.__slots__}


def test_a_late_evening_session_counts_on_its_local_day() -> None:
    """00:00 at UTC+3 is 21:00 UTC the day before; the session is on the user's own day."""
    s = make_session(DAY, 3, [("a", None, [3])], after=3, hour=0, offset_min=180)
    history = progress.build_history([s])
    assert list(history.days) == [DAY]


# -- days -------------------------------------------------------------------------------


def test_two_sessions_on_a_day_average_before_and_after_and_keep_the_highest() -> None:
    first = make_session(DAY, 2, [("a", None, [3])], after=2, hour=8)
    second = make_session(DAY, 4, [("a", None, [7])], after=3, hour=18)
    summary = progress.build_history([first, second]).day(DAY)
    assert summary.sessions == 2
    assert summary.before == 3.0 and summary.after == 2.5 and summary.highest == 7


def test_minutes_add_sessions_and_other_activities() -> None:
    s = make_session(DAY, 2, [("a", None, [2]), ("b", None, [2])], after=2, minutes_each=5)
    walk = Activity.new(DAY, "walking", 30)
    summary = progress.build_history([s], [], [walk]).day(DAY)
    assert summary.session_minutes == pytest.approx(10.0 + 10 / 60)  # two ratings' 5 s each
    assert summary.activity_minutes == 30
    assert summary.active


def test_an_activity_alone_makes_a_day_active() -> None:
    history = progress.build_history([], [], [Activity.new(DAY, "swimming", 20)])
    assert history.day(DAY).active and history.day(DAY).sessions == 0


def test_a_checkin_is_compared_with_the_pain_before_the_previous_days_session() -> None:
    s = make_session(DAY, 3, [("a", None, [4])], after=3)
    history = progress.build_history([s], [checkin(DAY + timedelta(days=1), 5)])
    (result,) = history.checkins
    assert result.previous == 3 and result.rise == 2
    assert history.day(DAY + timedelta(days=1)).checkin.score == 5


def test_flares_are_listed_with_their_day() -> None:
    s = make_session(DAY, 2, [("a", None, [5])], after=3, flares=[("a", 2, 5)])
    history = progress.build_history([s])
    assert [(f.day, f.exercise_id, f.baseline, f.score) for f in history.flares] == [
        (DAY, "a", 2, 5)
    ]
    assert history.day(DAY).flares == 1


def test_since_leaves_out_older_records() -> None:
    old = make_session(DAY - timedelta(days=40), 5, [("a", None, [5])], after=5)
    new = make_session(DAY, 2, [("a", None, [2])], after=2)
    history = progress.build_history([old, new], since=DAY - timedelta(days=7))
    assert list(history.days) == [DAY] and not history.complete


# -- series -----------------------------------------------------------------------------


def test_rolling_average_is_over_calendar_days_and_skips_missing_ones() -> None:
    values = [4, None, 2, None, None, None, None, None, None, 6]
    averages = progress.rolling_average(values, window=7)
    assert averages[:3] == [4, 4, 3]
    assert averages[6] == 3  # days 0-6: 4 and 2
    assert averages[7] == 2  # day 0 left the window
    assert averages[8] == 2  # days 2-8
    assert averages[9] == 6  # days 3-9: day 2 left too
    assert progress.rolling_average([None, None]) == [None, None]


def test_series_uses_the_days_before_the_range_for_the_first_averages() -> None:
    sessions = [
        make_session(DAY - timedelta(days=n), 6, [("a", None, [6])], after=6) for n in (1, 2)
    ]
    sessions.append(make_session(DAY, 3, [("a", None, [3])], after=3))
    series = progress.series(progress.build_history(sessions), DAY, DAY + timedelta(days=1))
    assert series.days == [DAY, DAY + timedelta(days=1)]
    assert series.before == [3, None]
    assert series.average == [pytest.approx(5.0), pytest.approx(5.0)]


def test_range_bounds_end_today_and_all_starts_at_the_first_record() -> None:
    assert progress.range_bounds(Range.WEEK, DAY) == (DAY - timedelta(days=6), DAY)
    assert progress.range_bounds(Range.MONTH, DAY)[0] == DAY - timedelta(days=29)
    assert progress.range_bounds(Range.ALL, DAY, date(2020, 1, 1)) == (date(2020, 1, 1), DAY)
    assert progress.range_bounds(Range.ALL, DAY, None)[0] == DAY - timedelta(days=6)


def test_bins_are_days_then_weeks_then_months() -> None:
    assert progress.bin_for(91) is Bin.DAY
    assert progress.bin_for(365) is Bin.WEEK
    assert progress.bin_for(3650) is Bin.MONTH


def test_weekly_bins_start_on_mondays_and_average_pain_over_days_that_have_it() -> None:
    start = DAY - timedelta(days=2)  # a Saturday
    sessions = [
        make_session(start, 4, [("a", None, [5])], after=4, minutes_each=10),
        make_session(DAY, 2, [("a", None, [3])], after=1, minutes_each=10),
        make_session(DAY + timedelta(days=1), 4, [("a", None, [7])], after=3, minutes_each=10),
    ]
    series = progress.series(progress.build_history(sessions), start, DAY + timedelta(days=6))
    bins = progress.binned(series, Bin.WEEK)
    assert bins.starts == [start, DAY] and bins.ends == [
        DAY - timedelta(days=1),
        DAY + timedelta(6),
    ]
    assert bins.before == [4, 3] and bins.highest == [5, 5] and bins.after == [4, 2]
    assert bins.session_minutes[0] == pytest.approx(series.session_minutes[0] / 2)
    assert bins.find(DAY + timedelta(days=3)) == 1 and bins.find(date(2000, 1, 1)) is None


def test_monthly_bins_follow_the_calendar() -> None:
    series = progress.series(progress.build_history([]), date(2025, 1, 30), date(2025, 3, 2))
    bins = progress.binned(series, Bin.MONTH)
    assert bins.starts == [date(2025, 1, 30), date(2025, 2, 1), date(2025, 3, 1)]
    assert bins.ends == [date(2025, 1, 31), date(2025, 2, 28), date(2025, 3, 2)]


# -- consistency ------------------------------------------------------------------------


def test_streak_goes_on_while_today_is_not_over() -> None:
    days = [DAY - timedelta(days=n) for n in range(1, 5)]  # the 4 days before today
    assert progress.streaks(days, DAY) == progress.Streaks(current=4, longest=4)
    assert progress.streaks([*days, DAY], DAY).current == 5


def test_streak_is_broken_by_a_missed_day_and_the_longest_is_kept() -> None:
    long_run = [DAY - timedelta(days=n) for n in range(10, 20)]
    recent = [DAY - timedelta(days=n) for n in range(0, 3)]
    assert progress.streaks(long_run + recent, DAY) == progress.Streaks(current=3, longest=10)
    assert progress.streaks(long_run, DAY).current == 0


def test_days_after_today_do_not_count_toward_the_current_streak() -> None:
    assert progress.streaks([DAY + timedelta(days=3)], DAY).current == 0


def test_activity_levels_follow_the_goal() -> None:
    assert [progress.activity_level(m, 15) for m in (0, 5, 8, 15, 40)] == [0, 1, 2, 3, 3]


def test_monthly_counts_active_and_goal_days() -> None:
    sessions = [
        make_session(date(2025, 2, d), 3, [("a", None, [3])], after=3, minutes_each=20)
        for d in (1, 2, 3)
    ]
    history = progress.build_history(sessions, [], [Activity.new(date(2025, 3, 1), "yoga", 5)])
    months = progress.monthly(progress.series(history, date(2025, 2, 1), date(2025, 3, 31)), 15)
    assert [(m.month, m.active_days, m.days, m.goal_days) for m in months] == [
        (2, 3, 28, 3),
        (3, 1, 31, 0),
    ]


# -- totals and weeks -------------------------------------------------------------------


def test_totals_and_weeks_of_a_known_fortnight() -> None:
    sessions = [
        make_session(DAY + timedelta(days=n), 4 - n % 2, [("a", None, [5])], after=2)
        for n in range(0, 14, 2)  # Mon, Wed, Fri, Sun, Tue, Thu, Sat
    ]
    acts = [Activity.new(DAY + timedelta(days=1), "walking", 40)]
    history = progress.build_history(sessions, [], acts)
    totals = progress.totals(history, DAY, DAY + timedelta(days=13), 15)
    assert totals.sessions == 7 and totals.days == 14 and totals.active_days == 8
    assert totals.sessions_per_week == pytest.approx(3.5)
    assert totals.before == 4 and totals.after == 2 and totals.highest == 5
    assert totals.activities == 1 and totals.activity_minutes == 40
    weeks = progress.weekly(history, DAY, DAY + timedelta(days=13), 15)
    assert [w.start for w in weeks] == [DAY, DAY + timedelta(days=7)]
    assert [w.totals.sessions for w in weeks] == [4, 3]


# -- what helps -------------------------------------------------------------------------


def test_occurrence_uses_its_before_its_highest_during_and_the_next_rating() -> None:
    s = make_session(DAY, 4, [("a", None, [5, 6]), ("b", 3, [2, 2]), ("c", None, [4])], after=1)
    found = exercise_occurrences(s, DAY)
    assert [(o.exercise_id, o.before, o.during, o.after) for o in found] == [
        ("a", 4, 6, 3),  # before: the baseline; after: b's "before", given right after
        ("b", 3, 2, None),  # c had no "before": nothing was rated right after b
        ("c", 2, 4, 1),  # before: the last rating; after: the session's "after"
    ]


def test_what_helps_lists_exercises_done_three_times_most_easing_first() -> None:
    def occ(exercise_id: str, before: int, during: int, after: int) -> ExerciseOccurrence:
        return ExerciseOccurrence(DAY, exercise_id, before, during, after)

    occurrences = [occ("eases", 4, 4, 2)] * 3 + [occ("rises", 2, 5, 4)] * 3
    occurrences += [occ("rare", 5, 5, 0)] * 2
    result = what_helps(occurrences)
    assert [e.key for e in result] == ["eases", "rises"]
    assert result[0].during == 0 and result[0].after == -2 and result[0].times == 3
    assert result[1].during == 3 and result[1].after == 2


def test_by_direction_groups_exercises_and_leaves_out_unknown_ones() -> None:
    occurrences = [ExerciseOccurrence(DAY, e, 3, 4, 2) for e in ("x1", "x2", "f1", "gone")] * 2
    directions = {"x1": "extension", "x2": "extension", "f1": "flexion"}
    result = by_direction(occurrences, directions.get, min_times=2)
    assert [(e.key, e.times) for e in result] == [("extension", 4), ("flexion", 2)]


def test_effect_index_matches_counting_the_range_directly() -> None:
    rng = random.Random(7)
    occurrences = [
        ExerciseOccurrence(
            DAY + timedelta(days=rng.randint(0, 60)),
            rng.choice("abc"),
            rng.randint(0, 10),
            rng.choice([None, rng.randint(0, 10)]),
            rng.choice([None, rng.randint(0, 10)]),
        )
        for _ in range(300)
    ]
    index = EffectIndex(occurrences)
    for _ in range(20):
        start = DAY + timedelta(days=rng.randint(0, 60))
        end = start + timedelta(days=rng.randint(0, 30))
        inside = [o for o in occurrences if start <= o.day <= end]
        assert effects(index.sums_between(start, end)) == effects(exercise_sums(inside))


# -- the morning check-in ---------------------------------------------------------------


def test_morning_pain_higher_than_before_the_session_suggests_a_lighter_dose() -> None:
    advice = morning_advice(5, "some", previous_score=3)
    assert advice is not None and advice.rise == 2 and advice.suggestions == NEXT_DAY_SUGGESTIONS


def test_morning_pain_at_the_usual_level_needs_no_advice() -> None:
    assert morning_advice(3, "some", previous_score=3, previous_stiffness="some") is None
    assert morning_advice(2, "none", previous_score=3) is None


def test_stiffer_than_the_last_checkin_also_suggests_a_lighter_dose() -> None:
    advice = morning_advice(3, "a lot", previous_score=3, previous_stiffness="some")
    assert advice is not None and advice.title == STIFFER_TITLE


def test_without_a_rating_the_day_before_only_stiffness_is_compared() -> None:
    assert morning_advice(9, "some", previous_score=None, previous_stiffness="some") is None
    assert morning_advice(2, "a lot", previous_score=None, previous_stiffness="none")


def test_activity_labels_name_known_kinds_and_keep_the_users_own() -> None:
    assert progress.activity_label("cycling") == "Cycling"
    assert progress.activity_label("gardening") == "Gardening"


@given(
    st.lists(
        st.tuples(st.integers(0, 20), st.none() | st.integers(0, 10), st.integers(0, 23)),
        max_size=12,
    ),
    st.dictionaries(st.integers(0, 21), st.integers(0, 10), max_size=12),
    st.integers(-12 * 60, 14 * 60),
)
def test_homes_worse_mornings_are_the_historys_check_ins_that_rose(
    planned, mornings, offset_min
) -> None:
    """``session_pain.worse_mornings`` (Home, without a history) keeps the rule of the
    history's check-in results: a rise over the day before's first baseline."""
    sessions = sorted(
        (
            make_session(DAY + timedelta(days=n), baseline, [], hour=hour, offset_min=offset_min)
            for n, baseline, hour in planned
        ),
        key=lambda s: s.started_at,
    )
    days = [checkin(DAY + timedelta(days=n), score) for n, score in sorted(mornings.items())]
    history = progress.build_history(sessions, days)
    expected = {r.day for r in history.checkins if (r.rise or 0) > 0}
    assert session_pain_rules.worse_mornings(sessions, days) == expected
