"""Hundreds of damaged data files: start-up never crashes and never loses a backup.

Each example takes a real data folder (a data file and yesterday's backup), damages the
data file (and sometimes the backup too) in a generated way, opens the store, and checks:
- opening returns (or, for a file claiming a newer format, raises NewerFileError and
  leaves the file as it was);
- every backup file is still there, byte for byte;
- a data file that no longer loads is set aside byte for byte, never deleted;
- the store holds either the data file's content (when the damage left it valid) or the
  backup's, and what it saves afterwards loads cleanly.
"""

from __future__ import annotations

import copy
import tempfile
from functools import cache
from pathlib import Path

import orjson
import pytest
from history_helpers import FakeClock, make_folder
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from records_strategies import json_values

from backcoach.storage import NewerFileError, Store
from backcoach.storage.codec import RecordError
from backcoach.storage.recovery import TooNewError, parse_document

pytestmark = pytest.mark.slow


@cache
def _template() -> tuple[dict[str, bytes], bytes, bytes]:
    """(every file of a good folder, its data file, its backup) — made once."""
    with tempfile.TemporaryDirectory() as folder:
        raw, backup = make_folder(Path(folder), FakeClock())
        files = {
            str(path.relative_to(folder)): path.read_bytes()
            for path in Path(folder).rglob("*")
            if path.is_file()
        }
    return files, raw, backup


def _paths(doc: object, prefix: tuple = ()) -> list[tuple]:
    found = []
    items = (
        doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(doc, list) else []
    )
    for key, value in items:
        found.append((*prefix, key))
        found.extend(_paths(value, (*prefix, key)))
    return found


@st.composite
def damaged(draw: st.DrawFn, raw: bytes) -> bytes:
    kind = draw(st.sampled_from(["truncate", "flip", "garbage", "json", "field", "splice"]))
    if kind == "truncate":
        return raw[: draw(st.integers(0, len(raw) - 1))]
    if kind == "flip":
        data = bytearray(raw)
        for _ in range(draw(st.integers(1, 8))):
            position = draw(st.integers(0, len(data) - 1))
            data[position] = draw(st.integers(0, 255))
        return bytes(data)
    if kind == "garbage":
        return draw(st.binary(max_size=300))
    if kind == "json":
        return orjson.dumps(draw(json_values))
    if kind == "field":  # valid JSON with one value replaced or removed
        doc = orjson.loads(raw)
        path = draw(st.sampled_from(_paths(doc)))
        broken = copy.deepcopy(doc)
        target = broken
        for step in path[:-1]:
            target = target[step]
        if draw(st.booleans()):
            del target[path[-1]]
        else:
            target[path[-1]] = draw(json_values)
        return orjson.dumps(broken)
    cut = draw(st.integers(0, len(raw)))
    return raw[:cut] + draw(st.binary(min_size=1, max_size=40)) + raw[cut:]


def _loads(raw: bytes) -> dict | None:
    try:
        return parse_document(raw)[0]
    except (RecordError, TooNewError):
        return None


@settings(
    max_examples=260,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_damaged_files_never_crash_start_up_and_never_lose_a_backup(data) -> None:
    files, raw, backup = _template()
    broken = data.draw(damaged(raw), label="data file")
    backup_broken = data.draw(st.booleans(), label="damage the backup too")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, content in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(content)
        (folder / "backcoach.json").write_bytes(broken)
        backup_path = next(folder.glob("backups/backcoach-*.json"))
        if backup_broken:
            backup_path.write_bytes(data.draw(damaged(backup), label="backup"))
        backups_before = {p.name: p.read_bytes() for p in (folder / "backups").iterdir()}

        try:
            result = Store.open(folder, now=FakeClock())
        except NewerFileError:
            event("claims a newer format: left untouched")
            assert (folder / "backcoach.json").read_bytes() == broken
            return
        store = result.store
        try:
            valid = _loads(broken)
            asides = list(folder.glob("backcoach.unreadable-*.json"))
            originals = list(folder.glob("backcoach.original-*.json"))
            if valid is not None:
                event("still valid: opened as it is")
                assert asides == [] and result.notices == []
                assert len(store.sessions.all()) == len(valid["sessions"])
            elif originals:
                event("bad records set aside, the others kept")
                assert asides == [] and [o.read_bytes() for o in originals] == [broken]
                [notice] = result.notices
                assert notice.code == "records-set-aside"
                records = orjson.loads(notice.path.read_bytes())["records"]
                assert records, "something was set aside"
                sessions = orjson.loads(broken)["sessions"]
                lost = sum(1 for r in records if r["table"] == "sessions")
                assert len(store.sessions.all()) == len(sessions) - lost
            else:
                assert [a.read_bytes() for a in asides] == [broken]
                assert result.notices and result.notices[0].path == asides[0]
                restored = _loads(backup_path.read_bytes())
                if restored is not None:
                    event("set aside, backup restored")
                    assert len(store.sessions.all()) == len(restored["sessions"])
                else:
                    event("set aside, no usable backup: started empty")
                    assert store.sessions.all() == []
            assert store.flush(5.0)
        finally:
            store.close()
        for name, content in backups_before.items():
            assert (folder / "backups" / name).read_bytes() == content
        assert _loads((folder / "backcoach.json").read_bytes()) is not None


def test_the_template_folder_is_what_the_fuzz_test_assumes() -> None:
    files, raw, backup = _template()
    assert _loads(raw) is not None and _loads(backup) is not None
    assert len(_loads(backup)["sessions"]) == 3 and len(_loads(raw)["sessions"]) == 4
    assert any(name.startswith("backups/") for name in files)
