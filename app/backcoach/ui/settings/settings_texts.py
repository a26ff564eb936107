"""Choices and explanations the Settings screen shows, in one place."""

from __future__ import annotations

THEME_CHOICES = (
    ("system", "Follow the computer"),
    ("light", "Light"),
    ("dark", "Dark"),
)

TEXT_SIZE_CHOICES = (
    (1.0, "Normal (100%)"),
    (1.25, "Large (125%)"),
    (1.5, "Larger (150%)"),
    (2.0, "Largest (200%)"),
)

SHORT_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# CLINICAL.md section 1 and 2 (Childs et al. 2005; the article's 2-point rule).
PAIN_RULE = (
    "BackCoach suggests a break when your pain rises this many points above where you "
    "started. 2 is the usual choice: a smaller change can be chance (Childs et al., "
    "Spine 2005). Change it only if your physiotherapist suggests it."
)

# CLINICAL.md section 6 (the article).
DAILY_GOAL = (
    "Even 15 minutes of exercise a day can help low back pain; doing it regularly matters "
    "most (from the clinic's article)."
)

REST_AS_PLANNED = "As each exercise says"
