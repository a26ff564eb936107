"""What "the layout fits" means, as checks over a shown window's widgets.

Each check returns problems as ``(widget, rule)`` pairs; the rules:

* **sideways scroll**: a horizontal scroll bar is showing. Text wraps and rows of buttons
  wrap or stack; nothing makes the user scroll sideways to read.
* **overlap**: two visible sibling widgets cover each other (a dose label under its spin
  box): the layout was given less room than its minimum.
* **cut off**: a widget reaches outside its parent (a button past the window's edge).
  Content inside a scroll area's viewport may be larger: it scrolls.
* **clipped text**: a label's text is wider or taller than the label; a button's, check
  box's or combo box's text wider than the room the style leaves it (elided "ove u").
* **text box shows its end**: a one-line box too narrow for its text that shows the end
  of it (a long routine name read as "…ing routine (copy)"): the start must show.
* **hint cut short**: an empty one-line box whose grey hint (placeholder) is wider than
  the box, which Qt shortens with "…" ("Buscar por nombre, postura o nú…").
* **elided item text**: a list row that shortens its text with "…" (a routine name cut
  to "Extension …"), or draws text below its own bottom (a row sized for fewer lines
  than it wraps to, its dose running into the next row): a delegate's own painting,
  which the widget checks cannot see, so each visible row is painted once more through
  a painter that notes the text drawn and where.
* **too big**: the window (or a dialog) is larger than the screen size it was given.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionViewItem,
    QWidget,
)

Problem = tuple[QWidget, str]


def text_clipped(widget: QWidget) -> bool:
    """The widget's own text needs more room than it has."""
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or widget.textFormat() == Qt.TextFormat.RichText or widget.pixmap():
            return False
        room = widget.contentsRect()
        if widget.wordWrap():
            return widget.heightForWidth(widget.width()) > widget.height() + 1
        metrics = widget.fontMetrics()
        lines = text.splitlines() or [text]
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
        too_wide = width + 2 * max(0, widget.indent()) > room.width() + 1
        return too_wide or height > room.height() + 2
    if isinstance(widget, QPushButton | QCheckBox | QRadioButton) and widget.text():
        # The room the style leaves for the text (padding, the check box's box) against
        # the text's own size.
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        element = {
            QPushButton: QStyle.SubElement.SE_PushButtonContents,
            QCheckBox: QStyle.SubElement.SE_CheckBoxContents,
            QRadioButton: QStyle.SubElement.SE_RadioButtonContents,
        }[next(t for t in (QPushButton, QCheckBox, QRadioButton) if isinstance(widget, t))]
        room = widget.style().subElementRect(element, option, widget)
        text = widget.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, widget.text())
        icon = option.iconSize.width() + 4 if not option.icon.isNull() else 0
        # Height: the text may use the vertical padding, not more than the whole button.
        return text.width() + icon > room.width() + 1 or text.height() > widget.height()
    if isinstance(widget, QComboBox) and not widget.isEditable() and widget.currentText():
        option = QStyleOptionComboBox()
        widget.initStyleOption(option)
        field = widget.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            widget,
        )
        return widget.fontMetrics().horizontalAdvance(widget.currentText()) > field.width() + 1
    if isinstance(widget, QAbstractButton) and widget.text():
        hint = widget.sizeHint()
        return hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1
    return False


def _visible_widgets(root: QWidget) -> list[QWidget]:
    return [root, *(w for w in root.findChildren(QWidget) if w.isVisible() and not w.isWindow())]


def _is_compound_part(widget: QWidget) -> bool:
    """The inside of one control (a spin box's editor): the control is checked instead."""
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractSpinBox | QComboBox)


def sideways_scrolling(root: QWidget) -> list[Problem]:
    return [
        (bar, "sideways scroll")
        for bar in root.findChildren(QScrollBar)
        if bar.isVisible()
        and bar.orientation() == Qt.Orientation.Horizontal
        and bar.maximum() > bar.minimum()
    ]


def overlapping(root: QWidget) -> list[Problem]:
    found = []
    for parent in _visible_widgets(root):
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue
        children = [
            c
            for c in parent.children()
            if isinstance(c, QWidget)
            and c.isVisible()
            and not c.isWindow()
            and not c.property("overlay")  # drawn on top on purpose (a toast, a badge)
        ]
        for a, b in itertools.combinations(children, 2):
            common = a.geometry().intersected(b.geometry())
            if common.width() > 1 and common.height() > 1:
                found.append((b, f"overlap with {describe(a)}"))
    return found


def cut_off(root: QWidget) -> list[Problem]:
    found = []
    for widget in _visible_widgets(root):
        parent = widget.parentWidget()
        if widget is root or parent is None or _is_compound_part(widget):
            continue
        scroll = parent.parentWidget()
        if isinstance(scroll, QAbstractScrollArea) and scroll.viewport() is parent:
            # Content taller than the viewport scrolls; wider, with no sideways scroll
            # bar, is cut off at the edge.
            no_bar = scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if no_bar and widget.geometry().right() > parent.width() + 1:
                found.append((widget, "cut off at the side of a scroll area"))
            continue
        room = QRect(0, 0, parent.width(), parent.height())
        if not room.adjusted(-1, -1, 1, 1).contains(widget.geometry()):
            g, room = widget.geometry(), f"{parent.width()}x{parent.height()}"
            where = f"{g.x()},{g.y()} {g.width()}x{g.height()} in {room}"
            found.append((widget, f"cut off ({where})"))
    return found


