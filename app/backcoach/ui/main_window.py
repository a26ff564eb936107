"""The main window: a navigation list on the left and one screen at a time on the right.

On a first run the welcome flow fills the whole window until it is finished. The window
turns user intents from the screens into calls on ``services`` and refreshes Home.

This module holds the window itself: its state, the screens and navigation between them,
the title and the window's events. Its jobs live beside it: ``window_shell`` (the sidebar,
storage banner, keys), ``window_pages`` (each page made on first use and wired),
``window_session`` (starting and resuming a session), ``window_flows`` (welcome,
activities, check-in), ``window_refresh`` (keeping made pages current, data replaced)
and ``window_geometry`` (the remembered size and place).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcoach import APP_NAME
from backcoach.ui import (
    window_flows,
    window_geometry,
    window_pages,
    window_refresh,
    window_session,
    window_shell,
)
from backcoach.ui.window_pages import Screen

if TYPE_CHECKING:  # the screens load after the first paint (see load())
    from backcoach.context import AppContext
    from backcoach.domain.evidence import Evidence
    from backcoach.domain.routines import Routine
    from backcoach.services.reminders import ReminderService
    from backcoach.services.session_recorder import SessionRecorder
    from backcoach.ui.about.about_page import AboutPage
    from backcoach.ui.browser.browser_page import ExerciseBrowserPage
    from backcoach.ui.data.data_page import DataPage
    from backcoach.ui.help_dialog import HelpDialog
    from backcoach.ui.home.home_page import HomePage
    from backcoach.ui.onboarding.onboarding_page import OnboardingPage
    from backcoach.ui.progress.progress_page import ProgressPage
    from backcoach.ui.routines.routines_page import RoutinesPage
    from backcoach.ui.session.session_page import SessionPage
    from backcoach.ui.settings.settings_page import SettingsPage
    from backcoach.ui.settings.tray import ReminderTray
    from backcoach.ui.theme import ThemeManager
    from backcoach.ui.translation import Translations


REMINDERS_AT_THE_LATEST_MS = 3000
"""The tray and the reminders start once the window is usable, or after this at most."""

SCREENS = ("home", "routines", "exercises", "progress", "settings", "data", "about")
"""The sidebar's screens in order (Ctrl+1 ... Ctrl+7)."""


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        """The window's frame only: it can paint before the data and screens load."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.context: AppContext | None = None
        self.theme_manager: ThemeManager | None = None  # set by the application
        self.translations: Translations | None = None  # set by the application
        self._tray: ReminderTray | None = None
        self._reminders: ReminderService | None = None
        self._evidence: Evidence | None = None
        self._quitting = False
        self._startup_asked = False
        """Set once the start-up had its chance to ask for the check-in (see _offer_later)."""
        self._painted = False
        self._keys_added = False
        self.setWindowTitle(APP_NAME)
        self.screens: list[Screen] = []
        self._session_page: SessionPage | None = None
        self._help: HelpDialog | None = None
        self.onboarding: OnboardingPage | None = None
        self.function_scale: QWidget | None = None
        self._scale_return = "home"

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.storage_banner = window_shell.build_storage_banner(self)
        column.addWidget(self.storage_banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        column.addLayout(row, 1)
        row.addWidget(window_shell.build_sidebar(self, list(self._titles().values())))
        self.stack = QStackedWidget()
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.loading = QLabel(self.tr("Opening your data…"))
        self.loading.setObjectName("loading")  # centred by the style sheet
        self.stack.addWidget(self.loading)
        window_geometry.restore_geometry(self, data_dir)

    def load(self, context: AppContext) -> None:
        """Make Home (or the first run's welcome) over the opened data and show it. The
        other screens are made when first shown or asked for: making all of them took
        longer than the rest of the start (docs/decisions/008-speed.md)."""
        from backcoach.services import onboarding

        self.context = context
        makers = window_pages.makers(self)
        for key, title in self._titles().items():
            self.add_screen(key, title, makers[key])
        self.now: Callable[[], datetime] = lambda: datetime.now().astimezone()
        """Wall time: the window to carry on with a session ended early outlives a restart
        (tests replace it)."""
        self._running_routine: Routine | None = None
        self.recorder: SessionRecorder | None = None
        self.checkin_dialog = None
        self.stack.currentChanged.connect(lambda _i: QTimer.singleShot(0, self._offer_later))
        # Long names wrap at large text (see window_shell.fit_sidebar): never a sideways scroll.
        self.navigation.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        window_shell.fit_sidebar(self)
        self.help_button.clicked.connect(lambda: self.shortcuts.show_for(self))
        self.stack.currentChanged.connect(self._update_title)
        if onboarding.is_done(context):
            self.show_screen("home")
        else:
            self.start_onboarding()
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        from backcoach.ui.usable import prepare_in_background, when_usable

        # The tray icon and the reminders' timer are not needed to show the first page
        # (~3 ms of imports, Qt classes and set-up): set up once it is usable, or at once
        # if something asks for them before (closing the window, a setting changed).
        when_usable(self, self._start_reminders)
        # At the latest after a few seconds, should Home not paint by then (a window
        # minimised at once): reminders must come all the same.
        QTimer.singleShot(REMINDERS_AT_THE_LATEST_MS, self, self._start_reminders)
        when_usable(self, prepare_in_background)
        # The keys too (~1.2 ms of QKeySequence's and QShortcut's set-up at start); a key
        # pressed before Home has painted had nothing to act on yet.
        when_usable(self, self.add_keys)
        QTimer.singleShot(REMINDERS_AT_THE_LATEST_MS, self, self.add_keys)

    def add_keys(self) -> None:
        """The window's keys: F11, Ctrl+1...9 for the screens, F1 and ? for the help,
        the platform's Quit and Close. Added once (when usable; tests call it at once)."""
        if self._keys_added:
            return
        self._keys_added = True
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        for number, screen in enumerate(self.screens[:9], start=1):
            self._add_screen_key(number, screen.key)
        window_shell.add_help_keys(self, lambda: self.shortcuts)  # F1 and ?
        window_shell.add_window_keys(self)

    def _add_screen_key(self, number: int, key: str) -> None:
        from PySide6.QtGui import QKeySequence, QShortcut

        QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda: self.show_screen(key))

    def _start_reminders(self) -> None:
        from backcoach.services.reminders import ReminderService
        from backcoach.ui.settings.tray import ReminderTray

        if self._tray is not None or self.context is None:
            return
        self._tray = tray = ReminderTray(self, self.context)
        self._reminders = reminders = ReminderService(self.context, parent=self)
        reminders.due.connect(tray.remind)
        tray.open_requested.connect(lambda: window_refresh.open_from_tray(self))
        tray.quit_requested.connect(self.quit_app)
        reminders.start()

    @property
    def tray(self) -> ReminderTray | None:
        """The notification-area icon (None until the data is loaded)."""
        self._start_reminders()
        return self._tray

    @property
    def reminders(self) -> ReminderService:
        self._start_reminders()
        assert self._reminders is not None, "the window's data is not loaded yet"
        return self._reminders

    @property
    def evidence(self) -> Evidence:
        """The evidence texts (the welcome, About, the session's safety screens): read
        when first needed, not to show Home (~1.5 ms with its import)."""
        if self._evidence is None:
            from backcoach.domain.evidence import load_evidence

            assert self.context is not None
            self._evidence = load_evidence(language=self.context.language)
        return self._evidence

    def _titles(self) -> dict[str, str]:
        return {
            "home": self.tr("Home"),
            "routines": self.tr("Routines"),
            "exercises": self.tr("Exercises"),
            "progress": self.tr("Progress"),
            "settings": self.tr("Settings"),
            "data": self.tr("Your data"),
            "about": self.tr("About the evidence"),
        }

    # --- the screens' pages, made on first use ----------------------------------------
    def page(self, key: str) -> QWidget:
        """The page of screen ``key``, made now if it was not yet."""
        for screen in self.screens:
            if screen.key == key:
                return screen.widget
        raise KeyError(key)

    def built_page(self, key: str) -> QWidget | None:
        """The page of screen ``key`` if it was made (nothing to refresh otherwise: a
        page reads the data when it is made)."""
        for screen in self.screens:
            if screen.key == key:
                return screen.built_widget()
        return None

    @property
    def home(self) -> HomePage:
        return self.page("home")

    @property
    def routines(self) -> RoutinesPage:
        return self.page("routines")

    @property
    def browser(self) -> ExerciseBrowserPage:
        return self.page("exercises")

    @property
    def progress(self) -> ProgressPage:
        return self.page("progress")

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings")

    @property
    def data(self) -> DataPage:
        return self.page("data")

    @property
    def about(self) -> AboutPage:
        return self.page("about")

    @property
    def session(self) -> SessionPage:
        """The full-window session screen, made for the first session."""
        if self._session_page is None:
            self._session_page = window_pages.make_session_page(self)
        return self._session_page

    @property
    def shortcuts(self) -> HelpDialog:
        """The help (F1): made the first time it is asked for."""
        self.add_keys()  # the help lists the window's keys
        if self._help is None:
            self._help = window_pages.make_help(self)
        return self._help

    # --- screens -------------------------------------------------------------------
    def add_screen(self, key: str, title: str, page: QWidget | Callable[[], QWidget]) -> None:
        """A screen in the sidebar: its page, or what makes the page when first needed."""
        make = page if not isinstance(page, QWidget) else (lambda: page)

        def build() -> QWidget:
            widget = make()
            self.stack.addWidget(widget)
            window_pages.scale_new_page(self, widget)
            return widget

        screen = Screen(key, title, build)
        self.screens.append(screen)
        if isinstance(page, QWidget):
            screen.widget  # noqa: B018 (made now: it is in the stack at once)
        number = len(self.screens)
        item = self.navigation.item(number - 1)
        if item is None:
            item = QListWidgetItem(title)
            self.navigation.addItem(item)
        item.setText(title)
        item.setData(QtCore.Qt.ItemDataRole.UserRole, key)
        item.setToolTip(f"{title} (Ctrl+{number})")
        if number <= 9 and self._keys_added:  # else add_keys adds it with the others
            self._add_screen_key(number, key)

    def show_screen(self, key: str) -> QWidget:
        for row, screen in enumerate(self.screens):
            if screen.key == key:
                if self.navigation.currentRow() == row:
                    self._navigate(row)
                self.navigation.setCurrentRow(row)
                return screen.widget
        raise KeyError(key)

    def current_screen(self) -> str:
        current = self.stack.currentWidget()
        if current is self.onboarding:
            return "welcome"
        if current is not None and current is self._session_page:
            return "session"
        if current is not None and current is self.function_scale:
            return "activities"
        for screen in self.screens:
            if screen.built_widget() is current:
                return screen.key
        return ""

    def _navigate(self, row: int) -> None:
        if 0 <= row < len(self.screens) and self.context is not None:
            screen = self.screens[row]
            page = screen.widget  # made now if first shown; hidden until current
            # The page's values are set before it shows: on a shown page Qt lays the
            # whole window out again at once for each card shown (~2-3 ms of Home's start).
            if screen.key == "home":
                self.refresh_home()
            elif screen.key == "about":
                from backcoach.services import settings

                self.about.set_threshold(settings.get(self.context, "pain_threshold"))
            self.stack.setCurrentWidget(page)

    def quit_app(self) -> None:
        """End BackCoach, even when closing the window would keep it in the tray."""
        from PySide6.QtWidgets import QApplication

        self._quitting = True
        if self.close():
            QApplication.quit()
        else:
            self._quitting = False

    def screen_title(self) -> str:
        """The name of what the window shows now ("Progress"), "" while loading."""
        current = self.current_screen()
        if current == "welcome":
            return self.tr("Welcome")
        if current == "session":
            return self.tr("Exercise session")
        if current == "activities":
            return self.tr("Your activities")
        for screen in self.screens:
            if screen.key == current:
                return screen.title
        return ""

    def _update_title(self) -> None:
        title = self.screen_title()
        self.setWindowTitle(f"{title} — {APP_NAME}" if title else APP_NAME)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def today(self) -> date:
        """Today, for Home, the check-in and the activities (tests replace ``_today``)."""
        return _today()

    # --- the glue of the other modules (window_session, window_flows, window_refresh) --
    def start_session(self, routine: Routine, *, keep_active: bool = False) -> None:
        window_session.start_session(self, routine, keep_active=keep_active)

    def resume_just_ended(self) -> bool:
        return window_session.resume_just_ended(self)

    def resume_interrupted_session(self) -> bool:
        return window_session.resume_interrupted_session(self)

    def continue_saved_session(self, saved: dict[str, Any]) -> bool:
        return window_session.continue_saved_session(self, saved)

    def start_onboarding(self, revisit: bool = False) -> None:
        window_flows.start_onboarding(self, revisit)

    def open_function_scale(self) -> None:
        window_flows.open_function_scale(self)

    def _leave_function_scale(self) -> None:
        window_flows.leave_function_scale(self)

    def _close_function_scale(self) -> None:
        window_flows.close_function_scale(self)

    def ask_checkin_if_due(self) -> None:
        window_flows.ask_checkin_if_due(self)

    def offer_checkin_if_due(self) -> None:
        window_flows.offer_checkin_if_due(self)

    def open_checkin(self) -> None:
        window_flows.open_checkin(self)

    def refresh_home(self) -> None:
        window_refresh.refresh_home(self)

    def set_reduce_motion(self, on: bool) -> None:
        window_refresh.set_reduce_motion(self, on)

    def show_routines(self) -> None:
        window_refresh.show_routines(self)

    # --- storage problems ------------------------------------------------------------
    def show_storage_message(self, message: str, level: str) -> None:
        """Shown until closed; a later 'info' (saving works again) replaces a warning."""
        self.storage_message.setText(message)
        self.storage_banner.setVisible(True)

    # --- window state --------------------------------------------------------------
    def save_geometry(self) -> None:
        """The size and place of the window when not maximised, and whether it was."""
        window_geometry.save_geometry(self, self.data_dir)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._quitting and self.tray is not None and self.tray.keeps_running():
            # Reminders need BackCoach running: closing hides it to the tray instead.
            event.ignore()
            self.hide()
            self.tray.hid_window()
            return
        # A session left running stays resumable: every rating is already stored.
        if self._session_page is not None:
            self._session_page.stop()
        self.save_geometry()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            window_shell.fit_sidebar(self)
            # Qt hands a new font or sheet to the widgets in no set order: the list may
            # get its own after the window, so fit again once every widget has it.
            QTimer.singleShot(0, self, lambda: window_shell.fit_sidebar(self))
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self._offer_later)

    def _offer_later(self) -> None:
        # Only once the start-up has asked (or had nothing to ask): never two at once.
        if self._startup_asked:
            self.offer_checkin_if_due()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        window_shell.fit_sidebar(self)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()


def _today() -> date:
    return date.today()
