"""The one place that drives the stages and calls pipeline hooks.

sources --load--> Article --analyse--> Document --group--> Conference --summarise--> Briefing
--verify--> Briefing --render--> bytes per format --write (atomic)--> files

Each stage reads only the output of the one before. A failure is recorded against the file or
conference it concerns and the run goes on: one bad article never costs the other briefings.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from . import __version__
from .detect import detect_language
from .grounding import verify
from .models import Article, Briefing, Conference, Document
from .overrides import OverridesError
from .plugins import Registry, get_registry
from .protocols import LoadError, Rendered, Settings
from .textutil import slug
from .writing import remove_stale_temps, write_atomic

log = logging.getLogger("briefgen")

ProgressFn = Callable[[str, int, int], None]
T = TypeVar("T")
R = TypeVar("R")

DEFAULT_MAX_ARTICLE_BYTES = 20 * 1024 * 1024


class BriefgenError(ValueError):
    """A request briefgen cannot carry out as asked (unknown format, summariser, ...)."""


class PluginFailure(RuntimeError):
    """A plugin raised while working on a briefing; the message names the plugin."""


@dataclass(frozen=True)
class Failure:
    """Something that did not become (part of) a briefing, and why."""

    source: str
    stage: str
    message: str


@dataclass
class RunReport:
    briefings: list[Briefing] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    articles: int = 0
    conferences: int = 0


# --- loading ---------------------------------------------------------------------------------


def expand_inputs(
    inputs: Iterable[str | os.PathLike[str]], skip: str | os.PathLike[str] | None = None
) -> tuple[list[Path], list[Failure]]:
    """Files named directly, plus every non-hidden file under named folders, in sorted order.

    Files under ``skip`` (the output folder) are left out of folder walks, so
    ``briefgen build . -o out`` run twice does not read its own briefings back as articles.
    """
    files: list[Path] = []
    failures: list[Failure] = []
    skipped = Path(skip).resolve() if skip is not None else None
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not (skipped and p.resolve().is_relative_to(skipped))
            )
        elif path.is_file():
            files.append(path)
        else:
            failures.append(Failure(str(path), "load", "no such file or folder"))
    return files, failures


def _load_failure(error: LoadError) -> Failure:
    return Failure(error.path, "load", error.problem + (f" ({error.hint})" if error.hint else ""))


def _loader_for(path: Path, registry: Registry) -> tuple[Any, Failure | None]:
    """The first loader that claims ``path``; a loader whose ``can_load`` raises is skipped, by name."""
    failure = None
    for name, loader in registry.loaders.items():
        try:
            if loader.can_load(path):
                return loader, failure
        except Exception as error:
            owner = registry.owner("loaders", name)
            failure = Failure(str(path), "load", f"loader plugin {owner!r} failed in can_load: {error!r}")
    return None, failure


def load_articles(
    paths: Sequence[Path], registry: Registry, max_bytes: int
) -> tuple[list[Article], list[Failure]]:
    articles: list[Article] = []
    failures: list[Failure] = []
    seen: dict[str, int] = {}
    for path in paths:
        loader, failure = _loader_for(path, registry)
        if failure is not None:
            failures.append(failure)
        if loader is None:
            failures.append(
                Failure(str(path), "load", "unsupported file type (use .txt, .md, .html, .json or .jsonl)")
            )
            continue
        try:
            size = path.stat().st_size
            if size > max_bytes:
                raise LoadError(
                    str(path), f"file is {size} bytes, over the {max_bytes}-byte limit", "raise --max-bytes"
                )
            loaded = list(loader.load(path))
        except LoadError as error:
            failures.append(_load_failure(error))
            continue
        except Exception as error:  # a loader bug must not lose the other files
            failures.append(Failure(str(path), "load", f"loader {loader.name!r} failed: {error!r}"))
            continue
        for article in loaded:
            if isinstance(article, LoadError):  # one bad record of a multi-record file
                failures.append(_load_failure(article))
                continue
            count = seen.get(article.id, 0)
            seen[article.id] = count + 1
            articles.append(article if not count else replace(article, id=f"{article.id}~{count + 1}"))
    return articles, failures


# --- analysis ----------------------------------------------------------------------------------


def analyse_article(article: Article) -> Document | Failure:
    """Detect the language (unless the source said) and run that language's plugin."""
    registry = get_registry()
    code = article.language if article.language in registry.languages else None
    code = code or detect_language(article.text, registry.languages)
    if code is None:
        installed = ", ".join(sorted(registry.languages)) or "none"
        return Failure(
            article.path, "analyse", f"language not recognised (installed language plugins: {installed})"
        )
    language = registry.languages.get(code)
    if language is None:
        return Failure(article.path, "analyse", f"no language plugin for {code!r}")
    try:
        return language.analyse(article)
    except Exception as error:
        owner = registry.owner("languages", code)
        return Failure(article.path, "analyse", f"language plugin {owner!r} failed: {error!r}")


