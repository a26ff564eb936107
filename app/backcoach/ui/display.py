"""Can a window be opened here? Asked before Qt tries, because Qt's own answer misleads.

Without a reachable X server Qt's xcb platform aborts with "xcb-cursor0 is needed" (a
hint about a library that is installed) and a core dump; Sam needs plain words instead.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Mapping
from pathlib import Path

EXIT_NO_DISPLAY = 2
# The platforms that need a display server; any other (offscreen, vnc, eglfs, ...) is
# the user's explicit choice and left to Qt.
_WINDOWING = {"", "xcb", "wayland", "wayland-egl"}


def _connects(address: str | tuple[str, int], family: int) -> bool:
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.settimeout(2)
        try:
            probe.connect(address)
        except OSError:
            return False
    return True


def x_server_reachable(display: str) -> bool:
    """``:0``, ``unix:1.0`` or ``localhost:10.0`` (ssh -X); anything else is left to Qt."""
    if display.startswith("/"):
        return True
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit():
        return False
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        return _connects("\0" + path, socket.AF_UNIX) or _connects(path, socket.AF_UNIX)
    return _connects((host, 6000 + int(number)), socket.AF_INET)


def wayland_reachable(name: str, environ: Mapping[str, str]) -> bool:
    path = Path(name)
    if not path.is_absolute():
        runtime = environ.get("XDG_RUNTIME_DIR")
        if not runtime:
            return False
        path = Path(runtime) / name
    return _connects(str(path), socket.AF_UNIX)


def display_problem(environ: Mapping[str, str] | None = None) -> str | None:
    """Why no window can be opened, in plain words; None when one can (or may)."""
    environ = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platforms = {p.split(":")[0] for p in environ.get("QT_QPA_PLATFORM", "").split(";")}
    if not platforms <= _WINDOWING:
        return None
    wayland, x11 = environ.get("WAYLAND_DISPLAY", ""), environ.get("DISPLAY", "")
    any_platform = platforms == {""}
    wants_wayland = any_platform or platforms & {"wayland", "wayland-egl"}
    if wayland and wants_wayland and wayland_reachable(wayland, environ):
        return None
    if x11 and (any_platform or "xcb" in platforms) and x_server_reachable(x11):
        return None
    if not wayland and not x11:
        where = "no desktop display was found (DISPLAY and WAYLAND_DISPLAY are not set)"
    else:
        shown = ", ".join(
            f"{name}={value}"
            for name, value in (("WAYLAND_DISPLAY", wayland), ("DISPLAY", x11))
            if value
        )
        where = f"the desktop display could not be reached ({shown})"
    return (
        f"BackCoach opens a window, but {where}.\n"
        "Start it from your desktop's menu or a terminal inside your desktop session.\n"
        "Without a desktop, `backcoach --help` lists the commands that work anyway "
        "(for example `backcoach report`)."
    )
