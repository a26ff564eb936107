"""What the app is and is not, the red flags, and the sources: loaded from resources.

Kept as data so the same red-flag list appears word for word on the About page, at first
run and when pain spikes in a session.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path


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


def load_evidence(path: Path | None = None) -> Evidence:
    if path is None:
        from backcoach import resources

        path = resources.path("evidence.toml")
    with path.open("rb") as handle:
        data = tomllib.load(handle)
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
    )
