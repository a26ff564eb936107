"""Session sounds: which tone or words each cue gets, the settings, and that a machine
without audio or a voice never breaks a session. Fakes stand in for audio throughout."""

from __future__ import annotations

import builtins
import logging
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from backcoach import resources
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.planned import PlannedExercise
from backcoach.domain.session import Cue, ManualClock, PauseChanged, Phase, SessionEngine
from backcoach.domain.vocabulary import CueKind
from backcoach.ui.session.sound import devices, player, qt_voice, spd_say
from backcoach.ui.session.sound.cues import SOUND_NAMES, sound_for, speech_for
from backcoach.ui.session.sound.devices import Unavailable
from backcoach.ui.session.sound.player import SessionSound

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # `tools` is a top-level folder of the checkout
    sys.path.insert(0, str(ROOT))

from tools import sounds as generator  # noqa: E402


class FakeTones:
    def __init__(self, _parent=None) -> None:
        self.played: list[tuple[str, float]] = []

    def play(self, name: str, volume: float) -> None:
        self.played.append((name, volume))


class FakeVoice:
    def __init__(self, _parent=None) -> None:
        self.said: list[tuple[str, float]] = []
        self.is_speaking = False
        self.stops = 0

    def say(self, text: str, volume: float) -> None:
        self.said.append((text, volume))

    def speaking(self) -> bool:
        return self.is_speaking

    def stop(self) -> None:
        self.stops += 1


class FakeEngine:
    """Just enough engine for attach/detach."""

    def __init__(self) -> None:
        self.listeners: list = []

    def add_listener(self, listener) -> None:
        self.listeners.append(listener)

    def remove_listener(self, listener) -> None:
        self.listeners.remove(listener)


def _sound(qtbot, settings: dict | None = None, *, voice: bool = True):
    """A SessionSound on fakes; returns (sound, tones, voice, settings dict)."""
    stored = dict(settings or {})
    tones, speaker = FakeTones(), FakeVoice()

    def no_voice(_parent):
        raise Unavailable("no voice in this test")

    sound = SessionSound(
        lambda key, default: stored.get(key, default),
        tones_factory=lambda _parent: tones,
        voice_factory=(lambda _parent: speaker) if voice else no_voice,
    )
    return sound, tones, speaker, stored


def _cues(sound: SessionSound, *kinds: str, offset: float = 10.0, late: float = 0.0) -> None:
    """Deliver cues of one moment, then play them (as the zero timer would)."""
    for kind in kinds:
        sound._on_event(Cue(kind, offset, late))
    sound.play_pending()


# --- the sound files -----------------------------------------------------------------


def test_every_cue_kind_has_a_tone_and_every_tone_a_soft_short_wav_file() -> None:
    assert {sound_for(kind) for kind in CueKind} == set(SOUND_NAMES)
    for name in SOUND_NAMES:
        data, shape = generator.read_samples(resources.path("sounds", f"{name}.wav"))
        assert shape == (1, 2, 44_100), name  # mono, 16-bit, 44.1 kHz
        assert len(data) / 44_100 < 0.6, name
        assert max(abs(s) for s in data) < 0.5 * 32767, name  # well below clipping
        assert abs(data[0]) < 200 and abs(data[-1]) < 200, name  # fades: no click


def test_the_committed_sound_files_are_what_tools_sounds_makes() -> None:
    assert generator.stale(resources.path("sounds")) == []


def test_the_tones_are_distinct() -> None:
    shapes = {tuple(generator.samples(name)[::441]) for name in SOUND_NAMES}
    assert len(shapes) == len(SOUND_NAMES)


