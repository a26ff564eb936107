"""TinyDB with a table class whose changes cost O(1) instead of O(table size).

TinyDB's ``Table._update_table`` copies the whole table twice on every change (string ids
to ints and back), because its JSON storage hands out fresh dicts. With 3,650 sessions that
is ~2 ms per rating, most of the UI thread's budget. Our storage keeps the tables in
memory, so ``KeyedTable`` gives TinyDB's updaters a view that converts one id per access
instead. TinyDB documents ``table_class`` as the way to customise tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

from tinydb import TinyDB
from tinydb.table import Table

Document = dict[str, Any]


class _IntKeyView(MutableMapping[int, Document]):
    """The int-keyed table TinyDB's updaters expect, over the stored str-keyed dict."""

    __slots__ = ("_raw",)

    def __init__(self, raw: dict[str, Document]) -> None:
        self._raw = raw

    def __getitem__(self, doc_id: int) -> Document:
        return self._raw[str(doc_id)]

    def __setitem__(self, doc_id: int, doc: Document) -> None:
        self._raw[str(doc_id)] = doc

    def __delitem__(self, doc_id: int) -> None:
        del self._raw[str(doc_id)]

    def __contains__(self, doc_id: object) -> bool:
        return str(doc_id) in self._raw

    def __iter__(self) -> Iterator[int]:
        # A copy of the keys: updaters may delete while they iterate.
        return iter([int(doc_id) for doc_id in self._raw])

    def __len__(self) -> int:
        return len(self._raw)


class KeyedTable(Table):
    def _update_table(self, updater: Callable[[dict[int, Any]], None]) -> None:
        tables = self._storage.read()
        if tables is None:
            tables = {}
        raw = tables.setdefault(self.name, {})
        updater(_IntKeyView(raw))  # type: ignore[arg-type]
        self._storage.write(tables)
        self.clear_cache()

    def replace_document(self, doc_id: int, doc: Document) -> None:
        """Put ``doc`` (a new dict) in the place of document ``doc_id``: caches keyed by
        the old document's identity can then never serve it again."""
        self._update_table(lambda table: table.__setitem__(doc_id, doc))


class KeyedTinyDB(TinyDB):
    table_class = KeyedTable
