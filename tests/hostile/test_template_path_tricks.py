"""Template and path tricks: Jinja syntax stays text, titles cannot steer where files are written.

A briefing's file name comes from its id, which a summariser (possibly a language model) derives
from article titles: so titles and ids here are path traversals, absolute paths, NUL bytes,
300-character runs and scripts that slug to nothing. Every file must land directly in the
output folder with a name under the 255-byte limit, and nothing may appear anywhere else.
"""

from __future__ import annotations

import html
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefgen import hookimpl
from briefgen.models import Briefing, Conference
from briefgen.pipeline import run
from briefgen.protocols import Settings
from briefgen.testing import FakeSummariser, registered
from briefgen.writing import MANIFEST

from .accounting import add_figure, unaccounted
from .articles import article

TEMPLATE_TRICKS = ("{{ 7*7 }}", "{% include 'briefing.css' %}", "{{ config }}", "{# hidden #}", "${7*7}")
TRICKY_TITLES = (
    "../../etc/cron.d/x",
    "/etc/passwd",
    "..",
    ".",
    "a/b\\c:d*e?f",
    "x" * 300,
    "é" * 300,
    "المؤتمر الإقليمي",
    "\x00nul",
    "",
    "CON",
    ".hidden",
)


class TitleAsId(FakeSummariser):
    """A summariser that uses the first article's title as the briefing id, verbatim."""

    name = "title-as-id"

    def summarise(self, conference: Conference, settings: Settings) -> Briefing:
        briefing = super().summarise(conference, settings)
        return replace(briefing, id=conference.documents[0].article.title or "")


class TitleAsIdPlugin:
    @hookimpl
    def register_summarisers(self, register):
        register(TitleAsId())


def _files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file()}


@pytest.mark.parametrize("summariser", ["title-as-id", "extractive"])
def test_titles_cannot_write_outside_or_past_name_limits(tmp_path: Path, summariser: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    paths = []
    for index, title in enumerate(TRICKY_TITLES):
        path = inputs / f"a{index}.jsonl"
        path.write_text(json.dumps({"title": title, "text": article(index)}), encoding="utf-8")
        paths.append(path)
    out = tmp_path / "deep" / "er" / "out"
    before = _files_under(tmp_path)
    with registered(TitleAsIdPlugin()):
        report = run([inputs], out, ("json", "md"), summariser, keep_briefings=True)
    assert unaccounted(report, paths) == []
    # briefgen's record of its outputs and the run overview are not briefings
    created = _files_under(tmp_path) - before - {out / MANIFEST, *out.glob("index.*")}
    add_figure("files_written_outside_output", len({p for p in created if p.parent != out}))
    assert created == set(report.written)
    assert all(path.parent == out and len(path.name.encode()) <= 255 for path in created)
    assert len(created) == 2 * len(report.briefings)  # no briefing overwrote another


def test_same_titled_conferences_get_their_own_files(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for index in range(4):  # four events in four places, all called the same
        (inputs / f"event{index}.md").write_text(
            f"# Provincial conference\n\n{article(index * 3, language='fr')}", encoding="utf-8"
        )
    report = run([inputs], tmp_path / "out", ("json",), keep_briefings=True)
    assert len(report.briefings) >= 2, report.failures
    ids = [json.loads(p.read_text(encoding="utf-8"))["id"] for p in report.written]
    assert len(report.written) == len(set(report.written)) == len(report.briefings)
    assert sorted(ids) == sorted(b.id for b in report.briefings)


def test_template_syntax_in_articles_stays_literal(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    # one sentence, so one outcome: a page shows only its first eight outcomes (issue #12)
    tricks = f"The delegates wrote {' and '.join(TEMPLATE_TRICKS)}."
    (inputs / "tricks.md").write_text(
        f"# Title {TEMPLATE_TRICKS[0]}\n\n{article(0, tricks)}", encoding="utf-8"
    )
    with registered(FakeSummariser.plugin()):
        report = run([inputs], tmp_path / "out", ("html", "md", "json", "pdf"), "fake")
    outputs = {p.suffix: p for p in report.written}
    page = html.unescape(outputs[".html"].read_text(encoding="utf-8"))
    data = json.dumps(json.loads(outputs[".json"].read_bytes()), ensure_ascii=False)
    pdf_text = " ".join(page_.extract_text() for page_ in PdfReader(outputs[".pdf"]).pages)
    markdown = outputs[".md"].read_text(encoding="utf-8").replace("\\", "")
    for trick in TEMPLATE_TRICKS:
        assert trick in data and trick in page, trick
        assert trick in markdown, trick
    assert "{{ 7*7 }}" in pdf_text.replace("\n", " ")
    assert "font-face" not in page.split("<body", 1)[1]  # the include did not pull in the stylesheet
