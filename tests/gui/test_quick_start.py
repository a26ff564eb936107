"""A returning user's start from the start cache (docs/decisions/008-speed.md): Home shows
from recent history, with the same state as from the whole file, and the rest is read once
the window is usable."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.services import checkins, function_scale, plans, session_resume
from backcoach.storage import Store, start_cache
from backcoach.ui import application

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def two_years(data_dir: Path) -> Path:
    """Two years of daily use (a returning user), opened once so the cache is written."""
    sys.path.insert(0, str(BENCHMARKS))
    try:
        from history import write_history
    finally:
        sys.path.remove(str(BENCHMARKS))
    write_history(data_dir, years=2, seed=3)
    Store.open(data_dir).store.close()  # a start that changed nothing leaves the cache
    assert start_cache.cache_path(data_dir).exists()
    return data_dir


def _home(store, data_dir: Path, today: date) -> tuple:
    context = AppContext(data_dir=data_dir, catalogue=load_catalogue(), store=store)
    return (
        plans.home_state(context, today),
        checkins.checkin_due(context, today),
        checkins.previous_stiffness(context, today),
        function_scale.history(context),
        function_scale.recheck_due(context, today),
        session_resume.pending(store, store.now()),
    )


def test_homes_state_from_the_cache_is_the_whole_files(two_years: Path) -> None:
    today = date.today()
    quick = Store.open(two_years, quick=True).store
    try:
        assert quick.partial is not None
        from_cache = _home(quick, two_years, today)
        assert quick.partial is not None, "Home needed more than the cache holds"
    finally:
        quick.close()
    with Store.open(two_years).store as whole:
        assert from_cache == _home(whole, two_years, today)


def test_the_window_shows_home_from_the_cache_and_reads_the_rest_when_usable(
    qtbot, two_years: Path
) -> None:
    window = application.MainWindow(two_years)
    qtbot.addWidget(window)
    opened = application._open_data(window, QApplication.instance())
    assert opened is not None
    store = opened.store
    try:
        assert store.partial is not None, "making Home needed the whole file"
        assert window.current_screen() == "home"
        window.resize(1280, 800)
        window.show()
        qtbot.waitUntil(lambda: store.complete, timeout=10_000)  # load_rest once usable
        assert store.sessions.count() == len(store.sessions.all()) > 700
    finally:
        store.close()
