"""The TinyDB storage class: data held in memory, serialised with orjson in pieces.

TinyDB's own JSONStorage re-reads and rewrites the whole file on every operation (344 ms
per insert with ten years of sessions). Here ``read`` and ``write`` only touch memory;
``write`` tells the store something changed, and the background writer later asks for
``serialise()`` and puts the pieces on disk.

Why pieces: orjson holds the GIL while it works, and serialising ten years of sessions
(~14 MB) takes ~20 ms, a visible hitch on the session screen at every rating. Documents of
a *cached table* that are *sealed* (an ended session: the repository never changes one in
place) keep their serialised bytes, so a save re-serialises only the running session and
the small tables (~1 ms). The cache is keyed by document identity as well as id, and holds
a reference to the document, so a replaced document can never reuse a stale entry.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from tinydb.storages import Storage

Tables = dict[str, dict[str, Any]]
SealedTest = Callable[[dict[str, Any]], bool]


class MemoryStorage(Storage):
    """TinyDB storage over an in-memory dict (TinyDB calls it; the store owns it)."""

    def __init__(
        self,
        data: Tables | None = None,
        on_change: Callable[[], None] | None = None,
        sealed: dict[str, SealedTest] | None = None,
    ) -> None:
        self._data: Tables = data if data is not None else {}
        self._on_change = on_change or (lambda: None)
        self._sealed = sealed or {}
        # table -> doc id -> (document, b',"<id>":{...}'): the piece with its separator.
        self._cache: dict[str, dict[str, tuple[dict[str, Any], bytes]]] = {}

    # -- TinyDB's Storage interface ------------------------------------------------------

    def read(self) -> Tables:
        return self._data

    def write(self, data: Tables) -> None:
        self._data = data
        self._on_change()

    def close(self) -> None:
        """Nothing to release: persisting is the writer's job."""

    # -- for the writer ------------------------------------------------------------------

    def serialise(self) -> list[bytes]:
        """The whole document as pieces whose concatenation is ``orjson.dumps(data)``.

        Call with the store's lock held: the pieces are then a consistent snapshot, and as
        bytes they stay valid after the lock is released.
        """
        pieces: list[bytes] = [b"{"]
        for number, (name, table) in enumerate(self._data.items()):
            pieces.append(b"%s%s:" % (b"," if number else b"", orjson.dumps(name)))
            sealed = self._sealed.get(name)
            if sealed is None:
                pieces.append(orjson.dumps(table))
            else:
                self._serialise_cached(name, table, sealed, pieces)
        pieces.append(b"}")
        return pieces

    def _serialise_cached(
        self, name: str, table: dict[str, Any], sealed: SealedTest, pieces: list[bytes]
    ) -> None:
        old = self._cache.get(name, {})
        new: dict[str, tuple[dict[str, Any], bytes]] = {}
        pieces.append(b"{")
        first = len(pieces)
        for doc_id, doc in table.items():
            hit = old.get(doc_id)
            if hit is not None and hit[0] is doc:
                piece = hit[1]
            else:
                piece = b",%s:%s" % (orjson.dumps(doc_id), orjson.dumps(doc))
            if sealed(doc):
                new[doc_id] = (doc, piece)
            pieces.append(piece)
        if len(pieces) > first:
            pieces[first] = pieces[first][1:]  # no separator before the first document
        pieces.append(b"}")
        self._cache[name] = new
