"""The session's countdown: digits never smaller than 2.5 lines of text and never cut
off by their ring, however little height the screen leaves it (200 % text, held reps)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

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
