"""The direction check: every combination of answers gets the documented, honest result."""

from __future__ import annotations

import dataclasses
import json
from itertools import product

import pytest

from backcoach.domain.direction_check import (
    CHOSEN_BY_CHECK,
    CHOSEN_BY_USER,
    EASED_BY_FLEXING,
    EASED_BY_NEITHER,
    EASED_BY_UPRIGHT,
    EXTENSION,
    FLEXION,
    MOBILITY,
    NO,
    NOT_SURE,
    PLAN_FOR_DIRECTION,
    QUESTIONS,
    YES,
    Answers,
    DirectionChoice,
    assess,
    chosen_by_hand,
    parse,
    serialise,
)

YES_NO = (YES, NO, NOT_SURE)
EASES = (EASED_BY_FLEXING, EASED_BY_UPRIGHT, EASED_BY_NEITHER)
ALL_ANSWERS = [
    Answers(sitting=s, bending=b, standing=st, arching=a, eases=e)
    for s, b, st, a, e in product(YES_NO, YES_NO, YES_NO, YES_NO, EASES)
]


def _id(answers: Answers) -> str:
    return "-".join(str(v) for v in dataclasses.astuple(answers))


def expected(answers: Answers) -> str:
    """The rule as CLINICAL.md section 5 and the brief state it, written out independently.

    A sign is a 'yes' (or the matching 'eases it' choice); 'no' and 'not sure' weigh
    nothing. A direction needs 2+ signs and a lead of 2+ over the other; else mobility.
    """
    toward_extension = [
        answers.sitting == YES,  # flexion-provoked
        answers.bending == YES,  # flexion-provoked
        answers.eases == EASED_BY_UPRIGHT,  # eased by standing, walking, lying prone
    ].count(True)
    toward_flexion = [
        answers.standing == YES,  # extension-provoked
        answers.arching == YES,  # extension-provoked
        answers.eases == EASED_BY_FLEXING,  # eased by sitting or bending
    ].count(True)
    if toward_extension >= 2 and toward_extension - toward_flexion >= 2:
        return EXTENSION
    if toward_flexion >= 2 and toward_flexion - toward_extension >= 2:
        return FLEXION
    return MOBILITY


def mirrored(answers: Answers) -> Answers:
    """The same answers with the two directions swapped."""
    swap_eases = {
        EASED_BY_FLEXING: EASED_BY_UPRIGHT,
        EASED_BY_UPRIGHT: EASED_BY_FLEXING,
        EASED_BY_NEITHER: EASED_BY_NEITHER,
    }
    return Answers(
        sitting=answers.standing,
        bending=answers.arching,
        standing=answers.sitting,
        arching=answers.bending,
        eases=swap_eases[answers.eases],
    )


def test_the_table_covers_every_combination_of_answers():
    assert len(ALL_ANSWERS) == 3**4 * 3
    assert len(set(ALL_ANSWERS)) == len(ALL_ANSWERS)


@pytest.mark.parametrize("answers", ALL_ANSWERS, ids=_id)
def test_every_combination_gets_the_direction_the_rule_gives(answers):
    result = assess(answers)
    assert result.direction == expected(answers)
    assert result.plan_id == PLAN_FOR_DIRECTION[result.direction]


@pytest.mark.parametrize("answers", ALL_ANSWERS, ids=_id)
def test_every_explanation_is_one_or_two_sentences_naming_each_counted_answer(answers):
    result = assess(answers)
    text = result.explanation
    assert text.endswith(".")
    assert 1 <= text.count(". ") + 1 <= 2
    assert len(text) <= 400
    phrases = {
        "sitting": "sitting",
        "bending": "bending forward",
        "standing": "standing or walking",
        "arching": "arching backwards",
    }
    for key, phrase in phrases.items():
        if getattr(answers, key) == YES:
            assert phrase in text, (key, text)
    if answers.eases == EASED_BY_UPRIGHT:
        assert "lying on your front eases it" in text
    if answers.eases == EASED_BY_FLEXING:
        assert "sitting down or bending forward eases it" in text


@pytest.mark.parametrize("answers", ALL_ANSWERS, ids=_id)
def test_not_sure_weighs_exactly_as_much_as_no(answers):
    as_no = Answers(
        **{
            key: (NO if value == NOT_SURE else value)
            for key, value in dataclasses.asdict(answers).items()
        }
    )
    assert assess(as_no) == assess(answers)


