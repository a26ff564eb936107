"""Words the session screen shows for each phase and rating, in one place.

The tables hold English source strings marked with ``QT_TRANSLATE_NOOP`` (so lupdate
extracts them); the screen shows them through ``text()``, which translates at display.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backcoach.domain.session.events import Phase
from backcoach.domain.vocabulary import RatingPhase
from backcoach.ui.translate_noop import QT_TRANSLATE_NOOP

CONTEXT = "SessionPage"

PHASE_LABELS = {
    Phase.GET_READY: QT_TRANSLATE_NOOP("SessionPage", "Get ready"),
    Phase.WORK: QT_TRANSLATE_NOOP("SessionPage", "Hold"),
    Phase.SWITCH_SIDE: QT_TRANSLATE_NOOP("SessionPage", "Switch sides"),
    Phase.REST: QT_TRANSLATE_NOOP("SessionPage", "Rest"),
    Phase.BREAK_REST: QT_TRANSLATE_NOOP("SessionPage", "Rest, then rate again"),
}

RATING_QUESTIONS = {
    RatingPhase.BASELINE: QT_TRANSLATE_NOOP(
        "SessionPage", "Before you start: how much does your back hurt right now?"
    ),
    RatingPhase.BEFORE: QT_TRANSLATE_NOOP("SessionPage", "How is your pain before this exercise?"),
    RatingPhase.DURING: QT_TRANSLATE_NOOP("SessionPage", "Quick check: how is your pain now?"),
    RatingPhase.RE_RATE: QT_TRANSLATE_NOOP("SessionPage", "After your rest: how is your pain now?"),
    RatingPhase.AFTER: QT_TRANSLATE_NOOP("SessionPage", "All done. How is your pain now?"),
}
AFTER_EARLY_QUESTION = QT_TRANSLATE_NOOP(
    "SessionPage", "Session ended early. How is your pain now?"
)

KEY_HINT = QT_TRANSLATE_NOOP(
    "SessionPage",
    "Space pause · ← back · → skip · Enter done · M more time · 0–9 or + rate · Esc end · "
    "F11 full screen",
)

ENCOURAGEMENT = (
    QT_TRANSLATE_NOOP(
        "SessionPage",
        "Some pain while exercising is normal and does not mean you are harming your back.",
    ),
    QT_TRANSLATE_NOOP(
        "SessionPage",
        "Feeling a bit sore for a day or two after new exercise is normal; it fades as your "
        "body gets used to it.",
    ),
    QT_TRANSLATE_NOOP(
        "SessionPage", "Doing a little most days matters more than which exercises you choose."
    ),
)
STAGE_WORDS = {
    "move": QT_TRANSLATE_NOOP("SessionPage", "Move into position"),
    "hold": QT_TRANSLATE_NOOP("SessionPage", "Hold"),
    "release": QT_TRANSLATE_NOOP("SessionPage", "Release"),
}


def text(source: str) -> str:
    """One of this file's English strings in the language in use."""
    return QCoreApplication.translate(CONTEXT, source)
