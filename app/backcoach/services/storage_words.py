"""What the data file's notices, a failed import and an import's outcome say, in the
language in use.

Storage is Qt-free and words its messages in English (the command line and the log show
those, and so do the screens in English: they also name, for instance, each record that
could not be read). Each notice, import error and import report also carries a code and
the values its wording needs; in another language the screens show these words instead.
A code this module does not know falls back to the English message, so nothing goes
unsaid.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from backcoach.services.date_words import day_month_year
from backcoach.services.report_language import QT_TRANSLATE_NOOP  # light: loads at start
from backcoach.storage import StorageError, StorageNotice
from backcoach.storage.notices import NewerFileError, UnreadableFileError
from backcoach.storage.transfer import ImportFileError, ImportReport

translate = QCoreApplication.translate
"""Called as ``translate("StorageWords", "text")`` so that lupdate finds the text."""


def _in_english() -> bool:
    """No translation in use: storage's own English words say more (record details)."""
    source = "Nothing was deleted."
    return translate("StorageWords", source) == source


# --- the data file's notices -------------------------------------------------------------


def notice_text(notice: StorageNotice) -> str:
    """The notice in the language in use (its English message for an unknown code)."""
    if _in_english():
        return notice.message
    values, path = notice.values, notice.path
    code = notice.code
    if code in ("restored-backup", "started-empty") and values:
        parts = [_problem(values.get("problem", "damaged")), _aside(path, values)]
        if code == "restored-backup":
            parts.append(_restored(values.get("backup_day"), values.get("today")))
            parts.append(translate("StorageWords", "Nothing was deleted."))
        else:
            parts.append(
                translate(
                    "StorageWords",
                    "No usable backup was found, so BackCoach started with an empty diary. "
                    "Nothing was deleted: the old file may still be recoverable.",
                )
            )
        return " ".join(p for p in parts if p)
    if code == "records-set-aside" and values:
        count = values.get("count", 0)
        if count == 1:
            text = translate(
                "StorageWords",
                "BackCoach could not read 1 record in your data file and set it aside; "
                "everything else was kept. That record is in %s, and the whole original "
                "file is kept unchanged as %s. Nothing was deleted.",
            )
            return text % (path, values.get("original"))
        text = translate(
            "StorageWords",
            "BackCoach could not read %d records in your data file and set them aside; "
            "everything else was kept. Those records are in %s, and the whole original "
            "file is kept unchanged as %s. Nothing was deleted.",
        )
        return text % (count, path, values.get("original"))
    if code == "upgraded" and values:
        text = translate(
            "StorageWords",
            "Your BackCoach data was updated to the current format (version %d to %d). "
            "A copy of the old file is kept in %s.",
        )
        return text % (values.get("old", 0), values.get("new", 0), path)
    if code == "write-failed" and values:
        text = translate(
            "StorageWords",
            "BackCoach could not save your latest changes to %s: %s. They are kept while "
            "BackCoach stays open and saving is tried again every few seconds. Please do "
            "not close BackCoach until this message goes away.",
        )
        return text % (path, _reason(values))
    if code == "write-recovered":
        return (
            translate("StorageWords", "BackCoach is saving again. Everything is saved to %s.")
            % path
        )
    if code == "backup-failed" and values:
        text = translate(
            "StorageWords",
            "BackCoach could not make today's backup in %s: %s. Your data itself is saved; "
            "the backup will be tried again.",
        )
        return text % (path, _reason(values))
    if code == "whole-file-unreadable" and path is not None:
        # The start showed recent days from the start cache; the whole file then failed.
        text = translate(
            "StorageWords",
            "BackCoach could not read the whole of your data file %s. Nothing in it was "
            "changed, and BackCoach will not save anything until it is started again.",
        )
        return text % path
    if code == "set-aside" and path is not None:
        return (
            translate("StorageWords", "The unreadable BackCoach data file was put aside as %s.")
            % path
        )
    return notice.message


def _problem(kind: str) -> str:
    if kind == "missing":
        return translate("StorageWords", "Your BackCoach data file was missing.")
    if kind == "empty":
        return translate("StorageWords", "Your BackCoach data file was empty.")
    return translate(
        "StorageWords", "Your BackCoach data file could not be read: it is damaged or incomplete."
    )


def _aside(path: Path | None, values: dict[str, Any]) -> str:
    if path is not None:
        return translate("StorageWords", "It was put aside as %s.") % path
    if values.get("pending"):
        return translate(
            "StorageWords",
            "It could not be moved aside (the folder cannot be written to); it will be "
            "moved aside before anything is saved.",
        )
    return ""


