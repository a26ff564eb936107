"""Progress: pain trend, minutes against the goal, active days, and what helps.

Importing this module is cheap: the pyqtgraph charts are made on the first showEvent.
That first open draws the chosen range from the recent weeks only (a few ms to read);
the whole history (~0.3 s to read with ten years) is gathered on a background thread
and then replaces it, so the longer ranges and the longest streak follow a moment later.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backcoach.context import AppContext
from backcoach.domain import progress
from backcoach.domain.pain_rule import points_words
from backcoach.domain.progress import History, Range
from backcoach.domain.progress_effects import effects, group_sums
from backcoach.services.background import BackgroundRunner
from backcoach.services.plans import daily_goal
from backcoach.ui.charts.colours import ChartColours, current_chart_colours
from backcoach.ui.progress import progress_texts as texts
from backcoach.ui.progress.calendar_heatmap import CalendarHeatmap, DayCell
from backcoach.ui.progress.effect_bars import EffectBars
from backcoach.ui.widgets.adaptive import StackWhenNarrow
from backcoach.ui.widgets.file_dialogs import suggested_path
from backcoach.ui.widgets.flow_layout import flow_row

if TYPE_CHECKING:
    from backcoach.ui.charts.minutes_chart import MinutesChart
    from backcoach.ui.charts.pain_chart import PainTrendChart

QUICK_DAYS = 7 * 15
"""Days read for the first view: the month range plus the calendar's 13 weeks and the
7-day average's lead-in."""
CALENDAR_MIN_DAYS = 7 * 13
DIRECTION_NAMES = {"extension": "Extension", "flexion": "Flexion", "rotation": "Rotation"}


def _label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


def _card() -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setProperty("role", "card")
    box = QVBoxLayout(card)
    box.setContentsMargins(22, 16, 22, 18)
    box.setSpacing(8)
    return card, box


def _swatch(colour: str, symbol: str, text: str) -> str:
    # <big>, not a point size, so the symbols grow with the chosen text size.
    return f'<big><span style="color:{colour}">{symbol}</span></big>&nbsp;{html.escape(text)}'


def default_page_size(locale: QLocale | None = None) -> str:
    """Letter where it is the usual paper size (US, Canada, Mexico, ...), else A4."""
    # QLocale.Country, not QLocale.Territory: Qt 6.2 renamed the C++ enum but PySide6
    # exposes only the old name in some releases (6.11.3 has no Territory), and
    # territory() returns a Country in every release the project allows.
    territory = (locale or QLocale()).territory()
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Philippines,
    }
    return "Letter" if territory in letter else "A4"


FULL_LOAD_DELAY_MS = 150


