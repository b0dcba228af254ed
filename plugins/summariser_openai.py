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
``$XDG_CACHE_HOME/briefgen/llm``), log (``off``, or the SQLite file of :mod:`briefgen.llm.log`;
default ``log.sqlite`` in the cache folder; ``briefgen logs`` reads it).
"""

from __future__ import annotations

import logging
from typing import Any

from briefgen import __version__, hookimpl
from briefgen.models import Briefing, Conference, Generator
from briefgen.protocols import Settings

log = logging.getLogger("briefgen")


class OpenAISummariser:
    name = "openai"

    def __init__(self) -> None:
        self._modes: dict[str, int] = {}  # structured-output mode each endpoint accepted

    def summarise(self, conference: Conference, settings: Settings) -> Briefing:
        from briefgen.llm.config import LLMConfig
        from briefgen.llm.session import Session

        config = LLMConfig.from_settings(settings)
        session = Session(config, self._modes)
        try:
            briefing = self._summarise(conference, settings, config, session)
        except Exception as error:
            _log_calls(conference, config, session, f"failed: {error}", {})
            raise
        _log_calls(conference, config, session, "ok", briefing.dropped_ungrounded)
        return briefing

    def _summarise(self, conference: Conference, settings: Settings, config: Any, session: Any) -> Briefing:
        from dataclasses import replace

        from briefgen.budget import Budget, context_window
        from briefgen.grounding import Verifier
        from briefgen.llm.mapping import briefing_from_answer, merge_briefings
        from briefgen.llm.overlay import overlay
        from briefgen.llm.plan import plan_requests
        from briefgen.merge import list_sources
        from briefgen.pipeline import number_readers
        from briefgen.plugins import get_registry

        from .summariser_extractive import ExtractiveSummariser

        budget = Budget(
            config.model, context_window(config.model, config.context_window), config.answer_tokens
        )
        requests = plan_requests(conference.documents, budget, config.language)
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


def _log_calls(
    conference: Conference, config: Any, session: Any, status: str, dropped: dict[str, int]
) -> None:
    """One log row per request of this conference; a failure to log never fails the briefing."""
    import sqlite3

    from briefgen.llm.client import scrub
    from briefgen.llm.log import RequestLog

    if config.log_path is None or not session.calls:
        return
    status = scrub(status, config.api_key)
    try:
        request_log = RequestLog(config.log_path)
        for call in session.calls:
            state = "cached" if call.cached else "ok" if call.answer is not None else status
            request_log.record(conference.id, config.endpoint, config.model, call, state, dropped)
    except (OSError, sqlite3.Error) as error:
        log.warning("briefgen: could not write the LLM log %s: %s", config.log_path, error)


@hookimpl
def register_summarisers(register) -> None:  # type: ignore[no-untyped-def]
    register(OpenAISummariser())


def logs_command() -> Any:
    """The ``briefgen logs`` group. Declared in the ``briefgen.commands`` entry-point group rather
    than through ``register_commands``, so ``briefgen --help`` lists it without importing this
    plugin, and only ``briefgen logs ...`` does."""
    import click

    @click.group("logs", invoke_without_command=True)
    @click.option(
        "--file", "path", type=click.Path(dir_okay=False), help="the log (default: the user cache's)"
    )
    @click.option("--limit", default=50, show_default=True, help="how many of the latest requests to list")
    @click.pass_context
    def logs(ctx: click.Context, path: str | None, limit: int) -> None:
        """What the LLM summariser sent and got: one line per request, newest first."""
        from briefgen.llm.log import RequestLog

        ctx.obj = RequestLog(_log_path(path))
        if ctx.invoked_subcommand is None:
            for row in ctx.obj.rows(limit):
                cached = "cached" if row["cached"] else f"{row['tokens'] or '?'} tokens {row['seconds']}s"
                click.echo(
                    f"{row['id']:>5}  {row['at']}  {row['endpoint']}  {row['model']}  "
                    f"{row['conference']}  {cached}  {row['status']}"
                )

    @logs.command("show")
    @click.argument("row_id", type=int)
    @click.pass_obj
    def show(request_log: Any, row_id: int) -> None:
        """One request in full: prompt hash, endpoint, what grounding dropped and why, the answer."""
        import json

        entry = request_log.show(row_id)
        if entry is None:
            raise click.ClickException(f"no request {row_id} in {request_log.path}")
        click.echo(json.dumps(entry, ensure_ascii=False, indent=2))

    return logs


def _log_path(path: str | None) -> Any:
    from pathlib import Path

    from briefgen.llm.config import LLMConfig

    return Path(path) if path else LLMConfig.from_settings(Settings({}), need_key=False).log_path
