"""The guided session: a full-window view built to be read from a mat two metres away.

It renders the engine's ``SessionState`` and turns keys and clicks into engine intents;
the rules (timing, the pain rule, what a rating means) all live in the engine. A
QTimer only asks for redraws: time comes from the engine's clock.

For a figure that moves in time with the rep: ``rep_changed`` is emitted on every redraw
during a set of held reps with the engine's ``RepState`` (``number``/``total``, ``stage``
'move'/'hold'/'release', ``progress`` within the stage, ``rep_progress`` 0-1 over the
whole rep: 0→0.5 moving out, 0.5 while held, 0.5→1 coming back, and ``side``), and with
None when no held rep is under way. ``last_state`` holds the latest ``SessionState``
(``paused`` included: the figure stands still while paused).

Esc never ends a session by itself: it pauses and asks "End the session?" (Enter keeps
going, E ends it). Every accepted rating shows its number big for a moment.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcoach import resources
from backcoach.domain.evidence import Evidence
from backcoach.domain.session import SessionEngine
from backcoach.domain.session.events import Phase
from backcoach.domain.session.state import SessionState, SessionSummaryData
from backcoach.domain.vocabulary import PauseReason, RatingPhase
from backcoach.services.screen_awake import ScreenAwake
from backcoach.ui.session.figure_sync import FigureSync
from backcoach.ui.session.safety_views import (
    HighPainView,
    baseline_hint,
    break_text,
    next_day_text,
    warning_signs_html,
)
from backcoach.ui.session.session_texts import (
    AFTER_EARLY_QUESTION,
    ENCOURAGEMENT,
    KEY_HINT,
    PHASE_LABELS,
    RATING_QUESTIONS,
    STAGE_WORDS,
)
from backcoach.ui.session.session_texts import (
    text as session_text,
)
from backcoach.ui.session.sound.player import SessionSound
from backcoach.ui.session.sound.settings import SettingLookup
from backcoach.ui.widgets.big_timer import BigTimer, format_seconds
from backcoach.ui.widgets.figure_player import FigurePlayer
from backcoach.ui.widgets.flow_layout import FlowLayout
from backcoach.ui.widgets.pain_scale import PainScale, key_to_score

REDRAW_MS = 100
FEEDBACK_MS = 1500
"""How long an accepted rating's number stays up."""


