"""Paints one row of the record list: what it was in bold, when and how it went below."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from backcoach.ui.widgets.row_painting import paint_selection

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_ROLE = Qt.ItemDataRole.UserRole + 2
PADDING = 10


class RecordDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # Grows with the text size: two lines and padding, never overlapping.
        line = QFontMetrics(option.font).height()
        return QSize(320, round(line * 1.1) + 4 + line + 2 * PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        paint_selection(painter, option)
        rect = option.rect.adjusted(PADDING + 6, PADDING, -PADDING - 6, -PADDING)
        bold = QFont(option.font)
        bold.setBold(True)
        bold.setPointSizeF(option.font.pointSizeF() * 1.1)
        bold_metrics = QFontMetrics(bold)
        painter.setFont(bold)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        title = bold_metrics.elidedText(
            index.data(TITLE_ROLE) or "", Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), bold_metrics.height()), 0, title
        )
        metrics = QFontMetrics(option.font)
        painter.setFont(option.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        line = metrics.elidedText(
            index.data(LINE_ROLE) or "", Qt.TextElideMode.ElideRight, rect.width()
        )
        top = rect.top() + bold_metrics.height() + 4
        painter.drawText(QRect(rect.left(), top, rect.width(), metrics.height()), 0, line)
        painter.restore()
