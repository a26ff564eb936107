"""The settings page's form parts: cards of labelled rows, check boxes, notices,
combos and spin boxes, and storing a change (then applying it live).

Texts keep the "SettingsPage" translation context they had when this was one class.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QSpinBox,
    QStyle,
    QWidget,
)

from backcoach.domain import language as languages
from backcoach.services import settings
from backcoach.ui import translation
from backcoach.ui.settings import settings_texts as texts
from backcoach.ui.settings.controls import CardFitter, SpinBox, WheelGuard
from backcoach.ui.settings.form_rows import FormRows, RowLabel
from backcoach.ui.theme import ThemeManager, save_appearance
from backcoach.ui.widgets.page_parts import card, label


class SettingsForm(QWidget):
    """The helpers every settings section builds with; ``SettingsPage`` sets the
    attributes below in its constructor."""

    settings_changed = Signal(str)  # the key just stored

    context: Any
    theme_manager: ThemeManager | None
    status: QLabel
    language_notice: QWidget
    language_notice_text: QLabel
    _notes: dict[QCheckBox, QLabel]
    _wheel_guard: WheelGuard
    _fitter: CardFitter
    _loading: bool

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
            combo.addItem(QCoreApplication.translate("SettingsPage", text), data)
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
        self.language_notice_text.setText(
            QCoreApplication.translate("SettingsPage", texts.LANGUAGE_RESTART) if differs else ""
        )
        self.language_notice.setVisible(differs)

    def _say(self, text: str) -> None:
        self.status.setText(text)
