"""Paints one exercise row: thumbnail, number and name, direction and group, favourite.

The texts wrap onto more lines when the list is narrow (large text sizes) instead of
being cut to "1. Stomach l…": the row grows, and sizeHint and paint share one layout.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from backcoach.ui import domain_words as words
from backcoach.ui.browser.exercise_model import Role
from backcoach.ui.images import exercise_image
from backcoach.ui.widgets.row_painting import paint_selection, wrapped

THUMB = QSize(112, 84)
PADDING = 10
STAR_ROOM = 24
"""Room on the right for the favourite star."""

AnyIndex = QModelIndex | QPersistentModelIndex


class ExerciseDelegate(QStyledItemDelegate):
    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        # Row heights follow the width (wrapped texts): lay the rows out again on resize.
        view.setResizeMode(QListView.ResizeMode.Adjust)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        # The texts or the picture, whichever is taller, so rows never overlap.
        if index.data(Role.EXERCISE) is None:
            return QSize(320, THUMB.height() + 2 * PADDING)
        row = _ExerciseRow(option, index)
        return QSize(320, max(THUMB.height(), row.text_height()) + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        exercise = index.data(Role.EXERCISE)
        if exercise is None:
            return
        painter.save()
        palette = option.palette
        rect = option.rect
        paint_selection(painter, option)

        thumb_rect = QRect(
            rect.left() + PADDING, rect.top() + PADDING, THUMB.width(), THUMB.height()
        )
        frame = exercise.images[-1]  # the end frame shows the exercise in action
        painter.drawPixmap(
            thumb_rect, exercise_image(frame, THUMB, painter.device().devicePixelRatioF())
        )

        row = _ExerciseRow(option, index)
        left, top = rect.left() + row.text_left, rect.top() + PADDING + row.TOP_GAP
        painter.setFont(row.name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(row.name_rect.translated(left, top), row.name_flags, row.name)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        top += row.name_rect.height() + 4
        painter.drawText(row.subtitle_rect.translated(left, top), row.subtitle_flags, row.subtitle)
        top += row.subtitle_rect.height() + 2
        painter.drawText(row.dose_rect.translated(left, top), row.dose_flags, row.dose)

        if index.data(Role.FAVOURITE):
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            star_font = QFont(option.font)
            star_font.setPointSizeF(option.font.pointSizeF() * 1.4)
            painter.setFont(star_font)
            painter.drawText(
                QRect(rect.right() - PADDING - 22, rect.top() + PADDING, 22, 26),
                Qt.AlignmentFlag.AlignCenter,
                "★",
            )
        painter.restore()


class _ExerciseRow:
    """Where the texts of one row go (rects at 0,0 moved by the painter)."""

    TOP_GAP = 8

    def __init__(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        exercise = index.data(Role.EXERCISE)
        view = cast(QAbstractItemView | None, option.widget)
        row_width = view.viewport().width() if view is not None else option.rect.width()
        self.text_left = PADDING + THUMB.width() + PADDING + 4
        width = max(80, row_width - self.text_left - PADDING - STAR_ROOM)
        self.name_font = QFont(option.font)
        self.name_font.setBold(True)
        self.name_font.setPointSizeF(option.font.pointSizeF() * 1.1)
        metrics = QFontMetrics(option.font)
        self.name = f"{exercise.number}. {exercise.name}"
        self.name_rect, self.name_flags = wrapped(QFontMetrics(self.name_font), width, self.name)
        self.subtitle = str(index.data(Role.SUBTITLE) or "")
        self.subtitle_rect, self.subtitle_flags = wrapped(metrics, width, self.subtitle)
        self.dose = words.dose(exercise.dose)
        self.dose_rect, self.dose_flags = wrapped(metrics, width, self.dose)

    def text_height(self) -> int:
        parts = (self.name_rect, self.subtitle_rect, self.dose_rect)
        return self.TOP_GAP + sum(r.height() for r in parts) + 4 + 2 + 8
