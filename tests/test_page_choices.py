"""What a reader expects of every page: paper size, own templates, whole text off paper, pages
that move, right-to-left lines in reading order, and marks for what an analyst or a model wrote."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from briefings import arabic, normal, overfull
from pdf_text import reader, text

from briefgen import pipeline
from briefgen.models import Evidence, Outcome, Source
from briefgen.protocols import Settings
from briefgen.testing import sample_briefing

REPO = Path(__file__).resolve().parent.parent
PDFS = ("pdf", "pdf-typst")
SIZES = {"a4": (595, 842), "letter": (612, 792)}  # in pt
DECREE = "وأصدرت الحكومة القرار رقم 47/NQ-CP والاستنتاج 57-KL/TW بشأن حقوق الإنسان"


def decree_briefing():
    """An Arabic decision citing three sources, with document numbers inside the Arabic text."""
    return replace(
        sample_briefing(),
        sources=tuple(Source(x, f"{x}.txt", "ar") for x in "abc"),
        outcomes=(Outcome(DECREE, "decision", "ar", tuple(Evidence(x, DECREE) for x in "abc")),),
    )


def render(briefing, formats, **options) -> dict[str, bytes]:
    return pipeline.render(briefing, formats, Settings(options))


# --- right to left -------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", PDFS)
def test_left_to_right_tokens_and_citations_keep_their_order_in_arabic_pdf_text(engine: str) -> None:
    """Left to the bidi algorithm, "47/NQ-CP" read "NQ-CP/47" and [1,2,3] read [3,2,1]."""
    page = text(render(decree_briefing(), [engine])[engine])
    assert "47/NQ-CP" in page and "57-KL/TW" in page
    assert "NQ-CP/47" not in page and "KL/TW-57" not in page
    assert "[1,2,3]" in page and "[3,2,1]" not in page


def test_html_isolates_left_to_right_tokens_and_markers_in_arabic_text() -> None:
    html = render(decree_briefing(), ["html"])["html"].decode()
    assert '<bdi dir="ltr">47/NQ-CP</bdi>' in html and '<bdi dir="ltr">57-KL/TW</bdi>' in html
    assert '<sup class="mark" dir="ltr">' in html


# --- paper ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", PDFS)
@pytest.mark.parametrize("size", ["a4", "letter"])
def test_a_full_briefing_is_one_page_of_the_paper_asked_for(engine: str, size: str) -> None:
    pdf = reader(render(overfull(12, 20, 12), [engine], page_size=size)[engine])
    assert len(pdf.pages) == 1
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == SIZES[size]


def test_an_unknown_page_size_is_refused() -> None:
    with pytest.raises(pipeline.PluginFailure, match="unknown page size 'a5'"):
        render(normal(), ["pdf"], page_size="a5")


def test_cli_takes_page_size_and_format_names_in_any_case(run_cli, tmp_path: Path) -> None:
    example = REPO / "examples" / "articles" / "en_hanoi_education.md"
    result = run_cli(
        "build", str(example), "-o", str(tmp_path), "--format", "PDF,Md", "--page-size", "Letter"
    )
    assert result.returncode == 0, result.stderr
    (pdf,) = [p for p in tmp_path.glob("*.pdf") if p.name != "index.pdf"]
    box = reader(pdf.read_bytes()).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == SIZES["letter"]
    assert list(tmp_path.glob("*.md"))


# --- own templates -------------------------------------------------------------------------------


def test_templates_folder_replaces_the_stylesheet_and_keeps_the_rest(tmp_path: Path) -> None:
    shipped = (REPO / "templates" / "briefing.css").read_text(encoding="utf-8")
    (tmp_path / "briefing.css").write_text(shipped + "\n.name { color: #123456; }\n", encoding="utf-8")
    html = render(normal(), ["html"], templates=str(tmp_path))["html"].decode()
    assert ".name { color: #123456; }" in html and 'class="name"' in html
    pdf = render(normal(), ["pdf"], templates=str(tmp_path))["pdf"]
    assert len(reader(pdf).pages) == 1


def test_an_own_template_stays_autoescaped(tmp_path: Path) -> None:
    (tmp_path / "briefing.html.j2").write_text("<h1>{{ page.title.text }}</h1>\n", encoding="utf-8")
    briefing = replace(normal(), event=replace(normal().event, title="<script>alert(1)</script>"))
    html = render(briefing, ["html"], templates=str(tmp_path))["html"].decode()
    assert html.strip() == "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"


@pytest.mark.parametrize(
    ("source", "line"),
    [("<p>\n\n{{ page.title.text }\n", 3), ("<p>\n\n{{ page.no_such_field.text }}\n", 3)],
)
def test_a_broken_own_template_is_named_by_file_and_line(tmp_path: Path, source: str, line: int) -> None:
    template = tmp_path / "briefing.html.j2"
    template.write_text(source, encoding="utf-8")
    with pytest.raises(pipeline.PluginFailure) as failure:
        render(normal(), ["html"], templates=str(tmp_path))
    assert f"{template}:{line}" in str(failure.value)


def test_cli_render_takes_templates_and_page_size(run_cli, tmp_path: Path) -> None:
    (tmp_path / "b.json").write_bytes(render(normal(), ["json"])["json"])
    own = tmp_path / "own"
    own.mkdir()
    (own / "briefing.html.j2").write_text("<p>own {{ page.title.text }}</p>\n", encoding="utf-8")
    result = run_cli(
        "render", str(tmp_path / "b.json"), "-o", str(tmp_path / "out"), "-f", "HTML,pdf",
        "--templates", str(own), "--page-size", "letter",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "b.html").read_text(encoding="utf-8").startswith("<p>own ")
    box = reader((tmp_path / "out" / "b.pdf").read_bytes()).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == SIZES["letter"]


# --- off paper: every word, and a page that can be moved ---------------------------------------

LONG = " ".join(f"word{i}" for i in range(150))  # far past what a page's outcome holds


def long_briefing():
    briefing = normal()
    outcome = replace(briefing.outcomes[0], text=LONG)
    person = replace(briefing.people[0], role=LONG)
    people = (person, *briefing.people[1:])
    return replace(briefing, outcomes=(outcome, *briefing.outcomes[1:]), people=people)


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_formats_that_scroll_cut_no_text(fmt: str) -> None:
    out = render(long_briefing(), [fmt])[fmt].decode()
    assert LONG in out and "…" not in out


def test_the_pdf_still_cuts_what_a_page_cannot_hold() -> None:
    page = text(render(long_briefing(), ["pdf"])["pdf"])
    assert "word149" not in page and "…" in page


def test_html_carries_its_fonts_and_points_at_no_file() -> None:
    latin = render(normal(), ["html"])["html"].decode()
    assert "url(fonts/" not in latin and "data:font/ttf;base64," in latin
    assert latin.count("data:font/ttf;base64,") == 2  # Noto Sans regular and bold; no Arabic to draw
    rtl = render(arabic(), ["html"])["html"].decode()
    assert "url(fonts/" not in rtl and rtl.count("data:font/ttf;base64,") == 4  # and Amiri for Arabic


def test_the_screen_page_lets_source_lines_wrap() -> None:
    css = (REPO / "templates" / "briefing.css").read_text(encoding="utf-8")
    assert re.search(r"html\.paged \.sources li \{[^}]*text-overflow: ellipsis", css)
    assert not re.search(r"(?m)^\.sources li \{[^}]*text-overflow", css)


# --- what an analyst edited, what a model wrote ---------------------------------------------------


def marked_briefing():
    briefing = normal()
    return replace(
        briefing,
        event=replace(briefing.event, edited=True),
        people=(replace(briefing.people[0], edited=True), *briefing.people[1:]),
        outcomes=(
            replace(briefing.outcomes[0], text_en="The province will train every commune officer."),
            *briefing.outcomes[1:],
        ),
        model_fields=("event.title", "outcomes.text_en"),
    )


def test_html_marks_edited_items_and_names_what_a_model_wrote() -> None:
    html = render(marked_briefing(), ["html"])["html"].decode()
    assert html.count('<span class="edited">edited</span>') == 2  # the header's facts and one person
    assert "Written by a model: title, English outcome sentences" in html
    source = normal().outcomes[0].text.split()[0]
    english = html.index("The province will train every commune officer.")
    assert html.index('class="source quoted"', english) < html.index(source, english)


def test_markdown_marks_edited_items_and_names_what_a_model_wrote() -> None:
    md = render(marked_briefing(), ["md"])["md"].decode()
    assert md.count("*(edited)*") == 2
    assert "Written by a model\\: title, English outcome sentences" in md  # ":" escaped, never a link
    assert "The province will train every commune officer. — “" in md


@pytest.mark.parametrize("engine", PDFS)
def test_pdf_marks_edited_items_and_names_what_a_model_wrote(engine: str) -> None:
    page = text(render(marked_briefing(), [engine])[engine]).lower()
    assert page.count("edited") == 2
    assert "written by a model: title, english outcome sentences" in page
    assert "the province will train every commune officer." in page


def test_an_unedited_page_shows_no_mark() -> None:
    out = render(normal(), ["html", "md", "pdf"])
    assert 'class="edited"' not in out["html"].decode() and "(edited)" not in out["md"].decode()
    assert "edited" not in text(out["pdf"]).lower()


# --- a forced merge of two events -------------------------------------------------------------------


def test_a_forced_merge_of_two_events_shows_the_disagreement_in_the_header(run_cli, tmp_path: Path) -> None:
    articles = REPO / "examples" / "articles"
    overrides = tmp_path / "overrides.toml"
    overrides.write_text(
        'together = [["en_hanoi_education.md", "fr_hue_journalists.txt"]]\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    result = run_cli(
        "build", str(articles / "en_hanoi_education.md"), str(articles / "fr_hue_journalists.txt"),
        "-o", str(out), "--overrides", str(overrides), "-f", "html,pdf",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (html,) = out.glob("2*.html")
    header = html.read_text(encoding="utf-8").split("</header>")[0]
    assert "<dd>6 December 2024 / 3 October 2024 (sources disagree)</dd>" in header
    assert re.search(r"<dd>Hanoi[^<]* / [^<]*Hue[^<]* \(sources disagree\)</dd>", header)
    assert "Sources disagree on" not in html.read_text(encoding="utf-8")  # said once, where it belongs
    (pdf,) = out.glob("2*.pdf")
    assert "6 December 2024 / 3 October 2024 (sources disagree)" in text(pdf.read_bytes())