# --- what each cue plays -------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "tone"),
    [
        ("get-ready", "get-ready"),
        ("start", "start"),
        ("halfway", "halfway"),
        ("countdown-3", "countdown"),
        ("countdown-2", "countdown"),
        ("countdown-1", "countdown"),
        ("switch-side", "switch-side"),
        ("rest", "rest"),
        ("done", "done"),
        ("finished", "finished"),
        ("rate", "rate"),
    ],
)
def test_without_a_voice_each_cue_kind_plays_its_own_tone(qtbot, kind, tone) -> None:
    sound, tones, _, _ = _sound(qtbot, voice=False)
    _cues(sound, kind)
    assert tones.played == [(tone, 0.8)]


def test_with_a_voice_prompts_are_spoken_and_timing_cues_are_tones(qtbot) -> None:
    sound, tones, voice, _ = _sound(qtbot)
    for kind in ("rate", "switch-side", "finished", "start", "halfway", "countdown-1", "rest"):
        _cues(sound, kind)
    assert [text for text, _ in voice.said] == [
        "Rate your pain now.",
        "Switch sides.",
        "Well done. Session complete.",
    ]
    assert [name for name, _ in tones.played] == ["start", "halfway", "countdown", "rest"]


def test_speech_texts_are_plain_words() -> None:
    assert speech_for("get-ready", "Bird dog") == "Bird dog. Get ready."
    assert speech_for("get-ready") == "Get ready."
    assert speech_for("rate") == "Rate your pain now."
    assert speech_for("switch-side") == "Switch sides."
    assert speech_for("finished") == "Well done. Session complete."
    assert speech_for("countdown-3") is None


def test_cues_of_one_moment_give_one_sound_not_a_jumble(qtbot) -> None:
    sound, tones, voice, _ = _sound(qtbot)
    _cues(sound, "done", "rest")  # an exercise ended and its rest began
    assert tones.played == [("done", 0.8)]
    _cues(sound, "rest", "rate")  # a set ended and a rating is due: words, no tone on top
    _cues(sound, "switch-side", "rate")
    assert [text for text, _ in voice.said] == [
        "Rate your pain now.",
        "Switch sides. Rate your pain now.",
    ]
    assert len(tones.played) == 1


def test_a_countdown_tick_waits_while_the_voice_is_speaking(qtbot) -> None:
    sound, tones, voice, _ = _sound(qtbot)
    voice.is_speaking = True
    _cues(sound, "countdown-3")
    assert tones.played == []
    voice.is_speaking = False
    _cues(sound, "countdown-2")
    assert tones.played == [("countdown", 0.8)]


def test_cues_more_than_half_a_second_late_stay_silent(qtbot) -> None:
    sound, tones, voice, _ = _sound(qtbot)
    _cues(sound, "start", "countdown-3", "rate", late=0.6)
    _cues(sound, "finished", late=30.0)
    assert tones.played == [] and voice.said == []
    _cues(sound, "start", late=0.4)
    assert tones.played == [("start", 0.8)]


def test_the_zero_timer_plays_cues_without_being_asked(qtbot) -> None:
    sound, tones, _, _ = _sound(qtbot)
    sound._on_event(Cue("start", 1.0, 0.0))
    qtbot.waitUntil(lambda: tones.played == [("start", 0.8)], timeout=1000)


def test_pausing_stops_the_voice_and_forgets_cues_not_yet_played(qtbot) -> None:
    sound, tones, voice, _ = _sound(qtbot)
    sound.attach(FakeEngine())
    sound._on_event(Cue("start", 1.0, 0.0))
    sound._on_event(PauseChanged(True, "user", 1.0))
    sound.play_pending()
    assert tones.played == [] and voice.stops == 1


# --- the settings --------------------------------------------------------------------


def test_sounds_off_silences_tones_but_the_voice_still_speaks(qtbot) -> None:
    sound, tones, voice, _ = _sound(qtbot, {"sounds_on": False})
    _cues(sound, "start")
    _cues(sound, "rate")
    assert tones.played == []
    assert [text for text, _ in voice.said] == ["Rate your pain now."]


def test_voice_off_turns_prompts_into_tones(qtbot) -> None:
    sound, tones, voice, _ = _sound(qtbot, {"voice_on": False})
    _cues(sound, "switch-side")
    assert voice.said == [] and tones.played == [("switch-side", 0.8)]


