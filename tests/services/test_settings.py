"""The settings model: defaults, validation, and the keys the rest of the app reads."""

from __future__ import annotations

import pytest
from tests.gui.fakes import FakeStore

from backcoach.services import plans, sessions, settings


class _Context:
    """What the settings model needs, over a FakeStore (as AppContext has)."""

    def __init__(self) -> None:
        self.store = FakeStore()
        self.settings = self.store.settings


def test_defaults_follow_the_clinical_notes_and_the_session() -> None:
    loaded = settings.load(FakeStore())
    assert loaded == settings.DEFAULTS
    assert loaded.pain_threshold == 2  # CLINICAL.md section 2
    assert loaded.daily_goal_min == 15  # CLINICAL.md section 6
    assert loaded.get_ready_s == 15
    assert loaded.theme == "system"
    assert loaded.text_scale == 1.0
    assert loaded.rest_s is None


def test_text_size_offers_at_least_three_steps_up_to_double() -> None:
    assert len(settings.TEXT_SCALES) >= 3
    assert settings.TEXT_SCALES[0] == 1.0
    assert max(settings.TEXT_SCALES) == 2.0


def test_saved_values_come_back_under_their_own_keys() -> None:
    store = FakeStore()
    settings.save(store, "pain_threshold", 3)
    settings.save(store, "daily_goal_min", 20)
    settings.save(store, "get_ready_s", 10)
    settings.save(store, "theme", "dark")
    settings.save(store, "text_scale", 1.5)
    assert store.settings.get("pain_threshold") == 3
    assert store.settings.get("daily_goal_min") == 20
    assert store.settings.get("get_ready_s") == 10
    loaded = settings.load(store)
    assert (loaded.theme, loaded.text_scale) == ("dark", 1.5)


def test_the_session_and_home_read_what_settings_store(ready_store) -> None:
    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue

    context = AppContext(ready_store.data_dir, load_catalogue(), ready_store)
    settings.save(context, "pain_threshold", 4)
    settings.save(context, "get_ready_s", 12)
    settings.save(context, "daily_goal_min", 25)
    options = sessions._options(context)
    assert options["threshold"] == 4
    assert options["get_ready_s"] == 12
    assert plans.daily_goal(context) == 25


def test_days_are_stored_as_a_sorted_list_without_repeats() -> None:
    store = FakeStore()
    assert settings.save(store, "reminder_days", [4, 0, 4, 2]) == (0, 2, 4)
    assert store.settings.get("reminder_days") == [0, 2, 4]
    assert settings.load(store).reminder_days == (0, 2, 4)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("theme", "blue"),
        ("text_scale", 3.0),
        ("text_scale", True),
        ("volume", 101),
        ("volume", -1),
        ("volume", 50.5),
        ("sounds_on", 1),
        ("get_ready_s", 61),
        ("rest_s", 181),
        ("pain_threshold", 0),
        ("pain_threshold", 5),
        ("pain_threshold", True),
        ("daily_goal_min", 0),
        ("daily_goal_min", "15"),
        ("reminder_days", [7]),
        ("reminder_days", "mon"),
        ("reminder_time", "24:00"),
        ("reminder_time", "7:5"),
        ("no_such_setting", 1),
    ],
)
def test_values_outside_a_settings_rule_are_refused(key, value) -> None:
    store = FakeStore()
    with pytest.raises(settings.SettingError):
        settings.save(store, key, value)
    assert store.settings.get(key) is None


def test_a_bad_stored_value_reads_as_the_default() -> None:
    store = FakeStore()
    store.settings.set("pain_threshold", 9)
    store.settings.set("theme", ["dark"])
    store.settings.set("reminder_time", "late")
    loaded = settings.load(store)
    assert loaded.pain_threshold == 2
    assert loaded.theme == "system"
    assert loaded.reminder_time == "18:00"


