"""The routines table: the user's own routines, as the JSON ``domain.routines`` writes.

Routines are stored as plain dicts (``domain.routines.to_dict``): a routine from a newer
version that this one cannot read stays in the file untouched.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from backcoach.storage.database import Database, json_copy
from backcoach.storage.writer import Ticket

TABLE = "routines"


class RoutineRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def save(self, routine: Mapping[str, Any]) -> str:
        """Store a routine (a JSON-able dict owned by ``domain.routines``); returns its id.

        A routine without an ``id`` gets a new one; one with a known id replaces the old.
        """
        # Imported here, not with the store: a first run's start saves no routine (and
        # ``codec`` brings the records, ~10 ms of dataclasses; see session_repository).
        from backcoach.domain.records import new_id
        from backcoach.storage import codec

        doc = json_copy(dict(routine))
        if not doc.get("id"):
            doc["id"] = new_id()
        try:
            codec.check_routine(doc)
        except ValueError as exc:
            raise ValueError(str(exc)) from None
        self._db.upsert(TABLE, doc)
        routine_id: str = doc["id"]
        return routine_id

    def all(self) -> list[dict[str, Any]]:
        """Copies of every stored routine (also those this version cannot read)."""
        with self._db.lock:
            return [json_copy(d) for d in self._db.documents(TABLE).values()]

    def get(self, routine_id: str) -> dict[str, Any] | None:
        with self._db.lock:
            doc_id = self._db.find(TABLE, routine_id)
            return None if doc_id is None else json_copy(self._db.documents(TABLE)[str(doc_id)])

    def delete(self, routine_id: str) -> Ticket:
        return self._db.delete(TABLE, routine_id)
