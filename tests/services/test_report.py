"""The clinician's report: the right numbers for a known data set, as selectable text in a
PDF of the chosen paper size, from the app and from ``backcoach report``."""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from tests.domain.test_progress import checkin, make_session

from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.records import Activity
from backcoach.services import onboarding
from backcoach.services.report import build_document, write_report
from backcoach.services.report_data import gather

pytestmark = pytest.mark.usefixtures("qapp")  # fonts need a QGuiApplication

START = date(2025, 3, 3)  # a Monday
END = date(2025, 3, 16)  # two weeks


@pytest.fixture
def context(ready_store):
    """Two known weeks: sessions on 6 days, one flare, two check-ins, a swim."""
    store = ready_store
    for n, (before, during, after) in enumerate(
        [(4, 5, 3), (4, 6, 3), (3, 4, 2), (5, 7, 4), (3, 3, 2), (2, 3, 1)]
    ):
        day = START + timedelta(days=2 * n)
        flares = [("prone-press", before, during)] if during - before >= 2 else []
        store.sessions.save(
            make_session(
                day,
                before,
                [("prone-press", None, [during]), ("knee-to-chest", before, [before])],
                after=after,
                minutes_each=6,
                flares=flares,
            )
        )
    store.sessions.save(make_session(START - timedelta(days=3), 9, [("plank", None, [9])], 9))
    store.checkins.add(checkin(START + timedelta(days=1), 6, "a lot"))  # before was 4: +2
    store.checkins.add(checkin(START + timedelta(days=5), 2, "none"))  # before was 3: -1
    store.activities.add(Activity.new(START + timedelta(days=5), "swimming", 45, 3, 1))
    context = AppContext(data_dir=store.data_dir, catalogue=load_catalogue(), store=store)
    onboarding.set_active_routine(context, "extension-start")
    return context


def test_gathers_the_numbers_of_the_period(context) -> None:
    data = gather(context, START, END, today=END)
    t = data.totals
    assert (t.sessions, t.days, t.active_days, t.flares, t.checkins) == (6, 14, 7, 2, 2)
    assert t.before == pytest.approx(3.5) and t.after == pytest.approx(2.5) and t.highest == 7
    assert t.activity_minutes == 45 and t.activities == 1
    assert [w.totals.sessions for w in data.weeks] == [4, 2]
    assert [(f.day, f.baseline, f.score) for f in data.flares] == [
        (START + timedelta(days=6), 5, 7),
        (START + timedelta(days=2), 4, 6),
    ][::-1]
    assert [c.rise for c in data.checkins] == [2, -1]
    assert data.routine is not None and data.routine.id == "extension-start"


def test_the_document_says_it_in_words(context) -> None:
    text = build_document(gather(context, START, END, today=END)).toPlainText()
    assert "Monday 3 March 2025 to Sunday 16 March 2025 (14 days)" in text
    assert "6 (3.0 a week)" in text
    assert "7 of 14" in text
    assert "It is not a diagnosis" in text
    assert "Prone press" in text and "Knee to chest" in text
    assert "4 → 6" in text and "5 → 7" in text  # the flares with their ratings
    assert "Swimming" in text and "3 → 1" in text
    assert "Current routine" in text and "Extension start" in text


def test_a_run_of_one_active_day_is_one_day_not_one_days(context) -> None:
    data = gather(context, START, START + timedelta(days=1), today=END)
    assert data.streaks.longest == 1
    text = build_document(data).toPlainText()
    assert "Longest run of active days" in text
    assert "1 day" in text and "1 days" not in text


@pytest.mark.parametrize(("size", "media_box"), [("A4", "595 842"), ("Letter", "612 792")])
def test_writes_a_pdf_on_the_chosen_paper(context, tmp_path, size, media_box) -> None:
    target = write_report(context, tmp_path / "report.pdf", START, END, page_size=size)
    raw = target.read_bytes()
    assert raw.startswith(b"%PDF")
    width, height = media_box.split()
    assert re.search(rf"/MediaBox \[0 0 {width}(\.0+)? {height}(\.0+)?\]".encode(), raw)
    assert not (tmp_path / "report.pdf.part").exists()