@pytest.mark.parametrize("answers", ALL_ANSWERS, ids=_id)
def test_swapping_the_directions_in_the_answers_swaps_the_result(answers):
    swap = {EXTENSION: FLEXION, FLEXION: EXTENSION, MOBILITY: MOBILITY}
    result, mirror = assess(answers), assess(mirrored(answers))
    assert mirror.direction == swap[result.direction]
    assert (mirror.extension_signs, mirror.flexion_signs) == (
        result.flexion_signs,
        result.extension_signs,
    )


@pytest.mark.parametrize("answers", ALL_ANSWERS, ids=_id)
def test_one_more_sign_for_the_suggested_direction_never_changes_it(answers):
    result = assess(answers)
    if result.direction == EXTENSION:
        stronger = dataclasses.replace(answers, sitting=YES, bending=YES)
    elif result.direction == FLEXION:
        stronger = dataclasses.replace(answers, standing=YES, arching=YES)
    else:
        return
    assert assess(stronger).direction == result.direction


def test_each_direction_is_reachable_and_the_two_starts_are_equally_likely():
    directions = [assess(a).direction for a in ALL_ANSWERS]
    assert directions.count(EXTENSION) == directions.count(FLEXION) > 0
    assert directions.count(MOBILITY) > 0


NAMED_EXAMPLES = [
    # (name, answers, direction)
    (
        "classic flexion-provoked pain starts with extension",
        Answers(sitting=YES, bending=YES, standing=NO, arching=NO, eases=EASED_BY_UPRIGHT),
        EXTENSION,
    ),
    (
        "classic extension-provoked pain starts with flexion",
        Answers(sitting=NO, bending=NO, standing=YES, arching=YES, eases=EASED_BY_FLEXING),
        FLEXION,
    ),
    (
        "sitting worse and eased by walking is enough for extension",
        Answers(sitting=YES, eases=EASED_BY_UPRIGHT),
        EXTENSION,
    ),
    (
        "arching worse and eased by sitting is enough for flexion",
        Answers(arching=YES, eases=EASED_BY_FLEXING),
        FLEXION,
    ),
    ("one sign alone is not enough", Answers(sitting=YES), MOBILITY),
    ("all not sure gives no clear preference", Answers(), MOBILITY),
    (
        "all no gives no clear preference",
        Answers(sitting=NO, bending=NO, standing=NO, arching=NO),
        MOBILITY,
    ),
    (
        "everything worse is conflicting",
        Answers(sitting=YES, bending=YES, standing=YES, arching=YES),
        MOBILITY,
    ),
    (
        "worse with sitting but eased by sitting is conflicting",
        Answers(sitting=YES, bending=YES, eases=EASED_BY_FLEXING),
        MOBILITY,
    ),
    (
        "three signs against one is still a clear lead",
        Answers(sitting=YES, bending=YES, arching=YES, eases=EASED_BY_UPRIGHT),
        EXTENSION,
    ),
    (
        "three signs against two is not a clear lead",
        Answers(sitting=YES, bending=YES, standing=YES, arching=YES, eases=EASED_BY_UPRIGHT),
        MOBILITY,
    ),
]


@pytest.mark.parametrize(
    ("answers", "direction"),
    [(a, d) for _, a, d in NAMED_EXAMPLES],
    ids=[name for name, _, _ in NAMED_EXAMPLES],
)
def test_named_example(answers, direction):
    assert assess(answers).direction == direction


def test_extension_explanation_gives_the_reasoning_in_plain_words():
    result = assess(Answers(sitting=YES, bending=YES, eases=EASED_BY_UPRIGHT))
    assert result.explanation == (
        "You said sitting and bending forward make it worse, and standing, walking or lying "
        "on your front eases it. That usually means your back prefers arching gently "
        "backwards, so we suggest starting with extension exercises."
    )
    assert result.plan_id == "extension-start"


def test_a_clear_lead_with_one_opposite_sign_says_so_and_advises_going_gently():
    result = assess(Answers(sitting=YES, bending=YES, arching=YES, eases=EASED_BY_UPRIGHT))
    assert "although arching backwards makes it worse too" in result.explanation
    assert "gently" in result.explanation