def clipped_text(root: QWidget) -> list[Problem]:
    return [
        (w, "clipped text")
        for w in _visible_widgets(root)
        if not _is_compound_part(w) and text_clipped(w)
    ]


ELLIPSIS = "\u2026"


class _TextNotingPainter(QPainter):
    """Paints as usual and keeps every string a delegate draws."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.texts: list[str] = []
        self.boxes: list[QRect] = []
        """The rectangles texts were drawn into (those given as a QRect)."""

    def drawText(self, *args) -> None:
        self.texts += [a for a in args if isinstance(a, str)]
        self.boxes += [a for a in args[:1] if isinstance(a, QRect)]
        super().drawText(*args)


def _painted(view: QAbstractItemView, most: int | None = None):
    """(row, index, row rect, painter that noted its texts) for each visible row."""
    model = view.model()
    room = view.viewport().rect()
    image = QImage(max(1, room.width()), max(1, room.height()), QImage.Format.Format_ARGB32)
    rows = model.rowCount() if most is None else min(model.rowCount(), most)
    for row in range(rows):
        index = model.index(row, 0)
        rect = view.visualRect(index)
        if not rect.isValid() or not rect.intersects(room):
            continue
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = rect
        painter = _TextNotingPainter(image)
        try:
            view.itemDelegateForIndex(index).paint(painter, option, index)
        finally:
            painter.end()
        yield row, index, rect, painter


def painted_rows(view: QAbstractItemView, most: int | None = None):
    """(row, index, texts) for each visible row of ``view``: every string its delegate
    draws (a dose under a name, a badge, an elided name), at most ``most`` rows."""
    for row, index, _, painter in _painted(view, most):
        yield row, index, painter.texts


def elided_item_text(root: QWidget) -> list[Problem]:
    """Rows of item views whose delegate draws a text shortened with "…" (the model's
    own text has none), or below the row's bottom. Delegates written in Python are
    seen; Qt's own are not."""
    found = []
    views = [root] if isinstance(root, QAbstractItemView) else []
    views += root.findChildren(QAbstractItemView)
    for view in views:
        if not view.isVisible() or view.model() is None:
            continue
        for row, index, rect, painter in _painted(view):
            own = str(index.data() or "")
            cut = [t for t in painter.texts if ELLIPSIS in t and ELLIPSIS not in own]
            if cut:
                found.append((view, f"elided item text {cut[0]!r} (row {row})"))
            below = max((box.bottom() - rect.bottom() for box in painter.boxes), default=0)
            if below > 1:  # a row sized for fewer lines than it wraps to: runs into the next
                found.append((view, f"item text runs {below} px past its row (row {row})"))
    return found


def line_start_hidden(root: QWidget) -> list[Problem]:
    """Line edits whose text does not fit and whose start is scrolled out of sight."""
    found = []
    for box in _visible_widgets(root):
        if not isinstance(box, QLineEdit) or _is_compound_part(box) or not box.text():
            continue
        fits = box.fontMetrics().horizontalAdvance(box.text()) <= box.contentsRect().width() - 8
        if not fits and box.cursorPosition() > 0:
            found.append((box, "text box shows the end of its text"))
    return found


def placeholder_cut(root: QWidget) -> list[Problem]:
    """Empty line edits whose placeholder does not fit the room for text (Qt elides it)."""
    found = []
    for box in _visible_widgets(root):
        if not isinstance(box, QLineEdit) or _is_compound_part(box) or box.text():
            continue
        if not box.placeholderText():
            continue
        option = QStyleOptionFrame()
        box.initStyleOption(option)
        room = box.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, box)
        margins = box.textMargins()
        width = room.width() - margins.left() - margins.right() - 4  # Qt's 2 px each side
        if box.isClearButtonEnabled():  # its place is kept even while it is hidden
            small = box.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, box)
            width -= small + small // 2 + 2
        if box.fontMetrics().horizontalAdvance(box.placeholderText()) > width + 1:
            found.append((box, f"hint cut short {box.placeholderText()!r}"))
    return found


def too_big(window: QWidget, width: int, height: int) -> list[Problem]:
    if window.width() > width or window.height() > height:
        return [(window, f"too big: {window.width()}x{window.height()} for {width}x{height}")]
    return []


def layout_problems(root: QWidget) -> list[Problem]:
    return [
        *sideways_scrolling(root),
        *overlapping(root),
        *cut_off(root),
        *clipped_text(root),
        *elided_item_text(root),
        *line_start_hidden(root),
        *placeholder_cut(root),
    ]


def describe(widget: QWidget) -> str:
    """'RoutinesPage.ui.removeButton (QPushButton 'Remove')': where to look for it."""
    owner = widget.parentWidget()
    while owner is not None and not type(owner).__module__.startswith("backcoach."):
        owner = owner.parentWidget()
    name = widget.objectName()
    if owner is not None:
        found = [a for a, v in vars(owner).items() if v is widget]
        ui = getattr(owner, "ui", None)
        if not found and ui is not None:
            found = [f"ui.{a}" for a, v in vars(ui).items() if v is widget]
        name = found[0] if found else name
    text = getattr(widget, "text", None)
    shown = f" {text()[:30]!r}" if callable(text) and isinstance(text(), str) and text() else ""
    where = f"{type(owner).__name__}." if owner is not None else ""
    return f"{where}{name or '?'} ({type(widget).__name__}{shown})"


def report(problems: Iterable[Problem], state: str) -> set[str]:
    return {f"{state}: {describe(w)}: {rule}" for w, rule in problems}
