"""A date axis for day-by-day charts: plain labels ("5 Mar", "Jan 2025", "2025").

The x values are the UTC timestamps of the user's local calendar days (a day's midnight
as if it were UTC), so a day never shifts with the machine's time zone. pyqtgraph's
``DateAxisItem`` would also show hours and zero-padded days; ``domain/date_ticks.py``
picks the steps (days, weeks on Mondays, months or years: the finest that leaves room
for the labels) and the labels, as for the printed report.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from backcoach.domain.date_ticks import STEPS, Unit, choose_step, tick_days
from backcoach.services.date_words import tick_label as local_tick_label

DAY_S = 86_400
_EPOCH = date(1970, 1, 1)


def day_to_x(day: date) -> float:
    """The timestamp of the day's start."""
    return float((day - _EPOCH).days * DAY_S)


def x_to_day(x: float) -> date:
    return _EPOCH + timedelta(days=int(x // DAY_S))


class DayAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    def __init__(self, orientation: str = "bottom", **kwargs: Any) -> None:
        super().__init__(orientation, utcOffset=0, **kwargs)
        self._step = STEPS[0]

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        if size <= 0 or maxVal <= minVal:
            return []
        first, last = x_to_day(minVal), x_to_day(maxVal)
        days = max(1.0, (maxVal - minVal) / DAY_S)
        em = self._em()
        step = choose_step(lambda s: size / days * s.approx_days >= s.label_ems * em + 12)
        self._step = step
        # Days and weeks are marked at the day's middle, where its bar or point is drawn;
        # months and years where they begin.
        middle = DAY_S / 2 if step.unit in (Unit.DAY, Unit.WEEK) else 0.0
        values = [day_to_x(d) + middle for d in tick_days(first, last, step)]
        return [(step.every * DAY_S, values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [
            local_tick_label(x_to_day(value), self._step, index == 0)
            for index, value in enumerate(values)
        ]

    def _em(self) -> float:
        font = self.style.get("tickFont")
        metrics = QFontMetricsF(font) if font is not None else QFontMetricsF(self.font())
        return metrics.horizontalAdvance("M") * 0.75
