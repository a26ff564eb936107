"""The cards of the Progress screen, each showing one part of the chosen period.

``ChartCard`` holds a chart (made later, when the page first shows) with its legend and
readout; ``SummaryTiles``, ``CalendarCard`` and ``EffectsCard`` render their part of a
``History`` for a range. The page decides what to read and when; the cards only show it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from backcoach.domain import progress
from backcoach.domain.catalog import Catalogue
from backcoach.domain.progress import History
from backcoach.domain.progress_effects import effects, group_sums
from backcoach.ui import domain_words as words
from backcoach.ui.charts.colours import ChartColours
from backcoach.ui.pain_words import points
from backcoach.ui.progress import progress_texts as texts
from backcoach.ui.progress.calendar_heatmap import CalendarHeatmap, DayCell
from backcoach.ui.progress.effect_bars import EffectBars
from backcoach.ui.progress.progress_widgets import Card, SummaryTile, label, legend, swatch

translate = QCoreApplication.translate
"""Called as ``translate("Context", "text")`` so that lupdate finds the text."""

CALENDAR_MIN_DAYS = 7 * 13


def bin_note(bin_: progress.Bin, minutes: bool = False) -> str:
    """What one mark or bar stands for when the range is too long for one a day."""
    if bin_ is progress.Bin.DAY:
        return ""
    if minutes:
        if bin_ is progress.Bin.WEEK:
            return translate("ProgressPage", "Each bar is a week: the minutes a day, on average.")
        return translate("ProgressPage", "Each bar is a month: the minutes a day, on average.")
    if bin_ is progress.Bin.WEEK:
        return translate(
            "ProgressPage", "Each mark is the average of a week; the line is day by day."
        )
    return translate("ProgressPage", "Each mark is the average of a month; the line is day by day.")


def pain_legend(c: ChartColours, threshold: int) -> str:
    return legend(
        [
            swatch(c.before, "●", translate("ProgressPage", "before a session")),
            swatch(c.highest, "▲", translate("ProgressPage", "highest during it")),
            swatch(c.after, "■", translate("ProgressPage", "after it")),
            swatch(c.average, "━", translate("ProgressPage", "7-day average")),
            swatch(c.checkin, "◆", translate("ProgressPage", "morning check-in")),
            swatch(
                c.flare,
                "▼",
                translate("ProgressPage", "break for a pain rise (%s or more)") % points(threshold),
            ),
        ]
    )


def minutes_legend(c: ChartColours) -> str:
    return legend(
        [
            swatch(c.sessions, "■", translate("ProgressPage", "sessions")),
            swatch(c.activities, "■", translate("ProgressPage", "other activities")),
            swatch(c.goal, "╌", translate("ProgressPage", "daily goal")),
        ]
    )


class ChartCard(Card):
    """A heading, a legend, a note on binning, the chart and its hover readout."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.box.addWidget(label(title, "heading"))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.box.addWidget(self.legend)
        self.bin_note = label("", "muted")
        self.box.addWidget(self.bin_note)
        self.slot = QVBoxLayout()
        self.box.addLayout(self.slot)
        self.readout = label(texts.point_hint(), "muted")
        self.box.addWidget(self.readout)

    def show_waiting(self) -> None:
        """Hold the chart's place (and height) until the chart is made."""
        waiting = label(translate("ProgressPage", "Drawing your chart…"), "muted")
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting.setMinimumHeight(240)
        self.slot.addWidget(waiting)

    def place(self, chart: QWidget) -> None:
        """Put the chart where the waiting text was."""
        old = self.slot.takeAt(0)
        waiting = old.widget() if old is not None else None
        if waiting is not None:
            waiting.deleteLater()
        self.slot.addWidget(chart)


class SummaryTiles(QGridLayout):
    """Sessions, minutes a day, pain before sessions and days in a row, side by side."""

    def __init__(self) -> None:
        super().__init__()
        self.setSpacing(16)
        self.sessions = SummaryTile(translate("ProgressPage", "Sessions"))
        self.minutes = SummaryTile(translate("ProgressPage", "Exercise a day"))
        self.pain = SummaryTile(translate("ProgressPage", "Pain before sessions"))
        self.streak = SummaryTile(translate("ProgressPage", "Days in a row"))
        for column, tile in enumerate((self.sessions, self.minutes, self.pain, self.streak)):
            self.addWidget(tile, 0, column)
            self.setColumnStretch(column, 1)

    def show_period(
        self,
        history: History,
        t: progress.Totals,
        goal_min: int,
        streaks: progress.Streaks,
        today: date,
    ) -> None:
        per_week = translate("ProgressPage", "about %s a week") % texts.pain_text(
            round(t.sessions_per_week, 1)
        )
        self.sessions.set(str(t.sessions), per_week if t.days >= 14 and t.sessions else "")
        average = t.minutes / t.days if t.days else 0
        self.minutes.set(
            texts.minutes_text(average),
            translate("ProgressPage", "goal of %d min reached on %d of %d days")
            % (goal_min, t.goal_days, t.days),
        )
        if t.before is None:
            self.pain.set("–", translate("ProgressPage", "no ratings in this period"))
        else:
            after = (
                translate("ProgressPage", "after sessions: %s") % texts.pain_text(round(t.after, 1))
                if t.after is not None
                else ""
            )
            self.pain.set(texts.pain_text(round(t.before, 1)), after)
        if history.complete:
            self.streak.set(
                str(streaks.current),
                translate("ProgressPage", "longest: %d") % streaks.longest,
            )
            return
        # Only recent weeks are read yet: a run reaching back to their start may be longer.
        run_start = today - timedelta(days=streaks.current)
        reaches_back = history.since is not None and run_start <= history.since
        current = "…" if streaks.current and reaches_back else str(streaks.current)
        self.streak.set(current, translate("ProgressPage", "longest: …"))


