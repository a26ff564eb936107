"""The main window keeping its pages current: Home's state, the pages already made after
a setting changed or the data was replaced (a restore or an import), and Home's
suggestions and notices.

A page reads the data when it is made, so only the pages already made are refreshed.
``window`` is the ``MainWindow`` (typed Any: this module must not import the module that
imports it, see tests/test_import_cycles.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from backcoach.domain.progression import Suggestion


def refresh_home(window: Any) -> None:
    from backcoach.services import function_scale, plans, session_resume
    from backcoach.ui.function_scale.scale_texts import home_news

    if window.built_page("home") is None:
        return  # Home reads the data when it is made
    today = window.today()
    window.home.set_state(plans.home_state(window.context, today))
    history = function_scale.history(window.context)
    due = function_scale.recheck_due(window.context, today)
    window.home.show_activities(due, home_news(history))
    now = window.now()
    ended = session_resume.pending(window.context.store, now)
    if ended is None:
        window.home.show_resume(None)
    else:
        left = ended.seconds_left(now)
        window.home.show_resume(ended.routine.name, max(1, round(left / 60)))


def refresh_progress(window: Any) -> None:
    progress = window.built_page("progress")
    if progress is not None:
        progress.refresh()


def set_reduce_motion(window: Any, on: bool) -> None:
    window.context.reduce_motion = on
    browser = window.built_page("exercises")
    if browser is not None:
        browser.detail.set_reduce_motion(on)


def show_routines(window: Any) -> None:
    from backcoach.services import plans

    active = plans.active_routine(window.context)
    window.show_screen("routines")
    if active is not None:
        window.routines.select_routine(active.id)


def open_from_tray(window: Any) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()
    if window.current_screen() != "session":
        window.show_screen("home")


def add_to_routine(window: Any, exercise_id: str, routine_id: str | None) -> None:
    routine = window.routines.add_exercise_to_routine(exercise_id, routine_id)
    window.browser.detail.confirm_added(routine.name)


def dismiss_care_notice(window: Any) -> None:
    from backcoach.services import onboarding

    onboarding.dismiss_care_notice(window.context)
    window.refresh_home()


def accept_suggestion(window: Any, suggestion: Suggestion) -> None:
    from backcoach.services import plans

    # The copy of a starter plan is named as the Routines screen names it.
    plans.accept_suggestion(
        window.context, suggestion, QCoreApplication.translate("MainWindow", "%s (my copy)")
    )
    routines = window.built_page("routines")
    if routines is not None:
        routines.reload()
    window.refresh_home()


def decline_suggestion(window: Any, suggestion: Suggestion) -> None:
    from backcoach.services import plans

    plans.decline_suggestion(window.context, suggestion)
    window.refresh_home()


def setting_changed(window: Any, key: str) -> None:
    if key == "daily_goal_min":
        window.refresh_home()
    elif key == "reduce_motion":
        from backcoach.services import settings

        window.set_reduce_motion(settings.get(window.context, "reduce_motion"))
    elif key in ("reminders_on", "close_to_tray"):
        window.tray.update_visibility()
    if key in ("reminders_on", "reminder_days", "reminder_time"):
        window.reminders.settings_changed()


def data_replaced(window: Any) -> None:
    """A restore or an import: the pages already made read the data again."""
    routines = window.built_page("routines")
    if routines is not None:
        routines.reload()
    refresh_progress(window)
    browser = window.built_page("exercises")
    if browser is not None:
        from backcoach.services import favourites

        browser.model.set_favourites(favourites.favourites(window.context))
    settings_page = window.built_page("settings")
    if settings_page is not None:
        settings_page.refresh()
    window.refresh_home()
