"""A date axis for day-by-day charts: plain labels ("5 Mar", "Jan 2025", "2025").

The x values are the UTC timestamps of the user's local calendar days (a day's midnight
as if it were UTC), so a day never shifts with the machine's time zone. pyqtgraph's
``DateAxisItem`` would also show hours and zero-padded days; we pick our own steps: days,
weeks (on Mondays), months or years, the finest that leaves room for the labels.
"""

from __future__ import annotations

from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

DAY_S = 86_400
_EPOCH = date(1970, 1, 1)


def day_to_x(day: date) -> float:
    """The timestamp of the day's start."""
    return float((day - _EPOCH).days * DAY_S)


def x_to_day(x: float) -> date:
    return _EPOCH + timedelta(days=int(x // DAY_S))


def _months_from(first: date, last: date, every: int) -> list[date]:
    month_index = first.year * 12 + first.month - 1
    month_index += -month_index % every
    found = []
    while True:
        day = date(month_index // 12, month_index % 12 + 1, 1)
        if day > last:
            return found
        if day >= first:
            found.append(day)
        month_index += every


# (kind, step, label width in "M" widths): from the finest to the coarsest
_STEPS = (
    ("day", 1, 9),
    ("day", 2, 6),
    ("week", 7, 6),
    ("week", 14, 6),
    ("month", 1, 8),
    ("month", 2, 8),
    ("month", 3, 8),
    ("month", 6, 8),
    ("year", 1, 4),
    ("year", 2, 4),
    ("year", 5, 4),
)


class DayAxis(pg.DateAxisItem):
    def __init__(self, orientation: str = "bottom", **kwargs) -> None:
        super().__init__(orientation, utcOffset=0, **kwargs)
        self._kind = ("day", 1, 9)

    def tickValues(self, minVal: float, maxVal: float, size: float):
        if size <= 0 or maxVal <= minVal:
            return []
        first, last = x_to_day(minVal), x_to_day(maxVal)
        days = max(1.0, (maxVal - minVal) / DAY_S)
        em = self._em()
        for kind in _STEPS:
            name, step, width = kind
            spacing_px = size / days * (step if name in ("day", "week") else step * 30.4)
            if name == "year":
                spacing_px = size / days * step * 365.25
            if spacing_px >= width * em + 12:
                break
        self._kind = kind
        name, step, _ = kind
        if name == "day":
            origin = first.toordinal() - first.toordinal() % step
            ticks = [date.fromordinal(o) for o in range(origin, last.toordinal() + 1, step)]
            values = [day_to_x(d) + DAY_S / 2 for d in ticks if first <= d <= last]
        elif name == "week":
            monday = first - timedelta(days=first.weekday())
            ticks = [monday + timedelta(days=n) for n in range(0, (last - monday).days + 1, step)]
            values = [day_to_x(d) + DAY_S / 2 for d in ticks if d >= first]
        elif name == "month":
            values = [day_to_x(d) for d in _months_from(first, last, step)]
        else:
            years = range(first.year + (first.month > 1 or first.day > 1), last.year + 1)
            values = [day_to_x(date(y, 1, 1)) for y in years if y % step == 0]
        return [(step * DAY_S, values)]

    def tickStrings(self, values, scale, spacing):
        name = self._kind[0]
        labels = []
        for index, value in enumerate(values):
            day = x_to_day(value)
            if name == "day" and self._kind[1] == 1:
                labels.append(f"{day:%a} {day.day} {day:%b}")
            elif name in ("day", "week"):
                labels.append(f"{day.day} {day:%b}")
            elif name == "month":
                labels.append(f"{day:%b %Y}" if day.month == 1 or index == 0 else f"{day:%b}")
            else:
                labels.append(str(day.year))
        return labels

    def _em(self) -> float:
        font = self.style.get("tickFont")
        metrics = QFontMetricsF(font) if font is not None else QFontMetricsF(self.font())
        return metrics.horizontalAdvance("M") * 0.75
