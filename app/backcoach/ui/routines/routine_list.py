"""The left-hand list: starter plans, then the user's own routines, under two headings."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, IntEnum
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from backcoach.domain.catalog import Catalogue
from backcoach.domain.routines import Routine
from backcoach.ui.routines.summary import duration_text, summary_text
from backcoach.ui.widgets.row_painting import paint_selection, wrapped

AnyIndex = QModelIndex | QPersistentModelIndex
PADDING = 12


class RowKind(Enum):
    HEADER = "header"
    HINT = "hint"
    ROUTINE = "routine"


class RoutineRole(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    ROUTINE = Qt.ItemDataRole.UserRole + 2
    ID = Qt.ItemDataRole.UserRole + 3
    DETAIL = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True, slots=True)
class _Row:
    kind: RowKind
    text: str = ""
    routine: Routine | None = None


class RoutineListModel(QAbstractListModel):
    """Headings and hints are rows too, but disabled: the keyboard skips them."""

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._rows: list[_Row] = []

    def set_routines(self, starters: list[Routine], own: list[Routine]) -> None:
        rows = [_Row(RowKind.HEADER, self.tr("Starter plans"))]
        rows += [_Row(RowKind.ROUTINE, routine=r) for r in starters]
        rows.append(_Row(RowKind.HEADER, self.tr("Your routines")))
        if own:
            rows += [_Row(RowKind.ROUTINE, routine=r) for r in own]
        else:
            rows.append(
                _Row(
                    RowKind.HINT,
                    self.tr("None yet. Make your own copy of a plan, or press “New routine”."),
                )
            )
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def update_routine(self, routine: Routine) -> None:
        """A routine changed (renamed, edited): repaint its row without a reset."""
        row = self.row_of(routine.id)
        if row >= 0:
            self._rows[row] = _Row(RowKind.ROUTINE, routine=routine)
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def row_of(self, routine_id: str) -> int:
        for row, entry in enumerate(self._rows):
            if entry.routine is not None and entry.routine.id == routine_id:
                return row
        return -1

    def routine_ids(self) -> list[str]:
        return [row.routine.id for row in self._rows if row.routine is not None]

    # --- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._rows[index.row()].kind is RowKind.ROUTINE:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return Qt.ItemFlag.NoItemFlags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == RoutineRole.KIND:
            return row.kind
        routine = row.routine
        if routine is None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row.text
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return routine.name
        if role == RoutineRole.ROUTINE:
            return routine
        if role == RoutineRole.ID:
            return routine.id
        if role == RoutineRole.DETAIL:
            return self._detail(routine)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{routine.name}, {self._detail(routine)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return routine.description or None
        return None

    def _detail(self, routine: Routine) -> str:
        if routine.is_starter:
            # Short enough to fit the narrow list; the count is on the right-hand side.
            duration = duration_text(routine, self._catalogue) or ""
            return self.tr("Starter plan · %s") % duration if duration else self.tr("Starter plan")
        return summary_text(routine, self._catalogue)


class RoutineRowDelegate(QStyledItemDelegate):
    """Paints headings, the empty hint, and routine rows (the name over its summary, each
    wrapped onto as many lines as the narrow list needs: never cut to "Extension …")."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        # Row heights follow the width (wrapped names): lay the rows out again on resize.
        view.setResizeMode(QListView.ResizeMode.Adjust)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        kind = index.data(RoutineRole.KIND)
        if kind is RowKind.HEADER:
            top_gap = 4 if index.row() == 0 else 18
            return QSize(200, top_gap + metrics.height() + 8)
        if kind is RowKind.HINT:
            view = cast(QAbstractItemView | None, option.widget)
            width = max(120, view.viewport().width() - 2 * PADDING) if view else 240
            text_rect = metrics.boundingRect(
                QRect(0, 0, width, 1000), Qt.TextFlag.TextWordWrap, index.data() or ""
            )
            return QSize(200, text_rect.height() + 2 * PADDING)
        rows = _RoutineRow(option, index)
        return QSize(200, rows.name_rect.height() + rows.detail_rect.height() + 2 * PADDING + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        palette = option.palette
        rect = option.rect
        kind = index.data(RoutineRole.KIND)
        text_rect = rect.adjusted(PADDING, 0, -PADDING, 0)
        if kind is RowKind.HEADER:
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                text_rect.adjusted(0, 0, 0, -6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                index.data(),
            )
        elif kind is RowKind.HINT:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                text_rect.adjusted(0, PADDING // 2, 0, 0),
                Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop,
                index.data(),
            )
        else:
            self._paint_routine(painter, option, index)
        painter.restore()

    def _paint_routine(
        self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        palette = option.palette
        rect = option.rect
        paint_selection(painter, option)
        rows = _RoutineRow(option, index)
        left, top = rect.left() + PADDING, rect.top() + PADDING
        painter.setFont(rows.name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(rows.name_rect.translated(left, top), rows.name_flags, rows.name)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        detail_top = top + rows.name_rect.height() + 4
        painter.drawText(
            rows.detail_rect.translated(left, detail_top), rows.detail_flags, rows.detail
        )


class _RoutineRow:
    """The wrapped name and summary of one routine row, shared by sizeHint and paint so
    they agree (rects at 0,0; the painter moves them into the row)."""

    def __init__(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        view = cast(QAbstractItemView | None, option.widget)
        row_width = view.viewport().width() if view is not None else option.rect.width()
        width = max(80, row_width - 2 * PADDING)
        self.name = str(index.data() or "")
        self.detail = str(index.data(RoutineRole.DETAIL) or "")
        self.name_font = _name_font(option.font)
        self.name_rect, self.name_flags = wrapped(QFontMetrics(self.name_font), width, self.name)
        self.detail_rect, self.detail_flags = wrapped(QFontMetrics(option.font), width, self.detail)


def _name_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(True)
    font.setPointSizeF(base.pointSizeF() * 1.08)
    return font
