"""The one place that sets BackCoach's language up in Qt: translators and locale.

At start, before the first paint, ``Translations.apply`` installs two QTranslators for
the language chosen (``domain.language``): BackCoach's own strings
(``resources/i18n/backcoach_<lang>.qm``, compiled from the ``.ts`` files by
``pyside6-lrelease`` at build time, see ``tools/i18n.sh``) and Qt's own
(``qtbase_<lang>.qm`` from PySide6's translations folder: the buttons and texts of
standard dialogs). English is the source language: it needs no translator.

The choice lives in the settings (``language``); a copy is remembered beside the data
(like the theme) because the first paint comes before the data is opened. A change
applies at the next start.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from backcoach import resources
from backcoach.domain import language as languages

log = logging.getLogger(__name__)

APP_CATALOGUE = "backcoach"
"""The .ts/.qm base name: resources/i18n/backcoach_fr.ts -> backcoach_fr.qm."""
QT_CATALOGUES = ("qtbase",)
"""Qt's own translations loaded beside ours (standard dialogs, buttons, shortcuts)."""
REMEMBERED_FILE = "appearance.ini"  # the theme's file (ui/theme.py): read before first paint
_REMEMBERED_KEY = "language/choice"


def system_languages() -> list[str]:
    """The computer's preferred languages, most preferred first (e.g. ['fr-FR', 'en'])."""
    return list(QLocale.system().uiLanguages())


def resolve(choice: str) -> str:
    """The language a ``language`` setting means on this computer: en, fr or es."""
    return languages.resolve(choice, system_languages())


def translations_dir() -> Path:
    """Where the compiled .qm files of BackCoach's strings are (beside the .ts sources)."""
    return resources.path("i18n")


def qt_translations_dir() -> str:
    """PySide6's own translations folder (qtbase_fr.qm...), in a checkout or a bundle."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def remembered_choice(data_dir: Path) -> str:
    """The language choice remembered for ``data_dir`` ("system" if none or unknown)."""
    path = data_dir / REMEMBERED_FILE
    if not path.is_file():
        return languages.SYSTEM
    value = QSettings(str(path), QSettings.Format.IniFormat).value(_REMEMBERED_KEY)
    return value if value in languages.CHOICES else languages.SYSTEM


def remember_choice(data_dir: Path, choice: str) -> None:
    """Keep ``choice`` beside the data so the next start paints in that language."""
    if choice not in languages.CHOICES:
        raise ValueError(f"unknown language choice {choice!r}")
    state = QSettings(str(data_dir / REMEMBERED_FILE), QSettings.Format.IniFormat)
    state.setValue(_REMEMBERED_KEY, choice)
    state.sync()


class Translations:
    """Installs the translators for one language and keeps them alive (Qt does not own
    them). Held by the main window, like the theme manager."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = languages.SOURCE
        self.loaded: list[str] = []
        """The .qm files in use, for the log and the tests."""
        self._translators: list[QTranslator] = []
        self._locale_set = False
        self.override: str | None = None
        """A choice for this run only (``--language``): wins over the setting, never stored."""

    def apply(self, choice: str) -> str:
        """Use the language ``choice`` resolves to; returns it (en, fr or es)."""
        language = resolve(choice)
        if language == self.language and (self._translators or language == languages.SOURCE):
            return language
        for translator in self._translators:
            self.app.removeTranslator(translator)
        self._translators.clear()
        self.loaded.clear()
        self.language = language
        if self._locale_set:
            QLocale.setDefault(QLocale.system())
            self._locale_set = False
        if language != languages.SOURCE:
            self._load(APP_CATALOGUE, language, str(translations_dir()))
            for name in QT_CATALOGUES:
                self._load(name, language, qt_translations_dir())
            self._follow_locale(language)
        log.info("language %s (%s): %s", language, choice, ", ".join(self.loaded) or "source")
        return language

    def _load(self, name: str, language: str, folder: str) -> None:
        translator = QTranslator(self.app)
        if not translator.load(f"{name}_{language}", folder):
            # A build without the .qm files still runs, in English: say so in the log.
            log.warning("no %s_%s.qm in %s: those strings stay in English", name, language, folder)
            return
        self.app.installTranslator(translator)
        self._translators.append(translator)
        self.loaded.append(f"{name}_{language}.qm")

    def _follow_locale(self, language: str) -> None:
        """Dates, weekdays and numbers in the language chosen, unless the computer's own
        locale already speaks it (then its country's formats stay: fr_CA stays fr_CA)."""
        if languages.primary(QLocale.system().name()) != language:
            QLocale.setDefault(QLocale(language))
            self._locale_set = True
