"""``briefgen estimate``: tokens per conference without calling a model, and what the cache saves.

The articles are JSON records in a made-up language code served by a throwaway language plugin,
so these tests do not depend on the real language plugins.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fake_openai import answering, fake_openai

from briefgen import hookimpl, pipeline
from briefgen.cli import cli
from briefgen.estimate import estimate
from briefgen.models import Article, Document, Evidence, Figure
from briefgen.plugins import get_registry, register_plugin
from briefgen.protocols import Settings

TOPICS = ("weather", "traffic", "markets", "schools", "parks", "harbour", "museums", "bridges")
FILLER = [
    f"A long paragraph about the {t} of the city, which says nothing about the event." for t in TOPICS * 4
]
ARTICLES = [
    ["The provincial seminar on legal aid opened with 240 delegates.", "It was held downtown.", *FILLER],
    ["A workshop on child protection gathered 75 officials.", "Its report is due in 2025.", *FILLER],
]


class Lines:
    """A stand-in language ("xq"): sentences are lines, figures are the numbers in them."""

    name = "xq"

    def analyse(self, article: Article) -> Document:
        lines = tuple(line for line in article.text.splitlines() if line.strip())
        figures = tuple(
            Figure(number, evidence=(Evidence(article.id, line),))
            for line in lines
            for number in re.findall(r"\d+", line)
        )
        return Document(article=article, language="xq", text=article.text, sentences=lines, figures=figures)


class _Plugin:
    @hookimpl
    def register_languages(self, register: Any) -> None:
        register(Lines())


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[Path]:
    undo = register_plugin(_Plugin())
    if not get_registry().loaders:
        undo()
        pytest.skip("no loader plugin installed")
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, lines in enumerate(ARTICLES):
        record = {"id": f"a{i}", "title": lines[0], "language": "xq", "text": "\n".join(lines)}
        (folder / f"a{i}.json").write_text(json.dumps(record), encoding="utf-8")
    yield folder
    undo()


def test_compact_input_costs_less_than_whole_articles(corpus: Path, tmp_path: Path) -> None:
    result = estimate([corpus], {"model": "gpt-4o-mini", "cache_dir": str(tmp_path / "cache")})
    assert not result.failures
    assert sum(c.articles for c in result.conferences) == len(ARTICLES)
    for conference in result.conferences:
        assert 0 < conference.prompt_tokens < conference.whole_tokens
        assert conference.cached == 0 and conference.billable_tokens == conference.prompt_tokens
    assert result.total("prompt_tokens") == sum(c.prompt_tokens for c in result.conferences)
    assert result.encoding == "o200k_base" and result.cost() is None


def test_cli_prints_per_conference_totals_and_cost(corpus: Path, tmp_path: Path) -> None:
    args = ["estimate", str(corpus), "--option", "price_in=2.5", "--option", "price_out=10"]
    done = CliRunner().invoke(cli, [*args, "--option", f"cache_dir={tmp_path / 'cache'}"])
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert lines[0].split() == [
        "conference",
        "articles",
        "requests",
        "cached",
        "prompt_tokens",
        "whole_articles",
    ]
    end = next(i for i, line in enumerate(lines) if line.startswith("total "))
    rows = [line.split() for line in lines[1 : end + 1]]
    assert len(rows) >= 2  # at least one conference, then the total
    assert all(int(row[4]) < int(row[5]) for row in rows)
    assert sum(int(row[4]) for row in rows[:-1]) == int(rows[-1][4])
    compact, whole = (float(x) for x in re.findall(r"\d+\.\d{4}", lines[-1]))
    assert lines[-1].startswith("cost:") and compact < whole


def test_estimate_counts_cached_answers_as_free(corpus: Path, tmp_path: Path) -> None:
    options = {"model": "gpt-4o-mini", "cache_dir": str(tmp_path / "cache"), "price_in": "1"}
    before = estimate([corpus], options)
    documents = [Lines().analyse(a) for a in _articles(corpus)]
    with fake_openai([answering() for _ in documents]) as server:
        settings = Settings({**options, "api_key": "k", "base_url": server.url})
        for conference in pipeline.group_documents(documents):
            pipeline.summarise(conference, "openai", settings)
        after = estimate([corpus], {**options, "base_url": server.url})  # answers are cached per endpoint
        elsewhere = estimate([corpus], {**options, "base_url": "http://127.0.0.2:1/v1"})
    assert elsewhere.total("cached") == 0
    assert server.requests and after.total("cached") == after.total("requests") == len(server.requests)
    assert after.total("billable_tokens") == 0 < before.total("billable_tokens")
    assert after.cost() is not None and after.cost()[0] < before.cost()[0]


def _articles(folder: Path) -> list[Article]:
    articles, failures = pipeline.load_articles(sorted(folder.iterdir()), get_registry(), 10**6)
    assert not failures
    return articles