def _restored(day: date | None, today: date | None) -> str:
    if day is None or today is None:
        return translate("StorageWords", "The newest backup was restored.")
    if day == today:
        return translate("StorageWords", "Today's backup was restored.")
    if (today - day).days == 1:
        return translate("StorageWords", "Yesterday's backup was restored.")
    return translate("StorageWords", "The backup from %s was restored.") % day_month_year(day)


def _reason(values: dict[str, Any]) -> str:
    kind = values.get("reason")
    if kind == "disk-full":
        return translate("StorageWords", "the disk is full")
    if kind == "read-only":
        return translate("StorageWords", "the disk or folder is read-only")
    if kind == "not-allowed":
        return translate("StorageWords", "BackCoach is not allowed to write there")
    if kind == "folder-missing":
        return translate("StorageWords", "the folder is missing")
    return str(values.get("reason_text", ""))  # the system's own words


# --- import ------------------------------------------------------------------------------


def import_error_text(error: ImportFileError) -> str:
    """Why a file cannot be imported (nothing was changed), in the language in use."""
    if _in_english():
        return str(error)
    path, values = error.path, error.values
    if error.kind == "unreadable":
        text = translate("StorageWords", "BackCoach could not read %s: %s. Nothing was changed.")
        return text % (path, values.get("reason_text", ""))
    if error.kind == "not-backup":
        return (
            translate(
                "StorageWords",
                "%s is not a BackCoach backup. BackCoach imports the JSON files it exports "
                "(the CSV export is for spreadsheets and cannot be imported). Nothing was "
                "changed.",
            )
            % path
        )
    if error.kind == "newer":
        text = translate(
            "StorageWords",
            "%s was exported by a newer version of BackCoach (data format %d). Please update "
            "BackCoach to import it. Nothing was changed.",
        )
        return text % (path, values.get("version", 0))
    if error.kind == "damaged":
        return (
            translate(
                "StorageWords",
                "%s cannot be imported: it is not a BackCoach data file, or it is damaged. "
                "Nothing was changed.",
            )
            % path
        )
    if error.kind == "bad-record":
        return (
            translate(
                "StorageWords",
                "%s cannot be imported because one of its records is not valid. Nothing was "
                "changed.",
            )
            % path
        )
    if error.kind == "set-aside-failed":
        text = translate(
            "StorageWords",
            "%s has records that cannot be read, and BackCoach could not keep them in %s "
            "(%s). Nothing was changed.",
        )
        return text % (path, values.get("aside"), values.get("reason_text", ""))
    return str(error)


# The report's nouns (the keys of ImportReport.added): one, and many.
_COUNTED: dict[str, tuple[str, str]] = {
    "sessions": (
        QT_TRANSLATE_NOOP("StorageWords", "1 session"),
        QT_TRANSLATE_NOOP("StorageWords", "%d sessions"),
    ),
    "check-ins": (
        QT_TRANSLATE_NOOP("StorageWords", "1 morning check-in"),
        QT_TRANSLATE_NOOP("StorageWords", "%d morning check-ins"),
    ),
    "activities": (
        QT_TRANSLATE_NOOP("StorageWords", "1 activity"),
        QT_TRANSLATE_NOOP("StorageWords", "%d activities"),
    ),
    "routines": (
        QT_TRANSLATE_NOOP("StorageWords", "1 routine"),
        QT_TRANSLATE_NOOP("StorageWords", "%d routines"),
    ),
    "favourites": (
        QT_TRANSLATE_NOOP("StorageWords", "1 favourite"),
        QT_TRANSLATE_NOOP("StorageWords", "%d favourites"),
    ),
    "settings": (
        QT_TRANSLATE_NOOP("StorageWords", "1 setting"),
        QT_TRANSLATE_NOOP("StorageWords", "%d settings"),
    ),
    "activity ratings": (
        QT_TRANSLATE_NOOP("StorageWords", "1 rating of your activities"),
        QT_TRANSLATE_NOOP("StorageWords", "%d ratings of your activities"),
    ),
}


def _counted(noun: str, count: int) -> str:
    one, many = _COUNTED.get(noun, ("1 " + noun, "%d " + noun))
    return translate("StorageWords", one if count == 1 else many).replace("%d", str(count))


