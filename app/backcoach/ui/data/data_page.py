"""Your data: where it lives, backups, export and import.

Disk work (export, import, backups) runs on the background runner so the window never
freezes. Results are shown in plain words at the top of the page, where the user is
looking (the page scrolls up to them); a failure also opens a dialog, so a failed export
can never pass for a finished one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backcoach.context import AppContext
from backcoach.services import data_files, date_words, storage_words
from backcoach.services.background import BackgroundRunner
from backcoach.services.data_files import ImportReport
from backcoach.ui.translate_noop import QT_TRANSLATE_NOOP
from backcoach.ui.widgets.file_dialogs import documents_folder, suggested_path
from backcoach.ui.widgets.flow_layout import FlowLayout, flow_row
from backcoach.ui.widgets.page_parts import card, label, scrolling_column

BACKUP_KINDS = {
    "daily": QT_TRANSLATE_NOOP("DataPage", "Daily backup"),
    "manual": QT_TRANSLATE_NOOP("DataPage", "Backup you made"),
    "before-restore": QT_TRANSLATE_NOOP("DataPage", "Saved before a restore"),
    "before-upgrade": QT_TRANSLATE_NOOP("DataPage", "Saved before an update"),
}


def _card(title: str, body: str) -> tuple[QFrame, QVBoxLayout]:
    frame, column = card(title=title)
    column.addWidget(label(body))
    return frame, column


class DataPage(QWidget):
    data_replaced = Signal()  # after an import or a restore: screens should re-read

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.runner = BackgroundRunner(self)
        self.failure_box: QMessageBox | None = None
        layout = scrolling_column(self)
        self.scroll = self.findChild(QScrollArea)
        layout.addWidget(label(self.tr("Your data"), "title"))
        layout.addWidget(
            label(
                self.tr(
                    "Everything BackCoach knows about your exercise and pain stays in one "
                    "file on this computer. Nothing is sent anywhere."
                ),
                "subtitle",
            )
        )
        # The result of the last action, at the top: below the cards it was off screen at
        # 768 px, and a failed export looked like success.
        self.message_frame, box = card()
        self.message_frame.setObjectName("dataMessage")
        self.status = label("")
        self.status.setAccessibleName(self.tr("Result"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.status)
        self.message_frame.hide()
        layout.addWidget(self.message_frame)

        where, box = card(title=self.tr("Where it is kept"))
        self.path_label = label(str(data_files.data_path(context)))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.path_label)
        open_button = QPushButton(self.tr("Open the folder"))
        open_button.clicked.connect(self.open_folder)
        box.addLayout(self._row(open_button))
        layout.addWidget(where)

        backups, box = _card(
            self.tr("Backups"),
            self.tr(
                "BackCoach keeps a backup each day for the last week. Restoring one puts "
                "your current data aside as a backup first, so nothing is lost."
            ),
        )
        self.backup_list = QListWidget()
        self.backup_list.setAccessibleName(self.tr("Backups, newest first"))
        self.backup_list.setAccessibleDescription(
            self.tr("Choose a backup, then press Restore the selected backup")
        )
        self.backup_list.setMinimumHeight(120)
        self.backup_list.setMaximumHeight(170)
        box.addWidget(self.backup_list)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.clicked.connect(self.restore_selected)
        box.addLayout(self._row(self.backup_button, self.restore_button))
        layout.addWidget(backups)

        transfer, box = _card(
            self.tr("Export and import"),
            self.tr(
                "Export everything to a file you can keep or move to another computer, or "
                "your pain ratings as a spreadsheet (CSV) for your physiotherapist. Import "
                "adds the records of a BackCoach export; records you already have are not "
                "added twice."
            ),
        )
        self.export_json_button = QPushButton(self.tr("Export everything…"))
        self.export_json_button.clicked.connect(lambda: self.export("json"))
        self.export_csv_button = QPushButton(self.tr("Export pain ratings (CSV)…"))
        self.export_csv_button.clicked.connect(lambda: self.export("csv"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.choose_import)
        box.addLayout(
            self._row(self.export_json_button, self.export_csv_button, self.import_button)
        )
        layout.addWidget(transfer)
        layout.addStretch(1)
        self.refresh()

    @staticmethod
    def _row(*buttons: QPushButton) -> FlowLayout:
        return flow_row(*buttons)

    def refresh(self) -> None:
        self.backup_list.clear()
        for info in data_files.backups(self.context):
            # Daily backups are named by their day only: no time to show.
            when = date_words.long_day_padded(info.created)
            if info.kind != "daily":
                when += f", {info.created:%H:%M}"
            kind = self.tr(BACKUP_KINDS[info.kind]) if info.kind in BACKUP_KINDS else info.kind
            text = f"{when} · {kind}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.backup_list.addItem(item)
        if self.backup_list.count():
            self.backup_list.setCurrentRow(0)
        self.restore_button.setEnabled(self.backup_list.count() > 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _say(self, text: str, warning: bool = False) -> None:
        """Show ``text`` at the top of the page and scroll up to it."""
        self.status.setText(text)
        self.message_frame.setProperty("role", "notice" if warning else "card")
        self.message_frame.style().unpolish(self.message_frame)
        self.message_frame.style().polish(self.message_frame)
        self.message_frame.setVisible(bool(text))
        self.scroll.verticalScrollBar().setValue(0)

    def _busy(self, busy: bool) -> None:
        for button in (
            self.backup_button,
            self.restore_button,
            self.export_json_button,
            self.export_csv_button,
            self.import_button,
        ):
            button.setEnabled(not busy)
        if busy:
            self._say(self.tr("Working…"))

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            text = self.tr("That did not work: %s. Nothing of yours was changed.") % reason
        else:  # a StorageError: a file that cannot be imported, a backup not written
            text = storage_words.error_text(error)
        self._say(text, warning=True)
        # A dialog as well: a failure must be seen even if the eyes were elsewhere.
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("That did not work"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.failure_box = box

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_files.data_folder(self.context))))

    def back_up_now(self) -> None:
        self._busy(True)
        context = self.context
        self.runner.run(lambda: data_files.back_up_now(context), self._backed_up, self._failed)

    def _backed_up(self, path: Path) -> None:
        self._busy(False)
        self.refresh()
        self._say(self.tr("Backup saved as %s.") % path)

    def restore_selected(self) -> None:
        item = self.backup_list.currentItem()
        if item is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace your data with the backup from %s?\n\nYour current data is "
                "saved as a backup first, so you can go back."
            )
            % item.text(),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        self._busy(True)
        context = self.context
        self.runner.run(
            lambda: data_files.restore_backup(context, path), self._restored, self._failed
        )

    def _restored(self, aside: Path) -> None:
        self._busy(False)
        self.refresh()
        self._say(self.tr("Backup restored. Your previous data was saved as %s.") % aside)
        self.data_replaced.emit()

    def export(self, kind: str, target: Path | None = None) -> None:
        if target is None:
            suffix = "json" if kind == "json" else "csv"
            stem = "backcoach-export" if kind == "json" else "backcoach-pain-ratings"
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export"),
                suggested_path(stem, suffix),
                "JSON (*.json)" if kind == "json" else "CSV (*.csv)",
            )
            if not name:
                return
            target = Path(name)
        context, path = self.context, target
        if kind == "json":
            work = lambda: data_files.export_everything(context, path)  # noqa: E731
            done = self.tr("Exported everything to %s.")
        else:
            work = lambda: data_files.export_pain_ratings(context, path)  # noqa: E731
            done = self.tr("Exported your pain ratings to %s.")
        self._busy(True)
        self.runner.run(work, lambda written: self._exported(done % written), self._failed)

    def _exported(self, message: str) -> None:
        self._busy(False)
        self._say(message)

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a BackCoach export"), str(documents_folder()), "JSON (*.json)"
        )
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        self._busy(True)
        context = self.context
        self.runner.run(
            lambda: data_files.import_export(context, path), self._imported, self._failed
        )

    def _imported(self, report: ImportReport) -> None:
        self._busy(False)
        self._say(storage_words.import_summary(report), warning=bool(report.set_aside))
        self.data_replaced.emit()
