"""Start BackCoach at login, so reminders come without opening it by hand. No Qt.

One small function per system, each with its location injectable for tests:

* Linux and other freedesktop systems: ``~/.config/autostart/<app id>.desktop``
  (XDG Autostart specification);
* Windows: a value in ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``;
* macOS: a LaunchAgent ``~/Library/LaunchAgents/<app id>.plist`` with ``RunAtLoad``.

``set_start_at_login`` picks the one for the running system.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from backcoach import APP_NAME

APP_ID = "io.github.backcoach.BackCoach"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this BackCoach again: the frozen executable, or this Python; on
    ``data_dir`` when that is not the usual data folder (given by ``--data-dir`` or
    ``BACKCOACH_DATA_DIR``, which a login session does not have)."""
    from backcoach.paths import default_data_dir

    command = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "backcoach"]
    )
    if data_dir is not None and _resolved(data_dir) != _resolved(default_data_dir()):
        command += ["--data-dir", str(_resolved(data_dir))]
    return command


def _resolved(path: Path) -> Path:
    return Path(path).expanduser().resolve()


# --- freedesktop (Linux) -------------------------------------------------------------
def linux_autostart_path(config_home: Path | None = None) -> Path:
    if config_home is None:
        env = os.environ.get("XDG_CONFIG_HOME", "")
        config_home = Path(env) if os.path.isabs(env) else Path.home() / ".config"
    return config_home / "autostart" / f"{APP_ID}.desktop"


def _desktop_quote(arg: str) -> str:
    # Desktop Entry spec, "The Exec key": quote arguments with reserved characters and
    # escape ", `, $ and \ inside the quotes; a literal % is written %%.
    arg = arg.replace("%", "%%")
    if arg and not any(c in arg for c in " \t\n\"'\\><~|&;$*?#()`"):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def desktop_exec(command: Sequence[str]) -> str:
    return " ".join(_desktop_quote(arg) for arg in command)


def desktop_entry(command: Sequence[str]) -> str:
    # The Exec value is a "string" key: backslashes are escaped once more at that level.
    exec_value = desktop_exec(command).replace("\\", "\\\\")
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={APP_NAME}\n"
        "Comment=Reminders for your back exercises\n"
        f"Exec={exec_value}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def set_linux_autostart(on: bool, command: Sequence[str], path: Path) -> None:
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(desktop_entry(command), encoding="utf-8")
        temporary.replace(path)
    else:
        path.unlink(missing_ok=True)


# --- Windows ---------------------------------------------------------------------------
def _winreg() -> Any:
    import winreg  # only on Windows

    return winreg


def set_windows_run_key(on: bool, command: Sequence[str], registry: Any = None) -> None:
    """Add or remove BackCoach's value in the current user's Run key."""
    reg = registry or _winreg()
    key = reg.CreateKey(reg.HKEY_CURRENT_USER, RUN_KEY)
    try:
        if on:
            reg.SetValueEx(key, APP_NAME, 0, reg.REG_SZ, subprocess.list2cmdline(command))
        else:
            with contextlib.suppress(FileNotFoundError):
                reg.DeleteValue(key, APP_NAME)
    finally:
        reg.CloseKey(key)


def windows_run_key_set(registry: Any = None) -> bool:
    reg = registry or _winreg()
    try:
        key = reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY)
    except FileNotFoundError:
        return False
    try:
        reg.QueryValueEx(key, APP_NAME)
        return True
    except FileNotFoundError:
        return False
    finally:
        reg.CloseKey(key)


# --- macOS -----------------------------------------------------------------------------
def macos_agent_path(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def launch_agent(command: Sequence[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": APP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


def set_macos_launch_agent(on: bool, command: Sequence[str], path: Path) -> None:
    if on:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_bytes(launch_agent(command))
        temporary.replace(path)
    else:
        path.unlink(missing_ok=True)


# --- the running system -----------------------------------------------------------------
def set_start_at_login(
    on: bool,
    *,
    platform: str = sys.platform,
    command: Sequence[str] | None = None,
    home: Path | None = None,
    config_home: Path | None = None,
    registry: Any = None,
) -> None:
    """Turn starting at login on or off; OSError if the system refused."""
    command = list(command or launch_command())
    if platform == "win32":
        set_windows_run_key(on, command, registry)
    elif platform == "darwin":
        set_macos_launch_agent(on, command, macos_agent_path(home))
    else:
        set_linux_autostart(on, command, linux_autostart_path(config_home))


def starts_at_login(
    *,
    platform: str = sys.platform,
    home: Path | None = None,
    config_home: Path | None = None,
    registry: Any = None,
) -> bool:
    """Whether the system will start BackCoach at login (what is really there)."""
    if platform == "win32":
        return windows_run_key_set(registry)
    if platform == "darwin":
        return macos_agent_path(home).is_file()
    return linux_autostart_path(config_home).is_file()
