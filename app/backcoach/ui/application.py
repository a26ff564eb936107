"""Start the GUI: application, theme, error reporting, context, main window.

Also runs the two review modes: ``--smoke-test`` (open and render every screen, exit
non-zero on any error) and ``--screenshots DIR`` (a PNG of every screen, light and dark).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from backcoach import APP_NAME, __version__
from backcoach.context import AppContext
from backcoach.domain.catalog import CatalogueError, load_catalogue
from backcoach.paths import log_file
from backcoach.ui.error_reporting import ErrorReporter
from backcoach.ui.images import app_icon
from backcoach.ui.main_window import MainWindow
from backcoach.ui.theme import ThemeManager

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1280, 800)
# Benchmarks set this to time process start -> first paint, then the app quits.
FIRST_PAINT_ENV = "BACKCOACH_EXIT_AFTER_FIRST_PAINT"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName(APP_NAME)
    QApplication.setDesktopFileName("io.github.backcoach.BackCoach")
    app.setWindowIcon(app_icon())
    return app


def build_main_window(data_dir: Path) -> MainWindow:
    data_dir.mkdir(parents=True, exist_ok=True)
    context = AppContext(data_dir=data_dir, catalogue=load_catalogue())
    return MainWindow(context)


def run_gui(options: argparse.Namespace) -> int:
    review_mode = options.smoke_test or options.screenshots is not None
    if review_mode and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = create_application()
    reporter = ErrorReporter(log_file(), interactive=not review_mode)
    reporter.install()
    theme = ThemeManager(app, options.theme or "system")

    try:
        window = build_main_window(options.data_dir)
    except (CatalogueError, OSError) as error:
        log.error("cannot start: %s", error)
        if review_mode:
            print(f"BackCoach cannot start: {error}", file=sys.stderr)
        else:
            QMessageBox.critical(
                None,
                APP_NAME,
                QApplication.translate(
                    "Startup", "BackCoach cannot start because a file it needs is damaged."
                )
                + f"\n\n{error}",
            )
        return 1

    if options.screenshots is not None:
        return _take_screenshots(app, window, theme, options.screenshots, reporter)
    if options.smoke_test:
        return _smoke_test(app, window, reporter)

    if os.environ.get(FIRST_PAINT_ENV):
        window.first_painted.connect(lambda: _report_first_paint(app))
    window.show()
    code = app.exec()
    reporter.uninstall()
    return code


def _report_first_paint(app: QApplication) -> None:
    print(f"first-paint {time.time():.6f}", flush=True)
    QTimer.singleShot(0, app.quit)


def _render(window: MainWindow) -> QImage:
    QApplication.processEvents()
    return window.grab().toImage()


def _smoke_test(app: QApplication, window: MainWindow, reporter: ErrorReporter) -> int:
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for screen in window.screens:
        widget = window.show_screen(screen.key)
        image = _render(window)
        if image.isNull() or not widget.isVisible():
            reporter.failures.append(f"screen {screen.key!r} did not render")
        else:
            print(f"smoke-test: {screen.key} rendered {image.width()}x{image.height()}")
    window.close()
    app.processEvents()
    if reporter.failures:
        for failure in reporter.failures:
            print(f"smoke-test FAILED: {failure}", file=sys.stderr)
        return 1
    print("smoke-test: ok")
    return 0


def _take_screenshots(
    app: QApplication,
    window: MainWindow,
    theme: ThemeManager,
    folder: Path,
    reporter: ErrorReporter,
) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    for theme_name in ("light", "dark"):
        theme.apply(theme_name)
        for screen in window.screens:
            window.show_screen(screen.key)
            suffix = "" if theme_name == "light" else "-dark"
            target = folder / f"{screen.key}{suffix}.png"
            if not _render(window).save(str(target)):
                reporter.failures.append(f"could not write {target}")
            else:
                print(f"screenshot: {target}")
    window.close()
    return 1 if reporter.failures else 0
