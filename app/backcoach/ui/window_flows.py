"""The main window's full-window flows: the welcome ("where to start", first run or
revisited), the activities set-up and re-rating, and the morning check-in.

Each takes over the window's stack and gives it back to the screen it came from.
``window`` is the ``MainWindow`` (typed Any: this module must not import the module that
imports it, see tests/test_import_cycles.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from backcoach.ui import window_refresh

if TYPE_CHECKING:
    from backcoach.domain.routines import Routine
    from backcoach.ui.onboarding.onboarding_page import OnboardingResult


# --- first run and "where to start" ----------------------------------------------------
def start_onboarding(window: Any, revisit: bool = False) -> None:
    from backcoach.services import onboarding, routines
    from backcoach.ui.onboarding.onboarding_page import OnboardingPage

    plan_list = routines.starter_plans(window.context)
    page = OnboardingPage(
        window.evidence,
        window.context.catalogue,
        {p.id: p for p in plan_list},
        previous=onboarding.direction_choice(window.context),
        # Made in the window, not moved there once made: moving a made page reworks every
        # widget's style and lays its text out again (~2-3 ms for the welcome).
        parent=window.stack,
    )
    page.finished.connect(lambda result: onboarding_finished(window, result, revisit))
    page.cancelled.connect(lambda: close_onboarding(window))
    if revisit:
        page.start_at_questions()
    if window.onboarding is not None:
        window.stack.removeWidget(window.onboarding)
        window.onboarding.deleteLater()
    window.onboarding = page
    window.stack.addWidget(page)
    window.stack.setCurrentWidget(page)
    window.sidebar.setVisible(revisit)
    if revisit:
        window.navigation.clearSelection()


def onboarding_finished(window: Any, result: OnboardingResult, revisit: bool) -> None:
    from backcoach.services import onboarding, plans

    set_up_activities = onboarding.finish(
        window.context,
        result.red_flags,
        result.choice,
        revisit=revisit,
        current=plans.active_routine(window.context),
        confirm_replace=lambda current, plan_id: replace_own_routine(window, current, plan_id),
    )
    close_onboarding(window)
    if set_up_activities:
        window.open_function_scale()


def replace_own_routine(window: Any, current: Routine, plan_id: str) -> bool:
    """Ask before Home's routine of the user's own gives way to a starter plan."""
    from backcoach.services import routines

    plan = next((p for p in routines.starter_plans(window.context) if p.id == plan_id), None)
    if plan is None:
        return False
    # Imported when a box is shown: at module level PySide6 would build QMessageBox and
    # its enums at every start (~1.5 ms before the first paint).
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Where to start"))
    box.setText(
        QCoreApplication.translate("MainWindow", "Use the “%s” plan on Home instead of “%s”?")
        % (plan.name, current.name)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow",
            "Your routine stays in Routines either way; you can switch back any time.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    switch = box.button(QMessageBox.StandardButton.Yes)
    switch.setText(QCoreApplication.translate("MainWindow", "Use “%s”") % plan.name)
    keep = box.button(QMessageBox.StandardButton.No)
    keep.setText(QCoreApplication.translate("MainWindow", "Keep my routine"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def close_onboarding(window: Any) -> None:
    """Back to Home (after the first run, a revisit, or a cancelled revisit)."""
    window.sidebar.setVisible(True)
    window.show_screen("home")
    if window.onboarding is not None:
        window.stack.removeWidget(window.onboarding)
        window.onboarding.deleteLater()
        window.onboarding = None


# --- the functional scale: set-up and re-rating ------------------------------------------
def open_function_scale(window: Any) -> None:
    """Set up (no activities yet) or re-rate the activities; back where it came from."""
    from backcoach.services import function_scale
    from backcoach.ui.function_scale.scale_page import FunctionScalePage

    window._scale_return = "progress" if window.current_screen() == "progress" else "home"
    close_function_scale(window)
    page = FunctionScalePage(function_scale.history(window.context))
    page.saved.connect(lambda rows: function_scale_saved(window, rows))
    page.skipped.connect(lambda: function_scale_skipped(window))
    window.function_scale = page
    window.stack.addWidget(page)
    window.stack.setCurrentWidget(page)
    window.navigation.clearSelection()
    page.rows[0].box.setFocus() if page.rerating else page.rows[0].name.setFocus()


def function_scale_saved(window: Any, rows: list[tuple[str | None, str, int | None]]) -> None:
    from backcoach.services import function_scale

    try:
        function_scale.save(window.context, rows)
    except ValueError as exc:
        page = window.function_scale
        if page is not None:
            page.message.setText(
                QCoreApplication.translate("MainWindow", "These ratings could not be saved: %s")
                % exc
            )
            page.message.show()
        return
    leave_function_scale(window)


def function_scale_skipped(window: Any) -> None:
    from backcoach.services import function_scale

    if function_scale.history(window.context):
        function_scale.snooze(window.context, window.today())
    else:
        function_scale.skip_setup(window.context)
    leave_function_scale(window)


def leave_function_scale(window: Any) -> None:
    window.show_screen(window._scale_return)
    if window._scale_return == "progress":
        window_refresh.refresh_progress(window)
    close_function_scale(window)
    window.refresh_home()


def close_function_scale(window: Any) -> None:
    if window.function_scale is not None:
        window.stack.removeWidget(window.function_scale)
        window.function_scale.deleteLater()
        window.function_scale = None


# --- the morning check-in ------------------------------------------------------------------
def ask_checkin_if_due(window: Any) -> None:
    """The first start of a day after a day with a session asks about the morning."""
    from backcoach.services.checkins import checkin_due
    from backcoach.ui.checkin.checkin_dialog import CheckInDialog

    window._startup_asked = True
    if checkin_due(window.context, window.today()):
        CheckInDialog(window.context, window).exec()
        window.refresh_home()
        window_refresh.refresh_progress(window)


def offer_checkin_if_due(window: Any) -> None:
    """Also offered later than the first start: BackCoach left open overnight asks
    when Home is shown again or the window comes back (once a day, as at start)."""
    from backcoach.services.checkins import checkin_due

    if (
        window.current_screen() == "home"
        and window.checkin_dialog is None
        and checkin_due(window.context, window.today())
    ):
        open_checkin(window)


def open_checkin(window: Any) -> None:
    """The check-in, opened by hand (Home) or offered; it does not block the window."""
    from backcoach.ui.checkin.checkin_dialog import CheckInDialog

    if window.checkin_dialog is not None:
        window.checkin_dialog.raise_()
        return
    dialog = CheckInDialog(window.context, window, today=window.today())
    window.checkin_dialog = dialog

    def closed(_result: int) -> None:
        window.checkin_dialog = None
        dialog.deleteLater()
        window.refresh_home()
        window_refresh.refresh_progress(window)

    dialog.finished.connect(closed)
    dialog.open()
