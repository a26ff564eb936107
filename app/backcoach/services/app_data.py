"""Opening the user's data when the app starts: the one place the GUI gets its store.

No Qt. The window's start (``ui/application.py``) calls ``open_data`` after the first
paint (the data layer is not imported before it) and hands the store to ``AppContext``;
from there on every screen reaches the data through the other services.
"""

from __future__ import annotations

from pathlib import Path

from backcoach.storage import OpenResult, StorageError, StorageNotice, Store
from backcoach.storage.protocols import DataStore

__all__ = ["CANNOT_OPEN", "DataStore", "OpenResult", "StorageNotice", "Store", "open_data"]

CANNOT_OPEN = (StorageError, OSError)
"""What ``open_data`` raises when going on could harm the data; its text is for the user."""


def open_data(data_dir: Path) -> OpenResult:
    """Load (recovering or creating) the data file in ``data_dir`` and start saving.

    The result's ``notices`` are for the user now (a restored backup, an upgrade...);
    close ``result.store`` when the app quits. A returning user's store may open from
    recent history only (``Store.open(quick=True)``): call ``result.store.load_rest()``
    once the window is usable; anything that needs more waits for the whole file.
    """
    return Store.open(data_dir, quick=True)
