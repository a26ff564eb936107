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
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QSpinBox,
    QStyle,
    QWidget,
)

from backcoach.domain import language as languages
from backcoach.services import calendar_ics, data_files, reminders_autostart, settings
from backcoach.services.background import BackgroundRunner
from backcoach.ui import translation
from backcoach.ui.settings import settings_texts as texts
from backcoach.ui.settings.controls import CardFitter, SpinBox, TimeEdit, WheelGuard
from backcoach.ui.settings.form_rows import FormRows, RowLabel
from backcoach.ui.settings.sound_check import SoundCheck
from backcoach.ui.settings.tray import tray_available
from backcoach.ui.theme import ThemeManager, save_appearance
from backcoach.ui.widgets.file_dialogs import documents_folder
from backcoach.ui.widgets.flow_layout import FlowLayout
from backcoach.ui.widgets.page_parts import card, label, scrolling_column

log = logging.getLogger(__name__)


class SettingsPage(QWidget):
    settings_changed = Signal(str)  # the key just stored
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

    # --- building --------------------------------------------------------------------
    def _form(self, title: str) -> tuple[QWidget, FormRows]:
        """A card with labelled rows that stack when the text is too large to fit."""
        frame, column = card(title=title)
        rows = FormRows()
        column.addLayout(rows)
        frame.installEventFilter(self._fitter)
        self._fitter.forms[frame] = rows
        return frame, rows

    def _row(
        self,
        form: FormRows,
        text: str,
        control: QWidget,
        description: str,
        explanation: str | None = None,
        *,
        target: QWidget | None = None,
    ) -> None:
        """A labelled control; ``explanation`` (shown under it) also becomes its
        accessible description. ``target``: the focusable part when ``control`` is a row
        of widgets (it then gets the name, description and label's buddy)."""
        name = RowLabel(text)
        focus = target or control
        name.setBuddy(focus)
        focus.setAccessibleName(text)
        focus.setAccessibleDescription(explanation or description)
        focus.setToolTip(description)
        self._guard_wheel(focus)
        form.add_row(name, control)
        if explanation:
            form.add_wide(label(explanation, "muted"))

    def _check(
        self, form: FormRows, text: str, description: str, on: bool, explain: bool = False
    ) -> QCheckBox:
        """A check box; with ``explain`` its description also shows under it (a check
        box's own text does not wrap, so it stays short)."""
        box = QCheckBox(text)
        box.setChecked(on)
        box.setAccessibleName(text)
        box.setAccessibleDescription(description)
        box.setToolTip(description)
        form.add_wide(box)
        if explain:
            note = label(description, "muted")
            note.setIndent(box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 14)
            form.add_wide(note)
            self._notes[box] = note
        return box

    @staticmethod
    def _notice(form: FormRows) -> tuple[QWidget, QLabel]:
        """A warm notice panel across the form, hidden until it has something to say."""
        frame, column = card("notice")
        text = label("")
        column.addWidget(text)
        form.add_wide(frame)
        frame.hide()
        return frame, text

    def _guard_wheel(self, control: QWidget) -> None:
        if isinstance(control, QAbstractSpinBox | QComboBox | QAbstractSlider):
            control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            control.installEventFilter(self._wheel_guard)

    def _combo(self, choices: tuple[tuple[Any, str], ...], value: Any) -> QComboBox:
        combo = QComboBox()
        for data, text in choices:
            combo.addItem(self.tr(text), data)
        combo.setCurrentIndex(max(0, [d for d, _ in choices].index(value)))
        return combo

    @staticmethod
    def _spin(low: int, high: int, step: int, suffix: str, value: int) -> QSpinBox:
        spin = SpinBox()
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        spin.setValue(value)
        spin.setMinimumWidth(120)
        return spin

    def _build_appearance(self, current: settings.Settings) -> QWidget:
        frame, grid = self._form(self.tr("Appearance"))
        self.theme_combo = self._combo(texts.THEME_CHOICES, current.theme)
        self._row(
            grid,
            self.tr("Colours"),
            self.theme_combo,
            self.tr("Light or dark colours, or the same as the rest of your computer."),
        )
        self.theme_combo.currentIndexChanged.connect(
            lambda: self._store("theme", self.theme_combo.currentData())
        )
        self.text_size_combo = self._combo(texts.TEXT_SIZE_CHOICES, current.text_scale)
        self._row(
            grid,
            self.tr("Text size"),
            self.text_size_combo,
            self.tr("Larger text everywhere, the exercise session too."),
        )
        self.text_size_combo.currentIndexChanged.connect(
            lambda: self._store("text_scale", self.text_size_combo.currentData())
        )
        self.reduce_motion_box = self._check(
            grid,
            self.tr("Show still pictures instead of moving figures"),
            self.tr("The exercise pictures stay still; steps are shown side by side."),
            current.reduce_motion,
        )
        self.reduce_motion_box.toggled.connect(lambda on: self._store("reduce_motion", on))
        self.language_combo = self._language_combo(current.language)
        self._row(
            grid,
            self.tr("Language"),
            self.language_combo,
            self.tr("The language of BackCoach's screens, exercises and report."),
        )
        self.language_combo.currentIndexChanged.connect(
            lambda: self._store("language", self.language_combo.currentData())
        )
        self.language_notice, self.language_notice_text = self._notice(grid)
        return frame

    def _language_combo(self, value: str) -> QComboBox:
        """Follow the computer, then each language named in itself (never translated)."""
        combo = QComboBox()
        combo.addItem(self.tr(texts.LANGUAGE_SYSTEM), languages.SYSTEM)
        for code in languages.LANGUAGES:
            combo.addItem(languages.NATIVE_NAMES[code], code)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    def _build_sounds(self, current: settings.Settings) -> QWidget:
        frame, grid = self._form(self.tr("Sounds and voice"))
        self.sounds_box = self._check(
            grid,
            self.tr("Play sounds during a session"),
            self.tr("Soft tones when a hold starts, at halfway, for rests and at the end."),
            current.sounds_on,
        )
        self.sounds_box.toggled.connect(lambda on: self._store("sounds_on", on))
        self.voice_box = self._check(
            grid,
            self.tr("Say the exercise names and prompts aloud"),
            self.tr("A voice tells you what comes next, so you can stay on the mat."),
            current.voice_on,
        )
        self.voice_box.toggled.connect(lambda on: self._store("voice_on", on))
        self.sound_notice, self.sound_notice_text = self._notice(grid)
        self.sound_notice_text.setObjectName("soundNotice")
        volume_row = QWidget()
        box = QHBoxLayout(volume_row)
        box.setContentsMargins(0, 0, 0, 0)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setSingleStep(5)
        self.volume_slider.setPageStep(10)
        self.volume_slider.setValue(current.volume)
        self.volume_slider.setMinimumWidth(220)
        self.volume_value = QLabel()
        self.volume_value.setMinimumWidth(self.volume_value.fontMetrics().horizontalAdvance("100%"))
        box.addWidget(self.volume_slider)
        box.addWidget(self.volume_value)
        self._row(
            grid,
            self.tr("Volume"),
            volume_row,
            self.tr("How loud the sounds and the voice are, from 0 to 100%."),
            target=self.volume_slider,
        )
        self._show_volume(current.volume)
        self.volume_slider.valueChanged.connect(self._show_volume)
        self.volume_slider.valueChanged.connect(lambda v: self._store("volume", v))
        self.sounds_box.toggled.connect(self._enable_volume)
        self.voice_box.toggled.connect(self._enable_volume)
        self._enable_volume()
        return frame

    def _show_volume(self, value: int) -> None:
        self.volume_value.setText(f"{value}%")
        self.volume_slider.setAccessibleDescription(
            self.tr("How loud the sounds and the voice are: now %d%%.") % value
        )

    def _enable_volume(self) -> None:
        self.volume_slider.setEnabled(self.sounds_box.isChecked() or self.voice_box.isChecked())

    def _build_session(self, current: settings.Settings) -> QWidget:
        frame, grid = self._form(self.tr("Exercise sessions"))
        self.get_ready_spin = self._spin(0, 60, 1, self.tr(" s"), current.get_ready_s)
        self._row(
            grid,
            self.tr("Time to get into position"),
            self.get_ready_spin,
            self.tr("Seconds before each exercise starts, to get into position."),
        )
        self.get_ready_spin.valueChanged.connect(lambda v: self._store("get_ready_s", v))

        # The lowest value stands for "no setting": each exercise's own rest.
        self.rest_spin = self._spin(-5, 180, 5, self.tr(" s"), current.rest_s or 0)
        self.rest_spin.setSpecialValueText(self.tr(texts.REST_AS_PLANNED))
        if current.rest_s is None:
            self.rest_spin.setValue(-5)
        self._row(
            grid,
            self.tr("Rest between exercises"),
            self.rest_spin,
            self.tr("Seconds of rest after each exercise; lowest: as each exercise says."),
        )
        self.rest_spin.valueChanged.connect(lambda v: self._store("rest_s", v if v >= 0 else None))

        self.threshold_spin = self._spin(1, 4, 1, self.tr(" points"), current.pain_threshold)
        self._row(
            grid,
            self.tr("Suggest a break when pain rises by"),
            self.threshold_spin,
            self.tr("The pain rise that pauses a session."),
            self.tr(texts.PAIN_RULE),
        )
        self.threshold_spin.valueChanged.connect(lambda v: self._store("pain_threshold", v))

        self.goal_spin = self._spin(5, 120, 5, self.tr(" minutes"), current.daily_goal_min)
        self._row(
            grid,
            self.tr("Daily goal"),
            self.goal_spin,
            self.tr("Minutes of exercise a day that Home counts toward."),
            self.tr(texts.DAILY_GOAL),
        )
        self.goal_spin.valueChanged.connect(lambda v: self._store("daily_goal_min", v))

        self.suggestions_box = self._check(
            grid,
            self.tr("Suggest next steps on Home"),
            self.tr(
                "After a steady week, Home may offer one small step up, at most one a week; "
                "after a pain rise, an easier exercise. Turn this off to choose every change "
                "yourself."
            ),
            current.suggestions_on,
            explain=True,
        )
        self.suggestions_box.toggled.connect(lambda on: self._store("suggestions_on", on))
        return frame

    def _build_reminders(self, current: settings.Settings) -> QWidget:
        frame, grid = self._form(self.tr("Reminders"))
        self.reminders_box = self._check(
            grid,
            self.tr("Remind me to exercise"),
            self.tr("A message on your screen on the days and at the time below."),
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
            box.setAccessibleDescription(self.tr("Remind me on %s") % name)
            box.toggled.connect(self._days_changed)
            days.addWidget(box)
            self.day_boxes.append(box)
        self._row(
            grid,
            self.tr("On"),
            days_row,
            self.tr("The days to be reminded on."),
            target=self.day_boxes[0],
        )
        # Each day box is named after its day (the row label only says "On").
        monday = locale.dayName(1, QLocale.FormatType.LongFormat)
        self.day_boxes[0].setAccessibleName(monday)
        self.day_boxes[0].setAccessibleDescription(self.tr("Remind me on %s") % monday)

        self.time_edit = TimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        hour, minute = (int(p) for p in current.reminder_time.split(":"))
        self.time_edit.setTime(QTime(hour, minute))
        self.time_edit.setMinimumWidth(120)
        self._row(grid, self.tr("At"), self.time_edit, self.tr("The time of the reminder."))
        self.time_edit.timeChanged.connect(
            lambda t: self._store("reminder_time", t.toString("HH:mm"))
        )

        self.tray_box = self._check(
            grid,
            self.tr("Keep BackCoach running when I close it"),
            self.tr(
                "Reminders only come while BackCoach runs. With this on, closing the window "
                "leaves BackCoach in the notification area; quit from its icon there."
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
            self.tray_notice_text.setText(self.tr(texts.NO_TRAY))
            self.tray_notice.show()
        self.login_box = self._check(
            grid,
            self.tr("Start BackCoach when I log in"),
            self.tr("So reminders come without opening BackCoach yourself."),
            reminders_autostart.starts_at_login(),
            explain=True,
        )
        self.login_box.toggled.connect(self._start_at_login)
        if self.login_box.isChecked():
            self._renew_login_entry()

        self.calendar_button = QPushButton(self.tr("Add to my calendar…"))
        self.calendar_button.setAccessibleDescription(
            self.tr(
                "Saves a calendar file with a weekly event on the chosen days and time. "
                "Open it with your calendar, which then reminds you even when BackCoach "
                "is closed."
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

    # --- changes ---------------------------------------------------------------------
    def _store(self, key: str, value: Any) -> None:
        if self._loading:
            return
        try:
            settings.save(self.context, key, value)
        except settings.SettingError as error:  # the controls' ranges make this rare
            self._say(str(error))
            return
        self._apply(key, value)
        self.settings_changed.emit(key)

    def _apply(self, key: str, value: Any) -> None:
        if key in ("theme", "text_scale") and self.theme_manager is not None:
            theme = settings.get(self.context, "theme")
            scale = settings.get(self.context, "text_scale")
            if key == "theme":
                self.theme_manager.apply(theme)
            else:
                self.theme_manager.set_text_scale(scale)
            # The next start paints its first frame in these before the data loads.
            save_appearance(Path(self.context.data_dir), theme, scale)
        elif key == "reduce_motion" and hasattr(self.context, "reduce_motion"):
            self.context.reduce_motion = value
        elif key == "language":
            # The next start paints its first frame in it, before the data opens.
            translation.remember_choice(Path(self.context.data_dir), value)
            self._show_language_notice(value)

    def _show_language_notice(self, choice: str) -> None:
        """Say when the language chosen differs from the one on screen: it applies after
        a restart (every screen, the catalogue and the report are built in it at start)."""
        in_use = getattr(self.context, "language", languages.SOURCE)
        differs = translation.resolve(choice) != in_use
        self.language_notice_text.setText(self.tr(texts.LANGUAGE_RESTART) if differs else "")
        self.language_notice.setVisible(differs)

    def _days_changed(self) -> None:
        chosen = [day for day, box in enumerate(self.day_boxes) if box.isChecked()]
        self._store("reminder_days", chosen)

    def _start_at_login(self, on: bool) -> None:
        try:
            reminders_autostart.set_start_at_login(
                on, command=reminders_autostart.launch_command(Path(self.context.data_dir))
            )
        except OSError as error:
            self._say(self.tr("Your computer did not allow this: %s") % (error.strerror or error))
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

    def _say(self, text: str) -> None:
        self.status.setText(text)

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
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        self._say(self.tr("The backup did not work: %s. Nothing of yours was changed.") % reason)

    def choose_calendar_file(self) -> None:
        if not any(box.isChecked() for box in self.day_boxes):
            self._say(self.tr("Choose at least one day first."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Add to my calendar"),
            str(documents_folder() / "backcoach-exercise.ics"),
            self.tr("Calendar file (*.ics)"),
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
                summary=self.tr("Back exercises"),
                description=self.tr(
                    "Time for your back exercises with BackCoach. Even 15 minutes a day helps."
                ),
            )
        except (OSError, ValueError) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            self._say(self.tr("The calendar file could not be saved: %s.") % reason)
            return False
        self._say(
            self.tr("Saved %s. Open it with your calendar app to add the weekly event.") % path
        )
        return True

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
