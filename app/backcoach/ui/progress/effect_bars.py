"""What helps, drawn as rows: a name, how often, and two bars around zero.

The bars show the average change of pain from just before an exercise to the highest
rating while doing it, and to the rating right after it. Left of the line (eased) is drawn
in the safe zone's green, right of it (rose) in the acceptable zone's amber: a small rise
while exercising is acceptable (docs/clinical-rules.md), so nothing here is painted as
alarming. Every bar also carries its number.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from backcoach.domain.progress_effects import Effect
from backcoach.services.report_language import decimal
from backcoach.ui.charts.colours import ChartColours, current_chart_colours
from backcoach.ui.widgets.pain_scale import ZONE_COLOURS

ROW_H = 34.0
SCALE = 2.0
"""Points of change at the end of a bar's half (bigger changes are drawn to the end)."""


def signed(value: float | None) -> str:
    """'+0.7', '−0.4' with the decimal mark of the language in use (+0,7 in Spanish)."""
    if value is None:
        return "–"
    if round(value, 1) == 0:
        return decimal("0.0")
    return decimal(f"{value:+.1f}".replace("-", "−"))


class EffectBars(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours: ChartColours = current_chart_colours()
        self.effects: list[Effect] = []
        self.names: dict[str, str] = {}
        self.heading = self.tr("Exercise")
        self._hit: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_effects(self, effects: list[Effect], names: dict[str, str], heading: str) -> None:
        self.effects, self.names, self.heading = effects, names, heading
        self._fit_height()
        self.setAccessibleDescription(
            "; ".join(
                self.tr("%s: %s while doing it, %s right after, %d times")
                % (self.names.get(e.key, e.key), signed(e.during), signed(e.after), e.times)
                for e in effects
            )
        )
        self.update()

    def set_colours(self, colours: ChartColours) -> None:
        self.colours = colours
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, self._height())

    # --- geometry: follows the text size, so nothing is cut at 200% ---------------------
    def _row_h(self) -> float:
        return max(ROW_H, QFontMetricsF(self.font()).height() + 12)

    def _bold(self) -> QFont:
        bold = QFont(self.font())
        bold.setBold(True)
        return bold

    def _headers(self) -> tuple[str, str, str]:
        return self.tr("Times"), self.tr("While doing it"), self.tr("Right after")

    def _header_h(self) -> float:
        """As tall as the column titles wrapped in their columns (two lines in Spanish
        at large text: "Mientras lo / hace")."""
        times_x, during_x, _, bar_w = self._columns()
        metrics = QFontMetricsF(self._bold())
        wrap = Qt.TextFlag.TextWordWrap
        heights = [
            metrics.boundingRect(QRectF(0, 0, width, 1e6), wrap, text).height()
            for text, width in (
                (self.heading, times_x - 8),
                (self._headers()[0], during_x - times_x - 4),
                (self._headers()[1], bar_w),
                (self._headers()[2], bar_w),
            )
        ]
        return max(self._row_h(), max(heights) + 10)

    def _row_heights(self) -> list[float]:
        """Each row as tall as its name wrapped in the names' column (a long Spanish name
        at 200% takes two lines rather than being cut to "…")."""
        times_x = self._columns()[0]
        metrics = QFontMetricsF(self.font())
        room = QRectF(0, 0, max(1.0, times_x - 12), 1e6)
        wrap = Qt.TextFlag.TextWordWrap
        return [
            max(self._row_h(), metrics.boundingRect(room, wrap, self._name(e)).height() + 12)
            for e in self.effects
        ]

    def _name(self, effect: Effect) -> str:
        return self.names.get(effect.key, effect.key)

    def _height(self) -> int:
        return int(self._header_h() + sum(self._row_heights()) + 6)

    def _fit_height(self) -> None:
        self.setFixedHeight(self._height())
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self._height():  # titles wrap differently at another width
            self._fit_height()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def _columns(self) -> tuple[float, float, float, float]:
        """x of: times column, first bar, second bar; and a bar's width."""
        width = self.width()
        metrics = QFontMetricsF(self.font())
        bold = QFontMetricsF(self._bold())
        times_title, during_title, after_title = self._headers()
        # "Times" and the largest count, at any text size (a fixed 70 px cut "Veces").
        counts = [str(e.times) for e in self.effects] or ["0"]
        times_w = max(
            70.0,
            bold.horizontalAdvance(times_title) + 16,
            max(metrics.horizontalAdvance(t) for t in counts) + 16,
        )
        # Each bar keeps room for its two numbers and a readable bar, and for the
        # longest word of its title (the title itself wraps).
        words = [*during_title.split(), *after_title.split()]
        longest_word = max((bold.horizontalAdvance(w) for w in words), default=0.0)
        bar_min = max(2 * (metrics.horizontalAdvance("−0,0") + 10) + 60, longest_word + 8)
        name_w = min(max(200.0, width * 0.34), 330.0)
        # Wider where the names need it (French and Spanish names, large text), up to
        # almost half the row, rather than cutting them off beside empty bars; never so
        # wide that the bars lose their room.
        shown = [self.names.get(e.key, e.key) for e in self.effects]
        widest = max((metrics.horizontalAdvance(name) for name in shown), default=0.0) + 20
        name_w = max(name_w, min(widest, width * 0.45))
        name_w = max(120.0, min(name_w, width - times_w - 24 - 2 * bar_min))
        bar_w = (width - name_w - times_w - 24) / 2
        return name_w, name_w + times_w, name_w + times_w + bar_w + 24, bar_w

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.colours
        times_x, during_x, after_x, bar_w = self._columns()
        header_h = self._header_h()
        metrics = QFontMetricsF(self.font())
        painter.setFont(self._bold())
        painter.setPen(QColor(c.text))
        times_title, during_title, after_title = self._headers()
        wrap = Qt.TextFlag.TextWordWrap
        align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        centred = Qt.AlignmentFlag.AlignCenter | wrap
        painter.drawText(QRectF(0, 0, times_x - 8, header_h), align_left | wrap, self.heading)
        painter.drawText(QRectF(times_x, 0, during_x - times_x - 4, header_h),
                         align_left | wrap, times_title)  # fmt: skip
        painter.drawText(QRectF(during_x, 0, bar_w, header_h), centred, during_title)
        painter.drawText(QRectF(after_x, 0, bar_w, header_h), centred, after_title)
        painter.setFont(self.font())
        self._hit = []
        grid = QPen(QColor(c.grid))
        y = header_h
        for effect, row_h in zip(self.effects, self._row_heights(), strict=True):
            painter.setPen(grid)
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            name = self._name(effect)
            painter.setPen(QColor(c.text))
            painter.drawText(QRectF(0, y, times_x - 12, row_h), align_left | wrap, name)
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(times_x, y, during_x - times_x, row_h), align_left,
                             str(effect.times))  # fmt: skip
            self._bar(painter, QRectF(during_x, y, bar_w, row_h), effect.during, metrics)
            self._bar(painter, QRectF(after_x, y, bar_w, row_h), effect.after, metrics)
            self._hit.append(
                (
                    QRectF(0, y, self.width(), row_h),
                    self.tr("%s, done %d times: pain %s while doing it, %s right after")
                    % (name, effect.times, signed(effect.during), signed(effect.after)),
                )
            )
            y += row_h
        painter.end()

    def _bar(
        self, painter: QPainter, cell: QRectF, value: float | None, metrics: QFontMetricsF
    ) -> None:
        c = self.colours
        label_w = metrics.horizontalAdvance("−0,0") + 10
        half = (cell.width() - 2 * label_w) / 2
        zero = cell.left() + label_w + half
        painter.setPen(QPen(QColor(c.muted), 1.5))
        painter.drawLine(QPointF(zero, cell.top() + 5), QPointF(zero, cell.bottom() - 5))
        if value is None:
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, "")
            return
        length = max(-1.0, min(1.0, value / SCALE)) * half
        thick = self._row_h() * 0.48  # follows the text size, the same in a two-line row
        rect = QRectF(min(zero, zero + length), cell.center().y() - thick / 2, abs(length),
                      thick)  # fmt: skip
        fill = ZONE_COLOURS["safe" if value < 0 else "acceptable"][0]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor(c.text))
        text = signed(value)
        if value < 0:
            box = QRectF(rect.left() - label_w, cell.top(), label_w - 4, cell.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             text)  # fmt: skip
        else:
            box = QRectF(rect.right() + 4, cell.top(), label_w, cell.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text)  # fmt: skip

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            event = cast(QHelpEvent, event)
            point = QPointF(event.pos())
            text = next((t for r, t in self._hit if r.contains(point)), None)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
