"""'Add exercise…': a searchable list of the whole catalogue, the browser's own rows."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from backcoach.domain.catalog import Catalogue, Exercise
from backcoach.domain.exercise_filter import ExerciseFilter
from backcoach.ui.browser.exercise_delegate import ExerciseDelegate
from backcoach.ui.browser.exercise_model import ExerciseFilterProxy, ExerciseListModel, Role
from backcoach.ui.widgets.page_parts import fit_to_window


class ExercisePickerDialog(QDialog):
    """Pick one exercise: type to narrow the list, Enter or double-click to add it."""

    def __init__(
        self,
        catalogue: Catalogue,
        favourites: set[str] | None = None,
        routine_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an exercise"))
        self.setAccessibleName(self.tr("Add an exercise"))
        # Grows with the text size, so the search box's hint and the rows' doses keep
        # their room at large text (at 200% a fixed 620 px cut the hint to "…").
        metrics = self.fontMetrics()
        fit_to_window(
            self, max(620, 64 * metrics.averageCharWidth()), max(680, 38 * metrics.height())
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(12)

        heading = QLabel(
            self.tr("Add an exercise to “%s”") % routine_name
            if routine_name
            else self.tr("Add an exercise")
        )
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        layout.addWidget(heading)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, position or number…"))
        self.search.setAccessibleName(self.tr("Search exercises"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)

        self.model = ExerciseListModel(catalogue, favourites, self)
        self.proxy = ExerciseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)
        self.view = QListView()
        # Same object name as the browser's list, so the theme draws it the same way.
        self.view.setObjectName("exerciseList")
        self.view.setAccessibleName(self.tr("Exercises"))
        self.view.setModel(self.proxy)
        # Rows differ in height (wrapped names at large text): no uniform item sizes.
        self.view.setItemDelegate(ExerciseDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.doubleClicked.connect(self._double_clicked)
        layout.addWidget(self.view, 1)

        self.empty_label = QLabel(self.tr("No exercise matches. Try another word."))
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()
        layout.addWidget(self.empty_label)

        buttons = QDialogButtonBox()
        self.add_button = buttons.addButton(
            self.tr("Add to routine"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setProperty("role", "primary")
        self.add_button.setAccessibleName(self.tr("Add the selected exercise to the routine"))
        self.add_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.search.textChanged.connect(self._search_changed)
        self.view.selectionModel().currentChanged.connect(self._update_button)
        self._select_row(0)
        self.search.setFocus()

    def chosen_exercise(self) -> Exercise | None:
        exercise: Exercise | None = self.view.currentIndex().data(Role.EXERCISE)
        return exercise

    def select_exercise(self, exercise_id: str) -> None:
        row = self.model.row_of(exercise_id)
        index = self.proxy.mapFromSource(self.model.index(row)) if row >= 0 else QModelIndex()
        if index.isValid():
            self._select(index)

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(Role.ID) for r in range(self.proxy.rowCount())]

    def accept(self) -> None:
        if self.chosen_exercise() is not None:
            super().accept()

    # --- internals ------------------------------------------------------------------
    def _search_changed(self, text: str) -> None:
        self.proxy.set_exercise_filter(ExerciseFilter(text=text))
        shown = self.proxy.rowCount() > 0
        self.view.setVisible(shown)
        self.empty_label.setVisible(not shown)
        # Keep the first match chosen, so Enter in the search box adds it.
        self._select_row(0)

    def _select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if index.isValid():
            self._select(index)
        self._update_button()

    def _select(self, index: QModelIndex) -> None:
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def _update_button(self, *_args: object) -> None:
        self.add_button.setEnabled(self.chosen_exercise() is not None)

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.accept()
