"""The user's settings: one typed model over the store's key/value settings. No Qt.

Each setting has a key (kept stable: other code reads some of them directly, e.g. the
session reads ``pain_threshold`` and ``get_ready_s``, Home reads ``daily_goal_min``), a
default and a rule. A stored value that breaks its rule (an old version, a hand-edited
file) reads as the default, so a bad value can never stop the app.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any, NamedTuple, Protocol

from backcoach.domain import language as languages
from backcoach.domain.daily_goal import DEFAULT_DAILY_GOAL_MIN
from backcoach.storage.protocols import SettingsRepo

THEMES = ("system", "light", "dark")
TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)
WEEKDAYS = tuple(range(7))  # Monday = 0, as datetime.weekday()
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class SettingsStore(Protocol):
    """Where settings are kept: an ``AppContext`` or a ``Store`` (both have ``settings``)."""

    @property
    def settings(self) -> SettingsRepo: ...


class SettingError(ValueError):
    """A value a setting cannot take (the message names the setting and the rule)."""


class Settings(NamedTuple):
    """Every setting, typed, as ``load`` reads them.

    A NamedTuple, not a frozen dataclass: every start loads the settings, and the
    dataclass's generated methods for 19 fields cost ~1 ms to make (008-speed.md, "17e").
    Nothing uses dataclass features on it (no ``replace``, ``asdict`` or ``fields``)."""

    theme: str = "system"
    text_scale: float = 1.0
    sounds_on: bool = True
    volume: int = 80
    voice_on: bool = True
    get_ready_s: int = 15
    """Long enough to walk from the computer and get into position."""
    rest_s: int | None = None
    """Rest between exercises; None: the exercise's own rest between sets."""
    pain_threshold: int = 2
    daily_goal_min: int = DEFAULT_DAILY_GOAL_MIN
    reduce_motion: bool = False
    reminders_on: bool = False
    reminder_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    reminder_time: str = "18:00"
    close_to_tray: bool = False
    start_at_login: bool = False
    suggestions_on: bool = True
    """Home may offer a paced step up (or an easier variant after a flare)."""
    report_name: str = ""
    """The name printed on the clinician report (optional)."""
    report_in_english: bool = False
    """Write the clinician report in English whatever the language in use (for a
    physiotherapist who reads English)."""
    language: str = languages.SYSTEM
    """Follow the computer ("system") or one of "en", "fr", "es"; resolved to the language
    used by ``domain.language.resolve``. Read at start: a change applies after a restart."""


DEFAULTS = Settings()
KEYS: tuple[str, ...] = Settings._fields


def _int_range(low: int, high: int) -> Callable[[Any], Any]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise SettingError(f"must be a whole number, got {value!r}")
        if not low <= value <= high:
            raise SettingError(f"must be from {low} to {high}, got {value}")
        return value

    return check


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise SettingError(f"must be true or false, got {value!r}")
    return value


def _one_of(choices: tuple[Any, ...]) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        for choice in choices:
            if not isinstance(value, bool) and value == choice:
                return choice
        raise SettingError(f"must be one of {', '.join(map(str, choices))}, got {value!r}")

    return check


