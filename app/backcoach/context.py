"""The explicit context handed to every screen: no module-level globals.

Tests build one with a temporary data folder, a fake clock and an in-memory catalogue.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backcoach.domain.catalog import Catalogue


@dataclass
class AppContext:
    data_dir: Path
    catalogue: Catalogue
    store: Any  # backcoach.storage.Store (tests may pass tests/gui/fakes.FakeStore)
    clock: Callable[[], float] = time.monotonic
    clock_is_fake: bool = False
    """True when a test injected ``clock``; the app then uses it for sessions too."""
    reduce_motion: bool = False
    language: str = "en"
    """The language in use (en, fr or es: ``domain.language``), resolved at start from the
    ``language`` setting; the catalogue, plans and evidence texts are in it."""

    def favourites(self) -> set[str]:
        return set(self.store.favourites())

    def set_favourite(self, exercise_id: str, on: bool) -> None:
        self.store.set_favourite(exercise_id, on)

    def setting(self, key: str, default: Any = None) -> Any:
        return self.store.setting(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.store.set_setting(key, value)
