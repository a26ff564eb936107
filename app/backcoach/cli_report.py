"""``backcoach report``: the clinician's PDF report, without opening a window.

    backcoach report --output FILE.pdf [--from DATE] [--to DATE] [--page-size A4|Letter]
                     [--language system|en|fr|es]

Dates are YYYY-MM-DD. ``--range`` picks one of Progress's periods ending on ``--to`` (or
today): week (7 days), month (30, the default), 3-months (91), year (365) or all.
``--language`` writes it in a language other than the app's setting (the default: the
language the app is set to, with its "Write the report in English" choice). Like export
and import, it refuses a data folder a running BackCoach holds.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backcoach.storage import Store

RANGES = {"week": "week", "month": "month", "3-months": "3 months", "year": "year", "all": "all"}
"""Command-line spellings of ``domain.progress.Range`` (no space in "3-months")."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01"
        ) from None


def add_subcommand(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    report = subparsers.add_parser(
        "report",
        parents=[common],
        help="write a PDF report for your physiotherapist",
        description="Write a PDF report of a period: sessions, minutes, the pain trend, "
        "what helps, flares, check-ins, other activities and the current routine.",
    )
    report.add_argument("--output", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument(
        "--from", dest="start", type=_day, metavar="DATE", help="first day (default: --range)"
    )
    report.add_argument(
        "--range",
        dest="range_",
        choices=list(RANGES),
        default="month",
        help="the period, as on the Progress screen (default: month, the last 30 days)",
    )
    report.add_argument(
        "--to", dest="end", type=_day, metavar="DATE", help="last day (default: today)"
    )
    report.add_argument("--page-size", choices=["A4", "Letter"], default="A4")
    report.add_argument(
        "--language",
        choices=["system", "en", "fr", "es"],
        help="the report's language (default: the app's language setting)",
    )
    report.set_defaults(command=run_report)


def _gui_application() -> object:
    """Fonts need a QGuiApplication; without a display, Qt's offscreen platform serves."""
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def _first_day(store: Store) -> date | None:
    from backcoach.domain.daily_goal import session_local_day

    days = [session_local_day(s) for s in store.sessions.all()[:1]]
    days += [a.day for a in store.activities.all()[:1]]
    days += [c.day for c in store.checkins.all()[:1]]
    return min(days) if days else None


def run_report(options: argparse.Namespace) -> int:
    from backcoach.cli_data import _open_store
    from backcoach.domain.progress import Range, range_bounds

    end = options.end or date.today()
    range_ = Range(RANGES[getattr(options, "range_", "month") or "month"])
    start = options.start
    if start is None and range_ is not Range.ALL:
        start = range_bounds(range_, end)[0]
    if start is not None and end < start:
        print("The --to date is before the --from date.", file=sys.stderr)
        return 2
    output: Path = options.output
    if output.suffix.lower() != ".pdf":
        output = output.with_name(output.name + ".pdf")
    app = _gui_application()  # kept alive while the report is drawn

    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue
    from backcoach.services import settings
    from backcoach.services.report import write_report
    from backcoach.ui.translation import Translations

    store, lock = _open_store(options.data_dir)
    translations = Translations(app)  # type: ignore[arg-type]
    try:
        choice = getattr(options, "language", None)
        language = translations.apply(choice or settings.get(store, "language"))
        context = AppContext(
            data_dir=options.data_dir,
            catalogue=load_catalogue(language=language),
            store=store,
            language=language,
        )
        if start is None:  # "all": from the first day with a record, as Progress shows it
            start = range_bounds(range_, end, _first_day(store))[0]
        # An explicit --language is the language asked for; otherwise as the app would.
        english = (language == "en") if choice else None
        write_report(context, output, start, end, page_size=options.page_size, english=english)
    except OSError as error:
        print(f"Could not write {output}: {error.strerror or error}", file=sys.stderr)
        return 1
    finally:
        store.close()
        lock.unlock()
    print(f"Wrote the report for {start.isoformat()} to {end.isoformat()} to {output}")
    return 0
