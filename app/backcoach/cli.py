"""Command line: parse arguments, then start the GUI or run a subcommand.

Qt is imported only once we know the GUI is wanted, so ``--version`` and the data
subcommands stay quick and work without a display.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from backcoach import APP_NAME, SCREENSHOT_SIZE, __version__
from backcoach.domain.language import CHOICES


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="folder for your data (default: BACKCOACH_DATA_DIR, else the platform's data folder)",
    )
    common.add_argument("--verbose", action="store_true", default=argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="backcoach",
        description=f"{APP_NAME}: guided home exercise for low back pain.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, open and render every screen, then exit (non-zero on any error)",
    )
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        type=Path,
        help="write a PNG of every screen (light and dark) into DIR, then exit",
    )
    parser.add_argument(
        "--screenshot-size",
        metavar="WxH",
        type=_window_size,
        default=SCREENSHOT_SIZE,
        help="window size for --screenshots and --smoke-test "
        f"(default: {SCREENSHOT_SIZE[0]}x{SCREENSHOT_SIZE[1]})",
    )
    parser.add_argument(
        "--text-scale",
        metavar="PERCENT",
        type=_text_scale,
        default=None,
        help="text size for this run, 100 to 200 (default: the one chosen in Settings)",
    )
    parser.add_argument(
        "--theme",
        choices=["system", "light", "dark"],
        default=None,
        help="colour theme for this run (default: follow the system)",
    )
    parser.add_argument(
        "--language",
        choices=list(CHOICES),
        default=None,
        help="language for this run: system (follow the computer), en, fr or es "
        "(default: the one chosen in Settings)",
    )
    from backcoach.cli_data import add_subcommands
    from backcoach.cli_report import add_subcommand as add_report_subcommand

    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    add_subcommands(subparsers, common)
    add_report_subcommand(subparsers, common)
    return parser


def window_start_options(argv: list[str]) -> argparse.Namespace | None:
    """What ``build_parser()`` makes of a plain window start, without building it: no
    argument (the desktop's launcher) or only ``--data-dir DIR`` (a login item for another
    folder, the benchmarks). Building and running the parser cost ~5 ms of every start's
    time to the first paint (docs/decisions/008-speed.md, "17c"). None for anything else,
    which the parser reads (tests/test_cli.py checks both agree)."""
    if not argv:
        folder = None
    elif len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        folder = argv[1]
    elif len(argv) == 1 and argv[0].startswith("--data-dir="):
        folder = argv[0].removeprefix("--data-dir=")
    else:
        return None
    options = argparse.Namespace(
        smoke_test=False,
        screenshots=None,
        screenshot_size=SCREENSHOT_SIZE,
        text_scale=None,
        theme=None,
        language=None,
    )
    if folder is not None:
        options.data_dir = folder
    return options


def _window_size(text: str) -> tuple[int, int]:
    """'1024x600' -> (1024, 600)."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a size like 1366x768")
    size = (int(width), int(height))
    if min(size) < 200 or max(size) > 8000:
        raise argparse.ArgumentTypeError(f"{text!r} is not a window size a screen has")
    return size


def _text_scale(text: str) -> float:
    """'150' or '150%' -> 1.5."""
    try:
        percent = float(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage like 150") from None
    if not 100 <= percent <= 200:
        raise argparse.ArgumentTypeError("the text size goes from 100 to 200 (percent)")
    return percent / 100


def main(argv: list[str]) -> int:
    options = window_start_options(argv)
    if options is None:
        options = build_parser().parse_args(argv)

    from backcoach.logs import setup_logging

    setup_logging(getattr(options, "verbose", False))

    from backcoach.paths import resolve_data_dir

    options.data_dir = resolve_data_dir(getattr(options, "data_dir", None))
    command = getattr(options, "command", None)
    if command is not None:
        status: int = command(options)
        return status

    # Until the window is usable, Python's cycle collector would walk the start's new
    # objects some 80 times (10-20 ms of the start, docs/decisions/008-speed.md) looking
    # for garbage cycles a start does not make; the window turns it back on once usable,
    # and so does any way out of here.
    gc.disable()
    try:
        from backcoach.ui.application import run_gui

        return run_gui(options)
    finally:
        gc.enable()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
