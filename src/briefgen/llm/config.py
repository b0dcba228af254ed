"""The summariser's settings, read once per conference from ``--option`` values and the environment.

Options arrive as strings from the command line (``--option timeout=5``), so each is converted
here with an error that names the option. The API key is kept out of ``repr`` so it cannot leak
through a log line or a traceback that prints the settings.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..protocols import Settings
from ..userdirs import user_cache_dir

DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_TIMEOUT = 60.0  # seconds; the openai client's own default read timeout is 600 s
DEFAULT_RETRIES = 2
DEFAULT_ANSWER_TOKENS = 2000
DEFAULT_CONCURRENCY = 4
# An answer of 2,000 tokens is about 10 kB of JSON; 2 MB leaves room for any honest answer budget.
DEFAULT_MAX_RESPONSE_BYTES = 2_000_000
LOCAL_SERVER_KEY = "no-key"  # llama.cpp, Ollama and vLLM accept any key; the client insists on one
_OFF = {"", "0", "off", "none", "false", "no"}

T = TypeVar("T")


class ConfigError(ValueError):
    """A setting that cannot be used; the message names the option and what is expected."""


def _get(options: Mapping[str, Any], key: str, convert: Callable[[Any], T], default: T) -> T:
    raw = options.get(key)
    if raw is None or raw == "":
        return default
    try:
        return convert(raw)
    except (TypeError, ValueError):
        raise ConfigError(f"option {key}={raw!r} is not a valid {convert.__name__}") from None


@dataclass(frozen=True)
class LLMConfig:
    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str = field(default="", repr=False)
    temperature: float = 0.0
    language: str = "en"
    timeout: float = DEFAULT_TIMEOUT
    max_retries: int = DEFAULT_RETRIES
    max_tokens: int | None = None
    answer_tokens: int = DEFAULT_ANSWER_TOKENS
    context_window: int | None = None
    concurrency: int = DEFAULT_CONCURRENCY
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    cache_dir: Path | None = None
    run_id: str = ""
    log_path: Path | None = None

    @classmethod
    def from_settings(
        cls, settings: Settings, env: Mapping[str, str] | None = None, *, need_key: bool = True
    ) -> LLMConfig:
        """Options first, then ``OPENAI_API_KEY`` / ``OPENAI_BASE_URL``; refuse a setup with no key.

        ``need_key=False`` is for work that sends nothing (``briefgen estimate``).
        """
        env = os.environ if env is None else env
        opts = settings.options
        base_url = str(opts.get("base_url") or env.get("OPENAI_BASE_URL") or "") or None
        api_key = str(opts.get("api_key") or env.get("OPENAI_API_KEY") or "")
        if not api_key and need_key:
            if base_url is None:
                raise ConfigError(
                    "no API key: set OPENAI_API_KEY, or --option base_url=... for a local server"
                )
            api_key = LOCAL_SERVER_KEY
        cache = str(opts.get("cache_dir", ""))
        cache_dir = None if cache.lower() in _OFF - {""} else Path(cache) if cache else user_cache_dir("llm")
        log = str(opts.get("log", ""))
        return cls(
            model=str(opts.get("model") or env.get("BRIEFGEN_MODEL") or DEFAULT_MODEL),
            base_url=base_url,
            api_key=api_key,
            temperature=_get(opts, "temperature", float, 0.0),
            language=str(opts.get("language") or "en"),
            timeout=_get(opts, "timeout", float, DEFAULT_TIMEOUT),
            max_retries=_get(opts, "max_retries", int, DEFAULT_RETRIES),
            max_tokens=_get(opts, "max_tokens", int, None) or None,
            answer_tokens=_get(opts, "answer_tokens", int, DEFAULT_ANSWER_TOKENS),
            context_window=_get(opts, "context_window", int, None) or None,
            concurrency=max(1, _get(opts, "concurrency", int, DEFAULT_CONCURRENCY)),
            max_response_bytes=max(1024, _get(opts, "max_response_bytes", int, DEFAULT_MAX_RESPONSE_BYTES)),
            cache_dir=cache_dir,
            run_id=getattr(settings, "run_id", ""),
            log_path=None
            if log.lower() in _OFF - {""}
            else Path(log)
            if log
            else (cache_dir or user_cache_dir("llm")) / "log.sqlite",
        )

    @property
    def endpoint(self) -> str:
        """Where answers come from, safe to record: the base URL's host and port, or "api.openai.com".

        No path, query or user info, so a key someone put in the URL never reaches a briefing.
        """
        from urllib.parse import urlsplit

        if not self.base_url:
            return "api.openai.com"
        parts = urlsplit(self.base_url)
        return (parts.hostname or "") + (f":{parts.port}" if parts.port else "")

    @property
    def state_dir(self) -> Path:
        """Where run ledgers and concurrency slots live (beside the cache, or in briefgen's cache)."""
        return (self.cache_dir or user_cache_dir("llm")) / "state"
