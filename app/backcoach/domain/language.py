"""Which language BackCoach speaks: the choices and how "follow the computer" resolves.

No Qt here: the caller passes the computer's preferred languages (Qt's
``QLocale.system().uiLanguages()``, e.g. ``["fr-FR", "en-GB"]``), so the rule is tested
without a display. English is the source language: every text is written in English
first, and the other languages translate it (resources/*.fr.toml, resources/i18n/).
"""

from __future__ import annotations

from collections.abc import Iterable

SOURCE = "en"
LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
"""Every language BackCoach ships complete, the source first."""
SYSTEM = "system"
CHOICES: tuple[str, ...] = (SYSTEM, *LANGUAGES)
"""What the ``language`` setting may hold: follow the computer, or one language."""
NATIVE_NAMES: dict[str, str] = {"en": "English", "fr": "Français", "es": "Español"}
"""Each language named in itself, as a language menu shows it (never translated)."""


def primary(tag: str) -> str:
    """The language part of a locale tag: 'fr-CA' -> 'fr', 'es_419' -> 'es', 'C' -> 'c'."""
    return tag.replace("_", "-").split("-", 1)[0].strip().casefold()


def resolve(choice: str, ui_languages: Iterable[str] = ()) -> str:
    """The language to use: the one chosen, or for "system" (and anything unknown) the
    first of the computer's preferred languages that BackCoach has, else English."""
    if choice in LANGUAGES:
        return choice
    for tag in ui_languages:
        code = primary(tag)
        if code in LANGUAGES:
            return code
    return SOURCE
