"""When the window is usable, and what BackCoach prepares in the idle time after it.

*Usable*: the screen the window shows (Home, or the first run's welcome) has painted its
content and the event loop has handled everything queued by then, so a click is answered
at once. Start-up is timed to this moment (benchmarks/startup_bench.py), and work that is
not needed for it waits until then (docs/decisions/008-speed.md).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Protocol, cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

log = logging.getLogger(__name__)

PREPARED_MODULES = (
    "backcoach.ui.charts.pain_chart",
    "backcoach.ui.charts.minutes_chart",
    "backcoach.ui.charts.function_chart",
)
"""Imported on a background thread once the window is usable: pyqtgraph and numpy take
~0.3 s to import, which the first click on Progress would otherwise wait for."""


class Window(Protocol):
    """The main window as seen from here (no import of it: that would be a cycle)."""

    @property
    def stack(self) -> QStackedWidget: ...


def when_usable(window: Window, then: Callable[[], object]) -> None:
    """Call ``then`` once the window is usable: the screen it shows (Home, or the first
    run's welcome) has painted its content, and the event loop has handled everything
    that was queued by then (a zero-time timer fires only after the queued events), so
    a click now is answered at once. Benchmarks time start-up to this moment."""
    current = window.stack.currentWidget()
    assert current is not None  # the window shows Home or the welcome from the start
    page: QWidget = current

    class _Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                page.removeEventFilter(self)
                QTimer.singleShot(0, then)
            return False

    watcher = _Painted(cast(QObject, window))
    page.installEventFilter(watcher)
    page.update()


def after_paint(widget: QWidget, then: Callable[[], object], fallback_ms: int) -> None:
    """Call ``then`` once, just after ``widget`` next paints (or after ``fallback_ms`` if
    it does not paint by then, e.g. while the window is hidden)."""
    done = False

    def once() -> None:
        nonlocal done
        if not done:
            done = True
            widget.removeEventFilter(watcher)
            then()

    class _Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, once)  # after this paint is on the screen
            return False

    watcher = _Painted(widget)
    widget.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, widget, once)


def prepare_in_background() -> threading.Thread | None:
    """Import the chart modules on a worker thread (None if they are already imported).
    The import holds Python's lock on each module, so a click that needs them meanwhile
    simply waits for the rest of the import; the event loop keeps running between the
    worker's slices of the interpreter (gaps of ~40 ms at most, measured)."""
    missing = [name for name in PREPARED_MODULES if name not in sys.modules]
    if not missing:
        return None

    def work() -> None:
        import importlib

        for name in missing:
            try:
                importlib.import_module(name)
            except Exception:  # the click imports it again and reports the error
                log.exception("preparing %s failed", name)
                return

    # Not a daemon: Python then waits for the import (~0.3 s at most) before shutting
    # down, instead of tearing numpy and Qt's modules down under a half-done import, a
    # known cause of crashes at exit when the app is closed right after it starts.
    thread = threading.Thread(target=work, name="backcoach-prepare", daemon=False)
    thread.start()
    return thread
