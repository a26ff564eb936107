"""The check-ins table: the next-morning check, one a day."""

from __future__ import annotations

from datetime import date

from backcoach.domain.records import CheckIn
from backcoach.storage import codec
from backcoach.storage.database import Database
from backcoach.storage.writer import Ticket

TABLE = "checkins"


class CheckInRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, checkin: CheckIn) -> Ticket:
        """Record the next-day check; a second one on the same day replaces the first."""
        if not isinstance(checkin, CheckIn):
            raise TypeError(f"expected a CheckIn, got {checkin!r}")
        return self._db.upsert(TABLE, codec.encode_checkin(checkin))

    def between(self, start: date | None = None, end: date | None = None) -> list[CheckIn]:
        """The check-ins of ``start``..``end`` inclusive (open-ended where None), by day."""
        # Days are stored as ISO text (validated), which sorts as the days do: only the
        # period's check-ins are decoded (Home reads a week's out of ten years').
        low = start.isoformat() if start is not None else ""
        high = end.isoformat() if end is not None else "~"
        partial = self._db.partial
        if partial is not None and low < partial.checkins_from:
            self._db.ensure_full()  # older than the start cache holds
        with self._db.lock:
            found = [
                codec.decode_stored_checkin(d)  # checked when the file was read
                for d in self._db.documents(TABLE).values()
                if low <= d["day"] <= high
            ]
        found.sort(key=lambda c: c.day)
        return found

    def all(self) -> list[CheckIn]:
        return self.between()
