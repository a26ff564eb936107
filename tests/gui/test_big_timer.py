"""The session's countdown: digits never smaller than 2.5 lines of text and never cut
off by their ring, however little height the screen leaves it (200 % text, held reps);
between two digit changes only the ring's end is repainted, and what is on screen is
still what a full repaint draws."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from backcoach.ui.widgets.big_timer import BigTimer


@pytest.mark.parametrize(("width", "height", "point_size"), [(500, 180, 20), (320, 240, 10)])
def test_the_digits_fit_inside_the_ring(qtbot, width, height, point_size) -> None:
    timer = BigTimer()
    qtbot.addWidget(timer)
    font = QFont(timer.font())
    font.setPointSizeF(point_size)
    timer.setFont(font)
    timer.resize(width, height)
    timer.show_countdown(4, 5)
    ring, thickness, digits = timer.dial()
    text_width = QFontMetrics(digits).horizontalAdvance(timer.text())
    assert text_width <= ring.width() - 2 * thickness
    assert digits.pixelSize() >= int(timer.fontMetrics().height() * 2.5)
    assert ring.right() <= width and ring.left() >= 0 and ring.bottom() <= height


def test_a_roomy_timer_keeps_a_round_ring(qtbot) -> None:
    timer = BigTimer()
    qtbot.addWidget(timer)
    timer.resize(600, 400)
    timer.show_countdown(30, 30)
    ring, _thickness, _font = timer.dial()
    assert ring.width() == ring.height()


def _on_screen(widget: BigTimer):
    """What the window system shows (the backing store), not a fresh render."""
    for _ in range(3):
        QApplication.processEvents()
    return widget.screen().grabWindow(widget.winId()).toImage()


def test_partial_repaints_match_a_full_repaint(qtbot):
    timer = BigTimer()
    qtbot.addWidget(timer)
    timer.resize(420, 360)
    timer.show()
    qtbot.waitExposed(timer)
    timer.show_countdown(15.95, 30.0)
    _on_screen(timer)
    painted: list[object] = []
    original = timer.paintEvent

    def spy(event):
        painted.append(event.rect())
        original(event)

    timer.paintEvent = spy  # type: ignore[method-assign]
    for step in range(1, 9):  # the same digits ("0:16"): only the ring's end moves
        remaining = 15.95 - 0.1 * step
        timer.show_countdown(remaining, 30.0)
        timer.set_accent(QColor("#0b6e79"))  # unchanged colour: no repaint of its own
        _on_screen(timer)
    assert timer.text() == "0:16"
    assert len(painted) == 8 and all(r.width() < timer.width() / 2 for r in painted)
    partial = _on_screen(timer)

    timer.update()  # everything, the slow way
    assert _largest_difference(_on_screen(timer), partial) <= 24  # antialiasing only


def _largest_difference(a, b) -> int:
    """The largest colour channel difference of two same-sized images (a stretch of ring
    drawn as part of a longer arc differs from the whole in its edge pixels, slightly)."""
    assert a.size() == b.size()
    worst = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixel(x, y), b.pixel(x, y)
            if pa != pb:
                worst = max(worst, *(abs((pa >> s & 255) - (pb >> s & 255)) for s in (0, 8, 16)))
    return worst


def test_a_new_digit_repaints_everything(qtbot):
    timer = BigTimer()
    qtbot.addWidget(timer)
    timer.resize(420, 360)
    timer.show()
    qtbot.waitExposed(timer)
    timer.show_countdown(30.0, 30.0)
    _on_screen(timer)
    painted: list[object] = []
    original = timer.paintEvent
    timer.paintEvent = lambda e: (painted.append(e.rect()), original(e))  # type: ignore[method-assign]
    timer.show_countdown(28.9, 30.0)
    _on_screen(timer)
    assert timer.text() == "0:29"
    assert painted[-1] == timer.rect()
