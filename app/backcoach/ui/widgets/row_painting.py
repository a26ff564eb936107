"""Painting shared by the list delegates, so every list shows selection the same way."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
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
