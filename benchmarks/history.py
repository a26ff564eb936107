"""A realistic, reproducible history of BackCoach use, written as a real data file.

    write_history(data_dir, years=10, seed=1)

One session a day (5 exercises, 4 pain ratings each: before or baseline, two during, after),
pain easing slowly over the years with noise and the odd flare; a next-day check-in on most
days; a walk, swim or ride about twice a week; a few favourites and settings. Exercise ids
come from ``resources/exercises.toml`` when it is there (the first five of each direction),
else from a fixed list. The storage benchmark, and the charts and report features, use it
to work on ten years of data without waiting for ten years.

The file is built from domain records through the store's own codec and written with the
store's atomic writer, so it is exactly what the app would have saved.
"""

from __future__ import annotations

import random
import sys
import tomllib
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "app") not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT / "app"))

from backcoach.domain import direction_check as dc  # noqa: E402
from backcoach.domain.onboarding import SETTING_KEY as ONBOARDING_KEY  # noqa: E402
from backcoach.domain.onboarding import OnboardingState  # noqa: E402
from backcoach.domain.records import (  # noqa: E402
    Activity,
    CheckIn,
    ExerciseResult,
    Flare,
    Rating,
    SessionRecord,
)
from backcoach.storage import codec  # noqa: E402
from backcoach.storage.atomic import atomic_write, ensure_folder  # noqa: E402
from backcoach.storage.recovery import FILE_NAME, new_data  # noqa: E402

FALLBACK_IDS = ("stomach-lying", "prone-press", "standing-extension", "knee-to-chest", "bird-dog")
EXERCISES_PER_SESSION = 5
ROUTINE_NAMES = {
    "extension": ("extension-start", "Extension start"),
    "flexion": ("flexion-start", "Flexion start"),
    "rotation": ("rotation-mobility", "Rotation and mobility"),
}


def _routines() -> list[tuple[str, str, list[str]]]:
    """(id, name, exercise ids) for the routines the history uses."""
    path = ROOT / "resources" / "exercises.toml"
    by_direction: dict[str, list[str]] = {}
    if path.is_file():
        for exercise in tomllib.loads(path.read_text(encoding="utf-8")).get("exercise", []):
            by_direction.setdefault(exercise.get("direction", ""), []).append(exercise["id"])
    found = [
        (*ROUTINE_NAMES[direction], ids[:EXERCISES_PER_SESSION])
        for direction, ids in by_direction.items()
        if direction in ROUTINE_NAMES and len(ids) >= EXERCISES_PER_SESSION
    ]
    return found or [(*ROUTINE_NAMES["extension"], list(FALLBACK_IDS))]


def _utc_offset_min(day: date) -> int:
    """A European-style summer time: +60 min from April to October."""
    return 60 if 4 <= day.month <= 10 else 0


def _clamp(score: float) -> int:
    return max(0, min(10, round(score)))


def _session(rng: random.Random, day: date, progress: float, routine) -> SessionRecord:
    routine_id, routine_name, exercise_ids = routine
    offset_min = _utc_offset_min(day)
    zone = timezone(timedelta(minutes=offset_min))
    local_start = datetime(
        day.year, day.month, day.day, rng.randint(7, 19), rng.randint(0, 59), tzinfo=zone
    )
    start = local_start.astimezone(UTC)
    usual = 6.5 - 4.5 * progress  # pain eases over the years
    baseline = _clamp(usual + rng.gauss(0, 1))
    ratings: list[Rating] = []
    exercises: list[ExerciseResult] = []
    flares: list[Flare] = []
    elapsed = 0.0

    def rate(score: int, phase: str, exercise_id: str, set_index: int | None) -> None:
        ratings.append(
            Rating(
                score, phase, exercise_id, start + timedelta(seconds=elapsed), elapsed, set_index
            )
        )

    for number, exercise_id in enumerate(exercise_ids):
        began = start + timedelta(seconds=elapsed)
        rate(baseline if number == 0 else _clamp(baseline + rng.gauss(0, 0.7)),
             "baseline" if number == 0 else "before", exercise_id, None)  # fmt: skip
        for set_index in range(2):
            elapsed += rng.uniform(40, 90)
            during = _clamp(baseline + rng.gauss(0.3, 1.0))
            rate(during, "during", exercise_id, set_index)
            if during >= baseline + 2:
                action = rng.choice(["rest", "continue", "easier"])
                flares.append(Flare(exercise_id, ratings[-1].at, baseline, during, action))
        elapsed += rng.uniform(20, 40)
        rate(_clamp(baseline + rng.gauss(-0.3, 0.8)), "after", exercise_id, None)
        exercises.append(ExerciseResult(exercise_id, began, start + timedelta(seconds=elapsed), 2))
        elapsed += rng.uniform(5, 15)
    return SessionRecord(
        id=f"{rng.getrandbits(128):032x}",  # the shape of domain.records.new_id()
        started_at=start,
        utc_offset_min=offset_min,
        routine_id=routine_id,
        routine_name=routine_name,
        ratings=tuple(ratings),
        exercises=tuple(exercises),
        flares=tuple(flares),
        ended_at=start + timedelta(seconds=elapsed + 10),
        ended_early=rng.random() < 0.02,
    )


