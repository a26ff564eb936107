"""Choices and explanations the Settings screen shows, in one place.

English source strings marked with ``QT_TRANSLATE_NOOP`` (lupdate extracts them); the
page translates them at display (``SettingsPage.tr``). Weekday names come from Qt's
locale (``QLocale.dayName``), not from here.
"""

from __future__ import annotations

from backcoach.ui.translate_noop import QT_TRANSLATE_NOOP

THEME_CHOICES = (
    ("system", QT_TRANSLATE_NOOP("SettingsPage", "Follow the computer")),
    ("light", QT_TRANSLATE_NOOP("SettingsPage", "Light")),
    ("dark", QT_TRANSLATE_NOOP("SettingsPage", "Dark")),
)

TEXT_SIZE_CHOICES = (
    (1.0, QT_TRANSLATE_NOOP("SettingsPage", "Normal (100%)")),
    (1.25, QT_TRANSLATE_NOOP("SettingsPage", "Large (125%)")),
    (1.5, QT_TRANSLATE_NOOP("SettingsPage", "Larger (150%)")),
    (2.0, QT_TRANSLATE_NOOP("SettingsPage", "Largest (200%)")),
)

# docs/clinical-rules.md: the pain rule (Childs et al. 2005; the article's rule).
PAIN_RULE = QT_TRANSLATE_NOOP(
    "SettingsPage",
    "BackCoach suggests a break when your pain rises this many points above where you "
    "started. 2 is the usual choice: a smaller change can be chance (Childs et al., "
    "Spine 2005). Change it only if your physiotherapist suggests it.",
)

# docs/clinical-rules.md: dose and habit (the article).
DAILY_GOAL = QT_TRANSLATE_NOOP(
    "SettingsPage",
    "The clinic's article reports that about a quarter of an hour a day already helps low "
    "back pain, and that sticking to a regular schedule is what brings results.",
)

REST_AS_PLANNED = QT_TRANSLATE_NOOP("SettingsPage", "As each exercise says")

NO_TRAY = QT_TRANSLATE_NOOP(
    "SettingsPage",
    "Your desktop has no notification area, so BackCoach cannot keep running in the "
    "background: closing its window quits it, as usual. Reminders come only while "
    "BackCoach is open, as a flashing BackCoach button in your task bar. To be reminded "
    "when it is closed, use “Add to my calendar…” below.",
)

NO_AUDIO_OUTPUT = QT_TRANSLATE_NOOP(
    "SettingsPage",
    "BackCoach found no speakers or headphones on this computer, so sounds and the voice "
    "are off for now. Plug some in or turn them on and this changes by itself; your "
    "choices are kept.",
)

NO_VOICE = QT_TRANSLATE_NOOP(
    "SettingsPage",
    "No voice is installed on this computer, so BackCoach plays soft tones instead of "
    "saying the prompts.",
)

NO_VOICE_LINUX = QT_TRANSLATE_NOOP(
    "SettingsPage", "On Debian or Ubuntu, the speech-dispatcher and espeak-ng packages add one."
)

LANGUAGE_SYSTEM = QT_TRANSLATE_NOOP("SettingsPage", "Follow the computer")
LANGUAGE_RESTART = QT_TRANSLATE_NOOP(
    "SettingsPage",
    "The new language applies the next time you open BackCoach: close it and open it again.",
)