def _pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def test_pdf_text_is_selectable_and_shows_the_right_numbers(context, tmp_path) -> None:
    text = _pdftotext(write_report(context, tmp_path / "r.pdf", START, END, today=END))
    flat = " ".join(text.split())
    assert "BackCoach report" in flat
    assert "Monday 3 March 2025 to Sunday 16 March 2025" in flat
    assert "Sessions 6 (3.0 a week)" in flat
    assert "Pain before sessions (average) 3.5" in flat
    assert "Pain after sessions (average) 2.5" in flat
    assert "Highest pain during a session 7" in flat
    assert "Pain rises (a break was advised) 2" in flat
    assert "Pain rule used A break at a rise of 2 points above the start" in flat
    assert "Prone press" in flat and re.search("5 ?→ ?7", flat)
    assert "acceptable" in flat  # the chart's labels are text too
    assert re.search(r"Page 1 of \d", flat)


def _pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext puts a form feed between pages)."""
    return [" ".join(page.split()) for page in _pdftotext(pdf).split("\f") if page.strip()]


def test_the_first_page_is_a_summary_with_name_first_run_answers_and_routine(
    context, tmp_path
) -> None:
    from backcoach.domain import direction_check as dc
    from backcoach.services.report_data import NAME_KEY

    context.set_setting(NAME_KEY, "Sam Taylor")
    answers = dc.Answers(sitting="yes", bending="yes", standing="no", arching="no")
    onboarding.save_direction(context, dc.DirectionChoice.from_check(answers))
    first, *rest = _pages(write_report(context, tmp_path / "r.pdf", START, END, today=END))
    assert "BackCoach report Sam Taylor" in first
    assert "Warning-signs check: none of the warning signs that need a doctor applied" in first
    assert "Direction check result: Start with extension (gentle arching backwards)." in first
    assert "Does sitting for a while make your back worse? Yes." in first
    # The routine with its doses and what was done against it.
    assert "Current routine" in first and "Sessions done" in first
    assert re.search(r"Prone press \d sets? of .*? \d of 6", first)
    # Plain sentences, not "17; higher than ... on 7".
    assert "The pain rose 2 points or more above the start of a session twice" in first
    assert (
        "2 next-morning check-ins. On 1 of the 2 mornings after a session, the pain was "
        "higher than before that session (up to 2 higher); on the other 1 it was the "
        "same or lower." in first
    )
    # The detail starts on a page of its own.
    assert "Pain trend" not in first and "Sessions per week" not in first
    assert rest and rest[0].startswith("Details Pain trend")


def test_pain_rises_are_summarised_per_exercise_with_the_largest_listed(context) -> None:
    from backcoach.domain.progress import FlareEvent
    from backcoach.services.report_html import report_html

    data = gather(context, START, END, today=END)
    many = [
        FlareEvent(START + timedelta(days=n % 14), "prone-press", 2, 4 + n % 3, "rest")
        for n in range(30)
    ] + [FlareEvent(START, "knee-to-chest", 1, 9, "end")]
    html = report_html(replace(data, flares=many))
    assert "31 times, most often with Prone press (30) and Knee to chest (1)" in html
    assert "The largest rise was from 1 to 9 (Knee to chest" in html
    assert "The 5 largest rises" in html
    assert html.count("rested, then went on") == 4, "only the largest are listed, not all 31"
    assert "The session was ended once after a rise." in html


def test_the_default_period_is_progresss_month() -> None:
    from backcoach.domain.progress import RANGE_DAYS, Range
    from backcoach.services.report_data import DEFAULT_DAYS, default_period

    assert DEFAULT_DAYS == RANGE_DAYS[Range.MONTH] == 30
    start, end = default_period(END)
    assert (end - start).days + 1 == 30


def test_the_report_names_the_threshold_in_force_and_never_a_fixed_2(context, tmp_path):
    from backcoach.services import settings

    settings.save(context, "pain_threshold", 3)  # set today: after this period
    context.set_setting(settings.THRESHOLD_HISTORY_KEY, [["0001-01-01", 3]])
    text = _pdftotext(write_report(context, tmp_path / "r.pdf", START, END, today=END))
    flat = " ".join(text.split())
    assert "A break at a rise of 3 points above the start" in flat
    assert "3 points or more" in flat
    assert "2 points" not in flat and "2 or more" not in flat


def test_the_report_names_a_change_of_threshold_within_its_period(context, tmp_path):
    from backcoach.services import settings

    settings.save(context, "pain_threshold", 3)
    changed = START + timedelta(days=4)
    context.set_setting(
        settings.THRESHOLD_HISTORY_KEY, [["0001-01-01", 2], [changed.isoformat(), 3]]
    )
    flat = " ".join(_pdftotext(write_report(context, tmp_path / "r.pdf", START, END)).split())
    assert "A break at a rise of 2 points above the start; from 7 Mar 2025, a break" in flat


def test_the_report_says_which_starting_pain_made_a_high_pain_day(context, tmp_path):
    # At threshold 4 a start of 7 already leaves no room for the rise on the scale.
    from backcoach.services import settings

    settings.save(context, "pain_threshold", 4)
    context.set_setting(settings.THRESHOLD_HISTORY_KEY, [["0001-01-01", 4]])
    flat = " ".join(_pdftotext(write_report(context, tmp_path / "r.pdf", START, END)).split())
    assert "started with high pain (7 or more)" in flat
    changed = START + timedelta(days=4)
    context.set_setting(
        settings.THRESHOLD_HISTORY_KEY, [["0001-01-01", 2], [changed.isoformat(), 4]]
    )
    flat = " ".join(_pdftotext(write_report(context, tmp_path / "s.pdf", START, END)).split())
    assert "(7 or more at threshold 4, otherwise 8 or more)" in flat


def test_saving_the_threshold_keeps_its_history(context) -> None:
    from backcoach.services import settings

    settings.save(context, "pain_threshold", 3)
    settings.save(context, "pain_threshold", 3)  # no change: nothing new recorded
    changes = settings.threshold_changes(context)
    assert [value for _, value in changes] == [2, 3]


def test_a_threshold_changed_in_the_period_is_named_with_its_day() -> None:
    from backcoach.domain.pain_rule import thresholds_between

    changes = [(date.min, 2), (START + timedelta(days=4), 3)]
    assert thresholds_between(changes, 3, START, END) == [
        (None, 2),
        (START + timedelta(days=4), 3),
    ]
    assert thresholds_between(changes, 3, END, END) == [(None, 3)]
    assert thresholds_between([], 4, START, END) == [(None, 4)]


def test_an_empty_period_still_makes_a_report(context, tmp_path) -> None:
    later = END + timedelta(days=100)
    path = write_report(context, tmp_path / "empty.pdf", later, later + timedelta(days=6))
    assert path.stat().st_size > 1000
    data = gather(context, later, later + timedelta(days=6))
    assert data.totals.sessions == 0 and not data.exercise_effects


def test_end_before_start_is_refused(context) -> None:
    with pytest.raises(ValueError):
        gather(context, END, START)


# -- the command line -------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    from backcoach.cli_report import add_subcommand

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path)
    parser = argparse.ArgumentParser(parents=[common])
    add_subcommand(parser.add_subparsers(), common)
    return parser


def test_report_command_writes_the_period_asked_for(context, tmp_path, capsys) -> None:
    context.store.close()  # the command opens the folder itself, as a second program would
    target = tmp_path / "out" / "report"
    options = _parser().parse_args(
        ["report", "--data-dir", str(context.data_dir), "--output", str(target),
         "--from", START.isoformat(), "--to", END.isoformat(), "--page-size", "Letter"]
    )  # fmt: skip
    assert options.command(options) == 0
    written = target.with_name("report.pdf")
    assert written.read_bytes().startswith(b"%PDF")
    assert "2025-03-03 to 2025-03-16" in capsys.readouterr().out


def test_report_command_refuses_a_bad_date_or_period(context, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["report", "--output", "x.pdf", "--from", "3 March"])
    assert "YYYY-MM-DD" in capsys.readouterr().err
    options = _parser().parse_args(
        ["report", "--data-dir", str(context.data_dir), "--output", str(tmp_path / "r.pdf"),
         "--from", END.isoformat(), "--to", START.isoformat()]
    )  # fmt: skip
    assert options.command(options) == 2


@pytest.mark.parametrize(
    ("choice", "first"),
    [("week", "2025-03-10"), ("month", "2025-02-15"), ("all", "2025-02-28")],
)
def test_report_command_ranges_match_progress(context, tmp_path, capsys, choice, first) -> None:
    context.store.close()
    options = _parser().parse_args(
        ["report", "--data-dir", str(context.data_dir), "--output", str(tmp_path / "r.pdf"),
         "--to", END.isoformat(), "--range", choice]
    )  # fmt: skip
    assert options.command(options) == 0
    assert f"{first} to 2025-03-16" in capsys.readouterr().out


def test_the_pdf_is_dark_ink_on_white_paper_whatever_the_apps_theme(
    context, tmp_path, qapp
) -> None:
    """In the dark theme the app's text colour is light: the report's plain text was
    printed almost white on white. Pages look the same whatever the theme."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtPdf import QPdfDocument

    def first_page(name: str):
        path = write_report(context, tmp_path / name, START, END)
        document = QPdfDocument()
        document.load(str(path))
        size = document.pagePointSize(0)
        image = document.render(0, QSize(int(size.width()), int(size.height())))
        document.close()
        return image

    light = first_page("light.pdf")
    saved = qapp.palette()
    dark = QPalette(saved)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        dark.setColor(role, QColor("#f0f0f0"))
    qapp.setPalette(dark)
    try:
        in_dark = first_page("dark.pdf")
    finally:
        qapp.setPalette(saved)
    assert in_dark == light
    # And there is real ink: many dark pixels (text), not just headings.
    inked = sum(
        1
        for y in range(0, light.height(), 2)
        for x in range(0, light.width(), 2)
        if QColor(light.pixel(x, y)).lightness() < 90
    )
    assert inked > 2000


ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|with|before|after|sessions?|pain|report|page|week|exercise|"
    r"check-ins?|rises?|none|some|once|twice|times|days?)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Rapport BackCoach", "Résumé", "3,5", "mars 2025", "Page 1 sur"]),
        ("es", ["Informe de BackCoach", "Resumen", "3,5", "de marzo de 2025", "Página 1 de"]),
    ],
)
def test_the_report_is_written_in_the_language_in_use(
    context, tmp_path, qapp, language, words
) -> None:
    from backcoach.ui.translation import Translations

    translations = Translations(qapp)
    translations.apply(language)
    try:
        localised = replace(context, catalogue=load_catalogue(language=language))
        document = build_document(gather(localised, START, END, today=END))
        text = document.toPlainText()
        pdf = write_report(localised, tmp_path / "r.pdf", START, END, today=END)
        pages = _pages(pdf) if shutil.which("pdftotext") else [text]
    finally:
        translations.apply("en")
    assert all(word in text for word in words[:4]), text
    assert words[4] in pages[0] or not shutil.which("pdftotext")
    # Proper names (BackCoach, Stratford, PSFS) aside, no English word is left.
    assert ENGLISH_WORDS.findall(text.replace("BackCoach", "")) == [], text


