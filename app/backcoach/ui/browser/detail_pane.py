"""The detail pane: one exercise's illustration, dose, steps, cautions and variations."""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backcoach import resources
from backcoach.domain.catalog import (
    Catalogue,
    Exercise,
)
from backcoach.domain.pain_rule import with_threshold
from backcoach.ui import domain_words as words
from backcoach.ui.forms import load_form
from backcoach.ui.images import exercise_image
from backcoach.ui.widgets.figure_player import FigurePlayer
from backcoach.ui.widgets.flow_layout import FlowLayout
from backcoach.ui.widgets.motion_timing import CALM

VARIANT_THUMB = QSize(160, 120)


def _bullets(items: tuple[str, ...], numbered: bool = False) -> str:
    rows = "".join(f"<li style='margin-bottom:4px'>{html.escape(i)}</li>" for i in items)
    if numbered:
        # The list's whole indent (40 px): at 200% text "1." is wider than the 20 px a
        # pulled-in list leaves, and only the dots showed.
        return f"<ol>{rows}</ol>"
    return f"<ul style='margin-left:-20px'>{rows}</ul>"


class ExerciseDetailPane(QWidget):
    """Shows one exercise. Emits intents; holds no state beyond what it displays."""

    exercise_requested = Signal(str)
    favourite_toggled = Signal(str, bool)
    add_to_routine_requested = Signal(str, object)  # exercise id, routine id or None (new)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.threshold: Callable[[], int] = lambda: 2
        """The pain rule's threshold in force, for the cautions (set by the browser)."""
        self._catalogue = catalogue
        self._exercise: Exercise | None = None
        self.ui = load_form("exercise_detail.ui", self)
        self.player = FigurePlayer(self.ui.figureHost)
        host_layout = QVBoxLayout(self.ui.figureHost)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(self.player)
        self._variations = QGridLayout(self.ui.variationsHost)
        self._variations.setContentsMargins(0, 0, 0, 0)
        self.ui.favouriteButton.toggled.connect(self._favourite_clicked)
        self._routine_choices: Callable[[], list[tuple[str, str]]] = list
        self.add_button = QToolButton()
        self.add_button.setText(self.tr("+ Add to routine"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.add_button.setAccessibleName(self.tr("Add this exercise to a routine"))
        self._add_menu = QMenu(self.add_button)
        self._add_menu.aboutToShow.connect(self._fill_add_menu)
        self.add_button.setMenu(self._add_menu)
        # Actions sit on their own row so a long name keeps the full width.
        actions = FlowLayout()
        actions.addWidget(self.add_button)
        self.ui.titleRow.removeWidget(self.ui.favouriteButton)
        actions.addWidget(self.ui.favouriteButton)
        self.ui.contentLayout.insertLayout(2, actions)
        # Tab follows reading order: the actions under the title, the animation's
        # play/pause, then the links at the bottom.
        chain = [
            self.ui.root,
            self.add_button,
            self.ui.favouriteButton,
            self.player,
            self.player.play_button(),
            self.ui.easierButton,
            self.ui.harderButton,
            self.ui.parentButton,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.added_label = QLabel()
        self.added_label.setProperty("role", "muted")
        self.added_label.hide()
        self.ui.contentLayout.insertWidget(3, self.added_label)
        self.ui.easierButton.clicked.connect(lambda: self._follow(self._exercise.easier))
        self.ui.harderButton.clicked.connect(lambda: self._follow(self._exercise.harder))
        self.ui.parentButton.clicked.connect(lambda: self._follow(self._exercise.variant_of))

    def set_routine_choices(self, provider: Callable[[], list[tuple[str, str]]]) -> None:
        """Where "Add to routine" can add: (routine id, name) of the user's own routines."""
        self._routine_choices = provider

    def confirm_added(self, routine_name: str) -> None:
        self.added_label.setText(self.tr("Added to “%s”. See it under Routines.") % routine_name)
        self.added_label.show()

    def _fill_add_menu(self) -> None:
        self._add_menu.clear()
        exercise = self._exercise
        if exercise is None:
            return
        for routine_id, name in self._routine_choices():
            action = self._add_menu.addAction(name)
            action.triggered.connect(
                lambda _=False, r=routine_id: self.add_to_routine_requested.emit(exercise.id, r)
            )
        if not self._add_menu.isEmpty():
            self._add_menu.addSeparator()
        new = self._add_menu.addAction(self.tr("A new routine"))
        new.triggered.connect(lambda: self.add_to_routine_requested.emit(exercise.id, None))

    def exercise(self) -> Exercise | None:
        return self._exercise

    def set_reduce_motion(self, reduce: bool) -> None:
        self.player.set_reduce_motion(reduce)

    def show_exercise(self, exercise: Exercise, favourite: bool = False) -> None:
        self._exercise = exercise
        self.added_label.hide()
        ui = self.ui
        ui.nameLabel.setText(f"{exercise.number}. {exercise.name}")
        tags = [
            words.word(words.GROUPS, exercise.group),
            words.word(words.KINDS, exercise.kind),
            words.word(words.POSITIONS, exercise.position),
            *(words.word(words.EQUIPMENT, e) for e in exercise.equipment),
        ]
        ui.tagsLabel.setText("  ·  ".join(dict.fromkeys(tags)))
        self.player.set_frames(
            [resources.image_path(name) for name in exercise.images],
            resources.motion_path(exercise.id),
        )
        # opens on the key position, as the list shows it (for a hold, the hold rather
        # than where one gets into it from), then moves back and out again
        self.player.play_tempo(CALM, CALM.out_ms)
        self.player.setAccessibleName(self.tr("Illustration of %s") % exercise.name)
        ui.summaryLabel.setText(exercise.summary)
        ui.doseLabel.setText(words.capitalised(words.dose(exercise.dose)) + ".")
        ui.stepsLabel.setText(_bullets(exercise.steps, numbered=True))
        for heading, label, items in (
            (
                ui.cautionsHeading,
                ui.cautionsLabel,
                tuple(
                    with_threshold(c, self.threshold(), self._catalogue.language)
                    for c in exercise.cautions
                ),
            ),
            (ui.regressionsHeading, ui.regressionsLabel, exercise.regressions),
            (ui.progressionsHeading, ui.progressionsLabel, exercise.progressions),
        ):
            heading.setVisible(bool(items))
            label.setVisible(bool(items))
            label.setText(_bullets(items))
        self._show_variations(exercise)
        self._show_link(ui.easierButton, self.tr("Easier: %s"), exercise.easier)
        self._show_link(ui.harderButton, self.tr("Harder: %s"), exercise.harder)
        self._show_link(ui.parentButton, self.tr("Part of: %s"), exercise.variant_of)
        ui.favouriteButton.blockSignals(True)
        ui.favouriteButton.setChecked(favourite)
        ui.favouriteButton.blockSignals(False)
        self._update_favourite_text(favourite)
        self.ui.root.verticalScrollBar().setValue(0)

    def _show_link(self, button: QAbstractButton, template: str, target_id: str | None) -> None:
        button.setVisible(target_id is not None)
        if target_id is not None:
            button.setProperty("oneLine", template % self._catalogue.get(target_id).name)
            self._fit_link(button)

    def _fit_link(self, button: QAbstractButton) -> None:
        """'Easier: <name>' on one line, or on two (after the colon) when the name is too
        long for the pane: longer names in French and Spanish, or large text."""
        text = str(button.property("oneLine") or "")
        if not text:
            return
        host = button.parentWidget()
        room = (host.width() if host is not None else self.width()) - 48
        if button.fontMetrics().horizontalAdvance(text) > room and ": " in text:
            text = text.replace(": ", ":\n", 1)
        if button.text() != text:
            button.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for button in (self.ui.easierButton, self.ui.harderButton, self.ui.parentButton):
            self._fit_link(button)

    def _show_variations(self, exercise: Exercise) -> None:
        while self._variations.count():
            item = self._variations.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        has_variants = bool(exercise.variant_images)
        self.ui.variationsHeading.setVisible(has_variants)
        self.ui.variationsHost.setVisible(has_variants)
        ratio = self.devicePixelRatioF()
        for column, (label, frames) in enumerate(exercise.variant_images.items()):
            picture = QLabel()
            picture.setPixmap(exercise_image(frames[-1], VARIANT_THUMB, ratio))
            picture.setAccessibleName(
                self.tr("%1: %2", "an exercise, then one of its variations")
                .replace("%2", label)
                .replace("%1", exercise.name)
            )
            caption = QLabel(label)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._variations.addWidget(picture, 0, column)
            self._variations.addWidget(caption, 1, column)
        self._variations.setColumnStretch(len(exercise.variant_images), 1)

    def _follow(self, target_id: str | None) -> None:
        if target_id:
            self.exercise_requested.emit(target_id)

    def _favourite_clicked(self, on: bool) -> None:
        self._update_favourite_text(on)
        if self._exercise is not None:
            self.favourite_toggled.emit(self._exercise.id, on)

    def _update_favourite_text(self, on: bool) -> None:
        text = self.tr("★ Favourite") if on else self.tr("☆ Add to favourites")
        self.ui.favouriteButton.setText(text)
        self.ui.favouriteButton.setAccessibleName(
            self.tr("Remove from favourites") if on else self.tr("Add to favourites")
        )
