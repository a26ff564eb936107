"""The Settings screen: shows the stored values, stores each change under its key, applies
theme and text size live (the session screen's own big fonts too), and its actions."""

from __future__ import annotations

import configparser
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFont, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.services import settings
from backcoach.ui import theme as theme_module
from backcoach.ui.settings.settings_page import SettingsPage
from backcoach.ui.theme import DARK, LIGHT, ThemeManager, scaled_size


@pytest.fixture
def theme_manager(qapp):
    """A ThemeManager on the shared application, its font and sheet put back afterwards."""
    font, sheet, palette = QFont(qapp.font()), qapp.styleSheet(), qapp.palette()
    manager = ThemeManager(qapp, "light")
    yield manager
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


@pytest.fixture
def context(ready_store) -> AppContext:
    return AppContext(ready_store.data_dir, load_catalogue(), ready_store)


@pytest.fixture
def page(qtbot, context, theme_manager) -> SettingsPage:
    # A desktop with a tray, speakers and a voice: every switch works.
    widget = SettingsPage(
        context, theme_manager, has_tray=lambda: True, sound_check=_sound_check(True, True)
    )
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    return widget


def test_page_shows_the_stored_values(qtbot, context, theme_manager) -> None:
    settings.save(context, "pain_threshold", 3)
    settings.save(context, "daily_goal_min", 30)
    settings.save(context, "theme", "dark")
    settings.save(context, "reminder_days", [5, 6])
    settings.save(context, "reminder_time", "07:45")
    settings.save(context, "rest_s", 20)
    page = SettingsPage(context, theme_manager)
    qtbot.addWidget(page)
    assert page.threshold_spin.value() == 3
    assert page.goal_spin.value() == 30
    assert page.theme_combo.currentData() == "dark"
    assert [b.isChecked() for b in page.day_boxes] == [False] * 5 + [True, True]
    assert page.time_edit.time().toString("HH:mm") == "07:45"
    assert page.rest_spin.value() == 20


def test_each_change_is_stored_under_its_key_and_announced(page, context, qtbot) -> None:
    changes = [
        (lambda: page.threshold_spin.setValue(4), "pain_threshold", 4),
        (lambda: page.goal_spin.setValue(20), "daily_goal_min", 20),
        (lambda: page.get_ready_spin.setValue(8), "get_ready_s", 8),
        (lambda: page.rest_spin.setValue(30), "rest_s", 30),
        (lambda: page.rest_spin.setValue(page.rest_spin.minimum()), "rest_s", None),
        (lambda: page.volume_slider.setValue(40), "volume", 40),
        (lambda: page.sounds_box.setChecked(False), "sounds_on", False),
        (lambda: page.voice_box.setChecked(False), "voice_on", False),
        (lambda: page.reminders_box.setChecked(True), "reminders_on", True),
        (lambda: page.day_boxes[5].setChecked(True), "reminder_days", [0, 1, 2, 3, 4, 5]),
        (lambda: page.tray_box.setChecked(True), "close_to_tray", True),
    ]
    for change, key, value in changes:
        with qtbot.waitSignal(page.settings_changed) as signal:
            change()
        assert signal.args == [key]
        assert context.setting(key) == value


def test_pain_rule_is_explained_with_its_source(page) -> None:
    assert (page.threshold_spin.minimum(), page.threshold_spin.maximum()) == (1, 4)
    description = page.threshold_spin.accessibleDescription()
    assert "Childs" in description and "2005" in description
    shown = [label.text() for label in page.findChildren(QLabel)]
    assert description in shown


def test_volume_follows_sounds_and_voice(page) -> None:
    page.sounds_box.setChecked(False)
    page.voice_box.setChecked(False)
    assert not page.volume_slider.isEnabled()
    page.voice_box.setChecked(True)
    assert page.volume_slider.isEnabled()
    page.volume_slider.setValue(55)
    assert page.volume_value.text() == "55%"


def test_theme_changes_live_and_is_remembered_for_the_first_paint(page, context, qapp) -> None:
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("dark"))
    assert page.theme_manager.colours is DARK
    assert DARK.window in qapp.styleSheet()
    assert theme_module.load_appearance(Path(context.data_dir)) == ("dark", 1.0)
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("light"))
    assert page.theme_manager.colours is LIGHT


