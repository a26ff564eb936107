"""The clinician report's section on the Patient-Specific Functional Scale: the activities
with their first and latest ratings, the mean and its change, and a small chart.

Self-contained: the report adds ``section_html`` to its pages and ``add_chart`` puts the
chart image in the document. The chart is painted with QPainter (no pyqtgraph) so the PDF
is the same with or without a display.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import datetime
from html import escape

from PySide6.QtCore import QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QTextDocument

from backcoach.domain import function_scale as fs
from backcoach.services import date_words
from backcoach.services.report_language import locale, translate

CHART_URL = "backcoach://function-scale-chart"
CHART_SIZE = (1500, 520)
"""Pixels of the chart image; shown 16 cm wide."""
COLOURS = ("#0072b2", "#009e73", "#d55e00", "#b0508d", "#e69f00")
"""One per activity (colour-blind safe), as on the pain chart."""


def _day(at: datetime) -> str:
    return date_words.day_short_month_year(at.astimezone().date())


def _decimal(text: str) -> str:
    return text.replace(".", locale().decimalPoint())


def _score(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else _decimal(f"{value:.1f}")


def _verdict(change: fs.Change) -> str:
    if change.improved:
        return translate("Report", "meaningful improvement")
    if change.worse:
        return translate("Report", "meaningful worsening")
    return translate("Report", "no meaningful change")


def mean_text(history: Sequence[fs.FunctionCheck]) -> str:
    """'Mean 3.0 on 2 Nov 2026, 5.0 on 4 Dec 2026: +2.0, meaningful improvement.'"""
    checks = fs.ordered(history)
    change = fs.mean_change(checks)
    if change is None:
        return translate("Report", "Mean %s on %s (one rating so far).") % (
            _score(checks[0].mean),
            _day(checks[0].at),
        )
    return translate("Report", "Mean %s on %s, %s on %s: %s, %s.") % (
        _score(change.first),
        _day(change.first_at),
        _score(change.latest),
        _day(change.latest_at),
        _decimal(f"{change.delta:+.1f}"),
        _verdict(change),
    )


def section_html(history: Sequence[fs.FunctionCheck]) -> list[str]:
    heading = translate("Report", "What the person can do (Patient-Specific Functional Scale)")
    parts = [f"<h2>{escape(heading)}</h2>"]
    checks = fs.ordered(history)
    if not checks:
        text = translate("Report", "Not set up: no activities were named.")
        return [*parts, f"<p>{escape(text)}</p>"]
    if len(checks) == 1:
        rounds = translate("Report", "1 rating round.")
    else:
        rounds = translate("Report", "%d rating rounds.") % len(checks)
    scale = translate(
        "Report",
        "Each activity was named by the person and is rated 0 (unable to do it) to 10 (as "
        "before the problem); the score is the mean. A change of 2 points in the mean, or 3 "
        "for one activity, is meaningful (Stratford 1995).",
    )
    parts.append(f'<p class="small">{escape(rounds)} {escape(scale)}</p>')
    parts.append(f"<p><b>{escape(mean_text(checks))}</b></p>")
    headings = (
        translate("Report", "Activity"),
        translate("Report", "First"),
        translate("Report", "Latest"),
        translate("Report", "Change"),
        "",
    )
    cells = "".join(f"<th>{escape(t)}</th>" for t in headings)
    rows = [f"<tr>{cells}</tr>"]
    no_longer = escape(translate("Report", "(no longer rated)"))
    not_rated = escape(translate("Report", "not rated"))
    one_rating = escape(translate("Report", "one rating so far"))
    for item in fs.item_histories(checks):
        name = escape(item.name) + (f" <i>{no_longer}</i>" if item.retired else "")
        if not item.points:
            rows.append(f"<tr><td>{name}</td><td colspan='4'>{not_rated}</td></tr>")
            continue
        (t0, s0), (t1, s1) = item.points[0], item.points[-1]
        change = item.change
        if change is None:
            rows.append(
                f"<tr><td>{name}</td><td>{s0} ({escape(_day(t0))})</td><td>–</td><td>–</td>"
                f"<td>{one_rating}</td></tr>"
            )
            continue
        verdict = _verdict(change)
        rows.append(
            f"<tr><td>{name}</td><td>{s0} ({escape(_day(t0))})</td>"
            f"<td>{s1} ({escape(_day(t1))})</td><td>{s1 - s0:+d}</td>"
            f"<td>{escape(verdict)}</td></tr>"
        )
    parts.append(
        '<table border="1" cellpadding="4" cellspacing="0" width="100%">'
        + "".join(rows)
        + "</table>"
    )
    if len(checks) > 1:
        width = 16 * 37.8  # 16 cm at the document's 96 dpi
        parts.append(f'<p><img src="{CHART_URL}" width="{width:.0f}"></p>')
        legend = " ".join(
            f'<span style="color:{COLOURS[i % len(COLOURS)]}">■</span> {escape(item.name)}'
            for i, item in enumerate(fs.item_histories(checks))
        )
        mean = escape(translate("Report", "mean (thick black line)"))
        parts.append(f'<p class="small">━ {mean}; {legend}.</p>')
    return parts


def chart_image(history: Sequence[fs.FunctionCheck]) -> QImage:
    """The mean (thick) and each activity's line over time, 0 to 10, with the band of
    ±2 around the first mean in grey."""
    checks = fs.ordered(history)
    width, height = CHART_SIZE
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    if len(checks) < 2:
        return image
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(26)
    painter.setFont(font)
    left, right, top, bottom = 70, 30, 20, 60
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    t0 = checks[0].at.timestamp()
    span = max(checks[-1].at.timestamp() - t0, 1.0)

    def point(at: datetime, value: float) -> QPointF:
        x = plot.left() + (at.timestamp() - t0) / span * plot.width()
        return QPointF(x, plot.bottom() - value / 10 * plot.height())

    start = checks[0].mean
    low, high = max(0.0, start - fs.MEAN_CHANGE), min(10.0, start + fs.MEAN_CHANGE)
    band = QRectF(
        plot.left(),
        plot.bottom() - high / 10 * plot.height(),
        plot.width(),
        (high - low) / 10 * plot.height(),
    )
    painter.fillRect(band, QColor("#e3e7ec"))
    painter.setPen(QPen(QColor("#c5ccd4"), 1))
    for value in range(0, 11, 2):
        y = plot.bottom() - value / 10 * plot.height()
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#4f5b69"))
        painter.drawText(
            QRectF(0, y - 16, left - 12, 32),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            str(value),
        )
        painter.setPen(QPen(QColor("#c5ccd4"), 1))
    painter.setPen(QColor("#4f5b69"))
    for check in (checks[0], checks[-1]):
        x = min(max(point(check.at, 0).x() - 120, 0), width - 240)
        painter.drawText(
            QRectF(x, plot.bottom() + 10, 240, 40), Qt.AlignmentFlag.AlignCenter, _day(check.at)
        )
    for index, item in enumerate(fs.item_histories(checks)):
        colour = QColor(COLOURS[index % len(COLOURS)])
        painter.setPen(QPen(colour, 4, Qt.PenStyle.DashLine))
        points = [point(at, score) for at, score in item.points]
        for a, b in itertools.pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(colour)
        painter.setPen(Qt.PenStyle.NoPen)
        for p in points:
            painter.drawEllipse(p, 9, 9)
    painter.setPen(QPen(QColor("#1b1b1b"), 8))
    means = [point(c.at, c.mean) for c in checks]
    for a, b in itertools.pairwise(means):
        painter.drawLine(a, b)
    painter.setBrush(QColor("#1b1b1b"))
    for p in means:
        painter.drawEllipse(p, 12, 12)
    painter.end()
    return image


def add_chart(document: QTextDocument, history: Sequence[fs.FunctionCheck]) -> None:
    """Put the chart image where ``section_html`` refers to it."""
    document.addResource(
        QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), chart_image(history)
    )
