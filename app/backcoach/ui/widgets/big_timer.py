"""A countdown readable from two metres: digits sized from the widget's height, with a
ring that empties as the phase runs out."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def format_seconds(seconds: float) -> str:
    """Whole seconds as m:ss, rounded up so a countdown shows 0:01 until it truly ends:
    '0:45', '1:05'. Always the same form, so '1:00' is followed by '0:59', never '59'."""
    whole = max(0, math.ceil(seconds - 1e-6))
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"


class BigTimer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._fraction = 0.0
        self._accent = QColor("#0b6e79")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(100)
        self.setAccessibleName(self.tr("Timer"))

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(max(320, line * 12), max(240, line * 9))

    def minimumSizeHint(self) -> QSize:
        # Grows with the text size: at 200 % text the digits must not shrink (the
        # labels around them grow and would otherwise take the timer's room).
        line = self.fontMetrics().height()
        return QSize(line * 7, max(100, line * 6))

    def set_accent(self, colour: QColor) -> None:
        self._accent = colour
        self.update()

    def show_countdown(self, remaining_s: float, total_s: float) -> None:
        text = format_seconds(remaining_s)
        fraction = 0.0 if total_s <= 0 else max(0.0, min(1.0, remaining_s / total_s))
        self._show(text, fraction, self.tr("%s seconds left") % text)

    def show_text(self, text: str, fraction: float = 0.0) -> None:
        """Non-countdown content, e.g. a rep count-up or 'Go'."""
        self._show(text, fraction, text)

    def _show(self, text: str, fraction: float, description: str) -> None:
        """Repaint only what changed: the digits change once a second, while the ring's
        end creeps a few pixels per redraw (ten redraws a second), so between two new
        digits only the short stretch of ring around its end is painted again."""
        old_text, old_fraction = self._text, self._fraction
        self._text, self._fraction = text, fraction
        if text != old_text:
            self.setAccessibleDescription(description)
            self.update()
        elif fraction != old_fraction:
            self.update(self._arc_damage(old_fraction, fraction))

    def _ring(self) -> tuple[QRectF, float]:
        """The ring's rectangle (the pen's centre line) and its thickness."""
        side = min(self.width(), self.height()) - 12
        ring = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        thickness = max(6.0, side * 0.06)
        half = thickness / 2
        return ring.adjusted(half, half, -half, -half), thickness

    def _arc_damage(self, a: float, b: float) -> QRect:
        """The area the ring's end swept between fractions a and b (the whole widget
        when that is a long stretch)."""
        if abs(a - b) > 0.05:
            return self.rect()
        inner, thickness = self._ring()
        centre, radius = inner.center(), inner.width() / 2
        area = QRectF()
        for f in (a, (a + b) / 2, b):
            angle = math.radians(90 - 360 * f)  # clockwise from twelve o'clock
            x = centre.x() + radius * math.cos(angle)
            y = centre.y() - radius * math.sin(angle)
            spot = QRectF(x - thickness, y - thickness, 2 * thickness, 2 * thickness)
            area = spot if area.isNull() else area.united(spot)
        return area.toAlignedRect().adjusted(-2, -2, 2, 2)

    def text(self) -> str:
        return self._text

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        inner, thickness = self._ring()
        side = inner.width() + thickness
        ring = inner.adjusted(-thickness / 2, -thickness / 2, thickness / 2, thickness / 2)
        track = QColor(self.palette().color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(track, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawEllipse(inner)
        if self._fraction > 0:
            painter.setPen(
                QPen(self._accent, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            )
            painter.drawArc(inner, 90 * 16, int(-360 * 16 * self._fraction))
        font = QFont(self.font())
        font.setBold(True)
        # Height-driven size: at 800 px windows the digits are ~15% of the window or more.
        # Never smaller than 2.5 lines of text, so the digits grow with the text size.
        floor = int(self.fontMetrics().height() * 2.5)
        font.setPixelSize(max(24, floor, int(side * (0.42 if len(self._text) <= 2 else 0.32))))
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
