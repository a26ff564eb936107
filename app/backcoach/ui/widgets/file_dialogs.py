"""Where save and open dialogs start, and the names they suggest.

Dialogs open in the user's Documents folder (the process's working folder means nothing
to a user who started BackCoach from a menu), and saved files carry the day in their
name, so a second export never overwrites the first by surprise.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The user's Documents folder; their home folder where there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def dated_name(stem: str, suffix: str, day: date | None = None) -> str:
    """``backcoach-export-2026-12-04.json`` for ("backcoach-export", "json")."""
    return f"{stem}-{(day or date.today()).isoformat()}.{suffix}"


def suggested_path(stem: str, suffix: str, day: date | None = None) -> str:
    """A dated file name in Documents, as a save dialog's starting point."""
    return str(documents_folder() / dated_name(stem, suffix, day))
