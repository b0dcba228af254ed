"""The Markdown renderer: every item, and article text that stays text in a Markdown renderer."""

from __future__ import annotations

import html

from briefgen_plugins.render_md import MarkdownRenderer, code, escape
from briefings import hostile, normal
from markdown_it import MarkdownIt

from briefgen.protocols import Settings

HOSTILE = (
    "<script>alert(1)</script>",
    "[click](http://127.0.0.1:9/x)",
    "![pixel](http://127.0.0.1:9/p.png)",
    "<img src=http://127.0.0.1:9/i>",
    "see http://127.0.0.1:9/bare and www.example.org",
    "**bold** _it_ `code` &lt;b&gt; # heading | a | ~~gone~~",
)


def markdown(briefing) -> str:
    return MarkdownRenderer().render(briefing, Settings()).data.decode("utf-8")


def to_html(text: str) -> str:
    """Render as GitHub-flavoured Markdown would, bare-URL autolinking included."""
    return MarkdownIt("gfm-like").render(text)


def test_every_section_is_rendered() -> None:
    text = markdown(normal())
    for heading in ("# Training course", "## Key people", "## Key figures", "## Outcomes", "## Sources"):
        assert heading in text
    assert "- **Tran Van Minh** — Deputy Head of the Steering Committee [1]" in text
    assert "- **6.1 %** provincial economic growth in 2023 [2]" in text
    assert "` https://news.example.org/a2 `" in text


def test_article_text_cannot_inject_links_images_html_or_formatting() -> None:
    rendered = to_html(markdown(hostile(HOSTILE)))
    for tag in ("<a ", "<img", "<script", "<strong>bold", "<em>it", "<code>code", "<s>", "<h1>heading"):
        assert tag not in rendered, tag
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered


def test_escaped_text_renders_back_to_itself() -> None:
    for payload in HOSTILE:
        rendered = MarkdownIt("gfm-like").renderInline(escape(payload))
        assert html.unescape(rendered) == payload


def test_code_spans_hold_backticks() -> None:
    assert MarkdownIt("commonmark").renderInline(code("a``b")) == "<code>a``b</code>"