class SummaryTile(QFrame):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setProperty("role", "card")
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 14)
        box.setSpacing(2)
        self.title = _label(title, "muted")
        self.value = _label("–", "title")
        self.detail = _label("", "muted")
        # Room for two wrapped lines: a label's wrapped height is not asked for when the
        # row of tiles is laid out, so without this the second line was cut off.
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 2 + 4)
        box.addWidget(self.title)
        box.addWidget(self.value)
        box.addWidget(self.detail)
        box.addStretch(1)

    def set(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)


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
        self._aggregates: dict[tuple, tuple] = {}
        self._aggregates_of: History | None = None
        self.pain_chart: PainTrendChart | None = None
        self.minutes_chart: MinutesChart | None = None
        self.series: progress.Series | None = None
        self.bins: progress.Binned | None = None
        self._streaks = progress.Streaks(0, 0)
        self.goal_min = daily_goal(context)
        self.colours: ChartColours = current_chart_colours()
        self._opened = False
        self._stale = False
        self._generation = 0
        self.loading_full = False
        self.loader = BackgroundRunner(self)
        self.report_runner = BackgroundRunner(self)
        self.last_report: Path | None = None
        self.records_dialog = None
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

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(_label(self.tr("Progress"), "title"))
        subtitle = _label(self.tr("How your back and your exercise have been going."), "subtitle")
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
        header.addLayout(flow_row(self.activity_button, self.records_button, self.report_button))
        layout.addLayout(header)

        def side_by_side() -> int:  # the subtitle on one line beside both buttons
            buttons = sum(
                b.sizeHint().width()
                for b in (self.activity_button, self.records_button, self.report_button)
            )
            text = subtitle.fontMetrics().horizontalAdvance(subtitle.text())
            return text + buttons + 4 * 16 + 64

        # At large text the buttons go under the title instead of squeezing it.
        self._header_fit = StackWhenNarrow(content, header, side_by_side)

        ranges = flow_row(_label(self.tr("Show the last:"), wrap=False), spacing=6)
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
        self.period_label = _label("", "muted")
        layout.addWidget(self.period_label)

        self.status = _label("", "muted")
        self.status.setAccessibleName(self.tr("Report status"))
        self.status.hide()
        self.status_row = QHBoxLayout()
        self.status_row.addWidget(self.status, 1)
        self.open_report_button = QPushButton(self.tr("Open the report"))
        self.open_report_button.clicked.connect(self.open_report)
        self.open_report_button.hide()
        self.status_row.addWidget(self.open_report_button)
        layout.addLayout(self.status_row)

        self.empty_card, box = _card()
        box.addWidget(_label(self.tr("Your charts fill in as you go"), "heading"))
        box.addWidget(
            _label(
                self.tr(
                    "After your first session you will see your pain before and after, your "
                    "minutes against the daily goal, and which exercises suit your back. "
                    'Walks, rides and swims count too: log them with "Log an activity".'
                )
            )
        )
        self.empty_card.hide()
        layout.addWidget(self.empty_card)

        tiles = QGridLayout()
        tiles.setSpacing(16)
        self.sessions_tile = SummaryTile(self.tr("Sessions"))
        self.minutes_tile = SummaryTile(self.tr("Exercise a day"))
        self.pain_tile = SummaryTile(self.tr("Pain before sessions"))
        self.streak_tile = SummaryTile(self.tr("Days in a row"))
        for column, tile in enumerate(
            (self.sessions_tile, self.minutes_tile, self.pain_tile, self.streak_tile)
        ):
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)
        layout.addLayout(tiles)

        card, box = _card()
        box.addWidget(_label(self.tr("Pain"), "heading"))
        self.pain_legend = QLabel()
        self.pain_legend.setWordWrap(True)
        box.addWidget(self.pain_legend)
        self.bin_note = _label("", "muted")
        box.addWidget(self.bin_note)
        self.pain_slot = QVBoxLayout()
        box.addLayout(self.pain_slot)
        self.pain_readout = _label(texts.point_hint(), "muted")
        box.addWidget(self.pain_readout)
        layout.addWidget(card)

        card, box = _card()
        box.addWidget(_label(self.tr("Minutes of exercise a day"), "heading"))
        self.minutes_legend = QLabel()
        self.minutes_legend.setWordWrap(True)
        box.addWidget(self.minutes_legend)
        self.bin_note_minutes = _label("", "muted")
        box.addWidget(self.bin_note_minutes)
        self.minutes_slot = QVBoxLayout()
        box.addLayout(self.minutes_slot)
        self.minutes_readout = _label(texts.point_hint(), "muted")
        box.addWidget(self.minutes_readout)
        layout.addWidget(card)

        from backcoach.ui.function_scale.scale_card import FunctionScaleCard

        self.scale_card = FunctionScaleCard(self.context, self._today)
        self.scale_card.activities_requested.connect(self.activities_requested)
        layout.addWidget(self.scale_card)

        for slot in (self.pain_slot, self.minutes_slot):
            waiting = _label(self.tr("Drawing your chart…"), "muted")
            waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
            waiting.setMinimumHeight(240)
            slot.addWidget(waiting)

        card, box = _card()
        box.addWidget(_label(self.tr("Active days"), "heading"))
        self.calendar_text = _label("")
        box.addWidget(self.calendar_text)
        self.calendar = CalendarHeatmap()
        box.addWidget(self.calendar)
        self.calendar_legend = QLabel()
        self.calendar_legend.setWordWrap(True)
        box.addWidget(self.calendar_legend)
        layout.addWidget(card)

        card, box = _card()
        box.addWidget(_label(self.tr("What helps"), "heading"))
        box.addWidget(
            _label(
                self.tr(
                    "How your pain changed from just before an exercise: below zero it "
                    "eased, above zero it rose. Some pain while exercising is fine and not "
                    "harmful. Exercises you did at least 3 times are listed."
                )
            )
        )
        self.effects_empty = _label("", "muted")
        box.addWidget(self.effects_empty)
        self.exercise_effects = EffectBars()
        box.addWidget(self.exercise_effects)
        self.direction_effects = EffectBars()
        box.addWidget(self.direction_effects)
        layout.addWidget(card)
        layout.addStretch(1)
        self._apply_legends()

    def _apply_legends(self) -> None:
        c = self.colours
        self.pain_legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                (
                    _swatch(c.before, "●", self.tr("before a session")),
                    _swatch(c.highest, "▲", self.tr("highest during it")),
                    _swatch(c.after, "■", self.tr("after it")),
                    _swatch(c.average, "━", self.tr("7-day average")),
                    _swatch(c.checkin, "◆", self.tr("morning check-in")),
                    _swatch(
                        c.flare,
                        "▼",
                        self.tr("break for a pain rise (%s or more)")
                        % points_words(self.threshold()),
                    ),
                )
            )
        )
        self.minutes_legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                (
                    _swatch(c.sessions, "■", self.tr("sessions")),
                    _swatch(c.activities, "■", self.tr("other activities")),
                    _swatch(c.goal, "╌", self.tr("daily goal")),
                )
            )
        )
        shades = (
            self.tr("no exercise"),
            self.tr("some"),
            self.tr("half the goal or more"),
            self.tr("goal reached"),
        )
        if self.range is Range.ALL:
            shades = (
                self.tr("no exercise"),
                self.tr("under half the days"),
                self.tr("half the days or more"),
                self.tr("8 days in 10 or more"),
            )
        self.calendar_legend.setText(
            "&nbsp;&nbsp;&nbsp;".join(
                _swatch(c.heat[i], "■", text) for i, text in enumerate(shades)
            )
        )

    # -- opening and loading -------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._apply_legends()  # the threshold may have changed in Settings
        if not self._opened:
            self._opened = True
            QTimer.singleShot(0, self._open)
        elif self._stale:
            self._load_full()

    def _open(self) -> None:
        self.build_charts()
        self._load_quick()
        # The full read runs on a worker thread but holds the GIL much of the time: started
        # at once it delayed the first painted charts by ~0.4 s. Let them paint first.
        QTimer.singleShot(FULL_LOAD_DELAY_MS, self._load_full)

    def build_charts(self) -> None:
        """Make the pyqtgraph charts (imports pyqtgraph the first time)."""
        if self.pain_chart is not None:
            return
        from backcoach.ui.charts.minutes_chart import MinutesChart
        from backcoach.ui.charts.pain_chart import PainTrendChart

        self.colours = current_chart_colours()
        self.pain_chart = PainTrendChart(self.colours)
        self.minutes_chart = MinutesChart(self.colours)
        for slot, chart in (
            (self.pain_slot, self.pain_chart),
            (self.minutes_slot, self.minutes_chart),
        ):
            old = slot.takeAt(0)
            if old is not None and old.widget() is not None:
                old.widget().deleteLater()
            slot.addWidget(chart)
        self.pain_chart.hovered.connect(self._pain_hovered)
        self.minutes_chart.hovered.connect(self._minutes_hovered)
        self.pain_chart.setAccessibleName(self.tr("Pain chart"))
        self.scale_card.build_chart()
        self.minutes_chart.setAccessibleName(self.tr("Minutes of exercise chart"))

    def _load_quick(self) -> None:
        today = self._today()
        since = today - timedelta(days=QUICK_DAYS)
        store = self.context.store
        history = progress.build_history(
            store.sessions_between(since, today + timedelta(days=1)),
            store.checkins(since, today),
            [a for a in store.activities() if a.day >= since],
            since=since,
        )
        self.set_history(history)

    def _load_full(self) -> None:
        self._stale = False
        self._generation += 1
        generation = self._generation
        store = self.context.store
        self.loading_full = True

        def work() -> History:
            return progress.build_history(
                store.all_sessions(), store.checkins(), store.activities()
            )

        self.loader.run(work, lambda h: self._full_loaded(h, generation), self._load_failed)

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
        self.goal_min = daily_goal(self.context)
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
        self.render()

    def threshold(self) -> int:
        """The pain rule's threshold in force (Settings), for the legend."""
        from backcoach.services import settings

        return settings.get(self.context, "pain_threshold")

    def set_range(self, range_: Range) -> None:
        self.range = range_
        for key, button in self.range_buttons.items():
            button.setChecked(key is range_)
        self._apply_legends()
        self.render()

    def bounds(self) -> tuple[date, date]:
        first = self.history.first_day if self.history is not None else None
        return progress.range_bounds(self.range, self._today(), first)

    def render(self) -> None:
        history = self.history
        if history is None or self.pain_chart is None:
            return
        start, end = self.bounds()
        if not history.complete and start < history.since:
            self.period_label.setText(self.tr("Reading your history…"))
            return  # the full read is on its way and renders when it lands
        self.period_label.setText(f"{texts.short_day(start)} – {texts.short_day(end)}")
        self.empty_card.setVisible(history.complete and not history.days)
        series, self.bins = self._series_and_bins(history, start, end)
        self.series = series
        self.pain_chart.set_series(series, self.bins)
        self.minutes_chart.set_series(series, self.bins, self.goal_min)
        self.bin_note.setText(self._bin_note(self.bins.bin))
        self.bin_note_minutes.setText(self._bin_note(self.bins.bin, minutes=True))
        totals = progress.series_totals(
            series, len(history.activities_between(start, end)), self.goal_min
        )
        self._render_tiles(history, totals)
        self._render_calendar(history, series, totals)
        self._render_effects(history, start, end)
        self.scale_card.refresh()

    def _series_and_bins(self, history: History, start: date, end: date):
        """The aggregates of one range, kept until the history changes: switching back
        and forth between ranges then only redraws (the "all" range took ~20 ms here)."""
        if self._aggregates_of is not history:
            self._aggregates_of = history
            self._aggregates.clear()
        cached = self._aggregates.get((start, end))
        if cached is None:
            series = progress.series(history, start, end)
            cached = (series, progress.binned(series, progress.bin_for(len(series.days))))
            self._aggregates[(start, end)] = cached
        return cached

    def _bin_note(self, bin_: progress.Bin, minutes: bool = False) -> str:
        if bin_ is progress.Bin.DAY:
            return ""
        if minutes:
            if bin_ is progress.Bin.WEEK:
                return self.tr("Each bar is a week: the minutes a day, on average.")
            return self.tr("Each bar is a month: the minutes a day, on average.")
        if bin_ is progress.Bin.WEEK:
            return self.tr("Each mark is the average of a week; the line is day by day.")
        return self.tr("Each mark is the average of a month; the line is day by day.")

    def _render_tiles(self, history: History, t: progress.Totals) -> None:
        per_week = self.tr("about %s a week") % texts.pain_text(round(t.sessions_per_week, 1))
        self.sessions_tile.set(str(t.sessions), per_week if t.days >= 14 and t.sessions else "")
        average = t.minutes / t.days if t.days else 0
        self.minutes_tile.set(
            texts.minutes_text(average),
            self.tr("goal of %d min reached on %d of %d days")
            % (self.goal_min, t.goal_days, t.days),
        )
        if t.before is None:
            self.pain_tile.set("–", self.tr("no ratings in this period"))
        else:
            after = (
                self.tr("after sessions: %s") % texts.pain_text(round(t.after, 1))
                if t.after is not None
                else ""
            )
            self.pain_tile.set(texts.pain_text(round(t.before, 1)), after)
        today = self._today()
        streaks = self._streaks
        if history.complete:
            self.streak_tile.set(str(streaks.current), self.tr("longest: %d") % streaks.longest)
            return
        # Only recent weeks are read yet: a run reaching back to their start may be longer.
        run_start = today - timedelta(days=streaks.current)
        current = "…" if streaks.current and run_start <= history.since else str(streaks.current)
        self.streak_tile.set(current, self.tr("longest: …"))

    def _render_calendar(
        self, history: History, series: progress.Series, t: progress.Totals
    ) -> None:
        today = self._today()
        if self.range is Range.ALL:
            self.calendar.set_months(progress.monthly(series, self.goal_min), today)
        else:
            end = series.days[-1]
            first = min(series.days[0], end - timedelta(days=CALENDAR_MIN_DAYS - 1))
            cells = [
                DayCell(d.day, progress.activity_level(d.minutes, self.goal_min), d.minutes)
                for d in history.span(first, end)
            ]
            self.calendar.set_days(cells, today)
        self.calendar_text.setText(
            self.tr("Active on %d of %d days; daily goal reached on %d.")
            % (t.active_days, t.days, t.goal_days)
        )

    def _render_effects(self, history: History, start: date, end: date) -> None:
        catalogue = self.context.catalogue
        known = set(catalogue.ids())
        names = {i: catalogue.get(i).name for i in known}
        sums = history.effect_index.sums_between(start, end)
        sums = {k: v for k, v in sums.items() if k in known}
        exercises = effects(sums)
        directions = effects(group_sums(sums, lambda i: catalogue.get(i).direction))
        self.exercise_effects.set_effects(exercises, names, self.tr("Exercise"))
        self.direction_effects.set_effects(
            directions, {k: self.tr(v) for k, v in DIRECTION_NAMES.items()}, self.tr("Direction")
        )
        empty = not exercises
        self.effects_empty.setVisible(empty)
        self.effects_empty.setText(
            self.tr("Not enough sessions with pain ratings in this period yet.") if empty else ""
        )
        self.exercise_effects.setVisible(not empty)
        self.direction_effects.setVisible(bool(directions))

    # -- hover readouts ------------------------------------------------------------
    def _bin_of(self, day: date) -> int | None:
        return self.bins.find(day) if self.bins is not None else None

    def _pain_hovered(self, day: date | None) -> None:
        if day is None or self.history is None or self.series is None:
            self.pain_readout.setText(texts.point_hint())
            return
        index = self.series.index(day)
        average = self.series.average[index] if index is not None else None
        text = texts.pain_readout(self.history.day(day), average)
        index = self._bin_of(day)
        if self.bins.bin is not progress.Bin.DAY and index is not None:
            text += "\n" + texts.pain_bin_readout(self.bins, index)
        self.pain_readout.setText(text)

    def _minutes_hovered(self, day: date | None) -> None:
        if day is None or self.history is None:
            self.minutes_readout.setText(texts.point_hint())
            return
        index = self._bin_of(day)
        if self.bins.bin is not progress.Bin.DAY and index is not None:
            text = texts.minutes_bin_readout(self.bins, index, self.goal_min)
        else:
            text = texts.minutes_readout(self.history.day(day), self.goal_min)
        self.minutes_readout.setText(text)

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
                self.calendar.set_colours(colours)
                self.exercise_effects.set_colours(colours)
                self.direction_effects.set_colours(colours)
                self.scale_card.set_colours(colours)
                self._apply_legends()

    # -- activities and the report -------------------------------------------------
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

    def make_report(self, target: Path | None = None, page_size: str | None = None) -> None:
        start, end = self.bounds()
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the report"),
                suggested_path("backcoach-report", "pdf", self._today()),
                self.tr("PDF (*.pdf)"),
            )
            if not name:
                return
            target = Path(name)
            if target.suffix.lower() != ".pdf":
                target = target.with_suffix(".pdf")
        from backcoach.services.report import write_report

        size = page_size or default_page_size()
        context, today = self.context, self._today()
        self.report_button.setEnabled(False)
        self.open_report_button.hide()
        self._say(self.tr("Making the report…"))
        self.report_runner.run(
            lambda: write_report(context, target, start, end, page_size=size, today=today),
            self._report_done,
            self._report_failed,
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _report_done(self, path: Path) -> None:
        self.report_button.setEnabled(True)
        self.last_report = path
        self._say(self.tr("The report is saved as %s.") % path)
        self.open_report_button.show()
        self.report_saved.emit(path)

    def _report_failed(self, error: Exception) -> None:
        self.report_button.setEnabled(True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self._say(self.tr("The report could not be saved: %s.") % reason)

    def open_report(self) -> None:
        if self.last_report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_report)))
