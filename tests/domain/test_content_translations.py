"""Translated content: French and Spanish complete, and the strict overlay checks.

The English files are the source; ``<name>.<lang>.toml`` beside each carries the words.
A missing, extra or reshaped text must fail with a message naming the file, the entry
(exercise, plan or section), the field and the language.
"""

from __future__ import annotations

import copy
import re
import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcoach import resources
from backcoach.domain.catalog import (
    MAX_CUE_LENGTH,
    TRANSLATED_FIELDS,
    CatalogueError,
    load_catalogue,
    translate_catalogue,
)
from backcoach.domain.content_overlay import overlay_file_name, placeholders
from backcoach.domain.evidence import EvidenceError, load_evidence, translate_evidence_data
from backcoach.domain.language import LANGUAGES, SOURCE
from backcoach.domain.pain_rule import POINTS_PLACEHOLDER, with_threshold
from backcoach.domain.routines import RoutineError, load_starter_plans, translate_plans

TRANSLATED = [language for language in LANGUAGES if language != SOURCE]
# Names that are the same word in the other language (proper names, borrowed terms).
SAME_IN_TRANSLATION = {"Jefferson curl", "Bird-dog"}


@pytest.fixture(scope="module")
def english():
    return load_catalogue()


def _overlay(name: str, language: str) -> dict[str, Any]:
    path = resources.path(overlay_file_name(name, language))
    with path.open("rb") as handle:
        return tomllib.load(handle)


def _all_texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple | list):
        return [text for item in value for text in _all_texts(item)]
    return []


# --- every language complete --------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_exercise_is_translated_in_every_field(english, language) -> None:
    translated = load_catalogue(language=language)
    assert translated.language == language
    assert translated.ids() == english.ids()
    for source, words in zip(english, translated, strict=True):
        # Everything but the words is the English exercise's.
        assert (words.dose, words.images, words.easier, words.harder) == (
            source.dose,
            source.images,
            source.easier,
            source.harder,
        )
        assert list(words.variant_images.values()) == list(source.variant_images.values())
        for name in TRANSLATED_FIELDS:
            mine, theirs = getattr(words, name), getattr(source, name)
            if name == "name" and theirs in SAME_IN_TRANSLATION:
                continue
            assert mine != theirs, (language, source.id, name)
            for text in _all_texts(mine):
                assert placeholders(text) == placeholders(
                    _all_texts(theirs)[_all_texts(mine).index(text)]
                )
        assert len(words.cue) <= MAX_CUE_LENGTH


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_pain_rule_caution_keeps_its_placeholder(english, language) -> None:
    translated = load_catalogue(language=language)
    for source, words in zip(english, translated, strict=True):
        english_rule = [c for c in source.cautions if POINTS_PLACEHOLDER in c]
        translated_rule = [c for c in words.cautions if POINTS_PLACEHOLDER in c]
        assert len(english_rule) == len(translated_rule) == 1, source.id
        filled = with_threshold(translated_rule[0], 3, language)
        assert POINTS_PLACEHOLDER not in filled
        assert ("3 puntos" if language == "es" else "3 points") in filled


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_starter_plan_is_named_and_described(english, language) -> None:
    plans = load_starter_plans(english)
    translated = load_starter_plans(load_catalogue(language=language))
    assert [p.id for p in translated] == [p.id for p in plans]
    for source, words in zip(plans, translated, strict=True):
        assert words.items == source.items and words.direction == source.direction
        assert words.name != source.name and words.description != source.description


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_evidence_and_warning_signs_are_complete(language) -> None:
    source, words = load_evidence(), load_evidence(language=language)
    for name in ("is_", "is_not", "key_points", "emergency", "soon"):
        assert len(getattr(words, name)) == len(getattr(source, name)), name
        for mine, theirs in zip(getattr(words, name), getattr(source, name), strict=True):
            assert mine != theirs and placeholders(mine) == placeholders(theirs)
    for name in ("red_flag_intro", "emergency_title", "soon_title"):
        assert getattr(words, name) != getattr(source, name)
    # The references stay as published; what each one backs is translated.
    assert [s.text for s in words.sources] == [s.text for s in source.sources]
    assert all(w.used_for != s.used_for for w, s in zip(words.sources, source.sources, strict=True))


def test_the_emergency_signs_use_the_health_services_words() -> None:
    french, spanish = load_evidence(language="fr"), load_evidence(language="es")
    assert "queue de cheval" in french.sources[-1].used_for
    assert "cola de caballo" in spanish.sources[-1].used_for
    assert any("urines ou des selles" in item for item in french.emergency)
    assert any("controlar la orina o las heces" in item for item in spanish.emergency)
    assert any("silla de montar" in item for item in spanish.emergency)
    assert "urgente" in french.emergency_title and "urgencias" in spanish.emergency_title


