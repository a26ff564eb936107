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
        return self._db.of_days(TABLE, start, end, codec.decode_stored_checkin)

    def all(self) -> list[CheckIn]:
        return self.between()
