"""The command line: version, data folder choice, and the smoke test end to end."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from backcoach import __version__, resources
from backcoach.cli import build_parser, window_start_options
from backcoach.paths import resolve_data_dir


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    # PYTHONFAULTHANDLER: a crash in the child then leaves its Python stacks in stderr,
    # which the failing assertion shows (a rare exit -11 was once seen here, unexplained).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "backcoach", *args],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip


def test_version_prints_and_exits_without_starting_qt() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"BackCoach {__version__}"


def test_data_dir_comes_from_flag_then_environment_then_platform(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BACKCOACH_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "flag")) == tmp_path / "flag"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("BACKCOACH_DATA_DIR")
    assert resolve_data_dir(None).name == "BackCoach"
    assert str(resolve_data_dir(None)).startswith(os.environ["XDG_DATA_HOME"])


@pytest.mark.parametrize(
    "argv",
    [[], ["--data-dir", "my data"], ["--data-dir=/tmp/x"], ["--data-dir", ""], ["--data-dir="]],
)
def test_a_plain_window_start_reads_as_the_parser_reads_it(argv: list[str]) -> None:
    """The quick reading of a window's start (no parser built: ~5 ms) gives exactly the
    parser's options: a new option with a default must be added to both."""
    quick = window_start_options(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--he"],
        ["--version"],
        ["--data-dir"],
        ["--data-dir", "x", "--theme", "dark"],
        ["--data-dir", "--verbose"],
        ["--data", "x"],  # an abbreviation: the parser's to read
        ["export", "--output", "f.json"],
        ["--data-dir", "x", "report", "--output", "r.pdf"],
        ["--smoke-test"],
    ],
)
def test_anything_else_is_left_to_the_parser(argv: list[str]) -> None:
    assert window_start_options(argv) is None


def test_parser_knows_the_review_modes() -> None:
    options = build_parser().parse_args(["--smoke-test", "--screenshots", "out", "--theme", "dark"])
    assert options.smoke_test and options.screenshots == Path("out") and options.theme == "dark"


@pytest.mark.slow
def test_smoke_test_opens_every_screen_and_exits_zero(tmp_path) -> None:
    # QT_DEBUG_PLUGINS makes Qt log while it unloads plugins at exit: a message handler
    # left installed then calls into a finalised interpreter (exit 139).
    result = _run("--smoke-test", "--data-dir", str(tmp_path), env={"QT_DEBUG_PLUGINS": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    for key in ("welcome-2-safety", "welcome-4-result", "home", "exercises", "about"):
        assert f"smoke-test: {key} rendered 1280x800" in result.stdout


@pytest.mark.slow
def test_smoke_test_fails_when_the_catalogue_is_broken(tmp_path) -> None:
    """A broken resource must turn the smoke test red, not pass silently."""
    bad = tmp_path / "res"
    shutil.copytree(resources.root(), bad)
    (bad / "exercises.toml").write_text("[[exercise]]\nid = 'x'\n")
    code = (
        "import sys, backcoach.resources as r;"
        f"r._candidates = lambda: [__import__('pathlib').Path({str(bad)!r})];"
        "from backcoach.cli import main;"
        f"sys.exit(main(['--smoke-test', '--data-dir', {str(tmp_path / 'd')!r}]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert result.returncode != 0
    assert "exercise #1 (x), field" in result.stderr


SESSION_VIEWS = [
    "1-baseline", "2-before-rated", "3-get-ready", "4-held-rep", "4-end-confirm", "5-rest",
    "6-hold", "8-flare-break", "9-after", "10-summary-ended-early", "11-baseline-threshold-3",
    "12-break-threshold-3", "13-summary-next-day", "14-high-pain",
]  # fmt: skip


@pytest.mark.slow
def test_screenshots_writes_a_png_per_screen_in_both_themes(tmp_path) -> None:
    out = tmp_path / "shots"
    result = _run(
        "--screenshots", str(out), "--data-dir", str(tmp_path / "d"),
        env={"QT_DEBUG_PLUGINS": "1"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    names = sorted(p.name for p in out.glob("*.png"))
    views = [
        "welcome-1-intro", "welcome-2-safety", "welcome-3-direction", "welcome-4-result",
        "home", "routines", "routines-editor", "routines-editor-removed",
        "exercises", "progress", "settings", "data", "about", "home-threshold-3",
        "progress-activities", "activities-1-setup", "activities-2-rerate",
        *(f"session-{n}" for n in SESSION_VIEWS),
    ]  # fmt: skip
    assert names == sorted(f"{v}{s}.png" for v in views for s in ("", "-dark"))


def test_export_and_import_round_trip_through_the_command_line(tmp_path) -> None:
    """JSON export then import into a fresh folder adds the data once, never twice."""
    from backcoach.storage import Store

    source = tmp_path / "source"
    store = Store.open(source).store
    session_id = store.sessions.start("r", "Morning")
    store.sessions.end(session_id)
    store.favourites.set("plank", True)
    store.close()
    exported = tmp_path / "out.json"
    result = _run("export", "--output", str(exported), "--data-dir", str(source))
    assert result.returncode == 0, result.stderr
    target = tmp_path / "target"
    first = _run("--data-dir", str(target), "import", str(exported))
    assert first.returncode == 0 and "Added 1 session" in first.stdout
    second = _run("--data-dir", str(target), "import", str(exported))
    assert "Nothing new to add" in second.stdout
    reopened = Store.open(target).store
    assert len(reopened.sessions.all()) == 1 and reopened.favourites.all() == {"plank"}
    reopened.close()


def test_csv_export_and_a_bad_import_say_what_happened(tmp_path) -> None:
    out = tmp_path / "ratings.csv"
    result = _run("export", "--format", "csv", "--output", str(out), "--data-dir", str(tmp_path))
    assert result.returncode == 0 and out.read_text(encoding="utf-8-sig").startswith("date,time")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = _run("import", str(bad), "--data-dir", str(tmp_path))
    assert result.returncode == 1 and "Nothing was changed" in result.stderr


@pytest.mark.parametrize("ends", ["returns", "raises"])
def test_the_collector_pauses_for_the_window_start_and_is_back_after(
    tmp_path, monkeypatch, ends: str
) -> None:
    """cli.main pauses the cycle collector for the GUI's start (the window turns it back
    on once usable); whatever way the GUI ends, it is on again afterwards."""
    import gc

    from backcoach import cli
    from backcoach.ui import application

    seen: list[bool] = []

    def run_gui(options) -> int:
        seen.append(gc.isenabled())
        if ends == "raises":
            raise RuntimeError("the window failed")
        return 0

    monkeypatch.setattr(application, "run_gui", run_gui)
    assert gc.isenabled()
    if ends == "raises":
        with pytest.raises(RuntimeError):
            cli.main(["--data-dir", str(tmp_path)])
    else:
        assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert seen == [False]
    assert gc.isenabled()
