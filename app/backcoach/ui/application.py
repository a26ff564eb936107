"""Start the GUI: application, theme, error reporting, context, main window.

Also runs the two review modes: ``--smoke-test`` (open and render every screen, exit
non-zero on any error) and ``--screenshots DIR`` (a PNG of every screen, light and dark).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from backcoach import APP_NAME, SCREENSHOT_SIZE, __version__
from backcoach.paths import log_file
from backcoach.services.single_instance import SingleInstance
from backcoach.ui.display import EXIT_NO_DISPLAY, display_problem, exit_2_if_unreachable
from backcoach.ui.error_reporting import ErrorReporter
from backcoach.ui.main_window import MainWindow
from backcoach.ui.theme import (
    FUSION_ARGUMENTS,
    FUSION_CHOSEN,
    ThemeManager,
    app_icon,
    load_appearance,
)
from backcoach.ui.translation import Translations, remembered_choice
from backcoach.ui.usable import when_usable

if TYPE_CHECKING:
    from backcoach.services.app_data import DataStore, OpenResult, StorageNotice

# Only what the first paint needs is imported above: the data layer, the catalogue and
# the screens load right after the window has painted (see docs/decisions/001).

log = logging.getLogger(__name__)

# Benchmarks set this to time process start -> first paint, then the app quits.
FIRST_PAINT_ENV = "BACKCOACH_EXIT_AFTER_FIRST_PAINT"
PROBE_ENV = "BACKCOACH_JOURNEY_PROBE"  # ui/journey_probe.PROBE_ENV, read without its import


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # Fusion named on Qt's command line rather than set by ThemeManager: setStyle()
        # hands the style back, and wrapping it makes PySide6 build the QStyle class and
        # its enums (~6 ms before the first paint, docs/decisions/008-speed.md).
        app = QApplication([*(argv or [sys.argv[0]]), *FUSION_ARGUMENTS])
        app.setProperty(FUSION_CHOSEN, True)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QCoreApplication.setOrganizationName(APP_NAME)
    QApplication.setDesktopFileName("io.github.backcoach.BackCoach")
    app.setWindowIcon(app_icon())
    return app


class _NoticeRelay(QObject):
    """Carries storage notices from the writer thread to the UI thread (queued signal)."""

    notice = Signal(object)
    replaced = Signal()
    """The whole data file, read after a quick start, was damaged and recovered."""


def load_window(window: MainWindow, store: DataStore) -> None:
    """Give the window its data: the catalogue, the store, and then every screen."""
    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue

    language = _settle_language(window, store)
    window.load(
        AppContext(
            data_dir=window.data_dir,
            catalogue=load_catalogue(language=language),
            store=store,
            language=language,
        )
    )


def _settle_language(window: MainWindow, store: DataStore) -> str:
    """The language of this run, from the stored setting (the source of truth).

    The translators were installed before the first paint from the copy remembered beside
    the data; when the setting says otherwise (data copied from another computer, a first
    start), the copy is updated and the translators follow before the screens are built.
    Without translators (tests building a window) the content still follows the setting.
    """
    from backcoach.services import settings as user_settings
    from backcoach.ui import translation

    choice = user_settings.get(store, "language")
    translations = window.translations
    if translations is None:
        return translation.resolve(choice)
    if translations.override is not None:  # --language: this run only
        return translations.apply(translations.override)
    if choice != translation.remembered_choice(window.data_dir):
        translation.remember_choice(window.data_dir, choice)
    return translations.apply(choice)


def build_main_window(data_dir: Path, store: DataStore | None = None) -> MainWindow:
    """A loaded window over ``data_dir`` (tests); opens the store unless one is given."""
    from backcoach.services.app_data import open_data

    data_dir.mkdir(parents=True, exist_ok=True)
    if store is None:
        store = open_data(data_dir).store
    window = MainWindow(data_dir)
    load_window(window, store)
    window.add_keys()  # tests press keys at once; a start adds them once usable
    return window


def _show_notices(window: MainWindow, notices: list[StorageNotice], interactive: bool) -> None:
    for notice in notices:
        log.warning("storage: %s %s", notice.code, notice.detail)
        if not interactive:
            print(f"notice: {notice.message}")
            continue
        # Imported when there is a notice: at module level PySide6 would build QMessageBox
        # and its enums at every start (~1.5 ms before the first paint).
        from PySide6.QtWidgets import QMessageBox

        icon = {
            "info": QMessageBox.Icon.Information,
            "warning": QMessageBox.Icon.Warning,
        }.get(notice.level, QMessageBox.Icon.Critical)
        from backcoach.services.storage_words import notice_text

        text = notice_text(notice)  # in the language in use (the message is English)
        QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, window).exec()


def run_gui(options: argparse.Namespace) -> int:
    review_mode = options.smoke_test or options.screenshots is not None
    if review_mode and not os.environ.get("QT_QPA_PLATFORM") and not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    problem = None if review_mode else display_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        log.info("no display: %s", problem.splitlines()[0])
        return EXIT_NO_DISPLAY
    if options.screenshots is not None:
        # Screenshots drive a sample session: work on a throw-away copy of the data.
        options.data_dir = _scratch_copy(options.data_dir)
    with exit_2_if_unreachable(lambda text: print(text, file=sys.stderr)):
        app = create_application()
    reporter = ErrorReporter(log_file(), interactive=not review_mode)
    reporter.install()
    # The theme and text size remembered beside the data, so the first paint uses them.
    remembered_theme, remembered_scale = load_appearance(options.data_dir)
    theme = ThemeManager(app, options.theme or remembered_theme, text_scale=remembered_scale)
    # The language too (its .qm files and Qt's own), before any window text is made.
    translations = Translations(app)
    translations.override = getattr(options, "language", None)
    translations.apply(translations.override or remembered_choice(options.data_dir))

    instance = SingleInstance(options.data_dir)
    # Listening (QtNetwork) starts after the first paint; the lock is taken now.
    if not instance.try_acquire(listen=False):
        log.info("BackCoach already runs on %s; asked it to come forward", options.data_dir)
        if review_mode:
            print("BackCoach is already running on this data folder.", file=sys.stderr)
            return 1
        return 0

    window = MainWindow(options.data_dir)
    window.theme_manager = theme
    window.translations = translations
    instance.raise_requested.connect(lambda: _bring_to_front(window))
    if review_mode:
        gc.enable()  # a tour makes and drops whole screens: collect as usual
        instance.listen()
        opened = _open_data(window, app, theme_override=options.theme)
        if opened is None:
            return 1
        _show_notices(window, opened.notices, interactive=False)
        scale = getattr(options, "text_scale", None)
        if scale is not None and scale != theme.text_scale:
            theme.set_text_scale(scale)
        size = getattr(options, "screenshot_size", None) or SCREENSHOT_SIZE
        try:
            if options.screenshots is not None:
                return _take_screenshots(app, window, theme, options.screenshots, reporter, size)
            return _smoke_test(app, window, reporter, size)
        finally:
            opened.store.close()
            instance.release()
            reporter.uninstall()

    if os.environ.get(PROBE_ENV):  # the journey tests only: its import costs ~4 ms
        from backcoach.ui.journey_probe import install_if_asked

        install_if_asked(window)
    if os.environ.get(FIRST_PAINT_ENV):
        window.first_painted.connect(lambda: print(f"first-paint {time.time():.6f}", flush=True))
    state: dict[str, object] = {}

    def open_after_first_paint() -> None:
        theme.follow_system()
        opened = _open_data(window, app, interactive=True, theme_override=options.theme)
        if opened is None:
            app.exit(1)
            return
        # QtNetwork's import and the socket wait until the window is usable; so does the
        # cycle collector (cli.main paused it for the start).
        when_usable(window, instance.listen)
        when_usable(window, gc.enable)
        state["store"] = opened.store
        if os.environ.get(FIRST_PAINT_ENV):
            print(f"ready {time.time():.6f}", flush=True)
            when_usable(window, lambda: _usable_then_quit(app))
            return
        _show_notices(window, opened.notices, interactive=True)
        if not window.resume_interrupted_session():
            window.ask_checkin_if_due()

    window.first_painted.connect(lambda: QTimer.singleShot(0, open_after_first_paint))
    window.show()
    code = app.exec()
    store = state.get("store")
    if store is not None:
        store.close()
    instance.release()
    reporter.uninstall()
    return code


def _usable_then_quit(app: QApplication) -> None:
    print(f"usable {time.time():.6f}", flush=True)
    app.quit()


def _open_data(
    window: MainWindow,
    app: QApplication,
    interactive: bool = False,
    theme_override: str | None = None,
) -> OpenResult | None:
    """Open the store and load the window; None (after telling the user) if impossible."""
    from backcoach.domain.catalog import CatalogueError
    from backcoach.services.app_data import CANNOT_OPEN, open_data
    from backcoach.ui import window_refresh

    try:
        opened = open_data(window.data_dir)
    except CANNOT_OPEN as error:
        _cannot_start(error, interactive)
        return None
    try:
        load_window(window, opened.store)
    except (CatalogueError, OSError) as error:
        opened.store.close()
        _cannot_start(error, interactive)
        return None
    _apply_settings(window, theme_override)
    app.aboutToQuit.connect(opened.store.close)
    relay = _NoticeRelay(window)
    relay.notice.connect(lambda n: _show_storage_notice(window, n))
    opened.store.add_listener(relay.notice.emit)
    relay.replaced.connect(lambda: window_refresh.data_replaced(window))
    opened.store.on_data_replaced(relay.replaced.emit)
    # A returning user's Home showed from recent history: the rest is read now, on a
    # worker thread (docs/decisions/008-speed.md, "the start cache").
    when_usable(window, opened.store.load_rest)
    return opened


def _show_storage_notice(window: MainWindow, notice: StorageNotice) -> None:
    # Imported when there is something to say, not at every start (~5-15 ms of imports).
    from backcoach.services.storage_words import notice_text

    window.show_storage_message(notice_text(notice), notice.level)


def _apply_settings(window: MainWindow, theme_override: str | None) -> None:
    """The stored settings win over what was remembered for the first paint."""
    from backcoach.services import settings as user_settings

    chosen = user_settings.load(window.context)
    window.set_reduce_motion(chosen.reduce_motion)
    if window.theme_manager is not None:
        window.theme_manager.set_appearance(theme_override or chosen.theme, chosen.text_scale)


def _scratch_copy(data_dir: Path) -> Path:
    import shutil
    import tempfile

    scratch = Path(tempfile.mkdtemp(prefix="backcoach-screenshots-"))
    if data_dir.is_dir():
        shutil.copytree(
            data_dir, scratch, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.lock")
        )
    return scratch


def _bring_to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def _cannot_start(error: Exception, interactive: bool) -> None:
    log.error("cannot start: %s", error)
    if not interactive:
        print(f"BackCoach cannot start: {error}", file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox  # only now: see _show_notices

    from backcoach.services.storage_words import start_error_text

    text, details = start_error_text(error)
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME, text)
    if details:
        # Technical words (the system's, or which field of which file): in English, for
        # whoever helps; out of the way behind "Show Details...".
        box.setDetailedText(details)
    box.exec()


def _review_size(window: MainWindow, size: tuple[int, int]) -> None:
    """Exactly this size, even below the window's everyday minimum (a small screen)."""
    window.setMinimumSize(min(size[0], window.minimumWidth()), min(size[1], window.minimumHeight()))
    window.resize(*size)


