"""A running session's progress as plain JSON-able data, for resuming after a crash.

The app stores ``SessionEngine.snapshot()`` after every event; if it dies, the next start
offers ``SessionEngine.resume_from(snapshot, plan, clock)``. The data is read back
strictly: a damaged snapshot must fail with a clear message (and the app then simply
does not offer to resume), never half-restore a session.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, TypeVar

from backcoach.domain.pain import validate_score
from backcoach.domain.session.events import Phase, RatingGiven
from backcoach.domain.session.state import FlareRecord
from backcoach.domain.vocabulary import (
    ENGINE_FLARE_ACTIONS,
    SESSION_RATING_PHASES,
    ExerciseOutcome,
    FlareAction,
    RatingPhase,
    Side,
)

Word = TypeVar("Word", RatingPhase, FlareAction)

VERSION = 1
_SIDES: dict[Any, Side | None] = {None: None, **{s.value: s for s in Side}}
_RATING_PHASES = {p.value: p for p in SESSION_RATING_PHASES}
_FLARE_ACTIONS = {a.value: a for a in ENGINE_FLARE_ACTIONS}
_OUTCOMES = {o.value: o for o in ExerciseOutcome}
_PHASES = {p.value: p for p in Phase}
_BEFORE_BASELINE = {Phase.NOT_STARTED, Phase.BASELINE_RATING, Phase.DONE}


@dataclass(frozen=True, slots=True)
class Progress:
    plan_ids: tuple[str, ...]
    replacements: tuple[tuple[int, str, str], ...]
    """(plan index, exercise id, easier variant id), in the order they were taken."""
    phase: Phase
    index: int
    rest_after_exercise: bool
    baseline: int | None
    exercise_baseline: int | None
    ratings: tuple[RatingGiven, ...]
    outcomes: tuple[tuple[int, str, ExerciseOutcome], ...]
    """(plan index, exercise id, 'done' or 'skipped')."""
    flares: tuple[FlareRecord, ...]
    open_flare: FlareRecord | None
    offset_s: float
    work_s: float
    paused_s: float
    ended_early: bool
    unsettled: int = 0
    """Re-rates in a row still at or above the break line (older snapshots: 0)."""
    gentle: bool = False
    """A high-pain day's gentle session: ``plan_ids`` are the movement exercises only."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": VERSION,
            "plan_ids": list(self.plan_ids),
            "replacements": [list(r) for r in self.replacements],
            "phase": self.phase,
            "index": self.index,
            "rest_after_exercise": self.rest_after_exercise,
            "baseline": self.baseline,
            "exercise_baseline": self.exercise_baseline,
            "ratings": [
                {
                    "phase": r.phase,
                    "score": r.score,
                    "exercise_id": r.exercise_id,
                    "set_index": r.set_index,
                    "side": r.side,
                    "offset_s": r.offset_s,
                }
                for r in self.ratings
            ],
            "outcomes": [list(o) for o in self.outcomes],
            "flares": [_flare_to_dict(f) for f in self.flares],
            "open_flare": _flare_to_dict(self.open_flare) if self.open_flare else None,
            "offset_s": self.offset_s,
            "work_s": self.work_s,
            "paused_s": self.paused_s,
            "ended_early": self.ended_early,
            "unsettled": self.unsettled,
            "gentle": self.gentle,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Progress:
        """Read a snapshot back; ValueError names the first field that is wrong."""
        r = _Reader(data, "snapshot")
        if r.get("version") != VERSION:
            raise ValueError(f"snapshot: version {r.get('version')!r} is not {VERSION}")
        plan_ids = tuple(r.text_list("plan_ids"))
        if not plan_ids:
            raise ValueError("snapshot.plan_ids: must not be empty")
        phase_word = r.get("phase")
        if not isinstance(phase_word, str) or phase_word not in _PHASES:
            raise ValueError(f"snapshot.phase: {phase_word!r} is not a phase")
        phase = _PHASES[phase_word]
        index = r.count("index")
        if index >= len(plan_ids):
            raise ValueError(f"snapshot.index: {index} is past the end of the plan")
        label = "snapshot.replacements"
        replacements = tuple(
            (_count(item[0], label), _text(item[1], label), _text(item[2], label))
            for item in r.rows("replacements", 3)
        )
        outcomes = []
        for item in r.rows("outcomes", 3):
            if not isinstance(item[2], str) or item[2] not in _OUTCOMES:
                raise ValueError(f"snapshot.outcomes: {item[2]!r} is not one of {tuple(_OUTCOMES)}")
            outcome = _OUTCOMES[item[2]]
            outcomes.append((_count(item[0], "outcomes"), _text(item[1], "outcomes"), outcome))
        baseline = r.optional_score("baseline")
        exercise_baseline = r.optional_score("exercise_baseline")
        if phase not in _BEFORE_BASELINE and (baseline is None or exercise_baseline is None):
            raise ValueError(f"snapshot: a session in phase {phase.value!r} must have its baseline")
        return cls(
            plan_ids=plan_ids,
            replacements=replacements,
            phase=phase,
            index=index,
            rest_after_exercise=r.flag("rest_after_exercise"),
            baseline=baseline,
            exercise_baseline=exercise_baseline,
            ratings=tuple(_rating(item) for item in r.items("ratings")),
            outcomes=tuple(outcomes),
            flares=tuple(_flare(item, closed=True) for item in r.items("flares")),
            open_flare=(_flare(r.get("open_flare"), closed=False) if r.get("open_flare") else None),
            offset_s=r.seconds("offset_s"),
            work_s=r.seconds("work_s"),
            paused_s=r.seconds("paused_s"),
            ended_early=r.flag("ended_early"),
            unsettled=r.count("unsettled") if "unsettled" in r.data else 0,
            gentle=r.flag("gentle") if "gentle" in r.data else False,
        )


