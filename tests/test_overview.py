"""The run overview: one row per conference and a coverage chart, read back as data."""

from __future__ import annotations

import re
from dataclasses import replace

from pdf_text import text as pdf_text

from briefgen import overview
from briefgen.models import Conflict, EventInfo, Source
from briefgen.overview import coverage, entry, overview_pdf, render_overview
from briefgen.testing import sample_briefing


def _briefings():
    base = sample_briefing()
    two = replace(
        base,
        id="b2",
        event=replace(
            base.event, title="Investment <Promotion> Conference", date="2024-06-13", place="Hanoi"
        ),
        sources=(Source("x", "x.txt", "vi"), Source("y", "y.txt", "en"), Source("z", "z.txt", "vi")),
        conflicts=(Conflict("delegates", ("250", "260")),),
    )
    undated = replace(base, id="b3", event=EventInfo(title="Forum"), sources=(Source("u", "u.txt", "fr"),))
    return [entry(b) for b in (base, two, undated)]  # what a run keeps of each briefing


def test_the_chart_counts_reports_per_day_by_language():
    chart = coverage(_briefings())
    bars = {(b.day, b.language): b.count for b in chart.bars}
    assert bars == {("2024-06-12", "en"): 1, ("2024-06-13", "vi"): 2, ("2024-06-13", "en"): 1}
    assert chart.undated == 1
    assert max(b.h for b in chart.bars) <= chart.axis


def test_the_page_has_a_row_per_conference_and_the_chart_as_svg_data():
    html = render_overview(_briefings(), ["a.pdf", "b2.pdf", None], paged=False)
    rects = re.findall(r'<rect [^>]*data-day="([^"]+)" data-language="([^"]+)" data-count="(\d+)"', html)
    assert sorted(rects) == [("2024-06-12", "en", "1"), ("2024-06-13", "en", "1"), ("2024-06-13", "vi", "2")]
    assert html.count("<tr data-id=") == 3
    assert "Investment &lt;Promotion&gt; Conference" in html and "<Promotion>" not in html
    assert '<a href="b2.pdf">' in html and "sources disagree on delegates" in html
    assert "http" not in html.replace("http://www.w3.org/2000/svg", "")


def test_the_pdf_overview_renders_every_row():
    text = pdf_text(overview_pdf(_briefings(), ["a.pdf", "b2.pdf", None]))
    assert "Investment <Promotion> Conference" in text and "Forum" in text and "b2.pdf" in text


def test_a_long_pdf_overview_is_laid_out_in_parts_and_keeps_every_row(monkeypatch):
    """WeasyPrint holds a whole document's layout (about 150 KB a row), so index.pdf is laid out
    a few rows at a time: no part holds more than PDF_ROWS rows, and the joined file has them all,
    in date order, with the header and the chart once."""
    parts = []
    layout = overview.layout_pdf

    def counted(html: str) -> bytes:
        parts.append(html.count("<tr data-id="))
        return layout(html)

    monkeypatch.setattr(overview, "PDF_ROWS", 2)
    monkeypatch.setattr(overview, "layout_pdf", counted)
    base = sample_briefing()
    days = [f"2024-06-{day:02d}" for day in (14, 11, 13, 10, 12)]
    entries = [
        entry(replace(base, id=f"b{n}", event=replace(base.event, title=f"Meeting number {n}", date=day)))
        for n, day in enumerate(days)
    ]
    text = " ".join(pdf_text(overview_pdf(entries, [f"b{n}.pdf" for n in range(5)])).split())
    assert parts == [2, 2, 1]
    order = [text.index(f"Meeting number {n}") for n in (3, 1, 4, 2, 0)]  # 10th, 11th, ... 14th
    assert order == sorted(order)
    assert text.count("5 conference briefings") == 1 and text.count("Coverage") == 1
    assert text.lower().count("conferences (continued)") == 2  # h2 in small caps
