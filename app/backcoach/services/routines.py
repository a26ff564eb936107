"""The routines: starter plans from the app, the user's own from the store. No Qt.

The one place a routine is read, saved, deleted or copied, for the Routines screen and
for Home (accepting a suggestion edits a copy of the plan in use). Names shown to the
user come from the caller (``copy_template``), already translated.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid

from backcoach.context import AppContext
from backcoach.domain.routines import (
    MAX_NAME_LENGTH,
    ReadOnlyRoutineError,
    Routine,
    RoutineError,
    copy_routine,
    from_dict,
    load_starter_plans,
    to_dict,
)

log = logging.getLogger(__name__)

MY_COPY = "%s (my copy)"
"""The name of the user's copy of a starter plan (callers pass it translated)."""


def new_routine_id() -> str:
    return uuid.uuid4().hex


def starter_plans(context: AppContext) -> list[Routine]:
    return load_starter_plans(context.catalogue)


def own_routines(context: AppContext) -> list[Routine]:
    """The user's routines, as stored. One that no longer parses (e.g. from a newer
    version) stays in the file untouched and is only skipped here."""
    found = []
    for data in context.store.routines.all():
        try:
            routine = from_dict(data)
        except (RoutineError, TypeError, KeyError) as error:
            log.warning("A saved routine cannot be shown: %s", error)
            continue
        if routine.is_starter:  # only plans shipped with the app are read-only
            routine = dataclasses.replace(routine, is_starter=False)
        found.append(routine)
    return found


def all_routines(context: AppContext) -> list[Routine]:
    """Starter plans first, then the user's own."""
    return starter_plans(context) + own_routines(context)


def save(context: AppContext, routine: Routine) -> None:
    """Keep one of the user's routines (new or changed); starter plans are read-only."""
    if routine.is_starter:
        raise ReadOnlyRoutineError(f"'{routine.name}' is a starter plan")
    context.store.routines.save(to_dict(routine))


def delete(context: AppContext, routine_id: str) -> None:
    context.store.routines.delete(routine_id)


def unique_name(wanted: str, taken: set[str]) -> str:
    """``wanted`` (trimmed to the longest name allowed), numbered if already taken."""
    base = wanted.strip()[:MAX_NAME_LENGTH].strip()
    name, number = base, 2
    while name in taken:
        suffix = f" {number}"
        name = base[: MAX_NAME_LENGTH - len(suffix)].rstrip() + suffix
        number += 1
    return name


def copy_of(routine: Routine, name_template: str, taken: set[str]) -> Routine:
    """A copy the user owns (not saved yet), named ``name_template % routine.name`` and
    numbered when that name is ``taken``. The original is never changed."""
    return copy_routine(routine, new_routine_id(), unique_name(name_template % routine.name, taken))


def own_copy(context: AppContext, routine: Routine, name_template: str = MY_COPY) -> Routine:
    """An editable version, saved: a copy of a starter plan, or the user's routine itself."""
    if not routine.is_starter:
        return routine
    copy = copy_of(routine, name_template, {r.name for r in all_routines(context)})
    save(context, copy)
    return copy