def test_both_off_is_silence_and_a_change_applies_at_once(qtbot) -> None:
    sound, tones, voice, stored = _sound(qtbot, {"sounds_on": False, "voice_on": False})
    for kind in CueKind:
        _cues(sound, kind)
    assert tones.played == [] and voice.said == []
    stored["sounds_on"] = True
    _cues(sound, "start")
    assert tones.played == [("start", 0.8)]


def test_without_a_voice_and_with_sounds_off_nothing_plays(qtbot) -> None:
    """The user turned tones off: a missing voice is no reason to beep anyway."""
    sound, tones, _, _ = _sound(qtbot, {"sounds_on": False}, voice=False)
    _cues(sound, "rate")
    assert tones.played == []


@pytest.mark.parametrize(
    ("stored", "expected"),
    [(80, 0.8), (35, 0.35), (0, 0.0), (140, 0.8), (-5, 0.8), ("loud", 0.8), (None, 0.8)],
)
def test_volume_setting_reaches_both_backends_and_bad_values_mean_the_default(
    qtbot, stored, expected
) -> None:
    """Out of 0-100 is a bad value too: the default, as the Settings screen shows it
    (services/settings.py holds the one rule; it used to be clamped here)."""
    sound, tones, voice, _ = _sound(qtbot, {"volume": stored})
    _cues(sound, "start")
    _cues(sound, "rate")
    assert tones.played == [("start", expected)]
    assert voice.said == [("Rate your pain now.", expected)]


def test_settings_that_cannot_be_read_mean_the_defaults(qtbot) -> None:
    def broken(_key, _default):
        raise RuntimeError("store closed")

    tones = FakeTones()
    sound = SessionSound(broken, tones_factory=lambda _p: tones, voice_factory=FakeVoice)
    _cues(sound, "start")
    assert tones.played == [("start", 0.8)]


def test_without_settings_sounds_and_voice_are_on(qtbot) -> None:
    tones, voice = FakeTones(), FakeVoice()
    sound = SessionSound(tones_factory=lambda _p: tones, voice_factory=lambda _p: voice)
    _cues(sound, "start")
    _cues(sound, "rate")
    assert tones.played and voice.said


# --- with the real engine ------------------------------------------------------------


def _engine(clock: ManualClock) -> SessionEngine:
    catalogue = load_catalogue()
    plan = []
    for exercise_id, changes in (
        ("side-plank", {"sets": 1, "hold_s": 10, "rest_s": 0}),
        ("stomach-lying", {"sets": 1, "hold_s": 4, "rest_s": 0}),
    ):
        exercise = catalogue.get(exercise_id)
        plan.append(PlannedExercise(exercise, replace(exercise.dose, **changes)))
    return SessionEngine(plan, clock, get_ready_s=5, switch_side_s=5)


def _walk(engine: SessionEngine, clock: ManualClock, sound: SessionSound, seconds: float):
    for _ in range(int(seconds / 0.25)):
        clock.advance(0.25)
        engine.tick()
        sound.play_pending()


def test_a_whole_session_speaks_names_and_prompts_and_ticks_the_rest(qtbot) -> None:
    clock = ManualClock()
    engine = _engine(clock)
    sound, tones, voice, _ = _sound(qtbot)
    sound.attach(engine)
    engine.start()
    engine.rate(2)  # baseline
    for _ in range(400):  # the user: rate whenever asked, otherwise wait
        state = engine.state()
        if state.during_rating_due:
            engine.rate(3)
        elif state.phase is Phase.RATING_BEFORE:
            engine.rate(2)
        elif state.phase is Phase.RATING_AFTER:
            break
        _walk(engine, clock, sound, 0.25)
    sound.play_pending()
    assert [text for text, _ in voice.said] == [
        "Side plank. Get ready.",
        "Switch sides. Rate your pain now.",  # the during-rating falls due at the switch
        "Stomach lying. Get ready.",
        "Rate your pain now.",
        "Well done. Session complete.",
    ]
    played = [name for name, _ in tones.played]
    assert played.count("start") == 3  # left side, right side, stomach lying
    assert played.count("halfway") == 2  # the side plank's 10 s holds, not the 4 s one
    assert played.count("done") == 1  # the side plank; "finished" is spoken
    # 3 ticks before each of 2 get-readies, 3 holds and the switch, less the one the
    # stomach lying's "Rate your pain now." replaced (halfway through its 4 s hold)
    assert played.count("countdown") == 3 * 6 - 1


