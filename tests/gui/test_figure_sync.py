"""The session's figure in time with the session: one loop per held rep, into the hold
during get ready, waiting at the start in a rest, mirrored for the left side, still
while paused."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from backcoach.domain.routines import Routine, RoutineItem
from backcoach.domain.session.clock import ManualClock
from backcoach.domain.session.events import Phase
from backcoach.domain.session.reps import MOVE_S
from backcoach.ui.application import build_main_window
from backcoach.ui.widgets.motion_timing import path_position, rep_tempo


def _routine(catalogue) -> Routine:
    items = []
    for exercise_id, dose in (
        ("prone-press", {"sets": 2, "reps": 3, "hold_s": 5, "rest_s": 10}),
        ("bird-dog", {"sets": 1, "hold_s": 20, "reps": None, "per_side": True, "rest_s": 0}),
    ):
        base = catalogue.get(exercise_id).dose
        items.append(RoutineItem(exercise_id, replace(base, **dose)))
    return Routine(id="figure", name="Figure", items=tuple(items))


def test_the_figure_follows_reps_holds_rests_sides_and_pauses(qtbot, data_dir, ready_store):
    window = build_main_window(data_dir, ready_store)
    qtbot.addWidget(window)
    clock = ManualClock()
    window.context.clock, window.context.clock_is_fake = clock, True
    window.show()
    window.start_session(_routine(window.context.catalogue))
    page, player = window.session, window.session.player

    def tick(seconds: float) -> None:
        while seconds > 1e-9:
            step = min(seconds, 0.5)
            clock.advance(step)
            page.refresh()
            seconds -= step

    qtbot.keyClick(page, Qt.Key.Key_2)
    assert page.engine.phase is Phase.GET_READY
    assert player.frame_count() >= 49  # the prone press moves
    assert player.position() == 0.0  # reps: waits in the start position
    while page.engine.phase is Phase.GET_READY:
        tick(0.5)

    # Held reps: the player's loop is the engine's rep (move 2 s, hold 5 s, release 2 s).
    tempo = rep_tempo(5)
    assert player.tempo() == tempo
    assert tempo.cycle_ms == (MOVE_S * 2 + 5) * 1000
    tick(MOVE_S + 1)  # rep 1, in the hold
    assert page.last_state.rep.stage == "hold"
    assert abs(player.elapsed_ms() - page.last_state.elapsed_s * 1000) < 300
    assert path_position(player.elapsed_ms(), tempo)[0] == 1.0

    # Paused: frozen where it is, and it carries on from there.
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert not player.is_playing() and not player.is_awake()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert player.is_playing()

    # The set ends by itself; in the rest the figure waits at the start.
    while page.engine.phase is Phase.WORK:
        tick(0.5)
    assert page.engine.phase is Phase.REST
    assert player.position() == 0.0 and not player.is_awake()

    # Through to the timed hold: during get ready the figure moves into the position.
    while page.engine.state().planned.exercise.id != "bird-dog":
        state = page.engine.state()
        if state.awaiting_rating:
            qtbot.keyClick(page, Qt.Key.Key_2)
        tick(0.5)
    while page.engine.phase is not Phase.GET_READY:
        qtbot.keyClick(page, Qt.Key.Key_2)
        tick(0.5)
    assert page.last_state.side == "left"
    assert 0.0 < player.position() < 1.0  # on its way, half a second in
    tick(1)
    assert 0.0 < player.position() < 1.0  # still moving into place (2.5 s)
    tick(1.5)
    assert player.position() == 1.0  # in place, and it stays there
    tick(1)
    assert player.position() == 1.0
    left = player.grab().toImage()
    while page.engine.phase is not Phase.WORK or page.last_state.side != "right":
        tick(0.5)
    assert player.position() == 1.0
    right = player.grab().toImage()
    assert left != right  # the other side is the mirror image
