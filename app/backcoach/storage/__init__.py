"""BackCoach's data: one local TinyDB file behind a repository API.

This package is the only code that touches the data file. Use ``Store.open(data_dir)``;
see ``repository.Store`` for the API and ``docs/decisions/002-storage.md`` for why it is
built this way.
"""

from backcoach.storage.backups import BackupInfo
from backcoach.storage.notices import NewerFileError, StorageError, StorageNotice
from backcoach.storage.repository import OpenResult, Store
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