def test_a_stalled_app_does_not_play_a_burst_of_stale_cues(qtbot) -> None:
    clock = ManualClock()
    engine = _engine(clock)
    sound, tones, voice, _ = _sound(qtbot)
    sound.attach(engine)
    engine.start()
    engine.rate(2)
    engine.rate(2)
    sound.play_pending()
    spoken_before = len(voice.said)
    clock.advance(9)  # the window froze for 9 s: get-ready ended, work began, cues passed
    engine.tick()
    sound.play_pending()
    assert tones.played == [] and len(voice.said) == spoken_before


def test_detach_stops_listening(qtbot) -> None:
    clock = ManualClock()
    engine = _engine(clock)
    sound, tones, voice, _ = _sound(qtbot)
    sound.attach(engine)
    sound.detach()
    sound.detach()  # twice is harmless
    engine.start()
    engine.rate(2)
    engine.rate(2)
    _walk(engine, clock, sound, 8)
    assert tones.played == [] and voice.said == []


def test_the_session_page_attaches_a_sound_in_run_and_lets_go_in_stop(qtbot) -> None:
    from backcoach.domain.evidence import load_evidence
    from backcoach.ui.session.session_page import SessionPage

    class FakeAwake:
        def __init__(self) -> None:
            self.calls: list[str] = []

        def inhibit(self, reason: str) -> bool:
            self.calls.append("inhibit")
            return True

        def release(self) -> None:
            self.calls.append("release")

    page = SessionPage(load_evidence())
    qtbot.addWidget(page)
    page.screen_awake = FakeAwake()
    engine = _engine(ManualClock())
    engine.start()
    page.run(engine, "Test", settings=lambda key, default: False if key == "voice_on" else default)
    assert page.sound is not None and page.sound.settings().voice_on is False
    assert page.sound._on_event in engine._listeners
    listening = page.sound._on_event
    page.stop()
    assert page.sound is None and listening not in engine._listeners
    assert page.screen_awake.calls == ["inhibit", "release"]


# --- machines without audio ----------------------------------------------------------


def test_a_backend_that_fails_to_load_never_breaks_the_session(qtbot, caplog) -> None:
    def missing(_parent):
        raise ImportError("No module named 'PySide6.QtMultimedia'")

    def broken(_parent):
        raise RuntimeError("speech plug-in crashed")

    devices._reported.clear()
    sound = SessionSound(tones_factory=missing, voice_factory=broken)
    engine = FakeEngine()
    with caplog.at_level(logging.INFO, logger="backcoach.ui.session.sound"):
        sound.attach(engine)
        for kind in CueKind:
            _cues(sound, kind)
        sound.detach()
        SessionSound(tones_factory=missing, voice_factory=broken).attach(FakeEngine())
    assert not sound.has_tones and not sound.has_voice
    messages = [r.getMessage() for r in caplog.records]
    assert sum("QtMultimedia" in m for m in messages) == 1  # logged once, at info
    assert sum("speech plug-in crashed" in m for m in messages) == 1
    assert all(r.levelno == logging.INFO for r in caplog.records)


def test_a_backend_that_fails_while_playing_never_raises(qtbot) -> None:
    class Exploding(FakeTones):
        def play(self, name, volume):
            raise OSError("device unplugged")

    sound = SessionSound(tones_factory=Exploding, voice_factory=FakeVoice)
    _cues(sound, "start")  # logged, not raised


