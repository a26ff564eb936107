"""One exercise as planned in a routine: the catalogue entry and the dose to do.

Shared by routines (which produce them) and the session engine (which runs them).
"""

from __future__ import annotations

from dataclasses import dataclass

from backcoach.domain.catalog import Dose, Exercise


@dataclass(frozen=True, slots=True)
class PlannedExercise:
    exercise: Exercise
    dose: Dose

    @property
    def exercise_id(self) -> str:
        return self.exercise.id
