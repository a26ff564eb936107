"""The Progress screen's report for the physiotherapist: ask where, write it off the UI
thread, say how it went and offer to open it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from backcoach.context import AppContext
from backcoach.services.background import BackgroundRunner
from backcoach.ui.progress.progress_widgets import label
from backcoach.ui.widgets.file_dialogs import suggested_path


def default_page_size(locale: QLocale | None = None) -> str:
    """Letter where it is the usual paper size (US, Canada, Mexico, ...), else A4."""
    # QLocale.Country, not QLocale.Territory: Qt 6.2 renamed the C++ enum but PySide6
    # exposes only the old name in some releases (6.11.3 has no Territory), and
    # territory() returns a Country in every release the project allows.
    territory = (locale or QLocale()).territory()
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.Philippines,
    }
    return "Letter" if territory in letter else "A4"


class ReportMaker(QObject):
    """Writes the report of a period; ``status_row`` shows how it went."""

    saved = Signal(object)  # the Path of a report just written

    def __init__(
        self,
        context: AppContext,
        parent: QWidget,
        report_button: QPushButton,
        today: Callable[[], date],
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._parent = parent
        self._today = today
        self.report_button = report_button
        self.runner = BackgroundRunner(self)
        self.last_report: Path | None = None
        self.status = label("", "muted")
        self.status.setAccessibleName(self.tr("Report status"))
        self.status.hide()
        self.status_row = QHBoxLayout()
        self.status_row.addWidget(self.status, 1)
        self.open_button = QPushButton(self.tr("Open the report"))
        self.open_button.clicked.connect(self.open_report)
        self.open_button.hide()
        self.status_row.addWidget(self.open_button)

    def ask_target(self) -> Path | None:
        """The PDF file the user picks (with ``.pdf`` added if missing); None if cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save the report"),
            suggested_path("backcoach-report", "pdf", self._today()),
            self.tr("PDF (*.pdf)"),
        )
        if not name:
            return None
        target = Path(name)
        return target if target.suffix.lower() == ".pdf" else target.with_suffix(".pdf")

    def make(
        self, start: date, end: date, target: Path | None = None, page_size: str | None = None
    ) -> None:
        """Write the report of ``start``..``end`` (asks where when no ``target``)."""
        if target is None:
            target = self.ask_target()
            if target is None:
                return
        from backcoach.services.report import write_report

        size = page_size or default_page_size()
        context, today, path = self._context, self._today(), target
        self.report_button.setEnabled(False)
        self.open_button.hide()
        self._say(self.tr("Making the report…"))
        self.runner.run(
            lambda: write_report(context, path, start, end, page_size=size, today=today),
            self._done,
            self._failed,
        )

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _done(self, path: Path) -> None:
        self.report_button.setEnabled(True)
        self.last_report = path
        self._say(self.tr("The report is saved as %s.") % path)
        self.open_button.show()
        self.saved.emit(path)

    def _failed(self, error: Exception) -> None:
        self.report_button.setEnabled(True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self._say(self.tr("The report could not be saved: %s.") % reason)

    def open_report(self) -> None:
        if self.last_report is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_report)))
