"""The morning check-in: "How is your back this morning?" (docs/clinical-rules.md).

Offered on the first start of a day after a day with a session, and later that day when
Home is shown again (``services.checkins``); it can also be opened by hand from Home. It
says "this morning" only in the morning, "today" after midday.
Two questions (pain 0-10 and stiffness), then the comparison with the day before and, if
the back is worse, the suggestion to lower the dose. "Not today" is remembered for the day.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backcoach.context import AppContext
from backcoach.domain import pain
from backcoach.domain.pain import needs_care_list
from backcoach.domain.vocabulary import Stiffness
from backcoach.services import checkins
from backcoach.services.checkins import MorningResult
from backcoach.ui.widgets.flow_layout import FlowLayout
from backcoach.ui.widgets.page_parts import dialog_columns
from backcoach.ui.widgets.pain_scale import PainScale


def _label(text: str = "", role: str | None = None, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class CheckInDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self._now = now or (lambda: datetime.now().astimezone())
        self.score: int | None = None
        self.outcome: MorningResult | None = None
        self.morning = checkins.is_morning(self._now())
        self.when = self.tr("this morning") if self.morning else self.tr("today")
        self.setWindowTitle(self.tr("Morning check-in") if self.morning else self.tr("Check-in"))
        # Scrolls and fits the window at any text size (see dialog_columns).
        layout, _foot = dialog_columns(self, width_lines=38)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.pages.addWidget(self._ask_page())
        self.pages.addWidget(self._answer_page())
        self.scale.setFocus()

    # -- the questions -------------------------------------------------------------
    def _ask_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addWidget(_label(self.tr("How is your back %s?") % self.when, "title"))
        exercised = bool(checkins.sessions_on(self.context, self.today - timedelta(days=1)))
        box.addWidget(
            _label(
                self.tr(
                    "You exercised yesterday. Rate your pain as it is now, before you get "
                    "going, so you can see how your back takes the exercise."
                )
                if exercised
                else self.tr(
                    "Rate your pain and stiffness as they are now. Your answer shows on the "
                    "Progress charts."
                ),
                "subtitle",
            )
        )
        self.scale = PainScale()
        self.scale.rated.connect(self._rated)
        self._scale_styles = [b.styleSheet() for b in self.scale.buttons]
        box.addWidget(self.scale)
        self.chosen = _label(self.tr("Press a number from 0 to 10."), "muted")
        box.addWidget(self.chosen)
        box.addWidget(_label(self.tr("How stiff is it?"), "heading"))
        row = FlowLayout(spacing=8)
        self.stiffness_group = QButtonGroup(self)
        self.stiffness_buttons: dict[Stiffness, QToolButton] = {}
        names = {Stiffness.NONE: self.tr("Not stiff"), Stiffness.SOME: self.tr("A bit stiff"),
                 Stiffness.A_LOT: self.tr("Very stiff")}  # fmt: skip
        for key in Stiffness:
            button = QToolButton()
            button.setText(names[key])
            button.setCheckable(True)
            button.setMinimumSize(150, 44)
            button.clicked.connect(self._update)
            self.stiffness_group.addButton(button)
            self.stiffness_buttons[key] = button
            row.addWidget(button)
        box.addLayout(row)
        box.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.later_button = QPushButton(self.tr("Not today"))
        self.later_button.clicked.connect(self.not_today)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.save_button)
        box.addLayout(buttons)
        self._update()
        return page

    def _rated(self, score: int) -> None:
        self.score = score
        zone = pain.zone(score)
        self.chosen.setText(self.tr("Your pain %s: %d (%s)") % (self.when, score, zone.label))
        # The chosen number keeps a thick outline, so the choice is visible from the mat.
        for index, button in enumerate(self.scale.buttons):
            chosen = " QPushButton { border: 4px solid palette(text); }" if index == score else ""
            button.setStyleSheet(self._scale_styles[index] + chosen)
        self._update()

    def stiffness(self) -> str | None:
        for key, button in self.stiffness_buttons.items():
            if button.isChecked():
                return key
        return None

    def set_stiffness(self, stiffness: str) -> None:
        self.stiffness_buttons[Stiffness(stiffness)].setChecked(True)
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(self.score is not None and self.stiffness() is not None)

    # -- the answer ----------------------------------------------------------------
    def _answer_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.answer_title = _label("", "title")
        self.comparison = _label("", "subtitle")
        self.message = _label("")
        self.suggestions = _label("", rich=True)
        self.care = _label("", rich=True)
        self.care.setProperty("role", None)
        for widget in (
            self.answer_title,
            self.comparison,
            self.message,
            self.suggestions,
            self.care,
        ):
            box.addWidget(widget)
        box.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.setProperty("role", "primary")
        close.clicked.connect(self.accept)
        self.close_button = close
        buttons.addWidget(close)
        box.addLayout(buttons)
        return page

    def save(self) -> None:
        stiffness = self.stiffness()
        if self.score is None or stiffness is None:
            return
        self.outcome = checkins.save_checkin(
            self.context, self.today, self.score, stiffness, self._now()
        )
        self._show_answer(self.outcome)
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()

    def _show_answer(self, result: MorningResult) -> None:
        advice = result.advice
        if result.previous is not None:
            self.comparison.setText(
                self.tr("%s: %d. Before yesterday's session: %d.")
                % (self.when.capitalize(), result.checkin.score, result.previous)
            )
        else:
            self.comparison.setText(
                self.tr("%s: %d.") % (self.when.capitalize(), result.checkin.score)
            )
        if advice is None:
            self.answer_title.setText(self.tr("Thank you"))
            self.message.setText(
                self.tr(
                    "Your back is at its usual level or better. Keep going with your "
                    "routine as it is."
                )
                if result.previous is not None
                else self.tr("Your answer is saved; you will see it on the Progress charts.")
            )
            self.suggestions.hide()
        else:
            self.answer_title.setText(self._at_this_hour(self.tr(advice.title)))
            self.message.setText(self._at_this_hour(self.tr(advice.message)))
            items = "".join(f"<li>{html.escape(self.tr(s))}</li>" for s in advice.suggestions)
            intro = html.escape(self.tr("For the next session, you could:"))
            self.suggestions.setText(f"<p>{intro}</p><ul>{items}</ul>")
            self.suggestions.show()
        # A morning rating at the care level shows both lists, whatever the day before.
        show_care = needs_care_list(result.checkin.score)
        self.care.setVisible(show_care)
        if show_care:
            self.care.setText(self._care_text())

    def _at_this_hour(self, text: str) -> str:
        """The advice texts say "this morning"; after midday they say "today"."""
        if self.morning:
            return text
        return text.replace("this morning", "today").replace("This morning", "Today")

    def _care_text(self) -> str:
        from backcoach.domain.evidence import load_evidence
        from backcoach.ui.session.safety_views import warning_signs_html

        return warning_signs_html(
            load_evidence(language=self.context.language), lead=self.tr("Your pain is high.")
        )

    def not_today(self) -> None:
        self.reject()

    def reject(self) -> None:
        """ "Not today", Esc or the window's close: not offered again today."""
        if self.outcome is None:
            checkins.mark_asked(self.context, self.today)
        super().reject()
