"""The clinician's report: a PDF of a period (QTextDocument printed with QPdfWriter).

``gather`` reads the store into plain numbers (``ReportData``); ``report_html`` turns
them into the report's text; ``write_report`` lays it out on A4 or Letter pages with the
pain chart drawn as vectors, so every word and number in the PDF is real, selectable text.
Safe to run on a background thread (``BackgroundRunner``) or from the command line, as
long as a QGuiApplication exists (fonts need one).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCharFormat,
    QTextDocument,
)

from backcoach import APP_NAME, __version__
from backcoach.context import AppContext
from backcoach.domain import direction_check as dc
from backcoach.domain import progress
from backcoach.domain.function_scale import FunctionCheck
from backcoach.domain.onboarding import OnboardingState
from backcoach.domain.pain_rule import thresholds_between
from backcoach.domain.progress import (
    RANGE_DAYS,
    CheckInResult,
    FlareEvent,
    Range,
    Series,
    Streaks,
    Totals,
    WeekSummary,
)
from backcoach.domain.progress_effects import Effect, effects, group_sums
from backcoach.domain.records import Activity
from backcoach.domain.routine_adherence import ItemAdherence, adherence
from backcoach.domain.routines import Routine
from backcoach.services import onboarding, plans, routines, settings
from backcoach.services.report_chart import CHART_OBJECT, ChartData, PainChartObject
from backcoach.services.report_function_scale import add_chart as add_function_scale_chart
from backcoach.services.report_html import CHART_MARK, report_html

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
DEFAULT_DAYS = RANGE_DAYS[Range.MONTH]
"""Progress's "Month" (30 days): the report made from the app covers the range on screen,
and the command line's default matches it."""
NAME_KEY = "report_name"
"""The optional name printed on the report (Settings)."""
RESOLUTION = 300
MARGINS_MM = QMarginsF(16, 14, 16, 12)


@dataclass(frozen=True)
class ReportData:
    start: date
    end: date
    made_on: date
    goal_min: int
    totals: Totals
    streaks: Streaks
    weeks: list[WeekSummary]
    series: Series
    bins: progress.Binned
    exercise_effects: list[Effect]
    direction_effects: list[Effect]
    flares: list[FlareEvent]
    checkins: list[CheckInResult]
    activities: list[Activity]
    routine: Routine | None
    names: dict[str, str]
    directions: dict[str, str]
    thresholds: list[tuple[date | None, int]] = field(default_factory=lambda: [(None, 2)])
    """The pain rule's thresholds in force in the period (from when, points)."""
    name: str = ""
    """Whose report it is (optional, from Settings)."""
    onboarding: OnboardingState = field(default_factory=OnboardingState)
    """The first-run answers: the warning-signs check."""
    direction: dc.DirectionChoice | None = None
    """The direction check's answers and result (or the direction chosen by hand)."""
    routine_use: list[ItemAdherence] = field(default_factory=list)
    """What was done against the current routine in the period, per exercise."""
    routine_from_sessions: bool = False
    """True when no routine is chosen and the routine shown is the one used last."""
    function_checks: list[FunctionCheck] = field(default_factory=list)
    """The functional scale's rating rounds up to the end of the period."""


def default_period(today: date) -> tuple[date, date]:
    return today - timedelta(days=DEFAULT_DAYS - 1), today


def gather(context: AppContext, start: date, end: date, today: date | None = None) -> ReportData:
    """Read what the report needs for ``start``..``end`` (inclusive) from the store."""
    if end < start:
        raise ValueError("the report's end date is before its start date")
    today = today or date.today()
    store = context.store
    lead = start - timedelta(days=progress.AVERAGE_DAYS)  # the first days' 7-day average
    history = progress.build_history(
        store.sessions.between(lead, end + timedelta(days=1)),
        store.checkins.between(lead, end),
        [a for a in store.activities.all() if lead <= a.day <= end],
        since=lead,
    )
    goal = plans.daily_goal(context)
    series = progress.series(history, start, end)
    catalogue = context.catalogue
    known = set(catalogue.ids())
    sums = {k: v for k, v in history.effect_index.sums_between(start, end).items() if k in known}
    active = [d for d in history.active_days() if start <= d <= end]
    in_period = store.sessions.between(start, end)
    routine = plans.active_routine(context)
    from_sessions = routine is None
    if routine is None:
        routine = _last_used_routine(context, in_period or store.sessions.all())
    name = settings.get(context, NAME_KEY)
    return ReportData(
        start=start,
        end=end,
        made_on=today,
        goal_min=goal,
        totals=progress.series_totals(series, len(history.activities_between(start, end)), goal),
        streaks=progress.streaks(active, end),
        weeks=progress.weekly(history, start, end, goal),
        series=series,
        bins=progress.binned(series, progress.bin_for(len(series.days))),
        exercise_effects=effects(sums),
        direction_effects=effects(group_sums(sums, lambda i: catalogue.get(i).direction)),
        flares=history.flares_between(start, end),
        checkins=history.checkins_between(start, end),
        activities=history.activities_between(start, end),
        routine=routine,
        names={e.id: e.name for e in catalogue},
        directions={e.id: e.direction for e in catalogue},
        thresholds=thresholds_between(
            settings.threshold_changes(context),
            settings.get(context, "pain_threshold"),
            start,
            end,
        ),
        name=name,
        onboarding=onboarding.onboarding_state(context),
        direction=onboarding.direction_choice(context),
        routine_use=adherence(routine, in_period) if routine is not None else [],
        routine_from_sessions=from_sessions and routine is not None,
        function_checks=[c for c in store.function_checks.all() if c.local_day() <= end],
    )


