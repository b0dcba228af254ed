"""Helpers for the language-plugin tests: analyse a test article or a sentence with a real plugin."""

from __future__ import annotations

import importlib
from pathlib import Path

from briefgen.analysis.language import LazyLanguage
from briefgen.models import Article, Document

ARTICLES = Path(__file__).parent / "data" / "articles"


def language(code: str):
    profile = importlib.import_module(f"briefgen_plugins.lang_{code}.profile").PROFILE
    return LazyLanguage(profile)


def analyse_file(code: str, name: str) -> Document:
    path = ARTICLES / name
    return language(code).analyse(
        Article(id=path.stem, path=str(path), text=path.read_text(encoding="utf-8"))
    )


def analyse_text(code: str, text: str) -> Document:
    return language(code).analyse(Article(id="t", path="t.txt", text=text))


def person(doc: Document, name: str):
    return next(p for p in doc.people if p.name == name)


def values(doc: Document) -> dict[str, str]:
    return {f.value: f.unit for f in doc.figures}


def quotes_are_verbatim(doc: Document) -> bool:
    items = [*doc.people, *doc.figures, *doc.outcomes]
    # a credit's quote is page furniture the cleaner removed: a span of the article, kept in credits
    return all(
        e.quote in doc.text or (e.quote in doc.credits and e.quote in doc.article.text)
        for item in items
        for e in item.evidence
    )
