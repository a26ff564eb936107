"""The settings page's first sections: appearance and language, sounds and voice, and
exercise sessions (timings, the pain rule, the daily goal, suggestions)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSlider, QWidget

from backcoach.domain import language as languages
from backcoach.services import settings
from backcoach.ui.settings import settings_texts as texts
from backcoach.ui.settings.settings_form import SettingsForm


class SettingsSections(SettingsForm):
    """Builds the appearance, sound and session cards."""

    sounds_box: QCheckBox
    voice_box: QCheckBox
    language_combo: QComboBox

    def _build_appearance(self, current: settings.Settings) -> QWidget:
        frame, grid = self._form(QCoreApplication.translate("SettingsPage", "Appearance"))
        self.theme_combo = self._combo(texts.THEME_CHOICES, current.theme)
        self._row(
            grid,
            QCoreApplication.translate("SettingsPage", "Colours"),
            self.theme_combo,
            QCoreApplication.translate(
                "SettingsPage", "Light or dark colours, or the same as the rest of your computer."
            ),
        )
        self.theme_combo.currentIndexChanged.connect(
            lambda: self._store("theme", self.theme_combo.currentData())
        )
        self.text_size_combo = self._combo(texts.TEXT_SIZE_CHOICES, current.text_scale)
        self._row(
            grid,
            QCoreApplication.translate("SettingsPage", "Text size"),
            self.text_size_combo,
            QCoreApplication.translate(
                "SettingsPage", "Larger text everywhere, the exercise session too."
            ),
        )
        self.text_size_combo.currentIndexChanged.connect(
            lambda: self._store("text_scale", self.text_size_combo.currentData())
        )
        self.reduce_motion_box = self._check(
            grid,
            QCoreApplication.translate(
                "SettingsPage", "Show still pictures instead of moving figures"
            ),
            QCoreApplication.translate(
                "SettingsPage", "The exercise pictures stay still; steps are shown side by side."
            ),
            current.reduce_motion,
        )
        self.reduce_motion_box.toggled.connect(lambda on: self._store("reduce_motion", on))
        self.language_combo = self._language_combo(current.language)
        self._row(
            grid,
            QCoreApplication.translate("SettingsPage", "Language"),
            self.language_combo,
            QCoreApplication.translate(
                "SettingsPage", "The language of BackCoach's screens, exercises and report."
            ),
        )
        self.language_combo.currentIndexChanged.connect(
            lambda: self._store("language", self.language_combo.currentData())
        )
        self.language_notice, self.language_notice_text = self._notice(grid)
        return frame

    def _language_combo(self, value: str) -> QComboBox:
        """Follow the computer, then each language named in itself (never translated)."""
        combo = QComboBox()
        combo.addItem(
            QCoreApplication.translate("SettingsPage", texts.LANGUAGE_SYSTEM), languages.SYSTEM
        )
        for code in languages.LANGUAGES:
            combo.addItem(languages.NATIVE_NAMES[code], code)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        return combo

    def _build_sounds(self, current: settings.Settings) -> QWidget:
        frame, grid = self._form(QCoreApplication.translate("SettingsPage", "Sounds and voice"))
        self.sounds_box = self._check(
            grid,
            QCoreApplication.translate("SettingsPage", "Play sounds during a session"),
            QCoreApplication.translate(
                "SettingsPage",
                "Soft tones when a hold starts, at halfway, for rests and at the end.",
            ),
            current.sounds_on,
        )
        self.sounds_box.toggled.connect(lambda on: self._store("sounds_on", on))
        self.voice_box = self._check(
            grid,
            QCoreApplication.translate("SettingsPage", "Say the exercise names and prompts aloud"),
            QCoreApplication.translate(
                "SettingsPage", "A voice tells you what comes next, so you can stay on the mat."
            ),
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
        self.volume_value.setMinimumWidth(
            self.volume_value.fontMetrics().horizontalAdvance(_percent(100))
        )
        box.addWidget(self.volume_slider)
        box.addWidget(self.volume_value)
        self._row(
            grid,
            QCoreApplication.translate("SettingsPage", "Volume"),
            volume_row,
            QCoreApplication.translate(
                "SettingsPage", "How loud the sounds and the voice are, from 0 to 100%."
            ),
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
        self.volume_value.setText(_percent(value))
        self.volume_slider.setAccessibleDescription(
            QCoreApplication.translate(
                "SettingsPage", "How loud the sounds and the voice are: now %d%%."
            )
            % value
        )

    def _enable_volume(self) -> None:
        self.volume_slider.setEnabled(self.sounds_box.isChecked() or self.voice_box.isChecked())

    def _build_session(self, current: settings.Settings) -> QWidget:
        frame, grid = self._form(QCoreApplication.translate("SettingsPage", "Exercise sessions"))
        self.get_ready_spin = self._spin(
            0, 60, 1, QCoreApplication.translate("SettingsPage", " s"), current.get_ready_s
        )
        self._row(
            grid,
            QCoreApplication.translate("SettingsPage", "Time to get into position"),
            self.get_ready_spin,
            QCoreApplication.translate(
                "SettingsPage", "Seconds before each exercise starts, to get into position."
            ),
        )
        self.get_ready_spin.valueChanged.connect(lambda v: self._store("get_ready_s", v))

        # The lowest value stands for "no setting": each exercise's own rest.
        self.rest_spin = self._spin(
            -5, 180, 5, QCoreApplication.translate("SettingsPage", " s"), current.rest_s or 0
        )
        self.rest_spin.setSpecialValueText(
            QCoreApplication.translate("SettingsPage", texts.REST_AS_PLANNED)
        )
        if current.rest_s is None:
            self.rest_spin.setValue(-5)
        self._row(
            grid,
            QCoreApplication.translate("SettingsPage", "Rest between exercises"),
            self.rest_spin,
            QCoreApplication.translate(
                "SettingsPage",
                "Seconds of rest after each exercise; lowest: as each exercise says.",
            ),
        )
        self.rest_spin.valueChanged.connect(lambda v: self._store("rest_s", v if v >= 0 else None))

        self.threshold_spin = self._spin(
            1, 4, 1, QCoreApplication.translate("SettingsPage", " points"), current.pain_threshold
        )
        self._row(
            grid,
            QCoreApplication.translate("SettingsPage", "Suggest a break when pain rises by"),
            self.threshold_spin,
            QCoreApplication.translate("SettingsPage", "The pain rise that pauses a session."),
            QCoreApplication.translate("SettingsPage", texts.PAIN_RULE),
        )
        self.threshold_spin.valueChanged.connect(lambda v: self._store("pain_threshold", v))

        self.goal_spin = self._spin(
            5,
            120,
            5,
            QCoreApplication.translate("SettingsPage", " minutes"),
            current.daily_goal_min,
        )
        self._row(
            grid,
            QCoreApplication.translate("SettingsPage", "Daily goal"),
            self.goal_spin,
            QCoreApplication.translate(
                "SettingsPage", "Minutes of exercise a day that Home counts toward."
            ),
            QCoreApplication.translate("SettingsPage", texts.DAILY_GOAL),
        )
        self.goal_spin.valueChanged.connect(lambda v: self._store("daily_goal_min", v))

        self.suggestions_box = self._check(
            grid,
            QCoreApplication.translate("SettingsPage", "Suggest next steps on Home"),
            QCoreApplication.translate(
                "SettingsPage",
                "After a steady week, Home may offer one small step up, at most one a week; "
                "after a pain rise, an easier exercise. Turn this off to choose every change "
                "yourself.",
            ),
            current.suggestions_on,
            explain=True,
        )
        self.suggestions_box.toggled.connect(lambda on: self._store("suggestions_on", on))
        return frame


def _percent(value: int) -> str:
    """'80%', or '80 %' where the language puts a (no-break) space before the sign."""
    return QCoreApplication.translate("SettingsPage", "%d%%", "a volume in percent") % value