def _label(text: str = "", point_size: float | None = None, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if point_size or bold:
        font = QFont(label.font())
        if point_size:
            font.setPointSizeF(point_size)
        font.setBold(bold)
        label.setFont(font)
    return label


def _button(text: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the page
    button.setMinimumHeight(44)
    if primary:
        button.setProperty("role", "primary")
    return button


class SessionPage(QWidget):
    finished = Signal(object)  # SessionSummaryData, when the user leaves the summary
    full_screen_requested = Signal()
    rep_changed = Signal(object)  # RepState during a set of held reps, else None
    resume_requested = Signal()  # carry on with the session just ended early

    def __init__(self, evidence: Evidence, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.evidence = evidence
        self.engine: SessionEngine | None = None
        self._break_shown_for: tuple[int, int] | None = None
        self.routine_name = ""
        self.goal_text_provider: Callable[[], str] = str
        self.minutes_provider: Callable[[], float | None] = lambda: None
        """This session's minutes as stored (what Home and Progress count), or None."""
        self._frames_for: str | None = None
        self.sound: SessionSound | None = None
        self.screen_awake = ScreenAwake()
        self._timer = QTimer(self)
        self._timer.setInterval(REDRAW_MS)
        self._timer.timeout.connect(self.refresh)
        self.last_state: SessionState | None = None
        self.resume_point: dict[str, Any] | None = None
        """The engine's snapshot just before an early end: a session ended by mistake
        can be carried on from here (see ``MainWindow``)."""
        self.can_resume: Callable[[], bool] = lambda: False
        self.confirming_end = False
        self._paused_for_confirm = False

        column = QVBoxLayout(self)
        column.setContentsMargins(28, 18, 28, 14)
        column.setSpacing(10)
        column.addLayout(self._build_top_bar())
        self.care_banner = QLabel()
        self.care_banner.setWordWrap(True)
        self.care_banner.setTextFormat(Qt.TextFormat.RichText)
        self.care_banner.setProperty("role", "notice")
        self.care_banner.setMargin(14)
        self.care_banner.hide()
        column.addWidget(self.care_banner)
        self.views = QStackedWidget()
        column.addWidget(self.views, 1)
        self.exercise_view = self._build_exercise_view()
        self.rating_view = self._build_rating_view()
        self.break_view = self._build_break_view()
        self.summary_view = self._build_summary_view()
        self.high_pain_view = HighPainView(evidence)
        self.high_pain_view.chosen.connect(self._high_pain_choice)
        for view in (
            self.exercise_view,
            self.rating_view,
            self.break_view,
            self.summary_view,
            self.high_pain_view,
        ):
            self.views.addWidget(view)
        self.during_strip = self._build_during_strip()
        column.addWidget(self.during_strip)
        self.hint = _label(session_text(KEY_HINT))
        self.hint.setProperty("role", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.hint)
        self.confirm_view = self._build_confirm_view()
        self.views.addWidget(self.confirm_view)
        # The number of an accepted rating, big, over everything for a moment.
        self.feedback = QLabel(self)
        self.feedback.setObjectName("ratingFeedback")
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.feedback.setProperty("role", "card")
        self.feedback.setAutoFillBackground(True)
        self.feedback.setProperty("overlay", True)  # over the view on purpose, briefly
        self.feedback.hide()
        self._feedback_timer = QTimer(self)
        self._feedback_timer.setSingleShot(True)
        self._feedback_timer.setInterval(FEEDBACK_MS)
        self._feedback_timer.timeout.connect(self.feedback.hide)

    # --- building ----------------------------------------------------------------
    def _build_confirm_view(self) -> QWidget:
        """'End the session?': big, and answered from the mat by one key."""
        view = QWidget()
        column = QVBoxLayout(view)
        column.addStretch(1)
        self.confirm_title = _label(self.tr("End the session?"), 34, bold=True)
        self.confirm_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confirm_keys = _label(self.tr("Enter: keep going  ·  E: end"), 26)
        self.confirm_keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confirm_note = _label(self.tr("What you have done so far is saved either way."), 16)
        self.confirm_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.confirm_title)
        column.addWidget(self.confirm_keys)
        column.addWidget(self.confirm_note)
        row = QHBoxLayout()  # two buttons, centred under the question
        row.addStretch(1)
        self.keep_button = _button(self.tr("Keep going (Enter)"), primary=True)
        self.keep_button.clicked.connect(self.keep_going)
        self.confirm_end_button = _button(self.tr("End the session (E)"))
        self.confirm_end_button.clicked.connect(self.confirm_end)
        for button in (self.keep_button, self.confirm_end_button):
            font = QFont(button.font())
            font.setPointSizeF(18)
            button.setFont(font)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        return view

    def _build_top_bar(self) -> QVBoxLayout:
        """Progress on one line, the buttons on the next: both fit at large text sizes."""
        top = QVBoxLayout()
        top.setSpacing(6)
        progress_row = QHBoxLayout()
        row = FlowLayout()
        self.progress_label = _label("", 13, bold=True)
        self.progress_label.setWordWrap(False)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(12)
        self.progress_bar.setAccessibleName(self.tr("Progress through the routine"))
        self.pause_button = _button(self.tr("Pause (Space)"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.back_button = _button(self.tr("← Back"))
        self.back_button.clicked.connect(lambda: self._intent("back"))
        self.skip_button = _button(self.tr("Skip →"))
        self.skip_button.clicked.connect(lambda: self._intent("skip"))
        self.end_button = _button(self.tr("End (Esc)"))
        self.end_button.clicked.connect(self.ask_end)
        self.full_button = _button(self.tr("Full screen (F11)"))
        self.full_button.clicked.connect(self.full_screen_requested)
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress_bar, 1)
        top.addLayout(progress_row)
        for button in (
            self.back_button,
            self.pause_button,
            self.skip_button,
            self.end_button,
            self.full_button,
        ):
            row.addWidget(button)
        top.addLayout(row)
        return top

    def _build_exercise_view(self) -> QWidget:
        view = QWidget()
        column = QVBoxLayout(view)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        row = QHBoxLayout()
        self.player = FigurePlayer()
        self.figure_sync = FigureSync(self.player)
        row.addWidget(self.player, 3)
        side = QVBoxLayout()
        self.phase_label = _label("", 22, bold=True)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer = BigTimer()
        # "Rep 3 of 5": readable from the mat.
        self.rep_label = _label("", 30, bold=True)
        self.rep_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rep_label.hide()
        self.set_label = _label("", 18)
        self.set_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = _button(self.tr("Set done (Enter)"), primary=True)
        self.done_button.clicked.connect(lambda: self._intent("reps_done"))
        self.more_time_button = _button(self.tr("More time (M)"))
        self.more_time_button.clicked.connect(lambda: self._intent("more_time"))
        side.addWidget(self.phase_label)
        side.addWidget(self.rep_label)
        side.addWidget(self.timer, 1)
        side.addWidget(self.set_label)
        side.addWidget(self.done_button)
        side.addWidget(self.more_time_button)
        row.addLayout(side, 2)
        column.addLayout(row, 1)
        self.name_label = _label("", 30, bold=True)
        self.cue_label = _label("", 20)
        self.next_label = _label("", 14)
        self.next_label.setProperty("role", "muted")
        self.paused_banner = _label(self.tr("Paused. Press Space to carry on."), 20, bold=True)
        self.paused_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paused_banner.hide()
        column.addWidget(self.paused_banner)
        column.addWidget(self.name_label)
        column.addWidget(self.cue_label)
        column.addWidget(self.next_label)
        return view

    def _build_rating_view(self) -> QWidget:
        view = QWidget()
        column = QVBoxLayout(view)
        column.addStretch(1)
        self.rating_question = _label("", 28, bold=True)
        self.rating_question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rating_context = _label("", 16)
        self.rating_context.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rating_scale = PainScale()
        self.rating_scale.rated.connect(self.rate)
        column.addWidget(self.rating_question)
        column.addWidget(self.rating_context)
        column.addSpacing(18)
        column.addWidget(self.rating_scale)
        column.addStretch(2)
        return view

    def _build_during_strip(self) -> QFrame:
        strip = QFrame()
        strip.setProperty("role", "card")
        column = QVBoxLayout(strip)
        column.setContentsMargins(16, 8, 16, 8)
        self.during_question = _label(
            session_text(RATING_QUESTIONS[RatingPhase.DURING]), 16, bold=True
        )
        self.during_scale = PainScale()
        self.during_scale.rated.connect(self.rate)
        column.addWidget(self.during_question)
        column.addWidget(self.during_scale)
        strip.hide()
        return strip

    def _build_break_view(self) -> QWidget:
        view = QWidget()
        column = QVBoxLayout(view)
        column.addStretch(1)
        self.break_title = _label(self.tr("Time for a break"), 28, bold=True)
        self.break_text = _label("", 17)
        self.care_label = QLabel()
        self.care_label.setWordWrap(True)
        self.care_label.setTextFormat(Qt.TextFormat.RichText)
        # Every break carries a one-line way to the warning signs (W, or a click).
        self.signs_link = QLabel()
        self.signs_link.setTextFormat(Qt.TextFormat.RichText)
        self.signs_link.linkActivated.connect(lambda _link: self._show_signs())
        column.addWidget(self.break_title)
        column.addWidget(self.break_text)
        column.addWidget(self.signs_link)
        column.addWidget(self.care_label)
        row = FlowLayout()
        self.rest_choice = _button(self.tr("Rest, then rate again (R)"), primary=True)
        self.rest_choice.clicked.connect(lambda: self._intent("break_rest"))
        self.easier_choice = _button("")
        self.easier_choice.clicked.connect(lambda: self._intent("break_easier"))
        self.skip_choice = _button(self.tr("Skip this exercise (S)"))
        self.skip_choice.clicked.connect(lambda: self._intent("break_skip"))
        self.end_choice = _button(self.tr("End the session (Esc)"))
        self.end_choice.clicked.connect(self._end_from_break)
        for button in (self.rest_choice, self.easier_choice, self.skip_choice, self.end_choice):
            row.addWidget(button)
        column.addLayout(row)
        column.addStretch(2)
        return view

    def _build_summary_view(self) -> QWidget:
        # All of it in a scroller: at large text (and in longer languages) the summary
        # and its advice for tomorrow morning outgrow a laptop screen; they scroll, never
        # clip. When it fits, the stretches centre it as before.
        view = QWidget()
        outer = QVBoxLayout(view)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.addStretch(1)
        self.summary_title = _label(self.tr("Session complete"), 30, bold=True)
        column.addWidget(self.summary_title)
        self.summary_text = QLabel()
        self.summary_text.setWordWrap(True)
        self.summary_text.setTextFormat(Qt.TextFormat.RichText)
        font = QFont(self.summary_text.font())
        font.setPointSizeF(16)
        self.summary_text.setFont(font)
        column.addWidget(self.summary_text)
        self.close_button = _button(self.tr("Back to Home (Enter)"), primary=True)
        self.close_button.clicked.connect(self._leave)
        self.resume_button = _button(self.tr("Carry on with this session (C)"))
        self.resume_button.clicked.connect(self._request_resume)
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
        return view

    # --- running -------------------------------------------------------------------
    def run(
        self,
        engine: SessionEngine,
        routine_name: str,
        goal_text: Callable[[], str] = str,
        settings: SettingLookup | None = None,
    ) -> None:
        """Show and drive ``engine`` (already started or resumed); ``goal_text`` gives the
        line about today's minutes for the summary, read when the summary shows;
        ``settings`` (``AppContext.setting``) holds the sound and voice choices."""
        if self.sound is not None:
            self.sound.detach()
            self.sound.deleteLater()
        self.sound = SessionSound(settings, self)
        self.sound.attach(engine)
        self.screen_awake.inhibit(self.tr("A guided exercise session is running"))
        self.engine = engine
        self.routine_name = routine_name
        self.goal_text_provider = goal_text
        self._frames_for = None
        self.confirming_end = self._paused_for_confirm = False
        self.resume_point = None
        self.player.set_frozen(False)  # a new session: the figure moves again
        self._timer.start()
        self.refresh()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop(self) -> None:
        self._timer.stop()
        self.engine = None
        if self.sound is not None:
            self.sound.detach()
            self.sound.deleteLater()
            self.sound = None
        self.screen_awake.release()

    def refresh(self) -> None:
        if self.engine is None:
            return
        state = self.engine.tick()
        self.last_state = state
        self._render(state)
        self.rep_changed.emit(state.rep if state.phase is Phase.WORK else None)
        # The figure stands still while the session is paused (the user's own play/pause
        # choice on the figure is kept).
        self.player.set_frozen(state.paused or self.confirming_end)

    def _render(self, state: SessionState) -> None:
        phase = state.phase
        total = max(1, state.total)
        self.progress_label.setText(
            self.tr("%s · exercise %d of %d")
            % (self.routine_name, min(state.index + 1, total), total)
        )
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(state.index + (1 if phase is Phase.DONE else 0))
        running = phase not in (Phase.DONE, Phase.NOT_STARTED)
        self.pause_button.setText(
            self.tr("Resume (Space)") if state.paused else self.tr("Pause (Space)")
        )
        # Nothing runs while a choice is pending (the high-pain screen): no pause to offer.
        self.pause_button.setEnabled(running and phase is not Phase.HIGH_PAIN)
        self.back_button.setEnabled(state.can_go_back)
        self.skip_button.setEnabled(state.skip_action is not None)
        self.skip_button.setText(
            self.tr("Skip rest →") if state.skip_action == "rest" else self.tr("Skip →")
        )
        self.end_button.setEnabled(running)
        rating_phase = phase in (Phase.BASELINE_RATING, Phase.RATING_BEFORE, Phase.RATING_AFTER)
        rating_view = rating_phase or (phase is Phase.BREAK_REST and state.rating_due)
        on_exercise = phase not in (Phase.DONE, Phase.BREAK, Phase.HIGH_PAIN) and not rating_view
        # The during strip needs the room; its own keys (digits) are shown on its buttons.
        # Decided once per redraw: flipping it twice made Qt re-lay the page 10x a second.
        self.hint.setVisible(
            phase is not Phase.DONE
            and not self.confirming_end
            and not (on_exercise and state.during_rating_due)
            and self._hint_fits()
        )
        # A rating at the care level shows when to seek care, flare or not (the break
        # view shows it itself).
        show_care = state.show_care_list and phase not in (Phase.BREAK, Phase.DONE, Phase.HIGH_PAIN)
        if show_care and not self.care_banner.isVisible():
            self.care_banner.setText(self._care_text())
        self.care_banner.setVisible(show_care)

        if self.confirming_end and phase is not Phase.DONE:
            self.views.setCurrentWidget(self.confirm_view)
            self.during_strip.hide()
            self.hint.hide()
            return
        if phase is Phase.DONE:
            assert self.engine is not None  # the phase came from it
            self._show_summary(self.engine.summary())
            self.views.setCurrentWidget(self.summary_view)
            self.during_strip.hide()
            self._timer.stop()
            return
        if phase is Phase.BREAK:
            self._show_break(state)
            self.views.setCurrentWidget(self.break_view)
            self.during_strip.hide()
            return
        if phase is Phase.HIGH_PAIN:
            self.high_pain_view.show_state(state)
            self.views.setCurrentWidget(self.high_pain_view)
            self.during_strip.hide()
            return
        if rating_view:
            asked = state.awaiting_rating
            question = session_text(RATING_QUESTIONS[asked]) if asked in RATING_QUESTIONS else ""
            if asked is RatingPhase.AFTER and state.ended_early:
                question = session_text(AFTER_EARLY_QUESTION)  # not "All done"
            self.rating_question.setText(question)
            self.rating_context.setText(self._rating_context(state))
            self.views.setCurrentWidget(self.rating_view)
            self.during_strip.hide()
            return
        self.views.setCurrentWidget(self.exercise_view)
        self._show_exercise(state)
        self.during_strip.setVisible(state.during_rating_due)
        # The quick pain check needs the room on a short screen at large text: the cue
        # and the next exercise's name step aside while it shows (the timer keeps its
        # size; the name of the exercise stays).
        roomy = not state.during_rating_due or not self._short_of_height()
        self.cue_label.setVisible(roomy)
        self.next_label.setVisible(roomy)

    def _short_of_height(self) -> bool:
        """Fewer than ~26 lines of text fit the window's height (1366x768 at 200 %)."""
        return self.height() < 26 * self.fontMetrics().height()

    def _hint_fits(self) -> bool:
        """The key hint shows when it fits on one line: at large text sizes the timer
        needs the room more (the buttons name their keys, and F1 lists them all)."""
        return self.hint.fontMetrics().horizontalAdvance(self.hint.text()) <= self.width() - 60

    def _rating_context(self, state: SessionState) -> str:
        if state.awaiting_rating == "before" and state.planned is not None:
            return self.tr("Next up: %s") % state.planned.exercise.name
        if state.awaiting_rating == RatingPhase.BASELINE:
            return baseline_hint(state.threshold)
        return ""

    def _show_exercise(self, state: SessionState) -> None:
        planned = state.planned
        if planned is None:
            return
        exercise = planned.exercise
        if self._frames_for != exercise.id:
            self._frames_for = exercise.id
            self.player.set_frames(
                [resources.image_path(i) for i in exercise.images],
                resources.motion_path(exercise.id),
            )
            self.figure_sync.reset()
        self.figure_sync.follow(state)
        self.name_label.setText(exercise.name)
        self.cue_label.setText(exercise.cue)
        self.next_label.setText(
            self.tr("Next: %s") % state.next_name if state.next_name else self.tr("Last exercise")
        )
        phase = state.phase
        label = session_text(PHASE_LABELS[phase]) if phase in PHASE_LABELS else ""
        rep = state.rep if phase is Phase.WORK else None
        if rep is not None:
            label = session_text(STAGE_WORDS[rep.stage])
        elif phase is Phase.WORK and state.rep_based:
            reps = planned.dose.reps or 0
            if state.alternating:
                label = self.tr("%d reps each side, changing side each time; then Enter") % reps
            else:
                label = self.tr("Do %d reps, then Enter") % reps
        if phase is Phase.GET_READY:
            label = self.tr("Get ready · M: more time")
        elif phase is Phase.BREAK_REST and state.settled_in_rest is not None:
            # The rating was taken: the rest goes on, and the user may go on now.
            label = self.tr("Settled at %d · rest on, or Enter: go on now") % (
                state.settled_in_rest
            )
        # Set once per redraw: changing a label's text twice re-lays the whole page.
        self.phase_label.setText(label)
        parts = []
        if state.sets_total and state.set_number is not None:
            text = self.tr("Set %d of %d") % (state.set_number, state.sets_total)
            if phase in (Phase.REST, Phase.GET_READY) and state.set_number > 1:
                # The set is still to come: never "Set 2 of 2" as if it were under way.
                text = self.tr("Next: set %d of %d") % (state.set_number, state.sets_total)
            parts.append(text)
        if state.side and state.alternating and phase is Phase.WORK:
            parts.append(
                self.tr("Now to the left") if state.side == "left" else self.tr("Now to the right")
            )
        elif state.side:
            parts.append(self.tr("Left side") if state.side == "left" else self.tr("Right side"))
        elif state.alternating:
            parts.append(self.tr("Alternate sides"))
        self.set_label.setText("  ·  ".join(parts))
        self.rep_label.setVisible(rep is not None)
        self.more_time_button.setVisible(state.can_more_time)
        if rep is not None:
            self.rep_label.setText(self.tr("Rep %d of %d") % (rep.number, rep.total))
            self.done_button.show()
            if rep.stage == "hold":
                self.timer.show_countdown(rep.stage_remaining_s, rep.stage_s)
            else:
                self.timer.show_text(format_seconds(rep.stage_remaining_s), 0.0)
        elif phase is Phase.WORK and state.rep_based:
            # Shown as m:ss so the count-up reads as time, never as a rep count.
            whole = int(state.elapsed_s)
            self.timer.show_text(f"{whole // 60}:{whole % 60:02d}")
            self.done_button.show()
        else:
            self.done_button.hide()
            if state.remaining_s is not None and state.duration_s:
                self.timer.show_countdown(state.remaining_s, state.duration_s)
            else:
                self.timer.show_text("")
        self.timer.set_accent(self.palette().color(QPalette.ColorRole.Highlight))
        self.paused_banner.setVisible(state.paused)
        if state.paused and state.pause_reason == PauseReason.SUSPEND:
            self.paused_banner.setText(
                self.tr("Paused while the computer was asleep. Press Space to carry on.")
            )
        elif state.paused:
            self.paused_banner.setText(self.tr("Paused. Press Space to carry on."))

    def _show_break(self, state: SessionState) -> None:
        flare = state.flare
        if flare is None:
            return
        self.break_title.setText(
            self.tr("Time to stop for today") if flare.suggest_end else self.tr("Time for a break")
        )
        self.break_text.setText(break_text(flare))
        # Set on every show: a rich-text link takes the palette's colour when it is set,
        # and the theme may have changed since.
        link_text = html.escape(self.tr("Warning signs, some needing urgent help: show them (W)"))
        colour = self.palette().color(QPalette.ColorRole.Link).name()
        self.signs_link.setText(f"<a href='signs' style='color:{colour}'>{link_text}</a>")
        self.easier_choice.setVisible(flare.easier_available)
        if flare.easier_name:
            self.easier_choice.setText(self.tr("Try the easier %s (E)") % flare.easier_name)
        # Still high after rests: ending is the suggested (primary) choice.
        self.end_choice.setProperty("role", "primary" if flare.suggest_end else "")
        self.rest_choice.setProperty("role", "" if flare.suggest_end else "primary")
        for button in (self.end_choice, self.rest_choice):
            button.style().unpolish(button)
            button.style().polish(button)
        if flare.show_care_list:
            self._show_signs()
        elif self._break_shown_for != (flare.score, flare.unsettled):
            self.care_label.hide()
        self._break_shown_for = (flare.score, flare.unsettled)
        self.signs_link.setVisible(not self.care_label.isVisible())

    def _show_signs(self) -> None:
        self.care_label.setText(self._care_text())
        self.care_label.show()
        self.signs_link.hide()

    def _care_text(self) -> str:
        return warning_signs_html(self.evidence, lead=self.tr("Your pain is high."))

    def _show_summary(self, summary: SessionSummaryData) -> None:
        self.summary_title.setText(
            self.tr("Session ended early") if summary.ended_early else self.tr("Session complete")
        )
        minutes = self.minutes_provider()
        if minutes is None:
            minutes = summary.work_seconds / 60
        rows = [self.tr("You exercised for %s.") % _minutes_words(minutes)]
        counts = [self.tr("done: %d") % len(summary.done_ids)]
        if summary.partly_ids:
            counts.append(self.tr("partly done: %d") % len(summary.partly_ids))
        untouched = summary.exercises_total - len(summary.done_ids) - len(summary.partly_ids)
        if untouched > 0:
            counts.append(
                self.tr("not done: %d") % untouched
                if summary.ended_early
                else self.tr("skipped: %d") % untouched
            )
        rows.append(
            self.tr("Exercises (%d in the routine): %s")
            % (summary.exercises_total, ", ".join(counts))
        )
        if summary.baseline is not None and summary.after is not None:
            rows.append(self.tr("Pain before: %d → after: %d") % (summary.baseline, summary.after))
        if summary.highest_during is not None:
            rows.append(self.tr("Highest during: %d") % summary.highest_during)
        if summary.flares:
            rows.append(self.tr("Breaks for a pain rise: %d") % len(summary.flares))
        self.resume_button.setVisible(summary.ended_early and self._resumable())
        goal = self.goal_text_provider()
        if goal:
            rows.append(goal)
        tip = session_text(ENCOURAGEMENT[len(summary.done_ids) % len(ENCOURAGEMENT)])
        advice = next_day_text(summary)
        self.summary_text.setText(
            "<ul>"
            + "".join(f"<li>{html.escape(r)}</li>" for r in rows)
            + "</ul>"
            + (f"<p><b>{html.escape(advice)}</b></p>" if advice else "")
            + f"<p><i>{html.escape(tip)}</i></p>"
        )

    # --- intents -------------------------------------------------------------------
    def _intent(self, name: str) -> None:
        if self.engine is None:
            return
        getattr(self.engine, name)()
        self.refresh()

    def _high_pain_choice(self, choice: str) -> None:
        names = {
            "gentle": "high_pain_gentle",
            "full": "high_pain_full",
            "not-today": "high_pain_not_today",
        }
        self._intent(names[choice])

    def toggle_pause(self) -> None:
        self._intent("toggle_pause")

    def rate(self, score: int) -> None:
        if self.engine is not None and self.engine.rate(score):
            self._show_feedback(score)
            self.refresh()

    def _show_feedback(self, score: int) -> None:
        """The accepted rating, big, for a moment: the user sees it was taken."""
        font = QFont(self.font())
        font.setBold(True)
        # Big from the mat, growing with the text size but leaving the screen readable.
        font.setPixelSize(max(96, int(self.fontMetrics().height() * 3.5)))
        self.feedback.setFont(font)
        self.feedback.setText(self.tr("Pain %d") % score)
        self.feedback.adjustSize()
        size = self.feedback.sizeHint()
        width, height = size.width() + 80, size.height() + 40
        self.feedback.setGeometry(
            (self.width() - width) // 2, (self.height() - height) // 2, width, height
        )
        self.feedback.raise_()
        self.feedback.show()
        self._feedback_timer.start()

    # --- ending --------------------------------------------------------------------
    def ask_end(self) -> None:
        """Esc or End: pause and ask; nothing ends by one stray key."""
        if self.engine is None or self.engine.phase in (Phase.DONE, Phase.NOT_STARTED):
            return
        self.confirming_end = True
        self.feedback.hide()
        self._paused_for_confirm = self.engine.pause()
        self.refresh()

    def keep_going(self) -> None:
        if not self.confirming_end:
            return
        self.confirming_end = False
        if self._paused_for_confirm and self.engine is not None:
            self.engine.resume()
        self._paused_for_confirm = False
        self.refresh()

    def confirm_end(self) -> None:
        if not self.confirming_end or self.engine is None:
            return
        self.confirming_end = False
        if self._paused_for_confirm:
            self.engine.resume()
        self._paused_for_confirm = False
        self._keep_resume_point()
        if self.engine.phase is Phase.BREAK:
            self._intent("break_end")
        else:
            self._intent("end_early")

    def _end_from_break(self) -> None:
        self._keep_resume_point()
        self._intent("break_end")

    def _keep_resume_point(self) -> None:
        if self.engine is not None and self.engine.phase not in (
            Phase.RATING_AFTER,
            Phase.DONE,
            Phase.HIGH_PAIN,
        ):
            self.resume_point = self.engine.snapshot()

    def _resumable(self) -> bool:
        return self.resume_point is not None and self.can_resume()

    def _request_resume(self) -> None:
        if self._resumable():
            self.resume_requested.emit()
        else:  # too late now (the summary stayed open past the window)
            self.resume_button.hide()

    def _leave(self) -> None:
        summary = self.engine.summary() if self.engine else None
        self.stop()
        self.finished.emit(summary)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.engine is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        phase = self.engine.phase
        if phase is Phase.DONE:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Space):
                self._leave()
            elif key == Qt.Key.Key_C:
                self._request_resume()
            return
        if self.confirming_end:
            if key in (Qt.Key.Key_E,):
                self.confirm_end()
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
                self.keep_going()
            return
        score = key_to_score(key)
        if score is not None:
            self.rate(score)
            return
        if phase is Phase.HIGH_PAIN:
            gentle = self.engine.state().gentle_available
            enter = "high_pain_gentle" if gentle else "high_pain_full"
            actions: dict[int, str] = {
                Qt.Key.Key_Return: enter,
                Qt.Key.Key_Enter: enter,
                Qt.Key.Key_F: "high_pain_full",
                Qt.Key.Key_Escape: "high_pain_not_today",
            }
        elif phase is Phase.BREAK:
            if key == Qt.Key.Key_W:
                self._show_signs()
                return
            actions = {
                Qt.Key.Key_R: "break_rest",
                Qt.Key.Key_E: "break_easier",
                Qt.Key.Key_S: "break_skip",
            }
            if key == Qt.Key.Key_Escape:
                self.ask_end()
                return
        else:
            # Enter ends a set of reps; in a rest-and-re-rate after a settled rating it
            # goes on with the exercise.
            enter = "skip_rest" if phase is Phase.BREAK_REST else "reps_done"
            actions = {
                Qt.Key.Key_Space: "toggle_pause",
                Qt.Key.Key_Left: "back",
                Qt.Key.Key_Right: "skip",
                Qt.Key.Key_Return: enter,
                Qt.Key.Key_Enter: enter,
                Qt.Key.Key_M: "more_time",
            }
            if key == Qt.Key.Key_Escape:
                self.ask_end()
                return
        if key in actions:
            self._intent(actions[key])
        elif key == Qt.Key.Key_F11:
            self.full_screen_requested.emit()
        else:
            super().keyPressEvent(event)


def _minutes_words(minutes: float) -> str:
    """Rounded as Home and Progress round minutes, so the numbers agree."""
    whole = round(minutes)
    if whole < 1:
        return QCoreApplication.translate("SessionPage", "under a minute")
    if whole == 1:
        return QCoreApplication.translate("SessionPage", "1 minute")
    return QCoreApplication.translate("SessionPage", "%d minutes") % whole
