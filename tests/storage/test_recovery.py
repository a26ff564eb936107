"""Start-up with a missing or broken data file: set aside, restore, tell the user."""

from __future__ import annotations

import errno
from pathlib import Path

import orjson
import pytest
from history_helpers import TODAY, YESTERDAY, make_folder

from backcoach.storage import NewerFileError, StorageError, recovery
from backcoach.storage.backups import daily_path, folder_for
from backcoach.storage.recovery import parse_document


def _aside_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("backcoach.unreadable-*.json"))


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (lambda raw: raw[: len(raw) // 2], "could not be read"),
        (lambda raw: b"\x00\xff garbage \x13" * 50, "could not be read"),
        (lambda raw: b"", "was empty"),
        (lambda raw: b'{"sessions": {}}', "could not be read"),
    ],
    ids=["truncated", "garbage", "empty", "no-version"],
)
def test_a_broken_file_is_set_aside_and_yesterdays_backup_restored(
    data_dir: Path, clock, open_store, damage, problem: str
) -> None:
    raw, backup = make_folder(data_dir, clock)
    broken = damage(raw)
    assert broken != raw
    (data_dir / "backcoach.json").write_bytes(broken)

    result = open_store(data_dir)

    [aside] = _aside_files(data_dir)
    assert aside.read_bytes() == broken, "the broken file is kept, byte for byte"
    [notice] = result.notices
    assert notice.level == "warning" and notice.code == "restored-backup"
    assert notice.path == aside
    assert f"Your BackCoach data file {problem}" in notice.message
    assert f"so it was put aside as {aside}" in notice.message
    assert "yesterday's backup was restored. Nothing was deleted." in notice.message
    store = result.store
    assert len(store.sessions.all()) == 3  # what yesterday's backup held
    assert store.flush()
    assert parse_document((data_dir / "backcoach.json").read_bytes())[0]["sessions"]
    assert daily_path(folder_for(data_dir), YESTERDAY).read_bytes() == backup


def test_an_invalid_record_is_set_aside_named_and_the_others_kept(
    data_dir: Path, clock, open_store
) -> None:
    raw, _ = make_folder(data_dir, clock)
    broken = raw.replace(b'[5,"during"', b'[11,"during"', 1)
    (data_dir / "backcoach.json").write_bytes(broken)
    result = open_store(data_dir)
    [notice] = result.notices
    assert notice.code == "records-set-aside"
    assert "rating 4" in notice.detail and "score must be a whole number" in notice.detail
    assert "in its rating 4, the pain score must be a whole number" in notice.message
    assert len(result.store.sessions.all()) == 3, "the three good sessions of four are kept"
    [original] = sorted(data_dir.glob("backcoach.original-*.json"))
    assert original.read_bytes() == broken
    assert _aside_files(data_dir) == []


def test_a_missing_file_is_restored_from_the_newest_backup(
    data_dir: Path, clock, open_store
) -> None:
    make_folder(data_dir, clock)
    (data_dir / "backcoach.json").unlink()
    result = open_store(data_dir)
    [notice] = result.notices
    assert notice.message.startswith("Your BackCoach data file was missing, and yesterday's")
    assert _aside_files(data_dir) == []
    assert len(result.store.sessions.all()) == 3


def test_a_bad_newest_backup_is_skipped_and_left_alone(data_dir: Path, clock, open_store) -> None:
    make_folder(data_dir, clock)
    bad_backup = daily_path(folder_for(data_dir), TODAY)
    bad_backup.write_bytes(b'{"meta": ')
    (data_dir / "backcoach.json").write_bytes(b"")
    result = open_store(data_dir)
    assert "yesterday's backup was restored" in result.notices[0].message
    assert bad_backup.read_bytes() == b'{"meta": '


def test_with_no_usable_backup_the_user_starts_empty_and_is_told(
    data_dir: Path, clock, open_store
) -> None:
    (data_dir / "backcoach.json").write_bytes(b"[1, 2, 3")
    result = open_store(data_dir)
    [notice] = result.notices
    [aside] = _aside_files(data_dir)
    assert notice.level == "error" and notice.code == "started-empty"
    assert f"put aside as {aside}" in notice.message
    assert "started with an empty diary" in notice.message
    assert result.store.sessions.all() == []


def test_a_file_from_a_newer_backcoach_is_left_untouched(data_dir: Path, clock) -> None:
    newer = orjson.dumps({"meta": {"1": {"schema_version": 99}}, "sessions": {"1": {"x": 1}}})
    (data_dir / "backcoach.json").write_bytes(newer)
    with pytest.raises(NewerFileError, match="written by a newer version of BackCoach"):
        recovery.load(data_dir, clock())
    assert (data_dir / "backcoach.json").read_bytes() == newer
    assert _aside_files(data_dir) == []


def test_a_file_the_system_will_not_let_us_read_stops_the_start(
    data_dir: Path, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "backcoach.json").write_bytes(b"{}")
    real = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == "backcoach.json":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(StorageError, match=r"cannot open its data file .* Permission denied"):
        recovery.load(data_dir, clock())


def test_a_bad_file_that_cannot_be_moved_yet_is_moved_before_anything_overwrites_it(
    data_dir: Path, clock, open_store, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_folder(data_dir, clock)
    (data_dir / "backcoach.json").write_bytes(b"{broken")

    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(recovery, "set_aside", read_only)
    result = open_store(data_dir)
    assert "could not be moved aside" in result.notices[0].message
    heard = []
    result.store.add_listener(heard.append)
    assert result.store.flush()
    [aside] = _aside_files(data_dir)
    assert aside.read_bytes() == b"{broken"
    assert any(n.code == "set-aside" and n.path == aside for n in heard)
