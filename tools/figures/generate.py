"""Write every illustration and the app icon as SVG: the pure-Python half of the generator.

Nothing here needs Qt, so the figures can be regenerated and checked for drift anywhere.
"""

from __future__ import annotations

from pathlib import Path

from .exercises import all_exercises
from .icon import app_icon_svg
from .render import layout_for, to_svg

EXERCISE_DIR = Path("images") / "exercises"
ICON_SVG = Path("images") / "app-icon.svg"


def exercise_svgs() -> dict[str, str]:
    """File name -> SVG text, for every frame of every exercise (in catalogue order)."""
    out: dict[str, str] = {}
    for exercise in all_exercises():
        layout = layout_for(exercise.pictures)  # one layout: start and end line up
        for picture in exercise.pictures:
            frame = picture.name.removeprefix(exercise.id + "-").replace("-", " ")
            title = f"{exercise.id.replace('-', ' ').capitalize()}: {frame}"
            out[f"{picture.name}.svg"] = to_svg(picture, layout, title)
    return out


def all_svgs() -> dict[Path, str]:
    """Path relative to the resources folder -> SVG text, icon included."""
    files = {EXERCISE_DIR / name: text for name, text in exercise_svgs().items()}
    files[ICON_SVG] = app_icon_svg()
    return files


def write_motions(resources: Path) -> list[Path]:
    """Write every exercise's motion frames (``images/motion/<id>.json.gz``)."""
    from .motion import motion_files  # slow (a contact solve per frame): only when asked

    written = []
    for rel, data in motion_files().items():
        target = resources / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        written.append(target)
    return written


def stale_motions(resources: Path) -> list[Path]:
    """Motion files that differ from the generator's output (or are missing)."""
    from .motion import motion_files

    return [
        resources / rel
        for rel, data in motion_files().items()
        if not (resources / rel).is_file() or (resources / rel).read_bytes() != data
    ]


def write_svgs(resources: Path) -> list[Path]:
    """Write every SVG under ``resources`` (the project's ``resources`` folder)."""
    written = []
    for rel, text in all_svgs().items():
        target = resources / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))
        written.append(target)
    return written


def stale_svgs(resources: Path) -> list[Path]:
    """Files that differ from what the generator makes now (or are missing)."""
    stale = []
    for rel, text in all_svgs().items():
        target = resources / rel
        if not target.is_file() or target.read_bytes() != text.encode("utf-8"):
            stale.append(target)
    return stale
