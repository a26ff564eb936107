"""Painting shared by the list delegates, so every list shows selection the same way."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem


def paint_selection(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """A soft tinted rounded box with an accent outline, keeping the row's text readable
    (a solid highlight fill made muted text unreadable)."""
    if not option.state & QStyle.StateFlag.State_Selected:
        return
    colour = option.palette.color(QPalette.ColorRole.Highlight)
    box = option.rect.adjusted(4, 2, -4, -2)
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.setOpacity(0.22)
    painter.drawRoundedRect(box, 10, 10)
    painter.setOpacity(1.0)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(colour)
    painter.drawRoundedRect(box, 10, 10)
    painter.restore()


WRAP = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def wrapped(metrics: QFontMetrics, width: int, text: str) -> tuple[QRect, int]:
    """Room for ``text`` wrapped at ``width`` (a rect at 0,0) and the flags to draw it
    with: at words, or anywhere when one word alone is wider than the line. Rows that
    wrap instead of eliding stay readable at large text sizes ("Extension …" is not)."""
    flags = WRAP
    needed = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
    if needed.width() > width:
        flags |= int(Qt.TextFlag.TextWrapAnywhere)
        needed = metrics.boundingRect(QRect(0, 0, width, 100_000), flags, text)
    return QRect(0, 0, width, max(metrics.height(), needed.height())), flags