def build_history(years: int = 10, seed: int = 1, end: date | None = None) -> dict:
    """The data file's tables for ``years`` of daily use ending the day before ``end``."""
    rng = random.Random(seed)
    end = end or date.today()
    days = years * 365
    first = end - timedelta(days=days)
    routines = _routines()
    data = new_data(datetime.combine(first, datetime.min.time(), UTC))
    sessions, checkins, activities = data["sessions"], data["checkins"], data["activities"]
    for number in range(days):
        day = first + timedelta(days=number)
        progress = number / max(1, days - 1)
        routine = routines[0] if rng.random() < 0.7 else rng.choice(routines)
        session = _session(rng, day, progress, routine)
        sessions[str(len(sessions) + 1)] = codec.encode_session(session)
        if rng.random() < 0.85:
            usual = 6.0 - 4.0 * progress
            at = session.ended_at + timedelta(hours=rng.uniform(12, 16))
            stiffness = rng.choice(["none", "some", "some", "a lot"])
            checkin = CheckIn(at.date(), _clamp(usual + rng.gauss(0, 1)), stiffness, at)
            checkins.setdefault(checkin.day.isoformat(), codec.encode_checkin(checkin))
        if rng.random() < 2 / 7:
            kind = rng.choice(["walking", "walking", "cycling", "swimming"])
            activity = Activity(f"act-{number}", day, kind, rng.randint(15, 60),
                                rng.randint(1, 6), rng.randint(0, 5), "")  # fmt: skip
            activities[str(len(activities) + 1)] = codec.encode_activity(activity)
    # check-ins were keyed by day to keep one per day; the file keys them by number
    data["checkins"] = {str(i): doc for i, doc in enumerate(checkins.values(), start=1)}
    ids = routines[0][2]
    data["favourites"] = {str(i): {"exercise_id": e} for i, e in enumerate(ids[:3], start=1)}
    began = codec.encode_time(datetime.combine(first, datetime.min.time(), UTC))
    answers = dc.Answers(sitting=dc.YES, bending=dc.YES, eases=dc.EASED_BY_UPRIGHT)
    settings = {
        "theme": "system",
        "daily_goal_min": 15,
        "first_run.completed_at": began,
        # A returning user: the first run done, a direction chosen, the routine in use.
        ONBOARDING_KEY: OnboardingState(done=True, red_flags="none").to_dict(),
        "direction": dc.serialise(dc.DirectionChoice.from_check(answers)),
        "active_routine": routines[0][0],
    }
    data["settings"] = {
        str(i): {"key": key, "value": value} for i, (key, value) in enumerate(settings.items(), 1)
    }
    return data


def write_history(data_dir: Path, years: int = 10, seed: int = 1, end: date | None = None) -> None:
    """Write ``data_dir/backcoach.json`` holding ``years`` of daily sessions."""
    data_dir = Path(data_dir)
    ensure_folder(data_dir)
    atomic_write(data_dir / FILE_NAME, orjson.dumps(build_history(years, seed, end)))


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "history-data")
    write_history(target)
    print(f"wrote {target / FILE_NAME}")