def _last_used_routine(context: AppContext, sessions: list) -> Routine | None:
    """The routine of the newest session whose routine still exists."""
    known = {r.id: r for r in routines.all_routines(context)}
    for session in reversed(sessions):
        if session.routine_id in known:
            return known[session.routine_id]
    return None


def _font() -> QFont:
    font = QFont(QGuiApplication.font().family())
    font.setPointSizeF(9.5)
    return font


def build_document(data: ReportData, page_size: QSizeF | None = None) -> QTextDocument:
    """The report as a QTextDocument with the chart object in place (tests read its text)."""
    document = QTextDocument()
    font = _font()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    if page_size is not None:
        document.setPageSize(page_size)
    handler = PainChartObject(ChartData(data.series, data.bins), font, document)
    document.documentLayout().registerHandler(CHART_OBJECT, handler)
    document._chart_handler = handler  # keep the Python object alive with the document
    add_function_scale_chart(document, data.function_checks)
    document.setHtml(report_html(data))
    cursor = document.find(CHART_MARK)
    if not cursor.isNull():
        chart = QTextCharFormat()
        chart.setObjectType(CHART_OBJECT)
        cursor.insertText("\ufffc", chart)
    return document


def write_report(
    context: AppContext,
    path: Path | str,
    start: date,
    end: date,
    *,
    page_size: str = "A4",
    today: date | None = None,
) -> Path:
    """Write the PDF for ``start``..``end`` to ``path`` and return the path."""
    path = Path(path)
    data = gather(context, start, end, today)
    return write_pdf(data, path, page_size)


def _period_words(data: ReportData) -> str:
    return f"{data.start.day} {data.start:%B %Y} – {data.end.day} {data.end:%B %Y}"


def write_pdf(data: ReportData, path: Path, page_size: str = "A4") -> Path:
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{APP_NAME} report, {_period_words(data)}")
    writer.setCreator(f"{APP_NAME} {__version__}")
    footer_h = writer.resolution() * 0.3  # a little under 8 mm
    body = QSizeF(writer.width(), writer.height() - footer_h)
    document = build_document(data, body)
    layout = document.documentLayout()
    layout.setPaintDevice(writer)
    document.setPageSize(body)  # lay out again at the writer's resolution
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write to {path}")
    try:
        pages = document.pageCount()
        footer_font = _font()
        footer_font.setPointSizeF(8)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, page * body.height(), body.width(), body.height())
            # The layout draws whole blocks that touch the clip; without a real clip, a
            # paragraph across a page break was printed twice (end of one page, top of the
            # next, over the margin and the footer).
            painter.setClipRect(context.clip)
            layout.draw(painter, context)
            painter.restore()
            painter.setFont(footer_font)
            footer = QRectF(0, body.height() + footer_h * 0.3, body.width(), footer_h * 0.7)
            middle = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignLeft | middle,
                f"{APP_NAME} report · {_period_words(data)}",
            )
            painter.drawText(
                footer, Qt.AlignmentFlag.AlignRight | middle, f"Page {page + 1} of {pages}"
            )
    finally:
        painter.end()
    if not partial.exists() or partial.stat().st_size == 0:
        raise OSError(f"the report could not be written to {path}")
    partial.replace(path)
    return path


__all__ = [
    "DEFAULT_DAYS",
    "PAGE_SIZES",
    "ReportData",
    "build_document",
    "default_period",
    "gather",
    "write_pdf",
    "write_report",
]
