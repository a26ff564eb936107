"""The next-morning check-in: when it is due, what it saves, and what it suggests
(CLINICAL.md section 3)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from tests.domain.test_progress import checkin, make_session

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.services import checkins
from backcoach.ui.checkin.checkin_dialog import CheckInDialog

TODAY = date(2025, 3, 20)
YESTERDAY = TODAY - timedelta(days=1)
MORNING = datetime(2025, 3, 20, 7, 30, tzinfo=UTC)


@pytest.fixture
def context(ready_store):
    return AppContext(data_dir=ready_store.data_dir, catalogue=load_catalogue(), store=ready_store)


def _session_yesterday(context, baseline: int = 3) -> None:
    session = make_session(YESTERDAY, baseline, [("prone-press", None, [4])], after=2)
    context.store.sessions.save(session)


def _dialog(qtbot, context) -> CheckInDialog:
    dialog = CheckInDialog(context, today=TODAY, now=lambda: MORNING)
    qtbot.addWidget(dialog)
    return dialog


def test_due_on_the_first_start_after_a_day_with_a_session(context) -> None:
    assert not checkins.checkin_due(context, TODAY)
    _session_yesterday(context)
    assert checkins.checkin_due(context, TODAY)
    assert not checkins.checkin_due(context, TODAY + timedelta(days=1))  # the day after


def test_not_due_once_answered_or_put_off_today(context) -> None:
    _session_yesterday(context)
    checkins.mark_asked(context, TODAY)
    assert not checkins.checkin_due(context, TODAY)
    context.set_setting(checkins.ASKED_KEY, None)
    context.store.checkins.add(checkin(TODAY, 2))
    assert not checkins.checkin_due(context, TODAY)


def test_a_session_with_every_exercise_skipped_does_not_ask(context) -> None:
    session = make_session(YESTERDAY, 3, [("prone-press", None, [])])
    skipped = [e.__class__(**{**_as_dict(e), "skipped": True}) for e in session.exercises]
    context.store.sessions.save(session.__class__(**{**_as_dict(session), "exercises": skipped}))
    assert not checkins.checkin_due(context, TODAY)


def _as_dict(record) -> dict:
    return {name: getattr(record, name) for name in record.__slots__}


def test_save_needs_both_a_pain_rating_and_stiffness(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    assert not dialog.save_button.isEnabled()
    dialog.scale.buttons[4].click()
    assert not dialog.save_button.isEnabled()
    dialog.set_stiffness("some")
    assert dialog.save_button.isEnabled()
    assert "4" in dialog.chosen.text()


def test_worse_than_before_yesterdays_session_suggests_a_lighter_dose(qtbot, context) -> None:
    _session_yesterday(context, baseline=3)
    dialog = _dialog(qtbot, context)
    dialog.scale.buttons[6].click()
    dialog.set_stiffness("a lot")
    dialog.save_button.click()
    stored = context.store.checkins.all()
    assert [(c.day, c.score, c.stiffness) for c in stored] == [(TODAY, 6, "a lot")]
    assert dialog.outcome.previous == 3 and dialog.outcome.advice.rise == 3
    assert dialog.pages.currentIndex() == 1
    assert "more sore" in dialog.answer_title.text().lower()
    assert "fewer sets" in dialog.suggestions.text().lower()
    assert "Before yesterday's session: 3" in dialog.comparison.text()
    assert not checkins.checkin_due(context, TODAY)


def test_back_at_the_usual_level_says_keep_going(qtbot, context) -> None:
    _session_yesterday(context, baseline=3)
    dialog = _dialog(qtbot, context)
    dialog.scale.buttons[2].click()
    dialog.set_stiffness("none")
    dialog.save()
    assert dialog.outcome.advice is None
    assert "usual level" in dialog.message.text()
    assert dialog.suggestions.isHidden()


def test_high_morning_pain_also_shows_when_to_seek_care(qtbot, context) -> None:
    _session_yesterday(context, baseline=3)
    dialog = _dialog(qtbot, context)
    dialog.scale.buttons[9].click()
    dialog.set_stiffness("some")
    dialog.save()
    assert dialog.care.isVisibleTo(dialog)
    assert "urgent" in dialog.care.text().lower()


def test_not_today_remembers_it_for_the_day(qtbot, context) -> None:
    _session_yesterday(context)
    dialog = _dialog(qtbot, context)
    dialog.later_button.click()
    assert not context.store.checkins.all()
    assert not checkins.checkin_due(context, TODAY)


def test_digit_keys_rate_from_the_mat(qtbot, context) -> None:
    from PySide6.QtCore import Qt

    dialog = _dialog(qtbot, context)
    qtbot.keyClick(dialog.scale, Qt.Key.Key_7)
    qtbot.waitUntil(lambda: dialog.score == 7, timeout=2_000)


def test_a_morning_rating_of_8_shows_both_lists_even_without_a_rise(qtbot, context) -> None:
    """docs/clinical-rules.md, warning signs: 8 or more in a check-in shows both lists,
    also when the back is no worse than before yesterday's session."""
    _session_yesterday(context, baseline=9)
    dialog = _dialog(qtbot, context)
    dialog.scale.buttons[8].click()
    dialog.set_stiffness("some")
    dialog.save()
    assert dialog.outcome.advice is None
    assert dialog.care.isVisibleTo(dialog)
    text = dialog.care.text()
    assert "urgent" in text.lower() and "doctor soon" in text.lower()