def group_documents(
    documents: Sequence[Document], overrides: dict | None = None, failures: list[Failure] | None = None
) -> list[Conference]:
    """Ask the grouping plugins in hook order (firstresult); a plugin that raises is skipped.

    A skipped plugin is appended to ``failures`` (or logged when none is given) and the next
    plugin answers, down to one conference per document, so a broken grouping plugin costs
    the grouping, never the articles. Overrides the grouping cannot honour still raise.
    """
    registry = get_registry()
    arguments = {"documents": list(documents), "overrides": overrides}
    for impl in reversed(registry.manager.hook.group_documents.get_hookimpls()):
        if impl.hookwrapper or impl.wrapper:
            continue  # wrappers wrap a hook call; this loop makes the calls itself
        try:
            conferences = impl.function(**{name: arguments[name] for name in impl.argnames})
        except OverridesError:
            raise
        except Exception as error:
            failure = Failure("grouping", "group", f"grouping plugin {impl.plugin_name!r} failed: {error!r}")
            if failures is None:
                log.warning("briefgen: %s", failure.message)
            else:
                failures.append(failure)
            continue
        if conferences is not None:
            return conferences
    return [Conference(id=d.article.id, documents=(d,)) for d in documents]


# --- summarising, verifying, rendering ---------------------------------------------------------


def number_readers(registry: Registry) -> dict[str, Callable[[str], Iterable[str]]]:
    return {code: lang.numbers for code, lang in registry.languages.items() if hasattr(lang, "numbers")}


def summarise(conference: Conference, summariser: str, settings: Settings) -> tuple[Briefing, list[Failure]]:
    """Summarise and verify; if the chosen summariser fails, fall back to the extractive one."""
    registry = get_registry()
    failures: list[Failure] = []
    try:
        briefing = registry.summarisers[summariser].summarise(conference, settings)
    except Exception as error:
        if summariser == "extractive" or "extractive" not in registry.summarisers:
            raise
        failures.append(
            Failure(conference.id, "summarise", f"{summariser!r} failed ({error}); used 'extractive'")
        )
        briefing = registry.summarisers["extractive"].summarise(conference, settings)
        briefing = replace(
            briefing, notes=(*briefing.notes, f"{summariser} summariser failed; extractive used")
        )
    if not briefing.generator.version:
        briefing = replace(briefing, generator=replace(briefing.generator, version=__version__))
    return verify(briefing, conference, number_readers(registry)), failures


def render(briefing: Briefing, formats: Sequence[str], settings: Settings | None = None) -> dict[str, bytes]:
    """Render ``briefing`` in each format, paged formats first so the others know what they omitted."""
    registry = get_registry()
    settings = settings or Settings()
    renderers = [registry.renderers[name] for name in formats]
    outputs: dict[str, bytes] = {}
    omitted: dict[str, int] = {}
    for renderer in sorted(renderers, key=lambda r: not getattr(r, "paged", False)):
        if not getattr(renderer, "paged", False) and omitted:
            briefing = replace(briefing, omitted=omitted)
        try:
            result: Rendered = renderer.render(briefing, settings)
        except Exception as error:
            owner = registry.owner("renderers", renderer.name)
            raise PluginFailure(
                f"renderer {renderer.name!r} of plugin {owner!r} failed: {error!r}"
            ) from error
        outputs[renderer.name] = result.data
        for kind, count in result.omitted.items():
            omitted[kind] = max(omitted.get(kind, 0), count)
    return outputs


