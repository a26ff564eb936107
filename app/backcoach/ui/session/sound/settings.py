"""The user's sound choices, read at every cue so a change applies at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from backcoach.services import settings as user_settings

SOUNDS_KEY = "sounds_on"
VOICE_KEY = "voice_on"
VOLUME_KEY = "volume"
DEFAULT_VOLUME = user_settings.DEFAULTS.volume
"""Settings: tones on/off (default on), voice on/off (default on), volume 0-100."""

SettingLookup = Callable[[str, Any], Any]
"""``setting(key, default)``, as ``AppContext.setting``."""


@dataclass(frozen=True)
class SoundSettings:
    sounds_on: bool = user_settings.DEFAULTS.sounds_on
    voice_on: bool = user_settings.DEFAULTS.voice_on
    volume: int = DEFAULT_VOLUME

    @classmethod
    def read(cls, setting: SettingLookup) -> SoundSettings:
        """The stored choices, each kept to its rule in ``services.settings`` (a value
        that breaks it counts as the default): what the Settings screen shows."""

        def value(key: str) -> Any:
            return user_settings.checked(key, setting(key, None))

        return cls(value(SOUNDS_KEY), value(VOICE_KEY), value(VOLUME_KEY))


def default_setting(_key: str, default: Any) -> Any:
    return default
