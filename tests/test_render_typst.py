"""The pdf-typst format: the WeasyPrint page's content, one A4 page, shipped fonts, text as data.

Parity is checked against the WeasyPrint renderer itself (same briefings, same items shown, same
omission footer), and the pages are looked at as pictures in the five languages of the examples.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pypdfium2
import pytest
from briefgen_plugins.render_pdf import PdfRenderer
from briefgen_plugins.render_typst import TypstPdfRenderer, template_root
from briefings import ARABIC_QUOTE, VIETNAMESE_NAME, arabic, hostile, normal, overfull, vietnamese
from conftest import REPO
from pdf_text import font_names, reader, text, viewer_text
from PIL import Image, ImageChops

import briefgen
from briefgen.models import Briefing, Outcome
from briefgen.pipeline import render
from briefgen.protocols import Settings
from briefgen.templating import templates_dir
from briefgen.testing import evidence

A4 = (595, 842)  # points, rounded
# Typst markup, code and escapes an article might carry; each must print as the characters it is.
TYPST_PAYLOADS = (
    '#read("/etc/passwd")',
    "#set page(height: 1pt) ] \\ [",
    "$x^2$ *bold* _em_ `raw` <label> @ref // not a comment",
    "#{ panic() }",
)


def typst_pdf(briefing: Briefing):
    return TypstPdfRenderer().render(briefing, Settings())


def weasy_pdf(briefing: Briefing):
    return PdfRenderer().render(briefing, Settings())


def shown(briefing: Briefing, content: str) -> dict[str, list[int]]:
    """Which of the briefing's people, figures and outcomes a page's text shows, by index."""
    squash = re.compile(r"\s+")
    flat = squash.sub("", content)
    keys = {
        "people": [p.name for p in briefing.people],
        "figures": [f"{f.value}{f.unit}" for f in briefing.figures],
        "outcomes": [o.text[:40] for o in briefing.outcomes],
    }
    return {
        kind: [i for i, key in enumerate(keys) if squash.sub("", key) in flat] for kind, keys in keys.items()
    }


@pytest.fixture(scope="module")
def examples() -> dict[str, Briefing]:
    """One real briefing per language, built from the bundled examples by the whole pipeline."""
    by_language: dict[str, Briefing] = {}
    for briefing in briefgen.build([REPO / "examples" / "articles"]):
        by_language.setdefault(briefing.sources[0].language, briefing)
    assert set(by_language) == {"ar", "en", "fr", "id", "vi"}
    return by_language


@pytest.mark.parametrize("make", [normal, arabic, vietnamese])
def test_a_normal_briefing_fills_one_a4_page_and_omits_nothing(make) -> None:
    briefing = make()
    result = typst_pdf(briefing)
    pages = reader(result.data).pages
    assert len(pages) == 1
    assert tuple(round(float(v)) for v in pages[0].mediabox.upper_right) == A4
    assert result.omitted == {}
    content = text(result.data)
    for person in briefing.people:
        assert person.name in content
    assert "in the JSON" not in content


def test_the_page_shows_every_section_with_source_markers_and_plain_text_sources() -> None:
    content = text(typst_pdf(normal()).data)
    for expected in (
        "Training course on human rights",
        "14 May 2024",
        "Da Nang",
        "180 delegates from 12 provinces",
        "Deputy Head of the Steering Committee",
        "47/NQ-CP",
        "Sources disagree on delegates",
        "Departments must report on treaty implementation",
        "Officials trained on human rights",
        "corpus/a1.txt",
        "https://news.example.org/a2",
        "briefgen · extractive 0.1.0",
    ):
        assert expected in content
    assert re.search(r"Tran Van Minh ?\[1\]", content)
    assert re.search(r"annually\. ?\[2\]", content)


def test_source_markers_link_to_their_source_line() -> None:
    page = reader(typst_pdf(normal()).data).pages[0]
    links = [a.get_object() for a in page.get("/Annots", []) if a.get_object()["/Subtype"] == "/Link"]
    internal = [link for link in links if "/Dest" in link or link.get("/A", {}).get("/S") == "/GoTo"]
    assert len(internal) >= 5  # three people, three figures, two outcomes and a conflict cite


@pytest.mark.parametrize(
    "make",
    [normal, arabic, vietnamese, overfull, lambda: overfull(people=12, figures=12, outcomes=12)],
    ids=["normal", "arabic", "vietnamese", "overfull", "full"],
)
def test_both_engines_show_the_same_items_and_name_the_same_omissions(make) -> None:
    briefing = make()
    typst_result, weasy_result = typst_pdf(briefing), weasy_pdf(briefing)
    assert typst_result.omitted == weasy_result.omitted
    typst_text, weasy_text = viewer_text(typst_result.data), viewer_text(weasy_result.data)
    assert shown(briefing, typst_text) == shown(briefing, weasy_text)
    footer = re.compile(r"\+[^+]*? in the JSON")
    typst_line, weasy_line = footer.search(typst_text), footer.search(weasy_text)
    assert (typst_line and typst_line.group()) == (weasy_line and weasy_line.group())


def test_a_grossly_overfull_briefing_still_gets_one_page_and_says_what_it_left_out() -> None:
    result = typst_pdf(overfull(people=80, figures=200, outcomes=100))
    assert len(reader(result.data).pages) == 1
    for kind, total in (("people", 80), ("figures", 200), ("outcomes", 100)):
        assert 0 < result.omitted[kind] < total
    content = text(result.data)
    assert "Person Number 0" in content and "Person Number 79" not in content
    assert "item 0." in content and "item 99." not in content
    line = re.search(r"\+(\d+) people, (\d+) figures, (\d+) outcomes, (\d+) sources in the JSON", content)
    assert line, content[-400:]
    counts = [result.omitted[k] for k in ("people", "figures", "outcomes", "sources")]
    assert [int(n) for n in line.groups()] == counts


def test_an_optimistic_plan_is_corrected_by_the_compiler(monkeypatch) -> None:
    """If the shared estimate thinks text is far narrower than it is, typst's page count catches it."""
    import briefgen_plugins.render_pdf as render_pdf

    monkeypatch.setattr(render_pdf, "ADVANCE", 0.2)
    result = typst_pdf(overfull(people=40, figures=60, outcomes=40))
    assert len(reader(result.data).pages) == 1
    assert result.omitted["outcomes"] > 0
    assert "in the JSON" in text(result.data)