@dataclass(frozen=True)
class _Job:
    summariser: str
    formats: tuple[str, ...]
    settings: Settings


def briefing_for(
    conference: Conference, job: _Job
) -> tuple[Briefing, dict[str, bytes], list[Failure]] | Failure:
    try:
        briefing, failures = summarise(conference, job.summariser, job.settings)
    except Exception as error:
        owner = get_registry().owner("summarisers", job.summariser)
        return _conference_failure(conference, "summarise", f"summariser plugin {owner!r} failed: {error!r}")
    try:
        outputs = render(briefing, job.formats, job.settings)
    except Exception as error:
        return _conference_failure(
            conference, "render", str(error) if isinstance(error, PluginFailure) else repr(error)
        )
    return briefing, outputs, failures


def _conference_failure(conference: Conference, stage: str, message: str) -> Failure:
    """A failure of a whole conference, naming the article files it cost (none is lost silently)."""
    paths = ", ".join(d.article.path for d in conference.documents)
    return Failure(conference.id, stage, f"{message}; articles not briefed: {paths}")


# --- orchestration -----------------------------------------------------------------------------


def _map(
    fn: Callable[..., R], items: Sequence[T], jobs: int, progress: ProgressFn | None, stage: str, *args: Any
) -> list[R]:
    """Map in worker processes when ``jobs > 1``; report progress as results arrive, keep order."""
    results: list[R] = []
    if progress:
        progress(stage, 0, len(items))
    if jobs <= 1 or len(items) < 2:
        for i, item in enumerate(items, 1):
            results.append(fn(item, *args))
            if progress:
                progress(stage, i, len(items))
        return results
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    pool: Executor = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method))
    with pool:
        chunk = max(1, len(items) // (jobs * 8))
        for i, result in enumerate(
            pool.map(fn, items, *([a] * len(items) for a in args), chunksize=chunk), 1
        ):
            results.append(result)
            if progress:
                progress(stage, i, len(items))
    return results


def file_names(briefings: Sequence[Briefing]) -> list[str]:
    """A distinct, safe file stem per briefing, so two same-titled conferences never collide."""
    used: dict[str, int] = {}
    stems = []
    for briefing in briefings:
        stem = slug(briefing.id)
        n = used.get(stem, 0)
        used[stem] = n + 1
        stems.append(stem if not n else f"{stem}-{n + 1}")
    return stems


def run(
    inputs: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str] | None = None,
    formats: Sequence[str] = ("pdf",),
    summariser: str = "extractive",
    *,
    jobs: int = 1,
    options: dict[str, Any] | None = None,
    overrides: dict | None = None,
    progress: ProgressFn | None = None,
) -> RunReport:
    """Run the whole pipeline and return what was produced and what failed, file by file."""
    registry = get_registry()
    formats = tuple(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in registry.renderers]
    if unknown:
        raise BriefgenError(
            f"unknown format {', '.join(unknown)}; available: {', '.join(sorted(registry.renderers))}"
        )
    if summariser not in registry.summarisers:
        raise BriefgenError(
            f"unknown summariser {summariser!r}; available: {', '.join(sorted(registry.summarisers))}"
        )
    if out_dir is not None:  # before any work: a folder that cannot be made should fail fast
        try:
            Path(out_dir).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise BriefgenError(
                f"cannot create the output folder {out_dir}: {error.strerror or error}"
            ) from None
    started = time.time()
    options = dict(options or {})
    settings = Settings(options, run_id=uuid.uuid4().hex)
    report = RunReport()

    paths, failures = expand_inputs(inputs, skip=out_dir)
    report.failures += failures
    articles, failures = load_articles(
        paths, registry, int(options.get("max_bytes", DEFAULT_MAX_ARTICLE_BYTES))
    )
    report.failures += failures
    report.articles = len(articles)

    documents: list[Document] = []
    for result in _map(analyse_article, articles, jobs, progress, "analyse"):
        if isinstance(result, Failure):
            report.failures.append(result)
        else:
            documents.append(result)

    conferences = group_documents(documents, overrides, report.failures)
    report.conferences = len(conferences)
    job = _Job(summariser, formats, settings)
    produced: list[tuple[Briefing, dict[str, bytes]]] = []
    for result in _map(briefing_for, conferences, jobs, progress, "brief", job):
        if isinstance(result, Failure):
            report.failures.append(result)
            continue
        briefing, outputs, failures = result
        report.failures += failures
        produced.append((briefing, outputs))
        report.briefings.append(briefing)

    if out_dir is not None:
        target = Path(out_dir)
        for stem, (briefing, outputs) in zip(file_names([b for b, _ in produced]), produced, strict=True):
            for name, data in outputs.items():
                path = target / f"{stem}.{registry.renderers[name].extension}"
                try:
                    write_atomic(path, data)
                    report.written.append(path)
                    remove_stale_temps(path, started)
                except OSError as error:
                    report.failures.append(
                        Failure(briefing.id, "write", f"{path}: {error.strerror or error}")
                    )
    return report


