"""What BackCoach remembers: sessions with their pain ratings, check-ins and other activities.

Plain frozen dataclasses, no Qt and no TinyDB, so the session engine, the progress maths
and the store all share one definition. Each record checks itself when it is made: a bad
value must fail where it is created, with a message naming the field, never later as a
hole in the user's health record.

Times are aware datetimes in UTC (converted on the way in); the user's local offset at the
start of a session is kept beside it (``SessionRecord.utc_offset_min``) so a session keeps
the local day it happened on even after travel or a change of daylight-saving time.
Wall-clock times are *not* checked for order (end after start): the user's clock may be
changed during a session, and refusing to save would lose the record.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from backcoach.domain.vocabulary import FlareAction, RatingPhase, Side, Stiffness

Word = TypeVar("Word", bound=StrEnum)

MIN_SCORE = 0
MAX_SCORE = 10
MAX_UTC_OFFSET_MIN = 18 * 60  # ISO 8601's widest offset; real ones are -12:00 .. +14:00
MAX_NOTE_LENGTH = 2000
MAX_ACTIVITY_MINUTES = 24 * 60


def new_id() -> str:
    """A random id for a record that may later be imported into another store."""
    return uuid.uuid4().hex


# -- checks shared by the records -------------------------------------------------------


def _fail(record: str, name: str, rule: str, value: Any) -> NoReturn:
    raise ValueError(f"{record}.{name} {rule}, got {value!r}")


def _check_score(record: str, name: str, value: Any, optional: bool = False) -> None:
    if optional and value is None:
        return
    # bool is an int subclass; True must not pass as a score of 1.
    if type(value) is not int or not MIN_SCORE <= value <= MAX_SCORE:
        _fail(record, name, f"must be a whole number from {MIN_SCORE} to {MAX_SCORE}", value)


def _check_text(record: str, name: str, value: Any, optional: bool = False) -> None:
    if optional and value is None:
        return
    if not isinstance(value, str) or not value.strip():
        _fail(record, name, "must be non-empty text", value)


def _word(record: str, name: str, value: Any, words: type[Word]) -> Word:
    """``value`` as one of ``words`` (a vocabulary enum), or a ValueError naming the field."""
    if isinstance(value, str):
        try:
            return words(value)
        except ValueError:
            pass
    _fail(record, name, f"must be one of {sorted(w.value for w in words)}", value)


def _utc(record: str, name: str, value: Any) -> datetime:
    """Check an aware datetime and return it converted to UTC."""
    if not isinstance(value, datetime) or value.utcoffset() is None:
        _fail(record, name, "must be a datetime with a time zone", value)
    return value.astimezone(UTC)


def _check_day(record: str, name: str, value: Any) -> None:
    # datetime is a subclass of date; a day must not silently carry a time.
    if not isinstance(value, date) or isinstance(value, datetime):
        _fail(record, name, "must be a date (a day, without a time)", value)


def _check_count(record: str, name: str, value: Any, optional: bool = False) -> None:
    if optional and value is None:
        return
    if type(value) is not int or value < 0:
        _fail(record, name, "must be a whole number of 0 or more", value)


def _set(obj: object, name: str, value: Any) -> None:
    object.__setattr__(obj, name, value)


# -- records ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rating:
    """One 0-10 pain rating (NPRS), stored the moment it is given."""

    score: int
    phase: RatingPhase
    exercise_id: str | None
    at: datetime
    offset_s: float
    """Monotonic seconds since the session started: survives wall-clock changes."""
    set_index: int | None = None
    side: Side | None = None

    def __post_init__(self) -> None:
        _check_score("Rating", "score", self.score)
        _set(self, "phase", _word("Rating", "phase", self.phase, RatingPhase))
        _check_text("Rating", "exercise_id", self.exercise_id, optional=True)
        _set(self, "at", _utc("Rating", "at", self.at))
        if (
            isinstance(self.offset_s, bool)
            or not isinstance(self.offset_s, int | float)
            or not math.isfinite(self.offset_s)
            or self.offset_s < 0
        ):
            _fail(
                "Rating", "offset_s", "must be a finite number of seconds, 0 or more", self.offset_s
            )
        _set(self, "offset_s", float(self.offset_s))
        _check_count("Rating", "set_index", self.set_index, optional=True)
        if self.side is not None:
            _set(self, "side", _word("Rating", "side", self.side, Side))


@dataclass(frozen=True, slots=True)
class Flare:
    """A rating that rose 2 or more above the baseline, and what the user chose to do."""

    exercise_id: str | None
    at: datetime
    baseline: int
    score: int
    action: FlareAction

    def __post_init__(self) -> None:
        _check_text("Flare", "exercise_id", self.exercise_id, optional=True)
        _set(self, "at", _utc("Flare", "at", self.at))
        _check_score("Flare", "baseline", self.baseline)
        _check_score("Flare", "score", self.score)
        _set(self, "action", _word("Flare", "action", self.action, FlareAction))


@dataclass(frozen=True, slots=True)
class ExerciseResult:
    """One exercise of a session, done or skipped (per side when it is done on each side)."""

    exercise_id: str
    started_at: datetime
    finished_at: datetime
    sets_done: int
    side: Side | None = None
    skipped: bool = False

    def __post_init__(self) -> None:
        _check_text("ExerciseResult", "exercise_id", self.exercise_id)
        _set(self, "started_at", _utc("ExerciseResult", "started_at", self.started_at))
        _set(self, "finished_at", _utc("ExerciseResult", "finished_at", self.finished_at))
        _check_count("ExerciseResult", "sets_done", self.sets_done)
        if self.side is not None:
            _set(self, "side", _word("ExerciseResult", "side", self.side, Side))
        if not isinstance(self.skipped, bool):
            _fail("ExerciseResult", "skipped", "must be True or False", self.skipped)


@dataclass(frozen=True, slots=True)
class SessionRecord:
    """A guided session as stored: everything given so far, even if it never ended."""

    id: str
    started_at: datetime
    utc_offset_min: int
    routine_id: str | None
    routine_name: str
    ratings: tuple[Rating, ...] = ()
    exercises: tuple[ExerciseResult, ...] = ()
    flares: tuple[Flare, ...] = ()
    ended_at: datetime | None = None
    ended_early: bool = False

    def __post_init__(self) -> None:
        _check_text("SessionRecord", "id", self.id)
        _set(self, "started_at", _utc("SessionRecord", "started_at", self.started_at))
        if type(self.utc_offset_min) is not int or abs(self.utc_offset_min) > MAX_UTC_OFFSET_MIN:
            _fail(
                "SessionRecord",
                "utc_offset_min",
                f"must be whole minutes within ±{MAX_UTC_OFFSET_MIN}",
                self.utc_offset_min,
            )
        _check_text("SessionRecord", "routine_id", self.routine_id, optional=True)
        if not isinstance(self.routine_name, str):
            _fail("SessionRecord", "routine_name", "must be text", self.routine_name)
        for name, kind in (("ratings", Rating), ("exercises", ExerciseResult), ("flares", Flare)):
            items = tuple(getattr(self, name))
            for item in items:
                if not isinstance(item, kind):
                    _fail("SessionRecord", name, f"must hold only {kind.__name__} records", item)
            _set(self, name, items)
        if self.ended_at is not None:
            _set(self, "ended_at", _utc("SessionRecord", "ended_at", self.ended_at))
        if not isinstance(self.ended_early, bool):
            _fail("SessionRecord", "ended_early", "must be True or False", self.ended_early)

    @property
    def local_zone(self) -> timezone:
        return timezone(timedelta(minutes=self.utc_offset_min))

    @property
    def local_started_at(self) -> datetime:
        """The start as the user's clock showed it."""
        return self.started_at.astimezone(self.local_zone)

    @property
    def local_day(self) -> date:
        """The user's calendar day of the session (what charts and the calendar group by)."""
        return self.local_started_at.date()

    @property
    def running(self) -> bool:
        """True until the session is ended (e.g. the app died mid-session)."""
        return self.ended_at is None