def test_rest_can_go_back_to_each_exercises_own_rest() -> None:
    context = _Context()
    settings.save(context, "rest_s", 45)
    assert settings.get(context, "rest_s") == 45
    settings.save(context, "rest_s", None)
    assert settings.get(context, "rest_s") is None


def test_every_setting_has_a_rule_and_a_default() -> None:
    assert set(settings.RULES) == set(settings.KEYS)
    for key in settings.KEYS:
        default = getattr(settings.DEFAULTS, key)
        if default is not None:
            assert settings.validate(key, default) == default


def test_the_name_on_the_report_is_one_line_of_short_text() -> None:
    context = _Context()
    assert settings.save(context, "report_name", "  Sam   Taylor \n") == "Sam Taylor"
    assert settings.get(context, "report_name") == "Sam Taylor"
    with pytest.raises(settings.SettingError, match="at most 80"):
        settings.save(context, "report_name", "x" * 81)


@pytest.mark.parametrize("stored", [-5, 0, 1, 4, 121, 500, "20", 2.5, True, None])
def test_every_reader_of_the_daily_goal_agrees_on_a_value_settings_would_refuse(
    ready_store, stored
) -> None:
    """Home, Progress, the report and Settings read one goal: the default for a stored
    value outside 5-120 minutes (an old version or a hand-edited file)."""
    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue
    from backcoach.services import progress_data

    context = AppContext(ready_store.data_dir, load_catalogue(), ready_store)
    ready_store.settings.set("daily_goal_min", stored)
    readers = {
        "settings": settings.load(context).daily_goal_min,
        "home": plans.daily_goal(context),
        "progress": progress_data.daily_goal(context),
        "one reader": settings.daily_goal(context),
    }
    assert set(readers.values()) == {settings.DEFAULTS.daily_goal_min}, readers


@pytest.mark.parametrize("stored", [5, 30, 120])
def test_every_reader_of_the_daily_goal_agrees_on_an_allowed_value(ready_store, stored) -> None:
    from backcoach.context import AppContext
    from backcoach.domain.catalog import load_catalogue
    from backcoach.services import progress_data

    context = AppContext(ready_store.data_dir, load_catalogue(), ready_store)
    settings.save(context, "daily_goal_min", stored)
    assert settings.load(context).daily_goal_min == stored
    assert plans.daily_goal(context) == stored
    assert progress_data.daily_goal(context) == stored


def test_the_language_follows_the_computer_unless_one_is_chosen() -> None:
    store = FakeStore()
    assert settings.load(store).language == "system"
    for choice in ("en", "fr", "es", "system"):
        assert settings.save(store, "language", choice) == choice
        assert settings.get(store, "language") == choice
    for bad in ("de", "fr-FR", "French", "", None, 1):
        with pytest.raises(settings.SettingError, match="language"):
            settings.save(store, "language", bad)
    store.settings.set("language", "klingon")  # an old or hand-edited file
    assert settings.get(store, "language") == "system"


@pytest.mark.parametrize(
    ("key", "stored"),
    [
        ("volume", 150),
        ("volume", -1),
        ("volume", 55.5),
        ("volume", "loud"),
        ("volume", True),
        ("sounds_on", 1),
        ("sounds_on", None),
        ("voice_on", "yes"),
    ],
)
def test_the_session_sound_and_the_settings_screen_read_one_sound_value(key, stored) -> None:
    """The sound settings have one rule each: the session's sound reads what Settings
    shows (the default for a stored value that breaks the rule, e.g. a volume of 150)."""
    from backcoach.ui.session.sound.settings import SoundSettings

    store = FakeStore()
    store.settings.set(key, stored)
    shown = settings.load(store)
    heard = SoundSettings.read(store.settings.get)
    assert (heard.sounds_on, heard.voice_on, heard.volume) == (
        shown.sounds_on,
        shown.voice_on,
        shown.volume,
    )
    assert getattr(heard, key) == getattr(settings.DEFAULTS, key)
