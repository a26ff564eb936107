"""The exercises of one routine: an editing model, its row painter and its keyboard keys.

The model applies every edit through ``domain.routines`` (which refuses to touch starter
plans) and then emits ``routine_edited`` with the new routine, so the page has one place
to save. Drag and drop reorders through ``moveRows``, which QListView calls for an
internal move; the keyboard and the Move buttons use the same path.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from backcoach.domain.catalog import Catalogue, Dose, Exercise
from backcoach.domain.routines import (
    Routine,
    RoutineItem,
    add_item,
    move_item,
    remove_item,
    set_dose,
)
from backcoach.ui import domain_words as words
from backcoach.ui.images import exercise_image
from backcoach.ui.widgets.row_painting import paint_selection

AnyIndex = QModelIndex | QPersistentModelIndex
THUMB = QSize(80, 60)
PADDING = 10
BADGE = 28


class ItemRole(IntEnum):
    ITEM = Qt.ItemDataRole.UserRole + 1
    EXERCISE = Qt.ItemDataRole.UserRole + 2
    POSITION = Qt.ItemDataRole.UserRole + 3
    DOSE_TEXT = Qt.ItemDataRole.UserRole + 4
    EDITABLE = Qt.ItemDataRole.UserRole + 5


class RoutineItemsModel(QAbstractListModel):
    routine_edited = Signal(object)
    """The new Routine after an edit made through this model."""

    def __init__(self, catalogue: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._routine: Routine | None = None

    # --- state ----------------------------------------------------------------------
    def routine(self) -> Routine | None:
        return self._routine

    def set_routine(self, routine: Routine | None) -> None:
        self.beginResetModel()
        self._routine = routine
        self.endResetModel()

    def replace(self, routine: Routine) -> None:
        """Take a new version of the same routine; rows stay put if its items did not change."""
        if (
            self._routine is not None
            and routine.id == self._routine.id
            and routine.items == self._routine.items
        ):
            self._routine = routine
        else:
            self.set_routine(routine)

    def editable(self) -> bool:
        return self._routine is not None and not self._routine.is_starter

    def exercise_at(self, row: int) -> Exercise | None:
        if self._routine is None or not 0 <= row < len(self._routine.items):
            return None
        return self._exercise(self._routine.items[row].exercise_id)

    def _exercise(self, exercise_id: str) -> Exercise | None:
        try:
            return self._catalogue.get(exercise_id)
        except KeyError:  # a routine made by a newer app version
            return None

    # --- edits (each emits routine_edited) ------------------------------------------
    def move(self, row: int, new_row: int) -> bool:
        """Move one exercise so it ends up at ``new_row``; False if nothing moved."""
        routine = self._routine
        if not self.editable() or routine is None or row == new_row:
            return False
        if not (0 <= row < len(routine.items) and 0 <= new_row < len(routine.items)):
            return False
        # Qt counts the destination as "insert before", so moving down needs one more.
        destination = new_row + 1 if new_row > row else new_row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._routine = move_item(routine, row, new_row)
        self.endMoveRows()
        first, last = min(row, new_row), max(row, new_row)
        self.dataChanged.emit(self.index(first), self.index(last))  # position numbers
        self.routine_edited.emit(self._routine)
        return True

    def remove(self, row: int) -> bool:
        routine = self._routine
        if not self.editable() or routine is None or not 0 <= row < len(routine.items):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        self._routine = remove_item(routine, row)
        self.endRemoveRows()
        if row < len(self._routine.items):
            self.dataChanged.emit(self.index(row), self.index(len(self._routine.items) - 1))
        self.routine_edited.emit(self._routine)
        return True

    def append(self, exercise: Exercise) -> int:
        """Add an exercise at the end with its usual dose; returns its row (-1 if refused)."""
        routine = self._routine
        if not self.editable() or routine is None:
            return -1
        row = len(routine.items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._routine = add_item(routine, exercise)
        self.endInsertRows()
        self.routine_edited.emit(self._routine)
        return row

    def set_dose(self, row: int, **changes: Any) -> bool:
        """Change part of one exercise's dose; raises RoutineError if it breaks a limit."""
        routine = self._routine
        if not self.editable() or routine is None or not 0 <= row < len(routine.items):
            return False
        updated = set_dose(routine, row, **changes)
        if updated == routine:
            return False
        self._routine = updated
        self.dataChanged.emit(self.index(row), self.index(row))
        self.routine_edited.emit(updated)
        return True

    # --- Qt model API ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._routine is None:
            return 0
        return len(self._routine.items)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            # Drops land between rows only (never "onto" an exercise).
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable() else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable():
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def moveRows(
        self,
        source_parent: AnyIndex,
        source_row: int,
        count: int,
        destination_parent: AnyIndex,
        destination_child: int,
    ) -> bool:
        """Drag and drop: QListView asks to move ``source_row`` before ``destination_child``."""
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        new_row = destination_child - 1 if destination_child > source_row else destination_child
        return self.move(source_row, new_row)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        routine = self._routine
        if routine is None or not index.isValid() or not 0 <= index.row() < len(routine.items):
            return None
        item: RoutineItem = routine.items[index.row()]
        exercise = self._exercise(item.exercise_id)
        name = exercise.name if exercise else item.exercise_id
        if role == Qt.ItemDataRole.DisplayRole:
            return name
        if role == ItemRole.ITEM:
            return item
        if role == ItemRole.EXERCISE:
            return exercise
        if role == ItemRole.POSITION:
            return index.row() + 1
        if role == ItemRole.DOSE_TEXT:
            return self._dose_text(item.dose, exercise)
        if role == ItemRole.EDITABLE:
            return self.editable()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%d of %d: %s, %s") % (
                index.row() + 1,
                len(routine.items),
                name,
                self._dose_text(item.dose, exercise),
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return exercise.summary if exercise else None
        return None

    def _dose_text(self, dose: Dose, exercise: Exercise | None) -> str:
        if exercise is None:
            return self.tr("Not available in this version of BackCoach")
        text = words.dose(dose)
        return text[:1].upper() + text[1:]


