"""Journey tests: the real app on a real X server, driven with real input (xdotool).

Slow and needing Xvfb, xdotool, PulseAudio and speech-dispatcher, they run only when
BACKCOACH_JOURNEYS=1: tests/journeys/run.sh installs what they need and sets it
(.ci/run calls it).
"""

from __future__ import annotations

import os
import shutil

import pytest
from tests.journeys.desktop import App, Desktop, have_tools


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("BACKCOACH_JOURNEYS") == "1":
        return
    skip = pytest.mark.skip(reason="journeys run with tests/journeys/run.sh")
    for item in items:
        if "journeys" in item.nodeid:
            item.add_marker(skip)


@pytest.fixture
def desktop(tmp_path):
    missing = have_tools()
    assert not missing, f"missing {missing}: run tests/journeys/run.sh"
    desktop = Desktop(tmp_path)
    desktop.start(sound=shutil.which("pulseaudio") is not None)
    yield desktop
    desktop.stop()


@pytest.fixture
def app(desktop, tmp_path):
    app = App(desktop, tmp_path / "data")
    yield app
    app.stop()
