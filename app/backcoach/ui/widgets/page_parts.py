"""Small building blocks every text screen shares: labels by role, cards, a scrolling
column. Roles are styled in resources/ui/style.qss, so screens never set colours."""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


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


def scroll_down_only(widget: QWidget) -> QScrollArea:
    """Put ``widget`` (already in a box layout) into a scroll area in its place, which
    scrolls up and down only: the widget always gets the area's full width."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if not isinstance(layout, QBoxLayout) or layout.indexOf(widget) < 0:
        raise TypeError("the widget is not directly in its parent's box layout")
    index = layout.indexOf(widget)
    stretch = layout.stretch(index)
    layout.removeWidget(widget)
    scroll = QScrollArea()
    scroll.setObjectName(f"{widget.objectName()}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(widget)
    layout.insertWidget(index, scroll, stretch)
    _TallEnough(scroll)
    return scroll


class _TallEnough(QtCore.QObject):
    """Keeps the scrolled widget at least as tall as its wrapped text needs at the
    viewport's width: the scroll area alone sizes it by its unwrapped minimum, and
    the bottom of the page would then be pushed out of reach."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll
        scroll.viewport().installEventFilter(self)
        scroll.widget().installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        kind = event.type()
        if kind in (QtCore.QEvent.Type.Resize, QtCore.QEvent.Type.LayoutRequest):
            # After the event: a size set inside a resize leaves the layout stale.
            QtCore.QTimer.singleShot(0, self, self._fit)
        return False

    def _fit(self) -> None:
        widget = self._scroll.widget()
        column = widget.layout() if widget is not None else None
        if column is not None and column.hasHeightForWidth():
            need = max(0, column.heightForWidth(self._scroll.viewport().width()))
            if need != widget.minimumHeight():
                widget.setMinimumHeight(need)
        if column is not None and column.geometry() != widget.rect():
            column.setGeometry(widget.rect())  # a resize the layout missed
