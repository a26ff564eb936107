"""Help (F1, or Help in the sidebar): how a session goes, what the pain rule means,
where the data is, and the keys, each in its own tab.

The texts are filled when the help opens, so they name the threshold in force and the
real data folder.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from backcoach.ui import help_texts
from backcoach.ui.shortcuts_overlay import KeysTable
from backcoach.ui.widgets.page_parts import fit_to_window, label

TABS = ("session", "pain", "data", "keys")


class HelpDialog(QDialog):
    """Over the window; Esc or Close shuts it. ``show_for(window)`` opens it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Help — BackCoach"))
        self.setModal(True)
        self.data_dir: Path | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 16)
        column.setSpacing(12)
        column.addWidget(label(self.tr("Help"), "title"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("helpTabs")
        self.tabs.setAccessibleName(self.tr("Help topics"))
        self.session_text = self._page(self.tr("How a session goes"))
        self.pain_text = self._page(self.tr("What the pain rule means"))
        self.data_text = self._page(self.tr("Where your data is"))
        data_page = QWidget()
        data_column = QVBoxLayout(data_page)
        data_column.setContentsMargins(12, 12, 12, 12)
        data_column.addWidget(self.data_text, 1)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.setAccessibleDescription(
            self.tr("Shows the data folder in your file manager.")
        )
        self.open_folder_button.clicked.connect(self.open_folder)
        data_column.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        keys_page = QWidget()
        keys_column = QVBoxLayout(keys_page)
        keys_column.setContentsMargins(12, 12, 12, 12)
        keys_column.addWidget(label(self.tr("Everything in BackCoach works from the keyboard.")))
        self.table = KeysTable()
        keys_column.addWidget(self.table, 1)
        self.tabs.addTab(self.session_text, self.tr("A session"))
        self.tabs.addTab(self.pain_text, self.tr("Pain"))
        self.tabs.addTab(data_page, self.tr("Your data"))
        self.tabs.addTab(keys_page, self.tr("Keys"))
        self.tabs.tabBar().setExpanding(False)
        self.tabs.tabBar().setUsesScrollButtons(True)  # at very large text, never clipped
        column.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        column.addWidget(buttons)

    @staticmethod
    def _page(name: str) -> QTextBrowser:
        text = QTextBrowser()
        text.setOpenLinks(False)
        text.setAccessibleName(name)
        return text

    # --- filling -------------------------------------------------------------------
    def fill(self, context: Any, evidence: Any) -> None:
        """The texts with this user's threshold, daily goal and data folder."""
        from backcoach.services import settings
        from backcoach.ui.session.safety_views import warning_signs_html

        chosen = settings.load(context)
        self.session_text.setHtml(help_texts.session_html(chosen.daily_goal_min))
        signs = ""
        if evidence is not None:
            signs = warning_signs_html(evidence)
        self.pain_text.setHtml(help_texts.pain_rule_html(chosen.pain_threshold, signs))
        self.data_dir = Path(context.data_dir)
        self.data_text.setHtml(help_texts.data_html(self.data_dir))

    def listed(self) -> list[tuple[str, str]]:
        """The keys as the Keys tab lists them."""
        return self.table.listed()

    def show_for(self, window: QWidget, tab: str = "session") -> None:
        """Open over ``window`` at ``tab`` (one of ``TABS``)."""
        context = getattr(window, "context", None)
        if context is not None:
            self.fill(context, getattr(window, "evidence", None))
        self.table.fill_for(window)
        self.tabs.setCurrentIndex(TABS.index(tab))
        wanted_width = 72 * self.fontMetrics().averageCharWidth()  # grows with the text
        fit_to_window(self, wanted_width, int(window.height() * 0.9))
        centre = window.geometry().center()
        self.move(centre.x() - self.width() // 2, centre.y() - self.height() // 2)
        self.open()
        self.tabs.currentWidget().setFocus()

    def open_folder(self) -> None:
        if self.data_dir is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
