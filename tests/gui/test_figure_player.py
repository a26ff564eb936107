"""FigurePlayer: plays the motion frames at a tempo, one picture at a time, mirrored for
the left side; still when reduced, hidden, minimised, paused or frozen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from backcoach import resources
from backcoach.ui.widgets.figure_player import FigurePlayer, load_motion
from backcoach.ui.widgets.motion_timing import CALM, Tempo, rep_tempo


def frame(name: str) -> Path:
    return resources.image_path(f"exercises/{name}.svg")


START, END = frame("prone-press-start"), frame("prone-press-end")
MOTION = resources.motion_path("prone-press")
HOLD = frame("plank-floor-hold")


@pytest.fixture
def player(qtbot):
    widget = FigurePlayer()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _ink(image: QImage) -> list[tuple[int, int]]:
    step = 5
    return [
        (x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
        if QColor(image.pixel(x, y)).alpha() > 0 and QColor(image.pixel(x, y)) != QColor("white")
    ]


def test_motion_file_exists_and_loads():
    assert MOTION is not None
    frames = load_motion(MOTION)
    assert len(frames) >= 49
    assert all(f.lstrip().startswith(b"<!--") for f in frames)


def test_unreadable_motion_falls_back_to_the_still(player, tmp_path):
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(b"not gzip")
    player.set_frames([START, END], broken)
    assert player.frame_count() == 0
    assert not player.is_ticking()
    assert _ink(player.grab().toImage())


def test_the_motion_plays_frame_by_frame(player, qtbot):
    """While the figure moves the player ticks and the picture changes; no two frames
    are ever blended (each painted picture is one frame of the motion)."""
    player.set_frames([START, END], MOTION)
    player.play_tempo(Tempo(out_ms=1200, hold_ms=300, back_ms=1200, rest_ms=300))
    assert player.is_playing() and player.is_ticking()
    seen = set()
    for _ in range(20):
        qtbot.wait(40)
        seen.add(player.frame_index())
    assert len(seen) >= 8  # it moved through many frames, not two pictures


def test_button_toggles_play_and_pause(player, qtbot):
    player.set_frames([START, END], MOTION)
    button = player.play_button()
    assert button.isVisible() and player.is_playing()
    with qtbot.waitSignal(player.playingChanged, timeout=1000):
        button.click()
    assert not player.is_playing() and not player.is_awake()
    where = player.frame_index()
    qtbot.wait(150)
    assert player.frame_index() == where  # paused: the picture stays
    button.click()
    assert player.is_playing() and player.is_awake()


def test_no_ticks_while_the_figure_holds_still(player, qtbot):
    """At the end of the path (a hold) and at the start (a rest) the player sleeps."""
    player.set_frames([START, END], MOTION)
    player.play_tempo(Tempo(out_ms=100, hold_ms=5000, back_ms=100, rest_ms=100))
    qtbot.waitUntil(lambda: player.position() == 1.0, timeout=2000)
    qtbot.wait(60)
    assert not player.is_ticking() and player.is_awake()  # asleep until the way back
    player.hold_start(50)
    qtbot.waitUntil(lambda: player.position() == 1.0, timeout=2000)
    qtbot.wait(60)
    assert not player.is_awake()  # a hold: never moves again


def test_reduce_motion_shows_the_stills_side_by_side(player):
    player.set_frames([START, END], MOTION)
    player.set_reduce_motion(True)
    assert not player.is_playing() and not player.is_awake()
    assert not player.play_button().isVisible()
    ink = _ink(player.grab().toImage())
    assert any(x < 190 for x, _ in ink) and any(x > 210 for x, _ in ink)
    player.set_reduce_motion(False)
    assert player.is_playing() and player.is_awake()


def test_a_single_still_never_animates(player, qtbot):
    player.set_frames([HOLD])
    player.play()
    qtbot.wait(50)
    assert not player.is_awake()
    assert not player.play_button().isVisible()
    assert _ink(player.grab().toImage())


def test_hidden_or_minimised_player_stops(player, qtbot):
    player.set_frames([START, END], MOTION)
    player.hide()
    assert not player.is_awake()
    player.show()
    assert player.is_awake()
    player.showMinimized()
    qtbot.waitUntil(lambda: not player.is_awake(), timeout=2000)
    player.showNormal()
    qtbot.waitUntil(player.is_awake, timeout=2000)


def test_frozen_session_holds_the_figure_and_resumes_where_it_was(player, qtbot):
    player.set_frames([START, END], MOTION)
    player.play_tempo(rep_tempo(2), at_ms=1000)
    player.set_frozen(True)
    assert not player.is_awake()
    before = player.elapsed_ms()
    qtbot.wait(120)
    assert player.elapsed_ms() == before
    player.set_frozen(False)
    assert player.is_awake()
    assert player.elapsed_ms() - before < 100


def test_left_side_is_the_mirror_image(player):
    player.set_frames([START, END], MOTION)
    player.pause()
    player.show_phase("hold", side="right")
    right = player.grab().toImage()
    player.show_phase("hold", side="left")
    left = player.grab().toImage()
    assert left.flipped(Qt.Orientation.Horizontal) == right or _close(
        left.flipped(Qt.Orientation.Horizontal), right
    )


def _close(a: QImage, b: QImage) -> bool:
    """Equal but for antialiasing at a pixel or so."""
    ink_a, ink_b = set(_ink(a)), set(_ink(b))
    return len(ink_a ^ ink_b) <= 0.05 * max(len(ink_a), 1)


def test_show_phase_places_the_figure_on_the_path(player):
    player.set_frames([START, END], MOTION)
    player.show_phase("out", 0.5)
    assert 0.45 < player.position() < 0.55
    assert not player.is_awake()  # driven from outside: no clock of its own
    player.show_phase("hold")
    assert player.position() == 1.0
    player.show_phase("back", 1.0)
    assert player.position() == 0.0
    player.show_phase("rest")
    assert player.position() == 0.0
    player.play_tempo(CALM)
    assert player.is_awake()