def _smoke_test(
    app: QApplication,
    window: MainWindow,
    reporter: ErrorReporter,
    size: tuple[int, int] = SCREENSHOT_SIZE,
) -> int:
    _review_size(window, size)
    window.show()
    from backcoach.ui.review import render_window, review_tour

    for name in review_tour(window):
        image = render_window(window)
        if image.isNull() or window.stack.currentWidget() is None:
            reporter.failures.append(f"screen {name!r} did not render")
        else:
            print(f"smoke-test: {name} rendered {image.width()}x{image.height()}")
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
    size: tuple[int, int] = SCREENSHOT_SIZE,
) -> int:
    from backcoach.ui.review import render_window, review_tour

    folder.mkdir(parents=True, exist_ok=True)
    _review_size(window, size)
    window.show()
    first_run = window.onboarding is not None
    for theme_name in ("light", "dark"):
        theme.apply(theme_name)
        if first_run and window.onboarding is None:
            window.start_onboarding()  # the welcome steps in the dark theme too
        for name in review_tour(window):
            suffix = "" if theme_name == "light" else "-dark"
            target = folder / f"{name}{suffix}.png"
            if not render_window(window).save(str(target)):
                reporter.failures.append(f"could not write {target}")
            else:
                print(f"screenshot: {target}")
    window.close()
    return 1 if reporter.failures else 0
