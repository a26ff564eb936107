"""The screens' words for the domain's ids (ui/domain_words.py) stay in step with the
domain's English tables, and say exactly what the domain says when no translation is in
use; in French they are French."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from backcoach.domain import catalog, progress, routines
from backcoach.domain.catalog import Dose
from backcoach.domain.date_ticks import STEPS, tick_label
from backcoach.ui import domain_words as words
from backcoach.ui.charts.date_axis import local_tick_label


def test_every_table_has_the_domains_ids_and_english_words() -> None:
    for mine, domains in (
        (words.GROUPS, catalog.GROUPS),
        (words.DIRECTIONS, catalog.DIRECTIONS),
        (words.KINDS, catalog.KINDS),
        (words.POSITIONS, catalog.POSITIONS),
        (words.EQUIPMENT, catalog.EQUIPMENT),
        (words.PLAN_DIRECTIONS, routines.PLAN_DIRECTIONS),
        (words.ACTIVITY_KINDS, progress.ACTIVITY_KINDS),
    ):
        assert mine == domains
    assert words.EQUIPMENT_NEEDED.keys() == catalog.EQUIPMENT.keys()
    assert all(
        words.EQUIPMENT_NEEDED[key] == "a " + text.lower()
        for key, text in catalog.EQUIPMENT.items()
    )


doses = st.builds(
    Dose,
    sets=st.integers(1, 5),
    rest_s=st.integers(0, 120),
    per_side=st.booleans(),
    hold_s=st.one_of(st.none(), st.integers(1, 60)),
    reps=st.one_of(st.none(), st.integers(1, 30)),
).filter(lambda d: d.reps is not None or d.hold_s)


@given(doses)
def test_a_dose_reads_as_the_domain_writes_it_in_english(dose: Dose) -> None:
    assert words.dose(dose) == dose.describe()


@given(st.integers(0, 7200))
def test_a_duration_reads_as_the_domain_writes_it_in_english(seconds: int) -> None:
    assert words.duration(seconds) == routines.describe_duration(seconds)


def test_an_activity_in_the_users_own_words_stays_as_typed() -> None:
    assert words.activity("gardening") == progress.activity_label("gardening")
    assert words.activity("walking") == "Walking"


def test_in_french_the_words_are_french(qapp) -> None:
    from backcoach.ui.translation import Translations

    translations = Translations(qapp)
    try:
        translations.apply("fr")
        assert words.word(words.POSITIONS, "four-point") == "À quatre pattes"
        assert words.dose(Dose(sets=2, rest_s=30, per_side=True, reps=10)) == (
            "2 séries de 10 répétitions, de chaque côté, 30 s de repos entre les séries"
        )
        assert words.duration(14 * 60) == "environ 14 minutes"
    finally:
        translations.apply("en")


@settings(deadline=None)  # the first example waits for Qt's locale data
@given(st.dates(date(1990, 1, 1), date(2100, 12, 31)), st.booleans(), st.booleans())
def test_chart_ticks_read_as_the_domains_in_english(day, first, weekday) -> None:
    for step in STEPS:
        assert local_tick_label(day, step, first, weekday=weekday) == tick_label(
            day, step, first, weekday=weekday
        )


def test_dates_read_as_strftime_does_in_english() -> None:
    from datetime import date

    from backcoach.services import date_words

    day = date(2026, 9, 4)
    assert date_words.long_day(day) == "Friday 4 September 2026"
    assert date_words.short_day(day) == "Fri 4 Sep 2026"
    assert date_words.month_year(day) == "September 2026"
    assert date_words.long_day_padded(day) == f"{day:%A %d %B %Y}"
