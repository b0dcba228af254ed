"""Article text is data in every format: escaped, never executed, never fetched.

The end-to-end checks run a real HTTP server on 127.0.0.1 and count what reaches it.
"""

from __future__ import annotations

import html.parser
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from briefgen_plugins.render_html import HtmlRenderer
from briefgen_plugins.render_pdf import PdfRenderer, layout
from briefings import hostile
from pdf_text import reader, text

from briefgen.protocols import Settings
from briefgen.safe_fetch import AssetFetcher, RefusedURL
from briefgen.templating import templates_dir

SCRIPT = "<script>alert(1)</script>"
TEMPLATE = "{{ 7*7 }}"
# What the template syntax would print if it ran; a lone number, so that a server port such as
# 45491 in a URL does not count.
EVALUATED = re.compile(r"(?<!\d)49(?!\d)")


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    """A throwaway HTTP server; yields its base URL and the list of paths requested from it."""
    requests: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requests
    httpd.shutdown()
    httpd.server_close()


def payloads(base: str) -> tuple[str, ...]:
    return (
        SCRIPT,
        TEMPLATE,
        f'<img src="{base}/img">',
        "<link rel=attachment href=file:///etc/passwd>",
        f"<style>@import url({base}/css);</style>",
    )


class Elements(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)


def test_the_fetcher_serves_assets_and_data_urls_only() -> None:
    root = templates_dir()
    fetcher = AssetFetcher(root)
    font = fetcher.fetch((root / "fonts" / "NotoSans-Regular.ttf").as_uri())
    assert font.read()[:4] == b"\x00\x01\x00\x00"
    assert fetcher.fetch("data:text/plain,hi").read() == b"hi"
    for url in (
        "http://127.0.0.1:9/x",
        "https://example.org/x.css",
        "file:///etc/passwd",
        root.as_uri() + "/../../../../etc/passwd",
        "ftp://127.0.0.1/x",
        "file://otherhost" + (root / "briefing.css").as_posix(),
    ):
        with pytest.raises(RefusedURL):
            fetcher.fetch(url)


def test_the_fetcher_refuses_a_symlink_out_of_the_assets(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "secret").write_text("secret", encoding="utf-8")
    (tmp_path / "assets" / "link.css").symlink_to(tmp_path / "secret")
    with pytest.raises(RefusedURL):
        AssetFetcher(tmp_path / "assets").fetch((tmp_path / "assets" / "link.css").as_uri())


def test_hostile_text_is_escaped_in_html() -> None:
    page = HtmlRenderer().render(hostile(payloads("http://127.0.0.1:9")), Settings()).data.decode()
    assert SCRIPT not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    body = page[page.index("<body>") :]  # the head holds the embedded fonts' base64, digits and all
    assert TEMPLATE in body and not EVALUATED.search(body)
    parser = Elements()
    parser.feed(page)
    assert not {"script", "img", "link"} & set(parser.tags)
    assert parser.tags.count("style") == 2  # the template's own


def test_a_hostile_briefing_pdf_shows_the_text_and_fetches_nothing(server) -> None:
    base, requests = server
    data = PdfRenderer().render(hostile(payloads(base)), Settings()).data
    content = text(data)
    assert SCRIPT in content and TEMPLATE in content and not EVALUATED.search(content)
    assert f'<img src="{base}/img">' in content
    assert requests == []
    assert dict(reader(data).attachments) == {}
    assert b"root:" not in data


def test_the_fetcher_alone_stops_real_markup_from_fetching(server) -> None:
    """Defence in depth: even unescaped markup (an escaping bug) cannot reach out through WeasyPrint."""
    base, requests = server
    markup = (
        f'<html><head><link rel="stylesheet" href="{base}/css"></head><body>'
        f'<img src="{base}/img"><p style="background: url({base}/bg)">x</p>'
        '<a rel="attachment" href="file:///etc/passwd">passwd</a>'
        '<link rel="attachment" href="file:///etc/passwd"></body></html>'
    )
    data = layout(markup).write_pdf()
    assert requests == []
    assert dict(reader(data).attachments) == {}
    assert b"root:" not in data
