"""FigurePlayer: shows exercise frames, animates start <-> end, respects reduced motion."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractAnimation, Qt
from PySide6.QtGui import QColor

from backcoach import resources
from backcoach.ui.widgets.figure_player import (
    FADE_MS,
    PAUSE_MS,
    FigurePlayer,
    cycle_ms,
    timeline_position,
)


def frame(name: str) -> Path:
    return resources.image_path(f"exercises/{name}.svg")


START, END = frame("prone-press-start"), frame("prone-press-end")
HOLD = frame("plank-floor-hold")


@pytest.fixture
def player(qtbot):
    widget = FigurePlayer()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _running(player: FigurePlayer) -> bool:
    return player._animation.state() == QAbstractAnimation.State.Running


def _has_ink(player: FigurePlayer) -> bool:
    image = player.grab().toImage()
    step = 7
    return any(
        QColor(image.pixel(x, y)).alpha() > 0 and QColor(image.pixel(x, y)) != QColor("white")
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    )


def test_frames_load_and_are_drawn(player):
    """Two valid SVG frames load, each with its own renderer, and something is painted."""
    player.set_frames([START, END])
    assert player.frames() == [START, END]
    assert all(player.renderer(p).isValid() for p in (START, END))
    assert _has_ink(player)


def test_renderers_are_cached_per_path(player):
    """Setting the same files again reuses the renderers instead of re-parsing them."""
    player.set_frames([START, END])
    first = player.renderer(START)
    player.set_frames([END, START])
    assert player.renderer(START) is first


def test_two_frames_animate_and_the_button_toggles(player, qtbot):
    """With two frames the player animates; the button pauses and resumes it and says so."""
    player.set_frames([START, END])
    button = player.play_button()
    assert player.is_playing() and _running(player)
    assert button.isVisible()
    assert button.accessibleName() == "Pause animation"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus

    with qtbot.waitSignal(player.playingChanged, timeout=1000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [False]
    assert not player.is_playing() and not _running(player)
    assert button.accessibleName() == "Play animation"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert player.is_playing() and _running(player)
    assert button.accessibleName() == "Pause animation"


def test_keyboard_toggles_the_button(player, qtbot):
    """The button can be reached and pressed with the keyboard (space)."""
    player.set_frames([START, END])
    button = player.play_button()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not player.is_playing()


def test_reduce_motion_stops_the_animation(player):
    """Reduced motion: no animation, no play button, both frames shown side by side."""
    player.set_frames([START, END])
    assert _running(player)
    player.set_reduce_motion(True)
    assert not player.is_playing()
    assert not _running(player)
    assert not player.play_button().isVisible()
    assert _has_ink(player)
    player.set_reduce_motion(False)
    assert player.is_playing() and _running(player)


def test_a_single_frame_never_animates(player, qtbot):
    """A static hold has one frame: nothing to animate, no button, even if asked to play."""
    player.set_frames([HOLD])
    player.play()
    qtbot.wait(50)
    assert not player.is_playing()
    assert not _running(player)
    assert not player.play_button().isVisible()
    assert _has_ink(player)


def test_a_pause_survives_new_frames(player):
    """The user's pause choice is kept when the next exercise's frames arrive."""
    player.set_frames([START, END])
    player.pause()
    player.set_frames([frame("bird-dog-start"), frame("bird-dog-end")])
    assert not player.is_playing()


def test_hidden_player_stops_ticking(player):
    """No animation work while the widget is hidden; it resumes when shown again."""
    player.set_frames([START, END])
    player.hide()
    assert not _running(player)
    player.show()
    assert _running(player)


def test_timeline_pauses_at_both_ends_and_fades_between():
    """Start frame, fade, end frame, fade back: the loop the player follows."""
    assert timeline_position(0, 2) == 0.0
    assert timeline_position(PAUSE_MS - 1, 2) == 0.0
    assert 0.4 < timeline_position(PAUSE_MS + FADE_MS / 2, 2) < 0.6
    assert timeline_position(PAUSE_MS + FADE_MS + 1, 2) == 1.0
    back_half = PAUSE_MS + FADE_MS + PAUSE_MS + FADE_MS / 2
    assert 0.4 < timeline_position(back_half, 2) < 0.6
    assert timeline_position(cycle_ms(2), 2) == 0.0
    assert timeline_position(1234, 1) == 0.0