def build(
    inputs: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str] | None = None,
    formats: Sequence[str] = ("pdf",),
    summariser: str = "extractive",
    **kwargs: Any,
) -> list[Briefing]:
    """Build briefings from article files or folders; write them to ``out_dir`` when given.

    Failures (unreadable files, plugin errors) are logged and skipped; use :func:`run` to get
    them as data.
    """
    report = run(inputs, out_dir, formats, summariser, **kwargs)
    for failure in report.failures:
        log.warning("briefgen: %s (%s): %s", failure.source, failure.stage, failure.message)
    return report.briefings


def rerender(
    files: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str],
    formats: Sequence[str] = ("pdf",),
    settings: Settings | None = None,
) -> RunReport:
    """Render briefing JSON files (possibly edited by an analyst) again, analysing nothing.

    Each file is validated against the ``briefgen/briefing@1`` schema; its evidence quotes are
    checked again against the source articles that are still where the JSON says; items changed
    since briefgen wrote them are marked edited. Pages go to ``out_dir`` under the JSON's own name.
    """
    from .review import BriefingJSONError, read_briefing, recheck_evidence

    registry = get_registry()
    formats = tuple(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in registry.renderers]
    if unknown or not formats:
        raise BriefgenError(
            f"unknown format {', '.join(unknown) or '(none given)'}; "
            f"available: {', '.join(sorted(registry.renderers))}"
        )
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    report = RunReport()
    for raw in files:
        path = Path(raw)
        try:
            briefing = read_briefing(path)
        except BriefingJSONError as error:
            report.failures.append(Failure(str(path), "read", str(error).split(": ", 1)[-1]))
            continue
        reachable = [Path(s.path) for s in briefing.sources if Path(s.path).is_file()]
        articles, _ = load_articles(reachable, registry, DEFAULT_MAX_ARTICLE_BYTES)
        briefing = recheck_evidence(briefing, {a.id: a.text for a in articles})
        try:
            outputs = render(briefing, formats, settings)
        except PluginFailure as error:
            report.failures.append(Failure(str(path), "render", str(error)))
            continue
        report.briefings.append(briefing)
        for name, data in outputs.items():
            out = target / f"{path.stem}.{registry.renderers[name].extension}"
            try:
                write_atomic(out, data)
                report.written.append(out)
            except OSError as error:
                report.failures.append(Failure(str(path), "write", f"{out}: {error.strerror or error}"))
    return report
