"""Home: a calm welcome and the three ideas to start with, each leading somewhere useful."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backcoach.domain.exercise_filter import ExerciseFilter


def _label(text: str, role: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label


class HomePage(QWidget):
    """Emits where the user wants to go; the main window does the navigating."""

    browse_requested = Signal(object)  # an ExerciseFilter
    about_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        content = QWidget()
        content.setObjectName("scrollContent")
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)

        layout.addWidget(_label(self.tr("Welcome to BackCoach"), "title"))
        layout.addWidget(
            _label(
                self.tr(
                    "Short, regular exercise at home is one of the best things you can do "
                    "for a sore lower back. BackCoach helps you choose where to start and "
                    "keep going."
                ),
                "subtitle",
            )
        )

        cards = QGridLayout()
        cards.setSpacing(16)
        cards.addWidget(self._direction_card(), 0, 0, 1, 2)
        cards.addWidget(
            self._card(
                self.tr("The 2-point rule"),
                self.tr(
                    "Before you start, rate your pain from 0 (none) to 10 (the worst you can "
                    "imagine). If it rises 2 points or more while you exercise, stop, rest "
                    "and let it settle. Some discomfort is fine: it does not mean harm."
                ),
            ),
            1,
            0,
        )
        cards.addWidget(
            self._card(
                self.tr("Little and often"),
                self.tr(
                    "Pick a few exercises you can manage and do them most days. About 15 "
                    "minutes a day can make a real difference. Walking, cycling or "
                    "swimming count too."
                ),
            ),
            1,
            1,
        )
        layout.addLayout(cards)
        layout.addWidget(self._safety_notice())
        layout.addStretch(1)

    def _card(self, title: str, body: str) -> QFrame:
        card = QFrame()
        card.setProperty("role", "card")
        box = QVBoxLayout(card)
        box.setContentsMargins(20, 16, 20, 18)
        box.setSpacing(8)
        box.addWidget(_label(title, "heading"))
        text = _label(body)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        box.addWidget(text)
        box.addStretch(1)
        return card

    def _direction_card(self) -> QFrame:
        card = self._card(
            self.tr("Start where it feels comfortable"),
            self.tr(
                "If sitting or bending forward makes your back worse, begin with exercises "
                "that arch it gently backwards (extension). If standing, walking or leaning "
                "back makes it worse, begin with exercises that curl it forwards (flexion). "
                "Over the weeks, build up slowly toward the movements that bother you."
            ),
        )
        row = QHBoxLayout()
        row.setSpacing(10)
        for text, direction in (
            (self.tr("Show extension exercises"), "extension"),
            (self.tr("Show flexion exercises"), "flexion"),
            (self.tr("Show rotation exercises"), "rotation"),
        ):
            button = QPushButton(text)
            button.clicked.connect(
                lambda _=False, d=direction: self.browse_requested.emit(ExerciseFilter(direction=d))
            )
            row.addWidget(button)
        row.addStretch(1)
        card.layout().insertLayout(card.layout().count() - 1, row)
        return card

    def _safety_notice(self) -> QFrame:
        notice = QFrame()
        notice.setProperty("role", "notice")
        row = QHBoxLayout(notice)
        row.setContentsMargins(18, 12, 18, 12)
        row.addWidget(
            _label(
                self.tr(
                    "BackCoach does not diagnose. Some symptoms need a doctor before you "
                    "exercise, such as numbness around the bottom, trouble passing urine, "
                    "or leg weakness."
                )
            ),
            1,
        )
        button = QPushButton(self.tr("See the warning signs"))
        button.clicked.connect(self.about_requested)
        row.addWidget(button)
        return notice
