"""Reminders: when they are due, that they fire on a fake clock, the tray message, and
starting BackCoach at login on each system (every location injected, nothing real)."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from tests.gui.fakes import FakeStore

from backcoach.services import reminders_autostart as autostart
from backcoach.services import settings
from backcoach.services.reminders import ReminderService
from backcoach.services.reminders_schedule import Schedule

MONDAY = datetime(2025, 3, 3, 9, 0)  # a Monday


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def _store(days=(0, 2, 4), at="18:00", on=True) -> FakeStore:
    store = FakeStore()
    settings.save(store, "reminders_on", on)
    settings.save(store, "reminder_days", list(days))
    settings.save(store, "reminder_time", at)
    return store


# --- the schedule ------------------------------------------------------------------------
def test_next_reminder_is_the_next_chosen_day_at_the_chosen_time() -> None:
    schedule = Schedule.parse([0, 2, 4], "18:00")
    assert schedule.next_after(MONDAY) == datetime(2025, 3, 3, 18, 0)
    assert schedule.next_after(datetime(2025, 3, 3, 18, 0)) == datetime(2025, 3, 5, 18, 0)
    assert schedule.next_after(datetime(2025, 3, 7, 19, 0)) == datetime(2025, 3, 10, 18, 0)
    assert Schedule.parse([], "18:00").next_after(MONDAY) is None


def test_a_reminder_is_due_once_within_the_hour_after_its_time() -> None:
    schedule = Schedule.parse([0], "18:00")
    since = MONDAY
    assert schedule.due(datetime(2025, 3, 3, 17, 59), since) is None
    assert schedule.due(datetime(2025, 3, 3, 18, 0), since) == datetime(2025, 3, 3, 18, 0)
    assert schedule.due(datetime(2025, 3, 3, 18, 50), since) == datetime(2025, 3, 3, 18, 0)
    # Already reminded about, or too late to be useful (the laptop slept all evening).
    assert schedule.due(datetime(2025, 3, 3, 18, 5), datetime(2025, 3, 3, 18, 0)) is None
    assert schedule.due(datetime(2025, 3, 3, 19, 1), since) is None
    # Not a chosen day.
    assert schedule.due(datetime(2025, 3, 4, 18, 0), since) is None


# --- the service on a fake clock ---------------------------------------------------------
def test_reminder_fires_at_its_time_on_a_fake_clock(qtbot) -> None:
    clock = FakeClock(datetime(2025, 3, 3, 17, 59, 50))
    service = ReminderService(_store(), clock=clock, interval_ms=5)
    service.start()
    assert service.next_reminder() == datetime(2025, 3, 3, 18, 0)
    qtbot.wait(30)  # the timer runs, nothing is due yet
    with qtbot.waitSignal(service.due, timeout=2000) as fired:
        clock.advance(seconds=15)
    assert fired.args == [datetime(2025, 3, 3, 18, 0)]
    service.stop()


def test_reminder_fires_once_per_occurrence(qtbot) -> None:
    clock = FakeClock(datetime(2025, 3, 3, 17, 0))
    service = ReminderService(_store(), clock=clock, interval_ms=60_000)
    service.start()
    fired: list[datetime] = []
    service.due.connect(fired.append)
    for _ in range(3):
        clock.advance(minutes=30)
        service.check()
    clock.advance(days=2)  # Wednesday 18:30
    service.check()
    service.check()
    assert fired == [datetime(2025, 3, 3, 18, 0), datetime(2025, 3, 5, 18, 0)]


def test_nothing_fires_while_reminders_are_off_or_for_a_time_already_gone(qtbot) -> None:
    store = _store(on=False)
    clock = FakeClock(datetime(2025, 3, 3, 17, 0))
    service = ReminderService(store, clock=clock)
    service.start()
    fired: list[datetime] = []
    service.due.connect(fired.append)
    clock.advance(hours=1, minutes=10)  # 18:10, reminders off
    service.check()
    settings.save(store, "reminders_on", True)  # turned on after 18:00 has passed
    service.check()
    clock.advance(minutes=5)
    service.check()
    assert fired == []
    assert service.next_reminder() == datetime(2025, 3, 5, 18, 0)


def test_a_reminder_before_the_app_started_is_not_replayed(qtbot) -> None:
    clock = FakeClock(datetime(2025, 3, 3, 18, 20))
    service = ReminderService(_store(), clock=clock)
    service.start()
    fired: list[datetime] = []
    service.due.connect(fired.append)
    service.check()
    assert fired == []


def test_no_timer_runs_while_reminders_are_off(qtbot) -> None:
    store = _store(on=False)
    clock = FakeClock(datetime(2025, 3, 3, 17, 0))
    service = ReminderService(store, clock=clock)
    service.start()
    assert not service.waiting
    settings.save(store, "reminders_on", True)
    service.settings_changed()  # Settings tells the service
    assert service.waiting
    settings.save(store, "reminders_on", False)
    service.settings_changed()
    assert not service.waiting


def test_with_reminders_on_the_service_wakes_at_the_next_one_not_before(qtbot) -> None:
    clock = FakeClock(datetime(2025, 3, 3, 17, 59, 0))  # a minute before Monday 18:00
    service = ReminderService(_store(), clock=clock)
    service.start()
    assert service.waiting
    assert 55_000 <= service._timer.remainingTime() <= 63_000  # a coarse timer: +-5 %
    clock.now = datetime(2025, 3, 4, 9, 0)  # Tuesday: the next is Wednesday 18:00
    service.settings_changed()
    assert service._timer.remainingTime() <= service.interval_ms * 1.05  # a coarse wake at most


# --- the tray message --------------------------------------------------------------------
class FakeTray:
    def __init__(self, icon, parent) -> None:
        from PySide6.QtCore import QObject, Signal

        class _Signals(QObject):
            messageClicked = Signal()
            activated = Signal(object)

        self._signals = _Signals()
        self.messageClicked = self._signals.messageClicked
        self.activated = self._signals.activated
        self.visible = False
        self.messages: list[tuple[str, str]] = []

    def setToolTip(self, text) -> None:
        self.tooltip = text

    def setContextMenu(self, menu) -> None:
        self.menu = menu

    def setVisible(self, on: bool) -> None:
        self.visible = on

    def showMessage(self, title, body, icon, msecs) -> None:
        self.messages.append((title, body))


def test_the_tray_shows_the_reminder_as_a_desktop_notification(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

    from backcoach.ui.settings.tray import ReminderTray

    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    window = QWidget()
    qtbot.addWidget(window)
    store = _store()
    tray = ReminderTray(window, store, available=lambda: True, tray_factory=FakeTray)
    assert tray.tray.visible  # reminders are on
    tray.remind(datetime(2025, 3, 3, 18, 0))
    title, body = tray.tray.messages[-1]
    assert "back exercises" in title
    assert "15 minutes" in body
    with qtbot.waitSignal(tray.open_requested):
        tray.tray.messageClicked.emit()

    settings.save(store, "reminders_on", False)
    settings.save(store, "close_to_tray", True)
    tray.update_visibility()
    assert tray.tray.visible and tray.keeps_running()
    assert not QApplication.quitOnLastWindowClosed()
    settings.save(store, "close_to_tray", False)
    tray.update_visibility()
    assert not tray.tray.visible and not tray.keeps_running()
    assert QApplication.quitOnLastWindowClosed()


def test_without_a_notification_area_the_window_is_flashed_instead(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    from backcoach.ui.settings.tray import ReminderTray

    alerts = []
    monkeypatch.setattr(QApplication, "alert", staticmethod(lambda w, ms=0: alerts.append(w)))
    window = QWidget()
    qtbot.addWidget(window)
    tray = ReminderTray(window, _store(), available=lambda: False, tray_factory=FakeTray)
    assert not tray.tray.visible
    tray.remind()
    assert alerts == [window]
    assert tray.tray.messages == []


# --- start at login ----------------------------------------------------------------------
COMMAND = ["/opt/Back Coach/backcoach", "--data-dir", "/home/sam/100% mine"]


def test_linux_autostart_entry_is_a_valid_desktop_file(tmp_path: Path) -> None:
    config = tmp_path / "config"
    autostart.set_start_at_login(True, platform="linux", command=COMMAND, config_home=config)
    path = config / "autostart" / "io.github.backcoach.BackCoach.desktop"
    assert path == autostart.linux_autostart_path(config)
    assert autostart.starts_at_login(platform="linux", config_home=config)
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(path, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "BackCoach"
    # Spaces quoted, % doubled (Desktop Entry specification, the Exec key).
    assert section["Exec"] == '"/opt/Back Coach/backcoach" --data-dir "/home/sam/100%% mine"'
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr

    autostart.set_start_at_login(False, platform="linux", command=COMMAND, config_home=config)
    assert not path.exists()
    assert not autostart.starts_at_login(platform="linux", config_home=config)
    autostart.set_start_at_login(False, platform="linux", command=COMMAND, config_home=config)


def test_desktop_exec_escapes_reserved_characters() -> None:
    assert autostart.desktop_exec(["/usr/bin/backcoach"]) == "/usr/bin/backcoach"
    assert autostart.desktop_exec(['/a "b"/$x`y\\z']) == '"/a \\"b\\"/\\$x\\`y\\\\z"'


def test_linux_path_follows_xdg_config_home(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert autostart.linux_autostart_path() == (
        tmp_path / "xdg" / "autostart" / "io.github.backcoach.BackCoach.desktop"
    )


class FakeWinreg:
    """The few winreg calls the Run key needs, over a dict."""

    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[int, str]]] = {}
        self.open = 0

    def CreateKey(self, root, path):
        self.keys.setdefault(f"{root}\\{path}", {})
        self.open += 1
        return f"{root}\\{path}"

    def OpenKey(self, root, path):
        if f"{root}\\{path}" not in self.keys:
            raise FileNotFoundError(path)
        self.open += 1
        return f"{root}\\{path}"

    def CloseKey(self, key) -> None:
        self.open -= 1

    def SetValueEx(self, key, name, reserved, kind, value) -> None:
        self.keys[key][name] = (kind, value)

    def QueryValueEx(self, key, name):
        if name not in self.keys[key]:
            raise FileNotFoundError(name)
        return self.keys[key][name]

    def DeleteValue(self, key, name) -> None:
        if name not in self.keys[key]:
            raise FileNotFoundError(name)
        del self.keys[key][name]


def test_windows_start_at_login_is_a_run_key_value() -> None:
    reg = FakeWinreg()
    assert not autostart.starts_at_login(platform="win32", registry=reg)
    command = ["C:\\Program Files\\BackCoach\\BackCoach.exe"]
    autostart.set_start_at_login(True, platform="win32", command=command, registry=reg)
    run = reg.keys["HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"]
    assert run["BackCoach"] == (reg.REG_SZ, '"C:\\Program Files\\BackCoach\\BackCoach.exe"')
    assert autostart.starts_at_login(platform="win32", registry=reg)
    autostart.set_start_at_login(False, platform="win32", command=command, registry=reg)
    autostart.set_start_at_login(False, platform="win32", command=command, registry=reg)
    assert "BackCoach" not in run
    assert reg.open == 0  # every key closed again


def test_macos_start_at_login_is_a_launch_agent(tmp_path: Path) -> None:
    autostart.set_start_at_login(True, platform="darwin", command=COMMAND, home=tmp_path)
    path = tmp_path / "Library" / "LaunchAgents" / "io.github.backcoach.BackCoach.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["Label"] == "io.github.backcoach.BackCoach"
    assert agent["ProgramArguments"] == COMMAND
    assert agent["RunAtLoad"] is True
    assert autostart.starts_at_login(platform="darwin", home=tmp_path)
    autostart.set_start_at_login(False, platform="darwin", command=COMMAND, home=tmp_path)
    assert not path.exists()


def test_the_launch_command_starts_this_backcoach(monkeypatch) -> None:
    import sys

    command = autostart.launch_command()
    assert command[0] == sys.executable
    assert command[1:] == ["-m", "backcoach"]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.launch_command() == [sys.executable]


@pytest.mark.parametrize("hhmm", ["00:00", "07:30", "23:59"])
def test_schedule_parses_any_valid_time(hhmm: str) -> None:
    hour, minute = (int(p) for p in hhmm.split(":"))
    assert Schedule.parse([0], hhmm).at == time(hour, minute)


def test_the_launch_command_keeps_a_data_folder_other_than_the_usual_one(
    monkeypatch, tmp_path: Path
) -> None:
    from backcoach import paths

    usual = tmp_path / "usual"
    monkeypatch.setattr(paths, "default_data_dir", lambda: usual)
    chosen = tmp_path / "my data"
    assert autostart.launch_command(chosen)[-2:] == ["--data-dir", str(chosen.resolve())]
    assert "--data-dir" not in autostart.launch_command(usual)
    assert "--data-dir" not in autostart.launch_command()
    # Written into the login entry, quoted so the space survives.
    config = tmp_path / "config"
    autostart.set_start_at_login(
        True, platform="linux", command=autostart.launch_command(chosen), config_home=config
    )
    text = autostart.linux_autostart_path(config).read_text(encoding="utf-8")
    assert f'--data-dir "{chosen.resolve()}"' in text
