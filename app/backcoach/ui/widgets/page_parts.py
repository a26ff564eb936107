"""Small building blocks every text screen shares: labels by role, cards, a scrolling
column. Roles are styled in resources/ui/style.qss, so screens never set colours."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


def label(text: str = "", role: str | None = None, *, rich: bool = False) -> QLabel:
    """A wrapping label; plain text unless ``rich`` (so user data never renders as HTML)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    fmt = QtCore.Qt.TextFormat
    widget.setTextFormat(fmt.RichText if rich else fmt.PlainText)
    if role:
        widget.setProperty("role", role)
    return widget


def card(role: str = "card", title: str | None = None) -> tuple[QFrame, QVBoxLayout]:
    """A rounded panel and its column; ``role`` 'notice' gives the warm warning style."""
    frame = QFrame()
    frame.setProperty("role", role)
    column = QVBoxLayout(frame)
    column.setContentsMargins(22, 16, 22, 18)
    column.setSpacing(8)
    if title:
        column.addWidget(label(title, "heading"))
    return frame, column


def scrolling_column(host: QWidget, margins: tuple[int, int, int, int] = (32, 28, 32, 28)):
    """Fill ``host`` with a scroll area and return the column inside it, so long text
    and large text sizes scroll instead of clipping."""
    outer = QVBoxLayout(host)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    outer.addWidget(scroll)
    content = QWidget()
    content.setObjectName("scrollContent")
    scroll.setWidget(content)
    column = QVBoxLayout(content)
    column.setContentsMargins(*margins)
    column.setSpacing(16)
    return column
