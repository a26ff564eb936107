"""About the evidence: what BackCoach is and is not, warning signs, and sources."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from backcoach.domain.evidence import Evidence, load_evidence
from backcoach.domain.pain_rule import with_threshold


def _list(items: tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>"


def evidence_html(evidence: Evidence, warning_colour: str, threshold: int = 2) -> str:
    """The page's HTML; statements of the pain rule use ``threshold`` (Settings)."""
    key_points = tuple(
        with_threshold(point, threshold, evidence.language) for point in evidence.key_points
    )
    used_for = QCoreApplication.translate("AboutPage", "Used for: %s")
    sources = "".join(
        f"<li>{html.escape(s.text)}<br><i>{html.escape(used_for % s.used_for)}</i></li>"
        for s in evidence.sources
    )
    heading = {
        "is": html.escape(QCoreApplication.translate("AboutPage", "What BackCoach is")),
        "is_not": html.escape(QCoreApplication.translate("AboutPage", "What it is not")),
        "good": html.escape(QCoreApplication.translate("AboutPage", "Good to know")),
        "stop": html.escape(
            QCoreApplication.translate("AboutPage", "When to stop and get medical advice")
        ),
        "sources": html.escape(QCoreApplication.translate("AboutPage", "Sources")),
    }
    origin = html.escape(
        QCoreApplication.translate(
            "AboutPage",
            "The exercises and advice come from a physiotherapy clinic's article on "
            "exercise for low back pain, which cites sources 1–5. Sources 6 and 11 back the "
            "warning signs, 7, 8 and 10 the pain scale and the pain rule, and 9 the "
            "direction check.",
        )
    )
    return f"""
    <h2>{heading["is"]}</h2>{_list(evidence.is_)}
    <h2>{heading["is_not"]}</h2>{_list(evidence.is_not)}
    <h2>{heading["good"]}</h2>{_list(key_points)}
    <h2 style="color:{warning_colour}">{heading["stop"]}</h2>
    <p>{html.escape(evidence.red_flag_intro)}</p>
    <p><b>{html.escape(evidence.emergency_title)}</b></p>{_list(evidence.emergency)}
    <p><b>{html.escape(evidence.soon_title)}</b></p>{_list(evidence.soon)}
    <h2>{heading["sources"]}</h2><ol>{sources}</ol>
    <p>{origin}</p>
    """


class AboutPage(QWidget):
    def __init__(self, evidence: Evidence | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.evidence = evidence or load_evidence()
        self.threshold = 2
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        title = QLabel(self.tr("About the evidence"))
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("About BackCoach and its sources"))
        self.text.setAccessibleDescription(
            self.tr("What BackCoach is and is not, when to get urgent help, sources")
        )
        layout.addWidget(self.text)
        self._render()

    def _render(self) -> None:
        # Headings sized for reading at arm's length; colours come from the palette so
        # the page follows the light or dark theme.
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Link).name()
        self.text.document().setDefaultStyleSheet(
            f"h2 {{ color: {accent}; font-size: 15pt; margin-top: 14px; }}"
            "li { margin-bottom: 6px; } p { margin-bottom: 6px; }"
        )
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        colour = "#ffb36b" if dark else "#a63d00"
        # Room for the sources' "10." and "11." at large text (Qt's 40 px cut them).
        indent = self.text.fontMetrics().horizontalAdvance("00.") * 1.8
        self.text.document().setIndentWidth(max(40.0, indent))
        self.text.setHtml(evidence_html(self.evidence, colour, self.threshold))

    def set_threshold(self, threshold: int) -> None:
        """Show the pain rule with the threshold in force."""
        if threshold != self.threshold:
            self.threshold = threshold
            self._render()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._render()
