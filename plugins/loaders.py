"""Built-in loaders: plain text and Markdown, HTML pages, JSON records and JSON Lines.

Every loader reads bytes through :mod:`briefgen.encoding`, so each format gets the same
encoding detection and the same named refusal of empty or binary files. None of them fetches
anything: an HTML page's images, stylesheets and links stay strings in a parse tree.

A JSON list or JSONL file with some broken records yields a :class:`LoadError` per broken
record next to the good articles (the pipeline reports each by file and record number); only a
file with no usable record at all is refused outright.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from briefgen import hookimpl
from briefgen.encoding import read_text
from briefgen.models import Article
from briefgen.protocols import LoadError

Loaded = Iterator[Article | LoadError]


class _SuffixLoader:
    """Shared ``can_load``: a loader claims files by (case-insensitive) extension."""

    name = ""
    suffixes: tuple[str, ...] = ()

    def can_load(self, source: Path) -> bool:
        return source.suffix.lower() in self.suffixes


# --- plain text and Markdown ---------------------------------------------------------------------

_MD_HEADING = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.MULTILINE)


class TextLoader(_SuffixLoader):
    """A .txt or .md file is one article; a Markdown ``# heading`` becomes its title."""

    name = "text"
    suffixes = (".txt", ".md", ".markdown")

    def load(self, source: Path) -> Loaded:
        text = read_text(source)
        markdown = source.suffix.lower() != ".txt"
        heading = _MD_HEADING.search(text) if markdown else None
        yield Article(
            id=source.stem,
            path=str(source),
            text=text,
            title=heading.group(1) if heading else None,
            format="markdown" if markdown else "text",
        )


# --- HTML ----------------------------------------------------------------------------------------

# Page chrome and anything executable or interactive: never article prose.
_CHROME = "script, style, noscript, template, iframe, object, embed, svg, nav, footer, aside, form, button"
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol"}
    | {"dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "figcaption", "hr", "address"}
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_SPACES = re.compile(r"[^\S\n]+")


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _flatten(root: Any) -> str:
    """The text under ``root`` with a line break around every block element.

    Iterative on purpose: a hostile page can nest deeper than Python's recursion limit.
    """
    parts: list[str] = []
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str):
            parts.append(node)
        elif node.is_text_node:
            parts.append(node.text_content or "")
        elif node.tag == "br":
            parts.append("\n")
        elif node.is_element_node or node is root:
            block = node.tag in _BLOCKS
            children = list(node.iter(include_text=True))
            stack.extend(["\n"] if block else [])
            stack.extend(reversed(children))
            stack.extend(["\n"] if block else [])
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _body(tree: Any) -> Any:
    """The element holding the article: <article>, else <main>, else the parent of most <p> text."""
    for selector in ("article", "main", "[role=main]"):
        found = [n for n in tree.css(selector) if _flatten(n)]
        if found:
            return max(found, key=lambda n: len(_flatten(n)))
    weight: dict[int, tuple[int, Any]] = {}
    for paragraph in tree.css("p"):
        parent = paragraph.parent
        if parent is None:
            continue
        total, _ = weight.get(parent.mem_id, (0, parent))
        weight[parent.mem_id] = (total + len(paragraph.text(deep=True).strip()), parent)
    if weight:
        return max(weight.values(), key=lambda item: item[0])[1]
    return tree.body or tree.root


def _first(tree: Any, selectors: Iterable[tuple[str, str | None]]) -> str | None:
    """The first non-empty value among (css selector, attribute or None for the text)."""
    for selector, attribute in selectors:
        for node in tree.css(selector):
            value = node.attributes.get(attribute) if attribute else node.text(deep=True)
            value = _SPACES.sub(" ", value or "").strip()
            if value:
                return value
    return None


def _language(tree: Any) -> str | None:
    html = tree.css_first("html")
    code = (html.attributes.get("lang") or "") if html is not None else ""
    primary = code.strip().split("-")[0].split("_")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2}", primary) else None


MAX_HTML_DEPTH = 5_000
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
# Elements that never hold children, or that the HTML parser closes by itself when a sibling
# opens: neither can build a deep tree, so neither counts towards the depth.
_FLAT = frozenset(
    b"area base br col embed hr img input link meta source track wbr p li dt dd tr td th option".split()
)


def _nesting_depth(markup: bytes) -> int:
    """The deepest element nesting ``markup`` asks for, found in one linear scan of its tags.

    The HTML tree builder slows down with the square of nesting depth (200,000 nested ``<div>``
    took minutes), so absurd pages are refused before they are parsed.
    """
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(markup):
        if name.lower() in _FLAT or self_closing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


