"""The dose of the selected exercise in a routine: hold or reps, sets, rest, sides.

Spin box ranges come from ``DOSE_LIMITS`` so nothing out of bounds can be typed, and
keyboard tracking is off so a half-typed "3" on the way to "30" is never saved.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QSpinBox, QWidget

from backcoach.domain.catalog import Dose, Exercise
from backcoach.domain.routines import DOSE_FIELDS, DOSE_LIMITS, MIN_STATIC_HOLD_S
from backcoach.ui import domain_words as words
from backcoach.ui.forms import load_form

DEFAULT_HOLD_S = 30
DEFAULT_REPS = 10
SPIN_MIN_HEIGHT = 36


class RoutineItemEditor(QWidget):
    dose_changed = Signal(dict)
    """Changes for ``routines.set_dose``, e.g. {"sets": 3}."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = load_form("routine_editor.ui", self)
        self._exercise: Exercise | None = None
        self._dose: Dose | None = None
        for name, spin in self._spins().items():
            low, high = DOSE_LIMITS[name]
            spin.setRange(low, high)
            spin.setMinimumHeight(SPIN_MIN_HEIGHT)
            spin.setMinimumWidth(96)
            spin.setAccessibleDescription(self.tr("The Up and Down keys change it; saved at once"))
            spin.valueChanged.connect(lambda value, field=name: self._changed(field, value))
        self.ui.perSideCheck.toggled.connect(lambda on: self._changed("per_side", on))
        self.ui.holdRadio.toggled.connect(self._kind_toggled)
        self.ui.usualDoseButton.clicked.connect(self._use_usual_dose)
        # Too narrow for label and spin box side by side: the label goes above its box.
        self.ui.doseForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    # --- public ---------------------------------------------------------------------
    def show_item(self, exercise: Exercise | None, dose: Dose | None) -> None:
        """Show one exercise's dose (``exercise`` None: the catalogue lacks it)."""
        self._exercise = exercise
        self._dose = dose
        ui = self.ui
        widgets = [*self._spins().values(), ui.perSideCheck, ui.holdRadio, ui.repsRadio]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self._fill(exercise, dose)
        finally:
            for widget in widgets:
                widget.blockSignals(False)

    def exercise(self) -> Exercise | None:
        return self._exercise

    def tab_chain(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.holdRadio,
            ui.repsRadio,
            ui.repsSpin,
            ui.holdSpin,
            ui.setsSpin,
            ui.restSpin,
            ui.perSideCheck,
            ui.usualDoseButton,
        ]

    # --- internals ------------------------------------------------------------------
    def _spins(self) -> dict[str, QSpinBox]:
        ui = self.ui
        return {
            "hold_s": ui.holdSpin,
            "reps": ui.repsSpin,
            "sets": ui.setsSpin,
            "rest_s": ui.restSpin,
        }

    def _fill(self, exercise: Exercise | None, dose: Dose | None) -> None:
        ui = self.ui
        usable = exercise is not None and dose is not None
        self.setEnabled(usable)
        if not usable:
            ui.itemNameLabel.setText(self.tr("This exercise is not in this version of BackCoach"))
            return
        assert exercise is not None and dose is not None
        ui.itemNameLabel.setText(exercise.name)
        usual = exercise.dose
        # Reps with a short hold in each is one kind of exercise: offer both numbers. An
        # exercise that is either held or repeated gets a plain choice between the two.
        holding = dose.reps is None
        both = not holding and (usual.hold_s is not None and usual.reps is not None)
        both = both or (dose.hold_s is not None and dose.reps is not None)
        ui.kindBox.setVisible(not both)
        ui.holdRadio.setChecked(holding)
        ui.repsRadio.setChecked(not holding)
        form: QFormLayout = ui.doseForm
        form.setRowVisible(ui.repsSpin, both or not holding)
        form.setRowVisible(ui.holdSpin, both or holding)
        ui.holdLabel.setText(self.tr("Hold each rep for") if both else self.tr("Hold for"))
        ui.holdSpin.setAccessibleName(
            self.tr("Hold time for each repetition, in seconds")
            if both
            else self.tr("Hold time in seconds")
        )
        low, high = DOSE_LIMITS["hold_s"]
        if both:
            # 0 shown as "none": reps done without a pause in each.
            ui.holdSpin.setRange(0, high)
            ui.holdSpin.setSpecialValueText(self.tr("none"))
            ui.holdSpin.setValue(dose.hold_s or 0)
        else:
            ui.holdSpin.setRange(MIN_STATIC_HOLD_S if holding else low, high)
            ui.holdSpin.setSpecialValueText("")
            ui.holdSpin.setValue(dose.hold_s or DEFAULT_HOLD_S)
        ui.repsSpin.setValue(dose.reps or DEFAULT_REPS)
        ui.setsSpin.setValue(dose.sets)
        ui.restSpin.setValue(dose.rest_s)
        ui.perSideCheck.setChecked(dose.per_side)
        ui.usualDoseButton.setEnabled(dose != usual)
        ui.usualDoseButton.setToolTip(self.tr("Usual dose: %s") % words.dose(usual))

    def _changed(self, field: str, value: Any) -> None:
        if field == "hold_s" and value == 0:
            value = None  # the "none" end of the range, offered only beside reps
        if self._dose is None or getattr(self._dose, field) == value:
            return
        self.dose_changed.emit({field: value})

    def _kind_toggled(self, holding: bool) -> None:
        if self._dose is None or self._exercise is None:
            return
        usual = self._exercise.dose
        if holding:
            hold = max(MIN_STATIC_HOLD_S, usual.hold_s or DEFAULT_HOLD_S)
            self.dose_changed.emit({"hold_s": hold, "reps": None})
        else:
            self.dose_changed.emit({"reps": usual.reps or DEFAULT_REPS, "hold_s": None})

    def _use_usual_dose(self) -> None:
        if self._exercise is not None:
            usual = self._exercise.dose
            self.dose_changed.emit({name: getattr(usual, name) for name in DOSE_FIELDS})
