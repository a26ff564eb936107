"""The exercise under way, as the session page shows it: the figure moving in time with
the rep, the big timer, which rep and set and side, the cue and what comes next.

Texts keep the "SessionPage" translation context they had when they lived there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from backcoach import resources
from backcoach.domain.session.events import Phase
from backcoach.domain.session.state import SessionState
from backcoach.domain.vocabulary import PauseReason
from backcoach.ui.session.figure_sync import FigureSync
from backcoach.ui.session.session_texts import PHASE_LABELS, STAGE_WORDS
from backcoach.ui.session.session_texts import text as session_text
from backcoach.ui.session.session_views import button, label
from backcoach.ui.widgets.big_timer import BigTimer, format_seconds
from backcoach.ui.widgets.figure_player import FigurePlayer


class ExerciseView(QWidget):
    """The exercise under way: the figure, the timer, the rep and set, the cue."""

    def __init__(self) -> None:
        super().__init__()
        self._frames_for: str | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        row = QHBoxLayout()
        self.player = FigurePlayer()
        self.figure_sync = FigureSync(self.player)
        row.addWidget(self.player, 3)
        side = QVBoxLayout()
        self.phase_label = label("", 22, bold=True)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer = BigTimer()
        # "Rep 3 of 5": readable from the mat.
        self.rep_label = label("", 30, bold=True)
        self.rep_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rep_label.hide()
        self.set_label = label("", 18)
        self.set_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = button(
            QCoreApplication.translate("SessionPage", "Set done (Enter)"), primary=True
        )
        self.more_time_button = button(QCoreApplication.translate("SessionPage", "More time (M)"))
        side.addWidget(self.phase_label)
        side.addWidget(self.rep_label)
        side.addWidget(self.timer, 1)
        side.addWidget(self.set_label)
        side.addWidget(self.done_button)
        side.addWidget(self.more_time_button)
        row.addLayout(side, 2)
        column.addLayout(row, 1)
        self.name_label = label("", 30, bold=True)
        self.cue_label = label("", 20)
        self.next_label = label("", 14)
        self.next_label.setProperty("role", "muted")
        self.paused_banner = label(
            QCoreApplication.translate("SessionPage", "Paused. Press Space to carry on."),
            20,
            bold=True,
        )
        self.paused_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paused_banner.hide()
        column.addWidget(self.paused_banner)
        column.addWidget(self.name_label)
        column.addWidget(self.cue_label)
        column.addWidget(self.next_label)

    def forget_figure(self) -> None:
        """A new session: load the figure afresh even for the same exercise."""
        self._frames_for = None

    def show_state(self, state: SessionState) -> None:
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
            QCoreApplication.translate("SessionPage", "Next: %s") % state.next_name
            if state.next_name
            else QCoreApplication.translate("SessionPage", "Last exercise")
        )
        phase = state.phase
        text = session_text(PHASE_LABELS[phase]) if phase in PHASE_LABELS else ""
        rep = state.rep if phase is Phase.WORK else None
        if rep is not None:
            text = session_text(STAGE_WORDS[rep.stage])
        elif phase is Phase.WORK and state.rep_based:
            reps = planned.dose.reps or 0
            if state.alternating:
                text = (
                    QCoreApplication.translate(
                        "SessionPage", "%d reps each side, changing side each time; then Enter"
                    )
                    % reps
                )
            else:
                text = QCoreApplication.translate("SessionPage", "Do %d reps, then Enter") % reps
        if phase is Phase.GET_READY:
            text = QCoreApplication.translate("SessionPage", "Get ready · M: more time")
        elif phase is Phase.BREAK_REST and state.settled_in_rest is not None:
            # The rating was taken: the rest goes on, and the user may go on now.
            text = QCoreApplication.translate(
                "SessionPage", "Settled at %d · rest on, or Enter: go on now"
            ) % (state.settled_in_rest)
        # Set once per redraw: changing a label's text twice re-lays the whole page.
        self.phase_label.setText(text)
        # Each part stays whole; a long line breaks at the dots ("Lado / izquierdo" no).
        parts = (part.replace(" ", "\u00a0") for part in _set_parts(state))
        self.set_label.setText("  ·  ".join(parts))
        self.rep_label.setVisible(rep is not None)
        self.more_time_button.setVisible(state.can_more_time)
        if rep is not None:
            self.rep_label.setText(
                QCoreApplication.translate("SessionPage", "Rep %d of %d") % (rep.number, rep.total)
            )
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
                QCoreApplication.translate(
                    "SessionPage", "Paused while the computer was asleep. Press Space to carry on."
                )
            )
        elif state.paused:
            self.paused_banner.setText(
                QCoreApplication.translate("SessionPage", "Paused. Press Space to carry on.")
            )


def _set_parts(state: SessionState) -> list[str]:
    """'Set 1 of 2', and which side, for the line under the timer."""
    phase = state.phase
    parts = []
    if state.sets_total and state.set_number is not None:
        text = QCoreApplication.translate("SessionPage", "Set %d of %d") % (
            state.set_number,
            state.sets_total,
        )
        if phase in (Phase.REST, Phase.GET_READY) and state.set_number > 1:
            # The set is still to come: never "Set 2 of 2" as if it were under way.
            text = QCoreApplication.translate("SessionPage", "Next: set %d of %d") % (
                state.set_number,
                state.sets_total,
            )
        parts.append(text)
    if state.side and state.alternating and phase is Phase.WORK:
        parts.append(
            QCoreApplication.translate("SessionPage", "Now to the left")
            if state.side == "left"
            else QCoreApplication.translate("SessionPage", "Now to the right")
        )
    elif state.side:
        parts.append(
            QCoreApplication.translate("SessionPage", "Left side")
            if state.side == "left"
            else QCoreApplication.translate("SessionPage", "Right side")
        )
    elif state.alternating:
        parts.append(QCoreApplication.translate("SessionPage", "Alternate sides"))
    return parts
