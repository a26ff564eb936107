"""A newcomer's journeys through the real app: real X server (Xvfb 1366x768), real mouse
and keyboard events (xdotool), a real sound server. Run by tests/journeys/run.sh."""

from __future__ import annotations

import json
import re
import subprocess
import time
from pathlib import Path

from tests.journeys.audio import analyse
from tests.journeys.desktop import BACKCOACH, App, Desktop, wait_until
from tests.journeys.x11_close import request_close

RATING_SCALE = "10"  # the last button of the 0-10 scale: a rating is being asked


def first_run_to_home(app: App) -> None:
    app.start()
    app.wait_for(lambda s: s["screen"] == "welcome", "the welcome steps")
    app.click("Next")
    app.click("I have none of these")  # the safety check
    app.wait_for(lambda s: app.find("Where to start", "label"), "the direction questions")
    app.click("Not sure")
    app.click("Next")
    app.click("Start using BackCoach")
    # Then the activities the back makes hard (the functional scale): skippable.
    app.wait_for(lambda s: s["screen"] == "activities", "the activities set-up")
    app.click("Not now")
    app.wait_for(lambda s: s["screen"] == "home", "Home")


def quit_app(app: App) -> int:
    """Ctrl+Q, the platform's Quit. The keyboard focus goes to the main window first, as
    a window manager gives it back when a dialog closes (there is none on this server)."""
    app.xdotool("windowfocus", "--sync", app.window_id())
    app.key("ctrl+q")
    return app.wait_exit(30)


def close_window(app: App, desktop: Desktop) -> int:
    """The window's close button (a window manager's WM_DELETE_WINDOW): with no system
    tray to keep running in, closing the window quits."""
    request_close(desktop.env["DISPLAY"], int(app.window_id()))
    return app.wait_exit(30)


def test_first_run_reaches_home_then_quits_and_the_next_start_opens_home(app, desktop) -> None:
    first_run_to_home(app)
    assert quit_app(app) == 0
    assert "Traceback" not in app.output()
    app.start()
    app.wait_for(lambda s: s["screen"] == "home", "Home on the second start")
    assert close_window(app, desktop) == 0
    assert "Traceback" not in app.output()


def test_progress_report_save_writes_a_pdf_that_reads_back(app, desktop) -> None:
    first_run_to_home(app)
    app.navigate("Progress")
    app.wait_for(lambda s: s["screen"] == "progress", "Progress")
    app.click("Report for my physiotherapist…")
    app.wait_for(lambda s: app.find("Save"), "the save dialog")
    name = app.find("", "field", exact=False)["text"]
    assert re.fullmatch(r"backcoach-report-\d{4}-\d\d-\d\d\.pdf", name), name
    app.click("Save")
    saved = app.wait_for(
        lambda s: app.find("The report is saved as", "label", exact=False), "the report", 90
    )
    assert saved
    label = app.find("The report is saved as", "label", exact=False)["text"]
    path = Path(label.removeprefix("The report is saved as ").rstrip("."))
    assert path.parent == desktop.home / "Documents" and path.name == name
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "BackCoach report" in text, text[:500]
    assert re.search(r"\d{4} to \w+day \d+ \w+ \d{4}", text), text[:500]  # its period
    assert quit_app(app) == 0


def _asks_rating(app: App) -> bool:
    return app.find(RATING_SCALE) is not None


def test_a_short_session_end_to_end_plays_cues_and_speaks(app, desktop, tmp_path) -> None:
    first_run_to_home(app)
    recording = tmp_path / "output.raw"
    recorder = desktop.record(recording)
    time.sleep(1)
    app.click("Start")  # today's routine
    app.wait_for(lambda s: s["screen"] == "session", "the session")
    app.wait_for(lambda s: _asks_rating(app), "the first pain rating")
    app.click("3")  # how the back feels now: a mouse click on the scale
    # Any further rating before the first exercise (a separate "before" rating in some
    # versions of the flow) is answered with the keyboard's digits.
    for _ in range(40):
        if app.find("Get ready", "label", exact=False):
            break
        if _asks_rating(app):
            app.key("3")
        time.sleep(0.5)
    app.wait_for(lambda s: app.find("Get ready", "label", exact=False), "get ready")
    # Let the first exercise's get-ready and start cues play, then skip through the rest
    # the way a user presses → on the keyboard, answering the ratings asked on the way.
    app.wait_for(
        lambda s: not app.find("Get ready", "label", exact=False), "the exercise to start", 40
    )
    time.sleep(3)
    for _ in range(80):
        state = app.state()
        if state["screen"] == "home":
            break
        if _asks_rating(app):
            app.key("2")
        elif (skip := app.find("Skip →")) and skip["enabled"]:
            app.key("Right")
        else:
            app.key("Return")  # the summary: back to Home
        time.sleep(0.6)
    app.wait_for(lambda s: s["screen"] == "home", "Home after the session", 30)
    time.sleep(1)
    recorder.terminate()
    recorder.wait(10)

    # The session was recorded in the data: exported, it holds one session.
    export = tmp_path / "export.json"
    assert quit_app(app) == 0
    subprocess.run(
        [str(BACKCOACH), "--data-dir", str(app.data_dir), "export", "--output",
         str(export)],
        check=True, capture_output=True, env=desktop.env, timeout=60,
    )  # fmt: skip
    sessions = json.loads(export.read_text())["sessions"]
    assert len(sessions) == 1

    heard = analyse(recording)
    low, high = (heard.seconds(heard.tone_frames[pitch]) for pitch in (440, 880))
    report = f"440 Hz tones {low:.2f} s, 880 Hz tones {high:.2f} s, speech "
    report += f"{heard.seconds(heard.speech_frames):.2f} s"
    print(report)
    assert heard.tone_frames[440] >= 2, report  # the get-ready countdown ticks
    assert heard.tone_frames[880] >= 2, report  # the start tone
    assert heard.seconds(heard.speech_frames) >= 0.6, report  # "Knee flops. Get ready."


def test_wait_until_reports_what_it_waited_for() -> None:
    try:
        wait_until(lambda: False, 0.2, "something that never comes")
    except AssertionError as error:
        assert "something that never comes" in str(error)
    else:
        raise AssertionError("wait_until did not time out")