def _flare_to_dict(flare: FlareRecord) -> dict[str, Any]:
    return {
        "exercise_id": flare.exercise_id,
        "baseline": flare.baseline,
        "score": flare.score,
        "offset_s": flare.offset_s,
        "action": flare.action,
    }


class _Reader:
    """Typed access to one dict of the snapshot, naming the field in every error."""

    def __init__(self, data: Any, label: str) -> None:
        if not isinstance(data, dict):
            raise ValueError(f"{label}: must be a dict, got {type(data).__name__}")
        self.data = data
        self.label = label

    def get(self, name: str) -> Any:
        return self.data.get(name)

    def fail(self, name: str, problem: str) -> ValueError:
        return ValueError(f"{self.label}.{name}: {problem}")

    def items(self, name: str) -> list[Any]:
        value = self.data.get(name)
        if not isinstance(value, list):
            raise self.fail(name, f"must be a list, got {value!r}")
        return value

    def rows(self, name: str, width: int) -> list[list[Any]]:
        rows = self.items(name)
        for row in rows:
            if not isinstance(row, list | tuple) or len(row) != width:
                raise self.fail(name, f"each entry must have {width} items, got {row!r}")
        return rows

    def text_list(self, name: str) -> list[str]:
        return [_text(item, f"{self.label}.{name}") for item in self.items(name)]

    def count(self, name: str) -> int:
        return _count(self.data.get(name), f"{self.label}.{name}")

    def flag(self, name: str) -> bool:
        value = self.data.get(name)
        if not isinstance(value, bool):
            raise self.fail(name, f"must be true or false, got {value!r}")
        return value

    def score(self, name: str) -> int:
        return validate_score(self.data.get(name), f"{self.label}.{name}")

    def optional_score(self, name: str) -> int | None:
        value = self.data.get(name)
        return None if value is None else self.score(name)

    def seconds(self, name: str) -> float:
        value = self.data.get(name)
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or value < 0
        ):
            raise self.fail(name, f"must be seconds, 0 or more, got {value!r}")
        return float(value)


def _text(value: Any, label: str) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"{label}: must be non-empty text, got {value!r}")
    return value


def _count(value: Any, label: str) -> int:
    if type(value) is not int or value < 0:
        raise ValueError(f"{label}: must be a whole number, 0 or more, got {value!r}")
    return value


def _word(r: _Reader, name: str, words: dict[str, Word]) -> Word:
    """The field ``name`` as one of ``words`` (a vocabulary word), else a clear error."""
    value = r.get(name)
    if not isinstance(value, str) or value not in words:
        raise r.fail(name, f"{value!r} is not one of {tuple(words)}")
    return words[value]


def _rating(data: Any) -> RatingGiven:
    r = _Reader(data, "snapshot.ratings")
    phase = _word(r, "phase", _RATING_PHASES)
    exercise_id = r.get("exercise_id")
    if exercise_id is not None:
        _text(exercise_id, "snapshot.ratings.exercise_id")
    set_index = r.get("set_index")
    if set_index is not None:
        r.count("set_index")
    side = r.get("side")
    if not isinstance(side, str | None) or side not in _SIDES:
        raise r.fail("side", f"{side!r} is not left, right or null")
    return RatingGiven(
        phase=phase,
        score=r.score("score"),
        exercise_id=exercise_id,
        set_index=set_index,
        side=_SIDES[side],
        offset_s=r.seconds("offset_s"),
    )


def _flare(data: Any, *, closed: bool) -> FlareRecord:
    r = _Reader(data, "snapshot.flares")
    action: FlareAction | None = None
    if closed:
        action = _word(r, "action", _FLARE_ACTIONS)
    elif r.get("action") is not None:
        raise r.fail("action", f"must be null for the open flare, got {r.get('action')!r}")
    return FlareRecord(
        # None: the rise came before any exercise had been done.
        exercise_id=(
            None
            if r.get("exercise_id") is None
            else _text(r.get("exercise_id"), "snapshot.flares.exercise_id")
        ),
        baseline=r.score("baseline"),
        score=r.score("score"),
        offset_s=r.seconds("offset_s"),
        action=action,
    )
