"""KeyedTable behaves like TinyDB's own Table while changing one document in O(1)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tinydb import TinyDB
from tinydb.storages import MemoryStorage as TinyMemoryStorage

from backcoach.storage.json_storage import MemoryStorage
from backcoach.storage.tinydb_table import KeyedTinyDB

operations = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), st.integers(0, 9)),
        st.tuples(st.just("insert_many"), st.lists(st.integers(0, 9), max_size=3)),
        st.tuples(st.just("update"), st.integers(1, 8)),
        st.tuples(st.just("remove"), st.integers(1, 8)),
        st.tuples(st.just("truncate"), st.none()),
    ),
    max_size=25,
)


def _apply(db: TinyDB, ops: list) -> list:
    table = db.table("t")
    results = []
    for name, arg in ops:
        if name == "insert":
            results.append(table.insert({"v": arg}))
        elif name == "insert_many":
            results.append(table.insert_multiple([{"v": v} for v in arg]))
        elif name == "update":
            results.append(table.update(lambda d: d.update(v=d["v"] + 100), doc_ids=[arg]))
        elif name == "remove":
            results.append(table.remove(doc_ids=[arg]))
        else:
            table.truncate()
        results.append([(d.doc_id, dict(d)) for d in table.all()])
    return results


@settings(max_examples=150)
@given(operations)
def test_same_results_as_tinydbs_own_table(ops) -> None:
    expected = _apply(TinyDB(storage=TinyMemoryStorage), ops)
    assert _apply(KeyedTinyDB({}, storage=MemoryStorage), ops) == expected


def test_every_change_reaches_the_storage_as_a_write() -> None:
    writes = []
    db = KeyedTinyDB({}, on_change=lambda: writes.append(1), storage=MemoryStorage)
    table = db.table("t")
    doc_id = table.insert({"v": 1})
    table.update({"v": 2}, doc_ids=[doc_id])
    table.remove(doc_ids=[doc_id])
    assert len(writes) == 3
    assert db.storage.read() == {"t": {}}
