"""The main window's session glue: start a routine, carry on with one ended early or
stopped by a crash, show the full-window session and come back to Home after it.

``window`` is the ``MainWindow`` (typed Any: this module must not import the module that
imports it, see tests/test_import_cycles.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from backcoach import APP_NAME
from backcoach.ui import window_refresh

if TYPE_CHECKING:
    from backcoach.domain.routines import Routine
    from backcoach.domain.session import SessionEngine, SessionSummaryData


def start_session(window: Any, routine: Routine, *, keep_active: bool = False) -> None:
    """Use this routine from now on, and run it full-window (``keep_active``: a
    one-off, such as today's lighter session, that does not become the routine)."""
    from backcoach.services import onboarding, session_resume, sessions
    from backcoach.services.session_recorder import SessionRecorder

    if not keep_active:
        onboarding.set_active_routine(window.context, routine.id)
    engine = sessions.new_engine(window.context, routine)
    engine.start()
    # A new session: the one ended early before it can no longer be carried on.
    session_resume.forget(window.context.store)
    window.recorder = SessionRecorder(window.context.store, engine, routine)
    show_session(window, engine, routine)


def resume_just_ended(window: Any) -> bool:
    """Carry on with the session ended early a few minutes ago (within
    ``session_resume.RESUME_WINDOW_S``, across a restart too), from where it stopped:
    the exercise under way starts again from its first set, paused. The stored record
    goes on: one session. True if it did."""
    from backcoach.services import session_resume

    ended = session_resume.pending(window.context.store, window.now())
    carried = (
        None if ended is None else session_resume.carry_on(window.context, ended, window.now())
    )
    if ended is None or carried is None:
        window.refresh_home()
        return False
    engine, window.recorder = carried
    show_session(window, engine, ended.routine)
    return True


def can_carry_on(window: Any) -> bool:
    from backcoach.services import session_resume

    return session_resume.pending(window.context.store, window.now()) is not None


def remember_just_ended(window: Any, event: object) -> None:
    """Engine listener: a session ended early is kept to carry on with (from its
    summary, or Home for a few minutes, even after a restart)."""
    from backcoach.domain.session.events import Phase, PhaseChanged
    from backcoach.services import session_resume

    if not isinstance(event, PhaseChanged) or event.new is not Phase.DONE:
        return
    point, recorder = window.session.resume_point, window.recorder
    engine = window.session.engine
    ended_early = engine is not None and engine.state().ended_early
    routine = window._running_routine
    if point is None or recorder is None or routine is None or not ended_early:
        return
    session_resume.remember(window.context.store, recorder.session_id, routine, point, window.now())


def resume_from_summary(window: Any) -> None:
    window.session.stop()
    if not resume_just_ended(window):
        session_finished(window, None)


def resume_interrupted_session(window: Any) -> bool:
    """After a crash: offer to carry on where the session stopped, or keep what was
    done. True if a session was resumed."""
    from backcoach.services import sessions

    saved = sessions.saved_session(window.context.store)
    if saved is None:
        return False
    # Imported when asking: at module level PySide6 would build QMessageBox and its enums
    # at every start (~1.5 ms before the first paint).
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        window,
        APP_NAME,
        QCoreApplication.translate(
            "MainWindow",
            "Your last session stopped before it was finished. Everything you did was "
            "saved.\n\nDo you want to carry on where you stopped?",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes and continue_saved_session(window, saved):
        return True
    sessions.close_interrupted(window.context.store, saved)
    window.refresh_home()
    return False


def continue_saved_session(window: Any, saved: dict[str, Any]) -> bool:
    from backcoach.services import sessions
    from backcoach.services.session_recorder import SessionRecorder

    resumed = sessions.resume(window.context, saved)
    if resumed is None:
        sessions.close_interrupted(window.context.store, saved)
        return False
    engine, routine = resumed
    window.recorder = SessionRecorder.resume(window.context.store, engine, routine, saved)
    show_session(window, engine, routine)
    return True


def show_session(window: Any, engine: SessionEngine, routine: Routine) -> None:
    window._running_routine = routine
    # After the recorder's own listener: the record is ended when this one hears it.
    engine.add_listener(lambda event: remember_just_ended(window, event))
    window.sidebar.hide()
    session = window.session
    window.stack.setCurrentWidget(session)
    session.player.set_reduce_motion(window.context.reduce_motion)
    session.minutes_provider = lambda: session_minutes(window)
    session.run(engine, routine.name, lambda: goal_text(window), settings=window.context.setting)


def session_minutes(window: Any) -> float | None:
    """The running session's minutes as stored: the same count Home and Progress use."""
    from backcoach.services import sessions

    if window.recorder is None:
        return None
    minutes: float | None = sessions.recorded_minutes(window.context, window.recorder.session_id)
    return minutes


def goal_text(window: Any) -> str:
    from backcoach.services import plans

    state = plans.home_state(window.context, window.today())
    minutes = round(state.minutes_today)  # as Home and Progress show it
    if minutes >= state.goal_min:
        return QCoreApplication.translate(
            "MainWindow", "Today: %d minutes. Today's goal of %d minutes is reached."
        ) % (minutes, state.goal_min)
    return QCoreApplication.translate("MainWindow", "Today: %d of %d minutes.") % (
        minutes,
        state.goal_min,
    )


def session_finished(window: Any, summary: SessionSummaryData | None) -> None:
    window.recorder = None
    window_refresh.refresh_progress(window)
    window.sidebar.show()
    if window.isFullScreen():
        window.showNormal()
    window.show_screen("home")
