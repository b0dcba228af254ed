"""The built-in loaders on real files in every encoding and shape the field sends, good and bad."""

from __future__ import annotations

import codecs
import json
import threading
import unicodedata
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from briefgen.models import Article
from briefgen.pipeline import Failure, load_articles
from briefgen.plugins import get_registry
from briefgen.protocols import LoadError

ARABIC = "عقدت اللجنة التوجيهية لحقوق الإنسان في مقاطعة لاو كاي مؤتمرا تدريبيا بمشاركة 250 مندوبا."
VIETNAMESE = "Hội nghị tập huấn công tác nhân quyền năm 2024 tại tỉnh Lào Cai có 250 đại biểu tham dự."
FRENCH = "La conférence a réuni 180 délégués à Hué ; le vice-ministre a présenté les résultats obtenus."
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def load(*paths: Path) -> tuple[list[Article], list[Failure]]:
    return load_articles(list(paths), get_registry(), max_bytes=10**7)


def load_one(path: Path) -> Article:
    articles, failures = load(path)
    assert failures == []
    assert len(articles) == 1
    return articles[0]


def failure_of(path: Path) -> str:
    articles, failures = load(path)
    assert articles == []
    assert [f.source for f in failures] == [str(path)]
    return failures[0].message


def cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 stores it: base letters precomposed, tone marks combining."""
    out = []
    for char in text:
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONES))
        out.append(base + "".join(p for p in parts if p in _TONES))
    return "".join(out).encode("cp1258")


# --- encodings -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("utf8.txt", FRENCH.encode("utf-8"), FRENCH),
        ("utf8_bom.txt", codecs.BOM_UTF8 + ARABIC.encode("utf-8"), ARABIC),
        ("utf16le.txt", ARABIC.encode("utf-16"), ARABIC),
        ("utf16be.txt", codecs.BOM_UTF16_BE + VIETNAMESE.encode("utf-16-be"), VIETNAMESE),
        ("arabic_cp1256.txt", ARABIC.encode("cp1256"), ARABIC),
        ("vietnamese_cp1258.txt", cp1258(VIETNAMESE), VIETNAMESE),
        ("french_cp1252.txt", (FRENCH + " L’État s’engage.").encode("cp1252"), FRENCH + " L’État s’engage."),
        ("french_latin1.txt", FRENCH.encode("latin-1"), FRENCH),
        ("windows_lines.txt", (FRENCH + "\r\n" + FRENCH + "\r\n").encode("utf-8"), FRENCH + "\n" + FRENCH),
    ],
)
def test_text_is_decoded_whatever_the_encoding(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    article = load_one(path)
    assert article.text.strip() == expected
    assert not article.text.startswith("\ufeff")
    assert (article.id, article.path, article.format) == (path.stem, str(path), "text")


def test_vietnamese_text_is_nfc_so_quotes_match_across_encodings(tmp_path: Path) -> None:
    (tmp_path / "nfd.txt").write_text(unicodedata.normalize("NFD", VIETNAMESE), encoding="utf-8")
    assert load_one(tmp_path / "nfd.txt").text == VIETNAMESE


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b" \n\t\r\n  ", "only whitespace"),
        ("blank16.txt", "  \n ".encode("utf-16"), "only whitespace"),
        ("empty.html", b"", "file is empty"),
        ("nul.txt", b"text\x00\x00\x00\x01\x02binary" * 20, "NUL bytes"),
        ("controls.txt", bytes(range(1, 32)) * 40, "control characters"),
        ("noise.txt", bytes(range(1, 32)) * 40 + bytes(range(128, 256)) * 8, "which text encoding"),
        ("broken_bom.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "byte-order mark"),
    ],
)
def test_unusable_files_are_refused_by_name_with_a_hint(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    message = failure_of(path)
    assert problem in message
    assert "(" in message  # the hint says what to do about it


def test_unsupported_extension_names_the_supported_ones(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04")
    message = failure_of(path)
    assert "unsupported" in message
    assert ".txt" in message
    assert ".jsonl" in message


def test_one_bad_file_does_not_cost_the_others(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.md").write_text("# Titre\n\n" + FRENCH, encoding="utf-8")
    articles, failures = load(tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.md")
    assert [a.id for a in articles] == ["a", "c"]
    assert [f.source for f in failures] == [str(tmp_path / "b.txt")]


def test_markdown_heading_becomes_the_title(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text("# Human rights training in Hue\n\n" + FRENCH, encoding="utf-8")
    article = load_one(path)
    assert article.title == "Human rights training in Hue"
    assert article.format == "markdown"
    assert FRENCH in article.text


# --- HTML ------------------------------------------------------------------------------------------


class _Recorder(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<p>fetched</p>")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def web() -> Iterator[tuple[str, list[str]]]:
    """A real HTTP server on 127.0.0.1 that records every request it gets."""
    _Recorder.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.requests
    server.shutdown()
    server.server_close()


def page(base: str) -> str:
    return f"""<!doctype html><html lang="id-ID"><head>
