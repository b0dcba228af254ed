"""What a user would reach for instead of briefgen, measured on the same articles.

* sumy's LexRank: the usual "summarise this article" baseline. Its own ``Tokenizer`` needs
  NLTK's punkt data (a download), so it gets a plain object with ``to_sentences``/``to_words``
  splitting on sentence punctuation and word characters, which works offline in all five
  languages. The timing covers parsing and ranking, i.e. what LexRank costs per article.
* "Whole articles in one prompt": the naive LLM request, counted with tiktoken against the
  compact request briefgen's LLM summariser would send (no model is called).

sumy and numpy are in the ``bench`` optional dependencies, not the runtime ones.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefgen.models import Article, Conference

_SENTENCE_END = re.compile(r"(?<=[.!?؟…])\s+|\n+")
_WORD = re.compile(r"\w+")
LEXRANK_SENTENCES = 5
LONG_PARTS = 8


class PlainTokenizer:
    """The two methods sumy's parser and models call, without NLTK data."""

    language = "multilingual"

    def to_sentences(self, paragraph: str) -> list[str]:
        return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]

    def to_words(self, sentence: str) -> list[str]:
        return _WORD.findall(sentence)


def lexrank_seconds(articles: Sequence[Article]) -> float:
    """Total seconds sumy's LexRank takes to pick ``LEXRANK_SENTENCES`` sentences of each article."""
    from sumy.nlp.stemmers import null_stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    tokenizer = PlainTokenizer()
    summarizer = LexRankSummarizer(null_stemmer)
    start = time.perf_counter()
    for article in articles:
        document = PlaintextParser.from_string(article.text, tokenizer).document
        summarizer(document, LEXRANK_SENTENCES)
    return time.perf_counter() - start


def lengthened(articles: Sequence[Article], parts: int = LONG_PARTS, count: int = 20) -> list[Article]:
    """``count`` long articles, each ``parts`` same-language articles in a row.

    LexRank compares every sentence with every other, so its cost grows with the square of an
    article's length while briefgen's analysis grows linearly: one length does not tell it all.
    """
    by_language: dict[str, list[Article]] = {}
    for article in articles:
        by_language.setdefault(article.language or article.id.rsplit("-", 1)[-1], []).append(article)
    long = []
    for group in by_language.values():
        for i in range(0, len(group) - parts + 1, parts):
            chunk = group[i : i + parts]
            long.append(
                replace(chunk[0], id=f"{chunk[0].id}-x{parts}", text="\n\n".join(a.text for a in chunk))
            )
    return long[:count]


@dataclass(frozen=True)
class TokenCounts:
    conferences: int
    compact: int  # briefgen's LLM input, all requests of all conferences
    whole: int  # every article's full text in one prompt per conference
    model: str


def token_counts(conferences: Sequence[Conference]) -> TokenCounts:
    """Prompt tokens per run, briefgen's compact request versus whole articles (tiktoken, offline)."""
    from briefgen.budget import Budget, context_window, count_messages
    from briefgen.llm.config import LLMConfig
    from briefgen.llm.plan import plan_requests
    from briefgen.llm.prompt import whole_article_messages
    from briefgen.protocols import Settings

    config = LLMConfig.from_settings(Settings({}), need_key=False)
    budget = Budget(config.model, context_window(config.model, config.context_window), config.answer_tokens)
    compact = whole = 0
    for conference in conferences:
        compact += sum(r.tokens for r in plan_requests(conference.documents, budget, config.language))
        whole += count_messages(whole_article_messages(conference.documents, config.language), config.model)
    return TokenCounts(len(conferences), compact, whole, config.model)
