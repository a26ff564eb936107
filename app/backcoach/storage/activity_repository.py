"""The activities table: walks, rides, swims and the rest, logged besides sessions."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from backcoach.storage.database import Database
from backcoach.storage.writer import Ticket

if TYPE_CHECKING:
    from backcoach.domain.records import Activity

# ``codec`` and the records are imported when an activity is read or written: a first
# run's start does neither (see session_repository).

TABLE = "activities"


class ActivityRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, activity: Activity) -> Ticket:
        """Record (or, with the same id, correct) another activity."""
        from backcoach.domain.records import Activity
        from backcoach.storage import codec

        if not isinstance(activity, Activity):
            raise TypeError(f"expected an Activity, got {activity!r}")
        return self._db.upsert(TABLE, codec.encode_activity(activity))

    def between(self, start: date | None = None, end: date | None = None) -> list[Activity]:
        """The activities of ``start``..``end`` inclusive (open-ended where None), by day."""
        from backcoach.storage import codec

        return self._db.of_days(TABLE, start, end, codec.decode_activity)

    def all(self) -> list[Activity]:
        """Every activity, by day."""
        return self.between()

    def count(self) -> int:
        with self._db.lock:
            partial = self._db.partial
            if partial is not None:  # opened from the start cache, which knows the count
                return partial.activity_count
            return len(self._db.documents(TABLE))

    def delete(self, activity_id: str) -> Ticket:
        return self._db.delete(TABLE, activity_id)
