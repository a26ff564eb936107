"""The user's sound choices, read at every cue so a change applies at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

SOUNDS_KEY = "sounds_on"
VOICE_KEY = "voice_on"
VOLUME_KEY = "volume"
DEFAULT_VOLUME = 80
"""Settings: tones on/off (default on), voice on/off (default on), volume 0-100."""

SettingLookup = Callable[[str, Any], Any]
"""``setting(key, default)``, as ``AppContext.setting``."""


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


def default_setting(_key: str, default: Any) -> Any:
    return default
