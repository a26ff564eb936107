"""The main window: a navigation list on the left and one screen at a time on the right."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcoach import APP_NAME
from backcoach.context import AppContext
from backcoach.domain.exercise_filter import ExerciseFilter
from backcoach.ui.about.about_page import AboutPage
from backcoach.ui.browser.browser_page import ExerciseBrowserPage
from backcoach.ui.home.home_page import HomePage


@dataclass(frozen=True)
class Screen:
    key: str
    title: str
    widget: QWidget


class MainWindow(QMainWindow):
    first_painted = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._painted = False
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(900, 600)
        self.screens: list[Screen] = []

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        side = QWidget()
        side.setObjectName("sidebar")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 16, 0, 0)
        side_layout.setSpacing(0)
        title = QLabel(APP_NAME)
        title.setObjectName("appTitle")
        side_layout.addWidget(title)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setFixedWidth(230)
        side_layout.addWidget(self.navigation)
        self.stack = QStackedWidget()
        row.addWidget(side)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.home = HomePage()
        self.browser = ExerciseBrowserPage(context)
        self.about = AboutPage()
        self.add_screen("home", self.tr("Home"), self.home)
        self.add_screen("exercises", self.tr("Exercises"), self.browser)
        self.add_screen("about", self.tr("About the evidence"), self.about)
        self.home.browse_requested.connect(self.browse)
        self.home.about_requested.connect(lambda: self.show_screen("about"))
        self.navigation.setCurrentRow(0)

        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.toggle_full_screen)
        self._restore_geometry()

    # --- screens -------------------------------------------------------------------
    def add_screen(self, key: str, title: str, widget: QWidget) -> None:
        self.screens.append(Screen(key, title, widget))
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(f"{title} (Ctrl+{len(self.screens)})")
        self.navigation.addItem(item)
        number = len(self.screens)
        if number <= 9:
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda: self.show_screen(key))

    def show_screen(self, key: str) -> QWidget:
        for row, screen in enumerate(self.screens):
            if screen.key == key:
                self.navigation.setCurrentRow(row)
                return screen.widget
        raise KeyError(key)

    def current_screen(self) -> str:
        return self.screens[self.stack.currentIndex()].key

    def browse(self, exercise_filter: ExerciseFilter) -> None:
        self.show_screen("exercises")
        self.browser.set_filter(exercise_filter)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # --- window state --------------------------------------------------------------
    def _ui_state(self) -> QSettings:
        # Kept beside the user's data so --data-dir (and tests) isolate it too.
        path = self.context.data_dir / "window-state.ini"
        return QSettings(str(path), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        state = self._ui_state()
        geometry = state.value("main/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.resize(1280, 800)

    def save_geometry(self) -> None:
        state = self._ui_state()
        state.setValue("main/geometry", self.saveGeometry())
        state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
