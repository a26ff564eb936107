"""Done when (issue 14, session part): a routine with held reps run through an
accidental Esc (kept going), a pain rise, an early end and a resume."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt

from backcoach.domain.daily_goal import minutes_on
from backcoach.domain.routines import Routine, RoutineItem
from backcoach.domain.session.clock import ManualClock
from backcoach.domain.session.events import Phase
from backcoach.domain.session.reps import MOVE_S
from backcoach.services import record_edits
from backcoach.ui.application import build_main_window


def _routine(catalogue) -> Routine:
    items = []
    for exercise_id, dose in (
        ("prone-press", {"sets": 2, "reps": 3, "hold_s": 5, "rest_s": 10}),
        ("stomach-lying", {"sets": 1, "hold_s": 20, "rest_s": 0}),
        ("standing-extension", {"sets": 1, "reps": 2, "hold_s": 2, "rest_s": 0}),
    ):
        base = catalogue.get(exercise_id).dose
        items.append(RoutineItem(exercise_id, replace(base, **dose)))
    return Routine(id="held-reps", name="Held reps", items=tuple(items))


def test_held_reps_through_an_accidental_esc_a_rise_an_early_end_and_a_resume(
    qtbot, data_dir, ready_store
) -> None:
    window = build_main_window(data_dir, ready_store)
    qtbot.addWidget(window)
    clock = ManualClock()
    window.context.clock, window.context.clock_is_fake = clock, True
    # Wall time follows the test's clock (the offer to carry on lasts 10 minutes of it).
    start = datetime.now().astimezone()

    def wall() -> datetime:
        return start + timedelta(seconds=clock())

    window.now = wall
    window.show()
    window.start_session(_routine(window.context.catalogue))
    page = window.session

    def tick(seconds: float) -> None:
        while seconds > 1e-9:  # in steps, as the redraw timer would
            step = min(seconds, 0.5)
            clock.advance(step)
            page.refresh()
            seconds -= step

    def press(key) -> None:
        qtbot.keyClick(page, key)

    press(Qt.Key.Key_2)  # the rating before the session: also the first exercise's
    assert page.feedback.isVisible() and page.feedback.text() == "Pain 2"
    assert page.engine.phase is Phase.GET_READY  # no second pain question
    assert page.more_time_button.isVisible() and "more time" in page.phase_label.text()
    tick(30)  # 15 s, and 15 s more to get down onto the mat
    assert page.engine.phase is Phase.WORK

    # Rep 1: move into position, then the hold counts down.
    tick(MOVE_S + 1)
    assert page.rep_label.isVisible() and page.rep_label.text() == "Rep 1 of 3"
    assert page.phase_label.text() == "Hold"
    assert page.timer.text() == "0:04"
    assert page.set_label.text().replace("\u00a0", " ").startswith("Set 1 of 2")

    # An accidental Esc asks, and Enter keeps going where it was.
    press(Qt.Key.Key_Escape)
    assert page.views.currentWidget() is page.confirm_view
    assert "End the session?" in page.confirm_title.text()
    assert page.engine.paused and not page.player.is_playing()
    clock.advance(20)
    page.refresh()
    press(Qt.Key.Key_Return)
    assert page.views.currentWidget() is page.exercise_view and not page.engine.paused
    assert page.player.is_playing()  # it stood still while paused; it moves again
    assert page.engine.phase is Phase.WORK and page.timer.text() == "0:04"

    tick(4 + 2 + MOVE_S + 2)  # rep 2, 2 s into its hold
    assert page.rep_label.text() == "Rep 2 of 3" and page.timer.text() == "0:03"

    # A pain rise: 5 is 2 + 3 (the rule's 2 points or more): a break.
    press(Qt.Key.Key_5)
    assert page.feedback.text() == "Pain 5"
    assert page.engine.phase is Phase.BREAK
    press(Qt.Key.Key_R)  # rest, then rate again
    tick(60)
    press(Qt.Key.Key_3)  # settled
    assert page.feedback.text() == "Pain 3"
    assert page.engine.phase is Phase.GET_READY
    tick(15 + MOVE_S + 1)  # back to the set: rep 1 again (the set starts over)
    assert page.rep_label.text() == "Rep 1 of 3"

    # Ending: Esc, then E. The after rating is asked, then the summary says so.
    press(Qt.Key.Key_Escape)
    press(Qt.Key.Key_E)
    assert page.engine.phase is Phase.RATING_AFTER
    assert page.rating_question.text().startswith("Session ended early.")
    press(Qt.Key.Key_3)
    assert page.views.currentWidget() is page.summary_view
    assert page.summary_title.text() == "Session ended early"
    text = page.summary_text.text()
    assert "partly done: 1" in text and "not done: 2" in text and "done: 0" in text
    assert "All done" not in text
    assert page.resume_button.isVisible()

    ready_store.flush()
    [first] = ready_store.sessions.all()
    assert first.ended_early
    assert [(r.phase, r.score) for r in first.ratings] == [
        ("baseline", 2),
        ("during", 5),
        ("re-rate", 3),
        ("after", 3),
    ]
    assert [(f.exercise_id, f.action) for f in first.flares] == [("prone-press", "rest")]
    [press_result] = first.exercises
    assert press_result.exercise_id == "prone-press" and press_result.skipped
    # The time spent on it counts, though it was cut short.
    first_minutes = minutes_on(date.today(), [first])
    assert first_minutes > 1.5
    assert f"You exercised for {round(first_minutes)} minutes." in text

    press(Qt.Key.Key_Return)  # back to Home
    assert window.current_screen() == "home"
    home = window.home
    assert home.resume_card.isVisible() and "about 10 more minutes" in home.resume_text.text()
    assert f"{round(first_minutes)} of 15 minutes today" == home.goal_label.text()

    # BackCoach closed and opened again two minutes later: the offer is still there.
    clock.advance(120)
    window.close()
    again = build_main_window(data_dir, ready_store)
    qtbot.addWidget(again)
    again.context.clock, again.context.clock_is_fake = clock, True
    again.now = wall
    again.show()
    again.refresh_home()
    home = again.home
    assert home.resume_card.isVisible() and "about 8 more minutes" in home.resume_text.text()

    # Ended by mistake: carry on from Home, where it stopped.
    home.resume_button.click()
    assert again.current_screen() == "session"
    page = again.session
    state = page.engine.state()
    assert state.paused and state.planned.exercise_id == "prone-press"
    assert not home.resume_card.isVisible() or again.current_screen() == "session"
    press(Qt.Key.Key_Space)
    tick(30 + MOVE_S + 1)  # get ready (down onto the mat again), rep 1 of set 1
    assert page.rep_label.text() == "Rep 1 of 3" and page.timer.text() == "0:04"
    for _ in range(4000):
        if page.engine.phase is Phase.RATING_BEFORE or page.engine.phase is Phase.RATING_AFTER:
            press(Qt.Key.Key_2)
        elif page.engine.phase is Phase.DONE:
            break
        tick(0.5)
    assert page.engine.phase is Phase.DONE
    assert page.summary_title.text() == "Session complete"
    text = page.summary_text.text()
    assert "done: 3" in text and "partly" not in text and "skipped" not in text
    assert "Pain before: 2 → after: 2" in text

    # ONE session: the resumed part went on in the same record, with every rating.
    ready_store.flush()
    [session] = ready_store.sessions.all()
    assert session.id == first.id and not session.ended_early and not session.running
    assert [(e.exercise_id, e.skipped) for e in session.exercises] == [
        ("prone-press", True),  # the part done before the early end
        ("prone-press", False),
        ("stomach-lying", False),
        ("standing-extension", False),
    ]
    phases = [r.phase for r in session.ratings]
    assert phases[:4] == ["baseline", "during", "re-rate", "after"]
    assert phases[4:] == ["before", "before", "after"]
    offsets = [r.offset_s for r in session.ratings]
    assert offsets == sorted(offsets)  # the second part goes on after the first
    assert session.ratings[4].offset_s >= session.ratings[3].offset_s + 120
    total = minutes_on(date.today(), [session])
    assert total > first_minutes + 1
    assert f"You exercised for {round(total)} minutes." in text
    history_day = [e for e in record_edits.entries(again.context) if e.kind == "session"]
    assert len(history_day) == 1 and round(history_day[0].minutes) == round(total)

    press(Qt.Key.Key_Return)
    assert not again.home.resume_card.isVisible()
    goal = again.home.goal_label.text()
    assert goal.startswith(f"{round(total)} ")
