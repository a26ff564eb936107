"""The pieces of a real desktop for the journey tests: an X server (Xvfb, 1366x768), a
sound server (PulseAudio with a null sink whose monitor we record), speech-dispatcher,
and the app itself started through its installed entry point, driven with xdotool.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

SCREEN = (1366, 768)
BACKCOACH = Path(sys.executable).with_name("backcoach")  # the gui-script pip installed


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> object:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


class Desktop:
    """Xvfb, a D-Bus session bus, PulseAudio (null sink) and speech-dispatcher."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.processes: list[subprocess.Popen] = []
        self.runtime = root / "runtime"
        self.runtime.mkdir(mode=0o700)
        self.home = root / "home"
        (self.home / "Documents").mkdir(parents=True)
        self.env = {
            "PATH": os.environ["PATH"],
            "LANG": "C.UTF-8",
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "XDG_CONFIG_HOME": str(root / "config"),
            "XDG_STATE_HOME": str(root / "state"),
            "XDG_DATA_HOME": str(root / "share"),
            "XDG_CACHE_HOME": str(root / "cache"),
        }

    def _spawn(self, name: str, command: list[str]) -> subprocess.Popen:
        log = (self.root / f"{name}.log").open("wb")
        process = subprocess.Popen(
            command, env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.processes.append(process)
        return process

    def start(self, sound: bool) -> None:
        # -displayfd: Xvfb takes a free display number and tells it once it listens (a
        # fixed number could meet the previous test's server still shutting down).
        # -noreset: as on a desktop, where the window manager stays connected, the server
        # does not reset each time its last client (xdpyinfo, the app) leaves.
        read_end, write_end = os.pipe()
        log = (self.root / "xvfb.log").open("wb")
        self.processes.append(
            subprocess.Popen(
                ["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                 f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp", "-noreset"],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                pass_fds=(write_end,),
            )
        )  # fmt: skip
        os.close(write_end)
        with os.fdopen(read_end) as answer:
            number = answer.readline().strip()
        assert number.isdigit(), f"Xvfb did not start: {(self.root / 'xvfb.log').read_text()}"
        self.env["DISPLAY"] = f":{number}"
        wait_until(lambda: self.run(["xdpyinfo"], check=False).returncode == 0, 20, "Xvfb")
        bus = self.runtime / "bus"
        self._spawn("dbus", ["dbus-daemon", "--session", "--nofork", f"--address=unix:path={bus}"])
        self.env["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
        wait_until(bus.exists, 20, "the D-Bus session bus")
        if sound:
            self._start_sound()

    def _start_sound(self) -> None:
        # As root (CI) PulseAudio warns but runs; no real card: one null sink, recorded
        # through its monitor source.
        self._spawn(
            "pulseaudio",
            ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
             "-n", "--load=module-native-protocol-unix",
             "--load=module-null-sink sink_name=journey rate=44100 channels=2",
             "--load=module-always-sink"],
        )  # fmt: skip
        wait_until(
            lambda: self.run(["pactl", "info"], check=False).returncode == 0, 30, "PulseAudio"
        )
        self.run(["pactl", "set-default-sink", "journey"])
        # speech-dispatcher is started by the app's first connection (autospawn); its
        # espeak-ng module speaks through PulseAudio, the default output.

    def run(self, command: list[str], check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=60, check=check
        )

    def record(self, target: Path) -> subprocess.Popen:
        """Raw 16-bit mono 16 kHz samples of everything played, until stopped."""
        return self._spawn(
            "parec",
            ["sh", "-c", f"exec parec -d journey.monitor --format=s16le --channels=1 "
             f"--rate=16000 --raw > '{target}'"],
        )  # fmt: skip

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
        # speech-dispatcher and its espeak-ng module were spawned by the app's spd-say and
        # left running; they carry this desktop's XDG_RUNTIME_DIR, nothing else does.
        marker = f"XDG_RUNTIME_DIR={self.runtime}".encode()
        for proc in Path("/proc").glob("[0-9]*"):
            try:
                if marker in (proc / "environ").read_bytes().split(b"\0"):
                    os.kill(int(proc.name), signal.SIGTERM)
            except (OSError, ValueError):
                continue


class App:
    """The app as a user starts it, and a user's mouse and keyboard (xdotool)."""

    def __init__(self, desktop: Desktop, data_dir: Path) -> None:
        self.desktop, self.data_dir = desktop, data_dir
        self.probe = desktop.root / "probe.json"
        self.log = desktop.root / "app.log"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        self.probe.unlink(missing_ok=True)
        # QT_DEBUG_PLUGINS: Qt logs while unloading plugins at exit, so a quit that is not
        # clean (a message handler left calling into a finished interpreter) shows as 139.
        env = {
            **self.desktop.env,
            "BACKCOACH_JOURNEY_PROBE": str(self.probe),
            "QT_DEBUG_PLUGINS": "1",
        }
        self.process = subprocess.Popen(
            [str(BACKCOACH), "--data-dir", str(self.data_dir)],
            env=env, stdout=self.log.open("wb"), stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.wait_for(lambda s: s["screen"] != "loading", "the first screen", 60)

    def state(self) -> dict | None:
        try:
            return json.loads(self.probe.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def wait_for(self, test: Callable[[dict], object], what: str, timeout: float = 20) -> dict:
        def check():
            assert self.process is not None
            if self.process.poll() is not None:
                raise AssertionError(f"the app exited ({self.process.returncode}): {self.output()}")
            state = self.state()
            return state if state and test(state) else None

        return wait_until(check, timeout, what)

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-3000:]

    def find(self, text: str, kind: str = "button", exact: bool = True) -> dict | None:
        state = self.state() or {"widgets": []}
        for widget in state["widgets"]:
            label = widget["text"].replace("&", "")
            if widget["kind"] == kind and (label == text if exact else text in label):
                return widget
        return None

    def click(self, text: str, kind: str = "button", exact: bool = True) -> None:
        widget = self.wait_for(
            lambda s: (w := self.find(text, kind, exact)) and w["enabled"],
            f"an enabled {kind} {text!r}",
        )
        widget = self.find(text, kind, exact)
        x, y, w, h = widget["box"]
        self.click_at(x + w // 2, min(y + h // 2, SCREEN[1] - 1))

    def click_at(self, x: int, y: int) -> None:
        self.xdotool("mousemove", "--sync", str(x), str(y), "click", "1")
        self.settle()

    def settle(self) -> None:
        """Wait for a probe written after the last input: a click can move widgets (a
        hint appears, a page changes) and the next click must aim at where they are now."""
        sent = time.time()
        wait_until(
            lambda: self.probe.exists() and self.probe.stat().st_mtime > sent + 0.05,
            10,
            "the app to show the effect of the last input",
        )

    def navigate(self, title: str) -> None:
        state = self.wait_for(
            lambda s: any(n["text"] == title for n in s["navigation"]), f"{title} in the sidebar"
        )
        x, y = next(n["centre"] for n in state["navigation"] if n["text"] == title)
        self.click_at(x, y)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--clearmodifiers", *keys)
        if self.process is not None and self.process.poll() is None:
            try:
                self.settle()
            except AssertionError:
                if self.process.poll() is None:  # not just quitting: a real hang
                    raise

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "20", text)

    def xdotool(self, *args: str) -> None:
        self.desktop.run(["xdotool", *args])

    def window_id(self) -> str:
        assert self.process is not None
        return wait_until(
            lambda: self.desktop.run(
                ["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid)],
                check=False,
            ).stdout.split(),
            20,
            "the app's window",
        )[-1]

    def wait_exit(self, timeout: float = 30) -> int:
        assert self.process is not None
        return self.process.wait(timeout)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)


def have_tools() -> list[str]:
    return [t for t in ("Xvfb", "xdotool", "xdpyinfo", "dbus-daemon", "pdftotext")
            if shutil.which(t) is None]  # fmt: skip
