"""Keep the screen from dimming or locking while a guided session runs.

Someone on a mat two metres away cannot reach the mouse, so a locked screen in the middle
of a hold is more than an annoyance. Where the platform allows it:

- Linux and the BSDs: ``Inhibit`` on the session bus, first ``org.freedesktop.ScreenSaver``
  (KDE, GNOME, Xfce and most desktops), then ``org.freedesktop.PowerManagement.Inhibit``;
  ``UnInhibit`` with the cookie to release. The desktop also drops the inhibition when our
  bus connection closes, so a crash never leaves the screen on for good.
- Windows: ``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED |
  ES_SYSTEM_REQUIRED)`` on the calling (UI) thread, ``ES_CONTINUOUS`` alone to release;
  Windows forgets it when the thread ends.
- macOS: nothing yet (it would need an IOKit power assertion through ctypes); the
  session works the same, the display may just dim after the system's idle time.

Every failure — no session bus (CI, a bare container), no screen saver service, an odd
platform — is silent for the user and logged once at info level.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any, Protocol

log = logging.getLogger(__name__)

APP_NAME = "BackCoach"
DBUS_TIMEOUT_MS = 500
"""A desktop service that hangs must not freeze the session screen for long."""

DBUS_INHIBITORS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    (
        "org.freedesktop.PowerManagement",
        "/org/freedesktop/PowerManagement/Inhibit",
        "org.freedesktop.PowerManagement.Inhibit",
    ),
)
"""(service, object path, interface), tried in order; each has Inhibit(s, s) -> u and
UnInhibit(u). Older KDE and some Xfce versions serve the screen saver at /ScreenSaver."""

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002
KEEP_AWAKE = ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED
"""Display on and no sleep until further notice (a display kept on for a sleeping
computer would be no use)."""


class DBusError(Exception):
    pass


class Inhibitor(Protocol):
    """One D-Bus inhibition service on the session bus."""

    def inhibit(self, service: str, path: str, interface: str, reason: str) -> Any: ...

    def uninhibit(self, handle: Any) -> None: ...


_reported: set[str] = set()


def _report_once(message: str) -> None:
    if message not in _reported:
        _reported.add(message)
        log.info("%s", message)


class QtSessionBus:
    """``Inhibitor`` over QtDBus's session bus connection; raises DBusError."""

    def __init__(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        self._bus = QDBusConnection.sessionBus()
        if not self._bus.isConnected():
            raise DBusError(f"no session bus ({self._bus.lastError().message()})")

    def inhibit(self, service: str, path: str, interface: str, reason: str) -> Any:
        from PySide6.QtDBus import QDBus, QDBusInterface, QDBusMessage

        call = QDBusMessage.createMethodCall(service, path, interface, "Inhibit")
        call.setArguments([APP_NAME, reason])
        reply = self._bus.call(call, QDBus.CallMode.Block, DBUS_TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            raise DBusError(f"{service}{path}: {reply.errorName()} {reply.errorMessage()}")
        cookie = reply.arguments()[0]
        # UnInhibit takes a uint32, which PySide cannot put in a message directly (a Python
        # int goes out as int32 and the service rejects it). An introspected interface
        # knows the type; make it now, while the service is known to answer.
        proxy = QDBusInterface(service, path, interface, self._bus)
        proxy.setTimeout(DBUS_TIMEOUT_MS)
        return (proxy, cookie, service)

    def uninhibit(self, handle: Any) -> None:
        from PySide6.QtCore import Q_ARG, QMetaObject, Qt
        from PySide6.QtDBus import QDBusError as QtError

        proxy, cookie, service = handle
        if not proxy.isValid():
            raise DBusError(f"{service}: {proxy.lastError().message()}")
        QMetaObject.invokeMethod(
            proxy, "UnInhibit", Qt.ConnectionType.DirectConnection, Q_ARG("uint", cookie)
        )
        error = proxy.lastError()
        if error.type() != QtError.ErrorType.NoError:
            raise DBusError(f"{service}: {error.name()} {error.message()}")


def _windows_execution_state(flags: int) -> int:
    import ctypes

    function = ctypes.windll.kernel32.SetThreadExecutionState  # type: ignore[attr-defined]
    function.argtypes = [ctypes.c_uint]
    function.restype = ctypes.c_uint
    return int(function(flags))


class ScreenAwake:
    """``inhibit(reason)`` when a session starts, ``release()`` when it ends.

    Both are safe to call in any order and any number of times, and never raise. The
    arguments are for tests: ``platform`` as ``sys.platform``, ``bus`` builds the D-Bus
    ``Inhibitor``, ``execution_state`` stands for Windows' SetThreadExecutionState.
    """

    def __init__(
        self,
        platform: str | None = None,
        *,
        bus: Callable[[], Inhibitor] = QtSessionBus,
        execution_state: Callable[[int], int] = _windows_execution_state,
    ) -> None:
        self.platform = platform or sys.platform
        self._bus_factory = bus
        self._bus: Inhibitor | None = None
        self._execution_state = execution_state
        self._handle: Any = None
        self.active = False
        """True while the platform has accepted an inhibition of ours."""

    def inhibit(self, reason: str) -> bool:
        """Keep the screen awake; True if the platform accepted."""
        if self.active:
            return True
        try:
            if self.platform == "win32":
                self.active = self._windows(KEEP_AWAKE)
            elif self.platform == "darwin":
                _report_once("Keeping the screen awake is not supported on macOS yet")
            else:
                self.active = self._dbus_inhibit(reason)
        except Exception as error:  # nothing here may disturb a session
            _report_once(f"Could not keep the screen awake: {type(error).__name__}: {error}")
            self.active = False
        return self.active

    def release(self) -> None:
        """Let the screen dim and lock again as usual."""
        if not self.active:
            return
        self.active = False
        handle, self._handle = self._handle, None
        try:
            if self.platform == "win32":
                self._windows(ES_CONTINUOUS)
            elif self._bus is not None and handle is not None:
                self._bus.uninhibit(handle)
        except Exception as error:
            _report_once(f"Could not release the screen: {type(error).__name__}: {error}")

    def _windows(self, flags: int) -> bool:
        if self._execution_state(flags) == 0:  # the previous state, or 0 on failure
            _report_once("SetThreadExecutionState failed")
            return False
        return True

    def _dbus_inhibit(self, reason: str) -> bool:
        if self._bus is None:
            try:
                self._bus = self._bus_factory()
            except Exception as error:  # ImportError, no bus
                _report_once(f"Screen stays as the system sets it: {error}")
                return False
        failures = []
        for service, path, interface in DBUS_INHIBITORS:
            try:
                self._handle = self._bus.inhibit(service, path, interface, reason)
            except Exception as error:
                failures.append(str(error))
                continue
            log.debug("Screen kept awake through %s", service)
            return True
        _report_once("No service to keep the screen awake: " + "; ".join(failures))
        return False
