"""``python -m tools.figures``: regenerate BackCoach's illustrations and app icon.

python -m tools.figures                      # SVGs, icon PNGs and .ico
python -m tools.figures --svg-only           # no Qt needed
python -m tools.figures --check              # exit 1 if committed SVGs are stale
python -m tools.figures --contact-sheet docs/contact-sheet.png
                                             # also docs/contact-sheet-dark.png
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .generate import stale_svgs, write_svgs

PROJECT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.figures",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--project", type=Path, default=PROJECT, help="project root (default: this checkout)"
    )
    parser.add_argument("--svg-only", action="store_true", help="skip PNG and ICO (no Qt)")
    parser.add_argument(
        "--check",
        action="store_true",
        help="only compare the committed SVGs with the generator's output",
    )
    parser.add_argument(
        "--contact-sheet",
        type=Path,
        metavar="PNG",
        help="also render a contact sheet there, plus a dark twin (-dark)",
    )
    args = parser.parse_args(argv)
    resources = args.project / "resources"

    if args.check:
        stale = stale_svgs(resources)
        for path in stale:
            print(f"stale: {path}", file=sys.stderr)
        return 1 if stale else 0

    written = write_svgs(resources)
    print(f"wrote {len(written)} SVG files under {resources / 'images'}")
    if args.svg_only:
        return 0

    from . import raster  # Qt only from here on
    from .catalogue import entries

    icons = raster.write_icons(
        resources / "images" / "app-icon.svg",
        resources / "images" / "icons",
        resources / "images" / "app-icon.ico",
    )
    print(f"wrote {len(icons)} icon files")
    if args.contact_sheet:
        sheet = args.contact_sheet
        if not sheet.is_absolute():
            sheet = Path.cwd() / sheet
        folder = resources / "images" / "exercises"
        rows = [
            (f"{e.number}. {e.name}", [(caption, folder / f) for caption, f in e.frames])
            for e in entries(args.project)
        ]
        dark = sheet.with_name(f"{sheet.stem}-dark{sheet.suffix}")
        raster.contact_sheet(rows, sheet)
        raster.contact_sheet(rows, dark, background="#1e1e1e", text="#e8e8e8")
        print(f"wrote {sheet} and {dark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
