"""The one place that knows where BackCoach's resource files live.

Works the same from a source checkout (``<repo>/resources``), from an installed wheel
(``backcoach/resources`` inside the package, put there by the build) and from a frozen
bundle (``sys._MEIPASS/resources``). Nothing here imports Qt, so the domain layer and
tests can use it.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / "resources")
    found.append(_PACKAGE_DIR / "resources")  # installed wheel
    found.append(_PACKAGE_DIR.parents[1] / "resources")  # source checkout: app/backcoach/..
    return found


@cache
def root() -> Path:
    """The resources folder; raises FileNotFoundError naming every place looked in."""
    for candidate in _candidates():
        if (candidate / "exercises.toml").is_file():
            return candidate
    looked = ", ".join(str(p) for p in _candidates())
    raise FileNotFoundError(f"BackCoach's resource files are missing (looked in: {looked})")


def path(*parts: str) -> Path:
    """A file under the resources folder, e.g. ``path("images", "app-icon.svg")``."""
    return root().joinpath(*parts)


def catalogue_path() -> Path:
    return path("exercises.toml")


def image_path(name: str) -> Path:
    """An image by its name relative to ``resources/images`` (as written in the catalogue)."""
    return path("images", name)


def motion_path(exercise_id: str) -> Path | None:
    """The exercise's motion frames (made by ``tools/figures``), or None for a still."""
    found = path("images", "motion", f"{exercise_id}.json.gz")
    return found if found.is_file() else None


def ui_path(name: str) -> Path:
    """A Qt Designer form or style sheet in ``resources/ui``."""
    return path("ui", name)
