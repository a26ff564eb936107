"""Speed rules a user feels (docs/decisions/008-speed.md): the window makes only the screen
it shows, makes the others on first use, and sleeps when nothing changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication

from backcoach.domain import direction_check as dc
from backcoach.domain.onboarding import OnboardingState
from backcoach.services import onboarding, settings
from backcoach.ui.application import build_main_window


class _TimerEvents(QObject):
    """Counts the timer events delivered to ``window`` or anything it owns (its pages,
    their widgets and timers, the reminder service). Other tests' leftovers and Qt's own
    housekeeping (its pixmap cache sweeps itself 30 s after use) are not the window's."""

    def __init__(self, window: QObject) -> None:
        super().__init__()
        self.window = window
        self.seen: list[str] = []

    def _owned(self, watched: QObject) -> bool:
        item: QObject | None = watched
        while item is not None:
            if item is self.window:
                return True
            item = item.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer and self._owned(watched):
            self.seen.append(f"{watched.metaObject().className()} {watched.objectName()}")
        return False


def _returning_window(qtbot, data_dir, store):
    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue

    context = AppContext(data_dir=data_dir, catalogue=load_catalogue(), store=store)
    onboarding.save_onboarding(context, OnboardingState(done=True, red_flags="none"))
    answers = dc.Answers(sitting=dc.YES, bending=dc.YES, eases=dc.EASED_BY_UPRIGHT)
    onboarding.save_direction(context, dc.DirectionChoice.from_check(answers))
    window = build_main_window(data_dir, store)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _running_timers(window) -> list[str]:
    return [
        f"{t.parent().__class__.__name__}.{t.objectName()} every {t.interval()} ms"
        for t in window.findChildren(QTimer)
        if t.isActive()
    ]


def _timer_events_while_idle(window: QObject, ms: int) -> list[str]:
    """Timer events of the window's in ``ms`` of idling."""
    counter = _TimerEvents(window)
    app = QApplication.instance()
    loop = QEventLoop()
    wait = QTimer()
    wait.setSingleShot(True)
    wait.timeout.connect(loop.quit)
    app.installEventFilter(counter)
    try:
        wait.start(ms)
        loop.exec()
    finally:
        app.removeEventFilter(counter)
    return counter.seen


def test_only_home_is_made_at_start_and_a_screen_is_made_when_first_shown(
    qtbot, data_dir, store
) -> None:
    window = _returning_window(qtbot, data_dir, store)
    assert window.current_screen() == "home"
    made = [s.key for s in window.screens if s.built]
    assert made == ["home"]
    assert window.navigation.count() == 7  # every screen is in the sidebar all the same
    window.navigation.setCurrentRow(3)
    assert window.current_screen() == "progress"
    assert [s.key for s in window.screens if s.built] == ["home", "progress"]


def test_an_idle_home_runs_no_timer(qtbot, data_dir, store) -> None:
    window = _returning_window(qtbot, data_dir, store)
    assert not settings.get(window.context, "reminders_on")
    assert not window.reminders.waiting
    qtbot.wait(300)  # let the start settle (layouts, deferred first reads)
    assert _running_timers(window) == []
    assert _timer_events_while_idle(window, 1500) == []


def test_an_idle_progress_screen_runs_no_timer(qtbot, data_dir, store) -> None:
    window = _returning_window(qtbot, data_dir, store)
    window.show_screen("progress")
    page = window.progress
    qtbot.waitUntil(lambda: page.pain_chart is not None and not page.loading_full, timeout=20_000)
    page.wait_loaded()
    qtbot.wait(400)  # the background read lands and is drawn
    assert _running_timers(window) == []
    assert _timer_events_while_idle(window, 1500) == []


def test_progress_clicked_right_after_a_start_draws_the_whole_history(qtbot, data_dir) -> None:
    """However the app's start opens the store (it may hold recent weeks only until the
    whole file is read, 008-speed.md), Progress clicked at once ends with every day."""
    from datetime import date, timedelta

    from tests.domain.test_progress import checkin, make_session

    from backcoach.domain.progress import Range
    from backcoach.domain.records import Activity
    from backcoach.services.app_data import open_data

    today = date.today()
    oldest = today - timedelta(days=400)
    first = open_data(data_dir).store
    for day in (oldest, today - timedelta(days=150), today - timedelta(days=1)):
        first.sessions.save(make_session(day, 5, [("prone-press", None, [6])], after=4))
    first.activities.add(Activity.new(today - timedelta(days=300), "walking", 30))
    first.checkins.add(checkin(oldest + timedelta(days=1), 6, "some"))
    assert first.close()
    store = open_data(data_dir).store
    try:
        window = _returning_window(qtbot, data_dir, store)
        window.show_screen("progress")
        page = window.progress
        qtbot.waitUntil(
            lambda: page.history is not None and page.history.complete and not page.loading_full,
            timeout=20_000,
        )
        page.set_range(Range.ALL)
        assert page.history.first_day == oldest and page.series.days[0] == oldest
        assert sum(page.series.sessions) == 3
        assert sum(page.series.activity_minutes) == 30
        assert [c.day for c in page.history.checkins] == [oldest + timedelta(days=1)]
    finally:
        store.close()


