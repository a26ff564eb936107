"""The activities table: walks, rides, swims and the rest, logged besides sessions."""

from __future__ import annotations

from datetime import date

from backcoach.domain.records import Activity
from backcoach.storage import codec
from backcoach.storage.database import Database
from backcoach.storage.writer import Ticket

TABLE = "activities"


class ActivityRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, activity: Activity) -> Ticket:
        """Record (or, with the same id, correct) another activity."""
        if not isinstance(activity, Activity):
            raise TypeError(f"expected an Activity, got {activity!r}")
        return self._db.upsert(TABLE, codec.encode_activity(activity))

    def between(self, start: date | None = None, end: date | None = None) -> list[Activity]:
        """The activities of ``start``..``end`` inclusive (open-ended where None), by day."""
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
