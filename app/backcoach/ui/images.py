"""SVG illustrations rendered to pixmaps at the size asked, cached per size and theme."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from backcoach import resources


@cache
def _renderer(path: Path) -> QSvgRenderer:
    return QSvgRenderer(str(path))


def render_svg(path: Path, size: QSize, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The SVG scaled to fit ``size`` keeping its aspect ratio, centred, transparent."""
    return _render_cached(path, size.width(), size.height(), device_pixel_ratio)


@cache
def _render_cached(path: Path, width: int, height: int, ratio: float) -> QPixmap:
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = _renderer(path)
    if renderer.isValid():
        view = renderer.viewBoxF()
        scale = min(width / view.width(), height / view.height()) if view.width() else 1.0
        w, h = view.width() * scale, view.height() * scale
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF((width - w) / 2, (height - h) / 2, w, h))
        painter.end()
    return pixmap


def exercise_image(name: str, size: QSize, ratio: float = 1.0) -> QPixmap:
    """A catalogue image (path relative to resources/images) at ``size``."""
    return render_svg(resources.image_path(name), size, ratio)
