"""Log an activity: walking, running, cycling, swimming, yoga or anything else, with its
minutes and, if the user likes, the pain before and after. It counts toward the daily goal
(``domain.daily_goal.minutes_on`` adds activities to sessions). Given an activity, the same
form corrects it (the record list's "Change…"); saving goes through
``services.record_edits``, which returns how to undo it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from backcoach.context import AppContext
from backcoach.domain.records import MAX_ACTIVITY_MINUTES, MAX_NOTE_LENGTH, Activity, new_id
from backcoach.services import record_edits
from backcoach.ui import domain_words as words
from backcoach.ui.widgets.flow_layout import FlowLayout
from backcoach.ui.widgets.page_parts import dialog_columns, fit_combo

OTHER = "other"
QUICK_MINUTES = (15, 30, 45, 60)
MAX_MINUTES = 600
"""The form stops at 10 hours; the record itself allows a whole day."""
assert MAX_MINUTES <= MAX_ACTIVITY_MINUTES


def _label(text: str, role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class ActivityDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        editing: Activity | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.today = today or date.today()
        self.editing = editing
        self.activity: Activity | None = None
        self.undo: record_edits.Undo | None = None
        title = self.tr("Change an activity") if editing else self.tr("Log an activity")
        self.setWindowTitle(title)
        # The body scrolls and the dialog fits the window: at 200% text on a laptop
        # nothing overlaps and Save stays in view.
        layout, foot = dialog_columns(self, width_lines=36)
        layout.addWidget(_label(title, "title"))
        layout.addWidget(
            _label(
                self.tr(
                    "Walking, running, cycling, swimming: any exercise you enjoy is good for "
                    "your back, and it counts toward your daily goal."
                ),
                "subtitle",
            )
        )

        layout.addWidget(_label(self.tr("What did you do?"), "heading"))
        kinds = FlowLayout(spacing=8)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QToolButton] = {}
        labels = words.translated(words.ACTIVITY_KINDS)
        labels[OTHER] = self.tr("Something else")
        for key, text in labels.items():
            button = QToolButton()
            button.setText(text)
            button.setCheckable(True)
            button.setMinimumSize(170, 40)
            button.clicked.connect(self._changed)
            self.kind_group.addButton(button)
            self.kind_buttons[key] = button
            kinds.addWidget(button)
        layout.addLayout(kinds)
        self.other_name = QLineEdit()
        self.other_name.setPlaceholderText(self.tr("What was it? For example: gardening"))
        self.other_name.setMaxLength(60)
        self.other_name.setAccessibleName(self.tr("Name of the activity"))
        self.other_name.setAccessibleDescription(self.tr("In your own words"))
        self.other_name.textChanged.connect(self._changed)
        self.other_name.hide()
        layout.addWidget(self.other_name)

        layout.addWidget(_label(self.tr("For how long?"), "heading"))
        minutes_row = FlowLayout(spacing=8)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setMinimumSize(120, 38)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setAccessibleDescription(self.tr("How many minutes the activity took"))
        minutes_row.addWidget(self.minutes)
        for value in QUICK_MINUTES:
            quick = QPushButton(self.tr("%d min") % value)
            quick.clicked.connect(lambda _=False, v=value: self.minutes.setValue(v))
            minutes_row.addWidget(quick)
        layout.addLayout(minutes_row)

        when = QHBoxLayout()
        when.addWidget(_label(self.tr("On")))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("ddd d MMMM yyyy")
        self.day.setMaximumDate(_qdate(self.today))
        self.day.setDate(_qdate(self.today))
        self.day.setMinimumSize(250, 38)
        self.day.setAccessibleDescription(self.tr("Today, or an earlier day"))
        self.day.setAccessibleName(self.tr("Day of the activity"))
        when.addWidget(self.day)
        when.addStretch(1)
        layout.addLayout(when)

        layout.addWidget(_label(self.tr("Pain, if you rated it (optional)"), "heading"))
        self.pain_before = self._pain_box(self.tr("Pain before"))
        self.pain_after = self._pain_box(self.tr("Pain after"))
        pain_row = FlowLayout(spacing=16)
        for text, box in (
            (self.tr("Before"), self.pain_before),
            (self.tr("After"), self.pain_after),
        ):
            pair = QWidget()  # a label stays with its box when the row wraps
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            name = _label(text)
            name.setWordWrap(False)
            pair_row.addWidget(name)
            pair_row.addWidget(box)
            pain_row.addWidget(pair)
        layout.addLayout(pain_row)

        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note (optional)"))
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setAccessibleDescription(self.tr("Anything you want to remember about it"))
        layout.addWidget(self.note)

        self.error = _label("", "muted")
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        foot.addLayout(buttons)
        self._changed()
        if editing is not None:
            self.choose(editing.kind, editing.minutes, editing.pain_before, editing.pain_after)
            self.day.setDate(_qdate(min(editing.day, self.today)))
            self.note.setText(editing.note)

    def _pain_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("Not rated"), None)
        for score in range(11):
            box.addItem(str(score), score)
        box.setAccessibleName(name)
        box.setAccessibleDescription(self.tr("From 0, no pain, to 10, the worst imaginable"))
        fit_combo(box)
        return box

    def kind(self) -> str | None:
        for key, button in self.kind_buttons.items():
            if button.isChecked():
                if key != OTHER:
                    return key
                return self.other_name.text().strip().lower() or None
        return None

    def _changed(self) -> None:
        other = self.kind_buttons[OTHER].isChecked()
        self.other_name.setVisible(other)
        self.save_button.setEnabled(self.kind() is not None)

    def choose(
        self, kind: str, minutes: int, before: int | None = None, after: int | None = None
    ) -> None:
        """Fill the form (tests, and a future 'log it again')."""
        key = kind if kind in self.kind_buttons else OTHER
        self.kind_buttons[key].setChecked(True)
        if key == OTHER:
            self.other_name.setText(kind)
        self.minutes.setValue(min(minutes, MAX_MINUTES))
        self.pain_before.setCurrentIndex(0 if before is None else before + 1)
        self.pain_after.setCurrentIndex(0 if after is None else after + 1)
        self._changed()

    def save(self) -> None:
        kind = self.kind()
        if kind is None:
            return
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())
        try:
            activity = Activity(
                id=self.editing.id if self.editing else new_id(),
                day=min(day, self.today),
                kind=kind,
                minutes=self.minutes.value(),
                pain_before=self.pain_before.currentData(),
                pain_after=self.pain_after.currentData(),
                note=self.note.text().strip(),
            )
            self.undo = record_edits.save_activity(self.context, activity)
        except ValueError as error:  # e.g. text the data file cannot hold
            self.error.setText(self.tr("This could not be saved: %s") % error)
            self.error.show()
            return
        self.activity = activity
        self.accept()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
