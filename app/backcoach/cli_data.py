"""The data subcommands: ``backcoach export`` and ``backcoach import``.

They run without a window, and refuse to touch a data folder that a running BackCoach
holds: two writers on one file could lose data.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from backcoach.storage import Store


def add_subcommands(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    export = subparsers.add_parser(
        "export",
        parents=[common],
        help="save your data to a file (JSON: everything; CSV: one row per pain rating)",
    )
    export.add_argument("--format", choices=["json", "csv"], default="json")
    export.add_argument("--output", required=True, type=Path, metavar="FILE")
    export.set_defaults(command=run_export)

    importer = subparsers.add_parser(
        "import", parents=[common], help="add the records of a BackCoach JSON export"
    )
    importer.add_argument("file", type=Path, metavar="FILE")
    importer.set_defaults(command=run_import)


def _open_store(data_dir: Path) -> tuple[Store, QLockFile]:
    """The store, with the data folder's lock held; exits with a message if it is busy."""
    from PySide6.QtCore import QLockFile

    from backcoach.services.single_instance import LOCK_NAME
    from backcoach.storage import StorageError, Store

    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        print(
            "BackCoach is open on this data folder. Close it first, then try again.",
            file=sys.stderr,
        )
        raise SystemExit(3)
    try:
        opened = Store.open(data_dir)
    except StorageError as error:
        lock.unlock()
        print(str(error), file=sys.stderr)
        raise SystemExit(2) from None
    for notice in opened.notices:
        print(notice.message, file=sys.stderr)
    return opened.store, lock


def run_export(options: argparse.Namespace) -> int:
    from backcoach.domain.catalog import load_catalogue
    from backcoach.storage.transfer import export_csv, export_json

    store, lock = _open_store(options.data_dir)
    try:
        if options.format == "json":
            count = export_json(store, options.output)
            print(f"Exported {count} sessions and everything else to {options.output}")
        else:
            names = {e.id: e.name for e in load_catalogue()}
            count = export_csv(store, options.output, names)
            print(f"Exported {count} pain ratings to {options.output}")
    except OSError as error:
        print(f"Could not write {options.output}: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        store.close()
        lock.unlock()
    return 0


def run_import(options: argparse.Namespace) -> int:
    from backcoach.storage.transfer import ImportFileError, import_file

    store, lock = _open_store(options.data_dir)
    try:
        report = import_file(store, options.file)
    except ImportFileError as error:
        print(str(error), file=sys.stderr)
        store.close()
        lock.unlock()
        return 1
    saved = store.close()  # flushes; False if the last save failed
    lock.unlock()
    if not saved:
        print(
            "The records were read but could not be saved to disk. Nothing was lost from "
            "your existing data; please check free space and try again.",
            file=sys.stderr,
        )
        return 1
    print(report.summary())
    return 0
