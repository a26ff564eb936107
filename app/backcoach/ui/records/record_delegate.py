"""Paints one row of the record list: what it was in bold, when and how it went below.

Both texts wrap when the row is narrow (large text sizes, a long routine name) instead of
being cut short with "…"; sizeHint and paint share one layout so they agree.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from backcoach.ui.widgets.row_painting import paint_selection, wrapped

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
PADDING = 10
INSET = PADDING + 6
"""Left and right room between the row's edge and its text."""

AnyIndex = QModelIndex | QPersistentModelIndex


class RecordDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        # Row heights follow the width (wrapped texts): lay the rows out again on resize.
        view.setResizeMode(QListView.ResizeMode.Adjust)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        row = _RecordRow(option, index)
        return QSize(320, row.title_rect.height() + 4 + row.line_rect.height() + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        painter.save()
        paint_selection(painter, option)
        row = _RecordRow(option, index)
        left, top = option.rect.left() + INSET, option.rect.top() + PADDING
        painter.setFont(row.title_font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(row.title_rect.translated(left, top), row.title_flags, row.title)
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        top += row.title_rect.height() + 4
        painter.drawText(row.line_rect.translated(left, top), row.line_flags, row.line)
        painter.restore()


class _RecordRow:
    def __init__(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        view = cast(QAbstractItemView | None, option.widget)
        row_width = view.viewport().width() if view is not None else option.rect.width()
        width = max(80, row_width - 2 * INSET)
        self.title_font = QFont(option.font)
        self.title_font.setBold(True)
        self.title_font.setPointSizeF(option.font.pointSizeF() * 1.1)
        self.title = str(index.data(TITLE_ROLE) or "")
        self.title_rect, self.title_flags = wrapped(
            QFontMetrics(self.title_font), width, self.title
        )
        # "pain 2 → 1" never breaks (a lone "1" on the next line reads as nothing).
        self.line = str(index.data(LINE_ROLE) or "").replace(" → ", "\u00a0→\u00a0")
        self.line_rect, self.line_flags = wrapped(QFontMetrics(option.font), width, self.line)
