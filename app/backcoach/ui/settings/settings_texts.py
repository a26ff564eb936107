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

# docs/clinical-rules.md: the pain rule (Childs et al. 2005; the article's rule).
PAIN_RULE = (
    "BackCoach suggests a break when your pain rises this many points above where you "
    "started. 2 is the usual choice: a smaller change can be chance (Childs et al., "
    "Spine 2005). Change it only if your physiotherapist suggests it."
)

# docs/clinical-rules.md: dose and habit (the article).
DAILY_GOAL = (
    "The clinic's article reports that about a quarter of an hour a day already helps low "
    "back pain, and that sticking to a regular schedule is what brings results."
)

REST_AS_PLANNED = "As each exercise says"
