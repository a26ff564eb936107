"""Words the session screen shows for each phase and rating, in one place."""

from __future__ import annotations

from backcoach.domain.session.events import Phase
from backcoach.domain.vocabulary import RatingPhase

PHASE_LABELS = {
    Phase.GET_READY: "Get ready",
    Phase.WORK: "Hold",
    Phase.SWITCH_SIDE: "Switch sides",
    Phase.REST: "Rest",
    Phase.BREAK_REST: "Rest, then rate again",
}

RATING_QUESTIONS = {
    RatingPhase.BASELINE: "Before you start: how much does your back hurt right now?",
    RatingPhase.BEFORE: "How is your pain before this exercise?",
    RatingPhase.DURING: "Quick check: how is your pain now?",
    RatingPhase.RE_RATE: "After your rest: how is your pain now?",
    RatingPhase.AFTER: "All done. How is your pain now?",
}
AFTER_EARLY_QUESTION = "Session ended early. How is your pain now?"

KEY_HINT = (
    "Space pause · ← back · → skip · Enter done · M more time · 0–9 or + rate · Esc end · "
    "F11 full screen"
)

ENCOURAGEMENT = (
    "Some pain while exercising is normal and does not mean you are harming your back.",
    "Feeling a bit sore for a day or two after new exercise is normal; it fades as your "
    "body gets used to it.",
    "Doing a little most days matters more than which exercises you choose.",
)