def test_french_texts_keep_a_no_break_space_before_double_punctuation() -> None:
    """French typography: 'exemple : ...' must not break before the colon."""
    for name in ("exercises.toml", "plans.toml", "evidence.toml"):
        text = resources.path(overlay_file_name(name, "fr")).read_text(encoding="utf-8")
        strings = re.findall(r'"([^"\n]*)"', text)
        bad = [s for s in strings if re.search(r"(?:\S[:;!?])|(?: [:;!?])", s)]
        assert not bad, (name, bad[:3])


def test_english_is_the_source_and_needs_no_file(english) -> None:
    assert load_catalogue(language="en") == english
    assert english.language == "en"


# --- the strict checks ---------------------------------------------------------------------


def _translate(english, overlay: dict[str, Any]):
    return translate_catalogue(english, overlay, "fr", "exercises.fr.toml")


@pytest.fixture(scope="module")
def french_overlay():
    return _overlay("exercises.toml", "fr")


def _expect(error: type[Exception], *words: str):
    pattern = ".*".join(re.escape(w) for w in words)
    return pytest.raises(error, match=pattern)


def test_a_missing_field_names_the_exercise_field_and_language(english, french_overlay) -> None:
    overlay = copy.deepcopy(french_overlay)
    del overlay["plank"]["cue"]
    with _expect(CatalogueError, "exercises.fr.toml", "exercise 'plank'", "field 'cue'", "(fr)"):
        _translate(english, overlay)


def test_an_extra_field_names_the_exercise_field_and_language(english, french_overlay) -> None:
    overlay = copy.deepcopy(french_overlay)
    overlay["bird-dog"]["sets"] = 3  # not a text: a translation cannot change the dose
    with _expect(CatalogueError, "exercise 'bird-dog'", "field 'sets'", "French (fr)"):
        _translate(english, overlay)


def test_a_missing_or_unknown_exercise_is_named(english, french_overlay) -> None:
    overlay = copy.deepcopy(french_overlay)
    del overlay["sit-up"]
    with _expect(CatalogueError, "exercise 'sit-up'", "(fr)", "missing"):
        _translate(english, overlay)
    overlay = copy.deepcopy(french_overlay)
    overlay["handstand"] = dict(overlay["plank"])
    with _expect(CatalogueError, "exercise 'handstand'", "(fr)", "no exercise"):
        _translate(english, overlay)


def test_a_list_of_another_length_is_an_error(english, french_overlay) -> None:
    overlay = copy.deepcopy(french_overlay)
    overlay["plank"]["steps"] = overlay["plank"]["steps"][:-1]
    with _expect(CatalogueError, "exercise 'plank'", "field 'steps'", "(fr)", "has 4 entries"):
        _translate(english, overlay)


def test_a_lost_or_changed_placeholder_is_an_error(english, french_overlay) -> None:
    overlay = copy.deepcopy(french_overlay)
    overlay["plank"]["cautions"][-1] = overlay["plank"]["cautions"][-1].replace("{points}", "2")
    with _expect(CatalogueError, "exercise 'plank'", "field 'cautions'", "(fr)", "{points}"):
        _translate(english, overlay)
    overlay = copy.deepcopy(french_overlay)
    overlay["plank"]["cautions"][-1] = overlay["plank"]["cautions"][-1].replace(
        "{points}", "{points_fr}"
    )
    with _expect(CatalogueError, "field 'cautions'", "entry 3", "placeholders"):
        _translate(english, overlay)


def test_an_empty_or_too_long_text_is_an_error(english, french_overlay) -> None:
    overlay = copy.deepcopy(french_overlay)
    overlay["plank"]["summary"] = "  "
    with _expect(CatalogueError, "exercise 'plank'", "field 'summary'", "non-empty"):
        _translate(english, overlay)
    overlay = copy.deepcopy(french_overlay)
    overlay["plank"]["cue"] = "x" * (MAX_CUE_LENGTH + 1)
    with _expect(CatalogueError, "exercise 'plank'", "field 'cue'", "at most 70"):
        _translate(english, overlay)


def test_variant_labels_are_translated_exactly(english, french_overlay) -> None:
    overlay = copy.deepcopy(french_overlay)
    del overlay["plank"]["variants"]
    with _expect(CatalogueError, "exercise 'plank'", "field 'variants'", "missing"):
        _translate(english, overlay)
    overlay = copy.deepcopy(french_overlay)
    overlay["plank"]["variants"] = {"On a table": "Sur une table"}
    with _expect(CatalogueError, "exercise 'plank'", "field 'variants'", "'On a table'"):
        _translate(english, overlay)
    overlay = copy.deepcopy(french_overlay)
    overlay["sit-up"]["variants"] = {"On the floor": "Au sol"}
    with _expect(CatalogueError, "exercise 'sit-up'", "field 'variants'", "has none"):
        _translate(english, overlay)