AFTERNOON = datetime(2025, 3, 20, 15, 0, tzinfo=UTC)


def test_after_midday_it_says_today_not_this_morning(qtbot, context) -> None:
    _session_yesterday(context, baseline=2)
    dialog = CheckInDialog(context, today=TODAY, now=lambda: AFTERNOON)
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(type(dialog.chosen))]
    assert "How is your back today?" in texts
    assert not any("this morning" in t.lower() for t in texts)
    dialog.scale.rated.emit(6)
    assert dialog.chosen.text().startswith("Your pain today: 6")
    dialog.set_stiffness("a lot")
    dialog.save()
    shown = " ".join(w.text() for w in dialog.findChildren(type(dialog.chosen)))
    assert "Today: 6. Before yesterday's session: 2." in shown
    assert "this morning" not in shown.lower()


def test_in_the_morning_it_says_this_morning(qtbot, context) -> None:
    dialog = _dialog(qtbot, context)
    assert dialog.windowTitle() == "Morning check-in"
    texts = [w.text() for w in dialog.findChildren(type(dialog.chosen))]
    assert "How is your back this morning?" in texts
    assert any("Rate your pain and stiffness as they are now" in t for t in texts), (
        "no session yesterday: the by-hand wording"
    )


def test_closing_it_counts_as_not_today(qtbot, context) -> None:
    _session_yesterday(context)
    assert checkins.checkin_due(context, TODAY)
    dialog = _dialog(qtbot, context)
    dialog.reject()  # Esc or the window's close button
    assert not checkins.checkin_due(context, TODAY)


def test_home_opens_the_check_in_by_hand_and_it_is_offered_again_later(
    qtbot, data_dir, ready_store, monkeypatch
) -> None:
    from backcoach.ui import main_window as main_window_module
    from backcoach.ui.application import build_main_window

    monkeypatch.setattr(main_window_module, "_today", lambda: TODAY)
    window = build_main_window(data_dir, ready_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_screen("home")
    # By hand, with nothing due: Home's button opens it without blocking the window.
    window.home.checkin_button.click()
    dialog = window.checkin_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.scale.rated.emit(3)
    dialog.set_stiffness("some")
    dialog.save()
    dialog.accept()
    assert window.checkin_dialog is None
    assert [c.score for c in ready_store.checkins.between(TODAY, TODAY)] == [3]
    # Later the same day (left open overnight): a check-in due is offered when Home shows.
    tomorrow = TODAY + timedelta(days=1)
    ready_store.sessions.save(make_session(TODAY, 3, [("prone-press", None, [4])], after=2))
    monkeypatch.setattr(main_window_module, "_today", lambda: tomorrow)
    window._startup_asked = True  # the start-up has had its turn
    window.show_screen("progress")
    window.show_screen("home")
    qtbot.waitUntil(lambda: window.checkin_dialog is not None, timeout=5_000)
    window.checkin_dialog.reject()
    assert window.checkin_dialog is None
    window.show_screen("progress")
    window.show_screen("home")
    qtbot.wait(50)
    assert window.checkin_dialog is None, "put off: not offered again that day"
