"""The PDF renderer: one A4 page whatever the briefing holds, readable text, shipped fonts."""

from __future__ import annotations

import json
import re

import pytest
from briefgen_plugins.render_pdf import PdfRenderer, plan
from briefings import ARABIC_QUOTE, VIETNAMESE_NAME, arabic, normal, overfull, vietnamese
from pdf_text import font_names, reader, text

from briefgen.pipeline import render
from briefgen.protocols import Settings
from briefgen.templating import PAGE_OUTCOMES

A4 = (595, 842)  # points, rounded


def pdf(briefing):
    return PdfRenderer().render(briefing, Settings())


@pytest.mark.parametrize("make", [normal, arabic, vietnamese])
def test_a_normal_briefing_fills_one_a4_page_and_omits_nothing(make) -> None:
    briefing = make()
    result = pdf(briefing)
    pages = reader(result.data).pages
    assert len(pages) == 1
    assert tuple(round(float(v)) for v in pages[0].mediabox.upper_right) == A4
    assert result.omitted == {}
    content = text(result.data)
    for person in briefing.people:
        assert person.name in content
    assert "in the JSON" not in content


def test_the_page_shows_every_section_with_source_markers_and_plain_text_sources() -> None:
    content = text(pdf(normal()).data)
    for expected in (
        "Training course on human rights",
        "14 May 2024",
        "Da Nang",
        "180 delegates from 12 provinces",
        "Deputy Head of the Steering Committee",
        "47/NQ-CP",
        "Departments must report on treaty implementation",
        "corpus/a1.txt",
        "https://news.example.org/a2",
    ):
        assert expected in content
    assert re.search(r"Tran Van Minh ?\[1\]", content)
    assert re.search(r"annually\. ?\[2\]", content)


def test_a_grossly_overfull_briefing_still_gets_one_page_and_says_what_it_left_out() -> None:
    briefing = overfull(people=80, figures=200, outcomes=100)
    result = pdf(briefing)
    assert len(reader(result.data).pages) == 1
    for kind, total in (("people", 80), ("figures", 200), ("outcomes", 100)):
        assert 0 < result.omitted[kind] < total  # something dropped, something kept
    content = text(result.data)
    # Lists are in priority order: the first items stay, the last ones go.
    assert "Person Number 0" in content and "Person Number 79" not in content
    assert "item 0." in content and "item 99." not in content
    line = re.search(r"\+(\d+) people, (\d+) figures, (\d+) outcomes", content)
    assert line, content[-400:]
    assert [int(n) for n in line.groups()] == [result.omitted[k] for k in ("people", "figures", "outcomes")]
    assert "in the JSON" in content


def test_type_shrinks_before_anything_is_dropped() -> None:
    roomy, _ = plan(normal(), 10_000)
    size, counts = plan(overfull(people=12, figures=12, outcomes=12), 770)
    assert roomy == 10.0
    assert size < roomy
    assert counts == {"people": 12, "figures": 12, "outcomes": PAGE_OUTCOMES}  # never more than 8


def test_json_rendered_after_the_pdf_records_what_the_page_omitted() -> None:
    outputs = render(overfull(), ["json", "pdf"])
    recorded = json.loads(outputs["json"])["omitted"]
    assert recorded["figures"] > 0 and recorded["people"] > 0
    assert len(reader(outputs["pdf"]).pages) == 1


def test_arabic_text_is_extractable_and_vietnamese_keeps_its_diacritics() -> None:
    assert ARABIC_QUOTE in text(pdf(arabic()).data)
    assert VIETNAMESE_NAME in text(pdf(vietnamese()).data)


def test_only_the_shipped_fonts_are_embedded() -> None:
    names = font_names(pdf(arabic()).data)
    assert any("Noto" in n for n in names) and any("Amiri" in n for n in names)
    assert all("Noto" in n or "Amiri" in n for n in names), names


def test_an_optimistic_estimate_is_corrected_by_the_layout(monkeypatch) -> None:
    """If the estimate thinks text is far narrower than it is, the page count catches it."""
    import briefgen_plugins.render_pdf as render_pdf

    monkeypatch.setattr(render_pdf, "ADVANCE", 0.2)
    result = pdf(overfull(people=40, figures=60, outcomes=40))
    assert len(reader(result.data).pages) == 1
    assert result.omitted["outcomes"] > 0
    assert "in the JSON" in text(result.data)
