"""What this machine can play: audio outputs, speech engines, and whether anyone listens.

Callers use these through the module (``devices.headless()``) so tests can stand in.
"""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class Unavailable(Exception):
    """This machine cannot play that kind of sound; the message says why."""


_reported: set[str] = set()


def report_once(message: str) -> None:
    """Log at info level, once per message: a missing device is not worth a warning."""
    if message not in _reported:
        _reported.add(message)
        log.info("%s", message)


def audio_outputs() -> list[Any]:
    from PySide6.QtMultimedia import QMediaDevices

    return list(QMediaDevices.audioOutputs())


def speech_engines() -> list[str]:
    from PySide6.QtTextToSpeech import QTextToSpeech

    # "mock" is Qt's test engine: it reports voices but makes no sound.
    return [name for name in QTextToSpeech.availableEngines() if name != "mock"]


def headless() -> bool:
    """True on Qt's offscreen platform (tests, screenshots, the smoke test): nobody is
    there to listen, and a developer's laptop should not beep through the test suite."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() == "offscreen"