class CalendarCard(Card):
    """Active days: a heat map of the days (or months, for "All") against the goal."""

    def __init__(self) -> None:
        super().__init__()
        self.box.addWidget(label(translate("ProgressPage", "Active days"), "heading"))
        self.text = label("")
        self.box.addWidget(self.text)
        self.calendar = CalendarHeatmap()
        self.box.addWidget(self.calendar)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.box.addWidget(self.legend)

    def set_legend(self, c: ChartColours, by_month: bool) -> None:
        shades = (
            translate("ProgressPage", "no exercise"),
            translate("ProgressPage", "some"),
            translate("ProgressPage", "half the goal or more"),
            translate("ProgressPage", "goal reached"),
        )
        if by_month:
            shades = (
                translate("ProgressPage", "no exercise"),
                translate("ProgressPage", "under half the days"),
                translate("ProgressPage", "half the days or more"),
                translate("ProgressPage", "8 days in 10 or more"),
            )
        self.legend.setText(legend([swatch(c.heat[i], "■", text) for i, text in enumerate(shades)]))

    def show_period(
        self,
        history: History,
        series: progress.Series,
        t: progress.Totals,
        goal_min: int,
        months: list[progress.MonthActivity] | None,
        today: date,
    ) -> None:
        """The days of ``series``, or ``months`` (``progress.monthly``) for "All"."""
        if months is not None:
            self.calendar.set_months(months, today)
        else:
            end = series.days[-1]
            first = min(series.days[0], end - timedelta(days=CALENDAR_MIN_DAYS - 1))
            cells = [
                DayCell(d.day, progress.activity_level(d.minutes, goal_min), d.minutes)
                for d in history.span(first, end)
            ]
            self.calendar.set_days(cells, today)
        self.text.setText(
            translate("ProgressPage", "Active on %d of %d days; daily goal reached on %d.")
            % (t.active_days, t.days, t.goal_days)
        )


class EffectsCard(Card):
    """What helps: how pain changed from just before each exercise, and by direction."""

    def __init__(self) -> None:
        super().__init__()
        self.box.addWidget(label(translate("ProgressPage", "What helps"), "heading"))
        self.box.addWidget(
            label(
                translate(
                    "ProgressPage",
                    "How your pain changed from just before an exercise: below zero it "
                    "eased, above zero it rose. Some pain while exercising is fine and not "
                    "harmful. Exercises you did at least 3 times are listed.",
                )
            )
        )
        self.empty = label("", "muted")
        self.box.addWidget(self.empty)
        self.exercises = EffectBars()
        self.box.addWidget(self.exercises)
        self.directions = EffectBars()
        self.box.addWidget(self.directions)

    def show_period(self, history: History, start: date, end: date, catalogue: Catalogue) -> None:
        known = set(catalogue.ids())
        names = {i: catalogue.get(i).name for i in known}
        sums = history.effect_index.sums_between(start, end)
        sums = {k: v for k, v in sums.items() if k in known}
        exercises = effects(sums)
        directions = effects(group_sums(sums, lambda i: catalogue.get(i).direction))
        self.exercises.set_effects(exercises, names, translate("ProgressPage", "Exercise"))
        self.directions.set_effects(
            directions,
            words.translated(words.DIRECTIONS),
            translate("ProgressPage", "Direction"),
        )
        empty = not exercises
        self.empty.setVisible(empty)
        self.empty.setText(
            translate("ProgressPage", "Not enough sessions with pain ratings in this period yet.")
            if empty
            else ""
        )
        self.exercises.setVisible(not empty)
        self.directions.setVisible(bool(directions))

    def set_colours(self, colours: ChartColours) -> None:
        self.exercises.set_colours(colours)
        self.directions.set_colours(colours)
