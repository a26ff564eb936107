"""The base of the day-by-day charts: a date axis, no pan or zoom, a hover line.

Pan, zoom and the right-click menu are off: the range buttons choose the period, and a
stray drag from someone on a mat must not leave a chart scrolled to nowhere. Hovering
shows the day under the pointer with a faint line and emits ``hovered(date | None)``.
"""

from __future__ import annotations

from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QKeyEvent, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene, QWidget

from backcoach.ui.charts.colours import ChartColours
from backcoach.ui.charts.date_axis import DAY_S, DayAxis, day_to_x, x_to_day

pg.setConfigOptions(antialias=True)


def pen(colour: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    p = QPen(QColor(colour))
    p.setWidthF(width)
    p.setStyle(style)
    p.setCosmetic(True)
    return p


def colour(value: str, alpha: int = 255) -> QColor:
    c = QColor(value)
    c.setAlpha(alpha)
    return c


CHART_HEIGHT = 484
"""The day charts' height in pixels, whatever the range, window or text size."""
LEFT_AXIS_W = 44
RIGHT_AXIS_W = 100
"""Both charts keep the same axis widths so their days line up one above the other."""
_RIGHT_W: dict[tuple[str, float], int] = {}
"""The right axis's width for a tick font, grown (never shrunk) to the widest words a
chart has put there: 'acceptable' at 200% text or 'sans risque' would not fit in 100 px
and pyqtgraph leaves out what does not fit. Shared, so the charts still line up."""


class DayChart(pg.PlotWidget):  # type: ignore[misc]  # pyqtgraph is untyped
    hovered = Signal(object)  # the date under the pointer, or None when it leaves

    def __init__(self, colours: ChartColours, parent: QWidget | None = None) -> None:
        # No menu and no mouse on the view box: made without them, not turned off after
        # (its context menu alone took ~10 ms a chart to build).
        view = pg.ViewBox(enableMenu=False, enableMouse=False, defaultPadding=0.0)
        super().__init__(parent, axisItems={"bottom": DayAxis("bottom")}, viewBox=view)
        # A dozen items, all drawn at every paint: Qt's spatial index of them only cost
        # work at each change, and purged itself on a 2-second timer after each (a timer
        # event of an idle Progress screen, tests/gui/test_idle_and_lazy.py).
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.colours = colours
        self.start: date | None = None
        self.end: date | None = None
        self._hover_day: date | None = None
        item = self.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.vb.setDefaultPadding(0.0)
        # Keyboard users read the days with the arrow keys, as others do with the pointer.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleDescription(
            self.tr("Left and right arrow keys step through the days; Home and End jump.")
        )
        font = QFont(QApplication.font())
        font.setPointSizeF(max(9.0, font.pointSizeF() * 0.92))
        self.tick_font = font
        item.getAxis("left").setStyle(tickFont=font, tickLength=-6, autoExpandTextSpace=True)
        # The dates' row as tall as the tick font from the start: grown only after its
        # first paint (autoExpandTextSpace), it cut the dates in half at large text.
        item.getAxis("bottom").setStyle(
            tickFont=font,
            tickLength=-6,
            autoExpandTextSpace=False,
            tickTextHeight=QFontMetrics(font).height(),
        )
        item.showAxis("right")
        right = item.getAxis("right")
        right.setStyle(tickFont=font, tickLength=0, autoExpandTextSpace=False)
        right.setWidth(RIGHT_AXIS_W)
        right.setTicks([[]])
        item.getAxis("left").setWidth(LEFT_AXIS_W)
        self.hover_line = pg.InfiniteLine(angle=90, movable=False)
        self.hover_line.setZValue(-5)
        self.hover_line.hide()
        item.addItem(self.hover_line, ignoreBounds=True)
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        # A fixed height: the layout gave them pyqtgraph's size hint, which follows the
        # view's own size (Qt's default 640x480 at first: 484 px with the focus border),
        # and on "All" it first took the calendar's growth from both charts and then gave
        # it back, three resizes of each chart and a second paint per switch (008-speed.md).
        self.setFixedHeight(CHART_HEIGHT)
        self.apply_colours(colours)

    # -- look ----------------------------------------------------------------------
    def apply_colours(self, colours: ChartColours) -> None:
        self.colours = colours
        self.setBackground(colours.background)
        item = self.getPlotItem()
        for name in ("bottom", "left", "right"):
            axis = item.getAxis(name)
            axis.setPen(pen(colours.grid))
            axis.setTextPen(pen(colours.muted))
        item.getAxis("right").setPen(pen(colours.background))
        self.hover_line.setPen(pen(colours.hover, 1.5, Qt.PenStyle.DashLine))
        self.setStyleSheet(
            "QGraphicsView { border: 2px solid transparent; border-radius: 4px; }"
            f" QGraphicsView:focus {{ border: 2px solid {colours.sessions}; }}"
        )

    def set_right_labels(self, labels: list[tuple[float, str]]) -> None:
        """Words on the right edge at given heights (zone names, the goal)."""
        right = self.getPlotItem().getAxis("right")
        key = (self.tick_font.family(), self.tick_font.pointSizeF())
        metrics = QFontMetrics(self.tick_font)
        need = max((metrics.horizontalAdvance(text) + 12 for _, text in labels), default=0)
        width = _RIGHT_W[key] = max(_RIGHT_W.get(key, RIGHT_AXIS_W), need)
        if right.width() != width:
            right.setWidth(width)
        right.setTicks([labels])

    # -- range ---------------------------------------------------------------------
    def set_days(self, start: date, end: date) -> None:
        self.start, self.end = start, end
        self.getPlotItem().setXRange(day_to_x(start), day_to_x(end) + DAY_S, padding=0)
        # pyqtgraph brings its view box up to date only when the chart starts painting,
        # and what that changes asks for a second paint right after: every range switch
        # drew each chart twice. Brought up to date now, the one paint is the last.
        self.scene().prepareForPaint()

    @staticmethod
    def centres(days: list[date]) -> list[float]:
        """x of each day's middle: points and bars sit over their day's label."""
        return [day_to_x(d) + DAY_S / 2 for d in days]

    # -- hover ---------------------------------------------------------------------
    def _mouse_moved(self, position: QPointF) -> None:
        item = self.getPlotItem()
        inside = item.vb.sceneBoundingRect().contains(position)
        day = x_to_day(item.vb.mapSceneToView(position).x()) if inside else None
        if day is not None and self.start is not None and self.end is not None:
            day = min(max(day, self.start), self.end)
        self.show_day(day)

    def show_day(self, day: date | None) -> None:
        """Mark ``day`` (None clears) and tell the page; also used by keyboard and tests."""
        if day == self._hover_day:
            return
        self._hover_day = day
        if day is None:
            self.hover_line.hide()
        else:
            self.hover_line.setPos(day_to_x(day) + DAY_S / 2)
            self.hover_line.show()
        self.hovered.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.start is None or self.end is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        current = self._hover_day or self.end
        steps: dict[int, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if key in steps:
            day = current if self._hover_day is None else current + timedelta(days=steps[key])
            self.show_day(min(max(day, self.start), self.end))
        elif key == Qt.Key.Key_Home:
            self.show_day(self.start)
        elif key == Qt.Key.Key_End:
            self.show_day(self.end)
        elif key == Qt.Key.Key_Escape:
            self.show_day(None)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.show_day(None)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self.show_day(None)
