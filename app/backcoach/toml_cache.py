"""TOML files parsed once, not at every start.

The catalogue (40 KB), the plans, the evidence texts and their translations are TOML,
and ``tomllib`` is pure Python: parsing them cost ~8-10 ms of every start, plus ~2 ms to
import it (docs/decisions/008-speed.md). What it parses is kept as JSON in the user's
cache folder, named by the length and CRC-32 of the text, so a changed file is simply a
new entry; a missing or unreadable entry is parsed again. JSON holds everything these
files use (tables, arrays, strings, numbers, booleans); a text with dates or times is
parsed every time.
"""

from __future__ import annotations

import json
import logging
import os
import zlib
from pathlib import Path
from typing import Any

from backcoach import paths

log = logging.getLogger(__name__)


class TomlError(ValueError):
    """The text is not valid TOML (the message is tomllib's)."""


def loads(text: str) -> dict[str, Any]:
    """What ``tomllib.loads(text)`` gives, from the cache when it was parsed before."""
    entry = _entry(text)
    try:
        cached = json.loads(entry.read_bytes())
    except (OSError, ValueError):
        cached = None
    if isinstance(cached, dict):
        return cached
    import tomllib  # only for a text not seen before

    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise TomlError(str(error)) from None
    _keep(entry, parsed)
    return parsed


def _entry(text: str) -> Path:
    data = text.encode("utf-8")
    return paths.cache_dir() / "toml" / f"{len(data)}-{zlib.crc32(data):08x}.json"


def _keep(entry: Path, parsed: dict[str, Any]) -> None:
    try:
        data = json.dumps(parsed, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError):  # dates and times: not kept
        return
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        temp = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
        temp.write_bytes(data)
        os.replace(temp, entry)  # whole or not at all, even with two starts at once
    except OSError as error:  # a read-only home: parsed again next time
        log.info("cannot keep the parsed TOML in %s: %s", entry.parent, error)
