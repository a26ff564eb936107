"""Rows that become columns when their host is too narrow for them side by side.

At 200% text on a laptop, or at normal text on a 1024-pixel netbook, a list and its
editor cannot sit side by side: the editor then goes under the list, and the page
scrolls down instead of squeezing labels onto their spin boxes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QBoxLayout, QWidget


class StackWhenNarrow(QObject):
    """Lays ``row`` out left to right while ``host`` is at least ``needed()`` wide,
    else top to bottom; ``changed(stacked)`` runs after each switch."""

    def __init__(
        self,
        host: QWidget,
        row: QBoxLayout,
        needed: Callable[[], int],
        changed: Callable[[bool], None] | None = None,
    ) -> None:
        super().__init__(host)
        self._host, self._row, self._needed, self._changed = host, row, needed, changed
        host.installEventFilter(self)

    def stacked(self) -> bool:
        return self._row.direction() == QBoxLayout.Direction.TopToBottom

    def update(self) -> None:
        stack = self._host.width() < self._needed()
        if stack == self.stacked():
            return
        self._row.setDirection(
            QBoxLayout.Direction.TopToBottom if stack else QBoxLayout.Direction.LeftToRight
        )
        if self._changed is not None:
            self._changed(stack)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            # After the resize is handled: changing a layout inside its host's resize
            # event leaves the host's children where they were.
            QTimer.singleShot(0, self, self.update)
        return False
