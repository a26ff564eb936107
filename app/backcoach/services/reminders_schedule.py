"""When a reminder is due: chosen weekdays at one local time. Pure Python, no Qt.

Times are naive local datetimes (what the user sees on the clock). A reminder fires once
for each occurrence between the moment BackCoach started watching and now, and only if
it is not more than ``GRACE`` late: a laptop that wakes at 19:10 still reminds for 19:00,
but nobody is reminded at breakfast about the evening before.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

GRACE = timedelta(hours=1)
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ICS_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class Schedule:
    days: frozenset[int]  # 0 = Monday, as date.weekday()
    at: time

    @classmethod
    def parse(cls, days: tuple[int, ...] | list[int], hhmm: str) -> Schedule:
        hour, minute = (int(part) for part in hhmm.split(":"))
        return cls(frozenset(days), time(hour, minute))

    def occurrence_on(self, day: date) -> datetime | None:
        return datetime.combine(day, self.at) if day.weekday() in self.days else None

    def next_after(self, moment: datetime) -> datetime | None:
        """The first occurrence strictly after ``moment`` (None: no days chosen)."""
        for offset in range(8):
            found = self.occurrence_on(moment.date() + timedelta(days=offset))
            if found is not None and found > moment:
                return found
        return None

    def latest_at_or_before(self, moment: datetime) -> datetime | None:
        for offset in range(8):
            found = self.occurrence_on(moment.date() - timedelta(days=offset))
            if found is not None and found <= moment:
                return found
        return None

    def due(self, now: datetime, since: datetime, grace: timedelta = GRACE) -> datetime | None:
        """The occurrence to remind about now, if any: after ``since`` (the last one
        reminded about, or when watching began), not after ``now``, at most ``grace`` late."""
        latest = self.latest_at_or_before(now)
        if latest is None or latest <= since or now - latest > grace:
            return None
        return latest
