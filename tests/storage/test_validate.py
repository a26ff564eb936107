"""The fast checks used when a file opens agree with the domain records' own rules.

``validate`` checks ten years of sessions in ~45 ms by testing dicts directly; the domain
records are the authority. These tests break valid documents in many small ways and check
that the fast path never accepts what the authority rejects (which would let a bad record
in) and, ideally, rejects exactly what the authority rejects.
"""

from __future__ import annotations

import copy
from typing import Any

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from records_strategies import activities, checkins, json_values, sessions

from backcoach.storage import codec, validate
from backcoach.storage.codec import RecordError
from backcoach.storage.recovery import new_data
from backcoach.storage.validate import activity_ok, checkin_ok, session_ok, validate_tables

_AUTHORITY = {
    "session": (session_ok, codec.decode_session),
    "checkin": (checkin_ok, codec.decode_checkin),
    "activity": (activity_ok, codec.decode_activity),
}

# Values that break a field: wrong type, out of range, bad text, bad times.
BREAKERS = [
    None, True, -1, 11, 3.5, "", " ", "x", "during", "left", "2024-05-03", "2024-W18-5",
    "2024-13-01T00:00:00Z", "2024-05-03T07:00:00", "2024-05-03T07:00:00Z", [], {}, [1, 2],
    10**20, float("1e300"),
]  # fmt: skip
breakers = st.sampled_from(BREAKERS) | json_values


def _paths(doc: Any, prefix: tuple = ()) -> list[tuple]:
    """Every place inside a JSON document where a value can be replaced."""
    found = []
    if isinstance(doc, dict):
        for key, value in doc.items():
            found.append((*prefix, key))
            found.extend(_paths(value, (*prefix, key)))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            found.append((*prefix, index))
            found.extend(_paths(value, (*prefix, index)))
    return found


def _replace(doc: Any, path: tuple, value: Any, delete: bool) -> Any:
    doc = copy.deepcopy(doc)
    target = doc
    for step in path[:-1]:
        target = target[step]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return doc


def _authority_accepts(kind: str, doc: Any) -> bool:
    try:
        _AUTHORITY[kind][1](doc)
    except (ValueError, TypeError, AttributeError):
        return False
    return True


@settings(max_examples=400)
@given(
    st.one_of(
        sessions.map(lambda s: ("session", codec.encode_session(s))),
        checkins.map(lambda c: ("checkin", codec.encode_checkin(c))),
        activities.map(lambda a: ("activity", codec.encode_activity(a))),
    ),
    st.data(),
)
def test_fast_checks_agree_with_the_records_on_broken_documents(kind_doc, data) -> None:
    kind, doc = kind_doc
    doc = orjson.loads(orjson.dumps(doc))
    assert _AUTHORITY[kind][0](doc), "a valid document passes the fast check"
    paths = _paths(doc)
    path = data.draw(st.sampled_from(paths))
    delete = data.draw(st.booleans())
    broken = _replace(doc, path, data.draw(breakers), delete)
    fast = _AUTHORITY[kind][0](broken)
    authority = _authority_accepts(kind, broken)
    assert fast == authority, (path, broken)


def test_validate_names_the_first_bad_session() -> None:
    data = new_data(codec.decode_time("2024-05-03T07:00:00Z", "now"))
    good = {
        "id": "abc", "started_at": "2024-05-03T07:00:00Z", "utc_offset_min": 60,
        "routine_id": None, "routine_name": "Mine", "exercises": [], "flares": [],
        "ratings": [[3, "baseline", None, "2024-05-03T07:00:00Z", 0.0, None, None],
                    [11, "during", "plank", "2024-05-03T07:01:00Z", 60.0, 0, None]],
        "ended_at": None, "ended_early": False,
    }  # fmt: skip
    data["sessions"]["1"] = good
    with pytest.raises(RecordError) as caught:
        validate_tables(data)
    message = str(caught.value)
    assert "the session of 03 May 2024 at 07:00 UTC (id abc)" in message
    assert "rating 2" in message and "score must be a whole number from 0 to 10" in message


@pytest.mark.parametrize(
    ("table", "docs", "words"),
    [
        ("sessions", [], "the sessions table is not an object"),
        ("checkins", {"01": {}}, "bad record number '01'"),
        ("favourites", {"1": {"exercise_id": "a"}, "2": {"exercise_id": "a"}}, "'a' twice"),
        ("routines", {"1": {"name": "no id"}}, "a routine needs a non-empty text 'id'"),
        ("settings", {"1": {"value": 3}}, "the field 'key' is missing"),
    ],
)
def test_validate_rejects_broken_tables_with_a_reason(table: str, docs: Any, words: str) -> None:
    data = new_data(codec.decode_time("2024-05-03T07:00:00Z", "now"))
    data[table] = docs
    with pytest.raises(RecordError, match=words):
        validate.validate_tables(data)
