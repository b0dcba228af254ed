"""Chat messages for one request, from the prompt templates shipped in ``briefgen_templates/prompts``.

The article data travels as JSON (so no article text can break out of a string) between two
fence lines carrying a tag derived from the data's hash (so no article can forge the closing
fence), and the system prompt says that everything inside the fence is data. The prompt is a
pure function of its input, so the answer cache can key on it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from string import Template
from typing import Any

from ..langnames import language_name
from ..models import Document
from .answer import schema_text
from .digest import Digest

Messages = list[dict[str, str]]
REASK_ECHO_CHARS = 4000  # how much of a rejected answer is sent back when re-asking


@lru_cache(maxsize=8)
def _template(name: str) -> Template:
    return Template(resources.files("briefgen_templates").joinpath("prompts", name).read_text("utf-8"))


def _messages(payload: dict[str, Any], language: str) -> Messages:
    data = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    fence = f"=====DATA {hashlib.sha256(data.encode()).hexdigest()[:16]}====="
    name = language_name(language)
    system = _template("system.txt").substitute(language=name, schema=schema_text())
    user = _template("user.txt").substitute(language=name, fence=fence, data=data)
    return [{"role": "system", "content": system}, {"role": "user", "content": user}]


def build_messages(digest: Digest, language: str) -> Messages:
    """System rules (with the answer schema) and the fenced, labelled data of one request."""
    return _messages(digest.payload, language)


def whole_article_messages(documents: Sequence[Document], language: str) -> Messages:
    """The same request with every article's full text instead of the digest.

    Never sent: ``briefgen estimate`` counts it to show what the compact input saves.
    """
    articles = [{"id": f"A{i}", "text": d.article.text} for i, d in enumerate(documents, 1)]
    return _messages({"articles": articles}, language)


def reask_messages(messages: Messages, rejected: str, problems: str) -> Messages:
    """The conversation again, plus the rejected reply and what was wrong with it."""
    return [
        *messages,
        {"role": "assistant", "content": rejected[:REASK_ECHO_CHARS]},
        {"role": "user", "content": _template("reask.txt").substitute(problems=problems)},
    ]
