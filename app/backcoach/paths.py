"""Where the user's data and logs live. Resolved inside functions so tests can override.

The folders are platformdirs' (the XDG base directories on Linux). Every start needs the
log folder and the cache (and, without ``--data-dir``, the data folder) before its first
paint, and importing platformdirs cost ~12-15 ms there (docs/decisions/008-speed.md): on
Linux with an absolute ``HOME``, the common case, the same answer is worked out here
(``tests/test_paths.py`` checks it against platformdirs); anything else asks platformdirs.
"""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path

from backcoach import APP_NAME

DATA_DIR_ENV = "BACKCOACH_DATA_DIR"


def _xdg_folder(variable: str, fallback: str) -> str | None:
    """``$variable`` (an absolute path) or ``~/fallback``, as platformdirs' Unix rules
    give it; None when platformdirs must decide (not Linux, Android, no usable HOME)."""
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel"):
        return None
    if os.environ.get("ANDROID_DATA") or os.environ.get("ANDROID_ROOT"):
        return None  # platformdirs looks for an Android app here: let it
    home = os.environ.get("HOME")
    if not home or not posixpath.isabs(home):
        return None  # platformdirs then asks the password database
    value = os.environ.get(variable, "")
    if posixpath.isabs(value):
        return posixpath.join(value, APP_NAME)
    if value.strip():
        return None  # a relative value: platformdirs' rules for it vary between versions
    return posixpath.join(os.path.expanduser(fallback), APP_NAME)


def default_data_dir() -> Path:
    quick = _xdg_folder("XDG_DATA_HOME", "~/.local/share")
    if quick is not None:
        return Path(quick)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--data-dir`` wins, then ``BACKCOACH_DATA_DIR``, then the platform's data folder."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env_value = os.environ.get(DATA_DIR_ENV)
    if env_value:
        return Path(env_value).expanduser().resolve()
    return default_data_dir()


def log_dir() -> Path:
    quick = _xdg_folder("XDG_STATE_HOME", "~/.local/state")
    if quick is not None:
        return Path(quick) / "log"
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Things BackCoach can make again (toml_cache): never the user's data."""
    quick = _xdg_folder("XDG_CACHE_HOME", "~/.cache")
    if quick is not None:
        return Path(quick)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / "backcoach.log"
