"""Many changes under one lock and one save: ``transfer.import_file`` merges an export
with it."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import Any, Protocol

from backcoach.storage.writer import Ticket


class Database(Protocol):
    """What a transaction needs of ``database.Database`` (named here, not imported: the
    database makes transactions, so importing it back would be a cycle)."""

    lock: threading.RLock

    def check_open(self) -> None: ...

    def documents(self, table: str) -> dict[str, dict[str, Any]]: ...

    def insert_many(self, table: str, docs: list[dict[str, Any]]) -> None: ...

    def ticket(self) -> Ticket: ...


class Transaction:
    """``with store.transaction() as tx:`` holds the store's lock until the block ends."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def __enter__(self) -> Transaction:
        self._db.lock.acquire()
        try:
            self._db.check_open()
        except RuntimeError:
            self._db.lock.release()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._db.lock.release()

    def documents(self, table: str) -> dict[str, dict[str, Any]]:
        """Stored documents by id string: read them, never change them."""
        return self._db.documents(table)

    def insert_many(self, table: str, docs: Iterable[dict[str, Any]]) -> int:
        """Add new documents (their keys must not be stored yet): one change, one save."""
        found = list(docs)
        self._db.insert_many(table, found)
        return len(found)

    def ticket(self) -> Ticket:
        return self._db.ticket()
