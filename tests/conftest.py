"""One conftest for the whole suite: offscreen Qt, temp data folders, no real user files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Must be set before any Qt module creates the application.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile the translations when a .ts file is newer than its .qm: the .qm files are
    build output made at install time, so a checkout that pulled new strings since would
    otherwise test against stale ones."""
    from tools import i18n

    for ts_file in sorted((i18n.ROOT / "resources" / "i18n").glob("*.ts")):
        qm_file = ts_file.with_suffix(".qm")
        if not qm_file.exists() or qm_file.stat().st_mtime < ts_file.stat().st_mtime:
            i18n.release()
            return


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


@pytest.fixture
def store(data_dir: Path):
    """A real store in the temporary data folder, closed (flushed) after the test."""
    from backcoach.storage import Store

    opened = Store.open(data_dir).store
    yield opened
    opened.close()


@pytest.fixture
def ready_store(store):
    """A store that has been through the first run: no red flags, extension start."""
    from backcoach.context import AppContext
    from backcoach.domain import direction_check as dc
    from backcoach.domain.catalog import load_catalogue
    from backcoach.domain.onboarding import OnboardingState
    from backcoach.services import onboarding

    context = AppContext(data_dir=store.data_dir, catalogue=load_catalogue(), store=store)
    onboarding.save_onboarding(context, OnboardingState(done=True, red_flags="none"))
    answers = dc.Answers(sitting=dc.YES, bending=dc.YES, eases=dc.EASED_BY_UPRIGHT)
    onboarding.save_direction(context, dc.DirectionChoice.from_check(answers))
    return store