def test_text_size_scales_fonts_sheet_and_the_sessions_own_fonts(page, qapp, qtbot) -> None:
    big = QLabel("Hold")  # as the session screen makes its big labels
    font = QFont(big.font())
    font.setPointSizeF(26)
    big.setFont(font)
    zone = QPushButton("3")  # as the pain scale styles its buttons
    zone.setStyleSheet("QPushButton { font-size: 22pt; }")
    for widget in (big, zone):
        qtbot.addWidget(widget)
    base = page.theme_manager.base_point_size
    assert "font-size: 22pt" in qapp.styleSheet()

    page.text_size_combo.setCurrentIndex(page.text_size_combo.findData(2.0))
    assert qapp.font().pointSizeF() == pytest.approx(base * 2)
    title = scaled_size(22, 2.0)
    assert 22 * 1.5 < title < 22 * 2  # display type grows, a little less than body text
    assert f"font-size: {title:g}pt" in qapp.styleSheet()  # the title role
    assert big.font().pointSizeF() == pytest.approx(scaled_size(26, 2.0))
    assert f"font-size: {title:g}pt" in zone.styleSheet()

    page.text_size_combo.setCurrentIndex(page.text_size_combo.findData(1.25))
    assert big.font().pointSizeF() == pytest.approx(scaled_size(26, 1.25))
    page.text_size_combo.setCurrentIndex(page.text_size_combo.findData(1.0))
    assert qapp.font().pointSizeF() == pytest.approx(base)
    assert big.font().pointSizeF() == pytest.approx(26)
    assert zone.styleSheet() == "QPushButton { font-size: 22pt; }"


def test_display_sizes_grow_less_but_keep_their_order() -> None:
    sizes = [10, 12, 14, 16, 18, 20, 22, 26, 30, 40]
    for scale in (1.25, 1.5, 2.0):
        grown = [scaled_size(s, scale) for s in sizes]
        assert grown == sorted(grown)
        assert grown[:3] == pytest.approx([s * scale for s in sizes[:3]])  # body: full scale
        for size, size_now in zip(sizes, grown, strict=True):
            assert size * scale**0.5 - 0.01 <= size_now <= size * scale + 0.01


def test_a_font_copied_from_the_app_font_follows_the_text_size(theme_manager, qtbot) -> None:
    theme_manager.set_text_scale(1.5)
    bold = QLabel("Set 1 of 2")
    font = QFont(bold.font())  # made while text is at 150%
    font.setBold(True)
    bold.setFont(font)
    qtbot.addWidget(bold)
    theme_manager.set_text_scale(1.0)
    assert bold.font().pointSizeF() == pytest.approx(theme_manager.base_point_size)
    assert bold.font().bold()


def test_reduce_motion_reaches_the_context(page, context) -> None:
    page.reduce_motion_box.setChecked(True)
    assert context.reduce_motion is True
    assert context.setting("reduce_motion") is True


def test_start_at_login_writes_the_autostart_entry(page, tmp_path) -> None:
    # conftest points XDG_CONFIG_HOME into the test's temporary home.
    entry = Path(
        tmp_path / "home" / ".config" / "autostart" / "io.github.backcoach.BackCoach.desktop"
    )
    page.login_box.setChecked(True)
    assert entry.is_file()
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read(entry)
    assert "backcoach" in parsed["Desktop Entry"]["Exec"]
    page.login_box.setChecked(False)
    assert not entry.exists()


def test_start_at_login_refused_by_the_system_is_said_and_undone(page, monkeypatch) -> None:
    from backcoach.services import reminders_autostart

    def refuse(on: bool, **_where) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(reminders_autostart, "set_start_at_login", refuse)
    page.login_box.setChecked(True)
    assert not page.login_box.isChecked()
    assert "Permission denied" in page.status.text()


def test_add_to_calendar_saves_a_weekly_event_for_the_chosen_days(page, tmp_path) -> None:
    page.reminders_box.setChecked(True)
    page.day_boxes[1].setChecked(False)  # Monday, Wednesday, Thursday, Friday
    page.time_edit.setTime(page.time_edit.time().fromString("19:15", "HH:mm"))
    target = tmp_path / "exercise.ics"
    assert page.save_calendar(target, today=date(2025, 3, 3))
    event = Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    assert event["RRULE"]["BYDAY"] == ["MO", "WE", "TH", "FR"]
    assert event.decoded("DTSTART").strftime("%a %H:%M") == "Mon 19:15"
    assert str(target) in page.status.text()


