"""Hostile HTML and CSS in articles: nothing is fetched, nothing is embedded, everything is escaped.

The markup points at a logging server on 127.0.0.1 and at /etc/passwd. It arrives three ways:
as live markup in an .html page, as escaped markup (text) in that page, and as raw markup in
plain-text and JSONL article bodies, which reach the briefing template as text. The whole
pipeline runs with every format; afterwards the server's log must be empty, the PDFs must carry
no file, and the HTML output must show the markup as escaped text.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from urllib.request import urlopen

import pytest

from briefgen.pipeline import run
from briefgen.testing import FakeSummariser, registered

from .accounting import add_figure, unaccounted
from .articles import article
from .http_log import RequestLog
from .markup import LIVE_TAG, PASSWD, body_of, embedded_files, hostile_markup, live_references

FORMATS = ("pdf", "html", "md", "json")


def _write_hostile_articles(folder: Path, base: str) -> list[Path]:
    markup = hostile_markup(base)
    live = "".join(markup)
    escaped = html.escape(" ".join(markup))
    # One snippet per sentence, so each becomes a short outcome that the page shows whole. The page
    # shows the first eight outcomes (and an English title, not the headline): the snippets the test
    # looks for come first, ahead of the article's own sentences.
    shown = sorted(markup, key=lambda m: not any(k in m for k in ("<img", "<script", "passwd")))
    sentences = " ".join(f"Delegates saw {snippet}." for snippet in shown)
    folder.mkdir()
    page = folder / "page.html"
    page.write_text(
        f"<html lang='en'><head><title>{escaped}</title>{live}</head><body><article>"
        f"<h1>Conference {escaped}</h1><p>{html.escape(sentences)}</p>{live}"
        f"<p>{article(0, language='en')}</p></article></body></html>",
        encoding="utf-8",
    )
    text = folder / "body.txt"
    text.write_text(article(1, extra=sentences), encoding="utf-8")
    records = folder / "records.jsonl"
    records.write_text(
        json.dumps({"title": live, "text": article(2, extra=sentences), "url": f"{base}/u"}),
        encoding="utf-8",
    )
    return [page, text, records]


@pytest.mark.parametrize("summariser", ["fake", "extractive"])
def test_hostile_markup_is_never_fetched_embedded_or_live(
    tmp_path: Path, web: RequestLog, summariser: str
) -> None:
    paths = _write_hostile_articles(tmp_path / "in", web.base)
    with registered(FakeSummariser.plugin()):
        report = run([tmp_path / "in"], tmp_path / "out", FORMATS, summariser, keep_briefings=True)
    assert unaccounted(report, paths) == []
    assert report.briefings, report.failures
    add_figure("requests_reached_server", len(web.requests))
    assert web.requests == []
    written = {p.suffix: [q for q in report.written if q.suffix == p.suffix] for p in report.written}
    for pdf in written[".pdf"]:
        assert embedded_files(str(pdf)) == []
        assert b"root:x:0:0" not in pdf.read_bytes()
    for page in written[".html"]:
        text = page.read_text(encoding="utf-8")
        assert live_references(text, web.base) == [] and live_references(text, PASSWD) == []
        assert LIVE_TAG.search(body_of(text)) is None
    if summariser == "fake":  # every sentence is an outcome, so the markup must show, escaped
        shown = "".join(p.read_text(encoding="utf-8") for p in written[".html"])
        assert "&lt;img src=" in shown and "&lt;script" in shown and "/etc/passwd" in shown
        markdown = "".join(p.read_text(encoding="utf-8") for p in written[".md"])
        assert "\\<img src=" in markdown and LIVE_TAG.search(markdown.replace("\\<", "")) is None
    with urlopen(f"{web.base}/probe") as answer:  # the witness itself works: it logs what reaches it
        answer.read()
    assert web.requests == ["GET /probe"]
