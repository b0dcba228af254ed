"""``briefgen group``: load and analyse the inputs, group them, and describe the groups.

Groups come from the ``group_documents`` hook, exactly as ``build`` gets them, so the command shows
what a build would write even when a plugin replaces the built-in grouping; ``--explain`` then
lays the built-in evidence over those groups.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from ..pipeline import DEFAULT_MAX_ARTICLE_BYTES, Failure, analyse_article, expand_inputs, load_articles
from ..pipeline import group_documents as grouped_by_hook
from ..plugins import get_registry
from . import group


def group_report(
    inputs: Iterable[str | os.PathLike[str]], overrides: dict | None, explain: bool
) -> tuple[str, list[Failure]]:
    """The groups as text (with evidence when ``explain``) and the inputs that failed."""
    paths, failures = expand_inputs(inputs)
    articles, load_failures = load_articles(paths, get_registry(), DEFAULT_MAX_ARTICLE_BYTES)
    failures += load_failures
    documents = []
    for article in articles:
        result = analyse_article(article)
        if isinstance(result, Failure):
            failures.append(result)
        else:
            documents.append(result)
    conferences = grouped_by_hook(documents, overrides)
    grouping = group(documents, overrides)
    if explain:
        return grouping.explain(conferences), failures
    lines = [f"{len(conferences)} group(s) from {len(documents)} article(s)"]
    for number, conference in enumerate(conferences, 1):
        keys = [grouping.keys[grouping.position[d.article.id]] for d in conference.documents]
        members = ", ".join(f"{k.name} [{k.language}]" for k in keys)
        lines.append(f"[{number}] {members}")
    return "\n".join(lines), failures
