"""Small building blocks of the Progress screen: labels, cards, summary tiles, legends."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    """A plain-text label (never rich text: names come from the user's record)."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        widget.setProperty("role", role)
    return widget


KEEP_TOGETHER_CHARS = 32
"""A legend entry this short stays on one line; a longer one may wrap within itself."""


def swatch(colour: str, symbol: str, text: str) -> str:
    """One legend entry: a coloured symbol and its words (rich text)."""
    words = html.escape(text)
    if len(text) <= KEEP_TOGETHER_CHARS:
        # Lines break between entries, not inside one ("maximum / pendant" in French).
        words = words.replace(" ", "&nbsp;")
    # <big>, not a point size, so the symbols grow with the chosen text size.
    return f'<big><span style="color:{colour}">{symbol}</span></big>&nbsp;{words}'


def legend(entries: list[str]) -> str:
    return "&nbsp;&nbsp; ".join(entries)


class Card(QFrame):
    """A rounded card of the page; its ``box`` holds the content, top to bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(22, 16, 22, 18)
        self.box.setSpacing(8)


class SummaryTile(QFrame):
    """One number of the period (sessions, minutes, pain, streak) with a line under it."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setProperty("role", "card")
        box = QVBoxLayout(self)
        box.setContentsMargins(18, 12, 18, 14)
        box.setSpacing(2)
        self.title = label(title, "muted")
        self.value = label("–", "title")
        self.detail = label("", "muted")
        # Room for two wrapped lines: a label's wrapped height is not asked for when the
        # row of tiles is laid out, so without this the second line was cut off.
        self.detail.setMinimumHeight(self.detail.fontMetrics().lineSpacing() * 2 + 4)
        box.addWidget(self.title)
        box.addWidget(self.value)
        box.addWidget(self.detail)
        box.addStretch(1)

    def set(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
