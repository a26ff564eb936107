"""The consistency calendar: one square per day, darker for more exercise.

Weeks run left to right and days Monday to Sunday top to bottom, as on most exercise
calendars. For the whole history (years) each square is a month instead, with the number
of active days written in it. Drawn with QPainter: it is cheap and needs no pyqtgraph.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import cast

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from backcoach.domain.progress import MonthActivity
from backcoach.services import date_words
from backcoach.ui.charts.colours import ChartColours, current_chart_colours

MAX_CELL = 28.0
MIN_CELL = 7.0
GAP = 3.0
MONTH_ROW_H = 30.0


@dataclass(frozen=True, slots=True)
class DayCell:
    day: date
    level: int
    minutes: float


def month_level(month: MonthActivity) -> int:
    """Shade of a month: the share of its days with exercise."""
    if month.days == 0 or month.active_days == 0:
        return 0
    share = month.active_days / month.days
    return 1 if share < 0.5 else 2 if share < 0.8 else 3


class CalendarHeatmap(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colours: ChartColours = current_chart_colours()
        self.cells: list[DayCell] = []
        self.months: list[MonthActivity] = []
        self.today: date | None = None
        self._hit: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Calendar of active days"))

    # -- data ----------------------------------------------------------------------
    def set_days(self, cells: list[DayCell], today: date) -> None:
        self.cells, self.months, self.today = cells, [], today
        self._fit()
        self.update()

    @staticmethod
    def _day_names() -> tuple[tuple[int, str], ...]:
        """Monday, Wednesday, Friday and Sunday, short, from Qt's locale (row, name)."""
        locale = QLocale()
        return tuple(
            (row, locale.dayName(row + 1, QLocale.FormatType.ShortFormat)) for row in (0, 2, 4, 6)
        )

    def set_months(self, months: list[MonthActivity], today: date) -> None:
        self.cells, self.months, self.today = [], months, today
        self._fit()
        self.update()

    def set_colours(self, colours: ChartColours) -> None:
        self.colours = colours
        self.update()

    # -- geometry ------------------------------------------------------------------
    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _gutter(self) -> float:
        return max(self._metrics().horizontalAdvance(name) for _, name in self._day_names()) + 12

    def _weeks(self) -> int:
        if not self.cells:
            return 0
        first, last = self.cells[0].day, self.cells[-1].day
        monday = first - timedelta(days=first.weekday())
        return (last - monday).days // 7 + 1

    def _cell(self, width: float) -> float:
        weeks = max(1, self._weeks())
        return max(MIN_CELL, min(MAX_CELL, (width - self._gutter()) / weeks - GAP))

    def _top(self) -> float:
        return self._metrics().height() + 8

    def height_for(self, width: int) -> int:
        if self.months:
            years = len({m.year for m in self.months})
            return int(self._top() + years * (MONTH_ROW_H + GAP) + 4)
        return int(self._top() + 7 * (self._cell(width) + GAP) + 4)

    def _fit(self) -> None:
        # The squares grow with the width, so the height follows it (a fixed height per
        # width is steadier in a scroll area than Qt's height-for-width).
        wanted = self.height_for(self.width())
        if wanted != self.height():
            self.setFixedHeight(wanted)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(600, self.height_for(max(self.width(), 240)))

    # -- painting ------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._hit = []
        if self.months:
            self._paint_months(painter)
        elif self.cells:
            self._paint_days(painter)
        painter.end()

    def _fill(self, level: int) -> QColor:
        return QColor(self.colours.heat[level])

    def _paint_days(self, painter: QPainter) -> None:
        c = self.colours
        size = self._cell(self.width())
        gutter, top = self._gutter(), self._top()
        first = self.cells[0].day
        monday = first - timedelta(days=first.weekday())
        metrics = self._metrics()
        painter.setPen(QColor(c.muted))
        names = self._day_names()
        for row, name in names:
            y = top + row * (size + GAP)
            rect = QRectF(0, y, gutter - 8, size)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name
            )
        last_label_end = -1.0
        outline = QPen(QColor(c.text))
        outline.setWidthF(2.0)
        for cell in self.cells:
            week = (cell.day - monday).days // 7
            x = gutter + week * (size + GAP)
            y = top + cell.day.weekday() * (size + GAP)
            # The first column is labelled with its month unless a month starts soon after.
            starts_soon = cell is self.cells[0] and (cell.day + timedelta(days=21)).month != (
                cell.day.month
            )
            if cell.day.day == 1 or (cell is self.cells[0] and not starts_soon):
                label = (
                    date_words.short_month(cell.day)
                    if cell.day.month != 1
                    else date_words.short_month_year(cell.day)
                )
                if x >= last_label_end:
                    painter.setPen(QColor(c.muted))
                    painter.drawText(QPointF(x, metrics.ascent() + 2), label)
                    last_label_end = x + metrics.horizontalAdvance(label) + 10
            rect = QRectF(x, y, size, size)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._fill(cell.level))
            radius = min(4.0, size / 4)
            painter.drawRoundedRect(rect, radius, radius)
            if cell.day == self.today:
                painter.setPen(outline)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), radius, radius)
            minutes = round(cell.minutes)
            text = self.tr("%s: %d minutes") % (date_words.short_day(cell.day), minutes)
            self._hit.append((rect, text))

    def _paint_months(self, painter: QPainter) -> None:
        c = self.colours
        gutter, top = self._gutter() + 14, self._top()
        width = (self.width() - gutter) / 12 - GAP
        years = sorted({m.year for m in self.months})
        by_key = {(m.year, m.month): m for m in self.months}
        painter.setPen(QColor(c.muted))
        for month in range(12):
            rect = QRectF(gutter + month * (width + GAP), 0, width, top - 6)
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter, date_words.short_month(date(2000, month + 1, 1))
            )
        for row, year in enumerate(years):
            y = top + row * (MONTH_ROW_H + GAP)
            painter.setPen(QColor(c.muted))
            painter.drawText(QRectF(0, y, gutter - 8, MONTH_ROW_H),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             str(year))  # fmt: skip
            for month in range(12):
                activity = by_key.get((year, month + 1))
                if activity is None:
                    continue
                rect = QRectF(gutter + month * (width + GAP), y, width, MONTH_ROW_H)
                level = month_level(activity)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(self._fill(level))
                painter.drawRoundedRect(rect, 4, 4)
                ink = c.text if level < 2 or c.dark else c.background
                if level == 3 and c.dark:
                    ink = c.background
                painter.setPen(QColor(ink))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(activity.active_days))
                name = date_words.month_year(date(year, month + 1, 1))
                text = self.tr("%s: active on %d of %d days") % (
                    name,
                    activity.active_days,
                    activity.days,
                )
                self._hit.append((rect, text))

    # -- tooltips ------------------------------------------------------------------
    def text_at(self, point: QPointF) -> str | None:
        for rect, text in self._hit:
            if rect.contains(point):
                return text
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            event = cast(QHelpEvent, event)
            text = self.text_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
