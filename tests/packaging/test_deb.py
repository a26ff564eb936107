"""A built .deb (BACKCOACH_DEB): lintian-clean, laid out as promised, and it runs.

packaging/ci-smoke.sh builds the package and runs these; it then installs the package for
real, runs the smoke test on a virtual display and removes it again.
"""

from __future__ import annotations

import importlib.util
import marshal
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.packaging.helpers import REPO, load_build_module, require_tool

from backcoach import __version__

APP_ID = "io.github.backcoach.BackCoach"
OPT = Path("opt/backcoach")
QT_PLUGIN_FOLDERS_ALLOWED = {
    "platforms",
    "platformthemes",
    "platforminputcontexts",
    "xcbglintegrations",
    "wayland-shell-integration",
    "wayland-decoration-client",
    "wayland-graphics-integration-client",
    "imageformats",
    "iconengines",
    "texttospeech",
}


def lintian_problems(output: str) -> list[str]:
    """Lintian's errors and warnings that no override in the package explains."""
    return [line for line in output.splitlines() if re.match(r"^[EW]: ", line)]


def test_deb_has_no_lintian_error_or_warning(deb_path: Path) -> None:
    lintian = require_tool("lintian")
    result = subprocess.run(
        [lintian, "--fail-on", "error,warning", str(deb_path)], capture_output=True, text=True
    )
    assert lintian_problems(result.stdout) == [], result.stdout
    assert result.returncode == 0, result.stdout + result.stderr


def test_deb_control_names_version_depends_and_size(deb_control: dict[str, str]) -> None:
    assert deb_control["Package"] == "backcoach"
    assert deb_control["Version"] == __version__
    depends = [d.strip() for d in deb_control["Depends"].split(",")]
    assert any(re.fullmatch(r"libc6 \(>= 2\.\d+\)", d) for d in depends), depends
    assert {"libgl1", "libxcb1", "libfontconfig1"} <= {d.split()[0] for d in depends}
    assert int(deb_control["Installed-Size"]) > 50_000  # KiB


# What the oldest supported release, Ubuntu 22.04, has (jammy-updates): a Depends asking
# for more makes apt refuse the package there. Written down here, not read from build.py,
# so raising the build's floor by mistake fails this test.
OLDEST_RELEASE_VERSIONS = {
    "libc6": "2.35-0ubuntu3.8",
    "libstdc++6": "12.3.0-1ubuntu1~22.04",
    "libexpat1": "2.4.7-1ubuntu0.3",
}


def _newer(version: str, than: str) -> bool:
    return (
        subprocess.run(["dpkg", "--compare-versions", version, "gt", than], check=False).returncode
        == 0
    )


def test_deb_depends_hold_on_the_oldest_supported_release(deb_control: dict[str, str]) -> None:
    too_new = []
    for alternatives in deb_control["Depends"].split(","):
        for item in alternatives.split("|"):
            match = re.fullmatch(r"\s*([a-z0-9.+-]+)\s*(?:\((>=|>>|=)\s*([^)]+)\))?\s*", item)
            assert match, f"cannot read {item!r}"
            name, relation, version = match.groups()
            if relation is None:
                continue
            oldest = OLDEST_RELEASE_VERSIONS.get(name)
            assert oldest is not None, f"{name} ({relation} {version}): no oldest version known"
            if relation != ">=" or _newer(version, oldest):
                too_new.append(f"{name} ({relation} {version}) > Ubuntu 22.04's {oldest}")
    assert not too_new, too_new


def test_deb_puts_back_opt_when_removing_empties_it(deb_path: Path, tmp_path: Path) -> None:
    """dpkg deletes /opt on purge when BackCoach was all it held; postrm recreates it."""
    subprocess.run(["dpkg-deb", "-e", str(deb_path), str(tmp_path / "control")], check=True)
    postrm = tmp_path / "control" / "postrm"
    assert postrm.stat().st_mode & 0o111
    root = tmp_path / "root"
    root.mkdir()
    script = postrm.read_text().replace("/opt", str(root / "opt"))
    subprocess.run(["sh", "-c", script, "postrm", "purge"], check=True)
    assert (root / "opt").is_dir()


def test_deb_puts_app_in_opt_with_launcher_menu_entry_icons_and_metainfo(deb_root: Path) -> None:
    assert (deb_root / OPT / "backcoach").is_file()
    launcher = deb_root / "usr" / "bin" / "backcoach"
    assert launcher.is_symlink() and str(launcher.readlink()) == "/opt/backcoach/backcoach"
    share = deb_root / "usr" / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in load_build_module().ICON_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "man" / "man1" / "backcoach.1.gz").is_file()
    assert (share / "doc" / "backcoach" / "copyright").is_file()


