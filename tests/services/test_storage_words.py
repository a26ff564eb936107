"""The data file's notices, a failed import and an import's outcome speak the language in
use: storage words them in English, the screens in French or Spanish from their codes."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import pytest

from backcoach.services import storage_words
from backcoach.storage import notices
from backcoach.storage.transfer import ImportFileError, ImportReport, import_file

ASIDE = Path("/data/backcoach.json.unreadable")
TODAY = date(2026, 12, 4)


@pytest.fixture
def language(qapp):
    from backcoach.ui.translation import Translations

    translations = Translations(qapp)
    yield translations.apply
    translations.apply("en")


def _every_notice() -> list[notices.StorageNotice]:
    full = OSError(errno.ENOSPC, "No space left on device")
    return [
        notices.restored("was missing", None, TODAY, TODAY, False),
        notices.restored("was empty", ASIDE, date(2026, 12, 3), TODAY, False),
        notices.restored("could not be read (it is damaged)", None, date(2026, 11, 2), TODAY, True),
        notices.restored("could not be read (it is damaged)", ASIDE, None, TODAY, False),
        notices.started_empty("could not be read (it is damaged)", ASIDE, False),
        notices.records_set_aside("1 session: …", 1, ASIDE, Path("/data/old.json"), "3 sessions"),
        notices.records_set_aside("2 sessions: …", 2, ASIDE, Path("/data/old.json"), "3 sessions"),
        notices.upgraded(1, 2, Path("/data/backups")),
        notices.write_failed(Path("/data/backcoach.json"), full),
        notices.write_recovered(Path("/data/backcoach.json")),
        notices.backup_failed(Path("/data/backups"), OSError(errno.EACCES, "Permission denied")),
    ]


def test_in_english_the_notices_keep_storages_own_words(language) -> None:
    language("en")
    for notice in _every_notice():
        assert storage_words.notice_text(notice) == notice.message


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("es", ("No se ha borrado nada", "copia de seguridad", "el disco está lleno")),
        ("fr", ("Rien n'a été supprimé", "sauvegarde", "le disque est plein")),
    ],
)
def test_every_notice_is_worded_in_the_language(language, code, words) -> None:
    language(code)
    texts = [storage_words.notice_text(n) for n in _every_notice()]
    for notice, text in zip(_every_notice(), texts, strict=True):
        assert text != notice.message, notice.code
        assert "BackCoach data file" not in text and "%s" not in text and "%d" not in text
        if notice.path is not None:
            assert str(notice.path) in text, notice.code
    joined = " ".join(texts)
    for word in words:
        assert word in joined


def test_the_restored_notice_says_which_backup_and_what_was_wrong(language) -> None:
    language("es")
    yesterday = notices.restored("was empty", ASIDE, date(2026, 12, 3), TODAY, False)
    text = storage_words.notice_text(yesterday)
    assert text.startswith("Su archivo de datos de BackCoach estaba vacío.")
    assert "copia de seguridad de ayer" in text and str(ASIDE) in text
    older = notices.restored("could not be read (x)", None, date(2026, 11, 2), TODAY, True)
    text = storage_words.notice_text(older)
    assert "2 de noviembre de 2026" in text and "se apartará antes de guardar" in text
    two = notices.records_set_aside("…", 2, ASIDE, Path("/o.json"), "…")
    assert "no ha podido leer 2 registros" in storage_words.notice_text(two)


def test_an_unknown_notice_falls_back_to_its_message(language) -> None:
    language("es")
    odd = notices.StorageNotice("info", "something-new", "Something new happened.")
    assert storage_words.notice_text(odd) == "Something new happened."


def test_a_wrong_file_to_import_is_explained_in_the_language(language, store, tmp_path) -> None:
    wrong, garbage = tmp_path / "wrong.json", tmp_path / "notes.txt"
    wrong.write_text('{"hello": 1}')
    garbage.write_text("date,score\n")
    found = {}
    for path in (wrong, garbage, tmp_path / "missing.json"):
        with pytest.raises(ImportFileError) as caught:
            import_file(store, path)
        found[path.name] = caught.value
    assert [e.kind for e in found.values()] == ["damaged", "not-backup", "unreadable"]
    language("en")
    assert storage_words.error_text(found["wrong.json"]) == str(found["wrong.json"])
    language("es")
    text = storage_words.error_text(found["wrong.json"])
    assert text == (
        f"{wrong} no se puede importar: no es un archivo de datos de BackCoach o está "
        "dañado. No se ha cambiado nada."
    )
    assert "hojas de cálculo" in storage_words.error_text(found["notes.txt"])
    language("fr")
    assert "n'est pas une sauvegarde BackCoach" in storage_words.error_text(found["notes.txt"])


def test_other_storage_errors_lead_with_the_language(language) -> None:
    from backcoach.storage import StorageError

    error = StorageError("BackCoach could not write a backup to /x: the disk is full.")
    language("es")
    text = storage_words.error_text(error)
    assert text.startswith("No ha funcionado, y no se ha cambiado nada de sus datos.")
    assert str(error) in text


def test_an_imports_outcome_in_the_language(language) -> None:
    report = ImportReport(
        added={"sessions": 12, "check-ins": 1, "activities": 0, "favourites": 2},
        already_present={"sessions": 40},
        kept_existing={"routines": 1},
    )
    language("en")
    assert storage_words.import_summary(report) == report.summary()
    language("es")
    assert storage_words.import_summary(report) == (
        "Se han añadido 12 sesiones, 1 control de la mañana y 2 favoritos. 40 registros ya "
        "estaban aquí. 1 registro era distinto del suyo; se ha conservado el suyo."
    )
    assert storage_words.import_summary(ImportReport()) == "No había nada nuevo que añadir."
    language("fr")
    assert storage_words.import_summary(report).startswith(
        "Ajouté\u00a0: 12 séances, 1 bilan du matin et 2 favoris."
    )


def test_a_backup_that_cannot_be_restored_is_explained_in_the_language(
    language, store, tmp_path
) -> None:
    damaged = tmp_path / "backcoach-2026-12-01.json"
    damaged.write_bytes(b'{"meta": {"version": 1}, "sessions": {')
    with pytest.raises(Exception) as caught:
        store.restore_backup(damaged)
    language("fr")
    text = storage_words.error_text(caught.value)
    assert text.startswith(f"La sauvegarde {damaged} ne peut pas être utilisée\u00a0:")
    assert "anglais" not in text and "Nothing" not in text
    language("es")
    assert storage_words.error_text(caught.value).startswith(
        f"La copia de seguridad {damaged} no se puede usar:"
    )


def _start_errors() -> list[Exception]:
    data = Path("/data/backcoach.json")
    return [
        notices.newer_file(data, 9, 3),
        notices.unreadable_file(data, OSError(errno.EACCES, "Permission denied")),
        notices.unreadable_file(data, OSError(errno.EIO, "Input/output error")),
    ]


@pytest.mark.parametrize(
    ("code", "newer", "not_allowed", "cannot_read"),
    [
        ("en", "newer version", "not allowed to read", "cannot read its data file"),
        ("fr", "version plus récente", "n'a pas le droit", "ne parvient pas à lire"),
        ("es", "versión más reciente", "no tiene permiso", "no puede leer"),
    ],
)
def test_a_start_that_cannot_go_on_says_why_in_the_language(
    language, code, newer, not_allowed, cannot_read
) -> None:
    language(code)
    texts = [storage_words.start_error_text(error) for error in _start_errors()]
    for (text, _details), words in zip(texts, (newer, not_allowed, cannot_read), strict=True):
        assert words in text
        assert "/data/backcoach.json" in text
    # The system's own words go in the details, not in the message.
    assert texts[0][1] == ""
    assert texts[1][1] == "Permission denied"
    assert "Permission denied" not in texts[1][0]


def test_a_damaged_catalogue_keeps_its_details_for_a_helper(language) -> None:
    from backcoach.domain.catalog import CatalogueError

    language("fr")
    text, details = storage_words.start_error_text(CatalogueError("exercise 'plank': bad"))
    assert text.startswith("BackCoach ne peut")
    assert details == "exercise 'plank': bad"


def test_the_late_whole_file_notice_is_worded_in_the_language(language) -> None:
    notice = notices.StorageNotice(
        "error", "whole-file-unreadable", "English words", Path("/data/backcoach.json")
    )
    language("es")
    text = storage_words.notice_text(notice)
    assert "no guardará nada" in text and "/data/backcoach.json" in text
    language("en")
    assert storage_words.notice_text(notice) == "English words"