def _optional(check: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else check(value)


def _short_text(longest: int) -> Callable[[Any], Any]:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise SettingError("must be text")
        text = " ".join(value.split())  # one line, no stray spaces
        if len(text) > longest:
            raise SettingError(f"must be at most {longest} characters")
        return text

    return check


def _days(value: Any) -> tuple[int, ...]:
    if not isinstance(value, list | tuple):
        raise SettingError(f"must be a list of weekdays 0-6, got {value!r}")
    days = set()
    for day in value:
        if isinstance(day, bool) or not isinstance(day, int) or day not in WEEKDAYS:
            raise SettingError(f"must be a list of weekdays 0-6, got {value!r}")
        days.add(day)
    return tuple(sorted(days))


def _time(value: Any) -> str:
    if not isinstance(value, str) or not _TIME.match(value):
        raise SettingError(f"must be a time as HH:MM (24 hours), got {value!r}")
    return value


RULES: dict[str, Callable[[Any], Any]] = {
    "theme": _one_of(THEMES),
    "text_scale": _one_of(TEXT_SCALES),
    "sounds_on": _boolean,
    "volume": _int_range(0, 100),
    "voice_on": _boolean,
    # The session engine accepts 0-30 s of get ready (services/sessions.py).
    "get_ready_s": _int_range(0, 60),
    "rest_s": _optional(_int_range(0, 180)),
    # docs/clinical-rules.md: 2 points by default, the user or clinician may pick 1-4.
    "pain_threshold": _int_range(1, 4),
    "daily_goal_min": _int_range(5, 120),
    "reduce_motion": _boolean,
    "reminders_on": _boolean,
    "reminder_days": _days,
    "reminder_time": _time,
    "close_to_tray": _boolean,
    "start_at_login": _boolean,
    "suggestions_on": _boolean,
    "report_name": _short_text(80),
    "report_in_english": _boolean,
    "language": _one_of(languages.CHOICES),
}
assert set(RULES) == set(KEYS), "every setting needs a rule"


def validate(key: str, value: Any) -> Any:
    """The value as stored for ``key`` (normalised, e.g. days sorted); SettingError if bad."""
    rule = RULES.get(key)
    if rule is None:
        raise SettingError(f"unknown setting {key!r}")
    try:
        return rule(value)
    except SettingError as error:
        raise SettingError(f"{key} {error}") from None


def checked(key: str, raw: object) -> Any:
    """The value of ``key`` as the app uses it: ``raw`` (as stored) if it keeps the
    setting's rule, else the default. Every reader of a setting goes through this."""
    default = getattr(DEFAULTS, key)
    if raw is None:
        return default
    try:
        return validate(key, raw)
    except SettingError:
        return default


def get(store: SettingsStore, key: str) -> Any:
    """One setting, or its default when it is missing or breaks its rule."""
    return checked(key, store.settings.get(key, None))


def daily_goal(store: SettingsStore) -> int:
    """The daily exercise goal in minutes (5-120; the default for anything else)."""
    value: int = get(store, "daily_goal_min")
    return value


def load(store: SettingsStore) -> Settings:
    """All settings at once, typed (``store`` may be an AppContext or a Store)."""
    return Settings(**{key: get(store, key) for key in KEYS})


THRESHOLD_HISTORY_KEY = "pain_threshold_history"
"""[[ISO day, threshold], ...]: when the pain rule's threshold was set, so the clinician
report can name the rule in force in its period."""


def save(store: SettingsStore, key: str, value: Any) -> Any:
    """Validate and store one setting; returns the value as stored."""
    checked = validate(key, value)
    stored = list(checked) if isinstance(checked, tuple) else checked
    if key == "pain_threshold" and checked != get(store, key):
        # The first change also records the value in force until then (from always).
        history = threshold_changes(store) or [(date.min, get(store, key))]
        history.append((date.today(), checked))
        store.settings.set(THRESHOLD_HISTORY_KEY, [[d.isoformat(), v] for d, v in history])
    store.settings.set(key, stored)
    return checked


def threshold_changes(store: SettingsStore) -> list[tuple[date, int]]:
    """The days the pain rule's threshold was set (oldest first); [] if none or unreadable."""
    raw = store.settings.get(THRESHOLD_HISTORY_KEY, None)
    changes: list[tuple[date, int]] = []
    if not isinstance(raw, list):
        return changes
    for item in raw:
        if not isinstance(item, list) or len(item) != 2:
            return []
        day, value = item
        if not isinstance(day, str):
            return []
        try:
            changes.append((date.fromisoformat(day), _int_range(1, 4)(value)))
        except (TypeError, ValueError, SettingError):
            return []
    return sorted(changes)
