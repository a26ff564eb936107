"""The review tour: every screen and step, in order, for --smoke-test and --screenshots.

On a data folder that has not been through the first run, the tour walks the welcome
steps with sample answers, so Home and the other screens are then seen as a new user
sees them. A folder that is already set up is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from backcoach.domain import direction_check as dc
from backcoach.domain.routines import Routine, RoutineItem
from backcoach.domain.session.clock import ManualClock
from backcoach.ui.main_window import MainWindow
from backcoach.ui.translate_noop import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from backcoach.ui.function_scale.scale_page import FunctionScalePage
    from backcoach.ui.progress.progress_page import ProgressPage


def render_window(window: MainWindow) -> QImage:
    for _ in range(4):  # layouts that follow the text size settle over a few rounds
        QApplication.processEvents()
    return window.grab().toImage()


def review_tour(window: MainWindow) -> Iterator[str]:
    """Shows each view in turn; yields its name while it is on screen."""
    page = window.onboarding
    if page is not None and window.current_screen() == "welcome":
        yield "welcome-1-intro"
        page.next()
        yield "welcome-2-safety"
        page.none_button.click()
        page.set_answer("sitting", dc.YES)
        page.set_answer("bending", dc.YES)
        page.set_answer("standing", dc.NO)
        page.set_answer("arching", dc.NOT_SURE)
        page.set_answer("eases", dc.EASED_BY_UPRIGHT)
        yield "welcome-3-direction"
        page.next()
        yield "welcome-4-result"
        page.next()
        _save_sample_function_scale(window)
    for screen in list(window.screens):
        widget = window.show_screen(screen.key)
        if hasattr(widget, "wait_loaded"):  # Progress reads the history in the background
            for _ in range(3):
                QApplication.processEvents()
                widget.wait_loaded()
        yield screen.key
        if screen.key == "progress":
            yield from _function_scale_views(window, widget)
        if screen.key == "routines":
            yield from _routine_editor_tour(window)
    for name in _session_tour(window):
        _settle(window.session)
        yield name
    window.show_screen("home")


# The set-up screen's own examples (translated as it shows them) and what a user might
# type later, in the language of the review.
SAMPLE_ACTIVITIES = (("Putting on socks", 3), ("Lifting a child", 2), ("Sitting through a film", 4))
GRANDSON = QT_TRANSLATE_NOOP("Review", "Lifting my grandson")


def _fill_setup(page: FunctionScalePage) -> None:
    for text, _score in SAMPLE_ACTIVITIES:
        page._use_example(QCoreApplication.translate("FunctionScalePage", text))
    for row, (_, score) in zip(page.rows, SAMPLE_ACTIVITIES, strict=False):
        row.box.setValue(score)


def _save_sample_function_scale(window: MainWindow) -> None:
    """The set-up after the direction check (its screenshot is "activities-1-setup").
    The review runs on a scratch copy of the data, so the rounds saved here are dated back
    to give Progress a history."""
    from backcoach.services import function_scale

    page = window.function_scale
    if page is None:
        return
    _fill_setup(page)
    now = datetime.now().astimezone()
    first = function_scale.save(window.context, page.collect(), at=now - timedelta(days=30))
    later = [(s.item_id, s.name, min(10, (s.score or 0) + 2)) for s in first.scores]
    grandson = QCoreApplication.translate("Review", GRANDSON)
    garden = QCoreApplication.translate("FunctionScalePage", "Working in the garden")
    later[1] = (later[1][0], grandson, 5)
    function_scale.save(window.context, later, at=now - timedelta(days=15))
    now_rows = [
        (s.item_id, s.name, score) for s, score in zip(first.scores, (7, 5, 6), strict=True)
    ]
    now_rows[1] = (now_rows[1][0], grandson, 5)
    function_scale.save(window.context, [*now_rows[:2], (None, garden, 3)])
    window._leave_function_scale()


def _function_scale_views(window: MainWindow, progress: ProgressPage) -> Iterator[str]:
    """Progress's activities card, the set-up screen and the re-rating screen."""
    from PySide6.QtWidgets import QScrollArea

    from backcoach.ui.function_scale.scale_page import FunctionScalePage

    scroll = progress.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(progress.scale_card, 0, 0)
        yield "progress-activities"
        scroll.verticalScrollBar().setValue(0)
    window._close_function_scale()
    setup = FunctionScalePage(())
    _fill_setup(setup)
    window.function_scale = setup
    window.stack.addWidget(setup)
    window.stack.setCurrentWidget(setup)
    yield "activities-1-setup"
    window.open_function_scale()
    page = window.function_scale
    if page is not None and page.rerating:
        for row, score in zip(page.rows, (8, 6, 4), strict=False):
            row.box.setValue(score)
        yield "activities-2-rerate"
    window._close_function_scale()
    window.show_screen("progress")


