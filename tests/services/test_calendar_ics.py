"""The "Add to my calendar" file: RFC 5545, checked by an independent parser (icalendar)
and by expanding its recurrence rule with dateutil."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from backcoach.services import calendar_ics

NOW = datetime(2025, 3, 3, 8, 15, 30, tzinfo=UTC)
MONDAY = date(2025, 3, 3)


def _event(text: str):
    calendar = Calendar.from_ical(text)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_the_file_is_a_weekly_event_on_the_chosen_days() -> None:
    text = calendar_ics.weekly_event(
        [4, 0, 2], time(18, 30), today=date(2025, 3, 4), now=NOW, duration_min=15, uid="x@y"
    )
    calendar, event = _event(text)
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"] == calendar_ics.PRODID
    assert event["UID"] == "x@y"
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"]
    assert rule["BYDAY"] == ["MO", "WE", "FR"]
    # The first occurrence is the first chosen day from today (Tuesday): Wednesday.
    start = event.decoded("DTSTART")
    assert start == datetime(2025, 3, 5, 18, 30)
    assert start.tzinfo is None  # floating local time: 18:30 wherever the user is
    assert event.decoded("DURATION") == timedelta(minutes=15)
    assert event.decoded("DTSTAMP") == NOW
    alarms = event.walk("VALARM")
    assert len(alarms) == 1 and alarms[0]["ACTION"] == "DISPLAY"


def test_the_recurrence_expands_to_the_chosen_weekdays_at_the_chosen_time() -> None:
    text = calendar_ics.weekly_event([1, 3], time(7, 0), today=MONDAY, now=NOW)
    _, event = _event(text)
    start = event.decoded("DTSTART")
    rule = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    first = list(rule[:6])
    assert [d.weekday() for d in first] == [1, 3, 1, 3, 1, 3]
    assert all(d.time() == time(7, 0) for d in first)
    assert first[0] == datetime(2025, 3, 4, 7, 0)


def test_lines_end_with_crlf_and_are_at_most_75_octets() -> None:
    text = calendar_ics.weekly_event(
        range(7),
        time(18, 0),
        today=MONDAY,
        now=NOW,
        summary="Rückenübungen — " * 6,
        description="Mind the 2-point rule; stop, rest, re-rate.\nThen go on. " * 4,
    )
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b"\r" not in raw.replace(b"\r\n", b"")
    for line in raw.split(b"\r\n")[:-1]:
        assert len(line) <= 75
        line.decode("utf-8")  # never folded inside a character
    _, event = _event(text)
    assert str(event["SUMMARY"]) == "Rückenübungen — " * 6
    assert (
        str(event["DESCRIPTION"]) == "Mind the 2-point rule; stop, rest, re-rate.\nThen go on. " * 4
    )


def test_fold_keeps_short_lines_and_splits_long_ones() -> None:
    assert calendar_ics.fold("SUMMARY:short") == "SUMMARY:short"
    folded = calendar_ics.fold("X:" + "é" * 80)
    pieces = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in pieces)
    assert all(p.startswith(" ") for p in pieces[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == "X:" + "é" * 80


def test_text_values_are_escaped() -> None:
    assert calendar_ics.escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_a_uid_is_made_when_none_is_given() -> None:
    one = _event(calendar_ics.weekly_event([0], time(9, 0), today=MONDAY, now=NOW))[1]
    two = _event(calendar_ics.weekly_event([0], time(9, 0), today=MONDAY, now=NOW))[1]
    assert str(one["UID"]) != str(two["UID"])
    assert str(one["UID"]).endswith("@backcoach")


@pytest.mark.parametrize("days", [[], [7], [-1]])
def test_days_must_be_weekdays(days) -> None:
    with pytest.raises(ValueError):
        calendar_ics.weekly_event(days, time(9, 0), today=MONDAY, now=NOW)


def test_written_file_keeps_crlf(tmp_path) -> None:
    path = tmp_path / "reminder.ics"
    calendar_ics.write_weekly_event(path, [0], time(9, 0), today=MONDAY, now=NOW)
    assert b"\r\nBEGIN:VEVENT\r\n" in path.read_bytes()
