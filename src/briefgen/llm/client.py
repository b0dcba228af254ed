"""One chat-completions request through the official ``openai`` client, with structured output.

The client is built with an explicit timeout (its default read timeout is 600 s) and retry
count, over :class:`~briefgen.llm.transport.BoundedTransport`, so ``timeout`` is the total time
one request may take (not the time between two bytes) and a body over ``max_response_bytes`` is
refused; it retries 408/409/429/5xx itself and honours ``Retry-After``. Structured output is tried
in order json_schema -> json_object -> plain text, moving down only when the server refuses the
request naming ``response_format`` (OpenAI and vLLM answer 400; llama-cpp-python's server 500, or
422 from its request validation), and the mode that worked is remembered per endpoint. Errors are
re-raised as :class:`EndpointError` with the key scrubbed.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from .answer import answer_schema
from .config import LLMConfig
from .transport import BoundedTransport, httpx

log = logging.getLogger("briefgen")

MODES = ("json_schema", "json_object", "text")
_FORMAT_WORDS = re.compile(r"response_format|json_schema|json_object|structured output", re.I)
_REASONING = re.compile(r"^(o\d|gpt-5)")
_REFUSAL_STATUS = frozenset({400, 422, 500})  # how servers say "I cannot take this response_format"


class EndpointError(RuntimeError):
    """The endpoint failed or answered unusably; the message never contains the API key."""


def scrub(text: str, secret: str) -> str:
    """``text`` without ``secret`` or any bearer token, for messages that leave this module."""
    if secret:
        text = text.replace(secret, "***")
    return re.sub(r"(?i)bearer\s+\S+", "Bearer ***", text)


@dataclass
class Reply:
    text: str
    tokens: int | None  # total tokens the server reports using, when it says


class ChatClient:
    """Sends chat requests for one configuration; ``modes`` remembers what each endpoint accepts."""

    def __init__(self, config: LLMConfig, modes: dict[str, int]) -> None:
        import openai  # heavy: only when a request is actually going to be made

        self._openai = openai
        self._config = config
        self._modes = modes
        self._endpoint = f"{config.base_url or 'openai'}|{config.model}"
        transport = BoundedTransport(config.timeout, config.max_response_bytes)
        self._client = openai.OpenAI(
            api_key=config.api_key,
            base_url=config.base_url,
            timeout=config.timeout,
            max_retries=config.max_retries,
            http_client=httpx.Client(transport=transport, timeout=config.timeout),
        )

    def _arguments(self, messages: list[dict[str, str]], mode: str) -> dict[str, Any]:
        cfg = self._config
        reasoning = bool(_REASONING.match(cfg.model.rsplit("/", 1)[-1]))
        args: dict[str, Any] = {"model": cfg.model, "messages": messages}
        args["max_completion_tokens" if reasoning else "max_tokens"] = cfg.answer_tokens
        if not reasoning:  # o-series models accept only their default temperature
            args["temperature"] = cfg.temperature
        if mode == "json_schema":
            schema = {"name": "briefing", "strict": True, "schema": answer_schema()}
            args["response_format"] = {"type": "json_schema", "json_schema": schema}
        elif mode == "json_object":
            # llama-cpp-python turns "schema" into a grammar the answer must follow; others ignore it
            args["response_format"] = {"type": "json_object", "schema": answer_schema()}
        return args

    def ask(self, messages: list[dict[str, str]]) -> Reply:
        """One answer, trying the structured-output modes the endpoint has not refused."""
        index = self._modes.get(self._endpoint, 0)
        while True:
            try:
                completion = self._client.chat.completions.create(**self._arguments(messages, MODES[index]))
            except self._openai.APIStatusError as error:
                refused = error.status_code in _REFUSAL_STATUS and _FORMAT_WORDS.search(str(error))
                if refused and index + 1 < len(MODES):
                    log.info(
                        "briefgen: %s refused %s; trying %s", self._endpoint, MODES[index], MODES[index + 1]
                    )
                    index += 1
                    self._modes[self._endpoint] = index
                    continue
                raise self._failure(error) from None
            except self._openai.OpenAIError as error:
                raise self._failure(error) from None
            if not completion.choices or completion.choices[0].message.content is None:
                raise EndpointError(f"{self._config.model} returned no text")
            usage = getattr(completion, "usage", None)
            return Reply(completion.choices[0].message.content, getattr(usage, "total_tokens", None))

    def _failure(self, error: Exception) -> EndpointError:
        return EndpointError(scrub(f"{type(error).__name__}: {error}", self._config.api_key))
