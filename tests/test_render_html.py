"""The HTML renderer: the PDF's template as a standalone page that shows every item."""

from __future__ import annotations

import re

from briefgen_plugins.render_html import HtmlRenderer
from briefings import ARABIC_QUOTE, arabic, normal, overfull

from briefgen.protocols import Settings


def page(briefing) -> str:
    return HtmlRenderer().render(briefing, Settings()).data.decode("utf-8")


def test_the_page_stands_alone_and_keeps_every_person_and_figure() -> None:
    briefing = overfull(people=30, figures=40, outcomes=20)
    html = page(briefing)
    assert html.startswith("<!DOCTYPE html>")
    assert "@font-face" in html and "<link" not in html  # stylesheet inlined, nothing to fetch
    assert html.count('<span class="name">') == 30
    assert html.count('<span class="value">') == 40
    # outcomes: the same eight as the PDF, the rest counted (the JSON keeps them all)
    assert html.count('<span class="frame">') == 8
    assert "+12 outcomes in the JSON" in html


def test_arabic_elements_carry_lang_and_direction() -> None:
    html = page(arabic())
    # the English frame leads an English item; the Arabic sentence inside it runs right to left
    outcome = re.search(
        r'<span class="frame">([^<]+)</span> <span class="source" lang="ar" dir="rtl">([^<]+)<', html
    )
    assert outcome and outcome.group(2) == ARABIC_QUOTE
    assert outcome.group(1).endswith(":")
    assert '<span class="native" lang="ar" dir="rtl">نجوين فان كي</span>' in html
    assert '<dd lang="ar" dir="rtl">هانوي</dd>' in html


def test_source_markers_link_to_the_source_list() -> None:
    html = page(arabic())
    assert '<a href="#source-1">1</a>' in html and 'id="source-1"' in html


def test_each_side_of_a_disagreement_cites_its_own_sources() -> None:
    from dataclasses import replace

    from briefgen.models import Conflict, Evidence, Source

    briefing = replace(
        normal(),
        sources=(Source("a", "a.txt", "vi"), Source("b", "b.txt", "fr")),
        conflicts=(
            Conflict(
                "delegates",
                ("250", "260"),
                (Evidence("a", "Hơn 250 đại biểu"), Evidence("b", "260 délégués ont assisté")),
            ),
        ),
    )
    html = page(briefing)
    assert re.search(
        r'250<sup class="mark" dir="ltr">\[<a href="#source-1">1</a>\]</sup> / '
        r'260<sup class="mark" dir="ltr">\[<a href="#source-2">2</a>\]</sup>',
        html,
    )


def test_mixed_text_runs_left_to_right_unless_it_starts_with_or_is_mostly_arabic() -> None:
    from briefgen.templating import span

    assert span("Colonel; Head (إدارة في المكتب الدائم)").dir is None
    assert span("TTĐN بما في ذلك النشر والدعاية ونشر المعلومات").dir == "rtl"
    assert span("هانوي").lang == "ar"
