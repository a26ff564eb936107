"""Keeping the screen awake: the right call per platform, a clean release, and silence
(never an exception) wherever the platform offers no way. Fakes stand in for D-Bus and
for Windows; one test uses this machine's real (in CI: missing) session bus."""

from __future__ import annotations

import logging

import pytest

from backcoach.services import screen_awake
from backcoach.services.screen_awake import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    DBusError,
    ScreenAwake,
)

SCREEN_SAVER = "org.freedesktop.ScreenSaver"
POWER = "org.freedesktop.PowerManagement"


class FakeBus:
    """An Inhibitor whose services answer, or fail, as the test says."""

    def __init__(self, working: set[str]) -> None:
        self.working = working
        self.calls: list[tuple] = []

    def inhibit(self, service: str, path: str, interface: str, reason: str):
        self.calls.append(("inhibit", service, path, interface, reason))
        if service not in self.working:
            raise DBusError(f"{service}: org.freedesktop.DBus.Error.ServiceUnknown")
        return (service, 17)

    def uninhibit(self, handle) -> None:
        self.calls.append(("uninhibit", handle))


def test_linux_inhibits_through_the_screen_saver_and_releases_with_its_cookie() -> None:
    bus = FakeBus({SCREEN_SAVER, POWER})
    awake = ScreenAwake("linux", bus=lambda: bus)
    assert awake.inhibit("A guided exercise session is running")
    assert awake.inhibit("again") and len(bus.calls) == 1  # already held: no second call
    awake.release()
    awake.release()  # twice is harmless
    assert bus.calls == [
        (
            "inhibit",
            SCREEN_SAVER,
            "/org/freedesktop/ScreenSaver",
            SCREEN_SAVER,
            "A guided exercise session is running",
        ),
        ("uninhibit", (SCREEN_SAVER, 17)),
    ]
    assert not awake.active


def test_linux_falls_back_to_power_management() -> None:
    bus = FakeBus({POWER})
    awake = ScreenAwake("linux", bus=lambda: bus)
    assert awake.inhibit("session")
    services = [call[1] for call in bus.calls]
    assert services == [SCREEN_SAVER, SCREEN_SAVER, POWER]  # two screen saver paths first
    assert bus.calls[-1][2:4] == (
        "/org/freedesktop/PowerManagement/Inhibit",
        "org.freedesktop.PowerManagement.Inhibit",
    )
    awake.release()
    assert bus.calls[-1] == ("uninhibit", (POWER, 17))


def test_no_service_on_the_bus_is_quiet_and_logged_once(caplog) -> None:
    screen_awake._reported.clear()
    bus = FakeBus(set())
    with caplog.at_level(logging.INFO, logger="backcoach.services.screen_awake"):
        for _ in range(3):
            awake = ScreenAwake("linux", bus=lambda: bus)
            assert awake.inhibit("session") is False
            awake.release()
    assert not any(call[0] == "uninhibit" for call in bus.calls)
    assert len(caplog.records) == 1 and caplog.records[0].levelno == logging.INFO


def test_no_session_bus_is_quiet() -> None:
    def no_bus():
        raise DBusError("no session bus (Unable to autolaunch a dbus-daemon)")

    awake = ScreenAwake("linux", bus=no_bus)
    assert awake.inhibit("session") is False
    awake.release()


def test_this_machines_real_session_bus_never_raises(qtbot, monkeypatch) -> None:
    """In CI there is no session bus at all; on a desktop the real call goes through."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    awake = ScreenAwake("linux")
    held = awake.inhibit("BackCoach test")
    assert held is awake.active
    awake.release()
    assert not awake.active


def test_a_failing_release_never_raises() -> None:
    class Stubborn(FakeBus):
        def uninhibit(self, handle) -> None:
            raise DBusError("org.freedesktop.DBus.Error.NoReply")

    awake = ScreenAwake("linux", bus=lambda: Stubborn({SCREEN_SAVER}))
    assert awake.inhibit("session")
    awake.release()
    assert not awake.active


def test_windows_keeps_display_on_and_releases_with_continuous_alone() -> None:
    calls: list[int] = []

    def execution_state(flags: int) -> int:
        calls.append(flags)
        return ES_CONTINUOUS  # the previous state: success

    awake = ScreenAwake("win32", execution_state=execution_state)
    assert awake.inhibit("session")
    awake.release()
    assert calls[0] & ES_CONTINUOUS and calls[0] & ES_DISPLAY_REQUIRED
    assert calls[1] == ES_CONTINUOUS


@pytest.mark.parametrize(
    "execution_state",
    [lambda flags: 0, lambda flags: (_ for _ in ()).throw(OSError("no kernel32"))],
    ids=["returns-null", "raises"],
)
def test_windows_failure_is_quiet(execution_state) -> None:
    awake = ScreenAwake("win32", execution_state=execution_state)
    assert awake.inhibit("session") is False
    awake.release()


def test_macos_is_skipped_quietly() -> None:
    def never():
        raise AssertionError("no D-Bus on macOS")

    awake = ScreenAwake("darwin", bus=never)
    assert awake.inhibit("session") is False
    awake.release()
