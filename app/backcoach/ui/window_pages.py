"""The main window's pages, each made the first time it is needed, and wired to the window.

Making every screen at start took longer than the rest of the start
(docs/decisions/008-speed.md): ``MainWindow`` asks these makers for a page when it is
first shown or asked for. Each maker connects the page's intents to the window's glue
(``window_session``, ``window_flows``, ``window_refresh``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from backcoach.ui import window_flows, window_refresh, window_session

if TYPE_CHECKING:
    from backcoach.ui.about.about_page import AboutPage
    from backcoach.ui.browser.browser_page import ExerciseBrowserPage
    from backcoach.ui.data.data_page import DataPage
    from backcoach.ui.help_dialog import HelpDialog
    from backcoach.ui.home.home_page import HomePage
    from backcoach.ui.progress.progress_page import ProgressPage
    from backcoach.ui.routines.routines_page import RoutinesPage
    from backcoach.ui.session.session_page import SessionPage
    from backcoach.ui.settings.settings_page import SettingsPage

# ``window`` below is the ``MainWindow`` (typed Any: this module must not import the
# module that imports it, see tests/test_import_cycles.py).


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


def makers(window: Any) -> dict[str, Callable[[], QWidget]]:
    """What makes each sidebar screen's page, by screen key."""
    return {
        "home": lambda: make_home(window),
        "routines": lambda: make_routines(window),
        "exercises": lambda: make_browser(window),
        "progress": lambda: make_progress(window),
        "settings": lambda: make_settings(window),
        "data": lambda: make_data(window),
        "about": lambda: make_about(window),
    }


def scale_new_page(window: Any, page: QWidget) -> None:
    """A page made after the text size was set (pages are made when first needed):
    the sizes it gives its own labels (the session's timer and texts) follow the
    text size too, as they would had it been made at start."""
    theme = window.theme_manager
    if theme is not None and theme.text_scale != 1.0:
        theme.scale_own_fonts([page, *page.findChildren(QWidget)])


def make_session_page(window: Any) -> SessionPage:
    """The full-window session screen, made for the first session."""
    from backcoach.ui.session.session_page import SessionPage

    page = SessionPage(window.evidence)
    page.finished.connect(lambda summary: window_session.session_finished(window, summary))
    page.full_screen_requested.connect(window.toggle_full_screen)
    page.resume_requested.connect(lambda: window_session.resume_from_summary(window))
    page.can_resume = lambda: window_session.can_carry_on(window)
    window.stack.addWidget(page)
    scale_new_page(window, page)
    return page


def make_help(window: Any) -> HelpDialog:
    """The help (F1)."""
    from backcoach.ui.help_dialog import HelpDialog

    dialog = HelpDialog(window)
    scale_new_page(window, dialog)
    return dialog


def make_home(window: Any) -> HomePage:
    from backcoach.ui.home.home_page import HomePage

    home = HomePage(window.context.catalogue)
    home.about_requested.connect(lambda: window.show_screen("about"))
    home.routines_requested.connect(window.show_routines)
    home.start_requested.connect(window.start_session)
    home.lighter_requested.connect(lambda r: window.start_session(r, keep_active=True))
    home.direction_check_requested.connect(lambda: window.start_onboarding(revisit=True))
    home.care_notice_dismissed.connect(lambda: window_refresh.dismiss_care_notice(window))
    home.suggestion_accepted.connect(lambda s: window_refresh.accept_suggestion(window, s))
    home.suggestion_declined.connect(lambda s: window_refresh.decline_suggestion(window, s))
    home.resume_requested.connect(window.resume_just_ended)
    home.activities_requested.connect(window.open_function_scale)
    home.activities_snoozed.connect(lambda: window_flows.function_scale_skipped(window))
    home.checkin_requested.connect(window.open_checkin)
    return home


def make_about(window: Any) -> AboutPage:
    from backcoach.ui.about.about_page import AboutPage

    return AboutPage(window.evidence)


def make_routines(window: Any) -> RoutinesPage:
    from backcoach.ui.routines.routines_page import RoutinesPage

    page = RoutinesPage(window.context)
    page.routines_changed.connect(window.refresh_home)
    page.start_requested.connect(window.start_session)
    return page


def make_browser(window: Any) -> ExerciseBrowserPage:
    from backcoach.ui.browser.browser_page import ExerciseBrowserPage

    page = ExerciseBrowserPage(window.context)
    detail = page.detail
    detail.set_routine_choices(lambda: [(r.id, r.name) for r in window.routines.own_routines()])
    detail.add_to_routine_requested.connect(
        lambda exercise_id, routine_id: window_refresh.add_to_routine(
            window, exercise_id, routine_id
        )
    )
    detail.set_reduce_motion(window.context.reduce_motion)
    return page


def make_progress(window: Any) -> ProgressPage:
    from backcoach.ui.progress.progress_page import ProgressPage

    page = ProgressPage(window.context)
    page.activity_logged.connect(window.refresh_home)
    page.activities_requested.connect(window.open_function_scale)
    return page


def make_settings(window: Any) -> SettingsPage:
    from backcoach.ui.settings.settings_page import SettingsPage

    page = SettingsPage(window.context, window.theme_manager)
    page.settings_changed.connect(lambda key: window_refresh.setting_changed(window, key))
    page.data_screen_requested.connect(lambda: window.show_screen("data"))
    return page


def make_data(window: Any) -> DataPage:
    from backcoach.ui.data.data_page import DataPage

    page = DataPage(window.context)
    page.data_replaced.connect(lambda: window_refresh.data_replaced(window))
    return page
