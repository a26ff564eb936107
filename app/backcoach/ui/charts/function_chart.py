"""The functional scale over time: the mean of the activities (thick line) and each
activity's own line, over a band that shows how far the mean must move from its first
value to be a real change (2 points, CLINICAL.md section 7).

Each activity has its own marker shape as well as its own colour; the page lists them.
"""

from __future__ import annotations

from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from backcoach.domain import function_scale as fs
from backcoach.ui.charts.colours import ChartColours
from backcoach.ui.charts.day_chart import DayChart, colour, pen

SYMBOLS = ("o", "s", "t1", "d", "t", "p", "h", "star")
"""Marker shapes of the activities' lines, in the order the page lists them."""


def item_colours(colours: ChartColours) -> tuple[str, ...]:
    return (colours.before, colours.after, colours.highest, colours.checkin, colours.activities)


class FunctionChart(DayChart):
    def __init__(self, colours: ChartColours, parent: QWidget | None = None) -> None:
        self.band: pg.LinearRegionItem | None = None
        super().__init__(colours, parent)
        item = self.getPlotItem()
        item.setYRange(-0.45, 10.45, padding=0)
        item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        self.band = pg.LinearRegionItem(
            (0, 0), orientation="horizontal", movable=False, pen=pg.mkPen(None)
        )
        self.band.setZValue(-20)
        self.band.hide()
        item.addItem(self.band, ignoreBounds=True)
        self.mean = pg.PlotDataItem(symbol="o")
        self.mean.setZValue(10)
        item.addItem(self.mean)
        self.lines: list[pg.PlotDataItem] = []
        self.history: list[fs.FunctionCheck] = []
        self.apply_colours(colours)

    def apply_colours(self, colours: ChartColours) -> None:
        super().apply_colours(colours)
        if self.band is None:
            return  # called by the base class before the series exist
        self.band.setBrush(colour(colours.average, 40))
        self._style()

    def _style(self) -> None:
        c = self.colours
        self.mean.setPen(pen(c.text, 3.5))
        self.mean.setSymbolBrush(colour(c.text))
        self.mean.setSymbolPen(pen(c.background, 1.5))
        self.mean.setSymbolSize(11)
        palette = item_colours(c)
        for index, line in enumerate(self.lines):
            tint = palette[index % len(palette)]
            line.setPen(pen(tint, 2.0, Qt.PenStyle.DashLine))
            line.setSymbol(SYMBOLS[index % len(SYMBOLS)])
            line.setSymbolBrush(colour(tint))
            line.setSymbolPen(pen(c.background, 1.0))
            line.setSymbolSize(9)

    def set_history(self, history: list[fs.FunctionCheck], today: date) -> None:
        """Draw ``history`` (any order) from its first check to ``today``."""
        self.history = fs.ordered(history)
        item = self.getPlotItem()
        for line in self.lines:
            item.removeItem(line)
        self.lines = []
        if not self.history:
            self.mean.setData([], [])
            self.band.hide()
            return
        first = self.history[0].local_day()
        last = max(today, self.history[-1].local_day())
        self.set_days(first - timedelta(days=2), last + timedelta(days=2))
        days = [c.local_day() for c in self.history]
        self.mean.setData(self.centres(days), [c.mean for c in self.history])
        for history in fs.item_histories(self.history):
            pairs = [(p[0].astimezone().date(), p[1]) for p in history.points]
            line = pg.PlotDataItem(self.centres([d for d, _ in pairs]), [s for _, s in pairs])
            line.setZValue(5)
            item.addItem(line)
            self.lines.append(line)
        start = self.history[0].mean
        self.band.setRegion((max(0.0, start - fs.MEAN_CHANGE), min(10.0, start + fs.MEAN_CHANGE)))
        self.band.show()
        self.set_right_labels([(start, self.tr("no clear change"))])
        self._style()
