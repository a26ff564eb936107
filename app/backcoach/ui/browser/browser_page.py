"""The exercise library screen: search and filters, the list, and the detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListView, QVBoxLayout, QWidget

from backcoach.context import AppContext
from backcoach.domain.exercise_filter import ExerciseFilter
from backcoach.services import favourites, settings
from backcoach.ui import domain_words as words
from backcoach.ui.browser.detail_pane import ExerciseDetailPane
from backcoach.ui.browser.exercise_delegate import ExerciseDelegate
from backcoach.ui.browser.exercise_model import ExerciseFilterProxy, ExerciseListModel, Role
from backcoach.ui.forms import load_form
from backcoach.ui.widgets.flow_layout import wrap_row
from backcoach.ui.widgets.page_parts import fit_placeholder


def _fill(combo: QComboBox, any_label: str, choices: dict[str, str]) -> None:
    combo.addItem(any_label, None)
    for value, label in choices.items():
        combo.addItem(label, value)


class ExerciseBrowserPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.ui = load_form("exercise_browser.ui", self)
        wrap_row(self.ui.filterRow)  # the filters wrap instead of clipping at large text

        self.model = ExerciseListModel(context.catalogue, favourites.favourites(context), self)
        self.proxy = ExerciseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(0)

        view: QListView = self.ui.exerciseList
        view.setModel(self.proxy)
        view.setItemDelegate(ExerciseDelegate(view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.selectionModel().currentChanged.connect(self._current_changed)

        self.detail = ExerciseDetailPane(context.catalogue, self.ui.detailHost)
        self.detail.threshold = lambda: settings.get(context, "pain_threshold")
        host = QVBoxLayout(self.ui.detailHost)
        host.setContentsMargins(0, 0, 0, 0)
        host.addWidget(self.detail)
        self.detail.exercise_requested.connect(self.select_exercise)
        self.detail.favourite_toggled.connect(self._favourite_toggled)
        self.detail.set_reduce_motion(context.reduce_motion)
        self.ui.splitter.setStretchFactor(0, 2)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([470, 560])

        _fill(self.ui.directionCombo, self.tr("Any direction"), words.translated(words.DIRECTIONS))
        _fill(self.ui.kindCombo, self.tr("Any type"), words.translated(words.KINDS))
        _fill(self.ui.positionCombo, self.tr("Any position"), words.translated(words.POSITIONS))
        _fill(
            self.ui.equipmentCombo,
            self.tr("Any equipment"),
            # A mat is what floor exercises assume: "mat" and "nothing" are one choice.
            {
                "none": self.tr("A mat or nothing"),
                **{k: v for k, v in words.translated(words.EQUIPMENT).items() if k != "mat"},
            },
        )
        for widget, description in (
            (self.ui.directionCombo, self.tr("Show exercises of one direction of movement")),
            (self.ui.kindCombo, self.tr("Show movement, stability or strength exercises")),
            (self.ui.positionCombo, self.tr("Show exercises done in one body position")),
            (self.ui.equipmentCombo, self.tr("Show exercises that use this equipment")),
            (view, self.tr("Arrow keys move through the exercises; details show on the right")),
        ):
            widget.setAccessibleDescription(description)
        self.ui.searchEdit.textChanged.connect(self._filters_changed)
        for combo in self._combos():
            combo.currentIndexChanged.connect(self._filters_changed)
        self.ui.favouritesCheck.toggled.connect(self._filters_changed)
        self.ui.clearButton.clicked.connect(self.clear_filters)

        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        # The key (written as the list of keys writes it) in the hint where it fits; where
        # the box is narrow (200% text) the hint without it, or just "Search exercises…":
        # never a hint cut off by Qt's "…".
        search = self.ui.searchEdit
        hint = search.placeholderText()
        key = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.PortableText
        )
        fit_placeholder(search, [f"{hint}  ({key})", hint, f"{search.accessibleName()}…"])
        self.ui.searchEdit.returnPressed.connect(self._search_accepted)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.ui.searchEdit, self.clear_filters)

        self._update_count()
        self.select_row(0)

    # --- intents -------------------------------------------------------------------
    def set_filter(self, new_filter: ExerciseFilter) -> None:
        """Show only the exercises matching ``new_filter`` (and reflect it in the controls)."""
        self.ui.searchEdit.setText(new_filter.text)
        equipment = "none" if new_filter.equipment == "mat" else new_filter.equipment
        for combo, value in zip(
            self._combos(),
            (new_filter.direction, new_filter.kind, new_filter.position, equipment),
            strict=True,
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.ui.favouritesCheck.setChecked(new_filter.favourites_only)
        self._filters_changed()

    def clear_filters(self) -> None:
        self.set_filter(ExerciseFilter())

    def select_exercise(self, exercise_id: str) -> None:
        row = self.model.row_of(exercise_id)
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row))
        if not proxy_index.isValid():  # hidden by a filter: show everything again
            self.clear_filters()
            proxy_index = self.proxy.mapFromSource(self.model.index(row))
        self._select(proxy_index)

    def select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if index.isValid():
            self._select(index)

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(Role.ID) for r in range(self.proxy.rowCount())]

    # --- internals -----------------------------------------------------------------
    def _combos(self) -> tuple[QComboBox, ...]:
        ui = self.ui
        return (ui.directionCombo, ui.kindCombo, ui.positionCombo, ui.equipmentCombo)

    def _current_filter(self) -> ExerciseFilter:
        ui = self.ui
        return ExerciseFilter(
            text=ui.searchEdit.text(),
            direction=ui.directionCombo.currentData(),
            kind=ui.kindCombo.currentData(),
            position=ui.positionCombo.currentData(),
            equipment=ui.equipmentCombo.currentData(),
            favourites_only=ui.favouritesCheck.isChecked(),
        )

    def _filters_changed(self, *_args: object) -> None:
        searched = self._current_filter().text != self.proxy.exercise_filter().text
        self.proxy.set_exercise_filter(self._current_filter())
        self._update_count()
        view = self.ui.exerciseList
        lost = not view.currentIndex().isValid() or not view.selectionModel().hasSelection()
        if lost or (searched and self._current_filter().text.strip()):
            self.select_row(0)  # typing opens the best match

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("All %d exercises, in the order of the article.") % total
        else:
            text = self.tr("Showing %d of %d exercises.") % (shown, total)
        self.ui.countLabel.setText(text)
        self.ui.emptyLabel.setVisible(shown == 0)
        self.ui.exerciseList.setVisible(shown > 0)
        self.ui.detailHost.setVisible(shown > 0)

    def _select(self, index: QModelIndex) -> None:
        view = self.ui.exerciseList
        view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        exercise = current.data(Role.EXERCISE)
        if exercise is not None:
            self.detail.show_exercise(exercise, favourite=bool(current.data(Role.FAVOURITE)))

    def _favourite_toggled(self, exercise_id: str, on: bool) -> None:
        favourites.set_favourite(self.context, exercise_id, on)
        self.model.set_favourite(exercise_id, on)
        if self.ui.favouritesCheck.isChecked():
            self._filters_changed()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _search_accepted(self) -> None:
        self.ui.exerciseList.setFocus(Qt.FocusReason.OtherFocusReason)
