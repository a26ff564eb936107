"""A row of widgets that wraps onto more lines when it does not fit (Qt's flow layout
example), so a row of buttons never forces a sideways scroll at large text sizes."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._height_for: tuple[int, int] | None = None  # (width, height), until invalidated
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def invalidate(self) -> None:
        self._height_for = None
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self._height_for = None

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
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
    while row.count():
        item = row.takeAt(0)
        if item.widget() is not None:
            flow.addWidget(item.widget())
    parent.removeItem(row)  # Python now owns the empty row; it goes with its wrapper
    parent.insertLayout(index, flow, stretch)
    return flow


def _wrap_widget_row(host: QWidget, row: QBoxLayout) -> FlowLayout:
    """The same for a row that is a widget's own layout."""
    margins, spacing, name = row.contentsMargins(), row.spacing(), row.objectName()
    widgets = []
    while row.count():
        item = row.takeAt(0)
        if item.widget() is not None:
            widgets.append(item.widget())
    QWidget().setLayout(row)  # hands the old layout to a throw-away widget, which frees it
    flow = FlowLayout(host, spacing=spacing if spacing >= 0 else 8)
    flow.setObjectName(name)
    flow.setContentsMargins(margins)
    for widget in widgets:
        flow.addWidget(widget)
    return flow


def flow_row(*widgets: QWidget, spacing: int = 8) -> FlowLayout:
    """A row of buttons (or choices) that wraps onto more lines when it does not fit."""
    row = FlowLayout(spacing=spacing)
    for widget in widgets:
        row.addWidget(widget)
    return row
