"""Progress: pain trend, minutes against the goal, active days, and what helps.

Importing this module is cheap: the pyqtgraph charts are made on the first showEvent.
That first open draws the chosen range from the recent weeks only (a few ms to read);
the whole history (~0.3 s to read with ten years) is gathered on a background thread
and then replaces it, so the longer ranges and the longest streak follow a moment later.

The cards live in ``progress_cards``, the report in ``progress_report``; the data comes
from ``services.progress_data``. This page decides what to read and when, and which
range to show.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backcoach.context import AppContext
from backcoach.domain import progress
from backcoach.domain.progress import History, Range
from backcoach.services import progress_data
from backcoach.services.background import BackgroundRunner
from backcoach.ui.charts.colours import ChartColours, current_chart_colours
from backcoach.ui.progress import progress_texts as texts
from backcoach.ui.progress.progress_cards import (
    CalendarCard,
    ChartCard,
    EffectsCard,
    SummaryTiles,
    bin_note,
    minutes_legend,
    pain_legend,
)
from backcoach.ui.progress.progress_report import ReportMaker, default_page_size
from backcoach.ui.progress.progress_widgets import Card, label
from backcoach.ui.widgets.adaptive import StackWhenNarrow
from backcoach.ui.widgets.flow_layout import flow_row

if TYPE_CHECKING:
    from backcoach.ui.charts.minutes_chart import MinutesChart
    from backcoach.ui.charts.pain_chart import PainTrendChart
    from backcoach.ui.records.record_list import RecordListDialog

__all__ = ["FULL_LOAD_DELAY_MS", "QUICK_DAYS", "ProgressPage", "default_page_size"]

QUICK_DAYS = progress_data.RECENT_DAYS
FULL_LOAD_DELAY_MS = 150

Aggregates = tuple[progress.Series, progress.Binned]
PeriodNumbers = tuple[progress.Totals, list[progress.MonthActivity]]


class ProgressPage(QWidget):
    report_saved = Signal(object)  # the Path of a report just written
    activity_logged = Signal()
    activities_requested = Signal()  # set up or re-rate the functional scale
    """The record changed: an activity logged, or a session or activity changed or deleted."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self._today = today
        self.range = Range.MONTH
        self.history: History | None = None
        self._aggregates: dict[tuple[date, date], Aggregates] = {}
        self._aggregates_of: History | None = None
        self._numbers: dict[tuple[date, date, int, bool], PeriodNumbers] = {}
        self.pain_chart: PainTrendChart | None = None
        self.minutes_chart: MinutesChart | None = None
        self.series: progress.Series | None = None
        self._drawn: tuple[progress.Series, progress.Binned, int] | None = None
        self.bins: progress.Binned | None = None
        self._streaks = progress.Streaks(0, 0)
        self.goal_min = progress_data.daily_goal(context)
        self.colours: ChartColours = current_chart_colours()
        self._opened = False
        self._stale = False
        self._generation = 0
        self.loading_full = False
        self.loader = BackgroundRunner(self)
        self.records_dialog: RecordListDialog | None = None
        self._build()

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        content = QWidget()
        content.setObjectName("scrollContent")
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)

        self._build_header(content, layout)
        self._build_ranges(layout)
        self.period_label = label("", "muted")
        layout.addWidget(self.period_label)
        self.reports = ReportMaker(self.context, self, self.report_button, self._today)
        self.reports.saved.connect(self.report_saved)
        layout.addLayout(self.reports.status_row)
        self.empty_card = self._empty_card()
        layout.addWidget(self.empty_card)
        self.tiles = SummaryTiles()
        layout.addLayout(self.tiles)
        self.pain_card = ChartCard(self.tr("Pain"))
        layout.addWidget(self.pain_card)
        self.minutes_card = ChartCard(self.tr("Minutes of exercise a day"))
        layout.addWidget(self.minutes_card)

        from backcoach.ui.function_scale.scale_card import FunctionScaleCard

        self.scale_card = FunctionScaleCard(self.context, self._today)
        self.scale_card.activities_requested.connect(self.activities_requested)
        layout.addWidget(self.scale_card)
        for chart_card in (self.pain_card, self.minutes_card):
            chart_card.show_waiting()
        self.calendar_card = CalendarCard()
        layout.addWidget(self.calendar_card)
        self.effects_card = EffectsCard()
        layout.addWidget(self.effects_card)
        layout.addStretch(1)
        self._apply_legends()
        # The parts tests and the accessibility checks reach by name.
        self.pain_readout, self.minutes_readout = self.pain_card.readout, self.minutes_card.readout
        self.calendar = self.calendar_card.calendar
        self.sessions_tile, self.minutes_tile = self.tiles.sessions, self.tiles.minutes
        self.pain_tile, self.streak_tile = self.tiles.pain, self.tiles.streak
        self.exercise_effects = self.effects_card.exercises
        self.direction_effects = self.effects_card.directions
        self.effects_empty = self.effects_card.empty
        self.status, self.open_report_button = self.reports.status, self.reports.open_button

    def _build_header(self, content: QWidget, layout: QVBoxLayout) -> None:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(label(self.tr("Progress"), "title"))
        subtitle = label(self.tr("How your back and your exercise have been going."), "subtitle")
        titles.addWidget(subtitle)
        header.addLayout(titles, 1)
        self.activity_button = QPushButton(self.tr("Log an activity"))
        self.activity_button.setToolTip(
            self.tr("Walking, cycling, swimming or anything you enjoy: it counts too")
        )
        self.activity_button.clicked.connect(self.log_activity)
        self.records_button = QPushButton(self.tr("Sessions and activities…"))
        self.records_button.setToolTip(
            self.tr("Find, open, change or delete what you logged, with undo")
        )
        self.records_button.clicked.connect(self.show_records)
        self.report_button = QPushButton(self.tr("Report for my physiotherapist…"))
        self.report_button.setToolTip(self.tr("A PDF of the period shown, to print or send"))
        self.report_button.clicked.connect(lambda: self.make_report())
        buttons = (self.activity_button, self.records_button, self.report_button)
        header.addLayout(flow_row(*buttons))
        layout.addLayout(header)

        def side_by_side() -> int:  # the subtitle on one line beside both buttons
            width = sum(b.sizeHint().width() for b in buttons)
            text = subtitle.fontMetrics().horizontalAdvance(subtitle.text())
            return text + width + 4 * 16 + 64

        # At large text the buttons go under the title instead of squeezing it.
        self._header_fit = StackWhenNarrow(content, header, side_by_side)

    def _build_ranges(self, layout: QVBoxLayout) -> None:
        ranges = flow_row(label(self.tr("Show the last:"), wrap=False), spacing=6)
        # Not an exclusive QButtonGroup: that would make Tab stop on the checked button
        # only; each range is its own tab stop, and set_range keeps one checked.
        self.range_buttons: dict[Range, QToolButton] = {}
        for key, text in texts.range_labels().items():
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setMinimumSize(92, 38)
            button.setAccessibleName(self.tr("Show: %s") % text)
            button.clicked.connect(lambda _=False, k=key: self.set_range(k))
            self.range_buttons[key] = button
            ranges.addWidget(button)
        self.range_buttons[self.range].setChecked(True)
        layout.addLayout(ranges)

    def _empty_card(self) -> Card:
        card = Card()
        card.box.addWidget(label(self.tr("Your charts fill in as you go"), "heading"))
        card.box.addWidget(
            label(
                self.tr(
                    "After your first session you will see your pain before and after, your "
                    "minutes against the daily goal, and which exercises suit your back. "
                    'Walks, rides and swims count too: log them with "Log an activity".'
                )
            )
        )
        card.hide()
        return card

    def _apply_legends(self) -> None:
        self.pain_card.legend.setText(pain_legend(self.colours, self.threshold()))
        self.minutes_card.legend.setText(minutes_legend(self.colours))
        self.calendar_card.set_legend(self.colours, self.range is Range.ALL)

    # -- opening and loading -------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_legends()  # the threshold may have changed in Settings
        if not self._opened:
            self._opened = True
            QTimer.singleShot(0, self._open)
        elif self._stale:
            self._load_full()

    def _open(self) -> None:
        from backcoach.ui.usable import after_paint

        self.build_charts()
        self._load_quick()
        # The full read runs on a worker thread but holds the GIL much of the time: started
        # at once it delayed the first painted charts by ~0.4 s. It starts as soon as they
        # have painted (a fixed wait of FULL_LOAD_DELAY_MS was idle time on a quick machine).
        assert self.pain_chart is not None  # made by build_charts() just above
        after_paint(self.pain_chart.viewport(), self._load_full, FULL_LOAD_DELAY_MS)

    def build_charts(self) -> None:
        """Make the pyqtgraph charts (imports pyqtgraph the first time)."""
        if self.pain_chart is not None:
            return
        from backcoach.ui.charts.minutes_chart import MinutesChart
        from backcoach.ui.charts.pain_chart import PainTrendChart

        self.colours = current_chart_colours()
        self.pain_chart = PainTrendChart(self.colours)
        self.minutes_chart = MinutesChart(self.colours)
        self.pain_card.place(self.pain_chart)
        self.minutes_card.place(self.minutes_chart)
        self.pain_chart.hovered.connect(self._pain_hovered)
        self.minutes_chart.hovered.connect(self._minutes_hovered)
        self.pain_chart.setAccessibleName(self.tr("Pain chart"))
        self.scale_card.build_chart()
        self.minutes_chart.setAccessibleName(self.tr("Minutes of exercise chart"))

    def _load_quick(self) -> None:
        self.set_history(progress_data.recent_history(self.context, self._today()))

    def _load_full(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        context = self.context
        self.loading_full = True
        self.loader.run(
            lambda: progress_data.full_history(context),
            lambda h: self._full_loaded(h, generation),
            self._load_failed,
        )

    def _full_loaded(self, history: History, generation: int) -> None:
        if generation != self._generation:
            return  # a newer load is on its way
        self.loading_full = False
        self.set_history(history)

    def _load_failed(self, error: Exception) -> None:
        self.loading_full = False
        self.period_label.setText(self.tr("Your history could not be read: %s") % error)

    def refresh(self) -> None:
        """Re-read the data (after a session, an activity or an import)."""
        self.goal_min = progress_data.daily_goal(self.context)
        if self._opened and self.isVisible():
            self._load_full()
        else:
            self._stale = True

    def wait_loaded(self, timeout_ms: int = 30_000) -> bool:
        """For tests and benchmarks: block until the background read is done."""
        return self.loader.wait(timeout_ms)

    # -- showing -------------------------------------------------------------------
    def set_history(self, history: History) -> None:
        self.history = history
        self._streaks = progress.streaks(history.active_days(), self._today())
        self.show_period()
        # The functional scale does not depend on the range: read and drawn again only
        # with the history, not at every range switch (it re-read the store and rebuilt
        # its lines each time, a quarter of a switch's painting).
        self.scale_card.refresh()

    def threshold(self) -> int:
        """The pain rule's threshold in force (Settings), for the legend."""
        return progress_data.pain_threshold(self.context)

    def set_range(self, range_: Range) -> None:
        self.range = range_
        for key, button in self.range_buttons.items():
            button.setChecked(key is range_)
        self._apply_legends()
        self.show_period()

    def bounds(self) -> tuple[date, date]:
        first = self.history.first_day if self.history is not None else None
        return progress.range_bounds(self.range, self._today(), first)

    def show_period(self) -> None:
        """Draw the chosen range of the history read so far."""
        history = self.history
        if history is None or self.pain_chart is None or self.minutes_chart is None:
            return
        start, end = self.bounds()
        if not history.complete and history.since is not None and start < history.since:
            self.period_label.setText(self.tr("Reading your history…"))
            return  # the full read is on its way and renders when it lands
        self.period_label.setText(f"{texts.short_day(start)} – {texts.short_day(end)}")
        self.empty_card.setVisible(history.complete and not history.days)
        series, bins = self._series_and_bins(history, start, end)
        self.series, self.bins = series, bins
        drawn = (series, bins, self.goal_min)
        if drawn != self._drawn:
            # The whole history's month is the first view's again (it read enough weeks
            # for it): the charts keep what they show and do not paint it again.
            self._drawn = drawn
            self.pain_chart.set_series(series, bins)
            self.minutes_chart.set_series(series, bins, self.goal_min)
        self.pain_card.bin_note.setText(bin_note(bins.bin))
        self.minutes_card.bin_note.setText(bin_note(bins.bin, minutes=True))
        totals, months = self._period_numbers(history, series, start, end)
        today = self._today()
        self.tiles.show_period(history, totals, self.goal_min, self._streaks, today)
        self.calendar_card.show_period(
            history,
            series,
            totals,
            self.goal_min,
            months if self.range is Range.ALL else None,
            today,
        )
        self.effects_card.show_period(history, start, end, self.context.catalogue)
        self._settle_layout()

    def _settle_layout(self) -> None:
        """Lay the page out now, before it paints. Left to the event loop, the content
        was painted once, then resized by the scroll area to its new height (the calendar
        and the lists change height between ranges) and painted a second time."""
        for _ in range(2):  # the content's layout, then the scroll area's resize of it
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    def _series_and_bins(self, history: History, start: date, end: date) -> Aggregates:
        """The aggregates of one range, kept until the history changes: switching back
        and forth between ranges then only redraws (the "all" range took ~20 ms here)."""
        if self._aggregates_of is not history:
            self._aggregates_of = history
            self._aggregates.clear()
            self._numbers.clear()
        cached = self._aggregates.get((start, end))
        if cached is None:
            series = progress.series(history, start, end)
            cached = (series, progress.binned(series, progress.bin_for(len(series.days))))
            self._aggregates[(start, end)] = cached
        return cached

    def _period_numbers(
        self, history: History, series: progress.Series, start: date, end: date
    ) -> PeriodNumbers:
        """The totals and the months of active days of a range, kept like its aggregates
        (for "All", ~5 ms of each switch back to it went into counting them again)."""
        by_month = self.range is Range.ALL
        key = (start, end, self.goal_min, by_month)
        cached = self._numbers.get(key)
        if cached is None:
            activities = len(history.activities_between(start, end))
            totals = progress.series_totals(series, activities, self.goal_min)
            months = progress.monthly(series, self.goal_min) if by_month else []
            cached = self._numbers[key] = (totals, months)
        return cached

    # -- hover readouts ------------------------------------------------------------
    def _pain_hovered(self, day: date | None) -> None:
        history, series, bins = self.history, self.series, self.bins
        if day is None or history is None or series is None or bins is None:
            self.pain_card.readout.setText(texts.point_hint())
        else:
            self.pain_card.readout.setText(texts.pain_hover(history, series, bins, day))

    def _minutes_hovered(self, day: date | None) -> None:
        history, bins, goal = self.history, self.bins, self.goal_min
        if day is None or history is None or bins is None:
            self.minutes_card.readout.setText(texts.point_hint())
        else:
            self.minutes_card.readout.setText(texts.minutes_hover(history, bins, day, goal))

    # -- theme ---------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            colours = current_chart_colours()
            if colours is not self.colours:
                self.colours = colours
                for chart in (self.pain_chart, self.minutes_chart):
                    if chart is not None:
                        chart.apply_colours(colours)
                self.calendar_card.calendar.set_colours(colours)
                self.effects_card.set_colours(colours)
                self.scale_card.set_colours(colours)
                self._apply_legends()

    # -- activities, the record list and the report --------------------------------
    def log_activity(self) -> None:
        from backcoach.ui.activities.activity_dialog import ActivityDialog

        dialog = ActivityDialog(self.context, self, today=self._today())
        if dialog.exec():
            self._record_changed()

    def show_records(self) -> None:
        """The list of sessions and activities; every change re-reads the charts at once."""
        from backcoach.ui.records.record_list import RecordListDialog

        dialog = RecordListDialog(self.context, self, today=self._today())
        dialog.changed.connect(self._record_changed)
        self.records_dialog = dialog
        dialog.exec()
        self.records_dialog = None

    def _record_changed(self) -> None:
        self.activity_logged.emit()  # Home re-reads its minutes
        self.refresh()

    @property
    def last_report(self) -> Path | None:
        return self.reports.last_report

    def make_report(self, target: Path | None = None, page_size: str | None = None) -> None:
        """The report of the period shown (asks where to save it when no ``target``)."""
        start, end = self.bounds()
        self.reports.make(start, end, target, page_size)
