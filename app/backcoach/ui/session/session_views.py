"""The session page's views: a rating, a pain break, the summary, and
"End the session?". Each owns its widgets and draws its part of a ``SessionState``;
``SessionPage`` picks which one shows and wires their buttons to engine intents.

Texts keep the "SessionPage" translation context they had when they lived there, so the
French and Spanish translations still find them.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backcoach.domain.session.state import FlareInfo, SessionState, SessionSummaryData
from backcoach.domain.vocabulary import RatingPhase
from backcoach.ui.session.safety_views import baseline_hint, break_text, next_day_text
from backcoach.ui.session.session_texts import (
    AFTER_EARLY_QUESTION,
    ENCOURAGEMENT,
    RATING_QUESTIONS,
)
from backcoach.ui.session.session_texts import (
    text as session_text,
)
from backcoach.ui.widgets.flow_layout import FlowLayout
from backcoach.ui.widgets.pain_scale import PainScale


def label(text: str = "", point_size: float | None = None, bold: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if point_size or bold:
        font = QFont(widget.font())
        if point_size:
            font.setPointSizeF(point_size)
        font.setBold(bold)
        widget.setFont(font)
    return widget


def button(text: str, primary: bool = False) -> QPushButton:
    widget = QPushButton(text)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the page
    widget.setMinimumHeight(44)
    if primary:
        widget.setProperty("role", "primary")
    return widget


class ConfirmView(QWidget):
    """'End the session?': big, and answered from the mat by one key."""

    def __init__(self) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.addStretch(1)
        self.title = label(QCoreApplication.translate("SessionPage", "End the session?"), 34, True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys = label(
            QCoreApplication.translate("SessionPage", "Enter: keep going  ·  E: end"), 26
        )
        self.keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = label(
            QCoreApplication.translate(
                "SessionPage", "What you have done so far is saved either way."
            ),
            16,
        )
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.title)
        column.addWidget(self.keys)
        column.addWidget(self.note)
        row = QHBoxLayout()  # two buttons, centred under the question
        row.addStretch(1)
        self.keep_button = button(
            QCoreApplication.translate("SessionPage", "Keep going (Enter)"), primary=True
        )
        self.end_button = button(QCoreApplication.translate("SessionPage", "End the session (E)"))
        for each in (self.keep_button, self.end_button):
            font = QFont(each.font())
            font.setPointSizeF(18)
            each.setFont(font)
            row.addWidget(each)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)


class RatingView(QWidget):
    """A full-size pain question (before, after, or to re-rate after a rest)."""

    def __init__(self) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.addStretch(1)
        self.question = label("", 28, bold=True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.context = label("", 16)
        self.context.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scale = PainScale()
        column.addWidget(self.question)
        column.addWidget(self.context)
        column.addSpacing(18)
        column.addWidget(self.scale)
        column.addStretch(2)

    def show_state(self, state: SessionState) -> None:
        asked = state.awaiting_rating
        question = session_text(RATING_QUESTIONS[asked]) if asked in RATING_QUESTIONS else ""
        if asked is RatingPhase.AFTER and state.ended_early:
            question = session_text(AFTER_EARLY_QUESTION)  # not "All done"
        self.question.setText(question)
        self.context.setText(_rating_context(state))


def _rating_context(state: SessionState) -> str:
    if state.awaiting_rating == "before" and state.planned is not None:
        return (
            QCoreApplication.translate("SessionPage", "Next up: %s") % state.planned.exercise.name
        )
    if state.awaiting_rating == RatingPhase.BASELINE:
        return baseline_hint(state.threshold)
    return ""


class DuringStrip(QFrame):
    """The quick pain check under the exercise, asked while it runs."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("role", "card")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 8, 16, 8)
        self.question = label(session_text(RATING_QUESTIONS[RatingPhase.DURING]), 16, bold=True)
        self.scale = PainScale()
        column.addWidget(self.question)
        column.addWidget(self.scale)
        self.hide()


class BreakView(QWidget):
    """A break for a pain rise: what to do now, and the way to the warning signs."""

    def __init__(self, care_text: Callable[[], str]) -> None:
        super().__init__()
        self._care_text = care_text
        self._shown_for: tuple[int, int] | None = None
        column = QVBoxLayout(self)
        column.addStretch(1)
        self.title = label(QCoreApplication.translate("SessionPage", "Time for a break"), 28, True)
        self.text = label("", 17)
        self.care_label = QLabel()
        self.care_label.setWordWrap(True)
        self.care_label.setTextFormat(Qt.TextFormat.RichText)
        # Every break carries a one-line way to the warning signs (W, or a click).
        self.signs_link = QLabel()
        self.signs_link.setTextFormat(Qt.TextFormat.RichText)
        self.signs_link.linkActivated.connect(lambda _link: self.show_signs())
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addWidget(self.signs_link)
        column.addWidget(self.care_label)
        row = FlowLayout()
        self.rest_choice = button(
            QCoreApplication.translate("SessionPage", "Rest, then rate again (R)"), primary=True
        )
        self.easier_choice = button("")
        self.skip_choice = button(
            QCoreApplication.translate("SessionPage", "Skip this exercise (S)")
        )
        self.end_choice = button(QCoreApplication.translate("SessionPage", "End the session (Esc)"))
        for each in (self.rest_choice, self.easier_choice, self.skip_choice, self.end_choice):
            row.addWidget(each)
        column.addLayout(row)
        column.addStretch(2)

    def show_flare(self, flare: FlareInfo) -> None:
        self.title.setText(
            QCoreApplication.translate("SessionPage", "Time to stop for today")
            if flare.suggest_end
            else QCoreApplication.translate("SessionPage", "Time for a break")
        )
        self.text.setText(break_text(flare))
        # Set on every show: a rich-text link takes the palette's colour when it is set,
        # and the theme may have changed since.
        link_text = html.escape(
            QCoreApplication.translate(
                "SessionPage", "Warning signs, some needing urgent help: show them (W)"
            )
        )
        colour = self.palette().color(QPalette.ColorRole.Link).name()
        self.signs_link.setText(f"<a href='signs' style='color:{colour}'>{link_text}</a>")
        self.easier_choice.setVisible(flare.easier_available)
        if flare.easier_name:
            self.easier_choice.setText(
                QCoreApplication.translate("SessionPage", "Try the easier %s (E)")
                % flare.easier_name
            )
        # Still high after rests: ending is the suggested (primary) choice.
        self.end_choice.setProperty("role", "primary" if flare.suggest_end else "")
        self.rest_choice.setProperty("role", "" if flare.suggest_end else "primary")
        for each in (self.end_choice, self.rest_choice):
            each.style().unpolish(each)
            each.style().polish(each)
        if flare.show_care_list:
            self.show_signs()
        elif self._shown_for != (flare.score, flare.unsettled):
            self.care_label.hide()
        self._shown_for = (flare.score, flare.unsettled)
        self.signs_link.setVisible(not self.care_label.isVisible())

    def show_signs(self) -> None:
        self.care_label.setText(self._care_text())
        self.care_label.show()
        self.signs_link.hide()


