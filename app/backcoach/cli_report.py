"""``backcoach report``: the clinician's PDF report, without opening a window.

    backcoach report --output FILE.pdf [--from DATE] [--to DATE] [--page-size A4|Letter]

Dates are YYYY-MM-DD; the default period is the last four weeks up to today. Like
export and import, it refuses a data folder a running BackCoach holds.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01"
        ) from None


def add_subcommand(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = subparsers.add_parser(
        "report",
        parents=[common],
        help="write a PDF report for your physiotherapist",
        description="Write a PDF report of a period: sessions, minutes, the pain trend, "
        "what helps, flares, check-ins, other activities and the current routine.",
    )
    report.add_argument("--output", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument(
        "--from", dest="start", type=_day, metavar="DATE", help="first day (default: 4 weeks ago)"
    )
    report.add_argument(
        "--to", dest="end", type=_day, metavar="DATE", help="last day (default: today)"
    )
    report.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    report.set_defaults(command=run_report)


def _gui_application():
    """Fonts need a QGuiApplication; without a display, Qt's offscreen platform serves."""
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def run_report(options: argparse.Namespace) -> int:
    from datetime import timedelta

    from backcoach.cli_data import _open_store
    from backcoach.services.report import DEFAULT_DAYS

    end = options.end or date.today()
    start = options.start or end - timedelta(days=DEFAULT_DAYS - 1)
    if end < start:
        print("The --to date is before the --from date.", file=sys.stderr)
        return 2
    output: Path = options.output
    if output.suffix.lower() != ".pdf":
        output = output.with_name(output.name + ".pdf")
    app = _gui_application()  # noqa: F841 (kept alive while the report is drawn)

    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue
    from backcoach.services.report import write_report

    store, lock = _open_store(options.data_dir)
    try:
        context = AppContext(data_dir=options.data_dir, catalogue=load_catalogue(), store=store)
        write_report(context, output, start, end, page_size=options.page_size)
    except OSError as error:
        print(f"Could not write {output}: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        store.close()
        lock.unlock()
    print(f"Wrote the report for {start.isoformat()} to {end.isoformat()} to {output}")
    return 0
