"""The guided session end to end: keys drive the engine, the store gets every rating."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from backcoach.domain.catalog import load_catalogue
from backcoach.domain.routines import Routine, RoutineItem
from backcoach.domain.session.clock import ManualClock
from backcoach.domain.session.events import Phase
from backcoach.services import sessions
from backcoach.services.session_recorder import RESUME_KEY
from backcoach.ui.application import build_main_window


def _routine(catalogue) -> Routine:
    items = []
    for exercise_id, dose in (
        ("stomach-lying", {"sets": 1, "hold_s": 10, "rest_s": 0}),
        ("side-plank", {"sets": 1, "hold_s": 10, "rest_s": 0}),
        ("prone-press", {"sets": 2, "reps": 5, "hold_s": 1, "rest_s": 10}),
    ):
        base = catalogue.get(exercise_id).dose
        items.append(RoutineItem(exercise_id, replace(base, **dose)))
    return Routine(id="test-routine", name="Test routine", items=tuple(items))


def _press(qtbot, page, key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(page, key)


def test_whole_routine_by_keyboard_with_pause_flare_skip_and_side_switch(
    qtbot, data_dir, ready_store
) -> None:
    window = build_main_window(data_dir, ready_store)
    qtbot.addWidget(window)
    clock = ManualClock()
    window.context.clock, window.context.clock_is_fake = clock, True
    window.show()
    routine = _routine(window.context.catalogue)
    window.start_session(routine)
    page = window.session
    assert window.current_screen() == "session" and not window.sidebar.isVisible()

    def tick(seconds: float) -> None:
        # In steps, as the redraw timer would: one jump over 15 s reads as a sleep.
        while seconds > 0:
            step = min(seconds, 5.0)
            clock.advance(step)
            page.refresh()
            seconds -= step

    _press(qtbot, page, Qt.Key.Key_3)  # baseline 3: also the first exercise's "before"
    assert page.engine.phase is Phase.GET_READY
    # 15 s to get ready, and 15 s more to get down onto the mat for the first exercise.
    assert page.engine.state().duration_s == 30
    tick(30)
    assert page.engine.phase is Phase.WORK
    tick(4)
    _press(qtbot, page, Qt.Key.Key_Space)  # pause with 6 s left
    assert page.paused_banner.isVisible()
    clock.advance(100)
    page.refresh()
    _press(qtbot, page, Qt.Key.Key_Space)
    assert page.timer.text() == "0:06"
    tick(6)  # stomach lying done, on to the side plank's rating
    _press(qtbot, page, Qt.Key.Key_4)  # before side plank
    tick(30 + 10)  # get ready (up from the mat), left side
    assert page.engine.phase is Phase.SWITCH_SIDE
    # The switch shows the side coming next, never the one just done.
    # Each part kept whole with no-break spaces: a long line breaks at the dots only.
    assert page.set_label.text() == "Set\u00a01\u00a0of\u00a01  ·  Right\u00a0side"
    assert page.phase_label.text() == "Switch sides"
    _press(qtbot, page, Qt.Key.Key_6)  # during rating: 6 >= 3 + 2 -> flare
    assert page.engine.phase is Phase.BREAK
    assert page.views.currentWidget() is page.break_view
    _press(qtbot, page, Qt.Key.Key_S)  # skip this exercise
    _press(qtbot, page, Qt.Key.Key_2)  # before prone press
    tick(30)
    assert page.done_button.isVisible()
    _press(qtbot, page, Qt.Key.Key_Return)  # set 1 done
    tick(10)
    _press(qtbot, page, Qt.Key.Key_Right)  # skip the rest of prone press
    assert page.engine.phase is Phase.RATING_AFTER
    _press(qtbot, page, Qt.Key.Key_2)  # after
    assert page.views.currentWidget() is page.summary_view
    assert "Pain before: 3" in page.summary_text.text()
    _press(qtbot, page, Qt.Key.Key_Return)
    assert window.current_screen() == "home" and window.sidebar.isVisible()

    ready_store.flush()
    [session] = ready_store.sessions.all()
    assert [(r.phase, r.score) for r in session.ratings] == [
        ("baseline", 3),
        ("before", 4),
        ("during", 6),
        ("before", 2),
        ("after", 2),
    ]
    first = session.exercises[0]
    assert (first.exercise_id, first.skipped) == ("stomach-lying", False)
    assert ("side-plank", True) in [(e.exercise_id, e.skipped) for e in session.exercises]
    assert [(f.exercise_id, f.action) for f in session.flares] == [("side-plank", "skip")]
    assert session.ended_at is not None
    assert ready_store.settings.get(RESUME_KEY) is None


def test_interrupted_session_can_be_resumed_from_its_snapshot(qtbot, data_dir, ready_store) -> None:
    window = build_main_window(data_dir, ready_store)
    qtbot.addWidget(window)
    clock = ManualClock()
    window.context.clock, window.context.clock_is_fake = clock, True
    window.start_session(_routine(load_catalogue()))
    window.session.rate(3)
    window.session.rate(3)
    saved = ready_store.settings.get(RESUME_KEY)
    assert saved is not None
    window.session.stop()  # as if the app died here

    again = build_main_window(data_dir, ready_store)
    qtbot.addWidget(again)
    again.context.clock, again.context.clock_is_fake = clock, True
    saved = sessions.saved_session(ready_store)
    assert saved is not None and again.continue_saved_session(saved)
    state = again.session.engine.state()
    assert state.paused and state.planned.exercise_id == "stomach-lying"


def test_a_rating_at_the_care_level_shows_when_to_seek_care(qtbot, data_dir, ready_store) -> None:
    """8 or more shows the urgent warning signs even when it is no 2-point rise."""
    window = build_main_window(data_dir, ready_store)
    qtbot.addWidget(window)
    window.show()
    window.context.clock, window.context.clock_is_fake = ManualClock(), True
    window.start_session(_routine(window.context.catalogue))
    page = window.session
    page.rate(7)
    assert not page.care_banner.isVisible()
    page.rate(8)  # before the first exercise: +1, not a flare
    assert page.engine.phase is not Phase.BREAK
    assert page.care_banner.isVisible()
    assert "bladder" in page.care_banner.text()  # the urgent list
    assert "fall or an accident" in page.care_banner.text()  # and the "soon" list


def test_every_break_offers_the_warning_signs_and_still_high_suggests_stopping(
    qtbot, data_dir, ready_store
) -> None:
    from PySide6.QtCore import Qt

    window = build_main_window(data_dir, ready_store)
    qtbot.addWidget(window)
    window.show()
    window.context.clock, window.context.clock_is_fake = ManualClock(), True
    window.start_session(_routine(window.context.catalogue))
    page = window.session
    page.rate(2)
    page.rate(5)  # a rise of 3 before the first exercise
    assert page.engine.phase is Phase.BREAK
    assert page.signs_link.isVisible() and not page.care_label.isVisible()
    assert "urgent" in page.signs_link.text()  # the emergency signs keep their urgency
    assert "2 points" in page.break_text.text()
    qtbot.keyClick(page, Qt.Key.Key_W)
    assert page.care_label.isVisible() and "fall or an accident" in page.care_label.text()
    for _ in range(2):  # rest, then still high, twice
        qtbot.keyClick(page, Qt.Key.Key_R)
        window.context.clock.advance(61)
        page.refresh()
        page.rate(5)
    assert page.engine.state().flare.suggest_end
    assert page.break_title.text() == "Time to stop for today"
    assert page.end_choice.property("role") == "primary"


def test_a_digit_during_rest_then_rate_again_is_shown_and_the_rest_goes_on(
    qtbot, data_dir, ready_store
) -> None:
    """CLINICAL 2: a settled rating in the rest is taken (big feedback) but does not end
    the rest behind the user's back: they go on with Enter, or when it ends."""
    window = build_main_window(data_dir, ready_store)
    qtbot.addWidget(window)
    window.show()
    clock = ManualClock()
    window.context.clock, window.context.clock_is_fake = clock, True
    window.start_session(_routine(window.context.catalogue))
    page = window.session
    _press(qtbot, page, Qt.Key.Key_2)
    _press(qtbot, page, Qt.Key.Key_5)  # a rise in the get ready: a break
    _press(qtbot, page, Qt.Key.Key_R)
    clock.advance(10)
    page.refresh()
    assert page.phase_label.text() == "Rest, then rate again"
    _press(qtbot, page, Qt.Key.Key_3)  # settled, 50 s of rest left
    assert page.feedback.isVisible() and page.feedback.text() == "Pain 3"
    assert page.engine.phase is Phase.BREAK_REST
    assert page.phase_label.text() == "Settled at 3 · rest on, or Enter: go on now"
    assert page.timer.text() == "0:50" and page.skip_button.text() == "Skip rest →"
    _press(qtbot, page, Qt.Key.Key_Return)
    assert page.engine.phase is Phase.GET_READY
    ready_store.flush()
    [session] = ready_store.sessions.running()
    assert [(r.phase, r.score) for r in session.ratings][-1] == ("re-rate", 3)
