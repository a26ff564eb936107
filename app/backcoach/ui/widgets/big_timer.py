"""A countdown readable from two metres: digits sized from the widget's height, with a
ring that empties as the phase runs out."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


def format_seconds(seconds: float) -> str:
    """Whole seconds as m:ss, rounded up so a countdown shows 0:01 until it truly ends:
    '0:45', '1:05'. Always the same form, so '1:00' is followed by '0:59', never '59'."""
    whole = max(0, math.ceil(seconds - 1e-6))
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"


TIP_WINDOW = 45.0  # degrees of ring either side of its end repainted between digits


class BigTimer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._fraction = 0.0
        self._accent = QColor("#0b6e79")
        self._near_tip: QRect | None = None  # the last repaint asked for: the ring's end
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(100)
        self.setAccessibleName(self.tr("Timer"))

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(max(320, line * 12), max(240, line * 9))

    def minimumSizeHint(self) -> QSize:
        # Grows with the text size: at 200 % text the digits must not shrink (the
        # labels around them grow and would otherwise take the timer's room).
        # Tall enough for the digits (2.5 lines) inside the ring; when short of height the
        # ring widens into an oval around them (``dial``), so it needs no more.
        line = self.fontMetrics().height()
        return QSize(line * 7, max(100, int(line * 3.6)))

    def set_accent(self, colour: QColor) -> None:
        if colour != self._accent:  # the session sets it on every redraw
            self._accent = QColor(colour)
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
            damage = self._arc_damage(old_fraction, fraction)
            self._near_tip = damage if damage != self.rect() else None
            self.update(damage)

    def dial(self) -> tuple[QRectF, float, QFont]:
        """The ring (its outer edge), its thickness and the digits' font. The digits are
        sized from the height, never under 2.5 lines of text (they grow with the text
        size); when the height left is small (200 % text, a set of held reps) the ring
        widens into an oval around them rather than cutting them off."""
        side = max(1.0, min(self.width(), self.height()) - 12.0)
        thickness = max(6.0, side * 0.06)
        font = QFont(self.font())
        font.setBold(True)
        floor = int(self.fontMetrics().height() * 2.5)
        font.setPixelSize(max(24, floor, int(side * (0.42 if len(self._text) <= 2 else 0.32))))
        metrics = QFontMetrics(font)
        # The oval's inside must hold the digits at the height of their tops and bottoms
        # (where it is narrower than in the middle), with a little room to the ring.
        inner_height = side - thickness
        reach = min(0.95, metrics.capHeight() / inner_height)
        needed = (metrics.horizontalAdvance(self._text) + thickness) / math.sqrt(1 - reach**2)
        width = min(max(side, needed + thickness), max(side, self.width() - 12.0))
        ring = QRectF((self.width() - width) / 2, (self.height() - side) / 2, width, side)
        return ring, thickness, font

    def _ring(self) -> tuple[QRectF, float]:
        """The ring's rectangle (the pen's centre line) and its thickness."""
        ring, thickness, _font = self.dial()
        half = thickness / 2
        return ring.adjusted(half, half, -half, -half), thickness

    def _arc_damage(self, a: float, b: float) -> QRect:
        """The area the ring's end swept between fractions a and b (the whole widget
        when that is a long stretch)."""
        if abs(a - b) > 0.05 or max(a, b) > 1 - (TIP_WINDOW + 10) / 360:
            return self.rect()  # far, or the end is near the ring's start: all of it
        inner, thickness = self._ring()
        centre, across, up = inner.center(), inner.width() / 2, inner.height() / 2
        area = QRectF()
        for f in (a, (a + b) / 2, b):
            angle = math.radians(90 - 360 * f)  # clockwise from twelve o'clock
            x = centre.x() + across * math.cos(angle)
            y = centre.y() - up * math.sin(angle)
            spot = QRectF(x - thickness, y - thickness, 2 * thickness, 2 * thickness)
            area = spot if area.isNull() else area.united(spot)
        return area.toAlignedRect().adjusted(-2, -2, 2, 2)

    def text(self) -> str:
        return self._text

    def paintEvent(self, event: QPaintEvent) -> None:
        # Only the ring's end changed (and nothing else asks for paint there): stroking
        # the whole ring and the digits, clipped away, cost most of a session's redraw.
        near_tip = self._near_tip is not None and self._near_tip.contains(event.rect())
        self._near_tip = None
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring, thickness, font = self.dial()
        inner = ring.adjusted(thickness / 2, thickness / 2, -thickness / 2, -thickness / 2)
        track = QColor(self.palette().color(QPalette.ColorRole.Mid))
        painter.setPen(QPen(track, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        tip = 90.0 - 360.0 * self._fraction  # degrees, counter-clockwise from three o'clock
        if near_tip:  # the damage spans at most ~35 degrees of ring around the end
            painter.drawArc(inner, int((tip + TIP_WINDOW) * 16), int(-2 * TIP_WINDOW * 16))
        else:
            painter.drawEllipse(inner)
        if self._fraction > 0:
            painter.setPen(
                QPen(self._accent, thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            )
            start = min(90.0, tip + TIP_WINDOW) if near_tip else 90.0
            painter.drawArc(inner, int(start * 16), int((tip - start) * 16))
        painter.setFont(font)
        digits = painter.fontMetrics().boundingRect(
            ring.toAlignedRect(), int(Qt.AlignmentFlag.AlignCenter), self._text
        )
        if not near_tip or digits.intersects(event.rect()):
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
