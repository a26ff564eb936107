"""Pain trend: before and after each day's sessions, the highest during them, the 7-day
average, the pain zones, flares and next-morning check-ins.

Each series has its own shape as well as its own colour. Up to three months each mark is
a day; a year shows weekly means and longer spans monthly means (``progress.bin_for``),
while the 7-day average stays a daily line.
"""

from __future__ import annotations

import math
from datetime import date

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from backcoach.domain import pain
from backcoach.domain.progress import Bin, Binned, Series
from backcoach.ui.charts.colours import ChartColours
from backcoach.ui.charts.date_axis import DAY_S, day_to_x
from backcoach.ui.charts.day_chart import DayChart, colour, pen

FLARE_Y = 10.75
"""Flares are marked in a strip above the scale, on their day."""

_ZONES = (
    (0.0, pain.SAFE_MAX + 0.5),
    (pain.SAFE_MAX + 0.5, pain.ACCEPTABLE_MAX + 0.5),
    (pain.ACCEPTABLE_MAX + 0.5, pain.MAX_SCORE + 0.0),
)


def _xy(xs: list[float], values: list[float | None]) -> tuple[list[float], list[float]]:
    pairs = [(x, v) for x, v in zip(xs, values, strict=True) if v is not None]
    return [p[0] for p in pairs], [float(p[1]) for p in pairs]


class PainTrendChart(DayChart):
    def __init__(self, colours: ChartColours, parent: QWidget | None = None) -> None:
        self.bands: list[pg.LinearRegionItem] = []
        super().__init__(colours, parent)
        item = self.getPlotItem()
        item.setYRange(-0.45, 11.3, padding=0)
        item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        for low, high in _ZONES:
            band = pg.LinearRegionItem(
                (low, high), orientation="horizontal", movable=False, pen=pg.mkPen(None)
            )
            band.setZValue(-20)
            item.addItem(band, ignoreBounds=True)
            self.bands.append(band)
        names = (self.tr("safe"), self.tr("acceptable"), self.tr("high"))
        labels = [((low + high) / 2, name) for name, (low, high) in zip(names, _ZONES, strict=True)]
        self.set_right_labels([*labels, (FLARE_Y, self.tr("pain rises"))])
        self.average = pg.PlotDataItem(connect="finite")
        self.before = pg.ScatterPlotItem(symbol="o")
        self.after = pg.ScatterPlotItem(symbol="s")
        self.highest = pg.ScatterPlotItem(symbol="t1")
        self.checkins = pg.ScatterPlotItem(symbol="d")
        self.flares = pg.ScatterPlotItem(symbol="t")
        for z, series in enumerate(
            (self.average, self.highest, self.before, self.after, self.checkins, self.flares)
        ):
            series.setZValue(z)
            item.addItem(series)
        self.marker_size = 10
        self.bins: Binned | None = None
        self._lines: dict[int, tuple[Series, list[float], list[float]]] = {}
        self.apply_colours(colours)

    def apply_colours(self, colours: ChartColours) -> None:
        super().apply_colours(colours)
        if not self.bands:
            return  # called by the base class before the series exist
        for band, (value, alpha) in zip(self.bands, colours.zones, strict=True):
            band.setBrush(colour(value, alpha))
        self._style_average()
        self._style_markers()

    def _style_average(self) -> None:
        # Over months and years the daily line is busy: thinner and a little see-through,
        # so the weekly or monthly marks on it stay visible. Over years it is one pixel
        # wide: Qt draws a 1-pixel line of 3,650 points ten times faster than a wider one.
        bin_ = self.bins.bin if self.bins is not None else Bin.DAY
        width, alpha = {Bin.DAY: (3.0, 255), Bin.WEEK: (2.0, 230)}.get(bin_, (1.0, 200))
        line = pen(self.colours.average, width)
        line.setColor(colour(self.colours.average, alpha))
        self.average.setPen(line)

    def _style_markers(self) -> None:
        c = self.colours
        size = self.marker_size
        outline = pen(c.background, 1.0)
        for series, value in (
            (self.before, c.before),
            (self.after, c.after),
            (self.highest, c.highest),
        ):
            series.setSize(size)
            series.setBrush(colour(value))
            series.setPen(outline)
        self.checkins.setSize(size + 2)
        self.checkins.setBrush(colour(c.checkin))
        self.checkins.setPen(outline)
        self.flares.setSize(size)
        self.flares.setBrush(colour(c.flare))
        self.flares.setPen(pg.mkPen(None))

    def set_series(self, series: Series, bins: Binned) -> None:
        """Daily 7-day average from ``series``; marks per day, week or month from ``bins``."""
        if not series.days:
            return
        self.bins = bins
        size = 10 if len(bins.starts) <= 40 else 8
        self.marker_size = size
        xs = [bin_centre(a, b) for a, b in zip(bins.starts, bins.ends, strict=True)]
        # The size goes with the data: set apart, each series restyled every spot again
        # after setData (a third of a range switch's time, measured). Brush and pen are
        # the series' defaults, which new spots take: nothing to restyle when size changes.
        for item, values, item_size in (
            (self.before, bins.before, size),
            (self.after, bins.after, size),
            (self.highest, bins.highest, size),
            (self.checkins, bins.checkins, size + 2),
        ):
            x, y = _xy(xs, values)
            item.setData(x, y, size=item_size)
        flare_x = [x for x, n in zip(xs, bins.flares, strict=True) if n]
        self.flares.setData(flare_x, [FLARE_Y] * len(flare_x), size=size)
        self._style_average()
        xs_line, average = self._line_of(series)
        self.average.setData(xs_line, average)
        self.set_days(series.days[0], series.days[-1])

    def _line_of(self, series: Series) -> tuple[list[float], list[float]]:
        """The 7-day average's points, kept per series: ten years' 3,650 points were made
        again at every switch back to "all" (the page keeps its series per range)."""
        kept = self._lines.get(id(series))
        if kept is None or kept[0] is not series:
            xs = self.centres(series.days)
            ys = [math.nan if v is None else v for v in series.average]
            if len(self._lines) >= 8:
                self._lines.clear()
            kept = self._lines[id(series)] = (series, xs, ys)
        return kept[1], kept[2]


def bin_centre(first: date, last: date) -> float:
    return (day_to_x(first) + day_to_x(last) + DAY_S) / 2


__all__ = ["PainTrendChart", "bin_centre"]
