"""The main window: a navigation list on the left and one screen at a time on the right.

On a first run the welcome flow fills the whole window until it is finished. The window
turns user intents from the screens into calls on ``services`` and refreshes Home.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QSettings, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcoach import APP_NAME

if TYPE_CHECKING:  # the screens load after the first paint (see load())
    from backcoach.context import AppContext
    from backcoach.domain.progression import Suggestion
    from backcoach.domain.routines import Routine
    from backcoach.domain.session import SessionEngine, SessionSummaryData
    from backcoach.services.session_recorder import SessionRecorder
    from backcoach.ui.about.about_page import AboutPage
    from backcoach.ui.browser.browser_page import ExerciseBrowserPage
    from backcoach.ui.data.data_page import DataPage
    from backcoach.ui.help_dialog import HelpDialog
    from backcoach.ui.home.home_page import HomePage
    from backcoach.ui.onboarding.onboarding_page import OnboardingPage, OnboardingResult
    from backcoach.ui.progress.progress_page import ProgressPage
    from backcoach.ui.routines.routines_page import RoutinesPage
    from backcoach.ui.session.session_page import SessionPage
    from backcoach.ui.settings.settings_page import SettingsPage
    from backcoach.ui.theme import ThemeManager
    from backcoach.ui.translation import Translations
    from backcoach.ui.window_placement import Rect


class Screen:
    """A screen of the sidebar. Its page is made the first time it is needed (shown, or
    asked for), so the window is usable as soon as Home or the welcome has painted."""

    def __init__(self, key: str, title: str, make: Callable[[], QWidget]) -> None:
        self.key = key
        self.title = title
        self._make = make
        self._widget: QWidget | None = None

    @property
    def built(self) -> bool:
        return self._widget is not None

    @property
    def widget(self) -> QWidget:
        if self._widget is None:
            self._widget = self._make()
        return self._widget

    def built_widget(self) -> QWidget | None:
        """The page if it was made, without making it."""
        return self._widget


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
        self.tray = None
        self._quitting = False
        self._startup_asked = False
        """Set once the start-up had its chance to ask for the check-in (see _offer_later)."""
        self._painted = False
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
        self.storage_banner = self._build_storage_banner()
        column.addWidget(self.storage_banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        column.addLayout(row, 1)
        # Before the first paint no QtCore.Qt.* enum is touched: creating the Qt namespace's
        # enums costs ~20 ms here (a QFrame paints its style-sheet background anyway).
        self.sidebar = QFrame()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(232)
        side_layout = QVBoxLayout(self.sidebar)
        side_layout.setContentsMargins(0, 16, 0, 0)
        side_layout.setSpacing(0)
        title = QLabel(APP_NAME)
        title.setObjectName("appTitle")
        self.app_title = title
        side_layout.addWidget(title)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setAccessibleDescription(self.tr("Ctrl and a number also opens a screen"))
        side_layout.addWidget(self.navigation)
        # The screens' names are there at the first paint (the real layout, not an empty
        # frame); each screen's page is made when it is first needed (see load()).
        for title in self._titles().values():
            self.navigation.addItem(QListWidgetItem(title))
        # Help and Quit where a user looks for them (F1 and Ctrl+Q do the same).
        self.help_button = QPushButton(self.tr("Help"))
        self.help_button.setObjectName("sidebarButton")
        self.help_button.setToolTip(self.tr("How BackCoach works, and its keys (F1)"))
        self.quit_button = QPushButton(self.tr("Quit"))
        self.quit_button.setObjectName("sidebarButton")
        self.quit_button.setAccessibleName(self.tr("Quit BackCoach"))
        self.quit_button.setToolTip(self.tr("Close BackCoach (Ctrl+Q)"))
        self.quit_button.clicked.connect(self.quit_app)
        for button in (self.help_button, self.quit_button):
            side_layout.addWidget(button)
        side_layout.addSpacing(12)
        self.stack = QStackedWidget()
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._navigate)
        self.loading = QLabel(self.tr("Opening your data…"))
        self.loading.setObjectName("loading")  # centred by the style sheet
        self.stack.addWidget(self.loading)
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        self._restore_geometry()

    def load(self, context: AppContext) -> None:
        """Make Home (or the first run's welcome) over the opened data and show it. The
        other screens are made when first shown or asked for: making all of them took
        longer than the rest of the start (docs/decisions/008-speed.md)."""
        from backcoach.domain.evidence import load_evidence
        from backcoach.services import onboarding
        from backcoach.services.reminders import ReminderService
        from backcoach.ui.help_dialog import add_help_keys
        from backcoach.ui.settings.tray import ReminderTray

        self.context = context
        self.evidence = load_evidence(language=context.language)
        makers: dict[str, Callable[[], QWidget]] = {
            "home": self._make_home,
            "routines": self._make_routines,
            "exercises": self._make_browser,
            "progress": self._make_progress,
            "settings": self._make_settings,
            "data": self._make_data,
            "about": self._make_about,
        }
        for key, title in self._titles().items():
            self.add_screen(key, title, makers[key])
        self.now: Callable[[], datetime] = lambda: datetime.now().astimezone()
        """Wall time: the window to carry on with a session ended early outlives a restart
        (tests replace it)."""
        self._running_routine: Routine | None = None
        self.recorder: SessionRecorder | None = None
        self.checkin_dialog = None
        self.stack.currentChanged.connect(lambda _i: QTimer.singleShot(0, self._offer_later))
        # Long names wrap at large text (see _fit_sidebar): never a sideways scroll.
        self.navigation.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_sidebar()
        add_help_keys(self, lambda: self.shortcuts)  # F1 and ?
        self.help_button.clicked.connect(lambda: self.shortcuts.show_for(self))
        self._add_window_keys()
        self.stack.currentChanged.connect(self._update_title)
        self.tray = ReminderTray(self, context)
        self.reminders = ReminderService(context, parent=self)
        self.reminders.due.connect(self.tray.remind)
        self.tray.open_requested.connect(self._open_from_tray)
        self.tray.quit_requested.connect(self._quit_from_tray)
        self.reminders.start()
        if onboarding.is_done(context):
            self.show_screen("home")
        else:
            self.start_onboarding()
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        from backcoach.ui.usable import prepare_in_background, when_usable

        when_usable(self, prepare_in_background)

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
            from backcoach.ui.session.session_page import SessionPage

            page = SessionPage(self.evidence)
            page.finished.connect(self._session_finished)
            page.full_screen_requested.connect(self.toggle_full_screen)
            page.resume_requested.connect(self._resume_from_summary)
            page.can_resume = self._can_carry_on
            self.stack.addWidget(page)
            self._scale_new_page(page)
            self._session_page = page
        return self._session_page

    @property
    def shortcuts(self) -> HelpDialog:
        """The help (F1): made the first time it is asked for."""
        if self._help is None:
            from backcoach.ui.help_dialog import HelpDialog

            self._help = HelpDialog(self)
            self._scale_new_page(self._help)
        return self._help

    def _scale_new_page(self, page: QWidget) -> None:
        """A page made after the text size was set (pages are made when first needed):
        the sizes it gives its own labels (the session's timer and texts) follow the
        text size too, as they would had it been made at start."""
        theme = self.theme_manager
        if theme is not None and theme.text_scale != 1.0:
            theme.scale_own_fonts([page, *page.findChildren(QWidget)])

    def _make_home(self) -> HomePage:
        from backcoach.ui.home.home_page import HomePage

        home = HomePage(self.context.catalogue)
        home.about_requested.connect(lambda: self.show_screen("about"))
        home.routines_requested.connect(self.show_routines)
        home.start_requested.connect(self.start_session)
        home.lighter_requested.connect(lambda r: self.start_session(r, keep_active=True))
        home.direction_check_requested.connect(lambda: self.start_onboarding(revisit=True))
        home.care_notice_dismissed.connect(self._dismiss_care_notice)
        home.suggestion_accepted.connect(self._accept_suggestion)
        home.suggestion_declined.connect(self._decline_suggestion)
        home.resume_requested.connect(self.resume_just_ended)
        home.activities_requested.connect(self.open_function_scale)
        home.activities_snoozed.connect(self._function_scale_skipped)
        home.checkin_requested.connect(self.open_checkin)
        return home

    def _make_about(self) -> AboutPage:
        from backcoach.ui.about.about_page import AboutPage

        return AboutPage(self.evidence)

    def _make_routines(self) -> RoutinesPage:
        from backcoach.ui.routines.routines_page import RoutinesPage

        page = RoutinesPage(self.context)
        page.routines_changed.connect(self.refresh_home)
        page.start_requested.connect(self.start_session)
        return page

    def _make_browser(self) -> ExerciseBrowserPage:
        from backcoach.ui.browser.browser_page import ExerciseBrowserPage

        page = ExerciseBrowserPage(self.context)
        detail = page.detail
        detail.set_routine_choices(lambda: [(r.id, r.name) for r in self.routines.own_routines()])
        detail.add_to_routine_requested.connect(self._add_to_routine)
        detail.set_reduce_motion(self.context.reduce_motion)
        return page

    def _make_progress(self) -> ProgressPage:
        from backcoach.ui.progress.progress_page import ProgressPage

        page = ProgressPage(self.context)
        page.activity_logged.connect(self.refresh_home)
        page.activities_requested.connect(self.open_function_scale)
        return page

    def _make_settings(self) -> SettingsPage:
        from backcoach.ui.settings.settings_page import SettingsPage

        page = SettingsPage(self.context, self.theme_manager)
        page.settings_changed.connect(self._setting_changed)
        page.data_screen_requested.connect(lambda: self.show_screen("data"))
        return page

    def _make_data(self) -> DataPage:
        from backcoach.ui.data.data_page import DataPage

        page = DataPage(self.context)
        page.data_replaced.connect(self._data_replaced)
        return page

    def _refresh_progress(self) -> None:
        progress = self.built_page("progress")
        if progress is not None:
            progress.refresh()

    def set_reduce_motion(self, on: bool) -> None:
        self.context.reduce_motion = on
        browser = self.built_page("exercises")
        if browser is not None:
            browser.detail.set_reduce_motion(on)

    # --- screens -------------------------------------------------------------------
    def add_screen(self, key: str, title: str, page: QWidget | Callable[[], QWidget]) -> None:
        """A screen in the sidebar: its page, or what makes the page when first needed."""
        make = page if not isinstance(page, QWidget) else (lambda: page)

        def build() -> QWidget:
            widget = make()
            self.stack.addWidget(widget)
            self._scale_new_page(widget)
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
        if number <= 9:
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda: self.show_screen(key))

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
            self.stack.setCurrentWidget(screen.widget)
            if screen.key == "home":
                self.refresh_home()
            elif screen.key == "about":
                from backcoach.services import settings

                self.about.set_threshold(settings.get(self.context, "pain_threshold"))

    def _add_window_keys(self) -> None:
        """Quit (Ctrl+Q) and close the window (Ctrl+W), as the platform names them."""
        for standard, fallback, action in (
            (QKeySequence.StandardKey.Quit, "Ctrl+Q", self.quit_app),
            (QKeySequence.StandardKey.Close, "Ctrl+W", self.close),
        ):
            # Windows has no standard Quit key: Ctrl+Q is added everywhere. Keyboards'
            # own Close key (no modifier) is left to the system.
            keys = [k for k in QKeySequence.keyBindings(standard) if "+" in k.toString()]
            if not any(key.matches(QKeySequence(fallback)) for key in keys):
                keys.append(QKeySequence(fallback))
            for key in keys:
                QShortcut(key, self, action)

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

    # --- first run and "where to start" ----------------------------------------------
    def start_onboarding(self, revisit: bool = False) -> None:
        from backcoach.services import onboarding, routines
        from backcoach.ui.onboarding.onboarding_page import OnboardingPage

        plan_list = routines.starter_plans(self.context)
        page = OnboardingPage(
            self.evidence,
            self.context.catalogue,
            {p.id: p for p in plan_list},
            previous=onboarding.direction_choice(self.context),
        )
        page.finished.connect(lambda result: self._onboarding_finished(result, revisit))
        page.cancelled.connect(self._close_onboarding)
        if revisit:
            page.start_at_questions()
        if self.onboarding is not None:
            self.stack.removeWidget(self.onboarding)
            self.onboarding.deleteLater()
        self.onboarding = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.sidebar.setVisible(revisit)
        if revisit:
            self.navigation.clearSelection()

    def _onboarding_finished(self, result: OnboardingResult, revisit: bool) -> None:
        from backcoach.services import onboarding, plans

        set_up_activities = onboarding.finish(
            self.context,
            result.red_flags,
            result.choice,
            revisit=revisit,
            current=plans.active_routine(self.context),
            confirm_replace=self._replace_own_routine,
        )
        self._close_onboarding()
        if set_up_activities:
            self.open_function_scale()

    def _replace_own_routine(self, current: Routine, plan_id: str) -> bool:
        """Ask before Home's routine of the user's own gives way to a starter plan."""
        from backcoach.services import routines

        plan = next((p for p in routines.starter_plans(self.context) if p.id == plan_id), None)
        if plan is None:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Where to start"))
        box.setText(
            self.tr("Use the “%s” plan on Home instead of “%s”?") % (plan.name, current.name)
        )
        box.setInformativeText(
            self.tr("Your routine stays in Routines either way; you can switch back any time.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        switch = box.button(QMessageBox.StandardButton.Yes)
        switch.setText(self.tr("Use “%s”") % plan.name)
        keep = box.button(QMessageBox.StandardButton.No)
        keep.setText(self.tr("Keep my routine"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _close_onboarding(self) -> None:
        """Back to Home (after the first run, a revisit, or a cancelled revisit)."""
        self.sidebar.setVisible(True)
        self.show_screen("home")
        if self.onboarding is not None:
            self.stack.removeWidget(self.onboarding)
            self.onboarding.deleteLater()
            self.onboarding = None

    # --- the functional scale: set-up and re-rating ------------------------------------
    def open_function_scale(self) -> None:
        """Set up (no activities yet) or re-rate the activities; back where it came from."""
        from backcoach.services import function_scale
        from backcoach.ui.function_scale.scale_page import FunctionScalePage

        self._scale_return = "progress" if self.current_screen() == "progress" else "home"
        self._close_function_scale()
        page = FunctionScalePage(function_scale.history(self.context))
        page.saved.connect(self._function_scale_saved)
        page.skipped.connect(self._function_scale_skipped)
        self.function_scale = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.navigation.clearSelection()
        page.rows[0].box.setFocus() if page.rerating else page.rows[0].name.setFocus()

    def _function_scale_saved(self, rows: list[tuple[str | None, str, int | None]]) -> None:
        from backcoach.services import function_scale

        try:
            function_scale.save(self.context, rows)
        except ValueError as exc:
            page = self.function_scale
            if page is not None:
                page.message.setText(self.tr("These ratings could not be saved: %s") % exc)
                page.message.show()
            return
        self._leave_function_scale()

    def _function_scale_skipped(self) -> None:
        from backcoach.services import function_scale

        if function_scale.history(self.context):
            function_scale.snooze(self.context, _today())
        else:
            function_scale.skip_setup(self.context)
        self._leave_function_scale()

    def _leave_function_scale(self) -> None:
        self.show_screen(self._scale_return)
        if self._scale_return == "progress":
            self._refresh_progress()
        self._close_function_scale()
        self.refresh_home()

    def _close_function_scale(self) -> None:
        if self.function_scale is not None:
            self.stack.removeWidget(self.function_scale)
            self.function_scale.deleteLater()
            self.function_scale = None

    # --- home ----------------------------------------------------------------------
    def _setting_changed(self, key: str) -> None:
        if key == "daily_goal_min":
            self.refresh_home()
        elif key == "reduce_motion":
            from backcoach.services import settings

            self.set_reduce_motion(settings.get(self.context, "reduce_motion"))
        elif key in ("reminders_on", "close_to_tray"):
            self.tray.update_visibility()
        if key in ("reminders_on", "reminder_days", "reminder_time"):
            self.reminders.settings_changed()

    def _open_from_tray(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if self.current_screen() != "session":
            self.show_screen("home")

    def _quit_from_tray(self) -> None:
        self.quit_app()

    def _data_replaced(self) -> None:
        """A restore or an import: the pages already made read the data again."""
        routines = self.built_page("routines")
        if routines is not None:
            routines.reload()
        self._refresh_progress()
        browser = self.built_page("exercises")
        if browser is not None:
            from backcoach.services import favourites

            browser.model.set_favourites(favourites.favourites(self.context))
        settings_page = self.built_page("settings")
        if settings_page is not None:
            settings_page.refresh()
        self.refresh_home()

    def _add_to_routine(self, exercise_id: str, routine_id: str | None) -> None:
        routine = self.routines.add_exercise_to_routine(exercise_id, routine_id)
        self.browser.detail.confirm_added(routine.name)

    def show_routines(self) -> None:
        from backcoach.services import plans

        active = plans.active_routine(self.context)
        self.show_screen("routines")
        if active is not None:
            self.routines.select_routine(active.id)

    def start_session(self, routine: Routine, *, keep_active: bool = False) -> None:
        """Use this routine from now on, and run it full-window (``keep_active``: a
        one-off, such as today's lighter session, that does not become the routine)."""
        from backcoach.services import onboarding, session_resume, sessions
        from backcoach.services.session_recorder import SessionRecorder

        if not keep_active:
            onboarding.set_active_routine(self.context, routine.id)
        engine = sessions.new_engine(self.context, routine)
        engine.start()
        # A new session: the one ended early before it can no longer be carried on.
        session_resume.forget(self.context.store)
        self.recorder = SessionRecorder(self.context.store, engine, routine)
        self._show_session(engine, routine)

    def resume_just_ended(self) -> bool:
        """Carry on with the session ended early a few minutes ago (within
        ``session_resume.RESUME_WINDOW_S``, across a restart too), from where it stopped:
        the exercise under way starts again from its first set, paused. The stored record
        goes on: one session. True if it did."""
        from backcoach.services import session_resume

        ended = session_resume.pending(self.context.store, self.now())
        carried = (
            None if ended is None else session_resume.carry_on(self.context, ended, self.now())
        )
        if ended is None or carried is None:
            self.refresh_home()
            return False
        engine, self.recorder = carried
        self._show_session(engine, ended.routine)
        return True

    def _can_carry_on(self) -> bool:
        from backcoach.services import session_resume

        return session_resume.pending(self.context.store, self.now()) is not None

    def _remember_just_ended(self, event: object) -> None:
        """Engine listener: a session ended early is kept to carry on with (from its
        summary, or Home for a few minutes, even after a restart)."""
        from backcoach.domain.session.events import Phase, PhaseChanged
        from backcoach.services import session_resume

        if not isinstance(event, PhaseChanged) or event.new is not Phase.DONE:
            return
        point, recorder = self.session.resume_point, self.recorder
        engine = self.session.engine
        ended_early = engine is not None and engine.state().ended_early
        if point is None or recorder is None or self._running_routine is None or not ended_early:
            return
        session_resume.remember(
            self.context.store, recorder.session_id, self._running_routine, point, self.now()
        )

    def _resume_from_summary(self) -> None:
        self.session.stop()
        if not self.resume_just_ended():
            self._session_finished(None)

    def resume_interrupted_session(self) -> bool:
        """After a crash: offer to carry on where the session stopped, or keep what was
        done. True if a session was resumed."""
        from backcoach.services import sessions

        saved = sessions.saved_session(self.context.store)
        if saved is None:
            return False
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr(
                "Your last session stopped before it was finished. Everything you did was "
                "saved.\n\nDo you want to carry on where you stopped?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self.continue_saved_session(saved):
            return True
        sessions.close_interrupted(self.context.store, saved)
        self.refresh_home()
        return False

    def ask_checkin_if_due(self) -> None:
        """The first start of a day after a day with a session asks about the morning."""
        from backcoach.services.checkins import checkin_due
        from backcoach.ui.checkin.checkin_dialog import CheckInDialog

        self._startup_asked = True
        if checkin_due(self.context, _today()):
            CheckInDialog(self.context, self).exec()
            self.refresh_home()
            self._refresh_progress()

    def offer_checkin_if_due(self) -> None:
        """Also offered later than the first start: BackCoach left open overnight asks
        when Home is shown again or the window comes back (once a day, as at start)."""
        from backcoach.services.checkins import checkin_due

        if (
            self.current_screen() == "home"
            and self.checkin_dialog is None
            and checkin_due(self.context, _today())
        ):
            self.open_checkin()

    def open_checkin(self) -> None:
        """The check-in, opened by hand (Home) or offered; it does not block the window."""
        from backcoach.ui.checkin.checkin_dialog import CheckInDialog

        if self.checkin_dialog is not None:
            self.checkin_dialog.raise_()
            return
        dialog = CheckInDialog(self.context, self, today=_today())
        self.checkin_dialog = dialog

        def closed(_result: int) -> None:
            self.checkin_dialog = None
            dialog.deleteLater()
            self.refresh_home()
            self._refresh_progress()

        dialog.finished.connect(closed)
        dialog.open()

    def continue_saved_session(self, saved: dict[str, Any]) -> bool:
        from backcoach.services import sessions
        from backcoach.services.session_recorder import SessionRecorder

        resumed = sessions.resume(self.context, saved)
        if resumed is None:
            sessions.close_interrupted(self.context.store, saved)
            return False
        engine, routine = resumed
        self.recorder = SessionRecorder.resume(self.context.store, engine, routine, saved)
        self._show_session(engine, routine)
        return True

    def _show_session(self, engine: SessionEngine, routine: Routine) -> None:
        self._running_routine = routine
        # After the recorder's own listener: the record is ended when this one hears it.
        engine.add_listener(self._remember_just_ended)
        self.sidebar.hide()
        self.stack.setCurrentWidget(self.session)
        self.session.player.set_reduce_motion(self.context.reduce_motion)
        self.session.minutes_provider = self._session_minutes
        self.session.run(engine, routine.name, self._goal_text, settings=self.context.setting)

    def _session_minutes(self) -> float | None:
        """The running session's minutes as stored: the same count Home and Progress use."""
        from backcoach.services import sessions

        if self.recorder is None:
            return None
        return sessions.recorded_minutes(self.context, self.recorder.session_id)

    def _goal_text(self) -> str:
        from backcoach.services import plans

        state = plans.home_state(self.context, _today())
        minutes = round(state.minutes_today)  # as Home and Progress show it
        if minutes >= state.goal_min:
            return self.tr("Today: %d minutes. Today's goal of %d minutes is reached.") % (
                minutes,
                state.goal_min,
            )
        return self.tr("Today: %d of %d minutes.") % (minutes, state.goal_min)

    def _session_finished(self, summary: SessionSummaryData | None) -> None:
        self.recorder = None
        self._refresh_progress()
        self.sidebar.show()
        if self.isFullScreen():
            self.showNormal()
        self.show_screen("home")

    def refresh_home(self) -> None:
        from backcoach.services import function_scale, plans, session_resume
        from backcoach.ui.function_scale.scale_texts import home_news

        if self.built_page("home") is None:
            return  # Home reads the data when it is made
        self.home.set_state(plans.home_state(self.context, _today()))
        history = function_scale.history(self.context)
        due = function_scale.recheck_due(self.context, _today())
        self.home.show_activities(due, home_news(history))
        now = self.now()
        ended = session_resume.pending(self.context.store, now)
        if ended is None:
            self.home.show_resume(None)
        else:
            left = ended.seconds_left(now)
            self.home.show_resume(ended.routine.name, max(1, round(left / 60)))

    def _dismiss_care_notice(self) -> None:
        from backcoach.services import onboarding

        onboarding.dismiss_care_notice(self.context)
        self.refresh_home()

    def _accept_suggestion(self, suggestion: Suggestion) -> None:
        from backcoach.services import plans

        # The copy of a starter plan is named as the Routines screen names it.
        plans.accept_suggestion(self.context, suggestion, self.tr("%s (my copy)"))
        routines = self.built_page("routines")
        if routines is not None:
            routines.reload()
        self.refresh_home()

    def _decline_suggestion(self, suggestion: Suggestion) -> None:
        from backcoach.services import plans

        plans.decline_suggestion(self.context, suggestion)
        self.refresh_home()

    # --- storage problems ------------------------------------------------------------
    def _build_storage_banner(self) -> QFrame:
        banner = QFrame()
        banner.setProperty("role", "notice")
        row = QHBoxLayout(banner)
        row.setContentsMargins(18, 10, 18, 10)
        self.storage_message = QLabel()
        self.storage_message.setWordWrap(True)
        row.addWidget(self.storage_message, 1)
        close = QPushButton(self.tr("OK"))
        close.clicked.connect(banner.hide)
        row.addWidget(close)
        banner.hide()
        return banner

    def show_storage_message(self, message: str, level: str) -> None:
        """Shown until closed; a later 'info' (saving works again) replaces a warning."""
        self.storage_message.setText(message)
        self.storage_banner.setVisible(True)

    # --- window state --------------------------------------------------------------
    def _ui_state(self) -> QSettings:
        # Kept beside the user's data so --data-dir (and tests) isolate it too.
        path = self.data_dir / "window-state.ini"
        return QSettings(str(path), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        """Open where the window was last time if a screen still shows it, else sized
        from the primary screen (see ``window_placement``)."""
        from backcoach.ui import window_placement as placement

        state = self._ui_state()
        screens, primary = placement.screens_now()
        saved = _saved_rect(state.value("main/rect"))
        rect = placement.placement(saved, screens, primary)
        target = placement.screen_showing(rect, screens) or primary
        self.setMinimumSize(*placement.minimum_size(target))
        self.setGeometry(*rect)
        if _true(state.value("main/maximized")):
            self.setWindowState(self.windowState() | QtCore.Qt.WindowState.WindowMaximized)

    def save_geometry(self) -> None:
        """The size and place of the window when not maximised, and whether it was."""
        state = self._ui_state()
        maximised = self.isMaximized()
        rect = self.normalGeometry() if maximised or self.isFullScreen() else self.geometry()
        if rect.isValid():
            state.setValue("main/rect", [rect.x(), rect.y(), rect.width(), rect.height()])
        state.setValue("main/maximized", maximised)
        state.remove("main/geometry")  # the older Qt-encoded form, replaced by the above
        state.sync()

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
            self._fit_sidebar()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            QTimer.singleShot(0, self._offer_later)

    def _offer_later(self) -> None:
        # Only once the start-up has asked (or had nothing to ask): never two at once.
        if self._startup_asked:
            self.offer_checkin_if_due()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_sidebar()

    def _fit_sidebar(self) -> None:
        """Wide enough for the longest screen name at the current text size, but never
        more than a fifth of the window: at large text a long name wraps instead, and
        the screens keep their room."""
        metrics = self.navigation.fontMetrics()
        titles = [self.navigation.item(i).text() for i in range(self.navigation.count())]
        widest = max((metrics.horizontalAdvance(t) for t in titles), default=0)
        widest = max(widest, self.app_title.sizeHint().width() - 40)
        cap = max(232, self.width() // 5)
        width = max(232, min(widest + 72, cap))
        if width != self.sidebar.width() or self.sidebar.minimumWidth() != width:
            self.sidebar.setFixedWidth(width)
            self.navigation.setWordWrap(widest + 72 > width)
            self.navigation.doItemsLayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()


def _saved_rect(value: object) -> Rect | None:
    """A remembered [x, y, width, height] (strings in the INI file), None if unreadable."""
    from backcoach.ui.window_placement import Rect

    if not isinstance(value, list | tuple) or len(value) != 4:
        return None
    try:
        return Rect(*(int(part) for part in value))
    except (TypeError, ValueError):
        return None


def _true(value: object) -> bool:
    return value is True or str(value).lower() == "true"


def _today() -> date:
    return date.today()