def _routine_editor_tour(window: MainWindow) -> Iterator[str]:
    """The editor of the user's own routine: a copy of the plan shown, removed after."""
    page = window.routines
    if page.copy_current() is None:
        return
    page.select_item(0)
    yield "routines-editor"
    page.remove_selected()
    yield "routines-editor-removed"  # with its Undo
    page.delete_current(ask=False)


def _session_tour(window: MainWindow) -> Iterator[str]:
    """A short routine on a manual clock, stopping at every kind of phase."""
    context = window.context
    real_clock, real_fake = context.clock, context.clock_is_fake
    clock = ManualClock()
    context.clock, context.clock_is_fake = clock, True
    try:
        routine = Routine(
            id="review-tour",
            # A name a user's own routine gets, so the tour's screens speak its language.
            name=QCoreApplication.translate("RoutinesPage", "My routine"),
            items=tuple(
                RoutineItem(e, context.catalogue.get(e).dose)
                for e in ("prone-press", "side-plank", "bird-dog")
            ),
        )
        window.start_session(routine)
        page = window.session

        def run(seconds: float) -> None:
            while seconds > 1e-9:  # in steps, as the redraw timer would
                step = min(seconds, 5.0)
                clock.advance(step)
                page.refresh()
                seconds -= step

        yield "session-1-baseline"
        page.rate(2)  # also the first exercise's "before"
        run(1.5)
        yield "session-3-get-ready"
        run(28.5 + 2 + 1.5)  # onto the mat, then rep 1: moved into place, 1.5 s held
        page.feedback.hide()  # a rating's number stays up only a moment
        yield "session-4-held-rep"
        page.ask_end()  # a stray Esc asks first
        yield "session-4-end-confirm"
        page.keep_going()
        page.engine.reps_done()
        page.refresh()
        yield "session-5-rest"
        page.engine.skip()  # on to the side plank
        page.rate(3)
        yield "session-2-before-rated"
        run(30 + 6.2)
        page.feedback.hide()  # a rating's number stays up only a moment
        yield "session-6-hold"
        run(8.8 + 5)  # the left side ends, the switch cue runs
        if page.engine.state().during_rating_due:
            yield "session-7-during-rating"
        page.rate(6)
        page.refresh()
        page.feedback.hide()  # (its number was shown on the before-rated view)
        yield "session-8-flare-break"
        page.ask_end()
        page.confirm_end()  # ended early (Esc, then E)
        yield "session-9-after"
        page.rate(3)
        page.refresh()
        page.feedback.hide()  # a rating's number stays up only a moment
        yield "session-10-summary-ended-early"
        page._leave()
        yield from _safety_tour(window, routine)
    finally:
        context.clock, context.clock_is_fake = real_clock, real_fake


def _settle(page: object) -> None:
    """The big 'Pain N' shown for a moment after a rating would cover the screen's words
    in a still picture (and a layout check would count it as an overlap)."""
    feedback = getattr(page, "feedback", None)
    if feedback is not None:
        feedback.hide()


def _safety_tour(window: MainWindow, routine: Routine) -> Iterator[str]:
    """The pain rule's own screens: a break with the threshold set to 3, a high-pain day."""
    from backcoach.services import settings

    context = window.context
    before = settings.get(context, "pain_threshold")
    settings.save(context, "pain_threshold", 3)
    try:
        window.show_screen("home")
        yield "home-threshold-3"
        window.start_session(routine)
        page = window.session
        page.rate(2)
        _settle(page)
        yield "session-11-baseline-threshold-3"
        page.rate(5)  # 3 above the start, before the first exercise
        page.refresh()
        _settle(page)
        yield "session-12-break-threshold-3"
        page.engine.break_end()
        page.rate(5)  # still 3 above the start after the session: the next-day advice
        page.refresh()
        _settle(page)
        yield "session-13-summary-next-day"
        page._leave()
        window.start_session(routine)
        page = window.session
        page.rate(9)
        page.refresh()
        _settle(page)
        yield "session-14-high-pain"
        page.engine.high_pain_not_today()
        page.refresh()
        page._leave()
    finally:
        settings.save(context, "pain_threshold", before)
