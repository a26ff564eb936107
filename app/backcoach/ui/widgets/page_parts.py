"""Small building blocks every text screen shares: labels by role, cards, a scrolling
column. Roles are styled in resources/ui/style.qss, so screens never set colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # not at start: Home uses none of them (~1 ms of Qt class set-up)
    from PySide6.QtWidgets import QComboBox, QLineEdit


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


def scrolling_column(
    host: QWidget, margins: tuple[int, int, int, int] = (32, 28, 32, 28)
) -> QVBoxLayout:
    """Fill ``host`` with a scroll area and return the column inside it, so long text
    and large text sizes scroll instead of clipping."""
    outer = QVBoxLayout(host)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setViewport(_viewport())
    scroll.setWidgetResizable(True)
    outer.addWidget(scroll)
    content = QWidget()
    content.setObjectName("scrollContent")
    scroll.setWidget(content)
    column = QVBoxLayout(content)
    column.setContentsMargins(*margins)
    column.setSpacing(16)
    _TallEnough(scroll)
    return column


def _viewport() -> QWidget:
    """A scroll area's viewport made here, as Qt makes its own (name, filled background,
    touch). The first Python handle to a widget Qt made in C++ (``scroll.viewport()`` of
    Qt's own) makes PySide create every QtWidgets class to find its type: ~8 ms of Home's
    start (docs/decisions/008-speed.md, 17b)."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setAutoFillBackground(True)
    viewport.setAttribute(QtCore.Qt.WidgetAttribute.WA_AcceptTouchEvents)
    return viewport


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


def dialog_columns(
    dialog: QWidget, width_lines: int = 32, margins: tuple[int, int, int, int] = (28, 24, 28, 20)
) -> tuple[QVBoxLayout, QVBoxLayout]:
    """A dialog's two columns: the body, which scrolls up and down, and below it a
    fixed one for the buttons (always in view). When shown, the dialog takes about
    ``width_lines`` text lines of width and the height its text needs, never more
    than the window it belongs to (or the screen)."""
    left, top, right, bottom = margins
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget()
    content.setObjectName("scrollContent")
    body = QVBoxLayout(content)
    body.setContentsMargins(left, top, right, 8)
    body.setSpacing(10)
    scroll.setWidget(content)
    outer.addWidget(scroll, 1)
    foot = QVBoxLayout()
    foot.setContentsMargins(left, 8, right, bottom)
    outer.addLayout(foot)
    _TallEnough(scroll)
    _FitToWindow(dialog, scroll, foot, width_lines)
    return body, foot


class _FitToWindow(QtCore.QObject):
    def __init__(
        self, dialog: QWidget, scroll: QScrollArea, foot: QVBoxLayout, width_lines: int
    ) -> None:
        super().__init__(dialog)
        self._dialog, self._scroll, self._foot, self._lines = dialog, scroll, foot, width_lines
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if watched is self._dialog and event.type() == QtCore.QEvent.Type.Show:
            self.fit()
        return False

    def fit(self) -> None:
        dialog = self._dialog
        parent = dialog.parentWidget()
        if parent is not None:
            room = parent.window().size()
        else:
            screen = dialog.screen()
            room = screen.availableGeometry().size() if screen else QtCore.QSize(1024, 600)
        content = self._scroll.widget()
        column = content.layout()
        lines = dialog.fontMetrics().height() * self._lines
        width = min(room.width(), max(lines, column.minimumSize().width()))
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        body = column.heightForWidth(width - bar) if column.hasHeightForWidth() else -1
        body = max(body, column.sizeHint().height())
        height = min(room.height(), body + self._foot.sizeHint().height())
        dialog.setMinimumSize(min(width, 320), min(height, 240))
        dialog.resize(width, height)


def fit_to_window(dialog: QWidget, width: int, height: int) -> None:
    """Resize a dialog to this size, or smaller where its window (or screen) is smaller."""
    parent = dialog.parentWidget()
    if parent is not None:
        room = parent.window().size()
    else:
        screen = dialog.screen()
        room = screen.availableGeometry().size() if screen else QtCore.QSize(width, height)
    dialog.resize(min(width, room.width()), min(height, room.height()))


def fit_combo(box: QComboBox) -> None:
    """Wide enough for its longest choice, the style sheet's padding and the arrow (the
    style's own size hint leaves the arrow too little room at large text sizes), at
    every text size."""
    _ComboFit(box).fit()


class _ComboFit(QtCore.QObject):
    def __init__(self, box: QComboBox) -> None:
        super().__init__(box)
        self._box = box
        box.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            self.fit()
        return False

    def fit(self) -> None:
        box = self._box
        metrics = box.fontMetrics()
        texts = (box.itemText(i) for i in range(box.count()))
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
        need = widest + 5 * metrics.height() // 2
        if box.minimumWidth() != need:
            box.setMinimumWidth(need)


def fit_placeholder(box: QLineEdit, hints: list[str]) -> None:
    """Show the first of ``hints`` (longest first) that fits the empty box, at every
    width and text size: "Search by name…  (Ctrl+F)" drops its key before Qt would
    cut the hint itself to "…"."""
    _PlaceholderFit(box, hints).fit()


class _PlaceholderFit(QtCore.QObject):
    def __init__(self, box: QLineEdit, hints: list[str]) -> None:
        super().__init__(box)
        self._box, self._hints = box, hints
        box.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        if event.type() in (
            QtCore.QEvent.Type.Resize,
            QtCore.QEvent.Type.FontChange,
            QtCore.QEvent.Type.StyleChange,
        ):
            self.fit()
        return False

    def fit(self) -> None:
        # Imported here, not with the module: every start imports this module (Home, the
        # welcome), and PySide6 builds a class with all its enums when a module names it:
        # QStyle's took ~6 ms of the time to the first page (docs/decisions/008-speed.md).
        from PySide6.QtWidgets import QStyle, QStyleOptionFrame

        box = self._box
        option = QStyleOptionFrame()
        box.initStyleOption(option)
        room = box.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, box)
        margins = box.textMargins()
        width = room.width() - margins.left() - margins.right() - 4  # Qt's 2 px a side
        if box.isClearButtonEnabled():  # its place is kept while it is hidden
            small = box.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, box)
            width -= small + small // 2 + 2
        metrics = box.fontMetrics()
        fitting = (h for h in self._hints if metrics.horizontalAdvance(h) <= width)
        hint = next(fitting, self._hints[-1])
        if box.placeholderText() != hint:
            box.setPlaceholderText(hint)
