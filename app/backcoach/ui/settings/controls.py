"""Small controls of the Settings screen: padded spin boxes, a wheel guard, card fitting."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QSpinBox, QTimeEdit, QWidget

from backcoach.ui.settings.form_rows import FormRows


class CardFitter(QObject):
    """Re-fits a card's rows when the card is resized or its contents change size."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.forms: dict[QWidget, FormRows] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        rows = self.forms.get(watched)
        if rows is not None and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            margins = watched.layout().contentsMargins()
            rows.fit(watched.contentsRect().width() - margins.left() - margins.right())
        return False


class WheelGuard(QObject):
    """A mouse wheel scrolls the page; it changes a value only in the focused control."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        wheel = event.type() == QEvent.Type.Wheel
        if wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # ignored, it goes on to the parents: the scroll area
            return True
        return False


TEXT_PAD = 6


def pad_text(spin: QAbstractSpinBox) -> None:
    # The style sheet's horizontal padding does not reach a spin box's text (Qt 6.11).
    edit = spin.findChild(QLineEdit)
    if edit is not None:
        edit.setTextMargins(TEXT_PAD, 0, 0, 0)


class SpinBox(QSpinBox):
    """A spin box whose text keeps clear of its rounded border."""

    def __init__(self) -> None:
        super().__init__()
        pad_text(self)

    def sizeHint(self) -> QSize:
        return super().sizeHint() + QSize(2 * TEXT_PAD, 0)

    def minimumSizeHint(self) -> QSize:
        # The whole text or nothing: a form then puts the field under its label.
        return self.sizeHint()


class TimeEdit(QTimeEdit):
    """A time field whose text keeps clear of its rounded border."""

    def __init__(self) -> None:
        super().__init__()
        pad_text(self)

    def sizeHint(self) -> QSize:
        return super().sizeHint() + QSize(2 * TEXT_PAD, 0)

    def minimumSizeHint(self) -> QSize:
        # The whole text or nothing: a form then puts the field under its label.
        return self.sizeHint()
