"""The words and tables of the clinician's report, as the HTML subset QTextDocument reads.

Written for a physiotherapist reading it every few weeks: the period, how often and how
long the user exercised, the pain trend, which exercises ease or raise the pain, flares
with dates, next-morning check-ins, other activities, and the current routine with doses.
Long lists are cut to the most recent rows with a count of the rest, so a year's report
stays readable.

This module puts the pages together; the sections are built in ``report_sections`` and
``report_pain``, from the parts in ``report_format``.
"""

from __future__ import annotations

from html import escape

from backcoach import APP_NAME, __version__
from backcoach.services.report_data import ReportData
from backcoach.services.report_format import (
    DIRECTIONS,
    FLARE_ACTION_TEXTS,
    MAX_ROWS,
    STIFFNESS,
    _h2,
    _long_day,
)
from backcoach.services.report_function_scale import section_html as function_scale_section
from backcoach.services.report_language import translate
from backcoach.services.report_pain import (
    _checkins,
    _flares,
    _high_start_words,
    _rise_words,
    checkins_sentence,
    rises_sentence,
)
from backcoach.services.report_sections import (
    _activities,
    _first_run,
    _routine,
    _summary,
    _weeks,
    _what_helps,
)

__all__ = [
    "CHART_MARK",
    "DIRECTIONS",
    "FLARE_ACTION_TEXTS",
    "MAX_ROWS",
    "STIFFNESS",
    "STYLE",
    "checkins_sentence",
    "detail_sections",
    "report_html",
    "rises_sentence",
    "summary_page",
]

CHART_MARK = "[[pain-chart]]"


STYLE = """
h1 { font-size: 17pt; color: #0b4f57; margin-bottom: 2pt; }
h2 { font-size: 12.5pt; color: #0b4f57; margin-top: 14pt; margin-bottom: 4pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
.muted { color: #4f5b69; }
.small { font-size: 8.5pt; color: #4f5b69; }
table { border-collapse: collapse; margin-top: 2pt; }
th { background-color: #e8edf2; font-weight: bold; }
"""


def _detail_break() -> str:
    details = translate("Report", "Details")
    return f'<h1 style="page-break-before: always">{escape(details)}</h1>'


def summary_page(data: ReportData) -> list[str]:
    """The first page: who, when, the first-run answers, the numbers and the routine."""
    days = (data.end - data.start).days + 1
    title = translate("Report", "%s report") % APP_NAME
    parts = [f"<h1>{escape(title)}</h1>"]
    if data.name:
        parts.append(f'<p style="font-size: 13pt"><b>{escape(data.name)}</b></p>')
    period = translate("Report", "%s to %s") % (_long_day(data.start), _long_day(data.end))
    if days == 1:
        length = translate("Report", "(1 day)")
    else:
        length = translate("Report", "(%d days)") % days
    made = translate(
        "Report",
        "Made on %s with %s %s. It shows what was recorded in the app: pain on the 0–10 scale "
        "(0 no pain, 10 the worst imaginable) before, during and after home exercise "
        "sessions, next-morning check-ins and other activities. It is not a diagnosis.",
    ) % (_long_day(data.made_on), APP_NAME, __version__)
    parts += [
        f"<p><b>{escape(period)}</b> {escape(length)}</p>",
        f'<p class="muted">{escape(made)}</p>',
        _h2(translate("Report", "At first use")),
        _first_run(data),
        _h2(translate("Report", "Summary")),
        _summary(data),
        f"<p>{escape(rises_sentence(data))}</p>",
        f"<p>{escape(checkins_sentence(data))}</p>",
        _h2(translate("Report", "Current routine")),
        _routine(data),
    ]
    return parts


def detail_sections(data: ReportData) -> list[str]:
    """The pages after the summary, one section after another."""
    marks = translate(
        "Report",
        "Marks: %1 before a session, %2 highest during it, %3 after it, %4 next-morning "
        "check-in, %5 day with a pain rise; the line is the 7-day average of the pain before "
        "sessions. Zones: 0–2 safe, 3–5 acceptable, 6–10 high (pain-monitoring model).",
    )
    symbols = (
        ("#0072b2", "●"),
        ("#d55e00", "▲"),
        ("#009e73", "■"),
        ("#b0508d", "◆"),
        ("#b3261e", "▼"),
    )
    marks = escape(marks)
    for number, (colour, symbol) in enumerate(symbols, start=1):
        marks = marks.replace(f"%{number}", f'<span style="color:{colour}">{symbol}</span>')
    if data.bins.bin == "week":
        marks += " " + escape(translate("Report", "Each mark is a week's average."))
    if data.bins.bin == "month":
        marks += " " + escape(translate("Report", "Each mark is a month's average."))
    rises = translate(
        "Report",
        "A pain rise is a rating %s or more above the rating before the session (the pain "
        "rule, with the threshold set in BackCoach): the session paused and offered a break. "
        "On a day that started with high pain (%s), any rise above the start counts.",
    ) % (_rise_words(data), _high_start_words(data))
    return [
        _h2(translate("Report", "Pain trend")),
        f"<p>{CHART_MARK}</p>",
        f'<p class="small">{marks}</p>',
        _h2(translate("Report", "Sessions per week")),
        _weeks(data),
        _h2(translate("Report", "What helps")),
        _what_helps(data),
        _h2(translate("Report", "Pain rises")),
        f'<p class="small">{escape(rises)}</p>',
        _flares(data),
        _h2(translate("Report", "Next-morning check-ins")),
        _checkins(data),
        _h2(translate("Report", "Other activities")),
        _activities(data),
    ]


def report_html(data: ReportData) -> str:
    parts = [
        *summary_page(data),
        _detail_break(),
        *detail_sections(data),
        *function_scale_section(data.function_checks),
    ]
    return f"<html><head><style>{STYLE}</style></head><body>{''.join(parts)}</body></html>"
