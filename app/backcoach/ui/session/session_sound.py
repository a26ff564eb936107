"""Sounds and spoken prompts for the guided session.

``SessionSound`` listens to the engine's ``Cue`` events. A voice says the prompts a
person on the mat needs to hear — the exercise's name when it is time to get ready,
"Rate your pain now.", "Switch sides.", the end of the session — and short soft tones
(QSoundEffect, ``resources/sounds``, made by ``tools/sounds.py``) mark the rest: start,
halfway, the last 3 seconds, rest, an exercise done. Without a voice every cue is a tone.
The voice is QtTextToSpeech, except on Linux where Speech Dispatcher's ``spd-say`` does
the same job without freezing the screen (see ``SpdSayVoice``).

Nothing here may break a session: QtMultimedia and QtTextToSpeech are imported only when
a session starts, and a missing module, audio device or speech engine just means fewer
sounds (logged once at info level). Cues more than ``LATE_LIMIT_S`` late (the computer
slept, the app stalled) stay silent, so a catch-up never plays a burst of sounds.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from backcoach import resources
from backcoach.domain.session_events import Cue, PauseChanged, Phase

log = logging.getLogger(__name__)

SOUNDS_KEY = "sounds_on"
VOICE_KEY = "voice_on"
VOLUME_KEY = "volume"
DEFAULT_VOLUME = 80
"""Settings: tones on/off (default on), voice on/off (default on), volume 0-100."""

LATE_LIMIT_S = 0.5

SOUND_FOR_CUE = {
    "get-ready": "get-ready",
    "start": "start",
    "halfway": "halfway",
    "countdown-3": "countdown",
    "countdown-2": "countdown",
    "countdown-1": "countdown",
    "switch-side": "switch-side",
    "other-side": "switch-side",
    "rep": "countdown",  # a held rep begins (the voice says its number instead)
    "hold": "start",
    "release": "rest",
    "rest": "rest",
    "done": "done",
    "finished": "finished",
    "rate": "rate",
}
"""The tone for each cue kind: ``resources/sounds/<name>.wav``."""

SOUND_NAMES = tuple(dict.fromkeys(SOUND_FOR_CUE.values()))

SPOKEN_CUES = frozenset({"get-ready", "rate", "switch-side", "finished", "rep"})
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

SettingLookup = Callable[[str, Any], Any]
"""``setting(key, default)``, as ``AppContext.setting``."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionSound", text)


def sound_for(kind: str) -> str | None:
    """The tone's name for a cue kind, None for a kind with no tone."""
    return SOUND_FOR_CUE.get(kind)


def speech_for(kind: str, exercise_name: str | None = None) -> str | None:
    """What the voice says for a cue, None for cues that get a tone."""
    if kind == "get-ready":
        if exercise_name:
            return _tr("%s. Get ready.") % exercise_name
        return _tr("Get ready.")
    if kind == "rep":
        # ``exercise_name`` carries the rep's words here ("Rep 3 of 5").
        return exercise_name or None
    if kind == "rate":
        return _tr("Rate your pain now.")
    if kind == "switch-side":
        return _tr("Switch sides.")
    if kind == "finished":
        return _tr("Well done. Session complete.")
    return None


@dataclass(frozen=True)
class SoundSettings:
    sounds_on: bool = True
    voice_on: bool = True
    volume: int = DEFAULT_VOLUME

    @classmethod
    def read(cls, setting: SettingLookup) -> SoundSettings:
        """The stored choices; anything unreadable counts as the default."""

        def flag(key: str) -> bool:
            value = setting(key, True)
            return value if isinstance(value, bool) else True

        volume = setting(VOLUME_KEY, DEFAULT_VOLUME)
        if isinstance(volume, bool) or not isinstance(volume, int | float):
            volume = DEFAULT_VOLUME
        return cls(flag(SOUNDS_KEY), flag(VOICE_KEY), max(0, min(100, round(volume))))


def _default_setting(_key: str, default: Any) -> Any:
    return default


# --- backends ------------------------------------------------------------------------


class Tones(Protocol):
    """Optional too: ``close()`` (free everything)."""

    def play(self, name: str, volume: float) -> None: ...


class Voice(Protocol):
    """Optional too: ``ready`` (False while starting), ``broken`` (stopped working) and
    ``close()`` (free everything; ``stop()`` stands in)."""

    def say(self, text: str, volume: float) -> None: ...

    def speaking(self) -> bool: ...

    def stop(self) -> None: ...


class Unavailable(Exception):
    """This machine cannot play that kind of sound; the message says why."""


_reported: set[str] = set()


def _report_once(message: str) -> None:
    if message not in _reported:
        _reported.add(message)
        log.info("%s", message)


def _audio_outputs() -> list[Any]:
    from PySide6.QtMultimedia import QMediaDevices

    return list(QMediaDevices.audioOutputs())


