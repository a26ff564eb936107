"""Correcting the record: list sessions and activities, edit an activity, delete either,
and undo the last change. No Qt; the record list screen calls these, never the store.

Every change returns an ``Undo`` holding what was there before, so "Undo" (a bar for a
few seconds, or Ctrl+Z) puts back exactly the record that was changed or deleted, with
its id: charts, Home's minutes and the report read the store, so they follow at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from backcoach.context import AppContext
from backcoach.domain.daily_goal import session_local_day, session_minutes
from backcoach.domain.progress import ACTIVITY_KINDS, session_pain
from backcoach.domain.records import Activity, SessionRecord
from backcoach.services import date_words

translate = QCoreApplication.translate
"""Called as ``translate("Context", "text")`` so that lupdate finds the text."""


def activity_title(kind: str) -> str:
    """An activity's name in the language in use, or the user's own words as typed."""
    if kind in ACTIVITY_KINDS:
        # Marked for lupdate in ui/domain_words.py (ACTIVITY_KINDS, the same words: tested).
        return translate("Catalogue", ACTIVITY_KINDS[kind])
    return kind[:1].upper() + kind[1:]


SESSION = "session"
ACTIVITY = "activity"


@dataclass(frozen=True, slots=True)
class RecordEntry:
    """One row of the record list: a session or another activity."""

    kind: str
    id: str
    day: date
    time: str
    """The local start time of a session ("07:15"); empty for an activity (a day only)."""
    title: str
    minutes: float
    pain: str
    """'pain 3 → 2', or empty when not rated."""
    note: str = ""
    ended_early: bool = False


@dataclass(frozen=True, slots=True)
class Undo:
    """How to put back what one change replaced or removed."""

    description: str
    """What was done, in plain words: 'Deleted the walk of Tue 3 May 2024'."""
    restore: Callable[[], object]
    key: tuple[str, str] | None = None
    """(kind, id) of the record the undo brings back, to show it again."""


def _day_words(day: date) -> str:
    return date_words.short_day(day)


def _pain_words(before: float | None, after: float | None) -> str:
    if before is None and after is None:
        return ""
    first = "–" if before is None else f"{before:g}"
    last = "–" if after is None else f"{after:g}"
    return translate("RecordEdits", "pain %s → %s") % (first, last)


def session_entry(session: SessionRecord) -> RecordEntry:
    pain = session_pain(session)
    return RecordEntry(
        kind=SESSION,
        id=session.id,
        day=session_local_day(session),
        time=session.local_started_at.strftime("%H:%M"),
        title=session.routine_name or translate("RecordEdits", "Session"),
        minutes=session_minutes(session),
        pain=_pain_words(pain.before, pain.after),
        ended_early=session.ended_early,
    )


def activity_entry(activity: Activity) -> RecordEntry:
    return RecordEntry(
        kind=ACTIVITY,
        id=activity.id,
        day=activity.day,
        time="",
        title=activity_title(activity.kind),
        minutes=float(activity.minutes),
        pain=_pain_words(activity.pain_before, activity.pain_after),
        note=activity.note,
    )


def entries(context: AppContext) -> list[RecordEntry]:
    """Every ended session and every activity, newest first (a running session is the
    session screen's, and is not listed)."""
    store = context.store
    found = [session_entry(s) for s in store.sessions.all() if not s.running]
    found += [activity_entry(a) for a in store.activities.all()]
    # Within a day, sessions by time; a day's activities (no time) after its sessions.
    found.sort(key=lambda e: e.time, reverse=True)
    found.sort(key=lambda e: e.kind == ACTIVITY)  # stable: the times stay in order
    found.sort(key=lambda e: e.day, reverse=True)
    return found


def session(context: AppContext, session_id: str) -> SessionRecord:
    return context.store.sessions.get(session_id)


def activity(context: AppContext, activity_id: str) -> Activity:
    for found in context.store.activities.all():
        if found.id == activity_id:
            return found
    raise KeyError(f"no activity with id {activity_id!r}")


def _name(context: AppContext, exercise_id: str | None) -> str:
    if exercise_id is None:
        return translate("RecordEdits", "between exercises")
    try:
        return context.catalogue.get(exercise_id).name
    except KeyError:
        return exercise_id


def details(context: AppContext, entry: RecordEntry) -> list[str]:
    """The record opened: what was done, in lines of plain words."""
    if entry.kind == ACTIVITY:
        found = activity(context, entry.id)
        lines = [
            translate("RecordEdits", "%s on %s") % (entry.title, _day_words(found.day)),
            translate("RecordEdits", "%d min") % found.minutes,
            entry.pain.capitalize() if entry.pain else translate("RecordEdits", "Pain not rated"),
        ]
        if found.note:
            lines.append(translate("RecordEdits", "Note: %s") % found.note)
        return lines
    record = context.store.sessions.get(entry.id)
    end = record.ended_at.astimezone(record.local_zone) if record.ended_at else None
    when = _day_words(entry.day)
    if end:
        lines = [
            translate("RecordEdits", "%s on %s, %s to %s")
            % (entry.title, when, entry.time, f"{end:%H:%M}")
        ]
    else:
        lines = [translate("RecordEdits", "%s on %s, %s") % (entry.title, when, entry.time)]
    if record.ended_early:
        lines.append(translate("RecordEdits", "Ended early"))
    lines.append(translate("RecordEdits", "Exercise time: %d min") % round(entry.minutes))
    pain = session_pain(record)
    parts = [
        label % f"{value}"
        for label, value in (
            (translate("RecordEdits", "before %s"), pain.before),
            (translate("RecordEdits", "highest during it %s"), pain.highest),
            (translate("RecordEdits", "after %s"), pain.after),
        )
        if value is not None
    ]
    if parts:
        lines.append(translate("RecordEdits", "Pain %s") % ", ".join(parts))
    else:
        lines.append(translate("RecordEdits", "Pain not rated"))
    sides = {
        "left": translate("RecordEdits", " (left side)"),
        "right": translate("RecordEdits", " (right side)"),
    }
    for result in record.exercises:
        side = sides.get(result.side, f" ({result.side} side)") if result.side else ""
        begun = result.finished_at > result.started_at  # skipped before a set: no time
        if result.skipped and not result.sets_done:
            what = (
                translate("RecordEdits", "begun, stopped before a full set")
                if begun
                else translate("RecordEdits", "skipped")
            )
        else:
            sets = result.sets_done
            what = (
                translate("RecordEdits", "1 set done")
                if sets == 1
                else translate("RecordEdits", "%d sets done") % sets
            )
            if result.skipped:
                what = translate("RecordEdits", "%s, then stopped") % what
        exercise = _name(context, result.exercise_id) + side
        lines.append(
            translate("RecordEdits", "• %1: %2", "an exercise of a session, then how it went")
            .replace("%2", what)
            .replace("%1", exercise)
        )
    if record.flares:
        count = len(record.flares)
        lines.append(translate("RecordEdits", "Breaks for a pain rise: %d") % count)
    return lines


def describe(entry: RecordEntry) -> str:
    """'the session "Gentle start" of Tue 3 May 2024 at 07:15' / 'the walk of ...'."""
    when = _day_words(entry.day)
    if entry.kind == SESSION:
        return translate("RecordEdits", "the session “%s” of %s at %s") % (
            entry.title,
            when,
            entry.time,
        )
    return translate("RecordEdits", "the activity “%s” of %s") % (entry.title, when)


def delete_session(context: AppContext, session_id: str) -> Undo:
    record = context.store.sessions.get(session_id)
    context.store.sessions.delete(session_id)
    return Undo(
        translate("RecordEdits", "Deleted %s.") % describe(session_entry(record)),
        lambda: context.store.sessions.save(record),
        (SESSION, session_id),
    )


def delete_activity(context: AppContext, activity_id: str) -> Undo:
    record = activity(context, activity_id)
    context.store.activities.delete(activity_id)
    return Undo(
        translate("RecordEdits", "Deleted %s.") % describe(activity_entry(record)),
        lambda: context.store.activities.add(record),
        (ACTIVITY, activity_id),
    )


def save_activity(context: AppContext, changed: Activity) -> Undo:
    """Store a new activity, or a corrected one (same id); the undo puts back the old."""
    try:
        before: Activity | None = activity(context, changed.id)
    except KeyError:
        before = None
    context.store.activities.add(changed)
    entry = describe(activity_entry(changed))
    if before is None:
        return Undo(
            translate("RecordEdits", "Logged %s.") % entry,
            lambda: context.store.activities.delete(changed.id),
        )
    return Undo(
        translate("RecordEdits", "Changed %s.") % entry,
        lambda: context.store.activities.add(before),
        (ACTIVITY, changed.id),
    )


def undo(change: Undo) -> None:
    change.restore()


__all__ = [
    "ACTIVITY",
    "SESSION",
    "RecordEntry",
    "Undo",
    "activity",
    "activity_entry",
    "delete_activity",
    "delete_session",
    "describe",
    "details",
    "entries",
    "save_activity",
    "session",
    "session_entry",
    "undo",
]