<title>Konferensi HAM | Portal Berita</title>
<meta property="og:title" content="Konferensi HAM (OG)">
<meta property="og:url" content="{base}/og">
<link rel="canonical" href="{base}/canonical">
<meta property="article:published_time" content="2024-08-23T09:15:00+07:00">
<link rel="stylesheet" href="{base}/style.css"><script src="{base}/tracker.js"></script>
<style>p {{ color: red }}</style></head>
<body><nav><a href="/">Beranda</a> | Nasional</nav>
<article><h1>Konferensi hak asasi manusia di Can Tho</h1>
<p>Konferensi dihadiri oleh <b>180 delegasi</b> dari 13 provinsi.</p>
<figure><img src="{base}/photo.jpg"><figcaption>Para delegasi (Foto: Panitia)</figcaption></figure>
<p>Delegasi mengusulkan pelatihan tahunan.<br>Baris kedua.</p>
<script>document.write("injected")</script>
<form action="{base}/subscribe"><input name="email"><button>Langganan</button></form>
</article>
<aside>Berita terkait: Hanoi</aside>
<iframe src="{base}/frame"></iframe>
<footer>© 2024 Portal Berita</footer></body></html>"""


def test_html_body_without_chrome_and_nothing_fetched(tmp_path: Path, web: tuple[str, list[str]]) -> None:
    base, requests = web
    path = tmp_path / "can_tho.html"
    path.write_text(page(base), encoding="utf-8")
    article = load_one(path)
    assert article.text.split("\n") == [
        "Konferensi hak asasi manusia di Can Tho",
        "Konferensi dihadiri oleh 180 delegasi dari 13 provinsi.",
        "Para delegasi (Foto: Panitia)",
        "Delegasi mengusulkan pelatihan tahunan.",
        "Baris kedua.",
    ]
    for chrome in ("Beranda", "©", "injected", "color", "Langganan", "terkait", "fetched"):
        assert chrome not in article.text
    assert requests == []


def test_html_metadata_comes_from_the_page_markup(tmp_path: Path, web: tuple[str, list[str]]) -> None:
    base, _ = web
    path = tmp_path / "can_tho.html"
    path.write_text(page(base), encoding="utf-8")
    article = load_one(path)
    assert article.title == "Konferensi hak asasi manusia di Can Tho"
    assert article.url == f"{base}/canonical"
    assert article.published == "2024-08-23T09:15:00+07:00"
    assert article.language == "id"
    assert article.format == "html"


def test_html_without_article_takes_the_largest_block_of_paragraphs(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Hội nghị nhân quyền</title><meta property='og:title' content='OG'></head><body>"
        "<div class='sidebar'><p>Tin mới</p><p>Quảng cáo</p></div>"
        f"<div class='story'><p>{VIETNAMESE}</p><p>Đại biểu đề xuất tập huấn hằng năm.</p></div>"
        "<p>Bản quyền</p><time datetime='2024-03-28'>28/3</time></body></html>"
    )
    path = tmp_path / "story.htm"
    path.write_text(html, encoding="utf-8")
    article = load_one(path)
    assert article.text == VIETNAMESE + "\nĐại biểu đề xuất tập huấn hằng năm."
    assert article.title == "OG"  # no <h1>: Open Graph before <title>
    assert article.published == "2024-03-28"


def test_html_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    html = f'<html><head><meta charset="windows-1256"></head><body><main><p>{ARABIC}</p></main></body></html>'
    path = tmp_path / "arabic.html"
    path.write_bytes(html.encode("cp1256"))
    assert load_one(path).text == ARABIC


def test_html_with_only_navigation_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><footer>(c)</footer></body></html>")
    assert "no article text" in failure_of(path)


# --- JSON and JSONL --------------------------------------------------------------------------------


def record(text: str, **fields: str) -> dict[str, str]:
    return {"text": text, **fields}


def test_json_single_record_keeps_its_metadata(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    fields = {
        "title": "Hội nghị",
        "url": "https://example.org/a",
        "published": "2024-03-28",
        "language": "VI",
    }
    path.write_text(json.dumps(record(VIETNAMESE, **fields), ensure_ascii=False), encoding="utf-8")
    article = load_one(path)
    assert (article.id, article.text, article.title, article.url, article.published, article.language) == (
        "one",
        VIETNAMESE,
        "Hội nghị",
        "https://example.org/a",
        "2024-03-28",
        "vi",
    )


def test_json_list_numbers_its_records_and_accepts_body_or_content(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text(json.dumps([{"body": FRENCH}, {"content": ARABIC, "lang": "ar"}]), encoding="utf-8")
    articles, failures = load(path)
    assert failures == []
    assert [(a.id, a.text, a.language, a.format) for a in articles] == [
        ("many#1", FRENCH, None, "json"),
        ("many#2", ARABIC, "ar", "json"),
    ]


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"text": "a",\n  oops}', encoding="utf-8")
    assert "invalid JSON at line 2" in failure_of(path)


def test_jsonl_broken_line_is_reported_and_the_rest_loaded(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps(record(FRENCH)), '{"text": "unterminated', "", json.dumps({"title": "no text"})]
    lines.append(json.dumps(record(VIETNAMESE, language="vi")))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, failures = load(path)
    assert [(a.id, a.path, a.format) for a in articles] == [
        ("feed#1", str(path), "jsonl"),
        ("feed#5", str(path), "jsonl"),
    ]
    assert [f.source for f in failures] == [str(path), str(path)]
    assert "line 2 is not valid JSON" in failures[0].message
    assert "feed#4 has no text" in failures[1].message


def test_jsonl_with_no_usable_line_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "junk.jsonl"
    path.write_text("not json\n[1, 2]\n", encoding="utf-8")
    assert "no usable record" in failure_of(path)


def test_example_articles_all_load(tmp_path: Path) -> None:
    folder = Path(__file__).resolve().parents[1] / "examples" / "articles"
    articles, failures = load(*sorted(folder.iterdir()))
    assert failures == []
    assert len(articles) >= 6
    assert all(a.text.strip() for a in articles)


def test_absurd_nesting_is_refused_but_many_unclosed_paragraphs_are_not(tmp_path: Path) -> None:
    from briefgen_plugins.loaders import MAX_HTML_DEPTH, _nesting_depth

    assert _nesting_depth(b"<div><p>a<p>b<br><img src=x/></div><div><span>c</span></div>") == 2
    page = tmp_path / "paragraphs.html"
    page.write_text("<html><body>" + "<p>Hội nghị tập huấn." * (MAX_HTML_DEPTH + 10) + "</body></html>")
    assert list(get_registry().loaders["html"].load(page))
    deep = tmp_path / "deep.html"
    deep.write_bytes(b"<div>" * (MAX_HTML_DEPTH + 1) + b"text")
    with pytest.raises(LoadError, match="nest 5001 levels deep"):
        list(get_registry().loaders["html"].load(deep))
