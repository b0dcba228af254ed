"""Hypothesis strategies for garbage: hostile Unicode, broken encodings, binary and broken formats.

Kept apart from the tests so the pipeline property and the loader property draw from the same
definitions of "garbage".
"""

from __future__ import annotations

import json

from hypothesis import strategies as st

from .articles import LANGUAGES, article

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
CONTROLS = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029\r\t"
SCRIPTS = "aZéĐđươỹ ثابتالمؤتمر中文한국어Ωжअ😀\u0301\u0651٣۴0123456789.,;:!?%/-()\"'«»“”"
SPECIAL = BIDI + ZERO_WIDTH + CONTROLS + SCRIPTS + " \n"

# Any code point but lone surrogates (which no encoder writes), and text made mostly of the
# characters that break naive code: direction overrides, invisible joiners, controls, mixed scripts.
any_unicode = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
special_soup = st.text(st.sampled_from(SPECIAL), max_size=300)
hostile_text = st.one_of(any_unicode, special_soup)


@st.composite
def spoiled_article(draw: st.DrawFn) -> str:
    """A realistic article with garbage spliced in at a random point."""
    text = article(draw(st.integers(0, 10_000)), language=draw(st.sampled_from(LANGUAGES)))
    at = draw(st.integers(0, len(text)))
    return text[:at] + draw(hostile_text) + text[at:]


texts = st.one_of(hostile_text, spoiled_article())
ENCODINGS = ("utf-8", "utf-16", "utf-16-le", "utf-32", "cp1252", "cp1256", "cp1258", "latin-1")


@st.composite
def encoded(draw: st.DrawFn, text: st.SearchStrategy[str] = texts) -> bytes:
    """Text in some encoding (unencodable characters dropped), sometimes with bytes broken."""
    data = draw(text).encode(draw(st.sampled_from(ENCODINGS)), errors="ignore")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = (
            data[:at]
            + draw(st.sampled_from([b"\xff", b"\xc3", b"\xe2\x80", b"\x00", b"\xed\xa0\x80"]))
            + data[at:]
        )
    return data


binary = st.one_of(
    st.binary(max_size=2000),
    st.sampled_from([b"", b" ", b"\n\n\t  \r\n", b"\x00" * 64, b"\x89PNG\r\n\x1a\n" + bytes(range(256))]),
)

HTML_SHAPES = (
    "{}",
    "<html><head><title>{}</title></head></html>",
    "<html><head><meta charset=utf-8></head><body><article><h1>{}</h1><p>{}</p></article></body></html>",
    "<p>{}<p>{}<div><span>{}",
    "<!doctype html><html lang='xx-YY'><body><nav>{}</nav><main>{}</main><footer>{}</footer>",
    "<html><body><script>{}</script><style>{}</style></body></html>",
    "<table><tr><td>{}</td></tr></table><!-- {} --><![CDATA[{}]]>",
)


@st.composite
def html_page(draw: st.DrawFn) -> bytes:
    """A page of some broken or bodiless shape with garbage in its slots."""
    pieces = draw(st.sampled_from(HTML_SHAPES)).split("{}")
    filled = [pieces[0]]
    for piece in pieces[1:]:
        filled += [draw(texts), piece]
    return "".join(filled).encode("utf-8", errors="ignore")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | texts,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(["text", "title", "x"]), inner)
    ),
    max_leaves=8,
)
record = st.fixed_dictionaries(
    {"text": texts},
    optional={
        "title": st.one_of(texts, st.integers()),
        "language": st.sampled_from(["fr", "id", "vi", "en", "ar", "zz", "", "FR-fr"]),
        "url": st.text(max_size=40),
        "published": st.text(max_size=30),
    },
)


@st.composite
def jsonl_file(draw: st.DrawFn) -> bytes:
    """JSON Lines with good records, broken lines, non-object lines and blank lines mixed."""
    line = st.one_of(
        record.map(json.dumps),
        json_values.map(json.dumps),
        texts.map(lambda t: t.replace("\n", " ")),  # not JSON at all
        record.map(lambda r: json.dumps(r)[:-3]),  # cut short
        st.just(""),
    )
    return "\n".join(draw(st.lists(line, max_size=6))).encode("utf-8", errors="ignore")


json_file = st.one_of(
    record.map(json.dumps),
    st.lists(record, max_size=4).map(json.dumps),
    json_values.map(json.dumps),
    texts,
).map(lambda s: s.encode("utf-8", errors="ignore"))

# (suffix, bytes) pairs: each format gets its own garbage, and any format gets plain garbage.
files = st.one_of(
    st.tuples(st.sampled_from([".txt", ".md"]), st.one_of(encoded(), binary)),
    st.tuples(st.sampled_from([".html", ".htm"]), st.one_of(html_page(), encoded(), binary)),
    st.tuples(st.just(".jsonl"), st.one_of(jsonl_file(), binary)),
    st.tuples(st.just(".json"), st.one_of(json_file, binary)),
)
