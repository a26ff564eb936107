"""The Qt part of the generator: SVG to PNG, the Windows .ico container, contact sheets.

Kept apart from the pure-Python SVG generation so that the figures can be generated (and
tested for determinism) without a Qt installation; only rasterising needs QtSvg.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Windows looks for; 256 is the largest


def _app() -> QGuiApplication:
    """QImage text rendering needs a QGuiApplication; reuse one if the caller has one."""
    app = QGuiApplication.instance()
    return app if app is not None else QGuiApplication([])  # type: ignore[return-value]


def render_svg(
    svg: Path | bytes, width: int, height: int | None = None, background: str | None = None
) -> QImage:
    """Rasterise an SVG into a ``width`` x ``height`` ARGB image (transparent unless a
    background colour is given), keeping the SVG's aspect ratio centred."""
    _app()
    renderer = QSvgRenderer(QByteArray(svg) if isinstance(svg, bytes) else str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg if isinstance(svg, Path) else '<bytes>'}")
    height = height or width
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(background) if background else Qt.GlobalColor.transparent)
    view = renderer.viewBoxF()
    k = min(width / view.width(), height / view.height())
    w, h = view.width() * k, view.height() * k
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF((width - w) / 2, (height - h) / 2, w, h))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_icons(svg: Path, png_dir: Path, ico_path: Path) -> list[Path]:
    """The app icon as PNGs at every size desktops ask for, and one multi-size .ico.

    The .ico is written by hand (a 6-byte header, 16-byte directory entries, PNG payloads,
    the format Windows Vista and later read) because Qt's ICO plugin stores a single size.
    """
    png_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    payloads: dict[int, bytes] = {}
    for size in ICON_SIZES:
        data = png_bytes(render_svg(svg, size))
        payloads[size] = data
        target = png_dir / f"app-icon-{size}.png"
        target.write_bytes(data)
        written.append(target)
    ico_path.write_bytes(ico_container([(s, payloads[s]) for s in ICO_SIZES]))
    written.append(ico_path)
    return written


def ico_container(images: Sequence[tuple[int, bytes]]) -> bytes:
    """An ICO file holding PNG-compressed square images of the given sizes."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries = b""
    body = b""
    for size, data in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        body += data
        offset += len(data)
    return header + entries + body


def contact_sheet(
    rows: Sequence[tuple[str, Sequence[tuple[str, Path | bytes]]]],
    target: Path,
    background: str = "#ffffff",
    text: str = "#1e1e1e",
    thumb: int = 240,
) -> Path:
    """One PNG with a row per exercise: its title, then each frame (a file, or SVG text)
    with its caption."""
    _app()
    cols = max(len(frames) for _, frames in rows)
    label_w, pad, caption_h = 230, 10, 22
    th = thumb * 3 // 4
    row_h = th + caption_h + pad
    width = label_w + cols * (thumb + pad) + pad
    height = pad + row_h * len(rows)
    sheet = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(QColor(background))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    title_font = QFont()
    title_font.setPixelSize(17)
    title_font.setBold(True)
    small = QFont()
    small.setPixelSize(12)
    rule = QColor(text)
    rule.setAlpha(40)
    for r, (title, frames) in enumerate(rows):
        y = pad + r * row_h
        painter.setPen(QColor(text))
        painter.setFont(title_font)
        painter.drawText(
            QRectF(pad, y, label_w - 2 * pad, th),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            | int(Qt.TextFlag.TextWordWrap),
            title,
        )
        for c, (caption, path) in enumerate(frames):
            x = label_w + c * (thumb + pad)
            renderer = QSvgRenderer(QByteArray(path) if isinstance(path, bytes) else str(path))
            renderer.render(painter, QRectF(x, y, thumb, th))
            painter.setFont(small)
            painter.setPen(QColor(text))
            painter.drawText(
                QRectF(x, y + th, thumb, caption_h), int(Qt.AlignmentFlag.AlignCenter), caption
            )
        painter.setPen(rule)
        painter.drawLine(pad, y + row_h - pad // 2, width - pad, y + row_h - pad // 2)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(str(target), "PNG")
    return target


def image_sheet(
    rows: Sequence[tuple[str, Sequence[tuple[str, Path]]]],
    target: Path,
    thumb: int = 480,
) -> Path:
    """One PNG with a row of captioned pictures (PNG files, e.g. screenshots) per title."""
    app = _app()  # noqa: F841 (QImage text needs a QGuiApplication)
    cols = max(len(cells) for _, cells in rows)
    first = QImage(str(rows[0][1][0][1]))
    th = round(thumb * first.height() / max(1, first.width()))
    label_w, pad, caption_h = 200, 10, 22
    row_h = th + caption_h + pad
    sheet = QImage(
        label_w + cols * (thumb + pad) + pad, pad + row_h * len(rows), QImage.Format.Format_RGB32
    )
    sheet.fill(QColor("#ffffff"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    font = QFont()
    font.setPixelSize(15)
    painter.setFont(font)
    for r, (title, cells) in enumerate(rows):
        y = pad + r * row_h
        painter.drawText(
            QRectF(pad, y, label_w - 2 * pad, th),
            int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap),
            title,
        )
        for c, (caption, path) in enumerate(cells):
            x = label_w + c * (thumb + pad)
            painter.drawImage(QRectF(x, y, thumb, th), QImage(str(path)))
            painter.drawText(
                QRectF(x, y + th, thumb, caption_h), int(Qt.AlignmentFlag.AlignCenter), caption
            )
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(str(target), "PNG")
    return target
