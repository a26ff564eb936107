"""The exercises the user starred, for the Exercises and Routines screens. No Qt."""

from __future__ import annotations

from backcoach.context import AppContext


def favourites(context: AppContext) -> set[str]:
    return set(context.store.favourites.all())


def set_favourite(context: AppContext, exercise_id: str, on: bool) -> None:
    context.store.favourites.set(exercise_id, on)
