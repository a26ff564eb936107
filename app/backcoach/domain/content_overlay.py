"""Translated content: strict overlays of the English texts in resources/*.toml.

The English files (exercises.toml, plans.toml, evidence.toml) are the source and hold
everything: ids, doses, links, images and the English words. A translation file beside
each (``exercises.fr.toml``, ``plans.es.toml``...) holds only words, keyed by the same
ids and field names. It must translate every text field of every entry, no more and no
less, with the same number of list entries and the same placeholders (``{points}`` is
filled in when shown): a missing or stray text must fail loudly at start and in tests,
never show English (or nothing) in the middle of a French screen.

No Qt here; the loaders in ``catalog``, ``routines`` and ``evidence`` use these checks.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from backcoach import toml_cache
from backcoach.domain.language import LANGUAGES, NATIVE_NAMES, SOURCE

Text = str | tuple[str, ...]
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def overlay_file_name(english_name: str, language: str) -> str:
    """'exercises.toml' -> 'exercises.fr.toml'."""
    stem, dot, suffix = english_name.rpartition(".")
    return f"{stem}.{language}{dot}{suffix}"


def language_label(language: str) -> str:
    """How an error names a language: 'French (fr)'."""
    english_names = {"fr": "French", "es": "Spanish", "en": "English"}
    return f"{english_names.get(language, NATIVE_NAMES.get(language, language))} ({language})"


def placeholders(text: str) -> list[str]:
    """The ``{name}`` placeholders in a text, sorted (a text may use one twice)."""
    return sorted(_PLACEHOLDER.findall(text))


def read_overlay(
    english_path: Path, language: str, error: type[ValueError]
) -> tuple[dict[str, Any], str]:
    """The parsed translation file beside ``english_path`` and its name (for messages)."""
    if language not in LANGUAGES or language == SOURCE:
        raise error(f"no translation file for language {language!r}")
    path = english_path.with_name(overlay_file_name(english_path.name, language))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(f"the {language_label(language)} translation {path.name} is missing") from None
    except (OSError, UnicodeDecodeError) as problem:
        raise error(f"the translation {path} cannot be read: {problem}") from None
    try:
        return toml_cache.loads(text), path.name
    except toml_cache.TomlError as problem:
        raise error(f"the translation {path.name} is not valid TOML: {problem}") from None


class Overlay:
    """Checks one translated entry against its English texts and hands back its words.

    ``where`` names the entry ("exercise 'plank'"), so every message names the file, the
    entry, the field and the language.
    """

    def __init__(
        self,
        english: Mapping[str, Text],
        translated: Any,
        *,
        where: str,
        language: str,
        file_name: str,
        error: type[ValueError],
        max_lengths: Mapping[str, int] | None = None,
    ) -> None:
        self.english = english
        self.where = where
        self.language = language
        self.file_name = file_name
        self.error = error
        self.max_lengths = max_lengths or {}
        if translated is None:
            raise self.fail(None, "is missing: every entry needs its translation")
        if not isinstance(translated, dict):
            raise self.fail(None, f"must be a table of fields, got {translated!r}")
        self.translated: dict[str, Any] = translated
        extra = sorted(set(translated) - set(english))
        if extra:
            raise self.fail(extra[0], "is not a text to translate here (the English has none)")
        missing = [name for name in english if name not in translated]
        if missing:
            raise self.fail(missing[0], "is missing")

    def fail(self, field: str | None, problem: str) -> ValueError:
        where = self.where if field is None else f"{self.where}, field '{field}'"
        return self.error(
            f"{self.file_name}: {where}, language {language_label(self.language)}: {problem}"
        )

    def texts(self) -> dict[str, Text]:
        """Every field's translation, checked: same shape and placeholders as the English."""
        return {name: self._field(name, source) for name, source in self.english.items()}

    def _field(self, name: str, source: Text) -> Text:
        value = self.translated[name]
        if isinstance(source, str):
            return self.check_text(name, value, source)
        if not isinstance(value, list):
            raise self.fail(name, f"must be a list of {len(source)} texts, got {value!r}")
        if len(value) != len(source):
            raise self.fail(name, f"has {len(value)} entries; the English has {len(source)}")
        return tuple(
            self.check_text(name, item, english, entry=index)
            for index, (item, english) in enumerate(zip(value, source, strict=True), start=1)
        )

    def check_text(self, name: str, value: Any, english: str, entry: int | None = None) -> str:
        which = "" if entry is None else f"entry {entry} "
        if not isinstance(value, str) or not value.strip():
            raise self.fail(name, f"{which}must be non-empty text, got {value!r}")
        if placeholders(value) != placeholders(english):
            raise self.fail(
                name,
                f"{which}must keep the placeholders of the English "
                f"({', '.join(placeholders(english)) or 'none'}), "
                f"has {', '.join(placeholders(value)) or 'none'}",
            )
        longest = self.max_lengths.get(name)
        length = len(value.strip())
        if longest is not None and length > longest:
            raise self.fail(name, f"{which}is {length} characters; at most {longest} fit")
        return value.strip()


def check_entries(
    english_ids: list[str],
    translated: Mapping[str, Any],
    *,
    kind: str,
    language: str,
    file_name: str,
    error: type[ValueError],
) -> None:
    """Every English entry is translated and the file has no entry the English lacks."""
    for entry_id in english_ids:
        if entry_id not in translated:
            raise error(
                f"{file_name}: {kind} '{entry_id}', language {language_label(language)}: "
                "is missing: every entry needs its translation"
            )
    for entry_id in translated:
        if entry_id not in english_ids:
            raise error(
                f"{file_name}: {kind} '{entry_id}', language {language_label(language)}: "
                f"no {kind} in the English has this id"
            )
