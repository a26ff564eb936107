"""Fixtures for the storage tests: a settable clock and stores that are always closed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from history_helpers import FakeClock

from backcoach.storage import OpenResult, Store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def open_store(clock: FakeClock) -> Iterator[Callable[..., OpenResult]]:
    """``open_store(folder)`` opens a Store with the fake clock; all are closed at the end."""
    opened: list[Store] = []

    def _open(folder: Path, **kwargs) -> OpenResult:
        result = Store.open(folder, now=kwargs.pop("now", clock), **kwargs)
        opened.append(result.store)
        return result

    yield _open
    for store in opened:
        store.close(timeout_s=1.0)


@pytest.fixture
def store(data_dir: Path, open_store: Callable[..., OpenResult]) -> Store:
    return open_store(data_dir).store
