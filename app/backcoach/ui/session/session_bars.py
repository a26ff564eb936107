"""The session page's frame: the top bar (progress and the always-there buttons) and
the big number that confirms an accepted pain rating for a moment.

Texts keep the "SessionPage" translation context they had when they lived there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from backcoach.domain.session.events import Phase
from backcoach.domain.session.state import SessionState
from backcoach.ui.session.session_views import button, label
from backcoach.ui.widgets.flow_layout import FlowLayout

FEEDBACK_MS = 1500
"""How long an accepted rating's number stays up."""


class TopBar(QVBoxLayout):
    """Progress on one line, the buttons on the next: both fit at large text sizes."""

    def __init__(self) -> None:
        super().__init__()
        self.setSpacing(6)
        progress_row = QHBoxLayout()
        row = FlowLayout()
        self.progress_label = label("", 13, bold=True)
        self.progress_label.setWordWrap(False)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(12)
        self.progress_bar.setAccessibleName(
            QCoreApplication.translate("SessionPage", "Progress through the routine")
        )
        self.pause_button = button(QCoreApplication.translate("SessionPage", "Pause (Space)"))
        self.back_button = button(QCoreApplication.translate("SessionPage", "← Back"))
        self.skip_button = button(QCoreApplication.translate("SessionPage", "Skip →"))
        self.end_button = button(QCoreApplication.translate("SessionPage", "End (Esc)"))
        self.full_button = button(QCoreApplication.translate("SessionPage", "Full screen (F11)"))
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress_bar, 1)
        self.addLayout(progress_row)
        for each in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.end_button,
            self.full_button,
        ):
            row.addWidget(each)
        self.addLayout(row)

    def show_state(self, state: SessionState, routine_name: str) -> None:
        phase = state.phase
        total = max(1, state.total)
        self.progress_label.setText(
            QCoreApplication.translate("SessionPage", "%s · exercise %d of %d")
            % (routine_name, min(state.index + 1, total), total)
        )
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(state.index + (1 if phase is Phase.DONE else 0))
        running = phase not in (Phase.DONE, Phase.NOT_STARTED)
        self.pause_button.setText(
            QCoreApplication.translate("SessionPage", "Resume (Space)")
            if state.paused
            else QCoreApplication.translate("SessionPage", "Pause (Space)")
        )
        # Nothing runs while a choice is pending (the high-pain screen): no pause to offer.
        self.pause_button.setEnabled(running and phase is not Phase.HIGH_PAIN)
        self.back_button.setEnabled(state.can_go_back)
        self.skip_button.setEnabled(state.skip_action is not None)
        self.skip_button.setText(
            QCoreApplication.translate("SessionPage", "Skip rest →")
            if state.skip_action == "rest"
            else QCoreApplication.translate("SessionPage", "Skip →")
        )
        self.end_button.setEnabled(running)


class RatingFeedback(QLabel):
    """The number of an accepted rating, big, over everything for a moment."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self._page = page
        self.setObjectName("ratingFeedback")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setProperty("role", "card")
        self.setAutoFillBackground(True)
        self.setProperty("overlay", True)  # over the view on purpose, briefly
        self.hide()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FEEDBACK_MS)
        self.timer.timeout.connect(self.hide)

    def show_score(self, score: int) -> None:
        """The accepted rating, big, for a moment: the user sees it was taken."""
        page = self._page
        font = QFont(page.font())
        font.setBold(True)
        # Big from the mat, growing with the text size but leaving the screen readable.
        font.setPixelSize(max(96, int(page.fontMetrics().height() * 3.5)))
        self.setFont(font)
        self.setText(QCoreApplication.translate("SessionPage", "Pain %d") % score)
        self.adjustSize()
        size = self.sizeHint()
        width, height = size.width() + 80, size.height() + 40
        self.setGeometry((page.width() - width) // 2, (page.height() - height) // 2, width, height)
        self.raise_()
        self.show()
        self.timer.start()
