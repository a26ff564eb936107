"""The in-memory TinyDB storage serialises exactly what orjson would, reusing sealed pieces."""

from __future__ import annotations

import orjson
from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.storage.json_storage import MemoryStorage


def _sealed(doc: dict) -> bool:
    return doc.get("ended_at") is not None


def test_pieces_join_to_orjson_dumps_of_the_data() -> None:
    data = {
        "meta": {"1": {"schema_version": 2}},
        "sessions": {"1": {"ended_at": "x", "n": 1}, "2": {"ended_at": None, "n": 2}},
        "empty": {},
    }
    storage = MemoryStorage(data, sealed={"sessions": _sealed})
    assert b"".join(storage.serialise()) == orjson.dumps(data)


def test_a_sealed_document_is_serialised_once_and_a_running_one_every_time() -> None:
    sealed_doc = {"ended_at": "x", "n": 1}
    running_doc = {"ended_at": None, "n": 2}
    data = {"sessions": {"1": running_doc, "2": sealed_doc}}
    storage = MemoryStorage(data, sealed={"sessions": _sealed})
    first = storage.serialise()
    running_doc["n"] = 3
    second = storage.serialise()
    assert b"".join(second) == orjson.dumps(data)
    sealed_pieces = [p for p in first if b'"n":1' in p]
    assert any(p is sealed_pieces[0] for p in second), "the sealed piece was reused"


def test_a_replaced_document_is_never_served_from_the_cache() -> None:
    data = {"sessions": {"1": {"ended_at": "x", "n": 1}}}
    storage = MemoryStorage(data, sealed={"sessions": _sealed})
    storage.serialise()
    data["sessions"]["1"] = {"ended_at": "x", "n": 99}  # same id, new document
    assert b"".join(storage.serialise()) == orjson.dumps(data)


documents = st.fixed_dictionaries(
    {"ended_at": st.none() | st.just("2024-05-03T07:00:00Z"), "n": st.integers(-(2**63), 2**63 - 1)}
)


@settings(max_examples=100)
@given(st.lists(st.tuples(st.integers(1, 6), documents | st.none()), max_size=30))
def test_any_sequence_of_inserts_replacements_and_deletions_serialises_exactly(changes) -> None:
    data: dict = {"meta": {"1": {}}, "sessions": {}}
    storage = MemoryStorage(data, sealed={"sessions": _sealed})
    for doc_id, doc in changes:
        key = str(doc_id)
        current = data["sessions"].get(key)
        if doc is None:
            data["sessions"].pop(key, None)
        elif current is not None and not _sealed(current):
            current.update(doc)  # running documents change in place
        elif current is None:
            data["sessions"][key] = dict(doc)
        assert b"".join(storage.serialise()) == orjson.dumps(data)
