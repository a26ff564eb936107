"""The data, log and cache folders: the quick answer is platformdirs' answer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import platformdirs
import pytest

from backcoach import APP_NAME, paths

XDG = ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def _platformdirs_answer() -> tuple[Path, Path, Path]:
    return (
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )


def _ours() -> tuple[Path, Path, Path]:
    return paths.default_data_dir(), paths.log_dir(), paths.cache_dir()


@pytest.mark.parametrize(
    ("home", "xdg"),
    [
        ("/home/sam", None),  # none set: the usual laptop
        ("/home/sam", ""),  # set but empty
        ("/home/sam", "   "),  # blanks only
        ("/home/sam/", None),  # a trailing slash on HOME
        ("/", None),  # HOME at the root
        ("/home/sam", "/srv/xdg"),  # absolute XDG folders
        ("/home/sam", "/srv/xdg/"),
        ("/home/sam", "relative/xdg"),  # not absolute: platformdirs decides
        ("/home/sam", "~/xdg"),
        ("relative-home", None),  # a relative HOME: platformdirs asks the system
        ("/home/élodie", "/srv/é xdg"),
    ],
)
def test_the_quick_folders_are_platformdirs_folders(
    monkeypatch: pytest.MonkeyPatch, home: str, xdg: str | None
) -> None:
    monkeypatch.setenv("HOME", home)
    for variable in XDG:
        if xdg is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, xdg)
    assert _ours() == _platformdirs_answer()


def test_without_a_home_platformdirs_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HOME", raising=False)
    for variable in XDG:
        monkeypatch.delenv(variable, raising=False)
    assert _ours() == _platformdirs_answer()


@pytest.mark.skipif(sys.platform != "linux", reason="the quick answer is for Linux")
def test_a_start_does_not_import_platformdirs(tmp_path: Path) -> None:
    """Its import cost ~12-15 ms of every start's time to the first paint."""
    code = (
        "import sys\n"
        "from backcoach import logs, paths\n"
        "logs.setup_logging()\n"
        "paths.default_data_dir(), paths.cache_dir()\n"
        "print('platformdirs' in sys.modules)\n"
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip() == "False"
    assert (tmp_path / ".local" / "state" / APP_NAME / "log").is_dir()
