"""The Patient-Specific Functional Scale (Stratford 1995; CLINICAL.md section 7).

The person names 3 to 5 activities their back makes hard and rates each from 0 (unable
to do it) to 10 (as well as before the problem). The score is the mean of the ratings; a
change of 2 points in the mean is meaningful, and 3 points for a single activity. It is
asked at the start and about every two weeks.

Each rating round is one ``FunctionCheck``. An activity keeps its ``item_id`` for life, so
a rename does not break its line; every rating also keeps the name the activity had *when
it was rated*, so the history says what each number was about. An activity left out of a
later check is retired from then on; one that first appears in a later check was added.
A score of ``None`` means "not rated this time" (the activity stays).

Plain Python, no Qt: the screens, the report and the store all use these rules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from backcoach.domain.records import MAX_SCORE, MIN_SCORE, new_id

MIN_ITEMS = 3
MAX_ITEMS = 5
MAX_NAME_LENGTH = 80
MEAN_CHANGE = 2.0
"""A change of the mean this large (either way) is a real change, not day-to-day noise."""
ITEM_CHANGE = 3
"""The same for one activity."""
RECHECK_DAYS = 14
"""About every two weeks."""


def clean_name(name: str) -> str:
    """The name as stored: spaces tidied; ValueError when empty or too long."""
    if not isinstance(name, str):
        raise ValueError(f"an activity name must be text, got {name!r}")
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("an activity needs a name")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise ValueError(f"an activity name is at most {MAX_NAME_LENGTH} characters")
    return cleaned


@dataclass(frozen=True, slots=True)
class ItemScore:
    """One activity's rating in one check; ``name`` is what it was called then."""

    item_id: str
    name: str
    score: int | None

    def __post_init__(self) -> None:
        if not isinstance(self.item_id, str) or not self.item_id:
            raise ValueError(f"ItemScore.item_id must be non-empty text, got {self.item_id!r}")
        if clean_name(self.name) != self.name:
            raise ValueError(f"ItemScore.name must be tidy text, got {self.name!r}")
        score = self.score
        if score is not None and (type(score) is not int or not MIN_SCORE <= score <= MAX_SCORE):
            raise ValueError(
                f"ItemScore.score must be a whole number from {MIN_SCORE} to {MAX_SCORE} "
                f"or empty, got {score!r}"
            )


@dataclass(frozen=True, slots=True)
class FunctionCheck:
    """One rating round: when, and each current activity's rating."""

    id: str
    at: datetime
    scores: tuple[ItemScore, ...]

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise ValueError(f"FunctionCheck.id must be non-empty text, got {self.id!r}")
        if not isinstance(self.at, datetime) or self.at.utcoffset() is None:
            raise ValueError(f"FunctionCheck.at must be an aware time, got {self.at!r}")
        object.__setattr__(self, "at", self.at.astimezone(UTC))
        object.__setattr__(self, "scores", tuple(self.scores))
        if not 1 <= len(self.scores) <= MAX_ITEMS:
            raise ValueError(f"a check holds 1 to {MAX_ITEMS} activities, got {len(self.scores)}")
        ids = [s.item_id for s in self.scores]
        if len(set(ids)) != len(ids):
            raise ValueError("a check names the same activity twice")
        if not any(s.score is not None for s in self.scores):
            raise ValueError("a check needs at least one rating")

    @property
    def mean(self) -> float:
        """The scale's score: the mean of this check's ratings."""
        rated = [s.score for s in self.scores if s.score is not None]
        return sum(rated) / len(rated)

    def local_day(self) -> date:
        return self.at.astimezone().date()


def make_check(
    ratings: Sequence[tuple[str | None, str, int | None]], at: datetime, check_id: str = ""
) -> FunctionCheck:
    """A check from (item id or None for a new activity, name, score) in screen order."""
    scores = tuple(
        ItemScore(item_id or new_id(), clean_name(name), score) for item_id, name, score in ratings
    )
    return FunctionCheck(check_id or new_id(), at, scores)


