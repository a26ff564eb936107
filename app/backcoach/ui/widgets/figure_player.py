"""An exercise illustration that moves like the person doing it.

Each moving exercise has a motion file (``resources/images/motion/<id>.json.gz``, made by
``tools/figures``): its frames sampled evenly along the movement from the start pose to
the end pose, with every contact (feet, knees, hands, a back on the floor) solved on
each frame. The player picks the frame for the moment from a ``Tempo`` (eased out, held,
back, waiting), mirrors it for the left side, and draws one picture: no cross-fade.

It ticks (25 pictures a second) only while the figure moves; while it holds or
waits, and whenever it is hidden, its window is minimised, the user paused it or the
session is paused, nothing runs. People who asked the system or the app to reduce
motion get the still key pictures side by side, like a printed exercise sheet.

The widget only renders what it is given; it knows nothing about exercises or sessions
(``show_phase`` / ``play_tempo`` let a session drive it rep by rep).
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QElapsedTimer,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWindow,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolButton, QWidget

from backcoach.ui.widgets.motion_timing import (
    CALM,
    TICK_MS,
    Tempo,
    into_position,
    path_position,
    phase_position,
    still_for_ms,
)

SIDE_BY_SIDE_GAP = 8


@lru_cache(maxsize=8)
def load_motion(path: Path) -> tuple[bytes, ...]:
    """The SVG text of every frame in a motion file (start ... end), or () if the file is
    missing or unreadable (the player then shows the still pictures)."""
    try:
        doc = json.loads(gzip.decompress(Path(path).read_bytes()))
        return tuple(str(frame).encode("utf-8") for frame in doc["frames"])
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return ()


class FigurePlayer(QWidget):
    """Still frames (``set_frames``) and, when given, the motion between them."""

    playingChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []
        self._renderers: dict[Path, QSvgRenderer] = {}  # stills, one per file
        self._motion: tuple[bytes, ...] = ()
        self._motion_renderers: dict[int, QSvgRenderer] = {}
        self._cache: tuple[tuple[int, bool, int, int, int], QPixmap] | None = None
        self._want_play = True  # the user's choice, kept across exercises
        self._frozen = False  # the session is paused
        self._reduce_motion = False
        self._mirrored = False
        self._tempo: Tempo = CALM
        self._manual: float | None = None  # a position set from outside (show_phase)
        self._base_ms = 0.0  # elapsed along the tempo before the clock last started
        self._clock = QElapsedTimer()
        self._position = 0.0
        self._last_playing = False
        self._watched: QWindow | None = None

        self._tick = QTimer(self)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)
        self._wake = QTimer(self)  # sleeps through holds and waits
        self._wake.setSingleShot(True)
        self._wake.timeout.connect(self._on_tick)

        self._button = QToolButton(self)
        self._button.setAutoRaise(True)
        self._button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._button.setIconSize(QSize(18, 18))
        self._button.clicked.connect(self.toggle)

        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Exercise illustration"))
        self._sync()

    # ------------------------------------------------------------------ public API

    def set_frames(self, paths: list[Path], motion: Path | None = None) -> None:
        """Show these still frames (start ... end) and, if given, play ``motion`` (a
        motion file) between them. Renderers of files already seen are reused."""
        self._paths = [Path(p) for p in paths]
        for path in self._paths:
            if path not in self._renderers:
                self._renderers[path] = QSvgRenderer(str(path), self)
        self._motion = load_motion(Path(motion)) if motion is not None else ()
        self._motion_renderers.clear()
        self._cache = None
        self._position = 0.0
        self._restart(0.0)
        self.update()

    def frames(self) -> list[Path]:
        return list(self._paths)

    def frame_count(self) -> int:
        """Pictures along the movement (0 without a motion)."""
        return len(self._motion)

    def renderer(self, path: Path) -> QSvgRenderer | None:
        """The cached renderer for a still frame (None if the frame was never set)."""
        return self._renderers.get(Path(path))

    def set_reduce_motion(self, reduce: bool) -> None:
        """With reduced motion nothing moves: the still frames are shown side by side."""
        self._reduce_motion = reduce
        self._sync()
        self.update()

    def reduce_motion(self) -> bool:
        return self._reduce_motion

    def is_playing(self) -> bool:
        """True while the figure is animated (or would be, once shown)."""
        return self._can_animate() and self._want_play and not self._frozen

    def is_ticking(self) -> bool:
        """True while pictures are being produced (the figure is moving on screen)."""
        return self._tick.isActive()

    def is_awake(self) -> bool:
        """True while any timer of the player runs (ticking or waiting to move again)."""
        return self._tick.isActive() or self._wake.isActive()

    def play(self) -> None:
        self._want_play = True
        self._sync()

    def pause(self) -> None:
        """Stop where the figure is (the picture stays as it is)."""
        self._want_play = False
        self._sync()

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def play_button(self) -> QToolButton:
        return self._button

    def set_frozen(self, frozen: bool) -> None:
        """The session is paused: hold the figure still without changing the user's
        play/pause choice; it carries on from the same point."""
        if frozen != self._frozen:
            self._frozen = frozen
            self._sync()

    def set_side(self, side: str | None) -> None:
        """ "left" shows the movement mirrored; "right" or None as drawn."""
        mirrored = side == "left"
        if mirrored != self._mirrored:
            self._mirrored = mirrored
            self._cache = None
            self.update()

    def play_tempo(self, tempo: Tempo, at_ms: float = 0.0) -> None:
        """Follow ``tempo`` from ``at_ms`` into it (e.g. one loop per rep)."""
        self._tempo = tempo
        self._manual = None
        self._restart(at_ms)

    def hold_start(self, duration_ms: float, at_ms: float = 0.0) -> None:
        """Move into the hold position over ``duration_ms`` (the "get ready" time) and
        stay there."""
        self.play_tempo(into_position(duration_ms), at_ms)

    def show_phase(self, phase: str, progress: float = 0.0, side: str | None = None) -> None:
        """Put the figure where a rep's ``phase`` ("out", "hold", "back", "rest") is at
        ``progress`` (0..1): for a caller that runs its own rep timeline."""
        if side is not None:
            self.set_side(side)
        self._manual = phase_position(phase, progress)
        self._set_position(self._manual)
        self._sync()

    def tempo(self) -> Tempo:
        return self._tempo

    def elapsed_ms(self) -> float:
        """Where the player is in its tempo."""
        if self._clock.isValid():
            return self._base_ms + self._clock.elapsed()
        return self._base_ms

    def position(self) -> float:
        """The figure's place on its path: 0 start pose, 1 end pose."""
        return self._position

    def frame_index(self) -> int:
        return round(self._position * (len(self._motion) - 1)) if self._motion else 0

    # ------------------------------------------------------------------ internals

    def _can_animate(self) -> bool:
        return len(self._motion) >= 2 and not self._reduce_motion

    def _minimised(self) -> bool:
        window = self.window()
        return bool(window.windowState() & Qt.WindowState.WindowMinimized)

    def _active(self) -> bool:
        return (
            self.is_playing()
            and self._manual is None
            and self.isVisible()
            and not self._minimised()
        )

    def _restart(self, at_ms: float) -> None:
        self._base_ms = max(at_ms, 0.0)
        self._clock.invalidate()
        self._tick.stop()
        self._wake.stop()
        self._sync()
        if self._manual is None:
            self._set_position(path_position(self._base_ms, self._tempo)[0])

    def _sync(self) -> None:
        """Bring the timers and the button in line with the current state."""
        if self._active():
            if not self._clock.isValid():
                self._clock.start()
                self._on_tick()
        else:
            if self._clock.isValid():
                self._base_ms += self._clock.elapsed()
                self._clock.invalidate()
            self._tick.stop()
            self._wake.stop()

        playing = self.is_playing()
        button = self._can_animate() and self._manual is None
        if button != self._button.isVisibleTo(self):
            self._button.setVisible(button)
        if playing == self._last_playing and self._button.icon().cacheKey() != 0:
            return  # nothing changed: called on every redraw of a session
        style = self.style()
        if playing:
            self._button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPause))
            self._button.setAccessibleName(self.tr("Pause animation"))
            self._button.setToolTip(self.tr("Pause animation"))
        else:
            self._button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
            self._button.setAccessibleName(self.tr("Play animation"))
            self._button.setToolTip(self.tr("Play animation"))
        if playing != self._last_playing:
            self._last_playing = playing
            self.playingChanged.emit(playing)

    def _on_tick(self) -> None:
        if not self._active():
            self._sync()
            return
        elapsed = self.elapsed_ms()
        self._set_position(path_position(elapsed, self._tempo)[0])
        still = still_for_ms(elapsed, self._tempo)
        if still == 0.0:
            if not self._tick.isActive():
                self._tick.start()
            return
        # still from here on: no ticks until the figure moves again (if it ever does)
        self._tick.stop()
        if still is not None:
            self._wake.start(max(1, round(still)))

    def _set_position(self, position: float) -> None:
        old = self.frame_index()
        self._position = position
        if self._motion and self.frame_index() != old:
            self.update()

    def _frame_renderer(self, index: int) -> QSvgRenderer:
        renderer = self._motion_renderers.get(index)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(self._motion[index]), self)
            self._motion_renderers[index] = renderer
        return renderer

    def _fit(self, renderer: QSvgRenderer, area: QRectF) -> QRectF:
        """The largest rectangle with the picture's aspect ratio, centred in ``area``."""
        view = renderer.viewBoxF()
        if view.isEmpty():
            return area
        k = min(area.width() / view.width(), area.height() / view.height())
        w, h = view.width() * k, view.height() * k
        return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)

    def _draw(self, painter: QPainter, renderer: QSvgRenderer, area: QRectF) -> None:
        target = self._fit(renderer, area)
        if target.width() >= 1 and target.height() >= 1:
            renderer.render(painter, target)

    def _motion_pixmap(self) -> QPixmap:
        """The current frame, rendered once per frame, side and size: repaints for any
        other reason (focus, the button) cost a pixmap copy, not an SVG render."""
        background = self.palette().color(QPalette.ColorRole.Window)
        key = (self.frame_index(), self._mirrored, self.width(), self.height(), background.rgba())
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        # opaque, on the window's colour: a new frame then repaints this widget alone
        # (nothing underneath) and is copied rather than blended
        pixmap.fill(background)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        self._draw(painter, self._frame_renderer(key[0]), QRectF(self.rect()))
        painter.end()
        self._cache = (key, pixmap)
        return pixmap

    # ------------------------------------------------------------------ Qt events

    def paintEvent(self, event: QPaintEvent) -> None:
        stills = [p for p in self._paths if self._renderers[p].isValid()]
        opaque = False
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect())
        if self._reduce_motion and len(stills) > 1:
            width = (area.width() - SIDE_BY_SIDE_GAP * (len(stills) - 1)) / len(stills)
            for i, path in enumerate(stills):
                x = area.x() + i * (width + SIDE_BY_SIDE_GAP)
                box = QRectF(x, area.y(), width, area.height())
                self._draw(painter, self._renderers[path], box)
        elif self._can_animate():
            painter.drawPixmap(0, 0, self._motion_pixmap())
            opaque = True
        elif stills:
            # no motion: the still that shows the exercise (the end, or the hold)
            if self._mirrored:
                painter.translate(self.width(), 0)
                painter.scale(-1, 1)
            self._draw(painter, self._renderers[stills[-1]], area)
        painter.end()
        if opaque != self.testAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent):
            # the stills leave the background to the parent; the motion paints all of it
            self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, opaque)
            if not opaque:
                self.update()  # this paint had nothing beneath it: once more, with it

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._cache = None
        hint = self._button.sizeHint()
        margin = 4
        self._button.setGeometry(
            self.width() - hint.width() - margin,
            self.height() - hint.height() - margin,
            hint.width(),
            hint.height(),
        )
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.window().windowHandle()
        if handle is not None and handle is not self._watched:
            # minimising may not hide the widget everywhere: follow the window's state
            handle.windowStateChanged.connect(self._sync)
            self._watched = handle
        self._sync()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._sync()  # nothing to see: stop the ticks, keep the user's choice

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(96, 72)
