"""The ``openai`` summariser: fluent briefings from any OpenAI-compatible chat endpoint.

Works with OpenAI and with servers that speak its API (vLLM, llama.cpp, Ollama). The model gets
the compact, id-labelled input of :mod:`briefgen.llm.digest`, answers in the one schema of
:mod:`briefgen.llm.answer`, and its ids are mapped back to verbatim evidence. The extractive
briefing is built first and the model's words are laid over it only where they pass grounding
(:mod:`briefgen.llm.overlay`), so the page is never emptier or less right than offline. Any failure
(endpoint down, timeout, an answer invalid twice, the run's token cap) raises, and the pipeline
then writes that conference with the extractive summariser and says so on the page.

Options (``--option KEY=VALUE``): model, base_url, api_key (else ``OPENAI_API_KEY`` /
``OPENAI_BASE_URL``), temperature, language (of the output, default en), timeout (s, default
60: the total time one request may take), max_response_bytes (default 2 MB), max_retries
(default 2), max_tokens (cap for the whole run), answer_tokens, context_window, concurrency
(requests at once per endpoint, across worker processes), cache_dir (``off`` to disable; default
``$XDG_CACHE_HOME/briefgen/llm``).
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
        from briefgen.grounding import Verifier
        from briefgen.llm.config import LLMConfig
        from briefgen.llm.mapping import briefing_from_answer, merge_briefings
        from briefgen.llm.overlay import overlay
        from briefgen.llm.plan import plan_requests
        from briefgen.llm.session import Session
        from briefgen.merge import list_sources
        from briefgen.pipeline import number_readers
        from briefgen.plugins import get_registry

        from .summariser_extractive import ExtractiveSummariser

        config = LLMConfig.from_settings(settings)
        budget = Budget(
            config.model, context_window(config.model, config.context_window), config.answer_tokens
        )
        requests = plan_requests(conference.documents, budget, config.language)
        session = Session(config, self._modes)
        sources = list_sources(conference.documents)
        generator = Generator("openai", config.model, __version__, config.endpoint)
        parts = [
            briefing_from_answer(
                session.answer(request),
                request.digest,
                conference_id=conference.id,
                sources=sources,
                generator=generator,
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
        said = parts[0]
        if len(parts) > 1:
            said = merge_briefings(parts)
            said = replace(
                said, notes=(*said.notes, f"summarised article by article ({len(parts)} requests)")
            )
        base = ExtractiveSummariser().summarise(conference, settings)
        return overlay(base, said, Verifier(conference, number_readers(get_registry())))


@hookimpl
def register_summarisers(register) -> None:  # type: ignore[no-untyped-def]
    register(OpenAISummariser())