class SummaryView(QWidget):
    """The end of a session: what was done, pain before and after, and what next."""

    def __init__(self) -> None:
        super().__init__()
        # All of it in a scroller: at large text (and in longer languages) the summary
        # and its advice for tomorrow morning outgrow a laptop screen; they scroll, never
        # clip. When it fits, the stretches centre it as before.
        outer = QVBoxLayout(self)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addStretch(1)
        self.title = label(QCoreApplication.translate("SessionPage", "Session complete"), 30, True)
        column.addWidget(self.title)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        font = QFont(self.text.font())
        font.setPointSizeF(16)
        self.text.setFont(font)
        column.addWidget(self.text)
        self.close_button = button(
            QCoreApplication.translate("SessionPage", "Back to Home (Enter)"), primary=True
        )
        self.resume_button = button(
            QCoreApplication.translate("SessionPage", "Carry on with this session (C)")
        )
        row = FlowLayout()
        row.addWidget(self.close_button)
        row.addWidget(self.resume_button)
        column.addLayout(row)
        column.addStretch(2)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(content)
        outer.addWidget(scroller)

    def show_summary(
        self, summary: SessionSummaryData, minutes: float | None, goal: str, resumable: bool
    ) -> None:
        """``minutes`` as stored (None: count the work time); ``goal`` the line about
        today's minutes; ``resumable`` whether the session may still be carried on."""
        self.title.setText(
            QCoreApplication.translate("SessionPage", "Session ended early")
            if summary.ended_early
            else QCoreApplication.translate("SessionPage", "Session complete")
        )
        if minutes is None:
            minutes = summary.work_seconds / 60
        rows = [
            QCoreApplication.translate("SessionPage", "You exercised for %s.")
            % _minutes_words(minutes)
        ]
        counts = [QCoreApplication.translate("SessionPage", "done: %d") % len(summary.done_ids)]
        if summary.partly_ids:
            counts.append(
                QCoreApplication.translate("SessionPage", "partly done: %d")
                % len(summary.partly_ids)
            )
        untouched = summary.exercises_total - len(summary.done_ids) - len(summary.partly_ids)
        if untouched > 0:
            counts.append(
                QCoreApplication.translate("SessionPage", "not done: %d") % untouched
                if summary.ended_early
                else QCoreApplication.translate("SessionPage", "skipped: %d") % untouched
            )
        rows.append(
            QCoreApplication.translate("SessionPage", "Exercises (%d in the routine): %s")
            % (summary.exercises_total, ", ".join(counts))
        )
        if summary.baseline is not None and summary.after is not None:
            rows.append(
                QCoreApplication.translate("SessionPage", "Pain before: %d → after: %d")
                % (summary.baseline, summary.after)
            )
        if summary.highest_during is not None:
            rows.append(
                QCoreApplication.translate("SessionPage", "Highest during: %d")
                % summary.highest_during
            )
        if summary.flares:
            rows.append(
                QCoreApplication.translate("SessionPage", "Breaks for a pain rise: %d")
                % len(summary.flares)
            )
        self.resume_button.setVisible(summary.ended_early and resumable)
        if goal:
            rows.append(goal)
        tip = session_text(ENCOURAGEMENT[len(summary.done_ids) % len(ENCOURAGEMENT)])
        advice = next_day_text(summary)
        self.text.setText(
            "<ul>"
            + "".join(f"<li>{html.escape(r)}</li>" for r in rows)
            + "</ul>"
            + (f"<p><b>{html.escape(advice)}</b></p>" if advice else "")
            + f"<p><i>{html.escape(tip)}</i></p>"
        )


def _minutes_words(minutes: float) -> str:
    """Rounded as Home and Progress round minutes, so the numbers agree."""
    whole = round(minutes)
    if whole < 1:
        return QCoreApplication.translate("SessionPage", "under a minute")
    if whole == 1:
        return QCoreApplication.translate("SessionPage", "1 minute")
    return QCoreApplication.translate("SessionPage", "%d minutes") % whole
