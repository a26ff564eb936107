"""The function_checks table: the rating rounds of the functional scale."""

from __future__ import annotations

from typing import TYPE_CHECKING

from backcoach.storage.database import Database
from backcoach.storage.writer import Ticket

if TYPE_CHECKING:
    from backcoach.domain.function_scale import FunctionCheck

# ``codec`` and the scale's records are imported when a round is read or written: a
# first run's start does neither (see session_repository).

TABLE = "function_checks"


class FunctionCheckRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, check: FunctionCheck) -> Ticket:
        """Record (or, with the same id, correct) one rating round of the functional scale."""
        from backcoach.domain.function_scale import FunctionCheck
        from backcoach.storage import codec

        if not isinstance(check, FunctionCheck):
            raise TypeError(f"expected a FunctionCheck, got {check!r}")
        return self._db.upsert(TABLE, codec.encode_function_check(check))

    def all(self) -> list[FunctionCheck]:
        """Every rating round, oldest first."""
        with self._db.lock:
            docs = list(self._db.documents(TABLE).values())
        if not docs:
            return []  # most users have none: Home's start then needs none of the scale
        from backcoach.domain.function_scale import ordered
        from backcoach.storage import codec

        return ordered(codec.decode_function_check(d) for d in docs)

    def delete(self, check_id: str) -> Ticket:
        return self._db.delete(TABLE, check_id)
