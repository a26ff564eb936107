"""``python -m tools.figures``: regenerate BackCoach's illustrations and app icon.

python -m tools.figures                      # SVGs, motion frames, icon PNGs and .ico
python -m tools.figures --svg-only           # no Qt needed
python -m tools.figures --check              # exit 1 if committed SVGs or motions are stale
python -m tools.figures --contact-sheet docs/contact-sheet.png
                                             # also docs/contact-sheet-dark.png
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from .generate import stale_motions, stale_svgs, write_motions, write_svgs

PROJECT = Path(__file__).resolve().parents[2]


STRIP = 5  # in-betweens shown per exercise on the contact sheet


def strip(motion_file: Path) -> list[tuple[str, bytes]]:
    """Evenly spaced in-between frames of a motion file, captioned with their place."""
    if not motion_file.is_file():
        return []
    frames = json.loads(gzip.decompress(motion_file.read_bytes()))["frames"]
    last = len(frames) - 1
    picks = [round(last * (i + 1) / (STRIP + 1)) for i in range(STRIP)]
    return [(f"moving {100 * i // last}%", frames[i].encode("utf-8")) for i in picks]


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
        stale = stale_svgs(resources) + stale_motions(resources)
        for path in stale:
            print(f"stale: {path}", file=sys.stderr)
        return 1 if stale else 0

    written = write_svgs(resources)
    print(f"wrote {len(written)} SVG files under {resources / 'images'}")
    motions = write_motions(resources)
    print(f"wrote {len(motions)} motion files under {resources / 'images' / 'motion'}")
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
        rows: list[tuple[str, list[tuple[str, Path | bytes]]]] = []
        for e in entries(args.project):
            frames: list[tuple[str, Path | bytes]] = [(c, folder / f) for c, f in e.frames]
            frames += strip(resources / "images" / "motion" / f"{e.id}.json.gz")
            rows.append((f"{e.number}. {e.name}", frames))
        dark = sheet.with_name(f"{sheet.stem}-dark{sheet.suffix}")
        raster.contact_sheet(rows, sheet)
        raster.contact_sheet(rows, dark, background="#1e1e1e", text="#e8e8e8")
        print(f"wrote {sheet} and {dark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
