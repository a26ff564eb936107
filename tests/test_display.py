"""Without a reachable display the app says so in plain words and exits 2."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from backcoach.ui.display import EXIT_NO_DISPLAY, display_problem

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="X11/Wayland only")


def test_no_display_variables_is_a_problem() -> None:
    problem = display_problem({})
    assert problem is not None and "no desktop display was found" in problem


@pytest.mark.parametrize("display", [":97", "unix:97.0", "127.0.0.1:97"])
def test_an_unreachable_x_server_is_a_problem(display: str) -> None:
    problem = display_problem({"DISPLAY": display})
    assert problem is not None and f"DISPLAY={display}" in problem


def test_an_explicit_non_windowing_platform_is_left_to_qt() -> None:
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert display_problem({"QT_QPA_PLATFORM": "vnc:size=800x600"}) is None


def test_a_listening_wayland_socket_is_fine(tmp_path) -> None:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(tmp_path / "wayland-7"))
        server.listen(1)
        env = {"WAYLAND_DISPLAY": "wayland-7", "XDG_RUNTIME_DIR": str(tmp_path)}
        assert display_problem(env) is None
        # Asked for X11 only, a Wayland socket does not help.
        assert display_problem({**env, "QT_QPA_PLATFORM": "xcb"}) is not None


def test_starting_without_a_display_exits_2_with_a_message(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env.pop("QT_QPA_PLATFORM", None)
    env["DISPLAY"] = ":97"
    result = subprocess.run(
        [sys.executable, "-m", "backcoach", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert result.returncode == EXIT_NO_DISPLAY
    assert "could not be reached (DISPLAY=:97)" in result.stderr
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
