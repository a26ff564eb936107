"""Labelled rows that sit side by side while they fit, and stack (label above control)
when they do not: large text sizes and narrow windows never clip a control.

QFormLayout's WrapLongRows was tried first: it keeps a wide label column and lets the
fields overflow it, so it clips at 200% text.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget


class RowLabel(QLabel):
    """A row's label, as tall as its control so the texts line up."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.stacked = False

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        buddy = self.buddy()
        if buddy is not None and not self.stacked:
            hint.setHeight(max(hint.height(), buddy.sizeHint().height()))
        return hint

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class FormRows(QGridLayout):
    SPACING = 18

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalSpacing(self.SPACING)
        self.setVerticalSpacing(10)
        self.setColumnStretch(1, 1)
        self._rows: list[tuple[RowLabel | None, QWidget]] = []
        self._left: set[int] = set()  # ids of wide widgets kept at their own width
        self.stacked = False

    def add_row(self, name: RowLabel, control: QWidget) -> None:
        self._rows.append((name, control))
        self._place()

    def add_wide(self, widget: QWidget, *, own_width: bool = False) -> None:
        """A widget across the whole width (check boxes, explanations); ``own_width``
        keeps it at its natural width on the left (a button)."""
        self._rows.append((None, widget))
        if own_width:
            self._left.add(id(widget))
        self._place()

    def needed_width(self) -> int:
        """Width the side-by-side arrangement needs."""
        labels = [n.sizeHint().width() for n, _ in self._rows if n is not None]
        controls = [c.sizeHint().width() for n, c in self._rows if n is not None]
        if not labels:
            return 0
        return max(labels) + self.SPACING + max(controls)

    def fit(self, width: int) -> None:
        """Side by side if ``width`` allows it, stacked otherwise."""
        stacked = self.needed_width() > width
        if stacked != self.stacked:
            self.stacked = stacked
            self._place()

    def _place(self) -> None:
        for name, control in self._rows:
            if name is not None:
                self.removeWidget(name)
            self.removeWidget(control)
        left = Qt.AlignmentFlag.AlignLeft
        row = 0
        for name, control in self._rows:
            if name is None:
                if id(control) in self._left:
                    self.addWidget(control, row, 0, 1, 2, left)
                else:
                    self.addWidget(control, row, 0, 1, 2)
            elif self.stacked:
                name.stacked = True
                self.addWidget(name, row, 0, 1, 2)
                row += 1
                self.addWidget(control, row, 0, 1, 2, left)
            else:
                name.stacked = False
                self.addWidget(name, row, 0)
                self.addWidget(control, row, 1, left)
            if name is not None:
                name.updateGeometry()
            row += 1
