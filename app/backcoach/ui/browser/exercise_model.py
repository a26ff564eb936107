"""Qt models over the catalogue: a list model of exercises and a filtering proxy."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from backcoach.domain.catalog import Catalogue, Exercise
from backcoach.domain.exercise_filter import ExerciseFilter
from backcoach.ui import domain_words as words

AnyIndex = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    EXERCISE = Qt.ItemDataRole.UserRole + 1
    ID = Qt.ItemDataRole.UserRole + 2
    NUMBER = Qt.ItemDataRole.UserRole + 3
    FAVOURITE = Qt.ItemDataRole.UserRole + 4
    SUBTITLE = Qt.ItemDataRole.UserRole + 5


class ExerciseListModel(QAbstractListModel):
    """One row per exercise in the article's order; favourites can change live."""

    def __init__(
        self,
        catalogue: Catalogue,
        favourites: set[str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._exercises: list[Exercise] = list(catalogue)
        self._favourites: set[str] = set(favourites or ())

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._exercises)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._exercises):
            return None
        exercise = self._exercises[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return exercise.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return exercise.summary
        if role == Qt.ItemDataRole.AccessibleTextRole:
            favourite = ", favourite" if exercise.id in self._favourites else ""
            return f"{exercise.number}. {exercise.name}, {self._subtitle(exercise)}{favourite}"
        if role == Role.EXERCISE:
            return exercise
        if role == Role.ID:
            return exercise.id
        if role == Role.NUMBER:
            return exercise.number
        if role == Role.FAVOURITE:
            return exercise.id in self._favourites
        if role == Role.SUBTITLE:
            return self._subtitle(exercise)
        return None

    @staticmethod
    def _subtitle(exercise: Exercise) -> str:
        return (
            f"{words.word(words.GROUPS, exercise.group)} · "
            f"{words.word(words.POSITIONS, exercise.position)}"
        )

    def row_of(self, exercise_id: str) -> int:
        for row, exercise in enumerate(self._exercises):
            if exercise.id == exercise_id:
                return row
        return -1

    def favourites(self) -> set[str]:
        return set(self._favourites)

    def set_favourites(self, favourites: set[str]) -> None:
        """Replace them all (after an import or a restore)."""
        self._favourites = set(favourites)
        if self._exercises:
            self.dataChanged.emit(self.index(0), self.index(len(self._exercises) - 1))

    def set_favourite(self, exercise_id: str, on: bool) -> None:
        if on == (exercise_id in self._favourites):
            return
        if on:
            self._favourites.add(exercise_id)
        else:
            self._favourites.discard(exercise_id)
        row = self.row_of(exercise_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Role.FAVOURITE])


class ExerciseFilterProxy(QSortFilterProxyModel):
    """Filters rows with an ExerciseFilter (the rules live in the domain layer)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = ExerciseFilter()
        self.setSortRole(Role.NUMBER)
        self.setDynamicSortFilter(True)

    def exercise_filter(self) -> ExerciseFilter:
        return self._filter

    def set_exercise_filter(self, new_filter: ExerciseFilter) -> None:
        if new_filter == self._filter:
            return
        text_changed = new_filter.text != self._filter.text
        if hasattr(self, "endFilterChange"):  # Qt 6.10 and newer
            self.beginFilterChange()
            self._filter = new_filter
            self.endFilterChange()
        else:  # Qt 6.9 (the oldest pyproject.toml allows) has no endFilterChange
            self._filter = new_filter
            self.invalidateRowsFilter()
        if text_changed:
            self.invalidate()  # the order follows the search (best matches first)

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        """Best matches of the typed text first, then the article's order."""
        model = self.sourceModel()
        first = model.data(left, Role.EXERCISE)
        second = model.data(right, Role.EXERCISE)
        if first is None or second is None:
            return super().lessThan(left, right)
        return self._filter.rank(first) < self._filter.rank(second)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        exercise = model.data(index, Role.EXERCISE)
        favourites = model.favourites() if isinstance(model, ExerciseListModel) else set()
        return self._filter.matches(exercise, favourites)
