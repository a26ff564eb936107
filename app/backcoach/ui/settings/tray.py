"""The notification-area (tray) icon: reminder messages, and a home while the window is closed.

Lives in ``ui`` because QSystemTrayIcon is a widget-module class (the services layer
only decides *when* a reminder is due, see ``services/reminders.py``). On desktops
without a notification area the reminder flashes the window in the task bar instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from backcoach import APP_NAME
from backcoach.services import settings

MESSAGE_MS = 30_000


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class ReminderTray(QObject):
    """Owns the tray icon. ``open_requested``: the user clicked the icon or a message."""

    open_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        context: settings.SettingsStore,
        icon: QIcon | None = None,
        *,
        available: Callable[[], bool] = tray_available,
        tray_factory: Callable[..., Any] = QSystemTrayIcon,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.available = available
        self.icon = icon if icon is not None else window.windowIcon()
        self.tray = tray_factory(self.icon, self)
        self.tray.setToolTip(APP_NAME)
        menu = QMenu(window)
        open_action = QAction(self.tr("Open BackCoach"), menu)
        open_action.triggered.connect(self.open_requested)
        quit_action = QAction(self.tr("Quit BackCoach"), menu)
        quit_action.triggered.connect(self.quit_requested)
        menu.addAction(open_action)
        menu.addAction(quit_action)
        self.menu = menu
        self.tray.setContextMenu(menu)
        self.tray.messageClicked.connect(self.open_requested)
        self.tray.activated.connect(self._activated)
        self._told_about_tray = False
        self.update_visibility()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def update_visibility(self) -> None:
        """Show the icon while reminders or closing to the tray are on (call on a change)."""
        chosen = settings.load(self.context)
        wanted = self.available() and (chosen.reminders_on or chosen.close_to_tray)
        self.tray.setVisible(wanted)
        # With the window hidden in the tray, closing it must not end the app.
        QApplication.setQuitOnLastWindowClosed(not self.keeps_running())

    def keeps_running(self) -> bool:
        """True when closing the window should hide it in the tray instead of quitting."""
        return self.available() and settings.get(self.context, "close_to_tray")

    def hid_window(self) -> None:
        """Say once per run where BackCoach went when its window was closed."""
        if self._told_about_tray:
            return
        self._told_about_tray = True
        self.tray.showMessage(
            APP_NAME,
            self.tr("BackCoach is still running here, so your reminders can come."),
            self.icon,
            MESSAGE_MS // 3,
        )

    def remind(self, occurrence: datetime | None = None) -> None:
        """The reminder itself: a desktop notification, or a flash in the task bar."""
        title = self.tr("Time for your back exercises")
        minutes = settings.get(self.context, "daily_goal_min")
        body = self.tr("About %d minutes is enough. Click here to start.") % minutes
        if self.available() and QSystemTrayIcon.supportsMessages():
            self.tray.setVisible(True)
            self.tray.showMessage(title, body, self.icon, MESSAGE_MS)
        else:
            QApplication.alert(self.window, 0)
        self.last_message = (title, body)
