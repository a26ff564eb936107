"""The explicit context handed to every screen: no module-level globals.

Tests build one with a temporary data folder, a fake clock and an in-memory catalogue.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backcoach.domain.catalog import Catalogue


@dataclass
class AppContext:
    data_dir: Path
    catalogue: Catalogue
    store: Any | None = None  # backcoach.storage.Store once opened
    clock: Callable[[], float] = time.monotonic
    reduce_motion: bool = False
    _favourites: set[str] = field(default_factory=set)

    def favourites(self) -> set[str]:
        if self.store is not None:
            return set(self.store.favourites())
        return set(self._favourites)

    def set_favourite(self, exercise_id: str, on: bool) -> None:
        if self.store is not None:
            self.store.set_favourite(exercise_id, on)
        elif on:
            self._favourites.add(exercise_id)
        else:
            self._favourites.discard(exercise_id)
