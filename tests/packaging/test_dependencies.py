"""The lock files and the one list of system packages (issue #13, points 1 and 2)."""

from __future__ import annotations

import re
import subprocess
import tomllib
from pathlib import Path

import pytest
from tests.packaging.helpers import REPO

LOCKS = {name: REPO / "requirements" / f"{name}.lock" for name in ("app", "test", "build")}
SCRIPTS = [
    REPO / "tools" / "run-app.sh",
    REPO / "tools" / "run-tests.sh",
    REPO / "packaging" / "ci-smoke.sh",
    REPO / "tests" / "journeys" / "run.sh",
]


def _pins(lock: Path) -> dict[tuple[str, str], str]:
    """(name, marker) -> version for every requirement in a lock file."""
    pins = {}
    for match in re.finditer(
        r"^([a-z0-9._-]+)==([^ ;\\\n]+)\s*(?:;\s*([^\\\n]+?))?\s*\\$", lock.read_text(), re.M
    ):
        pins[(match.group(1), (match.group(3) or "").strip())] = match.group(2)
    return pins


def _name(requirement: str) -> str:
    return re.split(r"[<>=!;\[ ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_every_lock_pins_exact_versions_with_hashes() -> None:
    for name, lock in LOCKS.items():
        text = lock.read_text()
        entries = re.findall(r"^[a-z0-9._-]+==[^\n]*\\$", text, re.M)
        assert entries, name
        blocks = re.split(r"^(?=[a-z0-9._-]+==)", text, flags=re.M)[1:]
        for block in blocks:
            assert "--hash=sha256:" in block, f"{name}.lock: {block.splitlines()[0]} has no hash"


def test_the_app_lock_covers_every_dependency_in_pyproject() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    pinned = {name for name, _ in _pins(LOCKS["app"])}
    for requirement in project["dependencies"]:
        assert _name(requirement) in pinned, requirement
    tests = {name for name, _ in _pins(LOCKS["test"])}
    for requirement in project["optional-dependencies"]["test"]:
        assert _name(requirement) in tests, requirement


@pytest.mark.parametrize("other", ["test", "build"])
def test_test_and_build_locks_hold_the_apps_versions(other: str) -> None:
    """What the tests ran with is what the installers bundle."""
    app, pins = _pins(LOCKS["app"]), _pins(LOCKS[other])
    for key, version in app.items():
        if key in pins:
            assert pins[key] == version, (other, key)


def test_the_installed_versions_are_the_locked_ones() -> None:
    """The venv the suite runs in (tools/run-tests.sh fills it from test.lock)."""
    import importlib.metadata
    import sys

    here = {"", f"python_full_version {'<' if sys.version_info < (3, 12) else '>='} '3.12'"}
    for (name, when), version in _pins(LOCKS["test"]).items():
        if when not in here or name == "colorama":  # colorama: Windows only
            continue
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
        assert installed == version, f"{name}: installed {installed}, locked {version}"


def test_every_script_takes_its_system_packages_from_the_one_list() -> None:
    for script in SCRIPTS:
        text = script.read_text()
        assert "ensure_system_packages " in text, script
        assert not re.search(r"ensure_debian_packages|apt-get install[^\n]*lib", text), script


def _shell_list(*uses: str) -> list[str]:
    out = subprocess.run(
        ["bash", "-c", f"source tools/debian-packages.sh && system_packages {' '.join(uses)}"],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return out.stdout.split()


def test_build_py_and_the_shell_read_the_list_alike(build_module) -> None:
    for uses in (["build"], ["test"], ["run"], ["build", "smoke"], ["journey"]):
        assert build_module.system_packages(*uses) == _shell_list(*uses), uses


def test_the_list_has_what_a_fresh_debian_lacks() -> None:
    test = _shell_list("test")
    assert {"libpulse0", "libegl1", "libfontconfig1", "poppler-utils"} <= set(test)
    build = _shell_list("build")
    assert {"libpulse0", "libx11-6", "libdbus-1-3", "binutils"} <= set(build)
    assert any(re.fullmatch(r"libpython3\.\d+", p) for p in build)


def test_missing_build_packages_stop_with_the_exact_command(build_module, monkeypatch) -> None:
    monkeypatch.setattr(build_module, "missing_packages", lambda packages: ["libx11-6"])
    monkeypatch.setattr(build_module.os, "geteuid", lambda: 1000)
    monkeypatch.setattr(build_module.shutil, "which", lambda name: "/usr/bin/" + name)
    monkeypatch.setattr(build_module.sys, "platform", "linux")
    with pytest.raises(SystemExit) as stop:
        build_module.ensure_build_packages()
    assert "sudo apt-get install --no-install-recommends libx11-6" in str(stop.value)


def test_a_missing_libpython_file_names_its_package(build_module, monkeypatch, tmp_path) -> None:
    fake = subprocess.CompletedProcess([], 0, stdout=f"1 {tmp_path} libpython3.11.so.1.0 x 3.11")
    monkeypatch.setattr(build_module.subprocess, "run", lambda *a, **k: fake)
    monkeypatch.setattr(build_module.sys, "platform", "linux")
    with pytest.raises(SystemExit) as stop:
        build_module.check_shared_libpython(Path("/usr/bin/python3"))
    assert "apt-get install --no-install-recommends libpython3.11" in str(stop.value)


def test_the_release_proves_the_deb_on_the_oldest_release_and_a_job_tries_the_newest() -> None:
    workflows = REPO / ".github" / "workflows"
    release = (workflows / "release.yml").read_text()
    install_job = release[release.index("  linux-install:") :]
    assert re.search(r'image: \[[^\]]*"ubuntu:22\.04"[^\]]*"ubuntu:24\.04"', install_job)
    assert "packaging/installed-smoke.sh" in install_job
    newest = (workflows / "newest-dependencies.yml").read_text()
    assert "schedule:" in newest and "workflow_dispatch:" in newest
    assert "--upgrade" in newest and "GITHUB_STEP_SUMMARY" in newest
    assert re.search(r'resolution: \["highest", "lowest-direct"\]', newest)
