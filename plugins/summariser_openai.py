"""The ``openai`` summariser: fluent briefings from any OpenAI-compatible chat endpoint.

Works with OpenAI and with servers that speak its API (vLLM, llama.cpp, Ollama). The model gets
the compact, id-labelled input of :mod:`briefgen.llm.digest`, answers in the one schema of
:mod:`briefgen.llm.answer`, and its ids are mapped back to verbatim evidence. Any failure
(endpoint down, timeout, an answer invalid twice, the run's token cap) raises, and the pipeline
then writes that conference with the extractive summariser and says so on the page.

Options (``--option KEY=VALUE``): model, base_url, api_key (else ``OPENAI_API_KEY`` /
``OPENAI_BASE_URL``), temperature, language (of the output, default en), timeout (s, default
60), max_retries (default 2), max_tokens (cap for the whole run), answer_tokens, context_window,
concurrency (requests at once per endpoint, across worker processes), cache_dir (``off`` to
disable; default ``$XDG_CACHE_HOME/briefgen/llm``).
"""

from __future__ import annotations

import logging

from briefgen import __version__, hookimpl
from briefgen.models import Briefing, Conference, Generator
from briefgen.protocols import Settings

log = logging.getLogger("briefgen")


class OpenAISummariser:
    name = "openai"

    def __init__(self) -> None:
        self._modes: dict[str, int] = {}  # structured-output mode each endpoint accepted

    def summarise(self, conference: Conference, settings: Settings) -> Briefing:
        from dataclasses import replace

        from briefgen.budget import Budget, context_window
        from briefgen.llm.config import LLMConfig
        from briefgen.llm.mapping import briefing_from_answer, merge_briefings
        from briefgen.llm.plan import plan_requests
        from briefgen.llm.session import Session
        from briefgen.merge import list_sources

        config = LLMConfig.from_settings(settings)
        budget = Budget(
            config.model, context_window(config.model, config.context_window), config.answer_tokens
        )
        requests = plan_requests(conference.documents, budget, config.language)
        session = Session(config, self._modes)
        sources = list_sources(conference.documents)
        generator = Generator("openai", config.model, __version__)
        parts = [
            briefing_from_answer(
                session.answer(request),
                request.digest,
                conference_id=conference.id,
                sources=sources,
                generator=generator,
                language=config.language,
            )
            for request in requests
        ]
        log.info(
            "briefgen: %s: %d request(s), %d sent, %d from cache",
            conference.id,
            len(requests),
            session.sent,
            session.cached,
        )
        if len(parts) == 1:
            return parts[0]
        merged = merge_briefings(parts)
        return replace(
            merged, notes=(*merged.notes, f"summarised article by article ({len(parts)} requests)")
        )


@hookimpl
def register_summarisers(register) -> None:  # type: ignore[no-untyped-def]
    register(OpenAISummariser())
