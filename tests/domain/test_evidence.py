"""The evidence page's content: the sources the health rules rest on, listed in full."""

from __future__ import annotations

from backcoach.domain.evidence import load_evidence
from backcoach.ui.about.about_page import evidence_html


def test_every_source_of_a_health_rule_is_listed() -> None:
    texts = [s.text for s in load_evidence().sources]
    assert len(texts) == 11
    assert any("Should exercises be painful" in t and "2017" in t for t in texts)
    assert any(t.startswith("NHS: Cauda equina") for t in texts)
    kent = next(t for t in texts if t.startswith("Kent P"))
    assert "The effect of changing movement and posture using motion-sensor biofeedback" in kent
    assert "pilot trial" in kent


def test_the_page_says_which_sources_back_which_rule() -> None:
    page = evidence_html(load_evidence(), "#000", threshold=3)
    assert "6 and 11 back the warning signs" in page
    assert "9 the direction check" in page
    assert "climbs 3 points or more" in page