def _joined(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return translate("StorageWords", "%s and %s") % (", ".join(parts[:-1]), parts[-1])


def import_summary(report: ImportReport) -> str:
    """'Added 12 sessions and 3 morning check-ins. 40 records were already here.'"""
    if _in_english():
        return report.summary()
    added = [_counted(noun, count) for noun, count in report.added.items() if count]
    sentences = [
        translate("StorageWords", "Added %s.") % _joined(added)
        if added
        else translate("StorageWords", "Nothing new to add.")
    ]
    present = sum(report.already_present.values())
    if present == 1:
        sentences.append(translate("StorageWords", "1 record was already here."))
    elif present:
        sentences.append(translate("StorageWords", "%d records were already here.") % present)
    kept = sum(report.kept_existing.values())
    if kept == 1:
        sentences.append(translate("StorageWords", "1 record differed from yours; yours was kept."))
    elif kept:
        sentences.append(
            translate("StorageWords", "%d records differed from yours; yours were kept.") % kept
        )
    unread = len(report.set_aside)
    if unread == 1:
        text = translate(
            "StorageWords",
            "1 record of the file could not be read and was not imported; it is kept in %s.",
        )
        sentences.append(text % report.set_aside_path)
    elif unread:
        text = translate(
            "StorageWords",
            "%d records of the file could not be read and were not imported; they are kept in %s.",
        )
        sentences.append(text % (unread, report.set_aside_path))
    return " ".join(sentences)


def error_text(error: Exception) -> str:
    """A failed import, backup or restore (StorageError) in the language in use. Errors
    with no wording of their own here keep their English words after a translated lead."""
    if isinstance(error, ImportFileError) and error.kind != "other":
        return import_error_text(error)
    if _in_english():
        return str(error)
    known = _store_error_text(error) if isinstance(error, StorageError) else None
    if known is not None:
        return known
    lead = translate("StorageWords", "That did not work, and nothing of yours was changed.")
    return translate("StorageWords", "%s The details (in English): %s") % (lead, error)


def worded(error: BaseException) -> str | None:
    """The store's error in the language in use when this module words its kind, else
    None (the caller then shows the error's own words)."""
    if _in_english() or not isinstance(error, StorageError):
        return None
    if isinstance(error, ImportFileError) and error.kind != "other":
        return import_error_text(error)
    return _store_error_text(error)


def _store_error_text(error: StorageError) -> str | None:
    """A backup or a restore that failed, in the language in use (None: a kind with no
    wording here)."""
    path, values = error.path, error.values
    if error.kind == "backup-not-written":
        text = translate("StorageWords", "BackCoach could not write a backup to %s: %s.")
        return text % (path, _reason(values))
    if error.kind == "backup-unreadable":
        text = translate(
            "StorageWords", "BackCoach could not read the backup %s: %s. Nothing was changed."
        )
        return text % (path, _reason(values))
    if error.kind == "backup-unusable":
        text = translate(
            "StorageWords",
            "The backup %s cannot be used: it is damaged, or it was made by a newer version "
            "of BackCoach. Nothing was changed.",
        )
        return text % path
    if error.kind == "restore-not-kept":
        text = translate(
            "StorageWords",
            "BackCoach could not keep a copy of your current data before restoring (%s), so "
            "nothing was changed.",
        )
        return text % _reason(values)
    return None


# --- a start that cannot go on -------------------------------------------------------------


def start_error_text(error: Exception) -> tuple[str, str]:
    """Why BackCoach cannot start, in the language in use, and the technical details (in
    English, for a helper; empty when the text says it all)."""
    if isinstance(error, NewerFileError):
        text = translate(
            "Startup",
            "Your BackCoach data file %s was written by a newer version of BackCoach, which "
            "this version cannot read. The file was not opened and not changed. Please "
            "install the newer version of BackCoach again.",
        )
        return text % error.path, ""
    if isinstance(error, UnreadableFileError):
        if error.errno_name in ("EACCES", "EPERM"):
            text = translate(
                "Startup",
                "BackCoach is not allowed to read its data file %s. The file was not "
                "changed. Check the file's permissions, or ask whoever looks after this "
                "computer.",
            )
            return text % error.path, error.reason
        text = translate(
            "Startup",
            "BackCoach cannot read its data file %s. The file was not changed. The "
            "details below say why.",
        )
        return text % error.path, error.reason
    lead = translate("Startup", "BackCoach cannot start because a file it needs is damaged.")
    return lead, str(error)
