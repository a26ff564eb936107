"""The "Add to my calendar" file: an iCalendar file (RFC 5545) with one weekly recurring event.

The event starts at a *floating* local time (no time zone): "18:00 on my exercise days"
stays 18:00 wherever the user is and across daylight-saving changes, which is what a
habit reminder means. It carries its own alarm, so the calendar reminds the user even
when BackCoach is closed. Written by hand (no dependency); the tests parse it with the
``icalendar`` package.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from backcoach.services.reminders_schedule import ICS_DAYS

PRODID = "-//BackCoach//BackCoach reminders//EN"
CRLF = "\r\n"
LINE_OCTETS = 75  # RFC 5545 section 3.1: lines SHOULD NOT be longer than 75 octets


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 section 3.3.11)."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into 75-octet pieces joined by CRLF + space, never inside a
    UTF-8 character (RFC 5545 section 3.1)."""
    pieces: list[str] = []
    current = ""
    size = 0
    limit = LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
            limit = LINE_OCTETS - 1  # continuation lines begin with a space
        current += char
        size += width
    pieces.append(current)
    return (CRLF + " ").join(pieces)


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def first_occurrence(days: Iterable[int], at: time, today: date) -> datetime:
    """The first chosen day from ``today`` on: DTSTART must be one of the RRULE's days."""
    chosen = set(days)
    for offset in range(7):
        day = today + timedelta(days=offset)
        if day.weekday() in chosen:
            return datetime.combine(day, at)
    raise ValueError("choose at least one day")


def weekly_event(
    days: Iterable[int],
    at: time,
    *,
    today: date,
    now: datetime,
    duration_min: int = 15,
    summary: str = "Back exercises",
    description: str = "",
    uid: str | None = None,
) -> str:
    """The whole .ics file as text with CRLF line endings."""
    chosen = sorted(set(days))
    if not chosen or any(d not in range(7) for d in chosen):
        raise ValueError(f"days must be weekdays 0-6, got {chosen!r}")
    if duration_min <= 0:
        raise ValueError("the event needs a duration")
    start = first_occurrence(chosen, at, today)
    uid = uid or f"{uuid.uuid4()}@backcoach"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{_utc(now)}",
        f"DTSTART:{_local(start)}",
        f"DURATION:PT{duration_min}M",
        "RRULE:FREQ=WEEKLY;BYDAY=" + ",".join(ICS_DAYS[d] for d in chosen),
        f"SUMMARY:{escape_text(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines += [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(summary)}",
        "TRIGGER:PT0S",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + CRLF for line in lines)


def write_weekly_event(path: Path, *args: Any, **kwargs: Any) -> None:
    """Write ``weekly_event(...)`` to ``path`` as UTF-8, CRLF line endings kept."""
    path.write_bytes(weekly_event(*args, **kwargs).encode("utf-8"))
