"""The settings table: one JSON value per key, stored as given.

The rules of each setting (its type, range and default) are ``services.settings``'s job;
this table only keeps what it is given.
"""

from __future__ import annotations

from typing import Any

from backcoach.storage.database import Database, json_copy
from backcoach.storage.writer import Ticket

TABLE = "settings"


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        """A copy of the stored value, or ``default`` when there is none."""
        with self._db.lock:
            doc_id = self._db.find(TABLE, key)
            if doc_id is None:
                return default
            return json_copy(self._db.documents(TABLE)[str(doc_id)]["value"])

    def all(self) -> dict[str, Any]:
        with self._db.lock:
            return {d["key"]: json_copy(d["value"]) for d in self._db.documents(TABLE).values()}

    def set(self, key: str, value: Any) -> Ticket:
        """Store a JSON-able value; setting the value it already has writes nothing."""
        if not isinstance(key, str) or not key:
            raise ValueError(f"a setting's key must be non-empty text, got {key!r}")
        return self._db.upsert(TABLE, {"key": key, "value": json_copy(value)})