def test_json_rendered_after_the_typst_pdf_records_what_the_page_omitted() -> None:
    outputs = render(overfull(), ["json", "pdf-typst"])
    recorded = json.loads(outputs["json"])["omitted"]
    assert recorded["figures"] > 0 and recorded["people"] > 0
    assert len(reader(outputs["pdf-typst"]).pages) == 1


def test_arabic_text_is_extractable_and_vietnamese_keeps_its_diacritics() -> None:
    assert ARABIC_QUOTE in viewer_text(typst_pdf(arabic()).data)
    assert VIETNAMESE_NAME in text(typst_pdf(vietnamese()).data)


def test_only_the_shipped_fonts_are_embedded() -> None:
    names = font_names(typst_pdf(arabic()).data)
    assert any("Noto" in n for n in names) and any("Amiri" in n for n in names)
    assert all("Noto" in n or "Amiri" in n for n in names), names


def test_typst_syntax_in_article_text_stays_literal() -> None:
    data = typst_pdf(hostile(TYPST_PAYLOADS)).data
    content = text(data)
    assert len(reader(data).pages) == 1
    for payload in TYPST_PAYLOADS:
        assert payload in content, payload
    assert b"root:" not in data


def test_threads_rendering_at_once_each_get_their_own_page() -> None:
    """Each thread compiles and counts pages on its own compiler, so no page count is another's."""
    briefings = [
        replace(normal(), event=replace(normal().event, title=f"Conference number {i}")) for i in range(8)
    ]
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(typst_pdf, briefings))
    for i, result in enumerate(results):
        assert len(reader(result.data).pages) == 1 and result.omitted == {}
        assert f"Conference number {i} " in text(result.data) + " "


def test_the_compiler_root_holds_only_the_template() -> None:
    """Whatever a template did, the compiler could read nothing but what lies in its root."""
    assert [p.name for p in template_root().iterdir()] == ["briefing.typ"]


