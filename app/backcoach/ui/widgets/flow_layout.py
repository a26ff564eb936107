"""A row of widgets that wraps onto more lines when it does not fit (Qt's flow layout
example), so a row of buttons never forces a sideways scroll at large text sizes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget, QWidgetItem
from shiboken6 import Shiboken


class FlowLayout(QLayout):
    """Owns its items as Qt's layouts do, with items PySide can follow (011-flow-layout).

    Qt deletes an item itself once it has taken it out (a widget of the row deleted or
    moved elsewhere), and PySide cannot see an item Qt made die. Once the row sits in a
    box layout, that layout keeps the dead item's wrapper; Qt's next item at the same
    address gets it back, and it is marked deleted when the box layout goes while
    another row still holds it. The row then hands Qt no item and Qt crashes in the next
    layout pass. Items made here carry PySide's own subclass, which tells the wrapper
    when Qt deletes the item, so no wrapper outlives its item.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._height_for: tuple[int, int] | None = None  # (width, height), until invalidated
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def __del__(
        self,
        _is_valid: Callable[[object], bool] = Shiboken.isValid,
        _delete: Callable[[object], None] = Shiboken.delete,
    ) -> None:
        """Qt's C++ example deletes the items left in its destructor. A Python layout
        has none; this runs once Qt has destroyed the layout, or just before Python does.
        (The defaults keep it working while the interpreter shuts down.)"""
        while self._items:
            item = self._items.pop()
            if _is_valid(item):
                _delete(item)

    def invalidate(self) -> None:
        self._height_for = None
        super().invalidate()

    def addWidget(self, widget: QWidget, /) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def addItem(self, item: QLayoutItem, /) -> None:
        widget = item.widget()
        if widget is not None and not Shiboken.createdByPython(item):
            # Qt's own QLayout.addWidget made this one, and hands it over: swap it for
            # an item PySide can follow (it is not used again after this call).
            Shiboken.delete(item)
            item = QWidgetItem(widget)
        self._items.append(item)
        self._height_for = None

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """The item leaves the row and belongs to the caller (Qt deletes it when its
        widget goes; PySide passes the ownership on)."""
        self._height_for = None
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Qt asks this many times per layout pass; the answer only changes when an item
        # does (which invalidates the layout).
        if self._height_for is None or self._height_for[0] != width:
            self._height_for = (width, self._arrange(QRect(0, 0, width, 0), move=False))
        return self._height_for[1]

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._items)
        width += self._spacing * max(0, len(self._items) - 1)
        height = max((i.sizeHint().height() for i in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width, height) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        line: list[tuple[QLayoutItem, QPoint, QSize]] = []
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                if move:
                    self._place(line, line_height)
                line = []
                x = area.x()
                y += line_height + self._spacing
                line_height = 0
            # Alone on its line and still too wide (a wrapping label): as wide as the
            # line, as tall as the text needs at that width.
            width = max(min(hint.width(), area.width()), item.minimumSize().width())
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            size = QSize(width, max(height, item.minimumSize().height()))
            line.append((item, QPoint(x, y), size))
            x += size.width() + self._spacing
            line_height = max(line_height, size.height())
        if move:
            self._place(line, line_height)
        return y + line_height - rect.y() + margins.bottom()

    @staticmethod
    def _place(line: list[tuple[QLayoutItem, QPoint, QSize]], line_height: int) -> None:
        """Each item of a line centred on the line's height, as in a box layout: a label
        beside a taller box lines up with the box's text, not with its top edge."""
        for item, at, size in line:
            item.setGeometry(QRect(at + QPoint(0, (line_height - size.height()) // 2), size))


def wrap_row(row: QBoxLayout) -> FlowLayout:
    """Replace a row from a Designer form with a FlowLayout holding the same widgets in
    the same place (spacers dropped: a flow row needs none)."""
    parent = row.parent()
    if isinstance(parent, QWidget) and parent.layout() is row:
        return _wrap_widget_row(parent, row)
    if not isinstance(parent, QBoxLayout):
        raise TypeError(f"{row.objectName()!r} is not inside a box layout")
    index = parent.indexOf(row)
    stretch = parent.stretch(index)
    flow = FlowLayout()
    flow.setObjectName(row.objectName())
    for widget in _take_widgets(row):
        flow.addWidget(widget)
    # Empty now: Qt deletes it, out of the parent layout. (Not shiboken's delete, which
    # on a row Designer's loader made leaves a dead wrapper among a parent's children.)
    row.deleteLater()
    parent.removeItem(row)
    parent.insertLayout(index, flow, stretch)
    return flow


def _wrap_widget_row(host: QWidget, row: QBoxLayout) -> FlowLayout:
    """The same for a row that is a widget's own layout."""
    margins, spacing, name = row.contentsMargins(), row.spacing(), row.objectName()
    widgets = _take_widgets(row)
    QWidget().setLayout(row)  # hands the old layout to a throw-away widget, which frees it
    flow = FlowLayout(host, spacing=spacing if spacing >= 0 else 8)
    flow.setObjectName(name)
    flow.setContentsMargins(margins)
    for widget in widgets:
        flow.addWidget(widget)
    return flow


def _take_widgets(row: QBoxLayout) -> list[QWidget]:
    """The row's widgets in order. Its items (spacers too) are ours once taken out, so
    they are deleted here rather than left behind."""
    widgets = []
    while (item := row.takeAt(0)) is not None:
        if (widget := item.widget()) is not None:
            widgets.append(widget)
        Shiboken.delete(item)
    return widgets


def flow_row(*widgets: QWidget, spacing: int = 8) -> FlowLayout:
    """A row of buttons (or choices) that wraps onto more lines when it does not fit."""
    row = FlowLayout(spacing=spacing)
    for widget in widgets:
        row.addWidget(widget)
    return row