class HtmlLoader(_SuffixLoader):
    """A saved web page: the article body without menus, footers, scripts or forms.

    Metadata comes from the page's own markup (``<h1>``, Open Graph, ``<link rel=canonical>``,
    ``article:published_time``, ``<time datetime>``, ``<html lang>``); URLs are recorded, never
    requested.
    """

    name = "html"
    suffixes = (".html", ".htm", ".xhtml")

    def load(self, source: Path) -> Loaded:
        from selectolax.lexbor import LexborHTMLParser

        depth = _nesting_depth(source.read_bytes())
        if depth > MAX_HTML_DEPTH:
            raise LoadError(
                str(source),
                f"HTML elements nest {depth} levels deep, over the {MAX_HTML_DEPTH}-level limit",
                "save the article text as .txt, or fix the page's markup",
            )
        tree = LexborHTMLParser(read_text(source, declared=_declared_charset))
        head_title = _first(tree, [("h1", None), ('meta[property="og:title"]', "content"), ("title", None)])
        url = _first(tree, [('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")])
        published = _first(
            tree,
            [
                ('meta[property="article:published_time"]', "content"),
                ('meta[itemprop="datePublished"]', "content"),
                ("time[datetime]", "datetime"),
            ],
        )
        language = _language(tree)
        for node in tree.css(_CHROME):
            node.decompose()
        text = _flatten(_body(tree))
        if not text:
            raise LoadError(str(source), "no article text found in the HTML", "is this page only navigation?")
        yield Article(
            id=source.stem,
            path=str(source),
            text=text,
            title=head_title,
            url=url,
            published=published,
            language=language,
            format="html",
        )


# --- JSON and JSON Lines -------------------------------------------------------------------------

_TEXT_KEYS = ("text", "body", "content")


def _field(record: Mapping[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _record_article(record: Any, article_id: str, path: str, fmt: str) -> Article:
    """One JSON record as an article; raises LoadError naming what the record lacks."""
    if not isinstance(record, Mapping):
        raise LoadError(path, f"record {article_id} is a {type(record).__name__}, not an object")
    text = _field(record, *_TEXT_KEYS)
    if text is None:
        raise LoadError(
            path, f"record {article_id} has no text", "give it a 'text', 'body' or 'content' string"
        )
    language = _field(record, "language", "lang")
    return Article(
        id=article_id,
        path=path,
        text=text.replace("\r\n", "\n"),
        title=_field(record, "title", "headline"),
        url=_field(record, "url", "link"),
        published=_field(record, "published", "date", "published_at"),
        language=language.lower() if language else None,
        format=fmt,
    )


def _records(items: Iterable[tuple[int, Any]], source: Path, fmt: str) -> Loaded:
    """Articles for the good records and a LoadError per bad one; refuse a file with no good one."""
    problems: list[LoadError] = []
    good = 0
    for number, record in items:
        if isinstance(record, LoadError):
            problems.append(record)
            continue
        try:
            article = _record_article(record, f"{source.stem}#{number}", str(source), fmt)
        except LoadError as error:
            problems.append(error)
            continue
        good += 1
        yield article
    if not good:
        first = problems[0].problem if problems else "no records"
        raise LoadError(str(source), f"no usable record ({first})", "each record needs a non-empty 'text'")
    yield from problems


def _json_problem(error: Exception) -> str:
    """What the JSON parser refused besides syntax: nesting past the recursion limit, huge integers."""
    if isinstance(error, RecursionError):
        return "nested too deeply"
    return " ".join(str(error).split())[:200]


class JsonLoader(_SuffixLoader):
    """A JSON file holding one article record, or a list of them."""

    name = "json"
    suffixes = (".json",)

    def load(self, source: Path) -> Loaded:
        text = read_text(source)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise LoadError(
                str(source), f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
            ) from None
        except (ValueError, RecursionError) as error:
            raise LoadError(str(source), f"unusable JSON: {_json_problem(error)}") from None
        if isinstance(data, list):
            yield from _records(enumerate(data, 1), source, "json")
        else:
            yield _record_article(data, source.stem, str(source), "json")


class JsonLinesLoader(_SuffixLoader):
    """One article record per line; ids are ``<stem>#<line number>``."""

    name = "jsonl"
    suffixes = (".jsonl", ".ndjson")

    def load(self, source: Path) -> Loaded:
        yield from _records(self._lines(source), source, "jsonl")

    @staticmethod
    def _lines(source: Path) -> Iterator[tuple[int, Any]]:
        for number, line in enumerate(read_text(source).split("\n"), 1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as error:
                yield number, LoadError(str(source), f"line {number} is not valid JSON: {error.msg}")
            except (ValueError, RecursionError) as error:  # costs this line, never the file
                problem = f"line {number} is unusable JSON: {_json_problem(error)}"
                yield number, LoadError(str(source), problem)


@hookimpl
def register_loaders(register):
    for loader in (TextLoader(), HtmlLoader(), JsonLoader(), JsonLinesLoader()):
        register(loader)
