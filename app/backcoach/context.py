"""The explicit context handed to every screen: no module-level globals.

Tests build one with a temporary data folder, a fake clock and an in-memory catalogue.
Screens pass it to services (``backcoach.services``), which reach the data through
``store``'s repositories; a screen never calls the store itself
(docs/decisions/007-layering.md).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from backcoach.domain.catalog import Catalogue
from backcoach.storage.protocols import DataStore, JsonInput, JsonValue, SettingsRepo


@dataclass
class AppContext:
    data_dir: Path
    catalogue: Catalogue
    store: DataStore
    """``backcoach.storage.Store`` in the app; tests may pass a fake of the same shape."""
    clock: Callable[[], float] = time.monotonic
    clock_is_fake: bool = False
    """True when a test injected ``clock``; the app then uses it for sessions too."""
    reduce_motion: bool = False
    language: str = "en"
    """The language in use (en, fr or es: ``domain.language``), resolved at start from the
    ``language`` setting; the catalogue, plans and evidence texts are in it."""

    @property
    def settings(self) -> SettingsRepo:
        """The stored settings as they are; ``services.settings`` reads them by their rules."""
        return self.store.settings

    def setting(self, key: str, default: JsonValue = None) -> JsonValue:
        """A value a service keeps under its own key (not a user setting: those are read
        through ``services.settings``)."""
        return self.store.settings.get(key, default)

    def set_setting(self, key: str, value: JsonInput) -> None:
        self.store.settings.set(key, value)
