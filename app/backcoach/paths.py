"""Where the user's data and logs live. Resolved inside functions so tests can override."""

from __future__ import annotations

import os
from pathlib import Path

from backcoach import APP_NAME

DATA_DIR_ENV = "BACKCOACH_DATA_DIR"


def default_data_dir() -> Path:
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
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Things BackCoach can make again (toml_cache): never the user's data."""
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    return log_dir() / "backcoach.log"