def test_a_french_user_can_write_the_report_in_english(context, tmp_path, qapp) -> None:
    """Settings → "Write the report in English": the whole report in English (words,
    dates, decimals, exercise names), the screens' language untouched; without it, French."""
    from PySide6.QtCore import QCoreApplication

    from backcoach.services import settings
    from backcoach.services.report_language import written_in_english
    from backcoach.ui.translation import Translations

    translations = Translations(qapp)
    translations.apply("fr")
    try:
        french = replace(context, catalogue=load_catalogue(language="fr"), language="fr")
        plain = write_report(french, tmp_path / "fr.pdf", START, END, today=END)
        settings.save(french, "report_in_english", True)
        english = write_report(french, tmp_path / "en.pdf", START, END, today=END)
        # The switch is for the report only: the screens' words stay French.
        assert QCoreApplication.translate("Report", "Summary") == "Résumé"
        with written_in_english():
            text = build_document(gather(replace(context, language="fr"), START, END, END))
    finally:
        translations.apply("en")
    assert "Summary" in text.toPlainText() and "Résumé" not in text.toPlainText()
    if shutil.which("pdftotext"):
        first_fr, first_en = _pages(plain)[0], _pages(english)[0]
        assert "Rapport BackCoach" in first_fr and "Résumé" in first_fr
        assert "BackCoach report" in first_en and "Summary" in first_en
        assert "March 2025" in first_en and "3.5" in first_en and "Résumé" not in first_en
        assert "Appui sur les coudes" in first_fr
        assert "Prone press" in first_en and "Appui sur les coudes" not in first_en


@pytest.mark.parametrize(
    ("asked", "setting", "title"),
    [
        (["--language", "fr"], None, "Rapport BackCoach"),
        (["--language", "es"], None, "Informe de BackCoach"),
        ([], "fr", "Rapport BackCoach"),  # as the app is set
        (["--language", "en"], "fr", "BackCoach report"),
    ],
)
def test_report_command_writes_in_the_language_asked_for(
    context, tmp_path, asked, setting, title
) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from backcoach.services import settings

    if setting:
        settings.save(context, "language", setting)
    context.store.close()
    target = tmp_path / "r.pdf"
    options = _parser().parse_args(
        ["report", "--data-dir", str(context.data_dir), "--output", str(target),
         "--from", START.isoformat(), "--to", END.isoformat(), *asked]
    )  # fmt: skip
    try:
        assert options.command(options) == 0
    finally:
        # The command's translators (children of the application) would outlive it here.
        app = QCoreApplication.instance()
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.setParent(None)
        QLocale.setDefault(QLocale.system())
    if shutil.which("pdftotext"):
        assert title in _pages(target)[0]
