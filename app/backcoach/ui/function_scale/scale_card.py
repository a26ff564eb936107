"""Progress's card for the functional scale: the mean and each activity's line, the
sentences that say what changed, and the button to set up or re-rate.

Self-contained so Progress only places it: the chart (pyqtgraph) is made once Progress
has made its own charts and there are ratings to draw; the card re-reads the rounds (a
few small records) on refresh.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from backcoach.context import AppContext
from backcoach.domain import function_scale as fs
from backcoach.services import date_words, function_scale
from backcoach.ui.charts.colours import ChartColours, current_chart_colours
from backcoach.ui.function_scale import scale_texts as texts
from backcoach.ui.widgets.flow_layout import flow_row
from backcoach.ui.widgets.page_parts import label

if TYPE_CHECKING:
    from backcoach.ui.charts.function_chart import FunctionChart

SHAPES = ("●", "■", "▲", "◆", "▼")
"""The legend's shapes, matching function_chart.SYMBOLS."""


class FunctionScaleCard(QFrame):
    activities_requested = Signal()

    def __init__(self, context: AppContext, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.context = context
        self._today = today
        self.colours: ChartColours = current_chart_colours()
        self.chart: FunctionChart | None = None
        self._charts_wanted = False
        self.history: list[fs.FunctionCheck] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(22, 16, 22, 18)
        box.setSpacing(8)
        box.addWidget(label(self.tr("What you can do"), "heading"))
        self.intro = label("")
        box.addWidget(self.intro)
        self.summary = label("")
        self.summary.setAccessibleName(self.tr("What changed in your activities"))
        box.addWidget(self.summary)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(self.legend)
        self.slot = QVBoxLayout()
        box.addLayout(self.slot)
        self.button = QPushButton()
        self.button.clicked.connect(self.activities_requested)
        box.addLayout(flow_row(self.button))

    def build_chart(self) -> None:
        """Progress is making its own charts (pyqtgraph is imported): from now on the
        card draws its chart, made on the next ``refresh`` that has ratings to show. Most
        people have none: a hidden chart made anyway cost ~14 ms of opening Progress."""
        self._charts_wanted = True

    def _make_chart(self) -> None:
        from backcoach.ui.charts.function_chart import FunctionChart

        self.chart = FunctionChart(self.colours)
        self.chart.setAccessibleName(self.tr("Chart of your activity ratings"))
        self.chart.setMinimumHeight(220)
        self.slot.addWidget(self.chart)

    def set_colours(self, colours: ChartColours) -> None:
        self.colours = colours
        if self.chart is not None:
            self.chart.apply_colours(colours)
        self._legend()

    def refresh(self) -> None:
        self.history = function_scale.history(self.context)
        has = bool(self.history)
        if has and self.chart is None and self._charts_wanted:
            self._make_chart()
        if self.chart is not None:
            self.chart.setVisible(has)
            if has:
                self.chart.set_history(self.history, self._today())
        if not has:
            self.intro.setText(
                self.tr(
                    "Name 3 to 5 everyday activities your back makes hard, such as putting "
                    "on socks, and rate how well you can do them. Rated again every two "
                    "weeks or so, they show what you can do again."
                )
            )
            self.summary.setText("")
            self.legend.setText("")
            self.button.setText(self.tr("Name my activities"))
            return
        due = fs.next_due(self.history)
        self.intro.setText(
            self.tr(
                "Each activity from 0 (unable) to 10 (as before your back problem), and the "
                "average of them (thick line). Outside the shaded band the average has "
                "really changed (2 points; 3 points for one activity)."
            )
        )
        lines = []
        change = fs.mean_change(self.history)
        if change is not None:
            lines.append(texts.mean_sentence(change) + ".")
        else:
            lines.append(
                self.tr("Average of your activities: %s, first rating.")
                % texts.score(self.history[0].mean)
            )
        for item in fs.item_histories(self.history):
            sentence = texts.item_sentence(item)
            lines.append(sentence + (self.tr(" (no longer rated)") if item.retired else "") + ".")
        if due is not None:
            lines.append(self.tr("Next rating due: %s.") % date_words.day_month(due))
        self.summary.setText("\n".join(lines))
        self.button.setText(self.tr("Rate my activities now"))
        self._legend()

    def _legend(self) -> None:
        if not self.history:
            return
        from backcoach.ui.charts.function_chart import item_colours

        c = self.colours
        palette = item_colours(c)
        average = html.escape(self.tr("average"))
        parts = [f"<span style='color:{c.text}'>━</span> {average}"]
        for index, item in enumerate(fs.item_histories(self.history)):
            tint = palette[index % len(palette)]
            shape = SHAPES[index % len(SHAPES)]
            parts.append(f"<span style='color:{tint}'>{shape}</span> {html.escape(item.name)}")
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(parts))