def test_installed_desktop_file_and_metainfo_validate(deb_root: Path) -> None:
    share = deb_root / "usr" / "share"
    desktop = subprocess.run(
        [require_tool("desktop-file-validate"), str(share / "applications" / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert desktop.returncode == 0 and not desktop.stdout.strip(), desktop.stdout
    metainfo = subprocess.run(
        [
            require_tool("appstreamcli"),
            "validate",
            "--no-net",
            str(share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert metainfo.returncode == 0, metainfo.stdout


def test_bundle_resources_are_the_checkout_resources(deb_root: Path) -> None:
    bundled = deb_root / OPT / "_internal" / "resources"
    source = REPO / "resources"
    expected = {p.relative_to(source) for p in source.rglob("*") if p.is_file()}
    assert {p.relative_to(bundled) for p in bundled.rglob("*") if p.is_file()} == expected


def test_bundle_has_every_qt_module_the_app_imports(deb_root: Path) -> None:
    pyside = deb_root / OPT / "_internal" / "PySide6"
    bundled = {p.name.split(".")[0] for p in pyside.glob("Qt*.abi3.so")}
    imported = set()
    for source in (REPO / "app" / "backcoach").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text("utf-8")))
    optional = {"QtMultimedia", "QtTextToSpeech"}  # only with PySide6-Addons
    assert imported - optional <= bundled, imported - bundled
    assert {"QtOpenGL", "QtOpenGLWidgets"} <= bundled  # pyqtgraph needs them
    assert (deb_root / OPT / "_internal" / "pyqtgraph").is_dir()


def test_bundle_ships_only_the_chosen_qt_plugins_and_translations(deb_root: Path) -> None:
    qt = deb_root / OPT / "_internal" / "PySide6" / "Qt"
    # Qt's own strings in BackCoach's languages only, and BackCoach's compiled .qm files.
    assert {p.name for p in (qt / "translations").iterdir()} == {"qtbase_fr.qm", "qtbase_es.qm"}
    i18n = deb_root / OPT / "_internal" / "resources" / "i18n"
    assert {"backcoach_fr.qm", "backcoach_es.qm"} <= {p.name for p in i18n.iterdir()}
    assert {p.name for p in (qt / "plugins").iterdir()} <= QT_PLUGIN_FOLDERS_ALLOWED
    assert (qt / "plugins" / "platforms" / "libqxcb.so").is_file()
    assert not list((qt / "plugins").rglob("*mock*"))  # Qt's pretend speech engine


def test_bundle_keeps_no_build_machine_runpath(deb_root: Path) -> None:
    build = load_build_module()
    for path in build.elf_files(deb_root / OPT):
        dynamic = subprocess.run(
            ["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for runpath in re.findall(r"Library (?:runpath|rpath): \[([^\]]*)\]", dynamic):
            assert all(e.startswith("$ORIGIN") for e in runpath.split(":")), (path, runpath)


def test_unpacked_app_prints_its_version(deb_root: Path) -> None:
    result = subprocess.run(
        [str(deb_root / OPT / "backcoach"), "--version"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"BackCoach {__version__}"


def test_unpacked_app_passes_its_smoke_test_offscreen(deb_root: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(deb_root / OPT / "backcoach"), "--smoke-test", "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        timeout=300,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke-test: ok" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def _shibokensupport_modules() -> set[str]:
    """The modules of shiboken6's signature support, as this venv's shiboken6 has them."""
    import PySide6.QtCore  # noqa: F401 (loads shibokensupport)

    package = sys.modules["shibokensupport"]
    zipped = getattr(package.__loader__, "zfile", None)
    if zipped is not None:
        names = zipped.namelist()
        return {n for n in names if n.startswith("shibokensupport/") and n.endswith(".py")}
    folder = Path(package.__file__).parent  # a venv with shiboken6/files.dir
    return {f"shibokensupport/{p.relative_to(folder).as_posix()}" for p in folder.rglob("*.py")}


def test_bundle_carries_shibokensupport_compiled(deb_root: Path) -> None:
    # Compiled once at build time instead of at every start (backcoach.spec; 008-speed.md).
    files_dir = deb_root / OPT / "_internal" / "shiboken6" / "files.dir"
    compiled = {p.relative_to(files_dir).with_suffix(".py").as_posix()
                for p in files_dir.rglob("*.pyc")}  # fmt: skip
    assert _shibokensupport_modules() <= compiled
    for path in files_dir.rglob("*.pyc"):
        assert path.read_bytes()[:4] == importlib.util.MAGIC_NUMBER, path  # this Python's
    assert not list(files_dir.rglob("*.py"))  # no sources: nothing is compiled at start


def test_unpacked_app_imports_shibokensupport_from_files_dir(
    deb_root: Path, tmp_path: Path
) -> None:
    """Proof that shiboken6 takes the compiled copy: a copy of the app whose files.dir
    package says so when it is imported (everything else linked to the unpacked app)."""
    app, copy = deb_root / OPT, tmp_path / "app"
    internal = copy / "_internal"
    internal.mkdir(parents=True)
    shutil.copy2(app / "backcoach", copy / "backcoach")
    for entry in (app / "_internal").iterdir():
        if entry.name != "shiboken6":
            (internal / entry.name).symlink_to(entry)
    # shiboken6 itself copied, not linked: it looks for files.dir beside its resolved
    # __init__, which must be the copy's.
    shutil.copytree(app / "_internal" / "shiboken6", internal / "shiboken6")
    init = internal / "shiboken6" / "files.dir" / "shibokensupport" / "__init__.pyc"
    compiled = init.read_bytes()
    announce = (
        "import marshal, sys\n"
        "sys.stderr.write('shibokensupport: files.dir\\n')\n"
        f"exec(marshal.loads({compiled[16:]!r}))\n"
    )
    code = compile(announce, "shibokensupport/__init__.py", "exec")
    init.write_bytes(compiled[:16] + marshal.dumps(code))
    result = subprocess.run([str(copy / "backcoach"), "--version"], capture_output=True,
                            text=True, timeout=60)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "shibokensupport: files.dir" in result.stderr
