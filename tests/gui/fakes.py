"""Small in-memory stand-ins for GUI tests: no file, no background thread."""

from __future__ import annotations

import copy
import uuid
from typing import Any


class FakeRoutines:
    """``storage.protocols.RoutineRepo`` in a dict. ``saved`` and ``deleted`` record the
    calls in order; stored values are deep-copied in and out, as the real store does, so
    a test notices a screen that changes a dict after saving it."""

    def __init__(self, routines: list[dict[str, Any]] | None = None) -> None:
        self._routines: dict[str, dict[str, Any]] = {}
        self.saved: list[dict[str, Any]] = []
        self.deleted: list[str] = []
        for routine in routines or []:
            self._routines[routine["id"]] = copy.deepcopy(routine)

    def all(self) -> list[dict[str, Any]]:
        return [copy.deepcopy(r) for r in self._routines.values()]

    def get(self, routine_id: str) -> dict[str, Any] | None:
        found = self._routines.get(routine_id)
        return copy.deepcopy(found) if found is not None else None

    def save(self, routine: dict[str, Any]) -> str:
        doc = copy.deepcopy(dict(routine))
        if not doc.get("id"):
            doc["id"] = uuid.uuid4().hex
        self._routines[doc["id"]] = doc
        self.saved.append(copy.deepcopy(doc))
        return doc["id"]

    def delete(self, routine_id: str) -> None:
        self._routines.pop(routine_id, None)
        self.deleted.append(routine_id)


class FakeFavourites:
    def __init__(self) -> None:
        self._favourites: set[str] = set()

    def all(self) -> set[str]:
        return set(self._favourites)

    def set(self, exercise_id: str, on: bool) -> None:
        if on:
            self._favourites.add(exercise_id)
        else:
            self._favourites.discard(exercise_id)


class FakeSettings:
    def __init__(self) -> None:
        self._settings: dict[str, Any] = {}

    def get(self, key: str, default: Any = None) -> Any:
        return copy.deepcopy(self._settings.get(key, default))

    def set(self, key: str, value: Any) -> None:
        self._settings[key] = copy.deepcopy(value)


class FakeStore:
    """The repositories of ``backcoach.storage.Store`` the routine and settings screens
    use, kept in dicts (``store.routines``, ``store.favourites``, ``store.settings``).
    ``saved`` and ``deleted`` are the routine calls, in order."""

    def __init__(self, routines: list[dict[str, Any]] | None = None) -> None:
        self.routines = FakeRoutines(routines)
        self.favourites = FakeFavourites()
        self.settings = FakeSettings()

    @property
    def saved(self) -> list[dict[str, Any]]:
        return self.routines.saved

    @property
    def deleted(self) -> list[str]:
        return self.routines.deleted