def test_a_missing_translation_file_names_it_and_the_language(tmp_path: Path) -> None:
    shutil.copy(resources.catalogue_path(), tmp_path / "exercises.toml")
    with _expect(CatalogueError, "Spanish (es)", "exercises.es.toml", "missing"):
        load_catalogue(tmp_path / "exercises.toml", language="es")
    (tmp_path / "exercises.es.toml").write_text("[plank\n", encoding="utf-8")
    with _expect(CatalogueError, "exercises.es.toml", "not valid TOML"):
        load_catalogue(tmp_path / "exercises.toml", language="es")


def test_plan_translations_are_checked_as_strictly(english) -> None:
    plans = load_starter_plans(english)
    overlay = _overlay("plans.toml", "es")
    broken = copy.deepcopy(overlay)
    del broken["flexion-start"]["description"]
    with _expect(RoutineError, "plans.es.toml", "plan 'flexion-start'", "field 'description'"):
        translate_plans(plans, broken, "es", "plans.es.toml")
    broken = copy.deepcopy(overlay)
    broken["stronger-back"]["items"] = []
    with _expect(RoutineError, "plan 'stronger-back'", "field 'items'", "Spanish (es)"):
        translate_plans(plans, broken, "es", "plans.es.toml")
    broken = copy.deepcopy(overlay)
    broken["stronger-back"]["name"] = "x" * 61
    with _expect(RoutineError, "plan 'stronger-back'", "field 'name'", "at most 60"):
        translate_plans(plans, broken, "es", "plans.es.toml")


def test_evidence_translations_are_checked_as_strictly() -> None:
    with resources.path("evidence.toml").open("rb") as handle:
        data = tomllib.load(handle)
    overlay = _overlay("evidence.toml", "fr")
    broken = copy.deepcopy(overlay)
    broken["red_flags"]["emergency"]["items"].pop()
    with _expect(
        EvidenceError, "evidence.fr.toml", "section 'red_flags.emergency'", "field 'items'", "(fr)"
    ):
        translate_evidence_data(data, broken, "fr", "evidence.fr.toml")
    broken = copy.deepcopy(overlay)
    broken["about"]["key_points"][2] = "Notez votre douleur."  # the {points} rule lost
    with _expect(EvidenceError, "section 'about'", "field 'key_points'", "entry 3", "{points}"):
        translate_evidence_data(data, broken, "fr", "evidence.fr.toml")
    broken = copy.deepcopy(overlay)
    broken["source"].pop()
    with _expect(EvidenceError, "section 'source'", "has 10", "English has 11"):
        translate_evidence_data(data, broken, "fr", "evidence.fr.toml")
    broken = copy.deepcopy(overlay)
    broken["source"][0]["text"] = "Une autre référence"
    with _expect(EvidenceError, "source 1", "field 'text'", "(fr)"):
        translate_evidence_data(data, broken, "fr", "evidence.fr.toml")


def test_the_english_files_name_no_language_of_their_own() -> None:
    """The source stays the source: no translation file for English."""
    for name in ("exercises.toml", "plans.toml", "evidence.toml"):
        assert not resources.path(overlay_file_name(name, SOURCE)).exists()


# --- the same, for any exercise and field (hypothesis) -------------------------------------

_BREAKS = ("drop", "empty", "extra entry", "lose placeholder", "wrong type")


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), language=st.sampled_from(TRANSLATED), how=st.sampled_from(_BREAKS))
def test_any_broken_text_is_named_by_exercise_field_and_language(english, data, language, how):
    overlay = copy.deepcopy(_overlay("exercises.toml", language))
    exercise = data.draw(st.sampled_from(english.ids()))
    field = data.draw(st.sampled_from(TRANSLATED_FIELDS))
    entry = overlay[exercise]
    value = entry[field]
    if how == "drop":
        del entry[field]
    elif how == "empty":
        entry[field] = "" if isinstance(value, str) else [*value[:-1], " "] if value else [""]
    elif how == "extra entry":
        entry[field] = [value, "de plus"] if isinstance(value, str) else [*value, "de plus"]
    elif how == "wrong type":
        entry[field] = 42
    else:
        texts = [value] if isinstance(value, str) else list(value)
        if not any(POINTS_PLACEHOLDER in t for t in texts):
            texts = [*texts[:-1], texts[-1] + " {points}"] if texts else ["{points}"]
        else:
            texts = [t.replace(POINTS_PLACEHOLDER, "2 points") for t in texts]
        entry[field] = texts[0] if isinstance(value, str) else texts
    with pytest.raises(CatalogueError) as caught:
        translate_catalogue(english, overlay, language, f"exercises.{language}.toml")
    message = str(caught.value)
    assert f"exercise '{exercise}'" in message
    assert f"field '{field}'" in message
    assert f"({language})" in message
