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
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPen
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
        self.setFixedHeight(int(ROW_H * (len(effects) + 1) + 6))
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
        return QSize(600, int(ROW_H * (len(self.effects) + 1) + 6))

    def _columns(self) -> tuple[float, float, float, float]:
        """x of: times column, first bar, second bar; and a bar's width."""
        width = self.width()
        name_w = min(max(200.0, width * 0.34), 330.0)
        # Wider where the names need it (French and Spanish names, large text), up to
        # almost half the row, rather than cutting them off beside empty bars.
        metrics = QFontMetricsF(self.font())
        shown = [self.names.get(e.key, e.key) for e in self.effects]
        widest = max((metrics.horizontalAdvance(name) for name in shown), default=0.0) + 20
        name_w = max(name_w, min(widest, width * 0.45))
        times_w = 70.0
        bar_w = (width - name_w - times_w - 24) / 2
        return name_w, name_w + times_w, name_w + times_w + bar_w + 24, bar_w

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.colours
        times_x, during_x, after_x, bar_w = self._columns()
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetricsF(self.font())
        painter.setFont(bold)
        painter.setPen(QColor(c.text))
        header = QRectF(0, 0, times_x - 8, ROW_H)
        align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(header, align_left, self.heading)
        painter.drawText(QRectF(times_x, 0, during_x - times_x, ROW_H), align_left,
                         self.tr("Times"))  # fmt: skip
        painter.drawText(QRectF(during_x, 0, bar_w, ROW_H), Qt.AlignmentFlag.AlignCenter,
                         self.tr("While doing it"))  # fmt: skip
        painter.drawText(QRectF(after_x, 0, bar_w, ROW_H), Qt.AlignmentFlag.AlignCenter,
                         self.tr("Right after"))  # fmt: skip
        painter.setFont(self.font())
        self._hit = []
        grid = QPen(QColor(c.grid))
        for row, effect in enumerate(self.effects):
            y = ROW_H * (row + 1)
            painter.setPen(grid)
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            name = self.names.get(effect.key, effect.key)
            painter.setPen(QColor(c.text))
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, times_x - 12)
            painter.drawText(QRectF(0, y, times_x - 8, ROW_H), align_left, shown)
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(times_x, y, during_x - times_x, ROW_H), align_left,
                             str(effect.times))  # fmt: skip
            self._bar(painter, QRectF(during_x, y, bar_w, ROW_H), effect.during, metrics)
            self._bar(painter, QRectF(after_x, y, bar_w, ROW_H), effect.after, metrics)
            self._hit.append(
                (
                    QRectF(0, y, self.width(), ROW_H),
                    self.tr("%s, done %d times: pain %s while doing it, %s right after")
                    % (name, effect.times, signed(effect.during), signed(effect.after)),
                )
            )
        painter.end()

    def _bar(
        self, painter: QPainter, cell: QRectF, value: float | None, metrics: QFontMetricsF
    ) -> None:
        c = self.colours
        label_w = metrics.horizontalAdvance("−0.0") + 10
        half = (cell.width() - 2 * label_w) / 2
        zero = cell.left() + label_w + half
        painter.setPen(QPen(QColor(c.muted), 1.5))
        painter.drawLine(QPointF(zero, cell.top() + 5), QPointF(zero, cell.bottom() - 5))
        if value is None:
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, "")
            return
        length = max(-1.0, min(1.0, value / SCALE)) * half
        rect = QRectF(min(zero, zero + length), cell.top() + 9, abs(length), cell.height() - 18)
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
