"""The report's page breaks (services/report_pages.py): a heading never ends a page alone,
and the details leave no nearly empty page behind a summary that ran over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from backcoach.services.report_pages import ALWAYS, keep_together

pytestmark = pytest.mark.usefixtures("qapp")

PAGE = QSizeF(400, 300)


def _document(body: str) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setPageSize(PAGE)
    document.setHtml(f"<html><body>{body}</body></html>")
    return document


def _page_of(document: QTextDocument, text: str) -> int:
    block = document.find(text).block()
    return int(document.documentLayout().blockBoundingRect(block).top() // PAGE.height())


def _filling(document_lines: int) -> str:
    return "".join(f"<p>line {n}</p>" for n in range(document_lines))


def _lines_to_bottom() -> int:
    """How many one-line paragraphs fit on a page, less one: a heading after them sits
    at the very bottom of the first page."""
    probe = _document(_filling(60))
    for n in range(60):
        if _page_of(probe, f"line {n}") == 1:
            return n - 1
    raise AssertionError("the probe did not reach a second page")


def test_a_heading_at_the_foot_of_a_page_moves_to_the_next_with_its_text() -> None:
    fill = _lines_to_bottom()
    document = _document(f"{_filling(fill)}<h2>Pain rises</h2><p>the text under it</p>")
    assert _page_of(document, "Pain rises") == 0
    assert _page_of(document, "the text under it") == 1  # the heading ends page 1 alone
    keep_together(document, PAGE.height())
    assert _page_of(document, "Pain rises") == 1
    assert _page_of(document, "the text under it") == 1


def test_a_heading_with_room_below_it_stays_where_it_is() -> None:
    document = _document(f"{_filling(3)}<h2>Pain rises</h2><p>the text under it</p>")
    keep_together(document, PAGE.height())
    assert _page_of(document, "Pain rises") == 0
    assert not document.find("Pain rises").block().blockFormat().pageBreakPolicy() & ALWAYS


def test_a_heading_over_a_table_keeps_the_tables_start() -> None:
    fill = _lines_to_bottom()
    table = "<table><tr><td>first row</td></tr><tr><td>second row</td></tr></table>"
    document = _document(f"{_filling(fill)}<h2>Sessions per week</h2>{table}")
    keep_together(document, PAGE.height())
    assert _page_of(document, "Sessions per week") == _page_of(document, "first row")


@pytest.mark.parametrize(("lines", "details_page"), [(3, 1), (None, 1)])
def test_the_details_start_a_page_only_after_a_summary_that_fitted(lines, details_page) -> None:
    """A summary on one page: the details start page 2. A summary that ran one line onto
    page 2: the details follow it there (no page holding one line)."""
    fill = lines if lines is not None else _lines_to_bottom() + 2
    details = '<h1 style="page-break-before: always">Details</h1><p>detail text</p>'
    document = _document(f"{_filling(fill)}{details}")
    keep_together(document, PAGE.height())
    assert _page_of(document, "Details") == details_page
    assert _page_of(document, f"line {fill - 1}") == (0 if lines is not None else 1)
