"""Which requests a conference needs: one when its compact input fits the model, else one per article.

The reduce step of this map-reduce is done in code (:func:`briefgen.llm.mapping.merge_briefings`)
rather than by another model call: the per-article answers are already structured and grounded,
so merging them needs no language skill and costs no tokens. ``briefgen estimate`` uses the same
plan, so what it prints is what a run would send.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..budget import Budget, count_messages
from ..models import Document
from .digest import Digest, build_digest
from .prompt import Messages, build_messages


class OverBudget(ValueError):
    """Even one article's compact input is larger than the model's prompt budget."""


@dataclass(frozen=True)
class Request:
    digest: Digest
    messages: Messages
    tokens: int


def _request(documents: Sequence[Document], model: str, language: str) -> Request:
    digest = build_digest(documents)
    messages = build_messages(digest, language)
    return Request(digest, messages, count_messages(messages, model))


def plan_requests(documents: Sequence[Document], budget: Budget, language: str) -> list[Request]:
    """One request for the whole conference if it fits ``budget``, else one per article."""
    whole = _request(documents, budget.model, language)
    if budget.fits(whole.tokens):
        return [whole]
    requests = (
        [_request([doc], budget.model, language) for doc in documents] if len(documents) > 1 else [whole]
    )
    for request, doc in zip(requests, documents, strict=True):
        if not budget.fits(request.tokens):
            raise OverBudget(
                f"article {doc.article.id} needs {request.tokens} prompt tokens, over the "
                f"{budget.prompt_limit} that {budget.model} allows (set context_window=N if it is larger)"
            )
    return requests
