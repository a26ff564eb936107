"""Helpers shared by the session-engine tests (this module holds no tests).

``Harness`` is an engine on a ``ManualClock`` that records every event, and ``run()``
ticks it the way the session screen's QTimer would. Steps are binary fractions (0.25 s)
so times add up exactly and the tests can compare offsets with ``==``.
"""

from __future__ import annotations

from typing import Any

from backcoach.domain.catalog import Dose, Exercise
from backcoach.domain.planned import PlannedExercise
from backcoach.domain.session import (
    Event,
    ManualClock,
    Phase,
    PhaseChanged,
    SessionEngine,
    SessionState,
)


def planned(
    exercise_id: str,
    *,
    hold_s: int | None = None,
    reps: int | None = None,
    sets: int = 1,
    rest_s: int = 0,
    per_side: bool = False,
    easier: str | None = None,
    kind: str = "stability",
    position: str = "lying",
) -> PlannedExercise:
    """A catalogue-shaped exercise with just the dose that matters to the engine."""
    dose = Dose(sets=sets, rest_s=rest_s, per_side=per_side, hold_s=hold_s, reps=reps)
    exercise = Exercise(
        id=exercise_id,
        number=1,
        name=exercise_id.replace("-", " ").capitalize(),
        summary="A test exercise.",
        group="anti-extension",
        direction="extension",
        kind=kind,
        position=position,
        equipment=(),
        dose=dose,
        cue="Breathe",
        steps=("One.", "Two.", "Three."),
        progressions=(),
        regressions=(),
        cautions=(),
        images=("exercises/test.svg",),
        easier=easier,
    )
    return PlannedExercise(exercise, dose)


class Harness:
    """A session engine on a hand-moved clock, with every event kept in ``events``."""

    def __init__(self, plan: list[PlannedExercise], **options: Any) -> None:
        self.clock = ManualClock()
        self.events: list[Event] = []
        options.setdefault("get_ready_s", 5)
        self.engine = SessionEngine(plan, self.clock, listener=self.events.append, **options)

    @classmethod
    def resume(cls, snapshot: dict[str, Any], plan: list[PlannedExercise], **options: Any):
        """A harness whose engine is ``SessionEngine.resume_from(snapshot, ...)``, on a
        clock that reads differently from the first one (a new process)."""
        h = cls.__new__(cls)
        h.clock = ManualClock(start=5000.0)
        h.events = []
        options.setdefault("get_ready_s", 5)
        h.engine = SessionEngine.resume_from(
            snapshot, plan, h.clock, listener=h.events.append, **options
        )
        return h

    @property
    def state(self) -> SessionState:
        return self.engine.state()

    def start(self, baseline: int = 2) -> None:
        self.engine.start()
        self.engine.rate(baseline)

    def advance(self, seconds: float) -> SessionState:
        """Move the clock in one jump, then tick once (a late tick)."""
        self.clock.advance(seconds)
        return self.engine.tick()

    def run(self, seconds: float, step: float = 0.25) -> SessionState:
        """Tick every ``step`` seconds for ``seconds``, as a QTimer would."""
        steps = round(seconds / step)
        for _ in range(steps):
            self.clock.advance(step)
            self.engine.tick()
        return self.engine.state()

    def run_until(self, phase: Phase, limit: float = 600, step: float = 0.25) -> SessionState:
        waited = 0.0
        while self.engine.phase is not phase:
            if waited >= limit:
                raise AssertionError(f"still in {self.engine.phase} after {limit} s")
            self.clock.advance(step)
            self.engine.tick()
            waited += step
        return self.engine.state()

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    def phases(self) -> list[Phase]:
        return [e.new for e in self.of(PhaseChanged)]

    def changes(self) -> list[tuple[Phase, float]]:
        return [(e.new, e.offset_s) for e in self.of(PhaseChanged)]

    def clear(self) -> None:
        self.events.clear()
