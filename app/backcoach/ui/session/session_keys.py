"""What each key does during a session, phase by phase: the whole keyboard map in one
place, without Qt widgets, so the page only carries the answer out.

Answers are an engine intent's name (``"skip"``, ``"break_rest"``, ...), one of the
page's own actions in ``PAGE_ACTIONS``, ``IGNORE`` (the key is taken and does nothing),
or None (not a session key: the widget's default handling applies). Digit keys (pain
ratings) are the page's to check first: see ``pain_scale.key_to_score``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from backcoach.domain.session.events import Phase

IGNORE = "ignore"
PAGE_ACTIONS = ("leave", "resume", "confirm_end", "keep_going", "ask_end", "signs")
"""Answers the page handles itself; "full_screen" too (a signal)."""

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def ratings_allowed(phase: Phase, confirming_end: bool) -> bool:
    """Digit keys rate, except on the summary and while "End the session?" is asked."""
    return phase is not Phase.DONE and not confirming_end


def key_action(
    key: int, phase: Phase, confirming_end: bool, gentle_available: Callable[[], bool]
) -> str | None:
    """The action for ``key``; ``gentle_available`` is asked only on the high-pain screen."""
    if phase is Phase.DONE:
        if key in (*_ENTER, Qt.Key.Key_Escape, Qt.Key.Key_Space):
            return "leave"
        return "resume" if key == Qt.Key.Key_C else IGNORE
    if confirming_end:
        if key == Qt.Key.Key_E:
            return "confirm_end"
        return "keep_going" if key in (*_ENTER, Qt.Key.Key_Escape) else IGNORE
    if phase is Phase.HIGH_PAIN:
        enter = "high_pain_gentle" if gentle_available() else "high_pain_full"
        actions: dict[int, str] = {
            Qt.Key.Key_Return: enter,
            Qt.Key.Key_Enter: enter,
            Qt.Key.Key_F: "high_pain_full",
            Qt.Key.Key_Escape: "high_pain_not_today",
        }
    elif phase is Phase.BREAK:
        if key == Qt.Key.Key_W:
            return "signs"
        actions = {
            Qt.Key.Key_R: "break_rest",
            Qt.Key.Key_E: "break_easier",
            Qt.Key.Key_S: "break_skip",
        }
        if key == Qt.Key.Key_Escape:
            return "ask_end"
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
            return "ask_end"
    if key in actions:
        return actions[key]
    return "full_screen" if key == Qt.Key.Key_F11 else None
