"""Qt's translation tool chain for BackCoach: extract the strings, compile the .qm files.

    python -m tools.i18n            both steps (what tools/i18n.sh runs)
    python -m tools.i18n update     pyside6-lupdate: sources -> resources/i18n/backcoach_<lang>.ts
    python -m tools.i18n release    pyside6-lrelease: .ts -> resources/i18n/backcoach_<lang>.qm
    python -m tools.i18n check      exit 1 if lupdate would change a .ts file, or if one has
                                    unfinished or obsolete entries (what CI can run)

The .ts files are the translators' sources and are committed; the .qm files are build
output (git ignores them): the wheel's build hook (hatch_build.py), the PyInstaller spec
(and so the .deb) and this command make them. Both tools ship in the PySide6-Essentials
wheel (``PySide6/lupdate`` and ``PySide6/lrelease``, with ``pyside6-lupdate`` and
``pyside6-lrelease`` launchers); no Qt installation is needed.

Content texts (the catalogue, plans, evidence) are not here: they are TOML files beside
the English ones (resources/*.fr.toml), checked by the loaders.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "i18n"
SOURCES = ROOT / "app" / "backcoach"
FORMS = ROOT / "resources" / "ui"
CATALOGUE = "backcoach"
# The translated languages (the source language, English, has no .ts). Kept in step with
# backcoach.domain.language.LANGUAGES by tests/tools/test_i18n.py.
TRANSLATED = ("fr", "es")


def tool(name: str) -> str:
    """The path of Qt's ``lupdate`` or ``lrelease`` from the installed PySide6 wheel."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin is not None:
        folder = Path(spec.origin).parent
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return str(candidate)
    launcher = shutil.which(f"pyside6-{name}")
    if launcher:
        return launcher
    raise SystemExit(
        f"Qt's {name} was not found: it comes with the PySide6-Essentials wheel "
        "(install the project's dependencies first, e.g. bash tools/run-tests.sh)"
    )


def ts_path(language: str) -> Path:
    return TS_DIR / f"{CATALOGUE}_{language}.ts"


def source_files() -> list[Path]:
    """Every file whose strings are extracted: the package's Python and Designer forms."""
    return sorted(SOURCES.rglob("*.py")) + sorted(FORMS.glob("*.ui"))


def update(ts_dir: Path | None = None) -> list[Path]:
    """Refresh every .ts file (in ``ts_dir``, default resources/i18n) from the sources:
    new strings in, vanished ones out."""
    ts_dir = ts_dir or TS_DIR
    ts_dir.mkdir(parents=True, exist_ok=True)
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    written = []
    for language in TRANSLATED:
        target = ts_dir / ts_path(language).name
        subprocess.run(
            [
                tool("lupdate"),
                *files,
                "-source-language",
                "en",
                "-target-language",
                language,
                # No line numbers: a code edit elsewhere must not change the .ts files.
                "-locations",
                "none",
                "-no-obsolete",
                "-silent",
                "-ts",
                str(target),
            ],
            cwd=ROOT,
            check=True,
        )
        written.append(target)
    return written


def release(out_dir: Path | None = None) -> list[Path]:
    """Compile every .ts file into ``out_dir`` (default: beside it); the .qm paths."""
    out_dir = out_dir or TS_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for language in TRANSLATED:
        source = ts_path(language)
        if not source.is_file():
            raise SystemExit(f"{source} is missing: run python -m tools.i18n update")
        target = out_dir / f"{CATALOGUE}_{language}.qm"
        subprocess.run([tool("lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        made.append(target)
    return made


def unfinished(ts_file: Path) -> list[str]:
    """The source texts of ``ts_file`` with no finished translation (unfinished, obsolete
    or vanished entries: each one is English on screen or dead weight)."""
    import xml.etree.ElementTree as ET

    problems = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "missing"
        if kind is not None:
            problems.append(f"{kind}: {message.findtext('source')}")
    return problems


def check(ts_dir: Path | None = None) -> list[str]:
    """What is out of date: .ts files lupdate would change, and entries not translated."""
    import filecmp
    import tempfile

    ts_dir = ts_dir or TS_DIR
    problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for language in TRANSLATED:
            committed = ts_dir / ts_path(language).name
            if not committed.is_file():
                problems.append(f"{committed.name} is missing")
                continue
            shutil.copy(committed, Path(scratch) / committed.name)
        update(Path(scratch))
        for language in TRANSLATED:
            committed = ts_dir / ts_path(language).name
            fresh = Path(scratch) / committed.name
            if committed.is_file() and not filecmp.cmp(committed, fresh, shallow=False):
                problems.append(f"{committed.name} is out of date: run bash tools/i18n.sh")
            if committed.is_file():
                problems += [f"{committed.name}: {p}" for p in unfinished(committed)]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.i18n", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "step", nargs="?", choices=("all", "update", "release", "check"), default="all"
    )
    step = parser.parse_args(argv).step
    if step == "check":
        problems = check()
        for problem in problems[:50]:
            print(problem)
        if len(problems) > 50:
            print(f"... and {len(problems) - 50} more")
        print(f"{len(problems)} problem(s)" if problems else "translations up to date")
        return 1 if problems else 0
    if step in ("all", "update"):
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
    if step in ("all", "release"):
        for path in release():
            print(f"compiled {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
