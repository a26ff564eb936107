"""The activities table: walks, rides, swims and the rest, logged besides sessions."""

from __future__ import annotations

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

    def all(self) -> list[Activity]:
        """Every activity, by day."""
        with self._db.lock:
            found = [codec.decode_activity(d) for d in self._db.documents(TABLE).values()]
        found.sort(key=lambda a: a.day)
        return found

    def delete(self, activity_id: str) -> Ticket:
        return self._db.delete(TABLE, activity_id)