def ordered(history: Iterable[FunctionCheck]) -> list[FunctionCheck]:
    return sorted(history, key=lambda c: (c.at, c.id))


def current_items(history: Iterable[FunctionCheck]) -> list[ItemScore]:
    """The activities of the latest check (to rate again), with their latest names."""
    checks = ordered(history)
    return list(checks[-1].scores) if checks else []


def next_due(history: Iterable[FunctionCheck]) -> date | None:
    """The local day the next re-rating is due; None before the first set-up."""
    checks = ordered(history)
    if not checks:
        return None
    return checks[-1].local_day() + timedelta(days=RECHECK_DAYS)


def is_due(history: Iterable[FunctionCheck], today: date) -> bool:
    due = next_due(history)
    return due is not None and today >= due


@dataclass(frozen=True, slots=True)
class Change:
    """From the first rating to the latest; ``meaningful`` when it passes the threshold."""

    first: float
    latest: float
    first_at: datetime
    latest_at: datetime
    threshold: float

    @property
    def delta(self) -> float:
        return self.latest - self.first

    @property
    def meaningful(self) -> bool:
        # A small tolerance: means like 14/3 - 8/3 must count as the 2 points they are.
        return abs(self.delta) >= self.threshold - 1e-9

    @property
    def improved(self) -> bool:
        return self.meaningful and self.delta > 0

    @property
    def worse(self) -> bool:
        return self.meaningful and self.delta < 0


@dataclass(frozen=True, slots=True)
class ItemHistory:
    """One activity over time: its id, latest name, and (time, score) of each rating."""

    item_id: str
    name: str
    points: tuple[tuple[datetime, int], ...]
    retired: bool

    @property
    def change(self) -> Change | None:
        if len(self.points) < 2:
            return None
        (t0, s0), (t1, s1) = self.points[0], self.points[-1]
        return Change(s0, s1, t0, t1, ITEM_CHANGE)


def mean_series(history: Iterable[FunctionCheck]) -> list[tuple[datetime, float]]:
    return [(c.at, c.mean) for c in ordered(history)]


def mean_change(history: Iterable[FunctionCheck]) -> Change | None:
    """The mean at the first check against the latest; None with fewer than two."""
    series = mean_series(history)
    if len(series) < 2:
        return None
    (t0, m0), (t1, m1) = series[0], series[-1]
    return Change(m0, m1, t0, t1, MEAN_CHANGE)


def item_histories(history: Iterable[FunctionCheck]) -> list[ItemHistory]:
    """Every activity ever rated, current ones first in the latest check's order, then
    retired ones in the order they were first named."""
    checks = ordered(history)
    if not checks:
        return []
    names: dict[str, str] = {}
    points: dict[str, list[tuple[datetime, int]]] = {}
    for check in checks:
        for s in check.scores:
            names[s.item_id] = s.name
            points.setdefault(s.item_id, [])
            if s.score is not None:
                points[s.item_id].append((check.at, s.score))
    current = [s.item_id for s in checks[-1].scores]
    retired = [item for item in points if item not in current]
    return [
        ItemHistory(item, names[item], tuple(points[item]), item in retired)
        for item in current + retired
    ]


def improvements(history: Iterable[FunctionCheck]) -> list[ItemHistory]:
    """Current activities that improved meaningfully since they were first rated."""
    found = []
    for item in item_histories(history):
        change = item.change
        if not item.retired and change is not None and change.improved:
            found.append(item)
    return found


def check_setup(names: Sequence[str]) -> list[str]:
    """The cleaned names of a set-up; ValueError in plain words when they do not fit."""
    cleaned = [clean_name(n) for n in names]
    if not MIN_ITEMS <= len(cleaned) <= MAX_ITEMS:
        raise ValueError(f"name {MIN_ITEMS} to {MAX_ITEMS} activities")
    folded = [n.casefold() for n in cleaned]
    if len(set(folded)) != len(folded):
        raise ValueError("the same activity is named twice")
    return cleaned
