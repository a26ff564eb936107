"""TOML parsed once (backcoach/toml_cache.py): the cache gives what tomllib gives."""

from __future__ import annotations

import tomllib

import pytest

from backcoach import paths, resources, toml_cache

SHIPPED = ("exercises.toml", "exercises.fr.toml", "plans.es.toml", "evidence.toml")


@pytest.mark.parametrize("name", SHIPPED)
def test_a_cached_file_reads_as_tomllib_parses_it(name: str) -> None:
    text = resources.path(name).read_text(encoding="utf-8")
    expected = tomllib.loads(text)
    assert toml_cache.loads(text) == expected  # parsed, and kept
    assert list((paths.cache_dir() / "toml").glob("*.json"))
    assert toml_cache.loads(text) == expected  # from the cache


def test_a_changed_text_is_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    assert toml_cache.loads('a = "one"') == {"a": "one"}
    assert toml_cache.loads('a = "two"') == {"a": "two"}
    assert len(list((paths.cache_dir() / "toml").glob("*.json"))) == 2


def test_a_damaged_entry_is_parsed_again() -> None:
    text = "n = 3\n"
    toml_cache.loads(text)
    [entry] = (paths.cache_dir() / "toml").glob("*.json")
    entry.write_text("{not json")
    assert toml_cache.loads(text) == {"n": 3}
    assert entry.read_text() == '{"n": 3}'


def test_dates_are_not_kept_but_still_parsed() -> None:
    parsed = toml_cache.loads("when = 2026-12-04\n")
    assert parsed == tomllib.loads("when = 2026-12-04\n")
    assert not list((paths.cache_dir() / "toml").glob("*.json"))


def test_bad_toml_is_a_value_error_with_tomllib_words() -> None:
    with pytest.raises(toml_cache.TomlError, match="line 1"):
        toml_cache.loads("a = = 1")


def test_an_unwritable_cache_only_costs_a_parse(monkeypatch, tmp_path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder")
    monkeypatch.setattr(paths, "cache_dir", lambda: blocked)
    assert toml_cache.loads("x = true") == {"x": True}