@dataclass(frozen=True, slots=True)
class CheckIn:
    """The next-morning check: pain and stiffness compared with the usual (one per day)."""

    day: date
    score: int
    stiffness: Stiffness
    at: datetime

    def __post_init__(self) -> None:
        _check_day("CheckIn", "day", self.day)
        _check_score("CheckIn", "score", self.score)
        _set(self, "stiffness", _word("CheckIn", "stiffness", self.stiffness, Stiffness))
        _set(self, "at", _utc("CheckIn", "at", self.at))


@dataclass(frozen=True, slots=True)
class Activity:
    """Other exercise the user enjoys (walking, cycling, ...): it counts too."""

    id: str
    day: date
    kind: str
    minutes: int
    pain_before: int | None = None
    pain_after: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        _check_text("Activity", "id", self.id)
        _check_day("Activity", "day", self.day)
        _check_text("Activity", "kind", self.kind)
        if type(self.minutes) is not int or not 0 < self.minutes <= MAX_ACTIVITY_MINUTES:
            _fail(
                "Activity",
                "minutes",
                f"must be whole minutes, 1 to {MAX_ACTIVITY_MINUTES}",
                self.minutes,
            )
        _check_score("Activity", "pain_before", self.pain_before, optional=True)
        _check_score("Activity", "pain_after", self.pain_after, optional=True)
        if not isinstance(self.note, str) or len(self.note) > MAX_NOTE_LENGTH:
            _fail(
                "Activity",
                "note",
                f"must be text of at most {MAX_NOTE_LENGTH} characters",
                self.note,
            )

    @classmethod
    def new(
        cls,
        day: date,
        kind: str,
        minutes: int,
        pain_before: int | None = None,
        pain_after: int | None = None,
        note: str = "",
    ) -> Activity:
        """An activity with a fresh id."""
        return cls(new_id(), day, kind, minutes, pain_before, pain_after, note)


__all__ = [
    "Activity",
    "CheckIn",
    "ExerciseResult",
    "Flare",
    "Rating",
    "SessionRecord",
    "new_id",
]
