"""Settings: how BackCoach looks and sounds, session timings, the pain rule, the daily
goal, reminders and where the data is. Every change is stored at once and applied live.

Each control has an accessible name and description; explanations are visible text too.
The page emits ``settings_changed(key)`` after storing a change, so the window can
refresh what depends on it (Home's goal, the browser's moving figures, the tray).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from backcoach.domain import language as languages
from backcoach.services import data_files, settings, storage_words
from backcoach.services.background import BackgroundRunner
from backcoach.ui.settings import settings_texts as texts
from backcoach.ui.settings.controls import CardFitter, WheelGuard
from backcoach.ui.settings.settings_reminders import ReminderSettings
from backcoach.ui.settings.sound_check import SoundCheck
from backcoach.ui.settings.tray import tray_available
from backcoach.ui.theme import ThemeManager
from backcoach.ui.widgets.flow_layout import FlowLayout
from backcoach.ui.widgets.page_parts import card, label, scrolling_column

log = logging.getLogger(__name__)


class SettingsPage(ReminderSettings):
    # settings_changed(str), the key just stored, is declared on SettingsForm.
    data_screen_requested = Signal()  # "Restore, export or import…"

    def __init__(
        self,
        context: Any,
        theme_manager: ThemeManager | None,
        parent: QWidget | None = None,
        *,
        has_tray: Callable[[], bool] = tray_available,
        sound_check: SoundCheck | None = None,
    ) -> None:
        """``context``: an AppContext (setting/set_setting, data_dir, store).
        ``has_tray`` and ``sound_check`` tell what this desktop can do (tests fake them)."""
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.theme_manager = theme_manager
        self.has_tray = has_tray()
        self.sound_check = sound_check or SoundCheck(self)
        self.sound_check.changed.connect(self._show_sound_availability)
        self._sound_checked = False
        self._notes: dict[QCheckBox, QLabel] = {}
        self.runner = BackgroundRunner(self)
        self._wheel_guard = WheelGuard(self)
        self._fitter = CardFitter(self)
        self._loading = True
        current = settings.load(context)

        layout = scrolling_column(self)
        layout.addWidget(label(self.tr("Settings"), "title"))
        layout.addWidget(
            label(self.tr("Changes apply at once and are kept on this computer."), "subtitle")
        )
        layout.addWidget(self._build_appearance(current))
        layout.addWidget(self._build_sounds(current))
        layout.addWidget(self._build_session(current))
        layout.addWidget(self._build_reminders(current))
        layout.addWidget(self._build_report(current))
        layout.addWidget(self._build_data())
        self.status = label("")
        self.status.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._loading = False

    def _build_report(self, current: settings.Settings) -> QWidget:
        frame, form = self._form(self.tr("Report for your physiotherapist"))
        self.report_name = QLineEdit(current.report_name)
        self.report_name.setMaxLength(80)
        self.report_name.setPlaceholderText(self.tr("Optional"))
        self.report_name.setMinimumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.report_name.editingFinished.connect(
            lambda: self._store("report_name", self.report_name.text())
        )
        self._row(
            form,
            self.tr("Your name"),
            self.report_name,
            self.tr("Printed at the top of the report, so it is clear whose it is."),
            self.tr("Printed at the top of the report. Leave it empty to print no name."),
        )
        self.report_english_box = self._check(
            form,
            self.tr("Write the report in English"),
            self.tr("For a physiotherapist who reads English. The screens stay in your language."),
            current.report_in_english,
            explain=True,
        )
        self.report_english_box.toggled.connect(lambda on: self._store("report_in_english", on))
        # In English the report is in English anyway: the choice would mean nothing.
        if getattr(self.context, "language", languages.SOURCE) == languages.SOURCE:
            self.report_english_box.hide()
            self._notes[self.report_english_box].hide()
        return frame

    def _build_data(self) -> QWidget:
        frame, column = card(title=self.tr("Your data"))
        column.addWidget(
            label(self.tr("Everything BackCoach keeps is in this folder on your computer:"))
        )
        self.path_label = label(str(self.context.data_dir))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.path_label)
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.setAccessibleDescription(
            self.tr("Shows the data folder in your file manager.")
        )
        self.open_folder_button.clicked.connect(self.open_folder)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setAccessibleDescription(
            self.tr("Saves a copy of all your data beside it, in the backups folder.")
        )
        self.backup_button.clicked.connect(self.back_up_now)
        self.more_data_button = QPushButton(self.tr("Restore, export or import…"))
        self.more_data_button.setAccessibleDescription(
            self.tr("Opens the Your data screen: backups to restore, export and import.")
        )
        self.more_data_button.clicked.connect(self.data_screen_requested)
        buttons = QWidget()
        row = FlowLayout(buttons)
        for button in (self.open_folder_button, self.backup_button, self.more_data_button):
            row.addWidget(button)
        column.addWidget(buttons)
        return frame

    # --- what this computer can play ---------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sound_checked:
            # Asked once the page shows (QtMultimedia loads then, not at start-up).
            self._sound_checked = True
            QTimer.singleShot(0, self.sound_check.start)

    def _show_sound_availability(self) -> None:
        """Switches for what cannot be heard show off and greyed, with the reason; the
        stored choices stay and come back when a device or voice appears."""
        check = self.sound_check
        stored = settings.load(self.context)
        reasons = []
        if check.output is False:
            reasons.append(self.tr(texts.NO_AUDIO_OUTPUT))
        elif check.voice is False:
            reasons.append(self.tr(texts.NO_VOICE))
            if sys.platform.startswith("linux"):
                reasons.append(self.tr(texts.NO_VOICE_LINUX))
        for box, works, on in (
            (self.sounds_box, check.output, stored.sounds_on),
            (self.voice_box, check.voice, stored.voice_on),
        ):
            box.blockSignals(True)
            box.setEnabled(works is not False)
            box.setChecked(on and works is not False)
            box.blockSignals(False)
            box.setAccessibleDescription(" ".join(reasons) if works is False else box.toolTip())
        self._enable_volume()
        self.sound_notice_text.setText(" ".join(reasons))
        self.sound_notice.setVisible(bool(reasons))

    # --- actions ---------------------------------------------------------------------
    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.data_dir)))

    def back_up_now(self) -> None:
        self.backup_button.setEnabled(False)
        self._say(self.tr("Working…"))
        context = self.context
        self.runner.run(
            lambda: data_files.back_up_now(context), self._backed_up, self._backup_failed
        )

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self._say(self.tr("Backup saved as %s.") % path)

    def _backup_failed(self, error: Exception) -> None:
        self.backup_button.setEnabled(True)
        text = storage_words.worded(error)
        if text is not None:  # says in full what went wrong
            self._say(text)
            return
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self._say(self.tr("The backup did not work: %s. Nothing of yours was changed.") % reason)

    def refresh(self) -> None:
        """Show the stored values again (after a restore or an import)."""
        current = settings.load(self.context)
        self._loading = True
        try:
            self.theme_combo.setCurrentIndex(self.theme_combo.findData(current.theme))
            self.text_size_combo.setCurrentIndex(self.text_size_combo.findData(current.text_scale))
            self.reduce_motion_box.setChecked(current.reduce_motion)
            self.report_english_box.setChecked(current.report_in_english)
            self.language_combo.setCurrentIndex(
                max(0, self.language_combo.findData(current.language))
            )
            self.sounds_box.setChecked(current.sounds_on)
            self.voice_box.setChecked(current.voice_on)
            self.volume_slider.setValue(current.volume)
            self.get_ready_spin.setValue(current.get_ready_s)
            self.suggestions_box.setChecked(current.suggestions_on)
            self.rest_spin.setValue(-5 if current.rest_s is None else current.rest_s)
            self.threshold_spin.setValue(current.pain_threshold)
            self.goal_spin.setValue(current.daily_goal_min)
            self.reminders_box.setChecked(current.reminders_on)
            for day, box in enumerate(self.day_boxes):
                box.setChecked(day in current.reminder_days)
            hour, minute = (int(p) for p in current.reminder_time.split(":"))
            self.time_edit.setTime(QTime(hour, minute))
            self.tray_box.setChecked(current.close_to_tray)
        finally:
            self._loading = False
        self._show_sound_availability()
