"""``SessionSound``: listens to the session engine's cues and plays them.

It asks ``cues`` which tone or words each moment gets, reads ``settings`` at every cue,
and plays through the back ends (``qt_tones``, and ``spd_say`` or ``qt_voice``), built
on first use. Cues more than ``LATE_LIMIT_S`` late stay silent.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sys
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer

from backcoach.domain.session.events import Cue, PauseChanged, Phase
from backcoach.domain.vocabulary import CueKind
from backcoach.ui.session.sound import devices
from backcoach.ui.session.sound.cues import (
    COUNTDOWN_TONE,
    LATE_LIMIT_S,
    SOUND_FOR_CUE,
    rep_words,
    tone_for,
    words_for,
)
from backcoach.ui.session.sound.qt_tones import QtTones
from backcoach.ui.session.sound.qt_voice import QtVoice
from backcoach.ui.session.sound.settings import SettingLookup, SoundSettings, default_setting
from backcoach.ui.session.sound.spd_say import SpdSayVoice

log = logging.getLogger(__name__)


class Tones(Protocol):
    """Optional too: ``close()`` (free everything)."""

    def play(self, name: str, volume: float) -> None: ...


class Voice(Protocol):
    """Optional too: ``ready`` (False while starting), ``broken`` (stopped working) and
    ``close()`` (free everything; ``stop()`` stands in)."""

    def say(self, text: str, volume: float) -> None: ...

    def speaking(self) -> bool: ...

    def stop(self) -> None: ...


def platform_voice(parent: QObject) -> Voice:
    """spd-say on Linux when it is there, otherwise QtTextToSpeech."""
    if sys.platform.startswith("linux") and not devices.headless() and shutil.which("spd-say"):
        return SpdSayVoice(parent)
    return QtVoice(parent)


def voice_ready(voice: Voice) -> bool:
    return bool(getattr(voice, "ready", True))


class SessionSound(QObject):
    """Plays the session's cues; ``attach(engine)`` when a session shows, ``detach()``
    when it closes.

    ``settings`` is read at every cue, so a change applies at once. The backend
    factories are for tests; each gets this object as the Qt parent and may raise.
    """

    def __init__(
        self,
        settings: SettingLookup | None = None,
        parent: QObject | None = None,
        *,
        tones_factory: Callable[[QObject], Tones] = QtTones,
        voice_factory: Callable[[QObject], Voice] = platform_voice,
    ) -> None:
        super().__init__(parent)
        self._setting = settings or default_setting
        self._factories: dict[str, Callable[[QObject], Any]] = {
            "tones": tones_factory,
            "voice": voice_factory,
        }
        self._backends: dict[str, Any] = {}
        self._engine: Any = None
        self._pending: list[tuple[str, str | None]] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self.play_pending)

    # -- wiring -------------------------------------------------------------------------
    def attach(self, engine: Any) -> None:
        """Listen to ``engine`` (a SessionEngine); loads the backends that are switched on."""
        self._unlisten()
        self._engine = engine
        engine.add_listener(self._on_event)
        choice = self.settings()
        if choice.sounds_on:
            self._backend("tones")
        if choice.voice_on:
            self._backend("voice")

    def detach(self) -> None:
        """Stop listening and free the backends (a later ``attach`` builds them again)."""
        self._unlisten()
        voice = self._backends.pop("voice", None)
        if voice is not None:
            try:
                getattr(voice, "close", voice.stop)()
            except Exception:
                log.exception("Could not stop the session voice")
        tones = self._backends.pop("tones", None)
        if tones is not None and hasattr(tones, "close"):
            tones.close()

    def _unlisten(self) -> None:
        if self._engine is not None:
            with contextlib.suppress(ValueError):
                self._engine.remove_listener(self._on_event)
        self._engine = None
        self._pending.clear()
        self._flush_timer.stop()

    def settings(self) -> SoundSettings:
        try:
            return SoundSettings.read(self._setting)
        except Exception:
            log.exception("Could not read the sound settings; using the defaults")
            return SoundSettings()

    # -- events ---------------------------------------------------------------------------
    def _on_event(self, event: object) -> None:
        if isinstance(event, Cue):
            if event.late_s > LATE_LIMIT_S or event.kind not in SOUND_FOR_CUE:
                return
            name = None
            if event.kind == CueKind.GET_READY:
                name = self._exercise_name()
            elif event.kind == CueKind.REP:
                name = self._rep_words()
            self._pending.append((event.kind, name))
            # Cues of one moment arrive together; play them as one after this call.
            self._flush_timer.start()
        elif isinstance(event, PauseChanged) and event.paused:
            self._pending.clear()
            self._stop_voice()

    def _exercise_name(self) -> str | None:
        try:
            state = self._engine.state()
        except Exception:
            return None
        if state.phase is not Phase.GET_READY or state.planned is None:
            return None
        name: str = state.planned.exercise.name
        return name

    def _rep_words(self) -> str | None:
        try:
            rep = self._engine.state().rep
        except Exception:
            return None
        if rep is None:
            return None
        return rep_words(rep.number, rep.total)

    def play_pending(self) -> None:
        """Play the cues received since the last call (normally run by a zero timer)."""
        cues, self._pending = self._pending, []
        if not cues:
            return
        try:
            self._play(cues)
        except Exception:
            # A sound is never worth a broken session.
            log.exception("Could not play a session sound")

    def _play(self, cues: list[tuple[str, str | None]]) -> None:
        choice = self.settings()
        volume = choice.volume / 100
        voice = self._backend("voice") if choice.voice_on else None
        if voice is not None and (getattr(voice, "broken", False) or not voice_ready(voice)):
            voice = None  # still starting, or stopped working: tones for now
        spoken = words_for(cues)
        if voice is not None and spoken:
            voice.say(" ".join(spoken), volume)
            return  # the words carry this moment; a tone on top would only blur them
        if not choice.sounds_on:
            return
        best = tone_for(cues)
        if best is None:
            return
        if best == COUNTDOWN_TONE and voice is not None and voice.speaking():
            return  # let the voice finish ("Bird dog. Get ready.") rather than tick over it
        tones = self._backend("tones")
        if tones is not None:
            tones.play(best, volume)

    # -- backends -------------------------------------------------------------------------
    def _backend(self, kind: str) -> Any:
        """The tones or voice backend, built on first use; None if this machine has none."""
        if kind not in self._backends:
            try:
                self._backends[kind] = self._factories[kind](self)
            except devices.Unavailable as why:
                devices.report_once(f"Session {kind} off: {why}")
                self._backends[kind] = None
            except Exception as error:  # ImportError, a broken plug-in, anything
                devices.report_once(f"Session {kind} off: {type(error).__name__}: {error}")
                self._backends[kind] = None
        return self._backends[kind]

    def _stop_voice(self) -> None:
        voice = self._backends.get("voice")
        if voice is None:
            return
        try:
            voice.stop()
        except Exception:
            log.exception("Could not stop the session voice")

    @property
    def has_tones(self) -> bool:
        return self._backends.get("tones") is not None

    @property
    def has_voice(self) -> bool:
        return self._backends.get("voice") is not None
