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

NO_TRAY = (
    "Your desktop has no notification area, so BackCoach cannot keep running in the "
    "background: closing its window quits it, as usual. Reminders come only while "
    "BackCoach is open, as a flashing BackCoach button in your task bar. To be reminded "
    "when it is closed, use “Add to my calendar…” below."
)

NO_AUDIO_OUTPUT = (
    "BackCoach found no speakers or headphones on this computer, so sounds and the voice "
    "are off for now. Plug some in or turn them on and this changes by itself; your "
    "choices are kept."
)

NO_VOICE = (
    "No voice is installed on this computer, so BackCoach plays soft tones instead of "
    "saying the prompts."
)

NO_VOICE_LINUX = "On Debian or Ubuntu, the speech-dispatcher and espeak-ng packages add one."
