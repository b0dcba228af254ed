"""``briefgen inspect``: what the loaders and language analysis made of one file, as plain data."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from .pipeline import Failure, analyse_article, load_articles
from .plugins import get_registry


def document_dict(result: Any) -> dict[str, Any]:
    if isinstance(result, Failure):
        return {"source": result.source, "error": f"{result.stage}: {result.message}"}
    data = asdict(result)
    article = data.pop("article")
    article.pop("text")
    return {"article": article, **data}


def inspect_file(path: Path) -> dict[str, Any]:
    """Load ``path`` and analyse every article in it; failures appear as ``error`` entries."""
    registry = get_registry()
    articles, failures = load_articles([path], registry, max_bytes=2**31)
    results = [document_dict(f) for f in failures]
    results += [document_dict(analyse_article(a)) for a in articles]
    return {"file": str(path), "articles": results}
