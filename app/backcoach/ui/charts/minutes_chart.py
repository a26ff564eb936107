"""Minutes exercised per day, sessions and other activities stacked, against the goal."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from backcoach.domain.progress import Binned, Series
from backcoach.ui.charts.colours import ChartColours
from backcoach.ui.charts.date_axis import DAY_S
from backcoach.ui.charts.day_chart import DayChart, colour, pen
from backcoach.ui.charts.pain_chart import bin_centre

BAR_WIDTH = 0.72
"""Share of a day a bar covers, so neighbouring days stay apart."""


class MinutesChart(DayChart):
    def __init__(self, colours: ChartColours, parent: QWidget | None = None) -> None:
        self.goal_line: pg.InfiniteLine | None = None
        super().__init__(colours, parent)
        item = self.getPlotItem()
        self.sessions = pg.BarGraphItem(x=[], height=[], width=BAR_WIDTH * DAY_S)
        self.activities = pg.BarGraphItem(x=[], height=[], y0=[], width=BAR_WIDTH * DAY_S)
        item.addItem(self.sessions)
        item.addItem(self.activities)
        self.goal_line = pg.InfiniteLine(angle=0, movable=False)
        self.goal_line.setZValue(10)
        item.addItem(self.goal_line)
        self.goal_min = 15
        self.bins: Binned | None = None
        self.apply_colours(colours)

    def apply_colours(self, colours: ChartColours) -> None:
        super().apply_colours(colours)
        if self.goal_line is None:
            return
        self.sessions.setOpts(brush=colour(colours.sessions), pen=pg.mkPen(None))
        self.activities.setOpts(brush=colour(colours.activities), pen=pg.mkPen(None))
        self.goal_line.setPen(pen(colours.goal, 2.0, Qt.PenStyle.DashLine))

    def set_series(self, series: Series, bins: Binned, goal_min: int) -> None:
        """Bars of minutes a day: one per day, or the mean a day over a week or month."""
        if not series.days:
            return
        self.bins = bins
        xs = [bin_centre(a, b) for a, b in zip(bins.starts, bins.ends, strict=True)]
        widths = [
            ((b - a).days + 1) * DAY_S * BAR_WIDTH
            for a, b in zip(bins.starts, bins.ends, strict=True)
        ]
        sessions, others = bins.session_minutes, bins.activity_minutes
        self.sessions.setOpts(x=xs, height=sessions, width=widths)
        self.activities.setOpts(x=xs, y0=sessions, height=others, width=widths)
        self.goal_min = goal_min
        assert self.goal_line is not None  # made in __init__
        self.goal_line.setPos(goal_min)
        highest = max((s + o for s, o in zip(sessions, others, strict=True)), default=0.0)
        top = max(goal_min * 1.6, highest * 1.08)
        self.getPlotItem().setYRange(0, top, padding=0)
        self.set_right_labels([(goal_min, self.tr("goal %d min") % goal_min)])
        self.set_days(series.days[0], series.days[-1])
