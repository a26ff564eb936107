"""An exercise illustration that shows how the movement goes.

The catalogue gives each exercise a start and an end frame (SVG). Someone on a mat a couple
of metres from the laptop understands a movement faster when it moves, so with two or more
frames the player cross-fades start -> end -> start slowly, pausing at each end. People who
asked the system or the app to reduce motion get the frames side by side instead: the end
frame alone would hide where the movement starts, while both positions next to each other
read like a printed exercise sheet and still need no motion.

The widget only renders files it is given; it knows nothing about exercises or sessions.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QAbstractAnimation,
    QEasingCurve,
    QRectF,
    QSize,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QHideEvent, QPainter, QPaintEvent, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QStyle, QToolButton, QWidget

FADE_MS = 1500  # one cross-fade, start to end: slow enough to follow from the floor
PAUSE_MS = 600  # rest on each frame so both positions can be seen clearly
SIDE_BY_SIDE_GAP = 8


def _smoothstep(x: float) -> float:
    x = min(max(x, 0.0), 1.0)
    return x * x * (3.0 - 2.0 * x)


def timeline_position(
    elapsed_ms: float, frames: int, fade_ms: int = FADE_MS, pause_ms: int = PAUSE_MS
) -> float:
    """Where the animation is, as a frame position in [0, frames - 1].

    The loop pauses on frame 0, fades to frame 1, pauses, ... reaches the last frame and
    comes back the same way. A fractional position k + f means frame k faded towards
    frame k + 1 by f. Pure, so the timing can be tested without waiting for it.
    """
    if frames < 2:
        return 0.0
    legs = frames - 1
    step = pause_ms + fade_ms
    t = elapsed_ms % (2 * legs * step)
    forward = t < legs * step
    within = t if forward else t - legs * step
    index, rest = divmod(within, step)
    position = index + (0.0 if rest < pause_ms else _smoothstep((rest - pause_ms) / fade_ms))
    return position if forward else legs - position


def cycle_ms(frames: int) -> int:
    """Length of one full there-and-back loop."""
    return 2 * max(frames - 1, 0) * (PAUSE_MS + FADE_MS)


class FigurePlayer(QWidget):
    """Shows a list of SVG frames scaled to fit, animated when there are two or more."""

    playingChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths: list[Path] = []
        self._renderers: dict[Path, QSvgRenderer] = {}  # one per file, kept while alive
        self._pixmaps: dict[tuple[Path, int, int], QPixmap] = {}  # rasterised per size
        self._want_play = True  # the user's choice, kept across frame changes
        self._reduce_motion = False
        self._position = 0.0
        self._last_playing = False

        self._animation = QVariantAnimation(self)
        self._animation.setStartValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.Linear)
        self._animation.setLoopCount(-1)
        self._animation.valueChanged.connect(self._on_tick)

        self._button = QToolButton(self)
        self._button.setAutoRaise(True)
        self._button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._button.setIconSize(QSize(18, 18))
        self._button.clicked.connect(self.toggle)

        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Exercise illustration"))
        self._sync()

    # ------------------------------------------------------------------ public API

    def set_frames(self, paths: list[Path]) -> None:
        """Show these frames (start ... end). Renderers of files already seen are reused."""
        self._paths = [Path(p) for p in paths]
        for path in self._paths:
            if path not in self._renderers:
                self._renderers[path] = QSvgRenderer(str(path), self)
        self._pixmaps.clear()
        self._position = 0.0
        self._animation.stop()
        self._sync()
        self.update()

    def frames(self) -> list[Path]:
        return list(self._paths)

    def renderer(self, path: Path) -> QSvgRenderer | None:
        """The cached renderer for a frame (None if the frame was never set)."""
        return self._renderers.get(Path(path))

    def set_reduce_motion(self, reduce: bool) -> None:
        """With reduced motion nothing moves: all frames are shown side by side."""
        self._reduce_motion = reduce
        self._position = 0.0
        self._sync()
        self.update()

    def reduce_motion(self) -> bool:
        return self._reduce_motion

    def is_playing(self) -> bool:
        """True while the frames are being animated (or would be, once shown)."""
        return self._can_animate() and self._want_play

    def play(self) -> None:
        self._want_play = True
        self._sync()

    def pause(self) -> None:
        """Stop on the current frame position (the picture stays where it is)."""
        self._want_play = False
        self._sync()

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def play_button(self) -> QToolButton:
        return self._button

    # ------------------------------------------------------------------ internals

    def _can_animate(self) -> bool:
        return len(self._valid_frames()) >= 2 and not self._reduce_motion

    def _valid_frames(self) -> list[Path]:
        return [p for p in self._paths if self._renderers[p].isValid()]

    def _sync(self) -> None:
        """Bring the animation and the button in line with the current state."""
        playing = self.is_playing()
        frames = len(self._valid_frames())
        if playing and self.isVisible():
            duration = cycle_ms(frames)
            if self._animation.duration() != duration:
                self._animation.stop()
                self._animation.setEndValue(float(duration))
                self._animation.setDuration(duration)
            if self._animation.state() == QAbstractAnimation.State.Paused:
                self._animation.resume()
            elif self._animation.state() == QAbstractAnimation.State.Stopped:
                self._animation.start()
        elif self._animation.state() == QAbstractAnimation.State.Running:
            if self._can_animate():
                self._animation.pause()  # paused by the user or hidden: resume later
            else:
                self._animation.stop()

        self._button.setVisible(self._can_animate())
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

    def _on_tick(self, value: object) -> None:
        self._position = timeline_position(float(value), len(self._valid_frames()))
        self.update()

    def _pixmap(self, path: Path, width: int, height: int) -> QPixmap:
        """The frame rasterised once per size, so each animation tick only blends two
        pixmaps instead of re-rendering the SVG (cheap on an old laptop)."""
        key = (path, width, height)
        cached = self._pixmaps.get(key)
        if cached is None:
            ratio = self.devicePixelRatioF()
            cached = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
            cached.setDevicePixelRatio(ratio)
            cached.fill(Qt.GlobalColor.transparent)
            painter = QPainter(cached)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderers[path].render(painter, QRectF(0, 0, width, height))
            painter.end()
            self._pixmaps[key] = cached
        return cached

    def _fit(self, path: Path, area: QRectF) -> QRectF:
        """The largest rectangle with the frame's aspect ratio, centred in ``area``."""
        view = self._renderers[path].viewBoxF()
        if view.isEmpty():
            return area
        k = min(area.width() / view.width(), area.height() / view.height())
        w, h = view.width() * k, view.height() * k
        return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)

    def _draw(self, painter: QPainter, path: Path, area: QRectF, opacity: float) -> None:
        target = self._fit(path, area)
        if target.width() < 1 or target.height() < 1 or opacity <= 0.0:
            return
        pixmap = self._pixmap(path, round(target.width()), round(target.height()))
        painter.setOpacity(opacity)
        painter.drawPixmap(target.topLeft(), pixmap)

    def _blend(self, first: Path, second: Path, fraction: float) -> QPixmap:
        """first*(1-f) + second*f, added in premultiplied colour: a true cross-fade.

        Painting one frame over the other at half opacity would leave the figure
        see-through mid-way (alpha 0.75 where both are opaque); adding the two weighted
        frames keeps shared parts fully solid while the moving parts dissolve.
        """
        area = QRectF(self.rect())
        weighted = [self._layer(first, area, 1.0 - fraction), self._layer(second, area, fraction)]
        buffer = self._empty_layer()
        painter = QPainter(buffer)
        # the raster engine ignores opacity in Plus mode, hence the pre-weighted layers
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Plus)
        for layer in weighted:
            painter.drawPixmap(0, 0, layer)
        painter.end()
        return buffer

    def _empty_layer(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        layer = QPixmap(max(1, round(self.width() * ratio)), max(1, round(self.height() * ratio)))
        layer.setDevicePixelRatio(ratio)
        layer.fill(Qt.GlobalColor.transparent)
        return layer

    def _layer(self, path: Path, area: QRectF, opacity: float) -> QPixmap:
        """One frame drawn at ``opacity`` onto a transparent widget-sized pixmap."""
        layer = self._empty_layer()
        painter = QPainter(layer)
        self._draw(painter, path, area, opacity)
        painter.end()
        return layer

    # ------------------------------------------------------------------ Qt events

    def paintEvent(self, event: QPaintEvent) -> None:
        frames = self._valid_frames()
        if not frames:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = QRectF(self.rect())
        if self._reduce_motion and len(frames) > 1:
            width = (area.width() - SIDE_BY_SIDE_GAP * (len(frames) - 1)) / len(frames)
            for i, path in enumerate(frames):
                x = area.x() + i * (width + SIDE_BY_SIDE_GAP)
                self._draw(painter, path, QRectF(x, area.y(), width, area.height()), 1.0)
        else:
            position = min(max(self._position, 0.0), len(frames) - 1.0)
            index = int(position)
            fraction = position - index
            if fraction <= 0.0:
                self._draw(painter, frames[index], area, 1.0)
            else:
                painter.drawPixmap(0, 0, self._blend(frames[index], frames[index + 1], fraction))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._pixmaps.clear()
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
        self._sync()

    def hideEvent(self, event: QHideEvent) -> None:
        # nothing to see: stop the ticks, keep the user's play/pause choice
        if self._animation.state() == QAbstractAnimation.State.Running:
            self._animation.pause()
        super().hideEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(96, 72)
