"""The voice on Linux: Speech Dispatcher's own command-line client, ``spd-say``."""

from __future__ import annotations

import shutil
import time
from typing import Any

from PySide6.QtCore import QObject

from backcoach.ui.session.sound import devices

SPEECH_CHARS_PER_S = 14.0
"""About how fast espeak-ng says our prompts (measured: "Side plank. Get ready." 1.6 s)."""


def speech_modules(listing: str) -> list[str]:
    """The real speech modules in ``spd-say --list-output-modules`` output: not the
    heading, and not "dummy" (which only plays a recorded apology)."""
    lines = (line.strip() for line in listing.splitlines())
    return [m for m in lines if m and m not in ("OUTPUT MODULES", "dummy")]


class SpdSayVoice:
    """Speech Dispatcher's own command-line client, ``spd-say``, for Linux.

    QtTextToSpeech's speechd plug-in lists every voice of every speech module when it
    starts: 1.4 to 2.4 s here with espeak-ng, a frozen session screen each time. spd-say
    starts in milliseconds and runs beside the app. ``--wait`` keeps it running until
    Speech Dispatcher reports the words spoken, which comes about half a second late, so
    ``speaking()`` also ends when the words should be over: the first countdown tick after
    "Side plank. Get ready." is not swallowed.
    """

    def __init__(self, parent: QObject, program: str | None = None) -> None:
        if program is None:
            if devices.headless():
                raise devices.Unavailable("offscreen platform")
            program = shutil.which("spd-say")
        if not program:
            raise devices.Unavailable("spd-say (speech-dispatcher) is not installed")
        self._program = program
        self._process: Any = None
        self._check: Any = None
        self._said = 0  # how many times say() ran: tells the current process's end
        self._speech_ends = 0.0
        self.broken = False
        self.ready = False
        """True once Speech Dispatcher has shown a real speech module: with only its
        "dummy" module it would play a recorded apology instead of our words."""
        self._check_modules()

    def _check_modules(self) -> None:
        from PySide6.QtCore import QProcess

        check = QProcess()
        check.setProgram(self._program)
        check.setArguments(["--list-output-modules"])
        check.errorOccurred.connect(self._failed)
        check.finished.connect(lambda code, _status: self._modules_listed(code))
        self._check = check
        check.start()

    def _modules_listed(self, code: int) -> None:
        if self._check is None:
            return
        text = bytes(self._check.readAllStandardOutput().data()).decode(errors="replace")
        if code == 0 and speech_modules(text):
            self.ready = True
        else:
            self.broken = True
            devices.report_once("Session voice off: Speech Dispatcher has no speech module")

    def say(self, text: str, volume: float) -> None:
        from PySide6.QtCore import QProcess

        self.stop()
        process = QProcess()
        process.setProgram(self._program)
        process.setArguments(
            [
                "--wait",
                "--application-name",
                "BackCoach",
                "--language",
                "en",
                "--volume",
                str(round((volume - 0.5) * 200)),  # -100..100, as Qt's speechd plug-in
                "--",
                text,
            ]
        )
        self._said += 1
        process.errorOccurred.connect(self._failed)
        process.finished.connect(lambda code, status, n=self._said: self._ended(n, code, status))
        self._process = process
        self._speech_ends = time.monotonic() + 0.2 + len(text) / SPEECH_CHARS_PER_S
        process.start()

    def _failed(self, error: Any) -> None:
        from PySide6.QtCore import QProcess

        if error == QProcess.ProcessError.FailedToStart:  # not our own kill in stop()
            self.broken = True
            devices.report_once(f"Session voice off: could not start {self._program}")

    def _ended(self, number: int, code: int, status: Any) -> None:
        from PySide6.QtCore import QProcess

        current = number == self._said and self._process is not None
        if current and status == QProcess.ExitStatus.NormalExit and code:
            self.broken = True
            devices.report_once(f"Session voice off: spd-say ended with code {code}")

    def speaking(self) -> bool:
        from PySide6.QtCore import QProcess

        process = self._process
        if process is None or process.state() == QProcess.ProcessState.NotRunning:
            return False
        return time.monotonic() < self._speech_ends

    def stop(self) -> None:
        """Stop our client; words the server already has may finish (a cancel would cut
        off every program's speech, a screen reader's too)."""
        process, self._process = self._process, None
        end_process(process)

    def close(self) -> None:
        self.stop()
        check, self._check = self._check, None
        end_process(check)


def end_process(process: Any) -> None:
    """Kill a QProcess now and send nothing more; the caller then drops it.

    The processes have no Qt parent and belong to Python alone, and are never dropped
    inside their own signals: a child QProcess deleted by its parent while a
    ``deleteLater`` was pending crashed the interpreter (SIGBUS) here."""
    from PySide6.QtCore import QProcess

    if process is None:
        return
    process.blockSignals(True)
    if process.state() != QProcess.ProcessState.NotRunning:
        process.kill()
        process.waitForFinished(1000)  # SIGKILL: a millisecond or two
