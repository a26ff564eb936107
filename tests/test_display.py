"""Without a reachable display the app says so in plain words and exits 2."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from backcoach.ui.display import EXIT_NO_DISPLAY, display_problem

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="X11/Wayland only")


def test_no_display_variables_is_a_problem() -> None:
    problem = display_problem({})
    assert problem is not None and "no desktop display was found" in problem


def test_a_named_display_is_left_to_qt_without_connecting() -> None:
    """A test connection would make an X server with no other client reset (and Qt's
    own connection then fail): a named display is tried by Qt itself."""
    assert display_problem({"DISPLAY": ":97"}) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}) is None


def test_an_explicit_non_windowing_platform_is_left_to_qt() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "vnc:size=800x600"}) is None


def _start(tmp_path, **variables: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    env.update(variables)
    return subprocess.run(
        [sys.executable, "-m", "backcoach", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("variables", "shown"),
    [
        ({}, "no desktop display was found"),
        ({"DISPLAY": ":97"}, "could not be reached (DISPLAY=:97)"),
        (
            {"WAYLAND_DISPLAY": "wayland-97", "QT_QPA_PLATFORM": "wayland"},
            "could not be reached (WAYLAND_DISPLAY=wayland-97)",
        ),
    ],
)
def test_no_reachable_display_exits_2_with_a_plain_message(tmp_path, variables, shown) -> None:
    result = _start(tmp_path, XDG_RUNTIME_DIR=str(tmp_path), **variables)
    assert result.returncode == EXIT_NO_DISPLAY, result.stderr[-2000:]
    assert shown in result.stderr and "backcoach --help" in result.stderr
    assert "xcb-cursor0" not in result.stderr and "Traceback" not in result.stderr


def test_the_report_command_exits_cleanly_with_qt_logging(tmp_path) -> None:
    """The CLI path: Qt loads plugins for the PDF; exit must stay 0 with debug logging."""
    env = {**os.environ, "QT_DEBUG_PLUGINS": "1", "QT_QPA_PLATFORM": "offscreen"}
    target = tmp_path / "r.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "backcoach", "--data-dir", str(tmp_path / "d"), "report",
         "--output", str(target)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert target.read_bytes().startswith(b"%PDF")