def test_conflicting_answers_are_explained_as_pointing_both_ways():
    result = assess(Answers(sitting=YES, arching=YES))
    assert "both ways" in result.explanation
    assert result.plan_id == "rotation-mobility"


def test_questions_cover_every_answer_field_with_plain_options():
    fields = [f.name for f in dataclasses.fields(Answers)]
    assert [q.key for q in QUESTIONS] == fields
    assert 3 <= len(QUESTIONS) <= 5
    for question in QUESTIONS:
        assert question.text.endswith("?")
        assert question.options and all(o.label for o in question.options)
    eases = QUESTIONS[-1]
    assert set(eases.values()) == set(EASES)


def test_answers_refuse_a_value_that_is_not_an_option():
    with pytest.raises(ValueError, match="sitting"):
        Answers(sitting="maybe")
    with pytest.raises(ValueError, match="eases"):
        Answers(eases=YES)


@pytest.mark.parametrize("direction", [EXTENSION, FLEXION, MOBILITY])
def test_a_direction_chosen_by_hand_says_the_user_chose_it(direction):
    result = chosen_by_hand(direction)
    assert result.direction == direction
    assert result.plan_id == PLAN_FOR_DIRECTION[direction]
    assert result.explanation.startswith("You chose")


def test_chosen_by_hand_refuses_an_unknown_direction():
    with pytest.raises(ValueError, match="direction"):
        chosen_by_hand("sideways")


def test_changing_by_hand_keeps_the_answers_and_records_the_user_as_chooser():
    answers = Answers(sitting=YES, bending=YES)
    choice = DirectionChoice.from_check(answers)
    assert (choice.direction, choice.chosen_by) == (EXTENSION, CHOSEN_BY_CHECK)
    assert choice.result() == assess(answers)
    changed = choice.changed_by_hand(MOBILITY)
    assert (changed.direction, changed.chosen_by, changed.answers) == (
        MOBILITY,
        CHOSEN_BY_USER,
        answers,
    )
    assert changed.result().explanation.startswith("You chose")


@pytest.mark.parametrize(
    "choice",
    [
        DirectionChoice.from_check(Answers(standing=YES, arching=YES)),
        DirectionChoice.from_check(Answers()),
        DirectionChoice(EXTENSION, CHOSEN_BY_USER, None),
        DirectionChoice(FLEXION, CHOSEN_BY_USER, Answers(sitting=YES)),
    ],
)
def test_serialise_gives_plain_json_that_parses_back_to_the_same_choice(choice):
    data = serialise(choice)
    assert json.loads(json.dumps(data)) == data
    assert parse(data) == choice


def test_serialised_choice_spells_out_the_fields_the_store_keeps():
    data = serialise(DirectionChoice.from_check(Answers(sitting=YES, bending=YES)))
    assert data == {
        "version": 1,
        "direction": "extension",
        "chosen_by": "check",
        "answers": {
            "sitting": "yes",
            "bending": "yes",
            "standing": "not-sure",
            "arching": "not-sure",
            "eases": "neither",
        },
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"version": 2}, "version"),
        ({"direction": "sideways"}, "direction"),
        ({"chosen_by": "robot"}, "chosen_by"),
        ({"chosen_by": "check", "answers": None}, "answers"),
        ({"answers": {"sitting": "yes"}}, "answers"),
        ({"answers": "yes"}, "answers"),
    ],
)
def test_parse_refuses_a_broken_record_naming_the_field(change, message):
    data = serialise(DirectionChoice.from_check(Answers(sitting=YES)))
    data.update(change)
    with pytest.raises(ValueError, match=message):
        parse(data)


def test_parse_refuses_an_answer_value_that_is_not_an_option():
    data = serialise(DirectionChoice.from_check(Answers()))
    data["answers"]["arching"] = "often"
    with pytest.raises(ValueError, match="arching"):
        parse(data)


def test_a_stored_check_result_keeps_its_direction_even_if_the_rule_now_reads_it_otherwise():
    # E.g. stored by an older version whose rule read these answers as extension.
    choice = DirectionChoice(EXTENSION, CHOSEN_BY_CHECK, Answers(sitting=YES))
    result = choice.result()
    assert result.direction == EXTENSION
    assert result.plan_id == "extension-start"
    assert result.explanation.startswith("Your earlier answers suggested")
