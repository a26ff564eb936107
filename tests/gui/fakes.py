"""Small in-memory stand-ins for GUI tests: no file, no background thread."""

from __future__ import annotations

import copy
import uuid
from typing import Any


class FakeStore:
    """The parts of ``backcoach.storage.Store`` the screens use, kept in dicts.

    Stored values are deep-copied in and out, as the real store does, so a test notices
    a screen that changes a dict after saving it. ``saved`` and ``deleted`` record the
    calls in order.
    """

    def __init__(self, routines: list[dict[str, Any]] | None = None) -> None:
        self._routines: dict[str, dict[str, Any]] = {}
        self._favourites: set[str] = set()
        self._settings: dict[str, Any] = {}
        self.saved: list[dict[str, Any]] = []
        self.deleted: list[str] = []
        for routine in routines or []:
            self._routines[routine["id"]] = copy.deepcopy(routine)

    # --- routines ---------------------------------------------------------------------
    def routines(self) -> list[dict[str, Any]]:
        return [copy.deepcopy(r) for r in self._routines.values()]

    def routine(self, routine_id: str) -> dict[str, Any] | None:
        found = self._routines.get(routine_id)
        return copy.deepcopy(found) if found is not None else None

    def save_routine(self, routine: dict[str, Any]) -> str:
        doc = copy.deepcopy(dict(routine))
        if not doc.get("id"):
            doc["id"] = uuid.uuid4().hex
        self._routines[doc["id"]] = doc
        self.saved.append(copy.deepcopy(doc))
        return doc["id"]

    def delete_routine(self, routine_id: str) -> None:
        self._routines.pop(routine_id, None)
        self.deleted.append(routine_id)

    # --- favourites and settings (AppContext reads these when a store is set) ---------
    def favourites(self) -> set[str]:
        return set(self._favourites)

    def set_favourite(self, exercise_id: str, on: bool) -> None:
        if on:
            self._favourites.add(exercise_id)
        else:
            self._favourites.discard(exercise_id)

    def setting(self, key: str, default: Any = None) -> Any:
        return copy.deepcopy(self._settings.get(key, default))

    def set_setting(self, key: str, value: Any) -> None:
        self._settings[key] = copy.deepcopy(value)
