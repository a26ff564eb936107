"""The Routines screen's questions and notices: delete a routine, undo a removal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from backcoach.domain.catalog import Catalogue
from backcoach.domain.routines import Routine

translate = QCoreApplication.translate
"""Called as ``translate("Context", "text")`` so that lupdate finds the text."""


def confirm_delete(parent: QWidget, routine: Routine) -> bool:
    """Ask before a routine of the user's goes for good; "Keep it" is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("RoutinesPage", "Delete routine"))
    box.setText(translate("RoutinesPage", "Delete “%s”?") % routine.name)
    box.setInformativeText(
        translate("RoutinesPage", "It will be gone for good. The exercises stay in the library.")
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    delete = box.button(QMessageBox.StandardButton.Yes)
    delete.setText(translate("RoutinesPage", "Delete"))
    delete.setAccessibleName(translate("RoutinesPage", "Delete the routine"))
    keep = box.button(QMessageBox.StandardButton.No)
    keep.setText(translate("RoutinesPage", "Keep it"))
    keep.setAccessibleName(translate("RoutinesPage", "Keep the routine"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class UndoBar(QFrame):
    """'Removed Bird-dog. [Undo]' above the exercises, until the next change."""

    def __init__(self, layout: QBoxLayout, after: QWidget) -> None:
        """Placed in ``layout`` just under ``after``."""
        super().__init__()
        self.setProperty("role", "notice")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.button = QPushButton(translate("RoutinesPage", "&Undo"))
        self.button.setToolTip(
            translate("RoutinesPage", "Put the exercise back where it was (Ctrl+Z)")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self.message, 1)
        row.addWidget(self.button)
        self.hide()
        layout.insertWidget(layout.indexOf(after) + 1, self)

    def offer(self, exercise_id: str, catalogue: Catalogue) -> None:
        """Offer to put back the exercise just removed (named as the catalogue names it)."""
        try:
            name = catalogue.get(exercise_id).name
        except KeyError:
            name = exercise_id
        self.message.setText(translate("RoutinesPage", "Removed “%s”.") % name)
        self.show()
