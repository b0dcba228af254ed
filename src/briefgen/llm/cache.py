"""Validated answers on disk, keyed by endpoint + model + prompt hash, so an unchanged re-run costs nothing.

The key covers everything that shapes the answer: the endpoint (two local servers both answer to
the default model name, yet run different models), model, temperature, answer budget and
messages. Nothing secret is in it: no API key. Only answers that passed validation are stored.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ..writing import write_atomic
from .config import LLMConfig


def cache_key(config: LLMConfig, messages: list[dict[str, str]]) -> str:
    shape = {"temperature": config.temperature, "answer_tokens": config.answer_tokens}
    blob = json.dumps(
        {"endpoint": config.base_url or "", "model": config.model, **shape, "messages": messages},
        ensure_ascii=False,
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode()).hexdigest()


class AnswerCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> str | None:
        """The stored answer text, or None (also when the entry is unreadable)."""
        try:
            return json.loads(self._path(key).read_text("utf-8"))["answer"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, model: str, answer: str) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps({"model": model, "answer": answer}, ensure_ascii=False).encode())
