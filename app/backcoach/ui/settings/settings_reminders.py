"""The settings page's reminders: days and time, keeping BackCoach running, starting
it at login, and a calendar file with the weekly event."""

from __future__ import annotations

import logging
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtWidgets import QCheckBox, QFileDialog, QPushButton, QWidget

from backcoach.services import calendar_ics, reminders_autostart, settings
from backcoach.ui.settings import settings_texts as texts
from backcoach.ui.settings.controls import TimeEdit
from backcoach.ui.settings.settings_sections import SettingsSections
from backcoach.ui.widgets.file_dialogs import documents_folder
from backcoach.ui.widgets.flow_layout import FlowLayout
from backcoach.ui.widgets.page_parts import label

log = logging.getLogger(__name__)


class ReminderSettings(SettingsSections):
    """Builds the reminders card and carries out its actions."""

    has_tray: bool

    def _build_reminders(self, current: settings.Settings) -> QWidget:
        frame, grid = self._form(QCoreApplication.translate("SettingsPage", "Reminders"))
        self.reminders_box = self._check(
            grid,
            QCoreApplication.translate("SettingsPage", "Remind me to exercise"),
            QCoreApplication.translate(
                "SettingsPage", "A message on your screen on the days and at the time below."
            ),
            current.reminders_on,
        )
        self.reminders_box.toggled.connect(lambda on: self._store("reminders_on", on))

        days_row = QWidget()
        days = FlowLayout(days_row, spacing=6)
        self.day_boxes: list[QCheckBox] = []
        locale = QLocale()  # weekday names in the language in use
        for day in range(7):
            name = locale.dayName(day + 1, QLocale.FormatType.LongFormat)
            box = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            box.setChecked(day in current.reminder_days)
            box.setAccessibleName(name)
            box.setAccessibleDescription(
                QCoreApplication.translate("SettingsPage", "Remind me on %s") % name
            )
            box.toggled.connect(self._days_changed)
            days.addWidget(box)
            self.day_boxes.append(box)
        self._row(
            grid,
            QCoreApplication.translate("SettingsPage", "On"),
            days_row,
            QCoreApplication.translate("SettingsPage", "The days to be reminded on."),
            target=self.day_boxes[0],
        )
        # Each day box is named after its day (the row label only says "On").
        monday = locale.dayName(1, QLocale.FormatType.LongFormat)
        self.day_boxes[0].setAccessibleName(monday)
        self.day_boxes[0].setAccessibleDescription(
            QCoreApplication.translate("SettingsPage", "Remind me on %s") % monday
        )

        self.time_edit = TimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        hour, minute = (int(p) for p in current.reminder_time.split(":"))
        self.time_edit.setTime(QTime(hour, minute))
        self.time_edit.setMinimumWidth(120)
        self._row(
            grid,
            QCoreApplication.translate("SettingsPage", "At"),
            self.time_edit,
            QCoreApplication.translate("SettingsPage", "The time of the reminder."),
        )
        self.time_edit.timeChanged.connect(
            lambda t: self._store("reminder_time", t.toString("HH:mm"))
        )

        self.tray_box = self._check(
            grid,
            QCoreApplication.translate("SettingsPage", "Keep BackCoach running when I close it"),
            QCoreApplication.translate(
                "SettingsPage",
                "Reminders only come while BackCoach runs. With this on, closing the window "
                "leaves BackCoach in the notification area; quit from its icon there.",
            ),
            current.close_to_tray,
            explain=True,
        )
        self.tray_box.toggled.connect(lambda on: self._store("close_to_tray", on))
        self.tray_notice, self.tray_notice_text = self._notice(grid)
        if not self.has_tray:
            # Nowhere to keep running: say what happens instead of a switch that does
            # nothing.
            self.tray_box.hide()
            self._notes[self.tray_box].hide()
            self.tray_notice_text.setText(QCoreApplication.translate("SettingsPage", texts.NO_TRAY))
            self.tray_notice.show()
        self.login_box = self._check(
            grid,
            QCoreApplication.translate("SettingsPage", "Start BackCoach when I log in"),
            QCoreApplication.translate(
                "SettingsPage", "So reminders come without opening BackCoach yourself."
            ),
            reminders_autostart.starts_at_login(),
            explain=True,
        )
        self.login_box.toggled.connect(self._start_at_login)
        if self.login_box.isChecked():
            self._renew_login_entry()

        self.calendar_button = QPushButton(
            QCoreApplication.translate("SettingsPage", "Add to my calendar…")
        )
        self.calendar_button.setAccessibleDescription(
            QCoreApplication.translate(
                "SettingsPage",
                "Saves a calendar file with a weekly event on the chosen days and time. "
                "Open it with your calendar, which then reminds you even when BackCoach "
                "is closed.",
            )
        )
        self.calendar_button.clicked.connect(self.choose_calendar_file)
        grid.add_wide(self.calendar_button, own_width=True)
        grid.add_wide(label(self.calendar_button.accessibleDescription(), "muted"))
        self._enable_reminders()
        self.reminders_box.toggled.connect(self._enable_reminders)
        return frame

    def _enable_reminders(self) -> None:
        on = self.reminders_box.isChecked()
        for box in self.day_boxes:
            box.setEnabled(on)
        self.time_edit.setEnabled(on)

    def _days_changed(self) -> None:
        chosen = [day for day, box in enumerate(self.day_boxes) if box.isChecked()]
        self._store("reminder_days", chosen)

    def _start_at_login(self, on: bool) -> None:
        try:
            reminders_autostart.set_start_at_login(
                on, command=reminders_autostart.launch_command(Path(self.context.data_dir))
            )
        except OSError as error:
            self._say(
                QCoreApplication.translate("SettingsPage", "Your computer did not allow this: %s")
                % (error.strerror or error)
            )
            self.login_box.blockSignals(True)
            self.login_box.setChecked(not on)
            self.login_box.blockSignals(False)
            return
        self._store("start_at_login", on)

    def _renew_login_entry(self) -> None:
        """An entry written by an older BackCoach may lack the data folder: write it
        again as this one would (the same command when nothing changed)."""
        try:
            reminders_autostart.set_start_at_login(
                True, command=reminders_autostart.launch_command(Path(self.context.data_dir))
            )
        except OSError as error:  # the entry stays as it was; nothing else depends on it
            log.info("could not renew the start-at-login entry: %s", error)

    def choose_calendar_file(self) -> None:
        if not any(box.isChecked() for box in self.day_boxes):
            self._say(QCoreApplication.translate("SettingsPage", "Choose at least one day first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("SettingsPage", "Add to my calendar"),
            str(documents_folder() / "backcoach-exercise.ics"),
            QCoreApplication.translate("SettingsPage", "Calendar file (*.ics)"),
        )
        if name:
            self.save_calendar(Path(name))

    def save_calendar(self, path: Path, today: date | None = None) -> bool:
        """Write the weekly event for the chosen days and time to ``path``."""
        chosen = settings.load(self.context)
        at = time.fromisoformat(chosen.reminder_time)
        try:
            calendar_ics.write_weekly_event(
                path,
                chosen.reminder_days,
                at,
                today=today or date.today(),
                now=datetime.now().astimezone(),
                duration_min=chosen.daily_goal_min,
                summary=QCoreApplication.translate("SettingsPage", "Back exercises"),
                description=QCoreApplication.translate(
                    "SettingsPage",
                    "Time for your back exercises with BackCoach. Even 15 minutes a day helps.",
                ),
            )
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            self._say(
                QCoreApplication.translate(
                    "SettingsPage", "The calendar file could not be saved: %s."
                )
                % reason
            )
            return False
        self._say(
            QCoreApplication.translate(
                "SettingsPage", "Saved %s. Open it with your calendar app to add the weekly event."
            )
            % path
        )
        return True
