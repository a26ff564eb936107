"""Averages on Progress and the activity scores are written with the decimal mark of the
language in use: 4.3 in English, 4,3 in French and Spanish (as the report writes them)."""

from __future__ import annotations

import pytest

from backcoach.ui.function_scale import scale_texts
from backcoach.ui.progress import effect_bars, progress_texts


@pytest.mark.parametrize(("language", "mark"), [("en", "."), ("fr", ","), ("es", ",")])
def test_averages_use_the_languages_decimal_mark(qapp, language, mark) -> None:
    from backcoach.ui.translation import Translations

    translations = Translations(qapp)
    try:
        translations.apply(language)
        assert progress_texts.pain_text(4.3) == f"4{mark}3"
        assert scale_texts.score(5.5) == f"5{mark}5"
        assert progress_texts.pain_text(4.0) == "4"
        assert progress_texts.pain_text(None) == "–"
        # What helps: the changes beside the bars.
        assert effect_bars.signed(0.7) == f"+0{mark}7"
        assert effect_bars.signed(-0.44) == f"−0{mark}4"
        assert effect_bars.signed(0.01) == f"0{mark}0"
    finally:
        translations.apply("en")
