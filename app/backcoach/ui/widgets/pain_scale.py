"""The 0-10 pain rating: eleven big buttons with zone colours, anchors and labels.

Answerable in under two seconds from a mat: click, or press a digit (0-9), or + for 10.
Zones (docs/clinical-rules.md) are shown as colour AND as words, never colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backcoach.domain import pain

ZONE_COLOURS = {
    # background, text: contrast >= 4.5:1 for the digits in both themes
    "safe": ("#1f7a4d", "#ffffff"),
    "acceptable": ("#b8860b", "#1b1b1b"),
    "high": ("#b3261e", "#ffffff"),
}
TEN_KEYS = (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_T)


def key_to_score(key: int) -> int | None:
    """Digits give 0-9; + (or =, or T) gives 10."""
    if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
        return key - Qt.Key.Key_0
    if key in TEN_KEYS:
        return 10
    return None


class PainScale(QWidget):
    rated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Pain rating from 0 to 10"))
        self.setAccessibleDescription(
            self.tr("Press a number key from 0 to 9, or plus for 10, or click a number.")
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        self.buttons: list[QPushButton] = []
        for score in range(11):
            zone = pain.zone(score)
            background, text = ZONE_COLOURS[zone.value]
            button = QPushButton(str(score))
            button.setObjectName(f"pain{score}")
            button.setMinimumSize(56, 72)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scale takes the keys
            button.setAccessibleName(self.tr("Pain %d, %s") % (score, zone.label))
            button.setStyleSheet(
                f"QPushButton {{ background: {background}; color: {text}; border: none;"
                f" border-radius: 10px; padding: 4px; font-size: 22pt; font-weight: bold; }}"
                f" QPushButton:hover {{ border: 3px solid palette(text); }}"
            )
            button.clicked.connect(lambda _=False, s=score: self.rated.emit(s))
            grid.addWidget(button, 0, score)
            self.buttons.append(button)
        column.addLayout(grid)
        anchors = QHBoxLayout()
        for text, alignment in (
            (self.tr("0  No pain"), Qt.AlignmentFlag.AlignLeft),
            (self.tr("0–2 safe  ·  3–5 acceptable  ·  6–10 high"), Qt.AlignmentFlag.AlignCenter),
            (self.tr("Worst imaginable  10"), Qt.AlignmentFlag.AlignRight),
        ):
            label = QLabel(text)
            label.setAlignment(alignment)
            label.setWordWrap(True)  # longer in French and Spanish: two lines, not cut
            label.setProperty("role", "muted")
            anchors.addWidget(label, 1)
        column.addLayout(anchors)
        self._fit_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_buttons()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_buttons()

    def _fit_buttons(self) -> None:
        """Each number at least as wide as "10" in its own (scaled) font, so no number
        is cut when the row is given little room."""
        for button in self.buttons:
            button.ensurePolished()
            need = button.fontMetrics().horizontalAdvance("10") + 16
            button.setMinimumWidth(max(56, need))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        score = key_to_score(event.key())
        if score is None:
            super().keyPressEvent(event)
            return
        self.buttons[score].animateClick()
