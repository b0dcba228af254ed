"""What ``--summariser openai`` would cost, counted without calling any model.

The inputs go through the same loading, analysis and grouping as a run, and each conference
through the same request plan the summariser uses (:func:`briefgen.llm.plan.plan_requests`), so
the counts are the prompts a run would send. Requests whose answer is already in the cache are
counted as free. For comparison it also counts the naive request: whole articles in one prompt.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .budget import Budget, context_window, count_messages, encoding_name
from .llm.cache import AnswerCache, cache_key
from .llm.config import LLMConfig
from .llm.plan import plan_requests
from .llm.prompt import whole_article_messages
from .pipeline import (
    DEFAULT_MAX_ARTICLE_BYTES,
    Failure,
    analyse_article,
    expand_inputs,
    group_documents,
    load_articles,
)
from .plugins import get_registry
from .protocols import Settings

PER_MILLION = 1_000_000
_HEADS = ("articles", "requests", "cached", "prompt_tokens", "whole_articles")
_WIDTHS = tuple(len(h) for h in _HEADS)


@dataclass(frozen=True)
class ConferenceCost:
    id: str
    articles: int
    requests: int
    cached: int
    prompt_tokens: int  # compact input, all requests, cached ones included
    billable_tokens: int  # compact input of the requests the cache cannot answer
    answer_tokens: int  # the most the answers may use (answer_tokens per uncached request)
    whole_tokens: int  # the naive request: every article's full text in one prompt


@dataclass
class Estimate:
    model: str
    encoding: str
    window: int
    conferences: list[ConferenceCost] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    price_in: float | None = None
    price_out: float | None = None

    def total(self, name: str) -> int:
        return sum(getattr(c, name) for c in self.conferences)

    def cost(self) -> tuple[float, float] | None:
        """(compact, whole articles) in the price table's currency, or None without a price table."""
        if self.price_in is None:
            return None
        out = (self.price_out or 0.0) * self.total("answer_tokens") / PER_MILLION
        compact = self.price_in * self.total("billable_tokens") / PER_MILLION + out
        whole = self.price_in * self.total("whole_tokens") / PER_MILLION + out
        return compact, whole


def _price(options: Mapping[str, Any], key: str) -> float | None:
    raw = options.get(key)
    if raw in (None, ""):
        return None
    try:
        return float(raw)
    except ValueError:
        raise ValueError(f"option {key}={raw!r} is not a price per 1M tokens") from None


def estimate(inputs: Iterable[str | os.PathLike[str]], options: Mapping[str, Any]) -> Estimate:
    """Token counts per conference for ``inputs`` under the summariser ``options``."""
    config = LLMConfig.from_settings(Settings(options), need_key=False)
    budget = Budget(config.model, context_window(config.model, config.context_window), config.answer_tokens)
    cache = AnswerCache(config.cache_dir) if config.cache_dir else None
    result = Estimate(
        config.model,
        encoding_name(config.model),
        budget.window,
        price_in=_price(options, "price_in"),
        price_out=_price(options, "price_out"),
    )
    registry = get_registry()
    paths, failures = expand_inputs(inputs)
    articles, more = load_articles(paths, registry, int(options.get("max_bytes", DEFAULT_MAX_ARTICLE_BYTES)))
    result.failures += failures + more
    documents = []
    for analysed in map(analyse_article, articles):
        if isinstance(analysed, Failure):
            result.failures.append(analysed)
        else:
            documents.append(analysed)
    for conference in group_documents(documents):
        try:
            requests = plan_requests(conference.documents, budget, config.language)
        except ValueError as error:
            result.failures.append(Failure(conference.id, "estimate", str(error)))
            continue
        fresh = [r for r in requests if not (cache and cache.get(cache_key(config, r.messages)))]
        whole = whole_article_messages(conference.documents, config.language)
        result.conferences.append(
            ConferenceCost(
                id=conference.id,
                articles=len(conference.documents),
                requests=len(requests),
                cached=len(requests) - len(fresh),
                prompt_tokens=sum(r.tokens for r in requests),
                billable_tokens=sum(r.tokens for r in fresh),
                answer_tokens=len(fresh) * config.answer_tokens,
                whole_tokens=count_messages(whole, config.model),
            )
        )
    return result


def report_lines(result: Estimate) -> list[str]:
    """The table ``briefgen estimate`` prints."""
    width = max([len("conference"), *(len(c.id) for c in result.conferences)])

    def row(name: str, *numbers: int) -> str:
        return f"{name:{width}}" + "".join(f"  {n:>{w}}" for n, w in zip(numbers, _WIDTHS, strict=True))

    lines = [f"{'conference':{width}}" + "".join(f"  {h:>{w}}" for h, w in zip(_HEADS, _WIDTHS, strict=True))]
    for c in result.conferences:
        lines.append(row(c.id, c.articles, c.requests, c.cached, c.prompt_tokens, c.whole_tokens))
    totals = (result.total(k) for k in ("articles", "requests", "cached", "prompt_tokens", "whole_tokens"))
    lines.append(row("total", *totals))
    lines.append(
        f"model {result.model} ({result.encoding}, context {result.window}); answers may add up to "
        f"{result.total('answer_tokens')} tokens; no request was sent"
    )
    cost = result.cost()
    if cost is not None:
        lines.append(f"cost: up to {cost[0]:.4f} with the compact input, {cost[1]:.4f} with whole articles")
    return lines