def _speech_engines() -> list[str]:
    from PySide6.QtTextToSpeech import QTextToSpeech

    # "mock" is Qt's test engine: it reports voices but makes no sound.
    return [name for name in QTextToSpeech.availableEngines() if name != "mock"]


def _headless() -> bool:
    """True on Qt's offscreen platform (tests, screenshots, the smoke test): nobody is
    there to listen, and a developer's laptop should not beep through the test suite."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() == "offscreen"


class QtTones:
    """One preloaded QSoundEffect per tone on the default audio output."""

    def __init__(self, parent: QObject, folder: Path | None = None) -> None:
        if _headless():
            raise Unavailable("offscreen platform")
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        if not _audio_outputs():
            raise Unavailable("no audio output device")
        folder = folder or resources.path("sounds")
        self._effects = {}
        for name in SOUND_NAMES:
            path = folder / f"{name}.wav"
            if not path.is_file():
                raise Unavailable(f"sound file missing: {path}")
            effect = QSoundEffect(parent)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            self._effects[name] = effect

    def play(self, name: str, volume: float) -> None:
        from PySide6.QtMultimedia import QSoundEffect, QtAudio

        effect = self._effects.get(name)
        if effect is None:
            return
        if effect.status() == QSoundEffect.Status.Error:
            _report_once("Session tones off: the audio device cannot play the sound files")
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


class QtVoice:
    """The platform's speech engine, with an English voice (the prompts' language)."""

    def __init__(self, parent: QObject) -> None:
        if _headless():
            raise Unavailable("offscreen platform")
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech

        engines = _speech_engines()
        if not engines:
            raise Unavailable("no text-to-speech engine")
        self._tts = None
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
            raise Unavailable(f"no working voice (engines: {', '.join(engines)})")
        self.broken = False

    def _failed(self, _reason: Any, message: str) -> None:
        self.broken = True
        _report_once(f"Session voice stopped working, using tones instead: {message}")

    def say(self, text: str, volume: float) -> None:
        self._tts.setVolume(volume)
        self._tts.say(text)

    def speaking(self) -> bool:
        from PySide6.QtTextToSpeech import QTextToSpeech

        return self._tts.state() in (QTextToSpeech.State.Speaking, QTextToSpeech.State.Synthesizing)

    def stop(self) -> None:
        self._tts.stop()

    def close(self) -> None:
        self.stop()


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
            if _headless():
                raise Unavailable("offscreen platform")
            program = shutil.which("spd-say")
        if not program:
            raise Unavailable("spd-say (speech-dispatcher) is not installed")
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
            _report_once("Session voice off: Speech Dispatcher has no speech module")

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
            _report_once(f"Session voice off: could not start {self._program}")

    def _ended(self, number: int, code: int, status: Any) -> None:
        from PySide6.QtCore import QProcess

        current = number == self._said and self._process is not None
        if current and status == QProcess.ExitStatus.NormalExit and code:
            self.broken = True
            _report_once(f"Session voice off: spd-say ended with code {code}")

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
        _end_process(process)

    def close(self) -> None:
        self.stop()
        check, self._check = self._check, None
        _end_process(check)


def _end_process(process: Any) -> None:
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


def platform_voice(parent: QObject) -> Voice:
    """spd-say on Linux when it is there, otherwise QtTextToSpeech."""
    if sys.platform.startswith("linux") and not _headless() and shutil.which("spd-say"):
        return SpdSayVoice(parent)
    return QtVoice(parent)


def voice_ready(voice: Voice) -> bool:
    return bool(getattr(voice, "ready", True))


# --- the listener --------------------------------------------------------------------


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
        self._setting = settings or _default_setting
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
            if event.kind == "get-ready":
                name = self._exercise_name()
            elif event.kind == "rep":
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
        return state.planned.exercise.name

    def _rep_words(self) -> str | None:
        try:
            rep = self._engine.state().rep
        except Exception:
            return None
        if rep is None:
            return None
        return _tr("Rep %d of %d.") % (rep.number, rep.total)

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
        spoken = [speech_for(kind, name) or "" for kind, name in cues if kind in SPOKEN_CUES]
        if voice is not None and spoken:
            voice.say(" ".join(spoken), volume)
            return  # the words carry this moment; a tone on top would only blur them
        if not choice.sounds_on:
            return
        names = {sound_for(kind) for kind, _ in cues}
        best = next((n for n in TONE_PRIORITY if n in names), None)
        if best is None:
            return
        if best == "countdown" and voice is not None and voice.speaking():
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
            except Unavailable as why:
                _report_once(f"Session {kind} off: {why}")
                self._backends[kind] = None
            except Exception as error:  # ImportError, a broken plug-in, anything
                _report_once(f"Session {kind} off: {type(error).__name__}: {error}")
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
