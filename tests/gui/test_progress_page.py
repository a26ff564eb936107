"""The Progress screen: lazy charts, their data per range, hover readouts, activities,
the report button and the theme. Charts are checked on their data (getData), not pixels."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QColor
from tests.domain.test_progress import checkin, make_session

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.progress import Range
from backcoach.domain.records import Activity
from backcoach.ui.charts.date_axis import DAY_S, day_to_x
from backcoach.ui.progress.progress_page import ProgressPage

TODAY = date(2025, 3, 20)  # a Thursday
EXTENSION = "prone-press"
FLEXION = "knee-to-chest"


def _x(day: date) -> float:
    return day_to_x(day) + DAY_S / 2


@pytest.fixture
def context(ready_store):
    return AppContext(data_dir=ready_store.data_dir, catalogue=load_catalogue(), store=ready_store)


def _fill(store) -> None:
    """Sessions on the last 5 days, an older one 200 days ago, a walk and a check-in."""
    for n in range(1, 6):
        day = TODAY - timedelta(days=n)
        store.sessions.save(
            make_session(day, 4, [(EXTENSION, None, [5, 6]), (FLEXION, 3, [3])], after=2)
        )
    old = TODAY - timedelta(days=200)
    store.sessions.save(make_session(old, 7, [(EXTENSION, None, [7])], after=6))
    store.activities.add(Activity.new(TODAY - timedelta(days=2), "walking", 40))
    store.checkins.add(checkin(TODAY - timedelta(days=1), 5, "a lot"))


def _open(qtbot, context, theme_dark: bool = False) -> ProgressPage:
    page = ProgressPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1048, 800)
    page.show()
    qtbot.waitUntil(lambda: page.series is not None, timeout=10_000)
    assert page.wait_loaded()
    qtbot.waitUntil(lambda: not page.loading_full and page.history.complete, timeout=10_000)
    return page


def test_importing_the_page_does_not_import_pyqtgraph() -> None:
    code = (
        "import sys; import backcoach.ui.progress.progress_page; "
        "sys.exit(1 if 'pyqtgraph' in sys.modules else 0)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    assert subprocess.run([sys.executable, "-c", code], env=env, timeout=60).returncode == 0


def test_charts_are_made_on_first_show_not_before(qtbot, context) -> None:
    page = ProgressPage(context, today=lambda: TODAY)
    qtbot.addWidget(page)
    assert page.pain_chart is None
    page.show()
    qtbot.waitUntil(lambda: page.pain_chart is not None, timeout=10_000)


def test_pain_chart_shows_each_days_before_highest_and_after(qtbot, context) -> None:
    _fill(context.store)
    page = _open(qtbot, context)
    chart = page.pain_chart
    days = [TODAY - timedelta(days=n) for n in range(5, 0, -1)]
    xs, ys = chart.before.getData()
    assert list(xs) == [_x(d) for d in days] and list(ys) == [4] * 5
    assert list(chart.highest.getData()[1]) == [6] * 5
    assert list(chart.after.getData()[1]) == [2] * 5
    xs, ys = chart.checkins.getData()
    assert list(xs) == [_x(TODAY - timedelta(days=1))] and list(ys) == [5]
    assert page.series.average[-1] == pytest.approx(4.0)


def test_minutes_chart_stacks_activities_on_sessions_against_the_goal(qtbot, context) -> None:
    _fill(context.store)
    page = _open(qtbot, context)
    chart = page.minutes_chart
    index = page.bins.starts.index(TODAY - timedelta(days=2))
    assert chart.activities.opts["height"][index] == 40
    assert chart.activities.opts["y0"][index] == pytest.approx(page.series.session_minutes[index])
    assert chart.goal_line.value() == 15


def test_switching_ranges_changes_the_days_shown(qtbot, context) -> None:
    _fill(context.store)
    page = _open(qtbot, context)
    page.range_buttons[Range.WEEK].click()
    assert page.series.days[0] == TODAY - timedelta(days=6) and len(page.series.days) == 7
    assert page.pain_chart.getPlotItem().viewRange()[0][0] == pytest.approx(
        day_to_x(TODAY - timedelta(days=6))
    )
    page.range_buttons[Range.YEAR].click()
    assert page.bins.bin == "week"
    page.range_buttons[Range.ALL].click()
    assert page.series.days[0] == TODAY - timedelta(days=200)
    assert page.calendar.months and not page.calendar.cells
    page.range_buttons[Range.MONTH].click()
    assert page.calendar.cells and page.calendar.cells[-1].day == TODAY


def test_hovering_a_day_reads_out_its_numbers(qtbot, context) -> None:
    _fill(context.store)
    page = _open(qtbot, context)
    yesterday = TODAY - timedelta(days=1)
    page.pain_chart.show_day(yesterday)
    text = page.pain_readout.text()
    assert "before 4, highest 6, after 2" in text
    assert "morning check-in 5, a lot of stiffness" in text
    page.minutes_chart.show_day(TODAY - timedelta(days=2))
    assert "40 min of other activities" in page.minutes_readout.text()
    page.pain_chart.show_day(None)
    assert "Point at a day" in page.pain_readout.text()


def test_arrow_keys_step_through_the_days_on_a_chart(qtbot, context) -> None:
    from PySide6.QtCore import Qt

    _fill(context.store)
    page = _open(qtbot, context)
    chart = page.pain_chart
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert TODAY.strftime("%A") in page.pain_readout.text()
    qtbot.keyClick(chart, Qt.Key.Key_Left)
    assert "before 4, highest 6, after 2" in page.pain_readout.text()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.hover_line.value() == pytest.approx(_x(page.series.days[0]))


def test_tiles_count_sessions_and_streaks(qtbot, context) -> None:
    _fill(context.store)
    page = _open(qtbot, context)
    assert page.sessions_tile.value.text() == "5"
    assert page.streak_tile.value.text() == "5"
    assert page.streak_tile.detail.text() == "longest: 5"
    assert page.pain_tile.value.text() == "4"


def test_what_helps_lists_exercises_done_three_times(qtbot, context) -> None:
    _fill(context.store)
    page = _open(qtbot, context)
    keys = [e.key for e in page.exercise_effects.effects]
    assert keys == [FLEXION, EXTENSION]  # flexion eased (3 -> 3, then 2); extension rose
    extension = page.exercise_effects.effects[1]
    assert extension.during == 2 and extension.after == -1
    assert {e.key for e in page.direction_effects.effects} == {"extension", "flexion"}


def test_a_new_user_sees_what_will_appear(qtbot, context) -> None:
    page = _open(qtbot, context)
    assert page.empty_card.isVisible()
    assert "Not enough sessions" in page.effects_empty.text()


def test_refresh_after_a_session_shows_it(qtbot, context) -> None:
    page = _open(qtbot, context)
    context.store.sessions.save(make_session(TODAY, 3, [(EXTENSION, None, [3])], after=1))
    page.refresh()
    qtbot.waitUntil(lambda: page.series.before[-1] == 3, timeout=10_000)
    assert not page.empty_card.isVisible()


def test_logging_an_activity_counts_it_toward_the_minutes(qtbot, context) -> None:
    from backcoach.ui.activities.activity_dialog import ActivityDialog

    dialog = ActivityDialog(context, today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # nothing chosen yet
    dialog.choose("gardening", 25, before=3, after=2)
    dialog.save()
    (activity,) = context.store.activities.all()
    assert (activity.kind, activity.minutes, activity.pain_before, activity.pain_after) == (
        "gardening",
        25,
        3,
        2,
    )
    assert activity.day == TODAY
    page = _open(qtbot, context)
    assert page.series.activity_minutes[-1] == 25


def test_the_report_button_writes_a_pdf_off_the_ui_thread(qtbot, context, tmp_path) -> None:
    _fill(context.store)
    page = _open(qtbot, context)
    target = tmp_path / "for-my-physio.pdf"
    with qtbot.waitSignal(page.report_saved, timeout=20_000):
        page.make_report(target, page_size="Letter")
    assert target.read_bytes().startswith(b"%PDF")
    assert "saved" in page.status.text() and page.open_report_button.isVisibleTo(page)


def test_clicking_report_then_save_writes_a_pdf(qtbot, context, tmp_path, monkeypatch) -> None:
    """The button a user clicks, with the page size picked from the locale (the path
    that crashed on PySide6 6.11.3 with QLocale.Territory)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    _fill(context.store)
    page = _open(qtbot, context)
    target = tmp_path / "chosen-in-the-dialog"  # no suffix: the page adds .pdf
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    with qtbot.waitSignal(page.report_saved, timeout=20_000) as saved:
        qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == target.with_suffix(".pdf")
    assert target.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("country", "size"),
    [("UnitedStates", "Letter"), ("Canada", "Letter"), ("Germany", "A4"), ("India", "A4")],
)
def test_the_default_paper_follows_the_locale(country: str, size: str) -> None:
    from PySide6.QtCore import QLocale

    from backcoach.ui.progress.progress_page import default_page_size

    locale = QLocale(QLocale.Language.English, getattr(QLocale.Country, country))
    assert default_page_size(locale) == size


def test_the_charts_follow_the_theme(qtbot, context) -> None:
    from PySide6.QtWidgets import QApplication

    from backcoach.ui.theme import DARK, LIGHT, ThemeManager

    app = QApplication.instance()
    saved = (app.styleSheet(), app.palette(), app.font(), app.style().name())
    try:
        theme = ThemeManager(app, "light")
        page = _open(qtbot, context)
        assert page.pain_chart.backgroundBrush().color() == QColor(LIGHT.surface)
        theme.apply("dark")
        qtbot.waitUntil(
            lambda: page.pain_chart.backgroundBrush().color() == QColor(DARK.surface),
            timeout=5_000,
        )
        assert page.calendar.colours.dark
    finally:  # leave the application as the other tests expect it
        app.setStyleSheet(saved[0])
        app.setPalette(saved[1])
        app.setFont(saved[2])
        app.setStyle(saved[3])
