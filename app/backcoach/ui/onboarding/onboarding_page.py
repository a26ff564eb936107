"""First run (and "Where to start" later): welcome, safety check, direction check, result.

The page only collects answers and shows the domain's verdicts; it emits ``finished``
with what was decided and the main window stores it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcoach.domain.catalog import Catalogue
from backcoach.domain.evidence import Evidence
from backcoach.domain.onboarding import RED_FLAGS_NONE, RED_FLAGS_SOME
from backcoach.domain.routines import Routine, estimated_seconds
from backcoach.ui.widgets.page_parts import fit_combo, label

if TYPE_CHECKING:
    # What only the later steps use is imported where they are made: a first run shows
    # the welcome step alone, and its wait for it is every start's longest (~5 ms of
    # these imports: the direction check's dataclasses, the later steps' words, and
    # PySide6 builds a class with its enums when a module first names it).
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QButtonGroup

    from backcoach.domain import direction_check as dc

Widget = TypeVar("Widget", bound=QWidget)


class OnboardingResult(NamedTuple):  # not a dataclass: ~0.7 ms of a first run's wait
    red_flags: str
    choice: dc.DirectionChoice


def _escape(text: str) -> str:
    """``text`` as rich text shows it: html.escape's job for an element's content (its
    import, with html.entities, cost ~1 ms of a first run's wait for the welcome)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _bullets(items: tuple[str, ...]) -> QLabel:
    label = QLabel("<ul style='margin-left:-20px'>" + "".join(
        f"<li style='margin-bottom:6px'>{_escape(i)}</li>" for i in items
    ) + "</ul>")  # fmt: skip
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class _Step(QScrollArea):
    """One step of the flow: a scrollable column so nothing clips at large text sizes."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        content = QWidget()
        content.setObjectName("scrollContent")
        self.setWidget(content)
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(48, 32, 48, 24)
        self.column.setSpacing(14)

    def add(self, widget: Widget) -> Widget:
        self.column.addWidget(widget)
        return widget


class OnboardingPage(QWidget):
    finished = Signal(object)  # OnboardingResult
    cancelled = Signal()  # a revisit left without changing anything

    def __init__(
        self,
        evidence: Evidence,
        catalogue: Catalogue,
        plans: dict[str, Routine],
        previous: dc.DirectionChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.evidence = evidence
        self.catalogue = catalogue
        self.plans = plans
        self.red_flags = RED_FLAGS_NONE
        self.choice: dc.DirectionChoice | None = previous
        self._answer_groups: dict[str, QButtonGroup] = {}
        self._first_step = 0  # a revisit starts at the questions

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.steps = QStackedWidget()
        layout.addWidget(self.steps, 1)
        # Each step is made when first shown: making and styling all four at start was
        # ~20 ms of a first run's wait for the welcome (docs/decisions/008-speed.md).
        answers = previous.answers if previous else None
        self._makers: list[Callable[[_Step], None]] = [
            self._welcome_step,
            self._safety_step,
            lambda step: self._questions_step(step, answers),
            self._result_step,
        ]
        self._made: set[int] = set()
        for _ in self._makers:
            holder = QWidget()  # holds its step once made
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.steps.addWidget(holder)
        self._make_step(0)

        bar = QFrame()
        bar.setProperty("role", "card")
        row = QHBoxLayout(bar)
        row.setContentsMargins(24, 12, 24, 12)
        self.progress = label("", "muted")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Keep everything as it was (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setProperty("role", "primary")
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout.addWidget(bar)
        self._bar_buttons = (self.cancel_button, self.back_button, self.next_button)
        self._update_buttons()

    def _make_step(self, index: int) -> None:
        """Make step ``index`` in its place in the stack, unless it was made already."""
        if index in self._made:
            return
        self._made.add(index)
        placeholder = self.steps.widget(index)  # one per step, made at start
        holder = placeholder.layout() if placeholder is not None else None
        assert holder is not None
        # In its place before it is filled: a filled scroll area moved into a page lays
        # out all its text again for every widget's style change (~4 ms for the welcome).
        step = _Step()
        holder.addWidget(step)
        self._makers[index](step)
        if hasattr(self, "_bar_buttons"):
            # A step made later joins the end of the focus chain: Tab reaches its
            # controls before the buttons below it, as when it was made first.
            last = self._last_control(index)
            for button in self._bar_buttons:
                QWidget.setTabOrder(last, button)
                last = button

    def _last_control(self, index: int) -> QWidget:
        """The step's last control in the focus chain (named, not looked for: walking
        the chain wraps Qt's internal widgets, which once crashed a later layout)."""
        if index == 1:
            return self.some_button
        if index == 2:
            return list(self._answer_groups.values())[-1].buttons()[-1]
        return self.direction_combo

    def _show_step(self, index: int) -> None:
        self._make_step(index)
        self.steps.setCurrentIndex(index)

    # --- steps ---------------------------------------------------------------------
    def _welcome_step(self, step: _Step) -> None:
        step.add(label(self.tr("Welcome to BackCoach"), "title"))
        step.add(
            label(
                self.tr(
                    "A few exercises done on a regular schedule, about a quarter of an hour "
                    "a day, can make a real difference to low back pain. This short set-up "
                    "helps you start safely and in a direction that suits your back."
                ),
                "subtitle",
            )
        )
        step.add(label(self.tr("What BackCoach does"), "heading"))
        step.add(_bullets(self.evidence.is_))
        step.add(label(self.tr("What it does not do"), "heading"))
        step.add(_bullets(self.evidence.is_not))
        step.column.addStretch(1)

    def _safety_step(self, step: _Step) -> None:
        e = self.evidence
        step.add(label(self.tr("First, a safety check"), "title"))
        step.add(label(e.red_flag_intro, "subtitle"))
        step.add(label(e.emergency_title, "heading"))
        step.add(_bullets(e.emergency))
        step.add(label(e.soon_title, "heading"))
        step.add(_bullets(e.soon))
        self.none_button = QPushButton(self.tr("I have none of these"))
        self.none_button.setProperty("role", "primary")
        self.none_button.clicked.connect(lambda: self._answer_safety(RED_FLAGS_NONE))
        self.some_button = QPushButton(self.tr("I have one or more of these"))
        self.some_button.clicked.connect(lambda: self._answer_safety(RED_FLAGS_SOME))
        from backcoach.ui.widgets.flow_layout import flow_row  # see the note at the imports

        step.column.addLayout(flow_row(self.none_button, self.some_button))
        self.care_notice = QFrame()
        self.care_notice.setProperty("role", "notice")
        notice = QVBoxLayout(self.care_notice)
        notice.setContentsMargins(18, 14, 18, 14)
        notice.addWidget(
            label(
                self.tr(
                    "Thank you for telling us. Please speak to a doctor or physiotherapist "
                    "before you start exercising. If you have any of the urgent signs "
                    "above, get medical help now.\n\nYou can still look around BackCoach, "
                    "and Home will remind you to check with a clinician first."
                )
            )
        )
        self.care_notice.hide()
        step.add(self.care_notice)
        step.column.addStretch(1)

    def _questions_step(self, step: _Step, previous: dc.Answers | None) -> None:
        from PySide6.QtWidgets import QButtonGroup, QRadioButton  # see the note at the imports

        from backcoach.domain import direction_check as dc
        from backcoach.ui.onboarding import direction_words as dw
        from backcoach.ui.widgets.flow_layout import flow_row

        step.add(label(self.tr("Where to start"), "title"))
        step.add(label(dw.text(dw.INTRO), "subtitle"))
        for question in dc.QUESTIONS:
            card = QFrame()
            card.setProperty("role", "card")
            box = QVBoxLayout(card)
            box.setContentsMargins(18, 12, 18, 14)
            box.addWidget(label(dw.text(dw.QUESTIONS[question.key]), "heading"))
            row = flow_row(spacing=16)
            group = QButtonGroup(card)
            chosen = getattr(previous, question.key) if previous else None
            for option in question.options:
                button = QRadioButton(dw.text(dw.OPTIONS[option.value]))
                button.setProperty("answer", option.value)
                button.setAccessibleName(
                    f"{dw.text(dw.QUESTIONS[question.key])} {dw.text(dw.OPTIONS[option.value])}"
                )
                button.setChecked(option.value == chosen)
                group.addButton(button)
                row.addWidget(button)
            box.addLayout(row)
            self._answer_groups[question.key] = group
            step.add(card)
        step.column.addStretch(1)

    def _result_step(self, step: _Step) -> None:
        from PySide6.QtWidgets import QComboBox  # see the note at the imports

        from backcoach.domain import direction_check as dc
        from backcoach.ui.onboarding import direction_words as dw
        from backcoach.ui.widgets.flow_layout import flow_row

        step.add(label(self.tr("Your starting point"), "title"))
        self.result_title = step.add(label("", "heading"))
        self.result_text = step.add(label(""))
        card = QFrame()
        card.setProperty("role", "card")
        box = QVBoxLayout(card)
        box.setContentsMargins(18, 14, 18, 16)
        self.plan_title = label("", "heading")
        self.plan_text = label("")
        self.plan_exercises = label("", "muted")
        for widget in (self.plan_title, self.plan_text, self.plan_exercises):
            box.addWidget(widget)
        step.add(card)
        prefer = label(self.tr("Prefer a different start?"))
        prefer.setWordWrap(False)
        self.direction_combo = QComboBox()
        self.direction_combo.setAccessibleName(self.tr("Starting direction"))
        self.direction_combo.setAccessibleDescription(
            self.tr("Pick another starting direction if you prefer")
        )
        # Short names: the full titles do not fit one line at large text sizes.
        names = {
            dc.EXTENSION: self.tr("Extension: gentle arching backwards"),
            dc.FLEXION: self.tr("Flexion: gentle bending forward"),
            dc.MOBILITY: self.tr("Gentle movement in all directions"),
        }
        for direction in dc.DIRECTIONS:
            self.direction_combo.addItem(names.get(direction, dw.title(direction)), direction)
            self.direction_combo.setItemData(
                self.direction_combo.count() - 1, dw.title(direction), Qt.ItemDataRole.ToolTipRole
            )
        fit_combo(self.direction_combo)
        self.direction_combo.activated.connect(self._direction_picked)
        step.column.addLayout(flow_row(prefer, self.direction_combo))
        step.add(
            label(
                self.tr(
                    "Start gently. Over the weeks BackCoach will suggest small steps toward "
                    "the movements that bother you now, so your back gets used to them."
                ),
                "muted",
            )
        )
        step.column.addStretch(1)

    # --- flow ----------------------------------------------------------------------
    def answers(self) -> dc.Answers:
        from backcoach.domain import direction_check as dc  # see the note at the imports

        self._make_step(2)
        values = {}
        for key, group in self._answer_groups.items():
            checked = group.checkedButton()
            if checked is not None:
                values[key] = checked.property("answer")
        return dc.Answers(**values)

    def set_answer(self, key: str, value: str) -> None:
        self._make_step(2)
        for button in self._answer_groups[key].buttons():
            if button.property("answer") == value:
                button.setChecked(True)

    def start_at_questions(self) -> None:
        """Revisiting from Home: skip the welcome and safety steps; Cancel (or Esc)
        leaves at any step with nothing changed."""
        self._first_step = 2
        self._show_step(2)
        self.cancel_button.show()
        self._update_buttons()

    def is_revisit(self) -> bool:
        return self._first_step > 0

    def cancel(self) -> None:
        if self.is_revisit():
            self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.is_revisit():
            self.cancel()
            return
        super().keyPressEvent(event)

    def next(self) -> None:
        from backcoach.domain import direction_check as dc  # see the note at the imports

        index = self.steps.currentIndex()
        if index == 2:
            self.choice = dc.DirectionChoice.from_check(self.answers())
            self._show_result()
        if index == self.steps.count() - 1:
            assert self.choice is not None
            self.finished.emit(OnboardingResult(self.red_flags, self.choice))
            return
        self._show_step(index + 1)
        self._update_buttons()

    def back(self) -> None:
        self._show_step(max(self._first_step, self.steps.currentIndex() - 1))
        self._update_buttons()

    def _answer_safety(self, value: str) -> None:
        self.red_flags = value
        self.care_notice.setVisible(value == RED_FLAGS_SOME)
        if value == RED_FLAGS_NONE:
            self.next()
        else:
            self._update_buttons()

    def _direction_picked(self, _index: int) -> None:
        from backcoach.domain import direction_check as dc  # see the note at the imports

        direction = self.direction_combo.currentData()
        if self.choice is None or direction != self.choice.direction:
            base = self.choice or dc.DirectionChoice(direction, dc.CHOSEN_BY_USER)
            self.choice = base.changed_by_hand(direction)
            self._show_result()

    def _show_result(self) -> None:
        from backcoach.ui import domain_words as words  # see the note at the imports
        from backcoach.ui.onboarding import direction_words as dw
        from backcoach.ui.routines.summary import equipment_text

        assert self.choice is not None
        self._make_step(3)
        result = self.choice.result()
        self.result_title.setText(dw.title(result.direction))
        self.result_text.setText(dw.explanation(result))
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(result.direction))
        plan = self.plans[result.plan_id]
        minutes = words.duration(estimated_seconds(plan, self.catalogue))
        self.plan_title.setText(self.tr("Suggested plan: %s (%s)") % (plan.name, minutes))
        self.plan_text.setText(plan.description)
        names = [self.catalogue.get(i.exercise_id).name for i in plan.items]
        self.plan_exercises.setText(" → ".join(names) + "\n" + equipment_text(plan, self.catalogue))

    def _update_buttons(self) -> None:
        index = self.steps.currentIndex()
        self.back_button.setEnabled(index > self._first_step)
        first, count = self._first_step, self.steps.count() - self._first_step
        self.progress.setText(self.tr("Step %d of %d") % (index - first + 1, count))
        if index == 1:
            # The safety step is answered with its own two buttons; "Next" appears only
            # after "I have one or more", to continue once the advice has been read.
            self.next_button.setVisible(self.red_flags == RED_FLAGS_SOME)
            self.next_button.setText(self.tr("Continue"))
        else:
            self.next_button.setVisible(True)
            last = index == self.steps.count() - 1
            finish = (
                self.tr("Use this start") if self.is_revisit() else self.tr("Start using BackCoach")
            )
            self.next_button.setText(finish if last else self.tr("Next"))
