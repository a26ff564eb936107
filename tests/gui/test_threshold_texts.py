"""With the pain rule's threshold set to 3, nothing the user sees says "2 points": every
screen and session phase of the review tour, every exercise's cautions, the evidence
page and the catalogue texts (docs/clinical-rules.md: every statement of the rule shows
the value in force)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTextEdit, QWidget

from backcoach import resources
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.evidence import load_evidence
from backcoach.domain.pain_rule import POINTS_PLACEHOLDER, with_threshold
from backcoach.services import settings
from backcoach.ui.application import build_main_window
from backcoach.ui.review import review_tour

FIXED_TWO = re.compile(r"\b2 points?\b|\b2 or more\b|2-point|two points", re.IGNORECASE)


def _texts(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QTextEdit):
            found.append(widget.toPlainText())
    return found


def test_no_screen_says_2_points_when_the_threshold_is_3(qtbot, ready_store) -> None:
    settings.save(ready_store, "pain_threshold", 3)
    window = build_main_window(ready_store.data_dir, ready_store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    seen_three = False
    for name in review_tour(window):
        QApplication.processEvents()
        for text in _texts(window):
            assert not FIXED_TWO.search(text), f"{name}: {text!r}"
            seen_three = seen_three or "3 points" in text
    assert seen_three, "the threshold in force is stated somewhere"

    browser = window.show_screen("exercises")
    for exercise in window.context.catalogue:
        browser.detail.show_exercise(exercise)
        QApplication.processEvents()
        cautions = browser.detail.ui.cautionsLabel.text()
        assert not FIXED_TWO.search(cautions), exercise.id
        assert POINTS_PLACEHOLDER not in cautions


def test_catalogue_and_evidence_texts_use_the_placeholder_not_a_number() -> None:
    catalogue = load_catalogue(resources.catalogue_path())
    evidence = load_evidence()
    texts = [t for e in catalogue for t in (*e.cautions, *e.steps, e.summary, e.cue)]
    texts += [*evidence.key_points, *evidence.is_, *evidence.is_not]
    assert any(POINTS_PLACEHOLDER in t for t in texts)
    for text in texts:
        assert not FIXED_TWO.search(text), text
        assert not FIXED_TWO.search(with_threshold(text, 3))
        assert "3 points" in with_threshold(text, 3) or POINTS_PLACEHOLDER not in text


def test_homes_safety_card_keeps_the_urgency_of_the_emergency_signs(qtbot) -> None:
    from backcoach.ui.home.home_page import HomePage

    page = HomePage(load_catalogue(resources.catalogue_path()))
    qtbot.addWidget(page)
    texts = [label.text() for label in page.safety_card.findChildren(QLabel)]
    assert any("urgent help now" in t for t in texts)
    assert not any("need a doctor before you" in t for t in texts)
