"""What ``--summariser openai`` would cost, counted without calling any model.

The inputs go through the same stages as a run, up to grouping (overrides and filters included:
:func:`briefgen.pipeline.grouped`), and each conference
through the same request plan the summariser uses (:func:`briefgen.llm.plan.plan_requests`), so
the counts are the prompts a run would send. Requests whose answer is already in the cache are
counted as free. For comparison it also counts the naive request: whole articles in one prompt.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .budget import Budget, _table_prefix, context_window, count_messages, encoding_name
from .llm.cache import AnswerCache, cache_key
from .llm.config import LLMConfig
from .llm.plan import plan_requests
from .llm.prompt import whole_article_messages
from .pipeline import DEFAULT_MAX_ARTICLE_BYTES, Failure, Filters, grouped
from .protocols import Settings
from .stages import documents_for

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
    window_guessed: bool = False  # the model is not in the context table and none was given

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


def estimate(
    inputs: Iterable[str | os.PathLike[str]],
    options: Mapping[str, Any],
    overrides: dict | None = None,
    filters: Filters | None = None,
) -> Estimate:
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
        window_guessed=not config.context_window and _table_prefix(config.model) is None,
    )
    max_bytes = int(options.get("max_bytes", DEFAULT_MAX_ARTICLE_BYTES))
    _, conferences, result.failures = grouped(inputs, overrides, max_bytes=max_bytes, filters=filters)
    for conference in conferences:
        documents = documents_for(conference.members, max_bytes)
        if isinstance(documents, str):
            result.failures.append(Failure(conference.id, "estimate", documents))
            continue
        try:
            requests = plan_requests(documents, budget, config.language)
        except ValueError as error:
            result.failures.append(Failure(conference.id, "estimate", str(error)))
            continue
        fresh = [r for r in requests if not (cache and cache.get(cache_key(config, r.messages)))]
        whole = whole_article_messages(documents, config.language)
        result.conferences.append(
            ConferenceCost(
                id=conference.id,
                articles=len(documents),
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
    guessed = (
        " guessed: the model is not in briefgen's table; set context_window=N"
        if result.window_guessed
        else ""
    )
    lines.append(
        f"model {result.model} ({result.encoding}, context {result.window}{guessed}); answers may add up to "
        f"{result.total('answer_tokens')} tokens; no request was sent"
    )
    cost = result.cost()
    if cost is not None:
        lines.append(f"cost: up to {cost[0]:.4f} with the compact input, {cost[1]:.4f} with whole articles")
    return lines
