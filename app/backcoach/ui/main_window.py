"""The main window: a navigation list on the left and one screen at a time on the right.

On a first run the welcome flow fills the whole window until it is finished. The window
turns user intents from the screens into calls on ``services`` and refreshes Home.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

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
from backcoach.services import favourites

if TYPE_CHECKING:  # the screens load after the first paint (see load())
    from backcoach.context import AppContext
    from backcoach.domain.exercise_filter import ExerciseFilter
    from backcoach.domain.routines import Routine
    from backcoach.services.session_recorder import SessionRecorder
    from backcoach.ui.onboarding.onboarding_page import OnboardingPage, OnboardingResult
    from backcoach.ui.theme import ThemeManager


RESUME_WINDOW_S = 600
"""A session ended early can be carried on for this long (from its summary or Home)."""


class JustEnded(NamedTuple):
    """A session that ended early a moment ago, and how to carry it on."""

    snapshot: dict
    """The engine's progress just before the end (``SessionEngine.snapshot``)."""
    routine: Routine
    session_ids: list[str]
    """The stored record(s) of this session so far: a carried-on session is stored as a
    new record, and its summary counts the minutes of all of them."""
    ended_clock: float


class Screen(NamedTuple):
    key: str
    title: str
    widget: QWidget


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        """The window's frame only: it can paint before the data and screens load."""
        super().__init__(parent)
        self.data_dir = data_dir
        self.context: AppContext | None = None
        self.theme_manager: ThemeManager | None = None  # set by the application
        self.tray = None
        self._quitting = False
        self._startup_asked = False
        """Set once the start-up had its chance to ask for the check-in (see _offer_later)."""
        self._painted = False
        self.setWindowTitle(APP_NAME)
        self.screens: list[Screen] = []
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
        """Build the screens over the opened data and show Home (or the first run)."""
        from backcoach.domain.evidence import load_evidence
        from backcoach.services import onboarding
        from backcoach.services.reminders import ReminderService
        from backcoach.ui.about.about_page import AboutPage
        from backcoach.ui.browser.browser_page import ExerciseBrowserPage
        from backcoach.ui.data.data_page import DataPage
        from backcoach.ui.help_dialog import add_help_keys
        from backcoach.ui.home.home_page import HomePage
        from backcoach.ui.progress.progress_page import ProgressPage
        from backcoach.ui.routines.routines_page import RoutinesPage
        from backcoach.ui.session.session_page import SessionPage
        from backcoach.ui.settings.settings_page import SettingsPage
        from backcoach.ui.settings.tray import ReminderTray

        self.context = context
        self.evidence = load_evidence()
        self.home = HomePage(context.catalogue)
        self.routines = RoutinesPage(context)
        self.progress = ProgressPage(context)
        self.browser = ExerciseBrowserPage(context)
        self.about = AboutPage(self.evidence)
        self.data = DataPage(context)
        self.add_screen("home", self.tr("Home"), self.home)
        self.add_screen("routines", self.tr("Routines"), self.routines)
        self.add_screen("exercises", self.tr("Exercises"), self.browser)
        self.add_screen("progress", self.tr("Progress"), self.progress)
        self.settings_page = SettingsPage(context, self.theme_manager)
        self.add_screen("settings", self.tr("Settings"), self.settings_page)
        self.add_screen("data", self.tr("Your data"), self.data)
        self.add_screen("about", self.tr("About the evidence"), self.about)
        self.session = SessionPage(self.evidence)
        self.session.finished.connect(self._session_finished)
        self.session.full_screen_requested.connect(self.toggle_full_screen)
        self.session.resume_requested.connect(self._resume_from_summary)
        self.session.can_resume = lambda: True  # the summary shows right after the end
        self.just_ended: JustEnded | None = None
        self._running_routine: Routine | None = None
        self._earlier_ids: list[str] = []
        self.stack.addWidget(self.session)
        self.recorder: SessionRecorder | None = None
        self._connect_home()
        self._connect_routines()
        # Long names wrap at large text (see _fit_sidebar): never a sideways scroll.
        self.navigation.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_sidebar()
        self.settings_page.settings_changed.connect(self._setting_changed)
        self.settings_page.data_screen_requested.connect(lambda: self.show_screen("data"))
        self.data.data_replaced.connect(self.settings_page.refresh)
        self.shortcuts = add_help_keys(self)  # F1 and ?
        self.help_button.clicked.connect(lambda: self.shortcuts.show_for(self))
        self._add_window_keys()
        self.stack.currentChanged.connect(self._update_title)
        self.tray = ReminderTray(self, context)
        self.reminders = ReminderService(context, parent=self)
        self.reminders.due.connect(self.tray.remind)
        self.tray.open_requested.connect(self._open_from_tray)
        self.tray.quit_requested.connect(self._quit_from_tray)
        self.reminders.start()
        self.stack.removeWidget(self.loading)
        self.loading.deleteLater()
        if onboarding.is_done(context):
            self.navigation.setCurrentRow(0)
            self.refresh_home()
        else:
            self.start_onboarding()

    # --- screens -------------------------------------------------------------------
    def add_screen(self, key: str, title: str, widget: QWidget) -> None:
        self.screens.append(Screen(key, title, widget))
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(QtCore.Qt.ItemDataRole.UserRole, key)
        number = len(self.screens)
        item.setToolTip(f"{title} (Ctrl+{number})")
        self.navigation.addItem(item)
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
        if current is self.session:
            return "session"
        if current is not None and current is self.function_scale:
            return "activities"
        for screen in self.screens:
            if screen.widget is current:
                return screen.key
        return ""

    def _navigate(self, row: int) -> None:
        if 0 <= row < len(self.screens):
            widget = self.screens[row].widget
            self.stack.setCurrentWidget(widget)
            if widget is self.home:
                self.refresh_home()
            elif widget is self.about:
                from backcoach.services import settings

                self.about.set_threshold(settings.get(self.context, "pain_threshold"))

    def browse(self, exercise_filter: ExerciseFilter) -> None:
        self.show_screen("exercises")
        self.browser.set_filter(exercise_filter)

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

    def _function_scale_saved(self, rows: list) -> None:
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
            self.progress.refresh()
        self._close_function_scale()
        self.refresh_home()

    def _close_function_scale(self) -> None:
        if self.function_scale is not None:
            self.stack.removeWidget(self.function_scale)
            self.function_scale.deleteLater()
            self.function_scale = None

    # --- home ----------------------------------------------------------------------
    def _connect_home(self) -> None:
        home = self.home
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
        self.checkin_dialog = None
        self.stack.currentChanged.connect(lambda _i: QTimer.singleShot(0, self._offer_later))

    def _setting_changed(self, key: str) -> None:
        if key == "daily_goal_min":
            self.refresh_home()
        elif key == "reduce_motion":
            from backcoach.services import settings

            self.context.reduce_motion = settings.get(self.context, "reduce_motion")
            self.browser.detail.set_reduce_motion(self.context.reduce_motion)
        elif key in ("reminders_on", "close_to_tray"):
            self.tray.update_visibility()

    def _open_from_tray(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        if self.current_screen() != "session":
            self.show_screen("home")

    def _quit_from_tray(self) -> None:
        self.quit_app()

    def _data_replaced(self) -> None:
        self.routines.reload()
        self.progress.refresh()
        self.browser.model.set_favourites(favourites.favourites(self.context))
        self.refresh_home()

    def _connect_routines(self) -> None:
        self.data.data_replaced.connect(self._data_replaced)
        self.progress.activity_logged.connect(self.refresh_home)
        self.progress.activities_requested.connect(self.open_function_scale)
        self.routines.routines_changed.connect(self.refresh_home)
        self.routines.start_requested.connect(self.start_session)
        detail = self.browser.detail
        detail.set_routine_choices(lambda: [(r.id, r.name) for r in self.routines.own_routines()])
        detail.add_to_routine_requested.connect(self._add_to_routine)

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
        from backcoach.services import onboarding, sessions
        from backcoach.services.session_recorder import SessionRecorder

        if not keep_active:
            onboarding.set_active_routine(self.context, routine.id)
        engine = sessions.new_engine(self.context, routine)
        engine.start()
        self.recorder = SessionRecorder(self.context.store, engine, routine)
        self.just_ended = None
        self._earlier_ids = []
        self._show_session(engine, routine)

    def resume_just_ended(self) -> bool:
        """Carry on with the session ended early a moment ago (within RESUME_WINDOW_S),
        from where it stopped: the exercise under way starts again from its first set,
        paused. True if it did."""
        from datetime import datetime, timedelta

        from backcoach.domain.routines import to_dict
        from backcoach.services import sessions
        from backcoach.services.session_recorder import SessionRecorder

        ended = self.just_ended
        if ended is None or not self._within_resume_window(ended):
            self.just_ended = None
            self.refresh_home()
            return False
        self.just_ended = None
        resumed = sessions.resume(
            self.context, {"routine": to_dict(ended.routine), "snapshot": ended.snapshot}
        )
        if resumed is None:
            self.refresh_home()
            return False
        engine, routine = resumed
        # Stored times follow the engine's offsets, which go on from the first part.
        started = datetime.now().astimezone() - timedelta(seconds=ended.snapshot["offset_s"])
        self.recorder = SessionRecorder(self.context.store, engine, routine, now=lambda: started)
        self._earlier_ids = list(ended.session_ids)
        self._show_session(engine, routine)
        return True

    def _within_resume_window(self, ended: JustEnded) -> bool:
        return self.context.clock() - ended.ended_clock <= RESUME_WINDOW_S

    def _remember_just_ended(self) -> None:
        point = self.session.resume_point
        if point is None or self.recorder is None or self._running_routine is None:
            self.just_ended = None
            return
        self.just_ended = JustEnded(
            point,
            self._running_routine,
            [*self._earlier_ids, self.recorder.session_id],
            self.context.clock(),
        )

    def _resume_from_summary(self) -> None:
        self._remember_just_ended()
        self.session.stop()
        self.resume_just_ended()

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
            self.progress.refresh()

    def offer_checkin_if_due(self) -> None:
        """Also offered later than the first start: BackCoach left open overnight asks
        when Home is shown again or the window comes back (once a day, as at start)."""
        from backcoach.services.checkins import checkin_due

        if (
            self.stack.currentWidget() is self.home
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
            self.progress.refresh()

        dialog.finished.connect(closed)
        dialog.open()

    def continue_saved_session(self, saved: dict) -> bool:
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

    def _show_session(self, engine, routine: Routine) -> None:
        self._running_routine = routine
        self.sidebar.hide()
        self.stack.setCurrentWidget(self.session)
        self.session.player.set_reduce_motion(self.context.reduce_motion)
        self.session.minutes_provider = self._session_minutes
        self.session.run(engine, routine.name, self._goal_text, settings=self.context.setting)

    def _session_minutes(self) -> float | None:
        """The running session's minutes as stored: the same count Home and Progress use."""
        from backcoach.domain.daily_goal import session_minutes

        if self.recorder is None:
            return None
        store = self.context.store
        ids = [*self._earlier_ids, self.recorder.session_id]
        return sum(session_minutes(store.sessions.get(i)) for i in ids)

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

    def _session_finished(self, summary) -> None:
        if summary is not None and summary.ended_early:
            self._remember_just_ended()
        else:
            self.just_ended = None
        self.recorder = None
        self._earlier_ids = []
        self.progress.refresh()
        self.sidebar.show()
        if self.isFullScreen():
            self.showNormal()
        self.show_screen("home")

    def refresh_home(self) -> None:
        from backcoach.services import function_scale, plans
        from backcoach.ui.function_scale.scale_texts import home_news

        self.home.set_state(plans.home_state(self.context, _today()))
        history = function_scale.history(self.context)
        due = function_scale.recheck_due(self.context, _today())
        self.home.show_activities(due, home_news(history))
        ended = self.just_ended
        if ended is not None and not self._within_resume_window(ended):
            self.just_ended = ended = None
        if ended is None:
            self.home.show_resume(None)
        else:
            left = RESUME_WINDOW_S - (self.context.clock() - ended.ended_clock)
            self.home.show_resume(ended.routine.name, max(1, round(left / 60)))

    def _dismiss_care_notice(self) -> None:
        from backcoach.services import onboarding

        onboarding.dismiss_care_notice(self.context)
        self.refresh_home()

    def _accept_suggestion(self, suggestion) -> None:
        from backcoach.services import plans

        # The copy of a starter plan is named as the Routines screen names it.
        plans.accept_suggestion(self.context, suggestion, self.tr("%s (my copy)"))
        self.routines.reload()
        self.refresh_home()

    def _decline_suggestion(self, suggestion) -> None:
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
        self.session.stop()
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


def _saved_rect(value: object):
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


def _today():
    from datetime import date

    return date.today()