def test_qt_backends_without_their_modules_mean_silence(qtbot, monkeypatch) -> None:
    real_import = builtins.__import__

    def no_addons(name, *args, **kwargs):
        if name in ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech"):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(devices, "headless", lambda: False)
    monkeypatch.setattr(player.shutil, "which", lambda _name: None)  # no spd-say
    monkeypatch.setattr(builtins, "__import__", no_addons)
    sound = SessionSound()
    sound.attach(FakeEngine())
    _cues(sound, "start")
    _cues(sound, "rate")
    assert not sound.has_tones and not sound.has_voice


def test_no_audio_device_means_no_tones_and_no_engine_means_no_voice(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(devices, "headless", lambda: False)
    monkeypatch.setattr(devices, "audio_outputs", lambda: [])
    monkeypatch.setattr(devices, "speech_engines", lambda: [])
    monkeypatch.setattr(player.shutil, "which", lambda _name: None)
    sound = SessionSound()
    sound.attach(FakeEngine())
    _cues(sound, "rate")
    assert not sound.has_tones and not sound.has_voice


def test_qt_voice_skips_the_silent_mock_engine_but_can_drive_a_real_qt_engine(
    qtbot, monkeypatch
) -> None:
    pytest.importorskip("PySide6.QtTextToSpeech")
    from PySide6.QtCore import QObject

    monkeypatch.setattr(devices, "headless", lambda: False)
    assert "mock" not in devices.speech_engines()
    # Qt's mock engine is a real engine that makes no sound: the full path, silently.
    monkeypatch.setattr(devices, "speech_engines", lambda: ["mock"])
    owner = QObject()
    voice = qt_voice.QtVoice(owner)
    voice.say("Side plank. Get ready.", 0.5)
    voice.stop()
    assert not voice.speaking()


def _fake_spd_say(
    tmp_path: Path, modules: str = "espeak-ng", speak_s: float = 0.3
) -> tuple[str, Path]:
    """A stand-in for spd-say: lists ``modules``, or logs its arguments and takes
    ``speak_s`` to 'speak'."""
    log = tmp_path / "said.txt"
    script = tmp_path / "spd-say"
    script.write_text(
        "#!/bin/sh\n"
        'if [ "$1" = "--list-output-modules" ]; then\n'
        f"  printf 'OUTPUT MODULES\\n{modules}\\n'; exit 0\n"
        "fi\n"
        f'printf "%s|" "$@" >> "{log}"; echo >> "{log}"\n'
        f"sleep {speak_s}\n"
    )
    script.chmod(0o755)
    return str(script), log


needs_sh = pytest.mark.skipif(sys.platform == "win32", reason="the stand-in is a shell script")


@needs_sh
def test_spd_say_voice_runs_the_program_and_is_speaking_until_it_ends(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QObject

    program, log = _fake_spd_say(tmp_path)
    owner = QObject()
    voice = spd_say.SpdSayVoice(owner, program)
    qtbot.waitUntil(lambda: voice.ready, timeout=3000)
    voice.say("Side plank. Get ready.", 0.8)
    assert voice.speaking()
    qtbot.waitUntil(lambda: log.exists() and not voice.speaking(), timeout=3000)
    args = log.read_text().strip().rstrip("|").split("|")
    assert args[0] == "--wait" and args[-1] == "Side plank. Get ready."
    assert args[args.index("--volume") + 1] == "60"  # 0.8 of 0..1 is +60 of -100..100
    assert args[args.index("--language") + 1] == "en"
    assert not voice.broken
    voice.close()


@needs_sh
def test_spd_say_is_stopped_by_stop_and_the_next_words_start_afresh(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QObject

    program, _log = _fake_spd_say(tmp_path)
    owner = QObject()
    voice = spd_say.SpdSayVoice(owner, program)
    qtbot.waitUntil(lambda: voice.ready, timeout=3000)
    voice.say("Switch sides.", 0.5)
    voice.stop()
    assert not voice.speaking() and not voice.broken
    voice.say("Rate your pain now.", 0.5)
    assert voice.speaking()
    voice.close()
    assert not voice.speaking()


@needs_sh
def test_spd_say_speaking_ends_with_the_words_not_with_a_late_exit(qtbot, tmp_path) -> None:
    """spd-say --wait exits about half a second after the words: the countdown tick
    after a short prompt should not wait for that."""
    from PySide6.QtCore import QObject

    program, _log = _fake_spd_say(tmp_path, speak_s=3)
    owner = QObject()
    voice = spd_say.SpdSayVoice(owner, program)
    qtbot.waitUntil(lambda: voice.ready, timeout=3000)
    voice.say("Rest.", 0.8)  # 5 characters: about 0.6 s
    assert voice.speaking()
    qtbot.wait(800)
    assert not voice.speaking()
    voice.close()


@needs_sh
def test_speech_dispatcher_with_only_its_dummy_module_is_not_used(qtbot, tmp_path) -> None:
    """Its dummy module plays a recorded apology instead of our words."""
    from PySide6.QtCore import QObject

    program, _ = _fake_spd_say(tmp_path, modules="dummy")
    owner = QObject()
    voice = spd_say.SpdSayVoice(owner, program)
    qtbot.waitUntil(lambda: voice.broken, timeout=3000)
    assert not voice.ready
    voice.close()


def test_spd_say_that_cannot_start_means_no_voice(qtbot, tmp_path) -> None:
    from PySide6.QtCore import QObject

    owner = QObject()
    voice = spd_say.SpdSayVoice(owner, str(tmp_path / "no-such-program"))
    qtbot.waitUntil(lambda: voice.broken, timeout=3000)
    voice.close()


def test_a_voice_still_starting_or_broken_leaves_the_prompts_to_tones(qtbot) -> None:
    sound, tones, voice, _ = _sound(qtbot)
    voice.ready = False
    _cues(sound, "rate")
    voice.ready, voice.broken = True, True
    _cues(sound, "switch-side")
    voice.broken = False
    _cues(sound, "finished")
    assert [name for name, _ in tones.played] == ["rate", "switch-side"]
    assert voice.said == [("Well done. Session complete.", 0.8)]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")
def test_on_linux_the_voice_is_spd_say_when_it_is_installed(qtbot, monkeypatch, tmp_path) -> None:
    from PySide6.QtCore import QObject

    program, _ = _fake_spd_say(tmp_path)
    monkeypatch.setattr(devices, "headless", lambda: False)
    monkeypatch.setattr(player.shutil, "which", lambda _name: program)
    owner = QObject()
    voice = player.platform_voice(owner)
    assert isinstance(voice, spd_say.SpdSayVoice)
    voice.close()


@needs_sh
def test_a_session_sound_going_away_mid_sentence_is_clean(qtbot, monkeypatch, tmp_path) -> None:
    """Detach frees the speaking process at once; nothing is left for a destructor."""
    program, _log = _fake_spd_say(tmp_path)
    monkeypatch.setattr(devices, "headless", lambda: False)
    monkeypatch.setattr(player.shutil, "which", lambda _name: program)
    monkeypatch.setattr(player, "QtTones", FakeTones)
    sound = SessionSound(tones_factory=FakeTones)
    sound.attach(FakeEngine())
    voice = sound._backends["voice"]
    qtbot.waitUntil(lambda: voice.ready, timeout=3000)
    _cues(sound, "rate")
    assert voice.speaking()
    sound.detach()
    sound.deleteLater()
    qtbot.wait(50)


def test_the_offscreen_platform_builds_no_real_audio(qtbot) -> None:
    """Tests and screenshots run offscreen: a developer's laptop must not beep."""
    sound = SessionSound()
    sound.attach(FakeEngine())
    assert not sound.has_tones and not sound.has_voice
