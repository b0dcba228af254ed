"""Getting one valid answer for a request: cache, token cap, concurrency slot, re-ask once.

The order matters: the cache is read before anything is counted (a cached answer is free), the
token cap is charged before a request leaves (so a run stops before it overspends, not after),
and an answer that fails validation is re-asked once with the problems listed; a second failure
raises so the pipeline falls back to the extractive summariser for that conference.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict

from ..budget import count_messages
from .answer import Answer, InvalidAnswer
from .cache import AnswerCache, cache_key
from .client import ChatClient, EndpointError
from .config import LLMConfig
from .limits import TokenLedger, endpoint_slot
from .log import Call, prompt_hash
from .parse import parse_answer
from .plan import Request
from .prompt import reask_messages


class Session:
    """Answers for the requests of one conference; counts what it sent and what came from cache."""

    def __init__(self, config: LLMConfig, modes: dict[str, int]) -> None:
        self.config = config
        self._modes = modes
        self._client: ChatClient | None = None
        self._cache = AnswerCache(config.cache_dir) if config.cache_dir else None
        self._ledger = TokenLedger(config.state_dir, config.run_id)
        self.sent = 0
        self.cached = 0
        self.calls: list[Call] = []  # for the request log, in the order they happened

    def _ask(self, messages: list[dict[str, str]]) -> str:
        cfg = self.config
        estimate = count_messages(messages, cfg.model) + cfg.answer_tokens
        self._ledger.charge(estimate, cfg.max_tokens)
        if self._client is None:
            self._client = ChatClient(cfg, self._modes)
        call = Call(prompt_hash(messages), cached=False)
        self.calls.append(call)
        start = time.monotonic()
        try:
            with endpoint_slot(cfg.state_dir, cfg.base_url or "openai", cfg.concurrency):
                reply = self._client.ask(messages)
        finally:
            call.seconds = time.monotonic() - start
        call.tokens, call.answer = reply.tokens, reply.text
        self.sent += 1
        if reply.tokens is not None:  # settle the estimate against what the server reports
            self._ledger.charge(reply.tokens - estimate, None)
        return reply.text

    def answer(self, request: Request) -> Answer:
        cfg = self.config
        key = cache_key(cfg, request.messages)
        stored = self._cache.get(key) if self._cache else None
        if stored is not None:
            try:
                answer = parse_answer(stored)
                self.cached += 1
                self.calls.append(Call(prompt_hash(request.messages), cached=True, answer=stored))
                return answer
            except InvalidAnswer:
                pass  # an entry from an older schema: ask again
        text = self._ask(request.messages)
        try:
            answer = parse_answer(text)
        except InvalidAnswer as problems:
            text = self._ask(reask_messages(request.messages, text, str(problems)))
            try:
                answer = parse_answer(text)
            except InvalidAnswer as again:
                raise EndpointError(f"{cfg.model} gave no valid answer after a re-ask: {again}") from None
        if self._cache:
            self._cache.put(key, cfg.model, json.dumps(asdict(answer), ensure_ascii=False))
        return answer
