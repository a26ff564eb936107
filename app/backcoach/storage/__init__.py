"""BackCoach's data: one local TinyDB file behind one repository per table.

This package is the only code that touches the data file. Use ``Store.open(data_dir)``;
``store.py`` lists the repositories, ``database.py`` is the core under them, and
``protocols.py`` the typed interfaces services use. ``docs/decisions/002-storage.md`` says
why it is built this way, ``007-layering.md`` who may call it.
"""

from backcoach.storage.backups import BackupInfo
from backcoach.storage.notices import NewerFileError, StorageError, StorageNotice
from backcoach.storage.store import OpenResult, Store
from backcoach.storage.writer import Ticket

__all__ = [
    "BackupInfo",
    "NewerFileError",
    "OpenResult",
    "StorageError",
    "StorageNotice",
    "Store",
    "Ticket",
]
