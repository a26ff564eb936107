"""Which frames each exercise has and what it is called, for the contact sheet.

The frame lists come from ``docs/catalogue.md`` (the contract for image names); display
names come from ``resources/exercises.toml`` when it exists, else the ids are used.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

_ROW = re.compile(r"^\|\s*(\d+)\s*\|\s*`([a-z0-9-]+)`\s*\|(.*)\|(.*)\|\s*$")
_NAME = re.compile(r"`([a-z0-9-]+)`")
_VARIANT = re.compile(r'"([^"]+)"\s*:\s*((?:`[a-z0-9-]+`[,\s]*)+)')
_SAME_AS = re.compile(r"same files as (\d+)")


@dataclass(frozen=True)
class Entry:
    number: int
    id: str
    name: str
    frames: tuple[tuple[str, str], ...]  # (caption, file name relative to images/exercises)


def catalogue_table(markdown: str) -> list[tuple[int, str, list[str], list[tuple[str, list[str]]]]]:
    """Rows of the "Ids and image files" table: number, id, frames, variants."""
    rows: dict[int, tuple[str, list[str], list[tuple[str, list[str]]]]] = {}
    pending: list[tuple[int, int]] = []
    for line in markdown.splitlines():
        match = _ROW.match(line)
        if not match:
            continue
        number, ident, images, variants = int(match[1]), match[2], match[3], match[4]
        same = _SAME_AS.search(images)
        if same:
            pending.append((number, int(same[1])))
        frames = [f"{n}.svg" for n in _NAME.findall(images)]
        variant_list = [
            (label, [f"{n}.svg" for n in _NAME.findall(names)])
            for label, names in _VARIANT.findall(variants)
        ]
        rows[number] = (ident, frames, variant_list)
    for number, source in pending:
        ident = rows[number][0]
        rows[number] = (ident, list(rows[source][1]), list(rows[source][2]))
    return [(n, *rows[n]) for n in sorted(rows)]


def entries(project: Path) -> list[Entry]:
    """One entry per exercise, in catalogue order."""
    table = catalogue_table((project / "docs" / "catalogue.md").read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    toml_path = project / "resources" / "exercises.toml"
    if toml_path.is_file():
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
        names = {e["id"]: e.get("name", e["id"]) for e in data.get("exercise", [])}
    out = []
    for number, ident, frames, variants in table:
        captions = [(_frame_caption(f, ident), f) for f in frames]
        for label, files in variants:
            captions += [(f"{label}: {_frame_caption(f, ident, last=True)}", f) for f in files]
        out.append(Entry(number, ident, names.get(ident, ident), tuple(captions)))
    return out


def _frame_caption(file_name: str, ident: str, last: bool = False) -> str:
    """ "start", "end", "hold", or e.g. "wall hold" when the default form is a variant;
    with ``last`` only the frame word (the variant's label says the rest)."""
    stem = file_name.removesuffix(".svg")
    if last:
        return stem.rsplit("-", 1)[-1]
    return stem.removeprefix(ident + "-").replace("-", " ")
