"""A stress run of the chart preload (``backcoach.ui.usable.prepare_in_background``), run
as its own process: ``python tests/gui/preload_stress.py SEED``. Exit 0 when the charts
were prepared and nothing broke; a crash is exit -11 (docs/decisions/011-flow-layout.md,
"17p").

While the preload runs, the main thread does what the app's main thread does after start,
only much more of it: it asks PySide6 for Qt classes not made yet (PySide6 makes a class,
and its enum types, on first use), makes widgets of many kinds and grabs them, and takes
Python handles to widgets Qt made in C++. It reads the classes of QtCore, QtGui and
QtWidgets in the order pyqtgraph reads them, from the moment the worker starts on numpy;
while the chart worker runs, it also makes the classes of modules pyqtgraph does not use
(as the app does: QtNetwork at start, QtMultimedia for sound, ...). Python is told to
switch threads every 50 us instead of every 5 ms, so the threads meet inside class
making far more often than they would otherwise. With the preload as it was (a worker
making the classes pyqtgraph reads), about one run in two crashed.
"""

from __future__ import annotations

import importlib
import random
import sys
import threading
import time
from types import ModuleType

WIDGETS = frozenset(
    """QLabel QPushButton QToolButton QCheckBox QRadioButton QComboBox QFontComboBox QLineEdit
    QSpinBox QDoubleSpinBox QSlider QScrollBar QDial QProgressBar QLCDNumber QTextEdit
    QPlainTextEdit QTextBrowser QListWidget QListView QTreeWidget QTreeView QTableWidget
    QTableView QColumnView QScrollArea QGroupBox QTabWidget QTabBar QStackedWidget QFrame
    QToolBox QSplitter QCalendarWidget QDateEdit QTimeEdit QDateTimeEdit QKeySequenceEdit
    QCommandLinkButton QDialogButtonBox QMenu QToolBar QStatusBar QGraphicsView""".split()  # noqa: SIM905
)
"""Widgets of the kinds the app's screens are made of (some other QtWidgets classes, such as
a size grip or a focus frame made with no widget to serve, crash Qt on their own)."""

OTHER_MODULES = (
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtMultimedia",
    "PySide6.QtTextToSpeech",
    "PySide6.QtPrintSupport",
)
"""Modules pyqtgraph does not use, whose classes the main thread makes while it imports."""

CHURN_S = 20.0
"""At most this long (the preload takes ~0.6 s on an idle machine, a few seconds loaded)."""


def main(seed: int) -> int:
    import PySide6.QtCore as QtCore
    import PySide6.QtGui as QtGui
    import PySide6.QtWidgets as QtWidgets
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QScrollArea, QVBoxLayout, QWidget

    from backcoach.ui import usable

    rng = random.Random(seed)
    sys.setswitchinterval(0.00005)  # 50 us instead of 5 ms: many more thread switches
    app = QApplication(["preload-stress"])
    window = QWidget()
    column = QVBoxLayout(window)
    window.resize(400, 300)
    window.show()
    modules: list[ModuleType] = [QtCore, QtGui, QtWidgets]
    lazy = [(module, name) for module in modules for name in dir(module)]
    lazy.reverse()  # popped from the end: in the order pyqtgraph reads them (most crashes)
    others = list(reversed(OTHER_MODULES))
    began = time.monotonic()
    failures: list[str] = []

    def worker_alive() -> bool:
        return any(t.name == "backcoach-prepare" and t.is_alive() for t in threading.enumerate())

    def prepared() -> bool:
        return not worker_alive() and all(name in sys.modules for name in usable.PREPARED_MODULES)

    def widget_of(cls: type) -> QWidget | None:
        try:
            made = cls()
        except Exception:  # a class that needs arguments: not this one
            return None
        return made if isinstance(made, QWidget) else None

    def next_classes() -> None:
        # The crash needs both threads making classes at the same time: from when the
        # worker is about to reach pyqtgraph's Qt part (numpy comes first).
        if lazy and "numpy" in sys.modules:
            module, name = lazy.pop()
            cls = getattr(module, name)
            if name in WIDGETS and rng.random() < 0.5:
                made = widget_of(cls)
                if made is not None:
                    column.addWidget(made)
                    made.grab()
        elif others and worker_alive():
            module_name = others.pop()
            try:
                other = importlib.import_module(module_name)
            except ImportError:  # not in every PySide6 install
                return
            lazy.extend((other, name) for name in reversed(dir(other)))

    def churn() -> None:
        if (prepared() and not lazy) or time.monotonic() - began > CHURN_S:
            app.quit()
            return
        try:
            for _ in range(rng.randint(1, 4)):
                next_classes()
            if rng.random() < 0.2:  # a Python handle to a widget Qt made in C++
                area = QScrollArea(window)
                area.setWidget(QWidget())
                for child in area.findChildren(QWidget):
                    child.objectName()
                area.deleteLater()
            if rng.random() < 0.3:
                window.grab()
            while column.count() > 6:
                item = column.takeAt(0)
                old = item.widget() if item is not None else None
                if old is not None:
                    old.deleteLater()
        except Exception as error:
            failures.append(repr(error))
            app.quit()
            return
        QTimer.singleShot(0, churn)

    usable.prepare_in_background()
    QTimer.singleShot(0, churn)
    app.exec()
    if failures:
        print("failed:", failures, file=sys.stderr)
        return 1
    if not prepared():
        print("the charts were not prepared in time", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 0))
