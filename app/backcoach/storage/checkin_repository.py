"""The check-ins table: the next-morning check, one a day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from backcoach.storage.database import Database
from backcoach.storage.writer import Ticket

if TYPE_CHECKING:
    from backcoach.domain.records import CheckIn

# ``codec`` and the records are imported when a check-in is read or written: a first
# run's start does neither (see session_repository).

TABLE = "checkins"


class CheckInRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, checkin: CheckIn) -> Ticket:
        """Record the next-day check; a second one on the same day replaces the first."""
        from backcoach.domain.records import CheckIn
        from backcoach.storage import codec

        if not isinstance(checkin, CheckIn):
            raise TypeError(f"expected a CheckIn, got {checkin!r}")
        return self._db.upsert(TABLE, codec.encode_checkin(checkin))

    def between(self, start: date | None = None, end: date | None = None) -> list[CheckIn]:
        """The check-ins of ``start``..``end`` inclusive (open-ended where None), by day."""
        from backcoach.storage import codec

        return self._db.of_days(TABLE, start, end, codec.decode_stored_checkin)

    def all(self) -> list[CheckIn]:
        return self.between()
