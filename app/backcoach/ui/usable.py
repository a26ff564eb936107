"""When the window is usable, and what BackCoach prepares in the idle time after it.

*Usable*: the screen the window shows (Home, or the first run's welcome) has painted its
content and the event loop has handled everything queued by then, so a click is answered
at once. Start-up is timed to this moment (benchmarks/startup_bench.py), and work that is
not needed for it waits until then (docs/decisions/008-speed.md).
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
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
~0.4 s to import, which the first click on Progress would otherwise wait for."""

PYQTGRAPH_QT_MODULES = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtTest",
)
"""The PySide6 modules importing pyqtgraph brings in (as seen in ``sys.modules``; a test
checks the list), whose classes the main thread makes before the worker starts."""

SLICE_S = 0.003
"""How long one slice of class making runs before it lets the event loop go on. One class
can take longer (QCommonStyle ~5.5 ms), so a slice takes ~8 ms at most (measured); all of
them ~80 ms, in ~25 slices."""


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


def prepare_in_background() -> None:
    """Prepare the chart modules without holding up the window: first the main thread
    makes, in short slices between events, every class of the PySide6 modules pyqtgraph
    uses; then a worker thread imports numpy, pyqtgraph and the charts.

    Why this order: PySide6 makes a class (and its enum types, in Python code) the first
    time it is used, and that is not thread-safe: two threads making classes at once can
    crash (-11) when the interpreter switches between them mid-way. pyqtgraph's import
    reads every class of QtCore, QtGui and QtWidgets while the main thread makes classes
    of its own (the tray, a screen, a grab), so about one start in a hundred crashed
    (docs/decisions/011-flow-layout.md, "17p"). Made beforehand on the main thread, no
    class is left for the worker to make. numpy waits for the slices too: imported at the
    same time, it held the interpreter for up to ~35 ms between slices (measured; ~10 ms
    without), and the charts were not ready any sooner.

    The imports hold Python's lock on each module, so a click that needs them meanwhile
    simply waits for the rest of the import (or, before the worker starts, imports them
    itself on the main thread, which is safe)."""
    if all(name in sys.modules for name in PREPARED_MODULES):
        return
    steps = _make_qt_classes()

    def next_slice() -> None:
        if _run_slice(steps):
            _import_on_worker(PREPARED_MODULES)
        else:
            QTimer.singleShot(0, next_slice)  # the events waiting are handled first

    QTimer.singleShot(0, next_slice)


def _run_slice(steps: Iterator[None]) -> bool:
    """Take steps for about ``SLICE_S`` (the step under way is finished); True once there
    are none left."""
    ends = time.perf_counter() + SLICE_S
    return all(time.perf_counter() < ends for _ in steps)  # each step, then the clock


def _make_qt_classes() -> Iterator[None]:
    """Make every class of ``PYQTGRAPH_QT_MODULES`` not made yet, one step at a time. A
    class PySide6 has not made yet is listed by ``dir`` but is not in the module's
    ``__dict__``; reading it makes it."""
    for module_name in PYQTGRAPH_QT_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:  # pyqtgraph does without QtSvg, QtOpenGLWidgets, QtTest
            continue
        yield
        for name in dir(module):
            if name not in module.__dict__:
                getattr(module, name, None)
                yield


def _import_on_worker(modules: tuple[str, ...]) -> None:
    """Import ``modules`` on a worker thread, unless they are already imported."""
    missing = [name for name in modules if name not in sys.modules]
    if not missing:
        return

    def work() -> None:
        for name in missing:
            try:
                importlib.import_module(name)
            except Exception:  # the click imports it again and reports the error
                log.exception("preparing %s failed", name)
                return

    # Not a daemon: Python then waits for the import (~0.4 s at most) before shutting
    # down, instead of tearing numpy and Qt's modules down under a half-done import, a
    # known cause of crashes at exit when the app is closed right after it starts.
    threading.Thread(target=work, name="backcoach-prepare", daemon=False).start()
