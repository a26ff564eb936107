"""Minutes per local day count sessions (done exercises only) and other activities."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from backcoach.domain.daily_goal import minutes_on, session_local_day
from backcoach.domain.records import Activity, ExerciseResult, SessionRecord


def _session(start: datetime, offset_min: int, spans: list[tuple[int, bool]]) -> SessionRecord:
    results, at = [], start
    for seconds, skipped in spans:
        results.append(
            ExerciseResult("plank", at, at + timedelta(seconds=seconds), 1, skipped=skipped)
        )
        at += timedelta(seconds=seconds)
    return SessionRecord(
        id="s", started_at=start, utc_offset_min=offset_min, routine_id=None,
        routine_name="r", exercises=tuple(results),
    )  # fmt: skip


def test_local_day_uses_the_stored_offset() -> None:
    late_evening_utc = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)
    assert session_local_day(_session(late_evening_utc, 120, [])) == date(2026, 3, 2)
    assert session_local_day(_session(late_evening_utc, -300, [])) == date(2026, 3, 1)


def test_minutes_count_done_and_partly_done_exercises_and_activities_of_that_day() -> None:
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    sessions = [
        _session(start, 0, [(120, False), (60, True), (180, False)]),
        _session(start - timedelta(days=1), 0, [(600, False)]),
    ]
    walk = Activity(id="a", day=date(2026, 3, 1), kind="walking", minutes=20)
    # The skipped one was begun (a minute of it): partly done work counts too.
    assert minutes_on(date(2026, 3, 1), sessions) == 6.0
    assert minutes_on(date(2026, 3, 1), sessions, [walk]) == 26.0


def test_a_session_cut_off_under_a_minute_is_not_counted_as_a_session() -> None:
    from dataclasses import replace

    from backcoach.domain.daily_goal import counts_as_session

    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    short = replace(_session(start, 0, [(40, True)]), ended_early=True)
    full_short = _session(start, 0, [(40, False)])
    early_but_real = replace(_session(start, 0, [(300, True)]), ended_early=True)
    assert not counts_as_session(short)
    assert counts_as_session(full_short)  # the whole routine, however short
    assert counts_as_session(early_but_real)
    # Its seconds still count as minutes.
    assert minutes_on(date(2026, 3, 1), [short]) == 40 / 60
