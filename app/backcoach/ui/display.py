"""No window can be opened: say so in plain words and exit 2, instead of Qt's abort.

Without a reachable display Qt's xcb platform aborts (core dump) with "xcb-cursor0 is
needed" (a hint about a library that is installed); Sam needs plain words instead.
Nothing connects to the display server to find out beforehand: a test connection to an
X server with no other client makes it reset, and Qt's own connection a moment later then
fails. So: no display variable at all is caught before Qt starts; a display that cannot be
reached is caught from Qt's own messages while the application is being created.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

EXIT_NO_DISPLAY = 2
# The platforms that need a display server; any other (offscreen, vnc, eglfs, ...) is
# the user's explicit choice and left to Qt.
_WINDOWING = {"", "xcb", "wayland", "wayland-egl"}
# What Qt's platforms log when they cannot reach their server (before the fatal message).
_UNREACHABLE = ("could not connect to display", "Failed to create wl_display")

_ADVICE = (
    "Start it from your desktop's menu or a terminal inside your desktop session.\n"
    "Without a desktop, `backcoach --help` lists the commands that work anyway "
    "(for example `backcoach report`)."
)


def _needs_display(environ: Mapping[str, str]) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    platforms = {p.split(":")[0] for p in environ.get("QT_QPA_PLATFORM", "").split(";")}
    return platforms <= _WINDOWING


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """The message when no display is named at all (None when one is, or none is needed)."""
    environ = os.environ if environ is None else environ
    if not _needs_display(environ):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "BackCoach opens a window, but no desktop display was found (DISPLAY and "
        f"WAYLAND_DISPLAY are not set).\n{_ADVICE}"
    )


def unreachable_message(environ: Mapping[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    shown = ", ".join(
        f"{name}={environ[name]}" for name in ("WAYLAND_DISPLAY", "DISPLAY") if environ.get(name)
    )
    return (
        f"BackCoach opens a window, but the desktop display could not be reached ({shown}).\n"
        f"{_ADVICE}"
    )


@contextmanager
def exit_2_if_unreachable(say: Callable[[str], None]) -> Iterator[None]:
    """Around creating the QApplication: when Qt reports that it cannot reach the display
    and then gives up (a fatal message, after which it would abort), say why and exit 2."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if any(text in message for text in _UNREACHABLE):
            seen.append(message)
        if kind == QtMsgType.QtFatalMsg:
            say(unreachable_message() if seen else message)
            sys.stderr.flush()
            os._exit(EXIT_NO_DISPLAY if seen else 134)
        elif kind != QtMsgType.QtDebugMsg and not seen:
            sys.stderr.write(message + "\n")

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
