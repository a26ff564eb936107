"""Paints one exercise row: thumbnail, number and name, direction and group, favourite."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from backcoach.ui.browser.exercise_model import Role
from backcoach.ui.images import exercise_image
from backcoach.ui.widgets.row_painting import paint_selection

THUMB = QSize(112, 84)
PADDING = 10


class ExerciseDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # Three text lines (a larger bold name, two lines below) or the picture, whichever
        # is taller, so rows never overlap at large text sizes.
        line = QFontMetrics(option.font).height()
        text = round(line * 1.1) + 4 + 2 * (line + 2) + 8
        return QSize(320, max(THUMB.height(), text) + 2 * PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
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

        text_left = thumb_rect.right() + PADDING + 4
        text_width = rect.right() - text_left - PADDING - 24
        name_font = QFont(option.font)
        name_font.setBold(True)
        name_font.setPointSizeF(option.font.pointSizeF() * 1.1)
        name_metrics = QFontMetrics(name_font)
        painter.setFont(name_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = name_metrics.elidedText(
            f"{exercise.number}. {exercise.name}", Qt.TextElideMode.ElideRight, text_width
        )
        name_top = rect.top() + PADDING + 8
        painter.drawText(QRect(text_left, name_top, text_width, name_metrics.height()), 0, name)

        painter.setFont(option.font)
        metrics = QFontMetrics(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        subtitle = metrics.elidedText(
            index.data(Role.SUBTITLE), Qt.TextElideMode.ElideRight, text_width
        )
        sub_top = name_top + name_metrics.height() + 4
        painter.drawText(QRect(text_left, sub_top, text_width, metrics.height()), 0, subtitle)
        dose = metrics.elidedText(exercise.dose.describe(), Qt.TextElideMode.ElideRight, text_width)
        painter.drawText(
            QRect(text_left, sub_top + metrics.height() + 2, text_width, metrics.height()), 0, dose
        )

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
