"""Resource lookup works from the checkout and from an installed wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import textwrap
import time
import venv
from pathlib import Path

import pytest

from backcoach import resources

REPO = Path(__file__).resolve().parents[1]


def test_resources_folder_holds_catalogue_images_and_forms() -> None:
    assert resources.catalogue_path().is_file()
    assert resources.ui_path("style.qss").is_file()
    assert resources.ui_path("exercise_browser.ui").is_file()
    assert resources.image_path("app-icon.svg").is_file()


def test_missing_resources_raise_a_message_naming_the_places(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(resources, "_candidates", lambda: [tmp_path / "nowhere"])
    resources.root.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="nowhere"):
            resources.root()
    finally:
        resources.root.cache_clear()


def test_frozen_bundle_folder_is_preferred(monkeypatch, tmp_path) -> None:
    (tmp_path / "resources").mkdir()
    (tmp_path / "resources" / "exercises.toml").write_text("")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.root.cache_clear()
    try:
        assert resources.root() == tmp_path / "resources"
    finally:
        resources.root.cache_clear()


WHEEL_CHECK = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    import backcoach
    from backcoach import resources
    from backcoach.domain.catalog import load_catalogue
    venv_root = Path(sys.prefix).resolve()
    assert Path(backcoach.__file__).resolve().is_relative_to(venv_root), backcoach.__file__
    assert resources.root().is_relative_to(venv_root), resources.root()
    catalogue = load_catalogue()  # also checks that every image file exists
    from PySide6.QtGui import QGuiApplication, QImage
    app = QGuiApplication([])
    image = QImage(str(resources.image_path(catalogue.get("plank").images[0])))
    assert not image.isNull(), "the SVG did not load"
    print("wheel-ok", len(catalogue), image.width(), image.height())
    # The translations compiled by the build: our .qm files and the French catalogue.
    from PySide6.QtCore import QTranslator
    translator = QTranslator()
    assert translator.load("backcoach_fr", str(resources.path("i18n"))), "no .qm in the wheel"
    startup = "BackCoach cannot start because a file it needs is damaged."
    assert translator.translate("Startup", startup).startswith("BackCoach ne peut"), startup
    assert load_catalogue(language="es").get("plank").name == "Plancha"
    print("translations-ok")
    """
)


@pytest.mark.slow
def test_wheel_installed_in_a_fresh_venv_finds_catalogue_and_images(tmp_path: Path) -> None:
    """Build the wheel, install it alone into a new venv, load the catalogue, an image and
    the translations the build step compiled."""
    wheels = tmp_path / "wheels"
    started = time.time()
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "-w", str(wheels), str(REPO)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    wheel = next(wheels.glob("backcoach-*.whl"))
    # The build hook (hatch_build.py) compiled the .qm files just now: they are not committed.
    for language in ("fr", "es"):
        qm = REPO / "resources" / "i18n" / f"backcoach_{language}.qm"
        assert qm.stat().st_mtime >= started - 1, f"{qm.name} was not rebuilt by the build"
    target = tmp_path / "venv"
    venv.create(target, with_pip=True)
    python = target / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    # Qt itself comes from the test environment (appended after the venv's own
    # site-packages, so the wheel's backcoach is the one imported).
    site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig;print(sysconfig.get_path('purelib'))"],
            text=True,
        ).strip()
    )
    (site / "outer.pth").write_text(sysconfig.get_path("purelib") + "\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": ""}
    result = subprocess.run(
        [str(python), "-c", WHEEL_CHECK],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "wheel-ok 24" in result.stdout
    assert "translations-ok" in result.stdout
