"""The files in packaging/ are valid and agree with the app, before anything is built."""

from __future__ import annotations

import re
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from tests.packaging.helpers import REPO, require_tool

from backcoach import __version__

APP_ID = "io.github.backcoach.BackCoach"
LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def appstream_problems(output: str) -> list[str]:
    """appstreamcli's errors and warnings (E:/W:); info and pedantic notes are allowed."""
    return [line for line in output.splitlines() if re.match(r"^[EW]: ", line)]


def test_desktop_file_passes_desktop_file_validate() -> None:
    tool = require_tool("desktop-file-validate")
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_passes_appstreamcli_validate() -> None:
    tool = require_tool("appstreamcli")
    result = subprocess.run(
        [tool, "validate", "--no-net", "--pedantic", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert appstream_problems(result.stdout) == []


def test_desktop_file_and_metainfo_use_the_id_the_app_gives_qt() -> None:
    application = (REPO / "app" / "backcoach" / "ui" / "application.py").read_text("utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in application
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == DESKTOP.name
    assert re.search(rf"^Icon={re.escape(APP_ID)}$", DESKTOP.read_text("utf-8"), re.MULTILINE)


def test_newest_release_in_metainfo_is_the_app_version() -> None:
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases[0].get("version") == __version__
    assert releases[0].find("description") is not None, "release notes are missing"


def test_every_metainfo_screenshot_is_a_file_in_docs_screenshots() -> None:
    images = [i.text for i in ET.parse(METAINFO).getroot().iter("image")]
    assert images, "no screenshots"
    for url in images:
        name = url.rsplit("/docs/screenshots/", 1)[-1]
        assert url.startswith("https://") and (REPO / "docs" / "screenshots" / name).is_file(), url


def test_each_hicolor_icon_is_a_png_of_its_size(build_module) -> None:
    for size in build_module.ICON_SIZES:
        png = REPO / "resources" / "images" / "icons" / f"app-icon-{size}.png"
        header = png.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", header[16:24]) == (size, size)


def test_man_page_renders_without_warnings(build_module, tmp_path) -> None:
    man = require_tool("man")
    page = tmp_path / "backcoach.1"
    page.write_text(build_module.man_page(), encoding="utf-8")
    assert f'"BackCoach {__version__}"' in page.read_text(encoding="utf-8")
    result = subprocess.run(
        [man, "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", str(page)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stderr.strip(), result.stderr


def test_debian_changelog_is_made_from_the_metainfo_release_notes(build_module) -> None:
    changelog = build_module.debian_changelog()
    assert changelog.startswith(f"backcoach ({__version__}) stable; urgency=medium\n")
    assert "  * Guided timed sessions" in changelog
    assert re.search(r"^ -- .+ <.+@.+>  \w{3}, \d\d \w{3} \d{4} ", changelog, re.MULTILINE)


@pytest.mark.parametrize(
    ("version", "expected"), [("0.1.0", "0.1.0.0"), ("1.2", "1.2.0.0"), ("2.0.1rc3", "2.0.1.3")]
)
def test_windows_version_has_four_numbers(build_module, version, expected) -> None:
    assert build_module.numeric_version(version) == expected


def test_build_venv_gets_pyinstaller_and_every_app_dependency(build_module) -> None:
    requirements = build_module.build_requirements()
    assert requirements[:2] == ["--require-hashes", "-r"]
    lock = Path(requirements[2]).read_text(encoding="utf-8")
    for name in ("pyinstaller", "pyqtgraph", "pyside6-essentials", "pyside6-addons"):
        assert re.search(rf"^{name}==", lock, re.MULTILINE), name


def test_spec_finds_every_qt_module_the_app_imports() -> None:
    """The spec's scan, run here on the source, must see lazily imported modules too."""
    spec = (REPO / "packaging" / "pyinstaller" / "backcoach.spec").read_text("utf-8")
    scan = re.search(r"def qt_modules_imported_by_app\(\).*?return names\n", spec, re.DOTALL)
    namespace = {"re": re, "ROOT": REPO, "Path": Path}
    exec(scan.group(0), namespace)
    found = namespace["qt_modules_imported_by_app"]()
    assert {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtUiTools", "QtNetwork"} <= found


def test_nsis_installer_builds_around_a_stand_in(build_module, tmp_path) -> None:
    require_tool("makensis")
    payload = build_module.make_stand_in_payload(tmp_path / "payload")
    installer = build_module.build_nsis(payload, tmp_path / "out")
    assert installer.name == f"BackCoach-Setup-{__version__}.exe"
    assert installer.read_bytes()[:2] == b"MZ"