class RoutineItemDelegate(QStyledItemDelegate):
    """Position badge, thumbnail, name, and the dose in words wrapped to fit.

    Rows grow to three lines of dose text when the list is narrow (beside the dose
    editor) rather than cutting the dose off: it is what the user came to check.
    """

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        layout = _RowLayout(option, index)
        return QSize(300, layout.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        palette = option.palette
        rect = option.rect
        layout = _RowLayout(option, index)
        paint_selection(painter, option)

        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        thumb = QRect(
            rect.left() + layout.thumb_left,
            rect.center().y() - THUMB.height() // 2,
            THUMB.width(),
            THUMB.height(),
        )
        exercise = index.data(ItemRole.EXERCISE)
        if exercise is not None:
            ratio = painter.device().devicePixelRatioF()
            painter.drawPixmap(thumb, exercise_image(exercise.images[-1], THUMB, ratio))

        # The position sits on the picture's top-left corner (empty in every figure),
        # which leaves the text the width it needs beside the dose editor.
        badge = QRectF(rect.left() + PADDING, rect.top() + PADDING, BADGE, BADGE)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawEllipse(badge)
        badge_font = QFont(option.font)
        badge_font.setBold(True)
        painter.setFont(badge_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(index.data(ItemRole.POSITION)))

        left = rect.left() + layout.text_left
        top = rect.top() + (rect.height() - layout.text_height()) // 2
        painter.setFont(layout.name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name_height = layout.name_metrics.height() * len(layout.name_lines)
        for number, line in enumerate(layout.name_lines):
            line_height = layout.name_metrics.height()
            line_box = QRect(left, top + number * line_height, layout.text_width, line_height)
            painter.drawText(line_box, 0, line)

        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        line_top = top + name_height + 2
        for line in layout.dose_lines:
            painter.drawText(QRect(left, line_top, layout.text_width, layout.line_height), 0, line)
            line_top += layout.line_height

        if layout.grip:
            # A grip of dots says "you can drag this"; the keys are in the hint below.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.PlaceholderText))
            x = rect.right() - PADDING - 8
            for dy in (-8, 0, 8):
                for dx in (0, 6):
                    painter.drawEllipse(QRectF(x + dx, rect.center().y() + dy - 1.5, 3, 3))
        painter.restore()


class _RowLayout:
    """Where things go in one row, shared by sizeHint and paint so they agree."""

    MAX_DOSE_LINES = 3

    def __init__(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        view = cast(QAbstractItemView | None, option.widget)
        row_width = view.viewport().width() if view is not None else option.rect.width()
        self.grip = 18 if index.data(ItemRole.EDITABLE) else 0
        self.thumb_left = PADDING + 4
        self.text_left = self.thumb_left + THUMB.width() + PADDING + 2
        self.text_width = max(80, row_width - self.text_left - PADDING - self.grip)
        self.name_font = QFont(option.font)
        self.name_font.setBold(True)
        self.name_font.setPointSizeF(option.font.pointSizeF() * 1.08)
        self.name_metrics = QFontMetrics(self.name_font)
        # Long names (longer still in French or Spanish) wrap onto a second line.
        self.name_lines = _wrap(index.data() or "", self.name_metrics, self.text_width, 2)
        metrics = QFontMetrics(option.font)
        self.line_height = metrics.height()
        self.dose_lines = _wrap(
            index.data(ItemRole.DOSE_TEXT) or "", metrics, self.text_width, self.MAX_DOSE_LINES
        )

    def text_height(self) -> int:
        names = self.name_metrics.height() * len(self.name_lines)
        return names + 2 + self.line_height * len(self.dose_lines)

    def height(self) -> int:
        return max(THUMB.height(), self.text_height()) + 2 * PADDING + 4


def _wrap(text: str, metrics: QFontMetrics, width: int, max_lines: int) -> list[str]:
    """Lines of at most ``width``: a new line at each ", " part where possible, words
    wrapped inside a part that is too long; at most ``max_lines``, the last one elided."""
    lines: list[str] = []
    # A little short of the width: whole-pixel advances round down, and Qt elides a line
    # that is a fraction of a pixel too wide.
    fits = width - 2
    parts = text.split(", ")
    for number, part in enumerate(parts):
        piece = part + ("," if number < len(parts) - 1 else "")
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {piece}") <= fits:
            lines[-1] = f"{lines[-1]} {piece}"  # short parts share a line
            continue
        current = ""
        for word in piece.split():
            candidate = f"{current} {word}".strip()
            if current and metrics.horizontalAdvance(candidate) > fits:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1 :])]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


class ReorderKeys(QObject):
    """Alt+Up / Alt+Down move the current exercise; Delete removes it.

    An event filter rather than QShortcuts so the keys act only while the list has the
    focus, and reach the list before QListView turns Alt+Up into a plain cursor move.
    """

    move_requested = Signal(int)  # -1 up, +1 down
    remove_requested = Signal()

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() == Qt.Key.Key_Up:
            self.move_requested.emit(-1)
            return True
        if alt and event.key() == Qt.Key.Key_Down:
            self.move_requested.emit(1)
            return True
        if event.key() == Qt.Key.Key_Delete and not event.modifiers():
            self.remove_requested.emit()
            return True
        return False


def set_reorderable(view: QAbstractItemView, on: bool) -> None:
    """Turn drag-to-reorder on for the user's routines and off for starter plans."""
    view.setDragEnabled(on)
    view.setAcceptDrops(on)
    view.setDropIndicatorShown(on)
    view.setDragDropMode(
        QAbstractItemView.DragDropMode.InternalMove
        if on
        else QAbstractItemView.DragDropMode.NoDragDrop
    )
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