def test_what_paints_first_imports_neither_the_data_layer_nor_the_screens() -> None:
    """The first paint (the frame) comes before the data file, the catalogue and the
    screens' code are even imported: each import here delays it (a service imported by
    the window once pulled in the whole storage layer, ~45 ms)."""
    import subprocess
    import sys

    code = (
        "import sys, backcoach.ui.application\n"
        "late = ('backcoach.storage', 'backcoach.context', 'backcoach.domain.catalog',\n"
        "        'backcoach.ui.home', 'backcoach.ui.progress', 'pyqtgraph')\n"
        "print(sorted(m for m in sys.modules if m.startswith(late)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


def _tab_order(page) -> list[str]:
    """The texts of the page's buttons in the order Tab visits them."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    texts, widget = [], page.nextInFocusChain()
    while widget is not page:
        visible = widget.isVisibleTo(page) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        if isinstance(widget, QPushButton) and page.isAncestorOf(widget) and visible:
            texts.append(widget.text())
        widget = widget.nextInFocusChain()
    return texts


def test_home_makes_a_card_of_some_days_only_when_it_is_first_shown(qtbot, data_dir, store) -> None:
    """An early end to carry on, the care notice, a lighter day, a suggestion and the
    activities' card are made when first shown: in their place on the page and in the
    tab order, as when Home made them all at once."""
    from dataclasses import replace

    from PySide6.QtWidgets import QPushButton

    from backcoach.domain.progression import Suggestion

    window = _returning_window(qtbot, data_dir, store)
    home = window.home
    texts = {b.text() for b in home.findChildren(QPushButton)}
    assert "Carry on with that session" not in texts and "Rate my activities" not in texts
    start = _tab_order(home)
    assert start[0] == "Start" and start[-1] == "See the warning signs"

    home.show_activities(True, "")  # made in an order other than the page's
    home.show_resume("Gentle start", 8)
    state = home.state
    suggestion = Suggestion("harder", "prone-press", None, "k", "A step up", "Try this.")
    care = OnboardingState(done=True, red_flags="some")
    home.set_state(replace(state, lighter=state.routine, suggestion=suggestion, onboarding=care))
    column = home._column
    places = [
        column.indexOf(card)
        for card in (
            home.resume_card,
            home.care_card,
            home.plan_card,
            home.lighter_card,
            home.suggestion_card,
            home.activities_card,
        )
    ]
    assert places == sorted(places) and all(
        card.isVisible() for card in (home.resume_card, home.activities_card)
    )
    assert _tab_order(home) == [
        "Carry on with that session",
        "See the warning signs",
        "I have checked with a clinician",
        *start[:-1],  # the plan's buttons; the safety card gives way to the care notice
        "Start the lighter session",
        "Yes, change my routine",
        "Not now",
        "Rate my activities",
        "Not now",
    ]
    window.refresh_home()  # an ordinary day again: the cards made stay, hidden
    assert not home.resume_card.isVisible() and not home.activities_card.isVisible()
    assert _tab_order(home) == start


def test_the_tray_and_the_reminders_are_set_up_once_home_is_usable(qtbot, data_dir, store) -> None:
    """Not needed to show Home, they wait for it (008-speed.md) and still work: the
    reminders watch the clock and a due reminder reaches the tray."""
    from datetime import datetime

    from backcoach.ui.application import load_window
    from backcoach.ui.main_window import MainWindow

    context = _context(data_dir, store)
    onboarding.save_onboarding(context, OnboardingState(done=True, red_flags="none"))
    settings.save(context, "reminders_on", True)
    settings.save(context, "reminder_days", [0, 1, 2, 3, 4, 5, 6])
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    load_window(window, store)
    assert window._tray is None and window._reminders is None  # Home first
    qtbot.waitUntil(lambda: window._tray is not None, timeout=5000)
    assert window.reminders.waiting  # reminders are on: it waits for the next one
    window.reminders.due.emit(datetime.now())
    assert window.tray.last_message[0] == "Time for your back exercises"


def test_the_keys_are_added_once_home_is_usable(qtbot, data_dir, store) -> None:
    """A start adds the window's keys once Home is usable (not needed to show it), and
    they work: Ctrl+2 leads to Routines."""
    from PySide6.QtGui import QShortcut

    from backcoach.ui.application import load_window
    from backcoach.ui.main_window import MainWindow

    context = _context(data_dir, store)
    onboarding.save_onboarding(context, OnboardingState(done=True, red_flags="none"))
    window = MainWindow(data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    load_window(window, store)
    assert not window.findChildren(QShortcut)  # Home first
    qtbot.waitUntil(lambda: len(window.findChildren(QShortcut)) >= 12, timeout=5000)
    made = window.findChildren(QShortcut)
    window.add_keys()  # once only
    assert len(window.findChildren(QShortcut)) == len(made)
    keys = {s.key().toString(): s for s in made}
    assert {"F11", "F1", "?", "Ctrl+1", "Ctrl+7", "Ctrl+Q", "Ctrl+W"} <= set(keys)
    keys["Ctrl+2"].activated.emit()
    assert window.current_screen() == "routines"


def test_the_tray_asked_for_before_home_is_usable_is_made_at_once(qtbot, data_dir, store) -> None:
    from backcoach.ui.application import build_main_window

    context = _context(data_dir, store)
    onboarding.save_onboarding(context, OnboardingState(done=True, red_flags="none"))
    settings.save(context, "close_to_tray", True)
    window = build_main_window(data_dir, store)  # loaded, not shown: not usable yet
    qtbot.addWidget(window)
    assert window._tray is None
    window.tray.available = lambda: True  # this test desktop may have no tray
    hidden: list[bool] = []
    window.tray.hid_window = lambda: hidden.append(True)
    window.show()
    window.close()
    assert hidden == [True] and not window.isVisible()


def test_the_reminders_start_even_if_home_does_not_paint(
    qtbot, data_dir, store, monkeypatch
) -> None:
    """A window minimised at once never paints Home: the reminders start all the same."""
    from backcoach.ui import main_window
    from backcoach.ui.application import build_main_window

    monkeypatch.setattr(main_window, "REMINDERS_AT_THE_LATEST_MS", 50)
    context = _context(data_dir, store)
    onboarding.save_onboarding(context, OnboardingState(done=True, red_flags="none"))
    settings.save(context, "reminders_on", True)
    settings.save(context, "reminder_days", [0, 1, 2, 3, 4, 5, 6])
    window = build_main_window(data_dir, store)  # never shown: Home never paints
    qtbot.addWidget(window)
    assert window._reminders is None
    qtbot.waitUntil(lambda: window._reminders is not None, timeout=5000)
    assert window._reminders.waiting


# Qt classes a returning user's start to a usable Home does not need. PySide6 makes a
# class (and all its Python enum types) the first time it is used; a Python handle to a
# widget Qt made in C++ (a scroll area's own viewport) makes every QtWidgets class at once
# (~8 ms). QCalendarWidget stands for that; the others are ~0.3-0.6 ms each.
NOT_AT_START = ("QCalendarWidget", "QComboBox", "QLineEdit", "QStyleOptionFrame")
NOT_AT_START_GUI = ("QKeySequence", "QShortcut")
"""The window's keys are added once it is usable (~1.2 ms of set-up, 17f)."""


def test_a_returning_users_start_makes_no_qt_class_home_does_not_need(data_dir) -> None:
    import os
    import subprocess
    import sys

    from backcoach.services.app_data import open_data

    first = open_data(data_dir)
    context = _context(data_dir, first.store)
    onboarding.save_onboarding(context, OnboardingState(done=True, red_flags="none"))
    assert first.store.close()
    code = (  # the classes made when the window is usable (later work may make them)
        "import PySide6.QtWidgets as W, PySide6.QtGui as G\n"
        "import backcoach.ui.application as application\n"
        "at_usable = application._usable_then_quit\n"
        "def quit_when_usable(app):\n"
        f"    made = [n for n in {NOT_AT_START!r} if n in W.__dict__]\n"
        f"    made += [n for n in {NOT_AT_START_GUI!r} if n in G.__dict__]\n"
        "    print('made', sorted(made))\n"
        "    at_usable(app)\n"
        "application._usable_then_quit = quit_when_usable\n"
        "from backcoach.cli import main\n"
        f"print('status', main(['--data-dir', {str(data_dir)!r}]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BACKCOACH_EXIT_AFTER_FIRST_PAINT": "1"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-800:]
    assert "usable" in result.stdout  # it did start as far as a usable Home
    assert "made []" in result.stdout.splitlines()
    assert result.stdout.strip().splitlines()[-1] == "status 0"


def _context(data_dir, store):
    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue

    return AppContext(data_dir=data_dir, catalogue=load_catalogue(), store=store)
