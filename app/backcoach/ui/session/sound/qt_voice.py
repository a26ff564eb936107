"""The voice through QtTextToSpeech (every platform but Linux with spd-say)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from backcoach.ui.session.sound import devices


class QtVoice:
    """The platform's speech engine, with an English voice (the prompts' language)."""

    def __init__(self, parent: QObject) -> None:
        if devices.headless():
            raise devices.Unavailable("offscreen platform")
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech

        engines = devices.speech_engines()
        if not engines:
            raise devices.Unavailable("no text-to-speech engine")
        self._tts: Any = None
        for engine in engines:
            tts = QTextToSpeech(engine, parent)
            if tts.state() == QTextToSpeech.State.Error or not tts.availableVoices():
                tts.deleteLater()
                continue
            if tts.locale().language() != QLocale.Language.English:
                english = [
                    locale
                    for locale in tts.availableLocales()
                    if locale.language() == QLocale.Language.English
                ]
                if not english:
                    tts.deleteLater()
                    continue
                tts.setLocale(english[0])
            tts.errorOccurred.connect(self._failed)
            self._tts = tts
            break
        if self._tts is None:
            raise devices.Unavailable(f"no working voice (engines: {', '.join(engines)})")
        self.broken = False

    def _failed(self, _reason: Any, message: str) -> None:
        self.broken = True
        devices.report_once(f"Session voice stopped working, using tones instead: {message}")

    def say(self, text: str, volume: float) -> None:
        self._tts.setVolume(volume)
        self._tts.say(text)

    def speaking(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        states = (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)
        return bool(self._tts.state() in states)

    def stop(self) -> None:
        self._tts.stop()

    def close(self) -> None:
        self.stop()
