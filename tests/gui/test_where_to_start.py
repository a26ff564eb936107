"""'Where should I start?' again from Home: cancel at any step (button or Esc), and
finishing asks before a starter plan replaces a routine of the user's own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from backcoach.domain import direction_check as dc
from backcoach.domain.routines import Routine, RoutineItem, to_dict
from backcoach.services import onboarding, plans
from backcoach.ui.application import build_main_window


@pytest.fixture
def window(qtbot, ready_store):
    window = build_main_window(ready_store.data_dir, ready_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _own_routine(window) -> Routine:
    catalogue = window.context.catalogue
    routine = Routine(
        id="mine",
        name="My mornings",
        items=(RoutineItem("bird-dog", catalogue.get("bird-dog").dose),),
    )
    window.context.store.routines.save(to_dict(routine))
    window.routines.reload()
    onboarding.set_active_routine(window.context, routine.id)
    window.refresh_home()
    return routine


def _revisit(window):
    window.home.direction_check_requested.emit()
    page = window.onboarding
    assert page is not None and window.current_screen() == "welcome"
    return page


def _flexion_answers(page) -> None:
    page.set_answer("sitting", dc.NO)  # the earlier answers are filled in
    page.set_answer("bending", dc.NO)
    page.set_answer("standing", dc.YES)
    page.set_answer("arching", dc.YES)
    page.set_answer("eases", dc.EASED_BY_FLEXING)


@pytest.mark.parametrize("step", [0, 1])
def test_cancel_at_any_step_changes_nothing(window, step) -> None:
    before = onboarding.direction_choice(window.context)
    page = _revisit(window)
    assert page.cancel_button.isVisible()
    assert page.progress.text() == "Step 1 of 2"
    assert not page.back_button.isEnabled()  # the revisit starts here
    _flexion_answers(page)
    for _ in range(step):
        page.next()
    assert page.cancel_button.isVisible()
    page.cancel_button.click()
    assert window.current_screen() == "home"
    assert window.onboarding is None and window.sidebar.isVisible()
    assert onboarding.direction_choice(window.context) == before


def test_esc_cancels_a_revisit_from_the_result_step(qtbot, window) -> None:
    before = onboarding.direction_choice(window.context)
    page = _revisit(window)
    _flexion_answers(page)
    page.next()
    assert page.next_button.text() == "Use this start"
    page.next_button.setFocus()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Escape)
    assert window.current_screen() == "home"
    assert onboarding.direction_choice(window.context) == before


def test_esc_does_nothing_on_the_first_run(qtbot, data_dir, store) -> None:
    window = build_main_window(data_dir, store)
    qtbot.addWidget(window)
    window.show()
    page = window.onboarding
    assert not page.cancel_button.isVisible()
    qtbot.keyClick(page.next_button, Qt.Key.Key_Escape)
    assert window.onboarding is page and window.current_screen() == "welcome"


@pytest.mark.parametrize(("answer", "kept"), [("keep", True), ("switch", False)])
def test_finishing_asks_before_replacing_the_users_own_routine(
    window, monkeypatch, answer, kept
) -> None:
    mine = _own_routine(window)
    asked: list[str] = []

    def reply(box: QMessageBox) -> int:
        asked.append(box.text())
        if answer == "keep":
            return QMessageBox.StandardButton.No
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", reply)
    page = _revisit(window)
    _flexion_answers(page)
    page.next()
    page.next()
    assert len(asked) == 1 and "My mornings" in asked[0] and "Flexion start" in asked[0]
    active = plans.active_routine(window.context)
    assert (active.id == mine.id) is kept
    assert onboarding.direction_choice(window.context).direction == dc.FLEXION
    assert window.current_screen() == "home"
    assert window.home.plan_name.text() == ("My mornings" if kept else "Flexion start")


def test_a_starter_plan_on_home_is_replaced_without_asking(window, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: pytest.fail("asked"))
    page = _revisit(window)
    _flexion_answers(page)
    page.next()
    page.next()
    assert plans.active_routine(window.context).name == "Flexion start"
