"""The session's safety screens and texts: the high-pain day, the break, the warning signs.

The rules behind them live in ``domain/pain_rule.py`` (see ``docs/clinical-rules.md``);
this module only words them, always with the threshold in force, never a fixed "2".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from backcoach.ui.pain_words import points
from backcoach.ui.widgets.flow_layout import FlowLayout

if TYPE_CHECKING:  # Home imports this module: the session engine loads with the session
    from backcoach.domain.evidence import Evidence
    from backcoach.domain.session.state import FlareInfo, SessionState, SessionSummaryData


def warning_signs_html(evidence: Evidence, *, lead: str = "") -> str:
    """Both lists of warning signs (urgent, then soon), as the break and high-pain
    screens and a rating of 8 or more show them."""
    import html  # here, not with the module: Home imports it at start (~1.3 ms)

    urgent = "".join(f"<li>{html.escape(i)}</li>" for i in evidence.emergency)
    soon = "".join(f"<li>{html.escape(i)}</li>" for i in evidence.soon)
    intro = f"<p><b>{html.escape(lead)}</b> " if lead else "<p>"
    return (
        f"{intro}{html.escape(evidence.red_flag_intro)}</p>"
        f"<p><b>{html.escape(evidence.emergency_title)}</b></p><ul>{urgent}</ul>"
        f"<p><b>{html.escape(evidence.soon_title)}</b></p><ul>{soon}</ul>"
    )


def baseline_hint(threshold: int) -> str:
    return QCoreApplication.translate(
        "SessionSafety",
        "0 means no pain, 10 the worst you can imagine. This is your starting point for "
        "today: if your pain rises %s above it, BackCoach will suggest a break.",
    ) % points(threshold)


def break_text(flare: FlareInfo) -> str:
    """Why the session stopped, in plain words, with the rule as it applies today."""
    if flare.unsettled:
        if flare.suggest_end:
            return QCoreApplication.translate(
                "SessionSafety",
                "Your pain is still %d after resting, against %d when you started. It has "
                "not settled, so the best choice now is to stop for today. Gentle moving "
                "about, like a short walk, is still good for your back.",
            ) % (flare.score, flare.baseline)
        return QCoreApplication.translate(
            "SessionSafety",
            "Your pain is still %d after resting, against %d when you started. You can "
            "rest a little longer, try an easier exercise, skip this one or stop for today.",
        ) % (flare.score, flare.baseline)
    if flare.high_pain:
        rule = QCoreApplication.translate(
            "SessionSafety",
            "Today you started with high pain, so any rise above it calls for a break.",
        )
    else:
        rule = QCoreApplication.translate(
            "SessionSafety",
            "That is a rise of %s or more, so it is a good moment to stop and let it settle.",
        ) % points(flare.threshold)
    if flare.before_exercise:
        where = QCoreApplication.translate(
            "SessionSafety", "Your pain is %d now, and it was %d when you started."
        ) % (
            flare.score,
            flare.baseline,
        )
    else:
        where = QCoreApplication.translate(
            "SessionSafety", "Your pain went from %d when you started to %d during %s."
        ) % (
            flare.baseline,
            flare.score,
            flare.exercise_name,
        )
    calm = QCoreApplication.translate(
        "SessionSafety", "Pain during exercise does not mean you have harmed your back."
    )
    return f"{where} {rule} {calm}"


def next_day_text(summary: SessionSummaryData) -> str:
    """After a session that ended with pain at the break line or above: what to watch."""
    if not summary.after_is_high:
        return ""
    return QCoreApplication.translate(
        "SessionSafety",
        "Your pain is higher now than when you started. Some soreness for a day or two "
        "after exercise is normal. Tomorrow morning, check that your back is back to its "
        "usual level; if it is worse than before today's session, make the next session "
        "lighter: fewer sets, shorter holds or the easier version.",
    )


class HighPainView(QWidget):
    """Before the exercises on a high-pain day: the usual signal cannot work today."""

    chosen = Signal(str)  # 'gentle', 'full' or 'not-today'

    def __init__(self, evidence: Evidence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = evidence
        column = QVBoxLayout(self)
        self.title = QLabel(QCoreApplication.translate("SessionSafety", "Your pain is high today"))
        font = self.title.font()
        font.setPointSizeF(26)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(16)
        self.text.setFont(font)
        self.signs = QLabel()
        self.signs.setWordWrap(True)
        self.signs.setTextFormat(Qt.TextFormat.RichText)
        self.signs.setProperty("role", "notice")
        self.signs.setMargin(12)
        # The words and the two lists are long: they scroll on a small screen or at large
        # text, and the choices stay in view below them.
        content = QWidget()
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addWidget(self.signs)
        inner.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(content)
        column.addWidget(scroller, 1)
        row = FlowLayout()
        self.gentle_button = self._button(
            QCoreApplication.translate("SessionSafety", "Gentle session: movements only (Enter)"),
            "gentle",
        )
        self.gentle_button.setProperty("role", "primary")
        self.full_button = self._button(
            QCoreApplication.translate("SessionSafety", "The whole routine (F)"), "full"
        )
        self.not_today_button = self._button(
            QCoreApplication.translate("SessionSafety", "Not today (Esc)"), "not-today"
        )
        for button in (self.gentle_button, self.full_button, self.not_today_button):
            row.addWidget(button)
        column.addLayout(row)

    def _button(self, text: str, choice: str) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the session page
        button.setMinimumHeight(44)
        button.clicked.connect(lambda: self.chosen.emit(choice))
        return button

    def show_state(self, state: SessionState) -> None:
        reference = state.reference if state.reference is not None else 0
        parts = [
            QCoreApplication.translate(
                "SessionSafety",
                "You rated your pain %d. From there, a rise of %s cannot be measured on "
                "the 0 to 10 scale, so the usual signal to take a break cannot work today.",
            )
            % (reference, points(state.threshold))
            if reference + state.threshold > 10
            else QCoreApplication.translate(
                "SessionSafety", "You rated your pain %d, which is already high."
            )
            % reference,
            QCoreApplication.translate(
                "SessionSafety",
                "Keeping gently on the move helps a sore back. Today BackCoach will suggest a "
                "break at any rise above %d.",
            )
            % reference,
        ]
        if state.gentle_available:
            parts.append(
                QCoreApplication.translate(
                    "SessionSafety",
                    "The gentle session keeps only your routine's movement exercises.",
                )
            )
        self.text.setText(" ".join(parts))
        self.signs.setText(
            warning_signs_html(
                self.evidence,
                lead=QCoreApplication.translate(
                    "SessionSafety", "Go ahead only if none of these apply to you."
                ),
            )
        )
        self.gentle_button.setVisible(state.gentle_available)
        self.full_button.setProperty("role", "" if state.gentle_available else "primary")
        self.full_button.setText(
            QCoreApplication.translate("SessionSafety", "The whole routine (F)")
            if state.gentle_available
            else QCoreApplication.translate("SessionSafety", "Carry on gently (Enter)")
        )
