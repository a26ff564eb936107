"""The pain trend chart of the clinician's report, drawn with QPainter as vectors.

It sits in the report's QTextDocument as a custom text object, so it flows and paginates
with the text and its labels stay real, selectable text in the PDF. Same marks as on
screen (``ui/charts/pain_chart.py``) in print-friendly colours; no pyqtgraph, so it can
be drawn on a background thread and from the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPyTextObject,
    QTextDocument,
    QTextFormat,
)

from backcoach.domain import pain
from backcoach.domain.date_ticks import step_for_count, tick_days
from backcoach.domain.progress import Binned, Series
from backcoach.services.date_words import tick_label
from backcoach.services.report_language import translate

CHART_OBJECT = int(QTextFormat.ObjectTypes.UserObject) + 1
ASPECT = 0.42
"""Height over width of the chart."""

COLOURS = {
    "before": "#0072b2",
    "after": "#009e73",
    "highest": "#d55e00",
    "checkin": "#b0508d",
    "flare": "#b3261e",
    "average": "#1b2430",
    "grid": "#c9d2dc",
    "text": "#4f5b69",
    "safe": "#e4f1ea",
    "acceptable": "#fbf0d9",
    "high": "#f8e1df",
}


@dataclass(frozen=True)
class ChartData:
    series: Series
    bins: Binned


def _marker(painter: QPainter, kind: str, centre: QPointF, size: float) -> None:
    r = size / 2
    x, y = centre.x(), centre.y()
    if kind == "circle":
        painter.drawEllipse(centre, r, r)
    elif kind == "square":
        painter.drawRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    else:
        path = QPainterPath()
        if kind == "up":
            path.moveTo(x, y - r)
            path.lineTo(x + r, y + r * 0.8)
            path.lineTo(x - r, y + r * 0.8)
        elif kind == "down":
            path.moveTo(x, y + r)
            path.lineTo(x + r, y - r * 0.8)
            path.lineTo(x - r, y - r * 0.8)
        else:  # diamond
            path.moveTo(x, y - r)
            path.lineTo(x + r, y)
            path.lineTo(x, y + r)
            path.lineTo(x - r, y)
        path.closeSubpath()
        painter.drawPath(path)


def draw_pain_chart(painter: QPainter, rect: QRectF, data: ChartData, font: QFont) -> None:
    """Draw the chart in ``rect`` (device units of the painter)."""
    series, bins = data.series, data.bins
    if not series.days:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.8)
    painter.setFont(small)
    metrics = QFontMetricsF(small, painter.device())
    unit = metrics.height()
    left = rect.left() + metrics.horizontalAdvance("10") + unit * 0.6
    zone_words = {
        "safe": translate("Report", "safe"),
        "acceptable": translate("Report", "acceptable"),
        "high": translate("Report", "high"),
    }
    widest = max(metrics.horizontalAdvance(word) for word in zone_words.values())
    right = rect.right() - widest - unit * 0.6
    top = rect.top() + unit * 1.4  # room for the flare strip
    bottom = rect.bottom() - unit * 1.5
    plot = QRectF(left, top, right - left, bottom - top)
    first, last = series.days[0], series.days[-1]
    span = (last - first).days + 1

    def x_of(day: date, offset: float = 0.5) -> float:
        return plot.left() + ((day - first).days + offset) / span * plot.width()

    def y_of(score: float) -> float:
        return plot.bottom() - (score + 0.4) / 10.8 * plot.height()

    zones = (
        ("safe", -0.4, pain.SAFE_MAX + 0.5),
        ("acceptable", pain.SAFE_MAX + 0.5, pain.ACCEPTABLE_MAX + 0.5),
        ("high", pain.ACCEPTABLE_MAX + 0.5, 10.4),
    )
    painter.setPen(Qt.PenStyle.NoPen)
    for name, low, high in zones:
        painter.setBrush(QColor(COLOURS[name]))
        painter.drawRect(QRectF(plot.left(), y_of(high), plot.width(), y_of(low) - y_of(high)))
    text_pen = QPen(QColor(COLOURS["text"]))
    grid_pen = QPen(QColor(COLOURS["grid"]))
    grid_pen.setWidthF(unit * 0.05)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for score in range(0, 11, 2):
        y = y_of(score)
        painter.setPen(grid_pen)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text_pen)
        label = QRectF(rect.left(), y - unit / 2, plot.left() - rect.left() - unit * 0.3, unit)
        painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(score))  # fmt: skip
    for name, low, high in zones:
        label = QRectF(plot.right() + unit * 0.3, y_of(high), rect.right() - plot.right(),
                       y_of(low) - y_of(high))  # fmt: skip
        painter.drawText(
            label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, zone_words[name]
        )
    rises = translate("Report", "pain rises")
    strip = QRectF(plot.right() + unit * 0.3, rect.top(), rect.right() - plot.right(), unit * 1.2)
    if metrics.horizontalAdvance(rises) > strip.width() - unit * 0.3:
        # Longer in another language ("hausses de douleur"): end it at the chart's right
        # edge, over the top of the plot, rather than cut it off.
        strip.setLeft(rect.right() - metrics.horizontalAdvance(rises) - unit * 0.3)
    painter.drawText(strip, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, rises)
    step = step_for_count(span, max(3, int(plot.width() / (unit * 5))))
    ticks = [
        (day, tick_label(day, step, index == 0, weekday=False))
        for index, day in enumerate(tick_days(first, last, step))
    ]
    for day, text in ticks:
        x = x_of(day, 0.5 if span <= 62 else 0.0)
        painter.setPen(grid_pen)
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + unit * 0.3))
        painter.setPen(text_pen)
        box = QRectF(x - unit * 4, plot.bottom() + unit * 0.3, unit * 8, unit * 1.1)
        painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    # the 7-day average, day by day
    line = QPen(QColor(COLOURS["average"]))
    line.setWidthF(unit * (0.16 if span <= 120 else 0.09))
    line.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(line)
    path = QPainterPath()
    drawing = False
    for day, value in zip(series.days, series.average, strict=True):
        if value is None:
            drawing = False
            continue
        point = QPointF(x_of(day), y_of(value))
        if drawing:
            path.lineTo(point)
        else:
            path.moveTo(point)
            drawing = True
    painter.drawPath(path)

    size = unit * (0.55 if len(bins.starts) <= 40 else 0.4)
    outline = QPen(QColor("#ffffff"))
    outline.setWidthF(unit * 0.04)
    marks = (
        ("highest", "up", bins.highest),
        ("before", "circle", bins.before),
        ("after", "square", bins.after),
        ("checkin", "diamond", bins.checkins),
    )
    for name, kind, values in marks:
        painter.setPen(outline)
        painter.setBrush(QBrush(QColor(COLOURS[name])))
        for first_day, last_day, value in zip(bins.starts, bins.ends, values, strict=True):
            if value is not None:
                x = (x_of(first_day, 0.0) + x_of(last_day, 1.0)) / 2
                _marker(painter, kind, QPointF(x, y_of(value)), size)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(COLOURS["flare"])))
    for first_day, last_day, count in zip(bins.starts, bins.ends, bins.flares, strict=True):
        if count:
            x = (x_of(first_day, 0.0) + x_of(last_day, 1.0)) / 2
            _marker(painter, "down", QPointF(x, rect.top() + unit * 0.6), size)
    painter.restore()


class PainChartObject(QPyTextObject):
    """The handler QTextDocument calls to size and draw the chart object."""

    def __init__(self, data: ChartData, font: QFont, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.font = font

    def intrinsicSize(self, doc: QTextDocument, position: int, text_format: QTextFormat) -> QSizeF:
        width = doc.pageSize().width() if doc.pageSize().width() > 0 else doc.textWidth()
        width -= 2 * doc.documentMargin()
        return QSizeF(width, width * ASPECT)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        position: int,
        text_format: QTextFormat,
    ) -> None:
        draw_pain_chart(painter, QRectF(rect), self.data, self.font)