def test_back_up_now_makes_a_backup(page, context, qtbot) -> None:
    before = len(context.store.list_backups())
    page.back_up_now()
    qtbot.waitUntil(lambda: page.backup_button.isEnabled(), timeout=5000)
    assert len(context.store.list_backups()) == before + 1
    assert "Backup saved" in page.status.text()


def test_data_folder_is_shown_and_more_data_actions_lead_to_your_data(page, context, qtbot):
    assert page.path_label.text() == str(context.data_dir)
    with qtbot.waitSignal(page.data_screen_requested):
        page.more_data_button.click()


def test_mouse_wheel_over_an_unfocused_control_does_not_change_it(page, qtbot) -> None:
    spin = page.threshold_spin
    before = spin.value()
    centre = QPointF(spin.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(spin.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(spin, event)
    assert spin.value() == before


def test_refresh_shows_values_changed_elsewhere_without_storing_again(page, context, qtbot):
    context.store.settings.set("daily_goal_min", 45)
    with qtbot.assertNotEmitted(page.settings_changed):
        page.refresh()
    assert page.goal_spin.value() == 45


def test_every_control_has_a_name_and_a_description(page) -> None:
    from tests.gui.test_accessibility import accessible_name, interactive_widgets

    controls = interactive_widgets(page)
    assert len(controls) > 20
    for control in controls:
        assert accessible_name(control), control
        assert control.accessibleDescription() or control.toolTip(), accessible_name(control)


def test_page_is_built_without_a_theme_manager(qtbot, context) -> None:
    page = SettingsPage(context, None)
    qtbot.addWidget(page)
    page.theme_combo.setCurrentIndex(page.theme_combo.findData("dark"))
    assert context.setting("theme") == "dark"


def test_stored_appearance_sizes_fonts_screens_set_after_the_first_paint(theme_manager, qtbot):
    """At start the first paint uses the remembered size; screens built later (the
    session's big labels) are sized when the stored settings are applied."""
    theme_manager.set_text_scale(2.0)
    late = QLabel("Rest")
    font = QFont(late.font())
    font.setPointSizeF(26)
    late.setFont(font)
    qtbot.addWidget(late)
    theme_manager.set_appearance("light", 2.0)  # nothing changes but the late label
    assert late.font().pointSizeF() == pytest.approx(scaled_size(26, 2.0))


def test_remembered_appearance_survives_bad_files(tmp_path) -> None:
    assert theme_module.load_appearance(tmp_path) == ("system", 1.0)
    theme_module.save_appearance(tmp_path, "dark", 1.5)
    assert theme_module.load_appearance(tmp_path) == ("dark", 1.5)
    damaged = tmp_path / "damaged"  # a new file: QSettings caches the one it wrote
    damaged.mkdir()
    (damaged / theme_module.APPEARANCE_FILE).write_text(
        "[appearance]\ntheme=purple\ntext_scale=x\n"
    )
    assert theme_module.load_appearance(damaged) == ("system", 1.0)


def test_style_sheet_images_exist_and_survive_spaces_in_the_path() -> None:
    import re

    for colours in (LIGHT, DARK):
        sheet = theme_module.style_sheet(colours)
        assert "url(" in sheet and not re.search(r"url\([^\"]", sheet)  # quoted: C:/Program Files
        for path in re.findall(r'url\("([^"]+)"\)', sheet):
            assert Path(path).is_file(), path


def test_the_name_for_the_report_is_kept(page, context) -> None:
    from backcoach.services import settings as settings_service

    page.report_name.setText("Sam Taylor")
    page.report_name.editingFinished.emit()
    assert settings_service.get(context, "report_name") == "Sam Taylor"


# --- what this desktop can do: tray, audio output, voice -------------------------------
def _sound_check(output: bool, voice: bool | None):
    from backcoach.ui.settings.sound_check import SoundCheck

    def probe(_parent, answer) -> None:
        if voice is not None:
            answer(voice)

    return SoundCheck(outputs=lambda: output, voice_probe=probe, follow_devices=False)


def _settings_page(qtbot, context, *, tray=True, output=True, voice=True) -> SettingsPage:
    page = SettingsPage(
        context, None, has_tray=lambda: tray, sound_check=_sound_check(output, voice)
    )
    qtbot.addWidget(page)
    page.resize(1000, 800)
    page.show()
    qtbot.waitUntil(lambda: page.sound_check.output is not None)
    return page


def test_without_a_tray_settings_says_reminders_need_the_app_open(qtbot, context) -> None:
    page = _settings_page(qtbot, context, tray=False)
    assert not page.tray_box.isVisible()
    assert page.tray_notice.isVisible()
    text = page.tray_notice_text.text()
    assert "only while BackCoach is open" in text
    assert "closing its window quits it" in text
    with_tray = _settings_page(qtbot, context, tray=True)
    assert with_tray.tray_box.isVisible() and not with_tray.tray_notice.isVisible()


def test_without_an_audio_device_sound_and_voice_show_off_with_the_reason(qtbot, context) -> None:
    settings.save(context, "sounds_on", True)
    settings.save(context, "voice_on", True)
    page = _settings_page(qtbot, context, output=False)
    for box in (page.sounds_box, page.voice_box):
        assert not box.isEnabled() and not box.isChecked()
        assert "no speakers or headphones" in box.accessibleDescription()
    assert page.sound_notice.isVisible()
    assert "no speakers or headphones" in page.sound_notice_text.text()
    assert not page.volume_slider.isEnabled()
    # The user's choices are kept for when a device is plugged in.
    assert settings.get(context, "sounds_on") is True
    assert settings.get(context, "voice_on") is True
    page.sound_check.output = True
    page.sound_check.changed.emit()
    assert page.sounds_box.isEnabled() and page.sounds_box.isChecked()
    assert page.voice_box.isChecked() and not page.sound_notice.isVisible()


def test_without_a_voice_only_the_voice_switch_is_off(qtbot, context) -> None:
    page = _settings_page(qtbot, context, voice=False)
    assert page.sounds_box.isEnabled() and page.sounds_box.isChecked()
    assert not page.voice_box.isEnabled() and not page.voice_box.isChecked()
    assert "No voice is installed" in page.sound_notice_text.text()
    assert page.volume_slider.isEnabled()


def test_while_the_voice_check_runs_the_switches_show_the_stored_choice(qtbot, context) -> None:
    page = _settings_page(qtbot, context, voice=None)
    assert page.voice_box.isEnabled() and page.voice_box.isChecked()
    assert not page.sound_notice.isVisible()


def test_the_start_at_login_entry_keeps_a_chosen_data_folder(page, context, tmp_path) -> None:
    entry = tmp_path / "home" / ".config" / "autostart" / "io.github.backcoach.BackCoach.desktop"
    page.login_box.setChecked(True)
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read(entry)
    command = parsed["Desktop Entry"]["Exec"]
    assert f"--data-dir {Path(context.data_dir).resolve()}" in command


def test_an_older_login_entry_without_the_data_folder_is_renewed(qtbot, context, tmp_path) -> None:
    from backcoach.services import reminders_autostart

    reminders_autostart.set_start_at_login(True, command=["/usr/bin/backcoach"])
    entry = reminders_autostart.linux_autostart_path()
    assert "--data-dir" not in entry.read_text(encoding="utf-8")
    _settings_page(qtbot, context)
    assert f"--data-dir {Path(context.data_dir).resolve()}" in entry.read_text(encoding="utf-8")


def test_a_theme_change_at_large_text_keeps_the_screens_own_sizes(theme_manager, qtbot):
    """A new theme (from Settings, or the system turning dark) re-applies the sheet,
    which gives widgets back their 100% fonts: hidden ones too (a session view not on
    screen) must keep the size for the text scale."""
    from PySide6.QtWidgets import QStackedWidget, QWidget

    stack = QStackedWidget()
    qtbot.addWidget(stack)
    shown, hidden = QLabel("Hold"), QLabel("Time for a break")
    for label in (shown, hidden):
        font = QFont(label.font())
        font.setPointSizeF(17)
        label.setFont(font)
        page = QWidget()
        label.setParent(page)
        stack.addWidget(page)
    stack.show()
    theme_manager.set_text_scale(2.0)
    for theme in ("dark", "light"):
        theme_manager.apply(theme)
        for label in (shown, hidden):
            label.ensurePolished()
            assert label.font().pointSizeF() == pytest.approx(scaled_size(17, 2.0)), theme
