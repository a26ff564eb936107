"""What the app is and is not, the red flags, and the sources: loaded from resources.

Kept as data so the same red-flag list appears word for word on the About page, at first
run and when pain spikes in a session. Another language's words come from
``evidence.<lang>.toml`` beside the English file, checked as strictly as the catalogue's
(``content_overlay``); the sources' references stay as published, their use is translated.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from backcoach import toml_cache
from backcoach.domain.catalog import CatalogueError
from backcoach.domain.content_overlay import Overlay, language_label, read_overlay
from backcoach.domain.language import SOURCE


class EvidenceError(CatalogueError):
    """The evidence file or a translation of it is unusable (a content error, reported at
    start like the catalogue's)."""


@dataclass(frozen=True, slots=True)
class Source:
    text: str
    used_for: str


@dataclass(frozen=True, slots=True)
class Evidence:
    is_: tuple[str, ...]
    is_not: tuple[str, ...]
    key_points: tuple[str, ...]
    red_flag_intro: str
    emergency_title: str
    emergency: tuple[str, ...]
    soon_title: str
    soon: tuple[str, ...]
    sources: tuple[Source, ...]
    language: str = SOURCE
    """The language of these texts (``{points}`` is filled in it: pain_rule.with_threshold)."""


# Each section of the file and the words in it a translation gives.
_SECTIONS: dict[str, tuple[str, ...]] = {
    "about": ("is", "is_not", "key_points"),
    "red_flags": ("intro",),
    "red_flags.emergency": ("title", "items"),
    "red_flags.soon": ("title", "items"),
}


def _section(data: dict[str, Any], dotted: str) -> Any:
    for key in dotted.split("."):
        data = data.get(key) if isinstance(data, dict) else None  # type: ignore[assignment]
    return data


def _english_words(data: dict[str, Any], dotted: str) -> dict[str, str | tuple[str, ...]]:
    section = _section(data, dotted)
    return {
        name: value if isinstance(value, str) else tuple(value)
        for name, value in section.items()
        if name in _SECTIONS[dotted]
    }


def translate_evidence_data(
    data: dict[str, Any], overlay: dict[str, Any], language: str, file_name: str
) -> dict[str, Any]:
    """The English file's data with every text from ``overlay``; EvidenceError naming the
    file, section, field and language on any missing, extra or reshaped text."""
    known = {"about", "red_flags", "source"}
    for key in overlay:
        if key not in known:
            raise EvidenceError(
                f"{file_name}: section '{key}', language {language_label(language)}: "
                "is not a section of the English"
            )
    result: dict[str, Any] = {
        "about": dict(data["about"]),
        "red_flags": {
            **data["red_flags"],
            "emergency": dict(data["red_flags"]["emergency"]),
            "soon": dict(data["red_flags"]["soon"]),
        },
    }
    for dotted in _SECTIONS:
        raw = _section(overlay, dotted)
        if isinstance(raw, dict):  # sub-tables are sections of their own
            raw = {k: v for k, v in raw.items() if not isinstance(v, dict)}
        texts = Overlay(
            _english_words(data, dotted),
            raw,
            where=f"section '{dotted}'",
            language=language,
            file_name=file_name,
            error=EvidenceError,
        ).texts()
        _section(result, dotted).update(texts)
    sources = overlay.get("source")
    english_sources = data["source"]
    if not isinstance(sources, list) or len(sources) != len(english_sources):
        count = len(sources) if isinstance(sources, list) else 0
        raise EvidenceError(
            f"{file_name}: section 'source', language {language_label(language)}: has "
            f"{count} [[source]] tables; the English has {len(english_sources)}"
        )
    result["source"] = []
    for number, (english, translated) in enumerate(
        zip(english_sources, sources, strict=True), start=1
    ):
        texts = Overlay(
            {"used_for": english["used_for"]},
            translated,
            where=f"source {number}",
            language=language,
            file_name=file_name,
            error=EvidenceError,
        ).texts()
        result["source"].append({"text": english["text"], **texts})
    return result


def load_evidence(path: Path | None = None, language: str = SOURCE) -> Evidence:
    """The evidence texts shipped with the app (or in the file given) in ``language``."""
    if path is None:
        from backcoach import resources

        path = resources.path("evidence.toml")
    data = toml_cache.loads(path.read_text(encoding="utf-8"))
    if language != SOURCE:
        overlay, file_name = read_overlay(path, language, EvidenceError)
        data = translate_evidence_data(data, overlay, language, file_name)
    about, flags = data["about"], data["red_flags"]
    return Evidence(
        is_=tuple(about["is"]),
        is_not=tuple(about["is_not"]),
        key_points=tuple(about["key_points"]),
        red_flag_intro=flags["intro"],
        emergency_title=flags["emergency"]["title"],
        emergency=tuple(flags["emergency"]["items"]),
        soon_title=flags["soon"]["title"],
        soon=tuple(flags["soon"]["items"]),
        sources=tuple(Source(s["text"], s["used_for"]) for s in data["source"]),
        language=language,
    )
