"""One conftest for the whole suite: offscreen Qt, temp data folders, no real user files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must be set before any Qt module creates the application.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data folder; BACKCOACH_DATA_DIR points at it so nothing touches real files."""
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("BACKCOACH_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """platformdirs and QSettings write under a temp HOME, never the developer's."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
