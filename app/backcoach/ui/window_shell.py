"""The main window's frame: the sidebar (the app's name, the screens' list, Help and
Quit), the banner for storage problems, the window's own keys, and fitting the sidebar
to the text size.

``window`` is the ``MainWindow`` (typed Any: this module must not import the module that
imports it, see tests/test_import_cycles.py). Its texts keep the window's translation
context ("MainWindow").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from backcoach import APP_NAME


def build_sidebar(window: Any, titles: list[str]) -> QFrame:
    """The sidebar, with the screens' names there at the first paint (the real layout,
    not an empty frame); each screen's page is made when it is first needed. Sets the
    window's ``sidebar``, ``app_title``, ``navigation``, ``help_button``, ``quit_button``."""
    # Before the first paint no QtCore.Qt.* enum is touched: creating the Qt namespace's
    # enums costs ~20 ms here (a QFrame paints its style-sheet background anyway).
    sidebar = QFrame()
    window.sidebar = sidebar
    sidebar.setObjectName("sidebar")
    sidebar.setFixedWidth(232)
    side_layout = QVBoxLayout(sidebar)
    side_layout.setContentsMargins(0, 16, 0, 0)
    side_layout.setSpacing(0)
    title = QLabel(APP_NAME)
    title.setObjectName("appTitle")
    window.app_title = title
    side_layout.addWidget(title)
    navigation = QListWidget()
    window.navigation = navigation
    navigation.setObjectName("navigation")
    navigation.setAccessibleName(QCoreApplication.translate("MainWindow", "Screens"))
    navigation.setAccessibleDescription(
        QCoreApplication.translate("MainWindow", "Ctrl and a number also opens a screen")
    )
    side_layout.addWidget(navigation)
    for name in titles:
        navigation.addItem(QListWidgetItem(name))
    # Help and Quit where a user looks for them (F1 and Ctrl+Q do the same).
    help_button = QPushButton(QCoreApplication.translate("MainWindow", "Help"))
    help_button.setObjectName("sidebarButton")
    help_button.setToolTip(
        QCoreApplication.translate("MainWindow", "How BackCoach works, and its keys (F1)")
    )
    quit_button = QPushButton(QCoreApplication.translate("MainWindow", "Quit"))
    quit_button.setObjectName("sidebarButton")
    quit_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Quit BackCoach"))
    quit_button.setToolTip(QCoreApplication.translate("MainWindow", "Close BackCoach (Ctrl+Q)"))
    quit_button.clicked.connect(window.quit_app)
    window.help_button, window.quit_button = help_button, quit_button
    for button in (help_button, quit_button):
        side_layout.addWidget(button)
    side_layout.addSpacing(12)
    return sidebar


def build_storage_banner(window: Any) -> QFrame:
    """A notice above the screens for storage problems (see ``show_storage_message``);
    sets the window's ``storage_message``."""
    banner = QFrame()
    banner.setProperty("role", "notice")
    row = QHBoxLayout(banner)
    row.setContentsMargins(18, 10, 18, 10)
    window.storage_message = QLabel()
    window.storage_message.setWordWrap(True)
    row.addWidget(window.storage_message, 1)
    close = QPushButton(QCoreApplication.translate("MainWindow", "OK"))
    close.clicked.connect(banner.hide)
    row.addWidget(close)
    banner.hide()
    return banner


def add_window_keys(window: Any) -> None:
    """Quit (Ctrl+Q) and close the window (Ctrl+W), as the platform names them."""
    # Imported here, not with the module: the keys are added once the window is usable
    # (~1 ms of QKeySequence's and QShortcut's set-up at start).
    from PySide6.QtGui import QKeySequence, QShortcut

    for standard, fallback, action in (
        (QKeySequence.StandardKey.Quit, "Ctrl+Q", window.quit_app),
        (QKeySequence.StandardKey.Close, "Ctrl+W", window.close),
    ):
        # Windows has no standard Quit key: Ctrl+Q is added everywhere. Keyboards'
        # own Close key (no modifier) is left to the system.
        keys = [k for k in QKeySequence.keyBindings(standard) if "+" in k.toString()]
        if not any(key.matches(QKeySequence(fallback)) for key in keys):
            keys.append(QKeySequence(fallback))
        for key in keys:
            QShortcut(key, window, action)


HELP_KEYS = ("F1", "?")


def add_help_keys(window: Any, dialog: Callable[[], Any]) -> None:
    """F1 and ? open the help over ``window``; ``dialog`` gives the help, made the first
    time it is asked for (the help's module and texts load then, not at start)."""
    from PySide6.QtGui import QKeySequence, QShortcut  # see add_window_keys

    for key in HELP_KEYS:
        QShortcut(QKeySequence(key), window, lambda: dialog().show_for(window))


def fit_sidebar(window: Any) -> None:
    """Wide enough for the longest screen name at the current text size, but never
    more than a fifth of the window: at large text a long name wraps instead, and
    the screens keep their room."""
    navigation, sidebar = window.navigation, window.sidebar
    metrics = navigation.fontMetrics()
    titles = [navigation.item(i).text() for i in range(navigation.count())]
    widest = max((metrics.horizontalAdvance(t) for t in titles), default=0)
    widest = max(widest, window.app_title.sizeHint().width() - 40)
    cap = max(232, window.width() // 5)
    width = max(232, min(widest + 72, cap))
    if width != sidebar.width() or sidebar.minimumWidth() != width:
        sidebar.setFixedWidth(width)
        navigation.setWordWrap(widest + 72 > width)
        navigation.doItemsLayout()
