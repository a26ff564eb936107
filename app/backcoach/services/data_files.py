"""The data file for the Your data and Settings screens: where it is, backups, export
and import. No Qt; the screens run the slow calls (all but ``data_path`` and ``backups``)
on their background runner."""

from __future__ import annotations

from pathlib import Path

from backcoach.context import AppContext
from backcoach.storage.backups import BackupInfo
from backcoach.storage.transfer import ImportReport, export_csv, export_json, import_file

__all__ = [
    "BackupInfo",
    "ImportReport",
    "back_up_now",
    "backups",
    "data_folder",
    "data_path",
    "export_everything",
    "export_pain_ratings",
    "import_export",
    "restore_backup",
]


def data_path(context: AppContext) -> Path:
    """The data file (shown so the user knows where their record is)."""
    return context.store.data_path


def data_folder(context: AppContext) -> Path:
    return context.store.data_dir


def backups(context: AppContext) -> list[BackupInfo]:
    """Every backup, newest first."""
    return context.store.list_backups()


def back_up_now(context: AppContext) -> Path:
    """Write a backup now; returns its path (StorageError with a message if it fails)."""
    return context.store.backup_now()


def restore_backup(context: AppContext, path: Path) -> Path:
    """Replace the data with a backup's; returns where the replaced data was kept."""
    return context.store.restore_backup(path)


def export_everything(context: AppContext, target: Path) -> Path:
    """A JSON file another BackCoach can import; returns ``target``."""
    export_json(context.store, target)
    return target


def export_pain_ratings(context: AppContext, target: Path) -> Path:
    """The pain ratings as a spreadsheet (CSV) for a physiotherapist; returns ``target``."""
    names = {e.id: e.name for e in context.catalogue}
    export_csv(context.store, target, names)
    return target


def import_export(context: AppContext, path: Path) -> ImportReport:
    """Merge a BackCoach export into the data (records already there are not doubled)."""
    return import_file(context.store, path)
