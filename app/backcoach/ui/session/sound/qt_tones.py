"""Tones through QtMultimedia: one preloaded QSoundEffect per tone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject

from backcoach import resources
from backcoach.ui.session.sound import devices
from backcoach.ui.session.sound.cues import SOUND_NAMES


class QtTones:
    """One preloaded QSoundEffect per tone on the default audio output."""

    def __init__(self, parent: QObject, folder: Path | None = None) -> None:
        if devices.headless():
            raise devices.Unavailable("offscreen platform")
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        if not devices.audio_outputs():
            raise devices.Unavailable("no audio output device")
        folder = folder or resources.path("sounds")
        self._effects: dict[str, Any] = {}
        for name in SOUND_NAMES:
            path = folder / f"{name}.wav"
            if not path.is_file():
                raise devices.Unavailable(f"sound file missing: {path}")
            effect = QSoundEffect(parent)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[name] = effect

    def play(self, name: str, volume: float) -> None:
        from PySide6.QtMultimedia import QSoundEffect, QtAudio

        effect = self._effects.get(name)
        if effect is None:
            return
        if effect.status() == QSoundEffect.Status.Error:
            devices.report_once("Session tones off: the audio device cannot play the sound files")
            return
        scale = QtAudio.VolumeScale
        # the setting is a loudness slider; QSoundEffect wants a linear gain
        effect.setVolume(
            QtAudio.convertVolume(volume, scale.LogarithmicVolumeScale, scale.LinearVolumeScale)
        )
        effect.play()

    def close(self) -> None:
        for effect in self._effects.values():
            effect.stop()
            effect.deleteLater()
        self._effects.clear()
