"""The review tour: every screen and step, in order, for --smoke-test and --screenshots.

On a data folder that has not been through the first run, the tour walks the welcome
steps with sample answers, so Home and the other screens are then seen as a new user
sees them. A folder that is already set up is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from backcoach.domain import direction_check as dc
from backcoach.ui.main_window import MainWindow


def render_window(window: MainWindow) -> QImage:
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
    for screen in list(window.screens):
        window.show_screen(screen.key)
        yield screen.key
    window.show_screen("home")
