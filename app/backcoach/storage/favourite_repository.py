"""The favourites table: the exercises the user starred."""

from __future__ import annotations

from backcoach.storage.database import Database
from backcoach.storage.writer import Ticket

TABLE = "favourites"


class FavouriteRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def all(self) -> set[str]:
        """The starred exercises' ids."""
        with self._db.lock:
            return {d["exercise_id"] for d in self._db.documents(TABLE).values()}

    def set(self, exercise_id: str, on: bool) -> Ticket:
        """Star (``on``) or unstar one exercise; doing it twice writes nothing more."""
        if not isinstance(exercise_id, str) or not exercise_id:
            raise ValueError(f"exercise_id must be non-empty text, got {exercise_id!r}")
        db = self._db
        db.ensure_full()
        with db.lock:
            db.check_open()
            known = db.find(TABLE, exercise_id) is not None
            if on and not known:
                db.insert(TABLE, {"exercise_id": exercise_id})
            elif not on and known:
                db.remove(TABLE, exercise_id)
            return db.ticket()
