"""The clinician's report: a PDF of a period (QTextDocument printed with QPdfWriter).

``report_data.gather`` reads the store into plain numbers (``ReportData``); ``report_html`` turns
them into the report's text; ``write_report`` lays it out on A4 or Letter pages with the
pain chart drawn as vectors, so every word and number in the PDF is real, selectable text.
Safe to run on a background thread (``BackgroundRunner``) or from the command line, as
long as a QGuiApplication exists (fonts need one).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextCharFormat,
    QTextDocument,
)

from backcoach import APP_NAME, __version__
from backcoach.context import AppContext
from backcoach.domain.catalog import load_catalogue
from backcoach.domain.language import SOURCE
from backcoach.services import date_words, settings
from backcoach.services.report_chart import CHART_OBJECT, ChartData, PainChartObject
from backcoach.services.report_data import ReportData, gather
from backcoach.services.report_function_scale import add_chart as add_function_scale_chart
from backcoach.services.report_html import CHART_MARK, report_html
from backcoach.services.report_language import translate, written_in_english
from backcoach.services.report_pages import keep_together

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300
ENGLISH_KEY = "report_in_english"
"""Settings: write the report in English whatever the language in use."""
MARGINS_MM = QMarginsF(16, 14, 16, 12)


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
    # Keep the Python object alive as long as the document.
    document._chart_handler = handler  # type: ignore[attr-defined]
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
    english: bool | None = None,
) -> Path:
    """Write the PDF for ``start``..``end`` to ``path`` and return the path: in the
    language in use, or in English when ``english`` (None: as Settings says)."""
    path = Path(path)
    if english is None:
        english = context.language != SOURCE and bool(settings.get(context, ENGLISH_KEY))
    if not english or context.language == SOURCE:
        return write_pdf(gather(context, start, end, today), path, page_size)
    # Exercise names in English too: the catalogue in use speaks the language in use.
    context = replace(context, catalogue=load_catalogue())
    with written_in_english():
        return write_pdf(gather(context, start, end, today), path, page_size)


def _period_words(data: ReportData) -> str:
    return f"{date_words.day_month_year(data.start)} – {date_words.day_month_year(data.end)}"


def _report_words(data: ReportData) -> str:
    """'BackCoach report' (the footer and the PDF's title)."""
    return translate("Report", "%s report") % APP_NAME


def _paper_palette() -> QPalette:
    """Dark ink on white paper, whatever the app's theme (text without a colour of its
    own is drawn in the palette's text colour)."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Text, "#1b1b1b"),
        (QPalette.ColorRole.WindowText, "#1b1b1b"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.Link, "#0b4f57"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def write_pdf(data: ReportData, path: Path, page_size: str = "A4") -> Path:
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(PAGE_SIZES[page_size]))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{_report_words(data)}, {_period_words(data)}")
    writer.setCreator(f"{APP_NAME} {__version__}")
    footer_h = writer.resolution() * 0.3  # a little under 8 mm
    body = QSizeF(writer.width(), writer.height() - footer_h)
    document = build_document(data, body)
    layout = document.documentLayout()
    layout.setPaintDevice(writer)
    document.setPageSize(body)  # lay out again at the writer's resolution
    keep_together(document, body.height())
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write to {path}")
    try:
        pages = document.pageCount()
        ink = _paper_palette()
        painter.setPen(ink.color(QPalette.ColorRole.Text))  # the footer
        footer_font = _font()
        footer_font.setPointSizeF(8)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = ink  # never the app's theme: dark mode gave white text
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
                f"{_report_words(data)} · {_period_words(data)}",
            )
            painter.drawText(
                footer,
                Qt.AlignmentFlag.AlignRight | middle,
                translate("Report", "Page %d of %d") % (page + 1, pages),
            )
    finally:
        painter.end()
    if not partial.exists() or partial.stat().st_size == 0:
        raise OSError(f"the report could not be written to {path}")
    partial.replace(path)
    return path


__all__ = ["PAGE_SIZES", "build_document", "write_pdf", "write_report"]
