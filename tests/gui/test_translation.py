"""The language at start: Qt's tool chain output loads, content follows the setting."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from backcoach.services import settings
from backcoach.ui import translation
from backcoach.ui.translation import Translations
from tools import i18n

STARTUP = "BackCoach cannot start because a file it needs is damaged."


@pytest.fixture
def translations(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Translators over .qm files compiled now by the build step, removed afterwards."""
    compiled = tmp_path / "qm"
    i18n.release(compiled)
    monkeypatch.setattr(translation, "translations_dir", lambda: compiled)
    made = Translations(qapp)
    yield made
    made.apply("en")


def test_the_build_step_compiles_one_qm_per_language(tmp_path: Path) -> None:
    made = i18n.release(tmp_path)
    assert sorted(p.name for p in made) == ["backcoach_es.qm", "backcoach_fr.qm"]
    assert all(p.stat().st_size > 0 for p in made)


@pytest.mark.parametrize(
    ("language", "startup", "cancel", "monday"),
    [
        ("fr", "BackCoach ne peut pas démarrer", "Annuler", "lundi"),
        ("es", "BackCoach no puede iniciarse", "Cancelar", "lunes"),
    ],
)
def test_our_strings_and_qts_own_load_for_the_language(
    translations, language, startup, cancel, monday
) -> None:
    assert translations.apply(language) == language
    assert translations.loaded == [f"backcoach_{language}.qm", f"qtbase_{language}.qm"]
    assert QCoreApplication.translate("Startup", STARTUP).startswith(startup)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert QLocale().dayName(1) == monday  # dates and weekdays from Qt's locale


def test_english_removes_every_translator_and_the_locale(translations) -> None:
    system_day = QLocale.system().dayName(1)
    translations.apply("fr")
    assert translations.apply("en") == "en"
    assert translations.loaded == []
    assert QCoreApplication.translate("Startup", STARTUP) == STARTUP
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QLocale().dayName(1) == system_day


def test_following_the_computer_uses_its_languages(translations, monkeypatch) -> None:
    monkeypatch.setattr(translation, "system_languages", lambda: ["de-DE", "es-MX"])
    assert translations.apply("system") == "es"
    monkeypatch.setattr(translation, "system_languages", lambda: ["de-DE"])
    assert translations.apply("system") == "en"


def test_the_choice_is_remembered_beside_the_data_for_the_first_paint(tmp_path) -> None:
    assert translation.remembered_choice(tmp_path) == "system"
    translation.remember_choice(tmp_path, "fr")
    assert translation.remembered_choice(tmp_path) == "fr"
    # An unknown value (a newer version's language, a hand edit) means "system". Written
    # through QSettings: Qt caches each settings file per process and may not see an
    # outside write of the same size within the file time's resolution.
    bad = QSettings(str(tmp_path / translation.REMEMBERED_FILE), QSettings.Format.IniFormat)
    bad.setValue("language/choice", "xx")
    bad.sync()
    assert translation.remembered_choice(tmp_path) == "system"
    with pytest.raises(ValueError):
        translation.remember_choice(tmp_path, "de")


def test_the_stored_setting_wins_and_is_remembered(translations, store, tmp_path) -> None:
    from backcoach.ui.application import _settle_language

    settings.save(store, "language", "es")
    window = SimpleNamespace(translations=translations, data_dir=tmp_path)
    assert _settle_language(window, store) == "es"
    assert translations.language == "es"
    assert translation.remembered_choice(tmp_path) == "es"


def test_a_window_shows_the_content_in_the_chosen_language(qtbot, data_dir, store) -> None:
    from backcoach.ui.application import build_main_window

    settings.save(store, "language", "fr")
    window = build_main_window(data_dir, store)
    qtbot.addWidget(window)
    assert window.context.language == "fr"
    assert window.context.catalogue.get("plank").name == "Planche"
    assert window.evidence.emergency_title.startswith("Demandez immédiatement")


@pytest.mark.parametrize(("language", "words"), [("es", "3 puntos"), ("fr", "3 points")])
def test_the_pain_rule_is_filled_in_the_contents_language(
    qtbot, data_dir, store, language, words
) -> None:
    from backcoach.ui.about.about_page import evidence_html
    from backcoach.ui.application import build_main_window

    settings.save(store, "language", language)
    settings.save(store, "pain_threshold", 3)
    window = build_main_window(data_dir, store)
    qtbot.addWidget(window)
    detail = window.browser.detail
    detail.show_exercise(window.context.catalogue.get("plank"))
    assert words in detail.ui.cautionsLabel.text()
    assert "{points}" not in detail.ui.cautionsLabel.text()
    assert words in evidence_html(window.evidence, "#000", threshold=3)


def test_a_language_for_this_run_wins_and_is_not_remembered(translations, store, tmp_path) -> None:
    from backcoach.cli import build_parser
    from backcoach.ui.application import _settle_language

    assert build_parser().parse_args(["--language", "es"]).language == "es"
    settings.save(store, "language", "fr")
    translations.override = "es"
    window = SimpleNamespace(translations=translations, data_dir=tmp_path)
    assert _settle_language(window, store) == "es"
    assert translation.remembered_choice(tmp_path) == "system"
    assert settings.get(store, "language") == "fr"


def test_a_label_and_its_value_follow_french_typography(qtbot, translations, ready_store) -> None:
    """'Séance : …' with a no-break space before the colon: the list, the record's
    details and the Progress readouts join a label and its value through a translated
    pattern, never with ': ' in code."""
    from datetime import date

    from tests.domain.test_progress import make_session

    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue
    from backcoach.domain.progress import DaySummary
    from backcoach.ui.progress.progress_texts import minutes_readout
    from backcoach.ui.records.record_list import RecordListDialog

    translations.apply("fr")
    day = date(2025, 3, 20)
    ready_store.sessions.save(make_session(day, 4, [("prone-press", None, [5])], 3))
    context = AppContext(
        data_dir=ready_store.data_dir, catalogue=load_catalogue(language="fr"), store=ready_store
    )
    dialog = RecordListDialog(context, today=day)
    qtbot.addWidget(dialog)
    row = dialog.list.item(0).text()
    assert "\nSéance\u00a0: " in row and ": " not in row.replace("\u00a0: ", "")
    assert "\u00a0: " in dialog.detail.text().split("•", 1)[1]
    assert minutes_readout(DaySummary(day=day), 20) == "jeudi 20 mars 2025\u00a0: pas d'exercice"
