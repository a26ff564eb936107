"""Home: today's plan and progress toward the daily goal, a suggested next step, and the
safety reminders. Renders a ``HomeState``; every button only emits an intent."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QProgressBar,
    QPushButton,
    QWidget,
)

from backcoach.domain.catalog import Catalogue
from backcoach.domain.routines import estimated_seconds
from backcoach.services.plans import HomeState
from backcoach.ui import domain_words as words
from backcoach.ui.onboarding import direction_words as dw
from backcoach.ui.pain_words import points
from backcoach.ui.routines.summary import equipment_text
from backcoach.ui.widgets.flow_layout import flow_row
from backcoach.ui.widgets.page_parts import card, label, scrolling_column

_OCCASIONAL = ("resume", "care", "plan", "lighter", "suggestion", "activities", "tips")
"""Home's cards in their order on the page. All but the plan and the tips are shown on some
days only (an early end to carry on, the care notice, a lighter day, a suggestion, the
activities' re-rating or news) and are made the first time they are shown: making them
with the page took ~4 ms of a returning user's start (docs/decisions/008-speed.md, 17b)."""


class HomePage(QWidget):
    start_requested = Signal(object)  # the Routine to run
    routines_requested = Signal()
    direction_check_requested = Signal()
    about_requested = Signal()
    care_notice_dismissed = Signal()
    suggestion_accepted = Signal(object)  # a progression.Suggestion
    suggestion_declined = Signal(object)
    lighter_requested = Signal(object)  # a one-off Routine at a lighter dose
    resume_requested = Signal()  # carry on with the session just ended early
    activities_requested = Signal()  # set up or re-rate the functional scale
    activities_snoozed = Signal()  # not now: ask again in a few days
    checkin_requested = Signal()  # the morning check-in, opened by hand

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.catalogue = catalogue
        self.state: HomeState | None = None

        layout = scrolling_column(self)
        self._column = layout

        self.greeting = label(self.tr("Welcome to BackCoach"), "title")
        layout.addWidget(self.greeting)
        # Before the first session or activity: what to do first, in one line.
        self.first_steps = label(
            self.tr(
                "Your routine is below. When you are ready, put a mat on the floor near the "
                "screen and press Start: BackCoach guides you through each exercise."
            ),
            "subtitle",
        )
        layout.addWidget(self.first_steps)

        self.plan_card, plan = card()
        self.plan_heading = label("", "heading")
        self.plan_name = label("", "title")
        self.plan_direction = label("", "muted")
        self.plan_exercises = label("")
        plan.addWidget(self.plan_heading)
        plan.addWidget(self.plan_name)
        plan.addWidget(self.plan_direction)
        plan.addWidget(self.plan_exercises)
        goal_row = QHBoxLayout()
        self.goal_bar = QProgressBar()
        self.goal_bar.setTextVisible(False)
        self.goal_bar.setFixedHeight(14)
        self.goal_bar.setAccessibleName(self.tr("Minutes exercised today"))
        self.goal_label = label("")
        self.goal_label.setWordWrap(False)
        goal_row.addWidget(self.goal_label)
        goal_row.addWidget(self.goal_bar, 1)
        plan.addLayout(goal_row)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setMinimumHeight(48)
        self.start_button.clicked.connect(self._start)
        change = QPushButton(self.tr("Choose another routine"))
        change.clicked.connect(self.routines_requested)
        check = QPushButton(self.tr("Where should I start?"))
        check.setToolTip(self.tr("Answer the direction questions again"))
        check.clicked.connect(self.direction_check_requested)
        self.checkin_button = QPushButton(self.tr("How is my back today?"))
        self.checkin_button.setToolTip(self.tr("Rate your pain and stiffness now (a check-in)"))
        self.checkin_button.clicked.connect(self.checkin_requested)
        plan.addLayout(flow_row(self.start_button, change, check, self.checkin_button))
        layout.addWidget(self.plan_card)

        tips = QGridLayout()
        tips.setSpacing(16)
        rule, rule_box = card()
        rule_box.addWidget(label(self.tr("The pain rule"), "heading"))
        self.rule_text = label("")
        rule_box.addWidget(self.rule_text)
        self._show_rule(2)
        rule_box.addStretch(1)
        habit, habit_box = card()
        habit_box.addWidget(label(self.tr("Little and often"), "heading"))
        habit_box.addWidget(
            label(
                self.tr(
                    "Pick a few exercises that suit you and keep to a regular schedule: that "
                    "is what brings results, and about 15 minutes a day has been shown to "
                    "help. Walking, cycling or swimming count too. Feeling a bit sore for a "
                    "day or two is normal."
                )
            )
        )
        habit_box.addStretch(1)
        tips.addWidget(rule, 0, 0)
        tips.addWidget(habit, 0, 1)
        layout.addLayout(tips)

        self.safety_card, safety = card("notice")
        safety_row = QHBoxLayout()
        safety_row.addWidget(
            label(
                self.tr(
                    "BackCoach does not diagnose. Some signs need urgent help now, not "
                    "exercise: numbness around the bottom or genitals, new trouble passing "
                    "urine, or weakness in the legs. Others need a doctor soon."
                )
            ),
            1,
        )
        signs_button = QPushButton(self.tr("See the warning signs"))
        signs_button.clicked.connect(self.about_requested)
        safety_row.addWidget(signs_button)
        safety.addLayout(safety_row)
        layout.addWidget(self.safety_card)
        layout.addStretch(1)

        # Where the occasional cards go (see _OCCASIONAL): before these, made at once.
        self._placed: dict[str, QWidget | QLayout] = {"plan": self.plan_card, "tips": tips}
        self._first_focus: dict[str, QWidget] = {"plan": self.start_button, "tips": signs_button}

    # --- the occasional cards, made the first time they are shown ----------------------
    def _occasional(self, name: str) -> QFrame:
        """The occasional card ``name``, made now (hidden) if it was not yet."""
        placed = self._placed.get(name)
        if placed is not None:
            assert isinstance(placed, QFrame)
            return placed
        frame, focusable = self._makers[name]()
        later = next(n for n in _OCCASIONAL[_OCCASIONAL.index(name) + 1 :] if n in self._placed)
        frame.hide()
        self._column.insertWidget(self._column.indexOf(self._placed[later]), frame)
        # Widgets made now join the window's tab chain at its end: put them where they
        # are on the page, as they were when every card was made with the page.
        # (Qt orders only after a widget that takes focus: the scroll area at the latest.)
        before = self._first_focus[later].previousInFocusChain()
        while before is not None and before.focusPolicy() == Qt.FocusPolicy.NoFocus:
            before = before.previousInFocusChain()
        assert before is not None  # the chain is a ring; the scroll area takes focus
        for widget in focusable:
            QWidget.setTabOrder(before, widget)
            before = widget
        self._placed[name] = frame
        self._first_focus[name] = focusable[0]
        return frame

    def _show_card(self, name: str, shown: bool) -> None:
        if shown or name in self._placed:
            self._occasional(name).setVisible(shown)

    @property
    def _makers(self) -> dict[str, Callable[[], tuple[QFrame, list[QWidget]]]]:
        return {
            "resume": self._make_resume,
            "care": self._make_care,
            "lighter": self._make_lighter,
            "suggestion": self._make_suggestion,
            "activities": self._make_activities,
        }

    @property
    def resume_card(self) -> QFrame:
        return self._occasional("resume")

    @property
    def care_card(self) -> QFrame:
        return self._occasional("care")

    @property
    def lighter_card(self) -> QFrame:
        return self._occasional("lighter")

    @property
    def suggestion_card(self) -> QFrame:
        return self._occasional("suggestion")

    @property
    def activities_card(self) -> QFrame:
        return self._occasional("activities")

    def _make_resume(self) -> tuple[QFrame, list[QWidget]]:
        # A session ended early a moment ago (by mistake?) can be carried on.
        frame, resume = card("notice")
        self.resume_text = label("")
        resume.addWidget(self.resume_text)
        self.resume_button = QPushButton(self.tr("Carry on with that session"))
        self.resume_button.setProperty("role", "primary")
        self.resume_button.clicked.connect(self.resume_requested)
        resume.addLayout(flow_row(self.resume_button))
        return frame, [self.resume_button]

    def _make_care(self) -> tuple[QFrame, list[QWidget]]:
        frame, care = card("notice")
        care.addWidget(label(self.tr("Please check with a clinician first"), "heading"))
        care.addWidget(
            label(
                self.tr(
                    "You told us you have one or more of the warning signs. Please speak "
                    "to a doctor or physiotherapist before you exercise. If any of the "
                    "urgent signs apply, get medical help now."
                )
            )
        )
        signs = QPushButton(self.tr("See the warning signs"))
        signs.clicked.connect(self.about_requested)
        dismiss = QPushButton(self.tr("I have checked with a clinician"))
        dismiss.clicked.connect(self.care_notice_dismissed)
        care.addLayout(flow_row(signs, dismiss))
        return frame, [signs, dismiss]

    def _make_lighter(self) -> tuple[QFrame, list[QWidget]]:
        frame, lighter = card("notice")
        lighter.addWidget(label(self.tr("A lighter session today?"), "heading"))
        lighter.addWidget(
            label(
                self.tr(
                    "Your back is more sore this morning than before yesterday's session. "
                    "Soreness for a day or two is normal; today, go a little easier: one set "
                    "fewer, shorter holds and fewer reps. Your routine itself stays as it is."
                )
            )
        )
        self.lighter_button = QPushButton(self.tr("Start the lighter session"))
        self.lighter_button.setProperty("role", "primary")
        self.lighter_button.setMinimumHeight(48)
        self.lighter_button.clicked.connect(self._start_lighter)
        lighter.addLayout(flow_row(self.lighter_button))
        return frame, [self.lighter_button]

    def _make_suggestion(self) -> tuple[QFrame, list[QWidget]]:
        frame, suggestion = card()
        self.suggestion_title = label("", "heading")
        self.suggestion_text = label("")
        suggestion.addWidget(self.suggestion_title)
        suggestion.addWidget(self.suggestion_text)
        self.accept_button = QPushButton(self.tr("Yes, change my routine"))
        self.accept_button.clicked.connect(lambda: self._answer(self.suggestion_accepted))
        self.decline_button = QPushButton(self.tr("Not now"))
        self.decline_button.setToolTip(self.tr("BackCoach will not offer this change again"))
        self.decline_button.clicked.connect(lambda: self._answer(self.suggestion_declined))
        suggestion.addLayout(flow_row(self.accept_button, self.decline_button))
        return frame, [self.accept_button, self.decline_button]

    def _make_activities(self) -> tuple[QFrame, list[QWidget]]:
        # The functional scale: a re-rating when due, and news of a real improvement.
        frame, activities = card()
        self.activities_title = label("", "heading")
        self.activities_text = label("")
        activities.addWidget(self.activities_title)
        activities.addWidget(self.activities_text)
        self.activities_button = QPushButton(self.tr("Rate my activities"))
        self.activities_button.setToolTip(self.tr("One short screen, about a minute"))
        self.activities_button.clicked.connect(self.activities_requested)
        self.activities_later = QPushButton(self.tr("Not now"))
        self.activities_later.setToolTip(self.tr("Ask again in a few days"))
        self.activities_later.clicked.connect(self.activities_snoozed)
        activities.addLayout(flow_row(self.activities_button, self.activities_later))
        return frame, [self.activities_button, self.activities_later]

    def _show_rule(self, threshold: int) -> None:
        self.rule_text.setText(
            self.tr(
                "Before you start, rate your pain from 0 (none) to 10 (the worst you can "
                "imagine). If it rises %s or more while you exercise, stop, rest and let it "
                "settle. Some discomfort is fine: it does not mean harm."
            )
            % points(threshold)
        )

    def show_resume(self, routine_name: str | None, minutes_left: int = 0) -> None:
        """Offer to carry on with a session ended early (None: nothing to offer)."""
        self._show_card("resume", routine_name is not None)
        if routine_name is not None:
            self.resume_text.setText(
                self.tr(
                    "You ended “%s” early. Ended by mistake? You can carry on where you "
                    "stopped for about %d more minutes."
                )
                % (routine_name, minutes_left)
            )

    def show_activities(self, due: bool, news: str) -> None:
        """The functional scale's card: ``due`` offers the re-rating; ``news`` is a
        sentence about a real improvement ("" for none). Hidden when neither applies."""
        self._show_card("activities", due or bool(news))
        if not (due or news):
            return
        self.activities_button.setVisible(due)
        self.activities_later.setVisible(due)
        if due:
            self.activities_title.setText(self.tr("Time to rate your activities again"))
            text = self.tr(
                "It has been about two weeks: how well can you do the activities you named? "
                "It helps you and your physiotherapist see what has changed."
            )
            self.activities_text.setText(f"{news}\n\n{text}" if news else text)
        else:
            self.activities_title.setText(self.tr("What you can do again"))
            self.activities_text.setText(news)

    def _answer(self, signal: SignalInstance) -> None:
        """The suggestion's buttons show only with a suggestion on the card."""
        assert self.state is not None
        signal.emit(self.state.suggestion)

    def set_state(self, state: HomeState) -> None:
        self.state = state
        self.greeting.setText(
            self.tr("Welcome back") if state.returning else self.tr("Welcome to BackCoach")
        )
        self.first_steps.setVisible(not state.returning and state.routine is not None)
        self._show_rule(state.threshold)
        self._show_card("care", state.onboarding.show_care_notice)
        self.safety_card.setVisible(not state.onboarding.show_care_notice)

        routine = state.routine
        self.start_button.setEnabled(routine is not None and len(routine) > 0)
        if routine is None:
            self.plan_heading.setText(self.tr("Today"))
            self.plan_name.setText(self.tr("No routine chosen yet"))
            self.plan_direction.setText(
                self.tr("Answer a few questions to get a starter plan, or make your own.")
            )
            self.plan_exercises.setText("")
        else:
            minutes = words.duration(estimated_seconds(routine, self.catalogue))
            self.plan_heading.setText(self.tr("Today's routine · %s") % minutes)
            self.plan_name.setText(routine.name)
            self.plan_direction.setText(
                dw.title(state.direction.direction) if state.direction else ""
            )
            names = [self.catalogue.get(i).name for i in routine.exercise_ids()]
            equipment = equipment_text(routine, self.catalogue)
            self.plan_exercises.setText(" → ".join(names) + (f"\n{equipment}" if equipment else ""))
        done = round(state.minutes_today)  # rounded as the summary and Progress round
        # QProgressBar.setValue paints at once (repaint()) on a shown window: at start that
        # painted all of Home before its texts were set (~3.5 ms). With updates off it is
        # painted with the rest of the page at the next paint.
        self.goal_bar.setUpdatesEnabled(False)
        self.goal_bar.setRange(0, state.goal_min)
        self.goal_bar.setValue(min(done, state.goal_min))
        self.goal_bar.setUpdatesEnabled(True)
        if done >= state.goal_min:
            self.goal_label.setText(
                self.tr("%d minutes today: daily goal reached. Well done!") % done
            )
        else:
            self.goal_label.setText(self.tr("%d of %d minutes today") % (done, state.goal_min))

        self._show_card("lighter", state.lighter is not None)
        suggestion = state.suggestion
        self._show_card("suggestion", suggestion is not None)
        if suggestion is not None:
            self.suggestion_title.setText(suggestion.title)
            self.suggestion_text.setText(suggestion.text)

    def _start_lighter(self) -> None:
        if self.state is not None and self.state.lighter is not None:
            self.lighter_requested.emit(self.state.lighter)

    def _start(self) -> None:
        if self.state is not None and self.state.routine is not None:
            self.start_requested.emit(self.state.routine)