# Imports happen before the window opens: what it sees is the render alone (a cold one: fonts
# loaded, compiler made).
PROBE = """
import sys
import typst
from briefgen.protocols import Settings
from briefgen.templating import templates_dir
from briefgen_plugins.render_typst import TypstPdfRenderer
from briefings import hostile
briefing = hostile(tuple(sys.argv[1:]))
templates_dir()
try:
    open("/briefgen-probe-start")
except OSError:
    pass
TypstPdfRenderer().render(briefing, Settings())
try:
    open("/briefgen-probe-end")
except OSError:
    pass
"""
# What the compiled runtime itself looks at: the thread pool sizes itself from the process's
# cgroup, and the clock reads the time zone. None of it is content.
RUNTIME = ("/proc/self/", "/sys/fs/cgroup/", "/etc/localtime")


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_rendering_opens_no_file_outside_the_assets(tmp_path: Path) -> None:
    log = tmp_path / "trace"
    command = ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2,execve", "-o", str(log)]
    result = subprocess.run(
        [*command, sys.executable, "-c", PROBE, *TYPST_PAYLOADS],
        cwd=REPO / "tests",
        capture_output=True,
        text=True,
        timeout=120,
    )
    if result.returncode != 0 and "ptrace" in result.stderr:
        pytest.skip(f"strace cannot trace here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    trace = log.read_text(encoding="utf-8")
    window = trace[trace.index("/briefgen-probe-start") : trace.index("/briefgen-probe-end")]
    opened = re.findall(r'(?:open|openat|openat2|execve)\((?:AT_FDCWD, )?"([^"]+)"', window)
    assets = str(templates_dir().resolve())
    fonts = [p for p in opened if p.startswith(assets + "/fonts/")]
    assert fonts and any(p.endswith("briefing.typ") for p in opened)  # the window saw the render
    outside = [p for p in opened[1:] if not p.startswith(assets + "/") and not p.startswith(RUNTIME)]
    assert outside == []
    assert "/etc/passwd" not in window


def test_loading_the_cli_and_its_plugins_does_not_import_typst() -> None:
    probe = textwrap.dedent(
        """
        import sys
        import briefgen
        from briefgen.cli import cli
        from briefgen.plugins import get_registry
        assert "pdf-typst" in get_registry().renderers
        assert cli(["--help"], standalone_mode=False) == 0
        assert "typst" not in sys.modules
        print("clean")
        """
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("clean")


def test_build_writes_a_typst_pdf_beside_the_weasyprint_one(run_cli, tmp_path: Path) -> None:
    example = REPO / "examples" / "articles" / "en_hanoi_education.md"
    result = run_cli("build", str(example), "-o", str(tmp_path), "--format", "pdf,pdf-typst,json")
    assert result.returncode == 0, result.stderr
    (typst_file,) = tmp_path.glob("*.typst.pdf")
    (weasy_file,) = [p for p in tmp_path.glob("*.pdf") if p not in (typst_file, tmp_path / "index.pdf")]
    assert typst_file.name.removesuffix(".typst.pdf") == weasy_file.name.removesuffix(".pdf")
    assert len(reader(typst_file.read_bytes()).pages) == 1
    assert "Ha Thi Kim Oanh" in text(typst_file.read_bytes())


# ---- the pages as pictures ----

DPI = 60


def picture(data: bytes) -> Image.Image:
    """The first page at ``DPI``, in grey, as a viewer would show it."""
    document = pypdfium2.PdfDocument(data)
    return document[0].render(scale=DPI / 72).to_pil().convert("L")


def ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of everything darker than the paper."""
    box = image.point(lambda v: 255 if v < 200 else 0).getbbox()
    assert box, "the page is blank"
    return box


@pytest.mark.parametrize("language", ["ar", "en", "fr", "id", "vi"])
def test_the_typst_page_looks_like_the_weasyprint_page(examples, language) -> None:
    """Same margins, same header, body ending near the same height, in every language."""
    briefing = examples[language]
    typst_image, weasy_image = picture(typst_pdf(briefing).data), picture(weasy_pdf(briefing).data)
    assert typst_image.size == weasy_image.size
    (tl, tt, tr, tb), (wl, wt, wr, wb) = ink_box(typst_image), ink_box(weasy_image)
    assert abs(tl - wl) <= 2 and abs(tt - wt) <= 2 and abs(tr - wr) <= 3  # margins
    # where the last line lands: the engines break long lines (French roles, quotes) at different
    # words, so a page of many wrapped lines may end a few lines apart (6.1% on the French page)
    assert abs(tb - wb) <= 0.08 * weasy_image.height
    # The header (kicker, title, first facts) is the same picture, up to anti-aliasing.
    header = (0, 0, weasy_image.width, tt + int(0.45 * DPI))
    difference = ImageChops.difference(typst_image.crop(header), weasy_image.crop(header))
    assert sum(difference.point(lambda v: 255 if v > 96 else 0).histogram()[255:]) < 0.02 * (
        header[2] * header[3]
    )


def item_box(briefing: Briefing, outcome: Outcome) -> tuple[int, int, int, int]:
    """Where one outcome is drawn: the difference between the page with and without it."""
    data = typst_pdf(replace(briefing, outcomes=(*briefing.outcomes, outcome))).data
    without = typst_pdf(briefing).data
    box = ImageChops.difference(picture(data), picture(without)).getbbox()
    assert box, "the outcome drew nothing"
    return box


def test_arabic_runs_right_to_left_and_latin_left_to_right() -> None:
    """A short outcome in the second column hugs that column's right edge in Arabic, its left in English."""
    base = replace(arabic(), outcomes=arabic().outcomes[:1])
    width = picture(typst_pdf(base).data).width
    column_left = (14 / 210 + (1 - 28 / 210) * (0.484 + 0.032)) * width  # the second column's edges
    column_right = (1 - 14 / 210) * width
    ar_left, _, ar_right, _ = item_box(base, Outcome("أكد المشاركون", "task", "ar", evidence("ar1", "x")))
    en_left, _, en_right, _ = item_box(
        base, Outcome("Share materials.", "task", evidence=evidence("ar1", "x"))
    )
    assert abs(ar_right - column_right) <= 3 and ar_left > column_left + 0.3 * (column_right - column_left)
    assert abs(en_left - column_left) <= 3 and en_right < column_right - 0.3 * (column_right - column_left)
