"""Which language BackCoach speaks: a choice, or the computer's languages resolved."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from backcoach.domain.language import CHOICES, LANGUAGES, SOURCE, SYSTEM, primary, resolve


def test_a_chosen_language_wins_over_the_computer() -> None:
    assert resolve("es", ["fr-FR", "en-GB"]) == "es"
    assert resolve("en", ["fr-FR"]) == "en"
    assert resolve("fr", []) == "fr"


def test_following_the_computer_takes_its_first_language_we_have() -> None:
    assert resolve(SYSTEM, ["fr-CA", "en-US"]) == "fr"
    assert resolve(SYSTEM, ["de-DE", "es-419", "fr-FR"]) == "es"
    assert resolve(SYSTEM, ["es_ES"]) == "es"
    assert resolve(SYSTEM, ["de-DE", "it"]) == SOURCE
    assert resolve(SYSTEM, ["C"]) == SOURCE  # a bare POSIX locale
    assert resolve(SYSTEM, []) == SOURCE


def test_primary_subtags() -> None:
    assert primary("fr-CA") == "fr"
    assert primary("es_419") == "es"
    assert primary("EN") == "en"


def test_the_choices_are_system_then_every_language() -> None:
    assert (SYSTEM, *LANGUAGES) == CHOICES
    assert LANGUAGES[0] == SOURCE == "en"


tags = st.lists(
    st.one_of(
        st.sampled_from(["fr-FR", "es-ES", "en-GB", "de-DE", "C", "pt_BR", "ja"]),
        st.text(max_size=12),
    ),
    max_size=5,
)


@given(st.one_of(st.sampled_from(CHOICES), st.text(max_size=8)), tags)
def test_the_result_is_always_a_language_we_ship(choice: str, ui_languages: list[str]) -> None:
    result = resolve(choice, ui_languages)
    assert result in LANGUAGES
    if choice in LANGUAGES:
        assert result == choice
    else:
        shipped = [primary(t) for t in ui_languages if primary(t) in LANGUAGES]
        assert result == (shipped[0] if shipped else SOURCE)
