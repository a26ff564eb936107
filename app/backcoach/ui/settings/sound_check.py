"""Can this computer play BackCoach's sounds and say its prompts? Settings asks, so its
switches never look as if they work when nothing can be heard.

Two answers: an audio output (speakers, headphones) and a voice. The voice needs an
output too; on Linux it is Speech Dispatcher's ``spd-say`` when installed (as in a
session, see ``sound.player.platform_voice``), asked in the background which speech
modules it has; elsewhere a Qt text-to-speech engine. The output answer follows devices
plugged in or out while Settings is open.
"""

from __future__ import annotations

import logging
import shutil
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

VoiceProbe = Callable[[QObject, Callable[[bool], None]], None]
"""Starts finding out whether a voice works; calls back with the answer (maybe later)."""


def audio_output_found() -> bool:
    try:
        from backcoach.ui.session.sound import devices

        return bool(devices.audio_outputs())
    except Exception as error:  # a missing QtMultimedia plug-in: no sound either way
        log.info("no audio outputs: %s", error)
        return False


def probe_voice(parent: QObject, answer: Callable[[bool], None]) -> None:
    """spd-say's speech modules on Linux (in the background), else Qt's engines. On
    Qt's offscreen platform (tests, screenshots) no speech server is started."""
    from backcoach.ui.session.sound import devices

    linux = sys.platform.startswith("linux") and not devices.headless()
    program = shutil.which("spd-say") if linux else None
    if program:
        _ask_speech_dispatcher(parent, program, answer)
        return
    try:
        answer(bool(devices.speech_engines()))
    except Exception as error:
        log.info("no text-to-speech: %s", error)
        answer(False)


def _ask_speech_dispatcher(parent: QObject, program: str, answer: Callable[[bool], None]) -> None:
    from PySide6.QtCore import QProcess

    from backcoach.ui.session.sound.spd_say import speech_modules

    process = QProcess(parent)
    process.setProgram(program)
    process.setArguments(["--list-output-modules"])

    def finished(code: int, _status: QProcess.ExitStatus) -> None:
        listing = bytes(process.readAllStandardOutput().data()).decode(errors="replace")
        answer(code == 0 and bool(speech_modules(listing)))
        process.deleteLater()

    def failed(_error: QProcess.ProcessError) -> None:
        if process.state() == QProcess.ProcessState.NotRunning:
            answer(False)
            process.deleteLater()

    process.finished.connect(finished)
    process.errorOccurred.connect(failed)
    process.start()


class SoundCheck(QObject):
    """``output`` and ``voice``: True, False, or None while not known yet. ``changed``
    after each new answer."""

    changed = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        outputs: Callable[[], bool] = audio_output_found,
        voice_probe: VoiceProbe = probe_voice,
        follow_devices: bool = True,
    ) -> None:
        super().__init__(parent)
        self._outputs = outputs
        self._voice_probe = voice_probe
        self._follow_devices = follow_devices
        self._devices: QObject | None = None  # a QMediaDevices once following
        self.output: bool | None = None
        self.voice_engine: bool | None = None

    @property
    def voice(self) -> bool | None:
        """A voice that can be heard: an engine and an output to play it on."""
        if self.output is False or self.voice_engine is False:
            return False
        if self.output is None or self.voice_engine is None:
            return None
        return True

    def start(self) -> None:
        self.output = self._outputs()
        if self._follow_devices and self._devices is None:
            self._watch_devices()
        self.changed.emit()
        self._voice_probe(self, self._voice_found)

    def _voice_found(self, found: bool) -> None:
        self.voice_engine = found
        self.changed.emit()

    def _watch_devices(self) -> None:
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError:
            return
        devices = QMediaDevices(self)
        devices.audioOutputsChanged.connect(self._devices_changed)
        self._devices = devices

    def _devices_changed(self) -> None:
        self.output = self._outputs()
        self.changed.emit()
