"""What each session cue sounds like: a short tone, or words said by the voice.

A voice says the prompts a person on the mat needs to hear (the exercise's name when it
is time to get ready, "Rate your pain now.", "Switch sides.", the end of the session);
short soft tones (``resources/sounds``, made by ``tools/sounds.py``) mark the rest:
start, halfway, the last 3 seconds, rest, an exercise done. Without a voice every cue is
a tone. Pure rules: no audio here.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from backcoach.domain.vocabulary import CueKind

LATE_LIMIT_S = 0.5
"""Cues later than this (the computer slept, the app stalled) stay silent, so a catch-up
never plays a burst of sounds."""

SOUND_FOR_CUE: dict[str, str] = {
    CueKind.GET_READY: "get-ready",
    CueKind.START: "start",
    CueKind.HALFWAY: "halfway",
    CueKind.COUNTDOWN_3: "countdown",
    CueKind.COUNTDOWN_2: "countdown",
    CueKind.COUNTDOWN_1: "countdown",
    CueKind.SWITCH_SIDE: "switch-side",
    CueKind.OTHER_SIDE: "switch-side",
    CueKind.REP: "countdown",  # a held rep begins (the voice says its number instead)
    CueKind.HOLD: "start",
    CueKind.RELEASE: "rest",
    CueKind.REST: "rest",
    CueKind.DONE: "done",
    CueKind.FINISHED: "finished",
    CueKind.RATE: "rate",
}
"""The tone for each cue kind: ``resources/sounds/<name>.wav``."""

SOUND_NAMES = tuple(dict.fromkeys(SOUND_FOR_CUE.values()))

SPOKEN_CUES = frozenset(
    {CueKind.GET_READY, CueKind.RATE, CueKind.SWITCH_SIDE, CueKind.FINISHED, CueKind.REP}
)
"""Cues the voice says instead of a tone (when the voice is on and works)."""

TONE_PRIORITY = (
    "finished",
    "done",
    "switch-side",
    "rate",
    "rest",
    "get-ready",
    "start",
    "halfway",
    "countdown",
)
"""When several cues fall on the same moment (an exercise ends and a rest begins), only
the first of these plays: one clear sound, not a jumble."""

COUNTDOWN_TONE = "countdown"


def sound_for(kind: str) -> str | None:
    """The tone's name for a cue kind, None for a kind with no tone."""
    return SOUND_FOR_CUE.get(kind)


def speech_for(kind: str, exercise_name: str | None = None) -> str | None:
    """What the voice says for a cue, None for cues that get a tone."""
    if kind == CueKind.GET_READY:
        if exercise_name:
            return QCoreApplication.translate("SessionSound", "%s. Get ready.") % exercise_name
        return QCoreApplication.translate("SessionSound", "Get ready.")
    if kind == CueKind.REP:
        # ``exercise_name`` carries the rep's words here ("Rep 3 of 5").
        return exercise_name or None
    if kind == CueKind.RATE:
        return QCoreApplication.translate("SessionSound", "Rate your pain now.")
    if kind == CueKind.SWITCH_SIDE:
        return QCoreApplication.translate("SessionSound", "Switch sides.")
    if kind == CueKind.FINISHED:
        return QCoreApplication.translate("SessionSound", "Well done. Session complete.")
    return None


def rep_words(number: int, total: int) -> str:
    return QCoreApplication.translate("SessionSound", "Rep %d of %d.") % (number, total)


def words_for(cues: Iterable[tuple[str, str | None]]) -> list[str]:
    """The words for the spoken cues of one moment, in order (a cue and its name)."""
    return [speech_for(kind, name) or "" for kind, name in cues if kind in SPOKEN_CUES]


def tone_for(cues: Iterable[tuple[str, str | None]]) -> str | None:
    """The one tone for the cues of one moment (``TONE_PRIORITY``), None if none has one."""
    names = {sound_for(kind) for kind, _ in cues}
    return next((n for n in TONE_PRIORITY if n in names), None)
