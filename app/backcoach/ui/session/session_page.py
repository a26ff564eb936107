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

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from backcoach.domain.evidence import Evidence
from backcoach.domain.session import SessionEngine
from backcoach.domain.session.events import Phase
from backcoach.domain.session.state import SessionState
from backcoach.services.screen_awake import ScreenAwake
from backcoach.ui.session.safety_views import HighPainView, warning_signs_html
from backcoach.ui.session.session_bars import RatingFeedback, TopBar
from backcoach.ui.session.session_exercise_view import ExerciseView
from backcoach.ui.session.session_keys import IGNORE, key_action, ratings_allowed
from backcoach.ui.session.session_texts import KEY_HINT
from backcoach.ui.session.session_texts import text as session_text
from backcoach.ui.session.session_views import (
    BreakView,
    ConfirmView,
    DuringStrip,
    RatingView,
    SummaryView,
)
from backcoach.ui.session.session_views import label as _label
from backcoach.ui.session.sound.player import SessionSound
from backcoach.ui.session.sound.settings import SettingLookup
from backcoach.ui.widgets.pain_scale import key_to_score

REDRAW_MS = 100


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
        self.routine_name = ""
        self.goal_text_provider: Callable[[], str] = str
        self.minutes_provider: Callable[[], float | None] = lambda: None
        """This session's minutes as stored (what Home and Progress count), or None."""
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
        self.top_bar = TopBar()
        column.addLayout(self.top_bar)
        self.care_banner = QLabel()
        self.care_banner.setWordWrap(True)
        self.care_banner.setTextFormat(Qt.TextFormat.RichText)
        self.care_banner.setProperty("role", "notice")
        self.care_banner.setMargin(14)
        self.care_banner.hide()
        column.addWidget(self.care_banner)
        self.views = QStackedWidget()
        column.addWidget(self.views, 1)
        self.exercise_view = ExerciseView()
        self.rating_view = RatingView()
        self.break_view = BreakView(self._care_text)
        self.summary_view = SummaryView()
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
        self.during_strip = DuringStrip()
        column.addWidget(self.during_strip)
        self.hint = _label(session_text(KEY_HINT))
        self.hint.setProperty("role", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.hint)
        self.confirm_view = ConfirmView()
        self.views.addWidget(self.confirm_view)
        self._wire_views()
        self.feedback = RatingFeedback(self)

    # --- building ----------------------------------------------------------------
    def _wire_views(self) -> None:
        """Buttons to intents; the views' widgets keep their names on the page."""
        bar = self.top_bar
        self.progress_label, self.progress_bar = bar.progress_label, bar.progress_bar
        self.pause_button, self.back_button = bar.pause_button, bar.back_button
        self.skip_button, self.end_button = bar.skip_button, bar.end_button
        self.full_button = bar.full_button
        self.pause_button.clicked.connect(self.toggle_pause)
        self.back_button.clicked.connect(lambda: self._intent("back"))
        self.skip_button.clicked.connect(lambda: self._intent("skip"))
        self.end_button.clicked.connect(self.ask_end)
        self.full_button.clicked.connect(self.full_screen_requested)
        exercise, rating, strip = self.exercise_view, self.rating_view, self.during_strip
        flare, summary, confirm = self.break_view, self.summary_view, self.confirm_view
        self.player, self.figure_sync = exercise.player, exercise.figure_sync
        self.timer, self.phase_label = exercise.timer, exercise.phase_label
        self.rep_label, self.set_label = exercise.rep_label, exercise.set_label
        self.done_button, self.more_time_button = exercise.done_button, exercise.more_time_button
        self.done_button.clicked.connect(lambda: self._intent("reps_done"))
        self.more_time_button.clicked.connect(lambda: self._intent("more_time"))
        self.name_label, self.cue_label = exercise.name_label, exercise.cue_label
        self.next_label, self.paused_banner = exercise.next_label, exercise.paused_banner
        self.rating_question, self.rating_context = rating.question, rating.context
        self.rating_scale, self.during_question = rating.scale, strip.question
        self.during_scale = strip.scale
        self.rating_scale.rated.connect(self.rate)
        self.during_scale.rated.connect(self.rate)
        self.break_title, self.break_text = flare.title, flare.text
        self.care_label, self.signs_link = flare.care_label, flare.signs_link
        self.rest_choice, self.easier_choice = flare.rest_choice, flare.easier_choice
        self.skip_choice, self.end_choice = flare.skip_choice, flare.end_choice
        self.rest_choice.clicked.connect(lambda: self._intent("break_rest"))
        self.easier_choice.clicked.connect(lambda: self._intent("break_easier"))
        self.skip_choice.clicked.connect(lambda: self._intent("break_skip"))
        self.end_choice.clicked.connect(self._end_from_break)
        self.summary_title, self.summary_text = summary.title, summary.text
        self.close_button, self.resume_button = summary.close_button, summary.resume_button
        self.close_button.clicked.connect(self._leave)
        self.resume_button.clicked.connect(self._request_resume)
        self.confirm_title, self.confirm_keys = confirm.title, confirm.keys
        self.confirm_note, self.keep_button = confirm.note, confirm.keep_button
        self.confirm_end_button = confirm.end_button
        self.keep_button.clicked.connect(self.keep_going)
        self.confirm_end_button.clicked.connect(self.confirm_end)

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
        self.exercise_view.forget_figure()
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
        self.top_bar.show_state(state, self.routine_name)
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
            self.summary_view.show_summary(
                self.engine.summary(),
                self.minutes_provider(),
                self.goal_text_provider(),
                self._resumable(),
            )
            self.views.setCurrentWidget(self.summary_view)
            self.during_strip.hide()
            self._timer.stop()
            return
        if phase is Phase.BREAK:
            if state.flare is not None:
                self.break_view.show_flare(state.flare)
            self.views.setCurrentWidget(self.break_view)
            self.during_strip.hide()
            return
        if phase is Phase.HIGH_PAIN:
            self.high_pain_view.show_state(state)
            self.views.setCurrentWidget(self.high_pain_view)
            self.during_strip.hide()
            return
        if rating_view:
            self.rating_view.show_state(state)
            self.views.setCurrentWidget(self.rating_view)
            self.during_strip.hide()
            return
        self.views.setCurrentWidget(self.exercise_view)
        self.exercise_view.show_state(state)
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

    def _show_signs(self) -> None:
        self.break_view.show_signs()

    def _care_text(self) -> str:
        return warning_signs_html(self.evidence, lead=self.tr("Your pain is high."))

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
        self.feedback.show_score(score)

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
        engine = self.engine
        if engine is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        score = key_to_score(key)
        if score is not None and ratings_allowed(engine.phase, self.confirming_end):
            self.rate(score)
            return
        action = key_action(
            key, engine.phase, self.confirming_end, lambda: engine.state().gentle_available
        )
        own: dict[str, Callable[[], object]] = {
            "leave": self._leave,
            "resume": self._request_resume,
            "confirm_end": self.confirm_end,
            "keep_going": self.keep_going,
            "ask_end": self.ask_end,
            "signs": self._show_signs,
            "full_screen": self.full_screen_requested.emit,
        }
        if action is None:
            super().keyPressEvent(event)
        elif action in own:
            own[action]()
        elif action != IGNORE:
            self._intent(action)
