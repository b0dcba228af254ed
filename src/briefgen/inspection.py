"""``briefgen inspect``: what the loaders and language analysis made of one file, as plain data.

It runs the expand, load and analyse stages only, and keeps the whole Document (``build`` keeps
just its keys). A missing file is an ``error`` entry like an unreadable one: exit 1, as in
``build`` and ``group``; exit 2 is for usage errors only.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from .pipeline import Failure, analyse_article, expand_inputs, load_file, merge_loaded
from .plugins import get_registry
from .textutil import clean_path


def document_dict(result: Any) -> dict[str, Any]:
    if isinstance(result, Failure):
        return {"source": result.source, "error": f"{result.stage}: {result.message}"}
    data = asdict(result)
    article = data.pop("article")
    article.pop("text")
    return {"article": article, **data}


def inspect_file(path: Path) -> dict[str, Any]:
    """Load ``path`` and analyse every article in it; failures appear as ``error`` entries.

    ``neutralised`` counts the bidi and zero-width controls removed from an article's text at
    load time (by code point), so what the briefing displays can be traced to what was read.
    """
    paths, missing = expand_inputs([path])
    articles, failures, removed = merge_loaded(load_file(p, 2**31, get_registry()) for p in paths)
    results = [document_dict(f) for f in [*missing, *failures]]
    for article in articles:
        result = document_dict(analyse_article(article))
        if article.id in removed:
            result["neutralised"] = removed[article.id]
        results.append(result)
    return {"file": clean_path(str(path)), "articles": results}
