"""The direction check worded for the screen (ui/onboarding/direction_words.py) reads, in
English, exactly as the domain words it, for every combination of answers; in French and
Spanish it is whole sentences in that language."""

from __future__ import annotations

import itertools

import pytest

from backcoach.domain import direction_check as dc
from backcoach.ui.onboarding import direction_words as dw


def every_answer_combination():
    yes_no = (dc.YES, dc.NO, dc.NOT_SURE)
    eases = (dc.EASED_BY_FLEXING, dc.EASED_BY_UPRIGHT, dc.EASED_BY_NEITHER)
    for sitting, bending, standing, arching, eased in itertools.product(
        yes_no, yes_no, yes_no, yes_no, eases
    ):
        yield dc.Answers(sitting, bending, standing, arching, eased)


def test_in_english_every_result_reads_as_the_domain_words_it() -> None:
    for answers in every_answer_combination():
        result = dc.assess(answers)
        assert result.reason in dc.REASONS
        assert dw.explanation(result) == result.explanation, answers
        assert dw.title(result.direction) == result.title
    for direction in dc.DIRECTIONS:
        chosen = dc.chosen_by_hand(direction)
        assert dw.explanation(chosen) == chosen.explanation
        earlier = dc.DirectionChoice(direction, "check", dc.Answers()).result()
        assert dw.explanation(earlier) == earlier.explanation


def test_the_questions_and_answers_are_the_domains() -> None:
    assert dw.text(dw.INTRO) == dc.INTRO
    for question in dc.QUESTIONS:
        assert dw.text(dw.QUESTIONS[question.key]) == question.text
        for option in question.options:
            assert dw.text(dw.OPTIONS[option.value]) == option.label


@pytest.mark.parametrize(
    ("language", "start"),
    [
        ("fr", "Vous avez dit que rester assis et se pencher en avant l'aggravent"),
        ("es", "Ha dicho que estar sentado y doblarse hacia delante la empeoran"),
    ],
)
def test_in_french_and_spanish_the_reasoning_is_in_that_language(qapp, language, start) -> None:
    from backcoach.ui.translation import Translations

    translations = Translations(qapp)
    try:
        translations.apply(language)
        answers = dc.Answers(sitting=dc.YES, bending=dc.YES, eases=dc.EASED_BY_UPRIGHT)
        assert dw.explanation(dc.assess(answers)).startswith(start)
    finally:
        translations.apply("en")
