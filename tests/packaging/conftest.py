"""Fixtures for the packaging tests (all marked ``packaging``: ``pytest -m packaging``).

The tests of the files in packaging/ run anywhere the validators are installed. The tests
of a built .deb run when BACKCOACH_DEB names one (packaging/ci-smoke.sh sets it after
building); otherwise they are skipped.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from tests.packaging.helpers import load_build_module


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "packaging: tests of the installers (packaging/); select with -m packaging"
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.packaging)


@pytest.fixture(scope="session")
def build_module():
    return load_build_module()


@pytest.fixture(scope="session")
def deb_path() -> Path:
    value = os.environ.get("BACKCOACH_DEB")
    if not value:
        pytest.skip("BACKCOACH_DEB is not set: no built .deb to test")
    path = Path(value)
    assert path.is_file(), f"BACKCOACH_DEB={value} is not a file"
    return path


@pytest.fixture(scope="session")
def deb_root(deb_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .deb unpacked into a scratch root (dpkg-deb -x), as dpkg would install it."""
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(deb_path), str(root)], check=True)
    return root


@pytest.fixture(scope="session")
def deb_control(deb_path: Path) -> dict[str, str]:
    text = subprocess.run(
        ["dpkg-deb", "-f", str(deb_path)], capture_output=True, text=True, check=True
    ).stdout
    fields: dict[str, str] = {}
    key = ""
    for line in text.splitlines():
        if line.startswith(" ") and key:
            fields[key] += "\n" + line
        else:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields
