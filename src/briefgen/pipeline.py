"""The one place that composes the stages and calls pipeline hooks.

expand -> load + analyse + key (one task per file) -> group (on keys) -> brief (summarise, verify,
render, stage the files; one task per conference) -> write (final names, overview, manifest)

Each stage is a plain function over plain data (:mod:`briefgen.stages` holds the key, brief and
staging steps) and each stage reads only the output of the one before, so ``build``, ``group``,
``estimate``, ``inspect`` and the benchmarks run exactly the stages they need, and an executor
(:mod:`briefgen.executors`: this machine's processes or a Dask cluster) runs the per-item ones
wherever the work is. A failure is recorded against the file or conference it concerns and the
run goes on: one bad article never costs the other briefings.

Every value a plugin hands back is checked here, at the boundary (an Article from a loader, a
Document from a language plugin, a Briefing from a summariser, bytes from a renderer, a
partition of the documents from grouping); a wrong one fails that item, naming the plugin.
With ``jobs > 1`` or on Dask each item (a file to load and analyse, a conference to brief) also
has a time limit (``item_timeout``, default 600 s; see :mod:`briefgen.workers` and
:class:`briefgen.executors.DaskExecutor`): a plugin that hangs costs its item only. With
``jobs == 1`` everything runs in this process, unbounded.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from itertools import chain, count
from pathlib import Path
from typing import Any

from . import __version__
from .detect import detect
from .executors import Executor, LocalExecutor
from .grounding import verify
from .models import Article, Briefing, Conference, Document
from .overrides import OverridesError
from .plugins import PLUGIN_ERRORS, Registry, get_registry
from .protocols import LoadError, Rendered, Settings
from .textutil import clean_path, slug, strip_invisible
from .workers import DEFAULT_ITEM_TIMEOUT, doing
from .writing import digest, is_own_output, read_manifest, record_outputs, remove_stale_temps, write_atomic

log = logging.getLogger("briefgen")

ProgressFn = Callable[[str, int, int], None]

DEFAULT_MAX_ARTICLE_BYTES = 20 * 1024 * 1024
DEFAULT_WINDOW_DAYS = 30  # see briefgen.incremental, which documents the rule


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
    """What a run produced and what failed. ``briefings`` holds every Briefing only when the run
    was asked to keep them (``run(keep_briefings=True)``, ``build``): otherwise a run keeps a small
    row per briefing, so its memory does not grow by a Briefing per conference; ``briefed``
    counts them either way, ``written`` lists the files."""

    briefings: list[Briefing] = field(default_factory=list)
    briefed: int = 0  # briefings produced (summarised, verified and rendered), kept or not
    written: list[Path] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    articles: int = 0
    conferences: int = 0
    neutralised: dict[str, dict[str, int]] = field(default_factory=dict)
    # the file stem of every briefing with at least one file on disk (index.* is not a briefing)
    written_stems: set[str] = field(default_factory=set)
    overview: list[Path] = field(default_factory=list)
    # articles a filter or the meeting check left out: reported, not failures
    skipped: list[Failure] = field(default_factory=list)
    # with --store: articles analysed in this run, those whose keys the store had, and the stored
    # conferences left alone (nothing of them read, briefed or written)
    analysed: int = 0
    reused: int = 0
    unchanged: int = 0

    def briefings_written(self) -> int:
        """Briefings with at least one file actually on disk (not merely produced)."""
        return len(self.written_stems)


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, where the platform says), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on this platform (macOS, Windows)
        return max(1, os.cpu_count() or 1)


def describe(error: BaseException, typed: bool = True) -> str:
    """An error as one bounded line: never the object it failed on (a whole rendered document)."""
    if isinstance(error, UnicodeError):
        text = f"{getattr(error, 'encoding', '')} {getattr(error, 'reason', '')}".strip()
    else:
        text = " ".join(str(error).split())
        text = text[:300] + ("…" if len(text) > 300 else "")
    return f"{type(error).__name__}: {text}" if typed else text


# --- loading ---------------------------------------------------------------------------------


def expand_inputs(
    inputs: Iterable[str | os.PathLike[str]], skip: str | os.PathLike[str] | None = None
) -> tuple[list[Path], list[Failure]]:
    """Files named directly (read as given), plus the non-hidden regular files under named folders.

    A folder walk never follows a link out of the folder and never opens a FIFO, device or
    socket: each is skipped and reported. Under ``skip`` (the output folder) it leaves out only
    the files briefgen itself wrote there (its manifest), so ``-o`` may be the input folder or
    a parent of it. A named folder with no file to read is a failure, not an empty success.
    """
    files: list[Path] = []
    failures: list[Failure] = []
    out = Path(skip) if skip is not None else None
    manifest = read_manifest(out) if out is not None else {}
    own = out.resolve() if out is not None else None
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found, problems = _walk(path, own, manifest)
            files += found
            failures += problems
            if not found and not problems:
                failures.append(Failure(clean_path(str(path)), "load", "folder holds no article files"))
        elif path.exists():
            files.append(path)
        else:
            failures.append(Failure(clean_path(str(path)), "load", "no such file or folder"))
    return files, failures


def _walk(folder: Path, own: Path | None, manifest: dict[str, str]) -> tuple[list[Path], list[Failure]]:
    root = folder.resolve()
    files: list[Path] = []
    failures: list[Failure] = []
    for top, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        # os.walk does not descend into linked folders; one leading out of the folder is reported
        linked = [d for d in dirs if os.path.islink(os.path.join(top, d))]
        outward = [d for d in linked if not Path(top, d).resolve().is_relative_to(root)]
        for name in sorted([*names, *outward]):
            if name.startswith("."):
                continue
            path = Path(top, name)
            problem = _unreadable(path, root)
            if problem:
                failures.append(Failure(clean_path(str(path)), "load", problem))
            elif not (own is not None and path.parent.resolve() == own and is_own_output(path, manifest)):
                files.append(path)
    return files, failures


def _unreadable(path: Path, root: Path) -> str | None:
    """Why a folder walk must not open ``path``, or None."""
    if path.is_symlink() and not path.resolve().is_relative_to(root):
        return "skipped: a symbolic link out of the folder (name the file itself to read it)"
    try:
        mode = path.stat().st_mode
    except OSError as error:
        return f"cannot read the file: {error.strerror or error}"
    return None if stat.S_ISREG(mode) else "skipped: not a regular file (FIFO, device or socket)"


def _load_failure(error: LoadError) -> Failure:
    return Failure(
        clean_path(str(error.path)), "load", error.problem + (f" ({error.hint})" if error.hint else "")
    )


def _loader_for(path: Path, registry: Registry) -> tuple[Any, Failure | None]:
    """The first loader that claims ``path``; a loader whose ``can_load`` raises is skipped, by name."""
    failure = None
    for name, loader in registry.loaders.items():
        try:
            if loader.can_load(path):
                return loader, failure
        except PLUGIN_ERRORS as error:
            owner = registry.owner("loaders", name)
            failure = Failure(
                clean_path(str(path)),
                "load",
                f"loader plugin {owner!r} failed in can_load: {describe(error)}",
            )
    return None, failure


def _check_article(item: Any) -> str | None:
    """What is wrong with a value a loader yielded as an article, or None."""
    if not isinstance(item, Article):
        return f"yielded a {type(item).__name__}, not an Article"
    for spec in fields(Article):
        value = getattr(item, spec.name)
        required = spec.name in ("id", "path", "text")
        if not (isinstance(value, str) or (value is None and not required)):
            return f"yielded an Article whose {spec.name} is a {type(value).__name__}, not text"
    if not item.text.strip() or not item.id:
        return "yielded an Article with no id or no text"
    return None


def _clean_article(article: Article) -> tuple[Article, dict[str, int]]:
    """File names as printable text; no display-reordering or zero-width controls in the prose."""
    text, removed = strip_invisible(article.text)
    title, in_title = strip_invisible(article.title) if article.title else (article.title, {})
    for key, number in in_title.items():
        removed[key] = removed.get(key, 0) + number
    return (
        replace(article, id=clean_path(article.id), path=clean_path(article.path), text=text, title=title),
        removed,
    )


Loaded = tuple[list[tuple[Article, dict[str, int]]], list[Failure]]


def load_file(path: Path, max_bytes: int, registry: Registry | None = None) -> Loaded:
    """The articles of one file (each with the invisible controls removed from it) and its failures."""
    registry = registry or get_registry()
    shown = clean_path(str(path))
    loader, failure = _loader_for(path, registry)
    failures = [failure] if failure is not None else []
    if loader is None:
        failures.append(
            Failure(shown, "load", "unsupported file type (use .txt, .md, .html, .json or .jsonl)")
        )
        return [], failures
    owner = registry.owner("loaders", loader.name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise LoadError(
                shown, f"file is {size} bytes, over the {max_bytes}-byte limit", "raise --max-bytes"
            )
        doing(f"loader plugin {owner!r}")
        loaded = list(loader.load(path))
    except LoadError as error:
        return [], [*failures, _load_failure(error)]
    except PLUGIN_ERRORS as error:  # a loader bug must not lose the other files
        return [], [*failures, Failure(shown, "load", f"loader plugin {owner!r} failed: {describe(error)}")]
    articles = []
    for item in loaded:
        if isinstance(item, LoadError):  # one bad record of a multi-record file
            failures.append(_load_failure(item))
        elif problem := _check_article(item):
            failures.append(Failure(shown, "load", f"loader plugin {owner!r} {problem}"))
        else:
            articles.append(_clean_article(item))
    return articles, failures


def merge_loaded(results: Iterable[Loaded]) -> tuple[list[Article], list[Failure], dict[str, dict[str, int]]]:
    """All files' articles, ids made unique in file order; invisible controls removed, by article id."""
    articles: list[Article] = []
    failures: list[Failure] = []
    removed: dict[str, dict[str, int]] = {}
    seen: dict[str, int] = {}
    for loaded, problems in results:
        failures += problems
        for article, stripped in loaded:
            number = seen.get(article.id, 0)
            seen[article.id] = number + 1
            if number:
                article = replace(article, id=f"{article.id}~{number + 1}")
            articles.append(article)
            if stripped:
                removed[article.id] = stripped
    return articles, failures, removed


def load_articles(
    paths: Sequence[Path], registry: Registry, max_bytes: int
) -> tuple[list[Article], list[Failure]]:
    """Load ``paths`` in this process, in order (see :func:`load_file`)."""
    articles, failures, _ = merge_loaded(load_file(path, max_bytes, registry) for path in paths)
    return articles, failures


# --- analysis ----------------------------------------------------------------------------------


def analyse_article(article: Article) -> Document | Failure:
    """Detect the language (unless the source named an installed one) and run that language's plugin.

    An article in a language no plugin supports is reported as such, never analysed with
    another language's rules.
    """
    registry = get_registry()
    installed = ", ".join(sorted(registry.languages)) or "none"
    code = article.language if article.language in registry.languages else None
    if code is None:
        found = detect(article.text, registry.languages)
        if found is None:
            return Failure(article.path, "analyse", f"language not recognised (installed: {installed})")
        if not found.supported:
            return Failure(
                article.path, "analyse", f"language {found.code} is not supported (installed: {installed})"
            )
        code = found.code
    owner = registry.owner("languages", code)
    try:
        doing(f"language plugin {owner!r}")
        document = registry.languages[code].analyse(article)
    except PLUGIN_ERRORS as error:
        return Failure(article.path, "analyse", f"language plugin {owner!r} failed: {describe(error)}")
    if not isinstance(document, Document):
        return Failure(
            article.path,
            "analyse",
            f"language plugin {owner!r} returned a {type(document).__name__}, not a Document",
        )
    return document


def _partition_problem(conferences: Any, documents: Sequence[Document]) -> str | None:
    """Why a grouping answer is not a partition of ``documents`` into conferences, or None."""
    if not isinstance(conferences, list | tuple):
        return f"returned a {type(conferences).__name__}, not a list of conferences"
    wrong = next((c for c in conferences if not isinstance(c, Conference)), None)
    if wrong is not None:
        return f"returned a {type(wrong).__name__} among the conferences"
    for conference in conferences:
        if not isinstance(conference.id, str) or not conference.id:
            return "returned a conference without a text id"
        if not isinstance(conference.documents, tuple) or not all(
            isinstance(d, Document) for d in conference.documents
        ):
            return f"returned conference {conference.id!r} whose documents are not Documents"
    placed = Counter(id(d) for c in conferences for d in c.documents)
    expected = Counter(id(d) for d in documents)
    if placed != expected:
        lost = sum((expected - placed).values())
        extra = sum((placed - expected).values())
        return f"did not place every document in exactly one conference ({lost} left out, {extra} extra)"
    return None


def group_documents(
    documents: Sequence[Document], overrides: dict | None = None, failures: list[Failure] | None = None
) -> list[Conference]:
    """Ask the grouping plugins in hook order (firstresult); a plugin that raises is skipped.

    So is one whose answer is not a partition of the documents (every document in exactly one
    conference, none added). A skipped plugin is appended to ``failures`` (or logged when none
    is given) and the next plugin answers, down to one conference per document, so a broken
    grouping plugin costs the grouping, never the articles. Overrides the grouping cannot
    honour still raise.
    """
    registry = get_registry()
    documents = list(documents)
    arguments = {"documents": list(documents), "overrides": overrides}
    for impl in reversed(registry.manager.hook.group_documents.get_hookimpls()):
        if impl.hookwrapper or impl.wrapper:
            continue  # wrappers wrap a hook call; this loop makes the calls itself
        try:
            conferences = impl.function(**{name: arguments[name] for name in impl.argnames})
        except OverridesError:
            raise
        except PLUGIN_ERRORS as error:
            problem: str | None = f"failed: {describe(error)}"
        else:
            if conferences is None:
                continue
            problem = _partition_problem(conferences, documents)
        if problem is None:
            return list(conferences)
        failure = Failure(
            "grouping", "group", f"grouping plugin {impl.plugin_name!r} {problem}; next grouping used"
        )
        if failures is None:
            log.warning("briefgen: %s", failure.message)
        else:
            failures.append(failure)
    return [Conference(id=d.article.id, documents=(d,)) for d in documents]


# --- summarising, verifying, rendering ---------------------------------------------------------


def number_readers(registry: Registry) -> dict[str, Callable[[str], Iterable[str]]]:
    return {code: lang.numbers for code, lang in registry.languages.items() if hasattr(lang, "numbers")}


def _summarise_with(name: str, conference: Conference, settings: Settings) -> Briefing:
    """One summariser's briefing, checked: a wrong value is that plugin's failure."""
    registry = get_registry()
    owner = registry.owner("summarisers", name)
    doing(f"summariser plugin {owner!r}")
    briefing = registry.summarisers[name].summarise(conference, settings)
    if not isinstance(briefing, Briefing):
        raise PluginFailure(
            f"summariser plugin {owner!r} returned a {type(briefing).__name__}, not a Briefing"
        )
    if not isinstance(briefing.id, str) or not briefing.id:
        raise PluginFailure(
            f"summariser plugin {owner!r} returned a briefing whose id is a {type(briefing.id).__name__}, "
            "not text"
        )
    return briefing


def summarise(conference: Conference, summariser: str, settings: Settings) -> tuple[Briefing, list[Failure]]:
    """Summarise and verify; if the chosen summariser fails, fall back to the extractive one."""
    registry = get_registry()
    failures: list[Failure] = []
    try:
        briefing = _summarise_with(summariser, conference, settings)
    except PLUGIN_ERRORS as error:
        if summariser == "extractive" or "extractive" not in registry.summarisers:
            raise
        failures.append(
            Failure(
                conference.id,
                "summarise",
                f"{summariser!r} failed ({describe(error, typed=False)}); used 'extractive'",
            )
        )
        briefing = _summarise_with("extractive", conference, settings)
        briefing = replace(
            briefing, notes=(*briefing.notes, f"{summariser} summariser failed; extractive used")
        )
    if not briefing.generator.version:
        briefing = replace(briefing, generator=replace(briefing.generator, version=__version__))
    return verify(briefing, conference, number_readers(registry)), failures


def _rendered_problem(result: Any) -> str | None:
    if not isinstance(result, Rendered):
        return f"returned a {type(result).__name__}, not Rendered"
    if not isinstance(result.data, bytes):
        return f"returned {type(result.data).__name__} data, not bytes"
    if not isinstance(result.omitted, Mapping) or not all(
        isinstance(k, str) and type(v) is int for k, v in result.omitted.items()
    ):
        return "returned an omitted count that is not a mapping of names to integers"
    return None


def render(briefing: Briefing, formats: Sequence[str], settings: Settings | None = None) -> dict[str, bytes]:
    """Render ``briefing`` in each format, paged formats first so the others know what they omitted."""
    registry = get_registry()
    settings = settings or Settings()
    unknown = [name for name in formats if name not in registry.renderers]
    if unknown or not formats:  # the CLI's usage error, not a bare KeyError, for library callers too
        raise BriefgenError(
            f"unknown format {', '.join(unknown) or '(none given)'}; "
            f"available: {', '.join(sorted(registry.renderers))}"
        )
    renderers = [registry.renderers[name] for name in formats]
    outputs: dict[str, bytes] = {}
    omitted: dict[str, int] = {}
    for renderer in sorted(renderers, key=lambda r: not getattr(r, "paged", False)):
        if not getattr(renderer, "paged", False) and omitted:
            briefing = replace(briefing, omitted=omitted)
        where = f"renderer {renderer.name!r} of plugin {registry.owner('renderers', renderer.name)!r}"
        try:
            doing(where)
            result: Rendered = renderer.render(briefing, settings)
        except PLUGIN_ERRORS as error:
            raise PluginFailure(f"{where} failed: {describe(error)}") from error
        problem = _rendered_problem(result)
        if problem:
            raise PluginFailure(f"{where} {problem}")
        outputs[renderer.name] = result.data
        for kind, number in result.omitted.items():
            omitted[kind] = max(omitted.get(kind, 0), number)
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
    except PLUGIN_ERRORS as error:
        message = str(error) if isinstance(error, PluginFailure) else describe(error)
        owner = get_registry().owner("summarisers", job.summariser)
        return _conference_failure(conference, "summarise", f"summariser plugin {owner!r} failed: {message}")
    try:
        outputs = render(briefing, job.formats, job.settings)
    except PLUGIN_ERRORS as error:
        return _conference_failure(
            conference, "render", str(error) if isinstance(error, PluginFailure) else describe(error)
        )
    return briefing, outputs, failures


def _conference_failure(conference: Conference, stage: str, message: str) -> Failure:
    """A failure of a whole conference, naming the article files it cost (none is lost silently)."""
    paths = ", ".join(d.article.path for d in conference.documents)
    return Failure(conference.id, stage, f"{message}; articles not briefed: {paths}")


# --- orchestration -----------------------------------------------------------------------------


def file_names(named: Sequence[tuple[str, str]], taken: Iterable[str] = ()) -> list[str]:
    """A distinct, safe, stable file stem per briefing, given as (its id, its key: see
    :func:`briefgen.stages.stem_key`), so the write stage needs no Briefing.

    A briefing whose slug no other briefing of the run shares keeps it; same-slug briefings get
    the slug plus a digest of their articles' ids, so a re-run gives each the name it had
    before whatever the order. Every candidate is checked against all names taken in the run
    (natural or suffixed), so a suffixed name can never land on a natural one. ``taken`` are
    names already in use (a store's briefings of earlier runs): a briefing whose slug is among
    them is suffixed like a same-slug one.
    """
    natural = [slug(identity) for identity, _ in named]
    in_use = set(taken)
    shared = Counter(natural) + Counter(stem for stem in set(natural) if stem in in_use)
    in_use |= {stem for stem in natural if shared[stem] == 1}
    stems = []
    for (_, identity_key), stem in zip(named, natural, strict=True):
        if shared[stem] == 1:
            stems.append(stem)
            continue
        key = hashlib.sha256(identity_key.encode("utf-8", "replace")).hexdigest()
        candidates = chain(
            (f"{stem[: 79 - size].rstrip('-')}-{key[:size]}" for size in (8, 16, 64)),
            (f"{stem[:60]}-{key[:8]}-{n}" for n in count(2)),  # only for identical article ids
        )
        name = next(c for c in candidates if c not in in_use)
        in_use.add(name)
        stems.append(name)
    return stems


@dataclass(frozen=True)
class Filters:
    """Which analysed articles a run keeps: ``--since``/``--until`` (ISO dates, inclusive, on the
    event date or else the publication date), ``--language`` codes, and whether articles with no
    sign of a meeting are briefed anyway (``--keep-all``)."""

    since: str | None = None
    until: str | None = None
    languages: frozenset[str] = frozenset()
    keep_all: bool = False

    def reason(self, language: str, date: str | None, cue: bool) -> str | None:
        """Why an article is left out ("filter: ..." or "skip: ..."), or None to keep it."""
        if self.languages and language not in self.languages:
            return f"filter: in {language}, not in --language {','.join(sorted(self.languages))}"
        if self.since or self.until:
            day = (date or "")[:10]
            if not day:
                return "filter: no event or publication date to compare with --since/--until"
            if self.since and day < self.since[: len(day)]:
                return f"filter: dated {day}, before --since {self.since}"
            if self.until and day[: len(self.until)] > self.until:
                return f"filter: dated {day}, after --until {self.until}"
        if not (cue or self.keep_all):
            return "skip: not about a conference (no meeting word, organiser, chair, attendance or date)"
        return None


@dataclass
class Collected:
    """What the expand, load, analyse and key stages leave: one small record per kept article."""

    records: list[Any]  # briefgen.stages.Keyed, in input order, keys.index == position
    failures: list[Failure] = field(default_factory=list)
    skipped: list[Failure] = field(default_factory=list)
    articles: int = 0
    neutralised: dict[str, dict[str, int]] = field(default_factory=dict)
    # with a store: articles analysed in this run, and those whose keys came from the store
    analysed: int = 0
    reused: int = 0
    # with a store: each record's (absolute path, position, file hash), None for a file not hashed
    members: list[tuple[str, int, str] | None] = field(default_factory=list)
    # with a store: (absolute path, hash, records) of each file analysed cleanly in this run
    fresh: list[tuple[str, str, list[Any]]] = field(default_factory=list)
    seen: dict[str, int] = field(default_factory=dict)  # article id -> times used (ids stay unique)
    # with group_on=workers: the whole keys, left on the cluster (records hold conflict fields only)
    remote: Any = None


def _file_hash(path: Path, max_bytes: int) -> tuple[str, str] | None:
    """(absolute path, SHA-256) of a file a store can remember; None when it cannot be read or is
    over the size limit (the analysis then reports why)."""
    try:
        if path.stat().st_size > max_bytes:
            return None
        return str(path.resolve()), digest(path.read_bytes())
    except OSError:
        return None


def collect(
    inputs: Iterable[str | os.PathLike[str]],
    executor: Executor,
    *,
    skip: str | os.PathLike[str] | None = None,
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    filters: Filters | None = None,
    progress: ProgressFn | None = None,
    store: Any = None,
    group_on: str = "driver",
) -> Collected:
    """Expand ``inputs`` and load, analyse and key every file (one task per file) on ``executor``.

    With a ``store`` (:class:`briefgen.store.Store`) a file whose content hash is stored is not
    loaded or analysed: its records come from the store. With ``group_on="workers"`` (a Dask
    executor) each record's whole keys stay on the cluster (``Collected.remote``) and the records
    here hold only their conflict fields.
    """
    from . import stages
    from .grouping import renumbered

    filters = filters or Filters()
    paths, failures = expand_inputs(inputs, skip=skip)
    hashes = {i: _file_hash(p, max_bytes) for i, p in enumerate(paths)} if store is not None else {}
    known = {}
    for i, found in hashes.items():
        stored = store.known(*found) if found else None
        if stored:
            known[i] = [replace(r, ref=replace(r.ref, path=str(paths[i]))) for r in stored]
    todo = [p for i, p in enumerate(paths) if i not in known]
    if len(todo) > 1:
        executor.prepare(stages.warm)
    cache = len(todo) <= stages.CACHE_DOCUMENTS  # see CACHE_DOCUMENTS: a larger run gains nothing by it
    remote = None
    if group_on == "workers":
        shown, kept = executor.map_kept(  # a DaskExecutor: see check_group_on
            stages.key_file,
            todo,
            "analyse",
            max_bytes,
            cache,
            light=stages.light_keyed,
            progress=progress,
            on_timeout=stages.key_timeout,
        )
        found = {str(path): result for path, result in zip(todo, kept, strict=True) if result is not None}
        remote = stages.RemoteKeys(executor.client, found)
    else:
        shown = executor.map(
            stages.key_file,
            todo,
            "analyse",
            max_bytes,
            cache,
            progress=progress,
            on_timeout=stages.key_timeout,
        )
    fresh = iter(shown)
    results = [(known[i], []) if i in known else next(fresh) for i in range(len(paths))]
    collected = Collected([], remote=remote)
    for i, (found, problems) in enumerate(results):
        if i in known:
            collected.reused += len(found)
            continue
        collected.analysed += len(found)
        clean = not problems and not any(isinstance(r, Failure) for r in found)
        if hashes.get(i) and clean:
            collected.fresh.append((*hashes[i], found))
    records, more, loaded = stages.merge_keyed(results, collected.seen)
    collected.failures = failures + more
    collected.articles = loaded
    member_of = {str(paths[i]): found for i, found in hashes.items()}
    for record in records:
        why = filters.reason(record.language, record.date, record.cue)
        if why is not None:
            stage, _, message = why.partition(": ")
            shown = clean_path(record.ref.path)
            if record.keys.name != Path(shown).name:  # one record of a multi-record file
                message = f"article {record.ref.id}: {message}"
            collected.skipped.append(Failure(shown, stage, message))
            continue
        keys = renumbered(record.keys, len(collected.records), record.keys.id, record.keys.name)
        collected.records.append(replace(record, keys=keys))
        found = member_of.get(record.ref.path)
        collected.members.append((found[0], record.ref.position, found[1]) if found else None)
        if record.removed:
            collected.neutralised[record.ref.id] = dict(record.removed)
    return collected


def _third_party_grouping(registry: Registry) -> bool:
    """Whether a plugin outside briefgen answers ``group_documents`` (it needs every Document)."""
    for impl in registry.manager.hook.group_documents.get_hookimpls():
        info = registry.plugins.get(impl.plugin_name)
        if not (impl.hookwrapper or impl.wrapper) and (info is None or not info.builtin):
            return True
    return False


def conferences_of(
    collected: Collected,
    overrides: dict | None,
    failures: list[Failure],
    max_bytes: int,
    locked: Sequence[Sequence[int]] = (),
) -> list[Any]:
    """The group stage: conferences as references to their articles (briefgen.stages.ConferenceRef).

    On keys with the built-in grouping; through the ``group_documents`` hook (the slower path,
    every Document fetched into this process) when a third-party grouping plugin is installed.
    """
    from . import stages

    if collected.remote is not None:
        return stages.group_refs_on_workers(collected.records, collected.remote, overrides, failures)
    if _third_party_grouping(get_registry()):
        return stages.group_by_documents(collected.records, overrides, failures, max_bytes)
    return stages.group_refs(collected.records, overrides, failures, locked)


GROUP_ON = ("driver", "workers")


def check_group_on(where: str, executor: Executor, store: bool, registry: Registry) -> None:
    """Refuse ``where`` (``--option group_on``) when this run cannot group there, saying why.

    ``driver`` (the default) brings every article's keys to this process, about 2 KB each;
    ``workers`` leaves them on a Dask cluster and shuffles them there (see
    :mod:`briefgen.grouping.shuffle`), for a corpus whose keys would not fit here. It is an
    option, not a switch on a key budget: the two give the same groups, the driver path is
    quicker wherever it fits (no shuffle, no second pass over the keys), and a run's memory
    need is known better by whoever starts it than by a guess made here.
    """
    if where not in GROUP_ON:
        raise BriefgenError(f"unknown group_on {where!r}; available: {', '.join(GROUP_ON)}")
    if where == "driver":
        return
    if not hasattr(executor, "map_kept"):
        raise BriefgenError("group_on=workers needs --executor dask: the keys stay on its workers")
    if store:
        raise BriefgenError("group_on=workers does not work with --store, which records every key here")
    if _third_party_grouping(registry):
        raise BriefgenError(
            "group_on=workers groups with the built-in grouping; a third-party one is installed"
        )
    return where


def grouped(
    inputs: Iterable[str | os.PathLike[str]],
    overrides: dict | None = None,
    *,
    executor: Executor | None = None,
    max_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    filters: Filters | None = None,
) -> tuple[Collected, list[Any], list[Failure]]:
    """The stages up to grouping, for ``group`` and ``estimate``: the kept records, the
    conferences (briefgen.stages.ConferenceRef) and every failure."""
    collected = collect(inputs, executor or LocalExecutor(), max_bytes=max_bytes, filters=filters)
    failures = list(collected.failures)
    return collected, conferences_of(collected, overrides, failures, max_bytes), failures


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
    executor: Executor | None = None,
    filters: Filters | None = None,
    store: str | os.PathLike[str] | None = None,
    window: int = DEFAULT_WINDOW_DAYS,
    keep_briefings: bool = False,
) -> RunReport:
    """Run every stage and return what was produced and what failed, file by file.

    Stages run on ``executor`` (default: this machine with ``jobs`` processes). Each briefing's
    files are written as soon as it is done (see :mod:`briefgen.stages`) and the run keeps only a
    small row of it (the overview's line and its file-name key), so memory does not grow with
    the number of briefings; ``keep_briefings=True`` also returns every Briefing in
    ``RunReport.briefings`` (``RunReport.briefed`` counts them either way). With a ``store``
    folder the run joins the conferences of earlier runs (those within ``window`` days: see
    :mod:`briefgen.incremental`) and briefs and writes only the conferences that changed.
    """

    registry = get_registry()
    formats = tuple(dict.fromkeys(formats))
    if not formats:
        raise BriefgenError(f"no output format given; available: {', '.join(sorted(registry.renderers))}")
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
    runner = executor or LocalExecutor(jobs, float(options.get("item_timeout", DEFAULT_ITEM_TIMEOUT)))
    check_group_on(str(options.get("group_on", "driver")), runner, store is not None, registry)
    report = RunReport()

    desk = _open_store(store, options, registry)
    try:
        _stages(
            inputs,
            out_dir,
            formats,
            summariser,
            runner,
            settings,
            report,
            started,
            overrides=overrides,
            progress=progress,
            filters=filters,
            desk=desk,
            window=window,
            keep=keep_briefings,
        )
    finally:
        if desk is not None:
            desk.close()
    return report


def _open_store(folder: str | os.PathLike[str] | None, options: Mapping[str, Any], registry: Registry) -> Any:
    """The store a run keeps its grouping keys in (:mod:`briefgen.store`), or None without one."""
    if folder is None:
        return None
    from .store import DEFAULT_TIMEOUT, Store

    if _third_party_grouping(registry):
        raise BriefgenError(
            "--store groups on keys with the built-in grouping, and a third-party grouping plugin "
            "is installed; disable it (see `briefgen plugins`) or build without --store"
        )
    return Store(Path(folder), float(options.get("store_timeout", DEFAULT_TIMEOUT)))


def _stages(
    inputs: Iterable[str | os.PathLike[str]],
    out_dir: str | os.PathLike[str] | None,
    formats: tuple[str, ...],
    summariser: str,
    runner: Executor,
    settings: Settings,
    report: RunReport,
    started: float,
    *,
    overrides: dict | None,
    progress: ProgressFn | None,
    filters: Filters | None,
    desk: Any,
    window: int,
    keep: bool,
) -> None:
    """Collect, group, brief and write; with a store (``desk``) only what changed since it was
    last run is briefed and written (see :mod:`briefgen.incremental`). ``keep``: every Briefing
    goes into ``report.briefings`` too."""
    from . import incremental, stages

    registry = get_registry()
    max_bytes = int(settings.options.get("max_bytes", DEFAULT_MAX_ARTICLE_BYTES))
    clock = time.perf_counter()
    collected = collect(
        inputs,
        runner,
        skip=out_dir,
        max_bytes=max_bytes,
        filters=filters,
        progress=progress,
        store=desk,
        group_on=str(settings.options.get("group_on", "driver")),
    )
    clock = _timed("load, analyse and key", f"{collected.articles} article(s)", clock)
    for record in collected.records:
        log.debug(
            "briefgen: article %s: language %s, date %s, %d boilerplate line(s) removed",
            record.ref.id,
            record.language,
            record.date or "?",
            record.boilerplate,
        )
    report.failures += collected.failures
    report.skipped = collected.skipped
    report.articles = collected.articles
    report.neutralised = collected.neutralised
    report.analysed, report.reused = collected.analysed, collected.reused
    everything, stored, locked = _add_stored(collected, desk, window) if desk is not None else ([], [], [])
    conferences = conferences_of(collected, overrides, report.failures, max_bytes, locked)
    collected.remote = None  # the keys left on the cluster are done with: their workers free them
    report.conferences = len(conferences)
    clock = _timed("group", f"{len(conferences)} conference(s)", clock)
    changes: list[Any] = []
    kept: list[Any] = []
    if desk is not None:
        index = {record.ref.id: i for i, record in enumerate(collected.records)}
        groups = [[collected.members[index[m.id]] for m in c.members] for c in conferences]
        changes, kept = incremental.plan(groups, stored, formats, Path(out_dir or "."))
        report.unchanged = len(kept)
        conferences = [_with_sources(conferences[c.number], collected, index, report) for c in changes]
        changes = [c for c, ref in zip(changes, conferences, strict=True) if ref is not None]
        conferences = [ref for ref in conferences if ref is not None]
        log.info("briefgen: store: %d conference(s) unchanged, %d to brief", len(kept), len(conferences))
    else:
        # Every article's grouping keys (several KB each) are done with: freed here, the brief stage
        # reuses their memory instead of adding to it, so the peak grows less with the corpus (a
        # store's run still needs them to record what it briefed).
        collected.records = []
    staging = None if out_dir is None else stages.staging_folder(Path(out_dir), settings.run_id)
    if staging is not None and conferences:
        stages.remove_stale_staging(staging.parent, started)
        staging.mkdir()
    task = stages.BriefJob(
        _Job(summariser, formats, settings),
        tuple((name, registry.renderers[name].extension) for name in formats),
        None if staging is None else str(staging),
        max_bytes,
        keep=keep or desk is not None,  # a store records each briefing it wrote
    )
    produced = []
    made = []  # the position in ``conferences`` of each produced briefing
    try:
        results = (
            runner.map(
                stages.brief_conference,
                conferences,
                "brief",
                task,
                progress=progress,
                on_timeout=stages.brief_timeout,
            )
            if conferences
            else []
        )
        for number, result in enumerate(results):
            if isinstance(result, Failure):
                report.failures.append(result)
                continue
            report.failures += result.failures
            report.briefed += 1
            if keep and result.briefing is not None:
                report.briefings.append(result.briefing)
            produced.append(result)
            made.append(number)
        clock = _timed("brief and render", f"{len(produced)} briefing(s)", clock)
        if out_dir is not None and desk is None:
            _write(
                Path(out_dir),
                produced,
                file_names([(b.entry.id, b.key) for b in produced]),
                registry,
                started,
                report,
            )
            _timed("write", f"{len(report.written)} file(s)", clock)
        elif out_dir is not None and produced:
            made_changes = [changes[n] for n in made]
            _write_stored(
                Path(out_dir),
                produced,
                made_changes,
                [_members(conferences[n], collected) for n in made],
                _not_superseded(everything, made_changes),
                desk,
                formats,
                registry,
                started,
                report,
            )
            _timed("write", f"{len(report.written)} file(s)", clock)
        if desk is not None:
            for path, sha, records in collected.fresh:
                desk.save_file(path, sha, records, time.strftime("%Y-%m-%d", time.gmtime()))
            desk.commit()
    finally:
        if staging is not None:
            stages.remove_staging(staging)


def _add_stored(collected: Collected, desk: Any, window: int) -> tuple[list[Any], list[Any], list[list[int]]]:
    """Add to ``collected`` the articles of the stored conferences this run compares (their keys
    from the store, unfiltered: they were kept when they were stored); return every stored
    conference, the compared ones, and each compared one's records (indices) to keep together."""
    import datetime as dt

    from . import incremental, stages
    from .grouping import renumbered

    everything = desk.conferences()
    rows = desk.articles({(path, position) for c in everything for path, position, _ in c.members})
    inputs = {(m[0], m[1]) for m in collected.members if m}
    today = dt.datetime.now(dt.timezone.utc).date()
    start = incremental.window_start((r.date for r in collected.records), window, today)
    chosen = incremental.compared(everything, rows, inputs, start)
    extra: dict[str, dict[int, Any]] = {}
    for conference in chosen:
        for path, position, _ in conference.members:
            if (path, position) not in inputs and (path, position) in rows:
                extra.setdefault(path, {})[position] = rows[(path, position)]
    results = [([found[n].record for n in sorted(found)], []) for found in extra.values()]
    records, _, _ = stages.merge_keyed(results, collected.seen)
    for record in records:
        keys = renumbered(record.keys, len(collected.records), record.keys.id, record.keys.name)
        collected.records.append(replace(record, keys=keys))
        collected.members.append(rows[(record.ref.path, record.ref.position)].member)
    where = {(m[0], m[1]): i for i, m in enumerate(collected.members) if m}
    locked = [[where[(p, n)] for p, n, _ in c.members if (p, n) in where] for c in chosen]
    log.info(
        "briefgen: store: %d stored conference(s), %d compared (window from %s), %d stored article(s) added",
        len(everything),
        len(chosen),
        start,
        len(records),
    )
    return everything, chosen, locked


def _not_superseded(conferences: Sequence[Any], changes: Sequence[Any]) -> list[Any]:
    """The stored conferences that none of ``changes`` (briefed in this run) supersedes."""
    gone = {c.id for change in changes for c in change.superseded}
    return [c for c in conferences if c.id not in gone]


def _members(conference: Any, collected: Collected) -> list[tuple[str, int, str]]:
    """The store's (path, position, hash) of each article of ``conference`` (a ConferenceRef)."""
    index = {record.ref.id: i for i, record in enumerate(collected.records)}
    found = (collected.members[index[m.id]] for m in conference.members)
    return [m for m in found if m is not None]


def _with_sources(conference: Any, collected: Collected, index: Mapping[str, int], report: RunReport) -> Any:
    """``conference`` without the stored articles whose source file is gone or changed since it
    was stored (each reported: it cannot be re-read to brief the conference again); None if none
    is left."""
    kept = []
    for ref in conference.members:
        member = collected.members[index[ref.id]]
        if member is None or _file_hash(Path(member[0]), 1 << 62) == (member[0], member[2]):
            kept.append(ref)
            continue
        problem = "is missing" if not Path(member[0]).exists() else "has changed since it was stored"
        report.failures.append(
            Failure(
                clean_path(member[0]),
                "store",
                f"article {ref.id} of a conference that gained articles {problem}, so that "
                "conference is briefed without it; restore the file, or give it as input to analyse it again",
            )
        )
    if not kept:
        return None
    return replace(conference, id=kept[0].id, members=tuple(kept))


def _write_stored(
    target: Path,
    produced: Sequence[Any],
    changes: Sequence[Any],
    members: Sequence[Sequence[tuple[str, int, str]]],
    kept: Sequence[Any],
    desk: Any,
    formats: Sequence[str],
    registry: Registry,
    started: float,
    report: RunReport,
) -> None:
    """The write stage of a run with a store: a briefing that supersedes stored conferences takes
    the oldest one's file stem; the superseded ones' other files go; the overview lists every
    stored conference; the store learns the new conferences."""
    from .overview import entry
    from .review import briefing_from_dict
    from .store import StoredConference

    taken = {c.stem for c in kept}
    stems: list[str | None] = []
    for change in changes:
        stem = next((c.stem for c in change.superseded if c.stem not in taken), None)
        if stem is not None:
            taken.add(stem)
        stems.append(stem)
    fresh = [i for i, stem in enumerate(stems) if stem is None]
    named = [(produced[i].entry.id, produced[i].key) for i in fresh]
    for i, stem in zip(fresh, file_names(named, taken), strict=True):
        stems[i] = stem
    shelf = [
        (
            entry(briefing_from_dict(c.briefing)),
            next((f for f in c.files if f.endswith((".pdf", ".html"))), None),
        )
        for c in kept
    ]
    removed = [name for change in changes for c in change.superseded for name in c.files]
    final = [stem for stem in stems if stem is not None]
    names = _write(target, produced, final, registry, started, report, shelf, removed)
    done = [i for i, files in enumerate(names) if files]
    desk.replace_conferences(
        sorted({c.id for i in done for c in changes[i].superseded}),
        [
            StoredConference(None, final[i], tuple(members[i]), tuple(formats), names[i], _kept(produced[i]))
            for i in done
        ],
    )


def _kept(briefed: Any) -> dict[str, Any]:
    """The briefing a store records (a store's run keeps every Briefing: see ``_stages``)."""
    if briefed.briefing is None:
        raise AssertionError("a store's run hands every Briefing back")
    return briefed.briefing.to_dict()


def _timed(stage: str, what: str, since: float) -> float:
    """Log one stage's wall time (shown with ``briefgen -v``); return the clock for the next."""
    now = time.perf_counter()
    log.info("briefgen: %s: %s in %.2f s", stage, what, now - since)
    return now


def _write(
    target: Path,
    produced: Sequence[Any],
    stems: Sequence[str],
    registry: Registry,
    started: float,
    report: RunReport,
    kept: Sequence[tuple[Any, str | None]] = (),
    removed: Sequence[str] = (),
) -> list[tuple[str, ...]]:
    """The write stage: give each staged file its final name (known only once every briefing is
    done), add the run overview, record everything in the manifest; count only real files.

    ``kept`` are the overview rows (:class:`briefgen.overview.Entry`) of briefings already on
    disk, with their page, that the overview lists too;
    ``removed`` names files of superseded briefings, deleted when briefgen wrote them and nobody
    changed them since. Returns the names each briefing's files got.
    """
    written: dict[str, str] = {}
    pages: list[str | None] = []
    names: list[tuple[str, ...]] = []
    for stem, briefed in zip(stems, produced, strict=True):
        extensions = {}
        for name, staged, sha in briefed.staged:
            path = target / f"{stem}.{registry.renderers[name].extension}"
            try:
                os.replace(staged, path)
            except OSError as error:
                report.failures.append(
                    Failure(briefed.entry.id, "write", f"{path}: {error.strerror or error}")
                )
                continue
            extensions[name] = path.name
            report.written.append(path)
            report.written_stems.add(stem)
            written[path.name] = sha
            remove_stale_temps(path, started)
        pages.append(next((extensions[n] for n in ("pdf", "html") if n in extensions), None))
        names.append(tuple(extensions.values()))
    if produced:
        everything = [*(e for e, _ in kept), *(b.entry for b in produced)]
        for path, data in _overview(everything, [*(p for _, p in kept), *pages], target, report):
            written[path.name] = digest(data)
    manifest = read_manifest(target)
    gone = [n for n in removed if n not in written and is_own_output(target / n, manifest)]
    for name in gone:
        (target / name).unlink(missing_ok=True)
    if written or gone:
        try:
            record_outputs(target, written, gone)
        except OSError as error:
            report.failures.append(
                Failure(str(target), "write", f"cannot record the outputs: {error.strerror or error}")
            )
    return names


def _overview(
    entries: list[Any], pages: list[str | None], target: Path, report: RunReport
) -> list[tuple[Path, bytes]]:
    """``index.html`` beside the briefings, and ``index.pdf`` when PDFs were asked for, from each
    briefing's overview row (:class:`briefgen.overview.Entry`)."""
    from .overview import overview_pdf, render_overview

    done = []
    outputs = [("index.html", lambda: render_overview(entries, pages, paged=False).encode("utf-8"))]
    if any(p and p.endswith(".pdf") for p in pages):
        outputs.append(("index.pdf", lambda: overview_pdf(entries, pages)))
    for name, make in outputs:
        path = target / name
        try:
            data = make()
            write_atomic(path, data)
        except (OSError, ValueError) as error:
            report.failures.append(Failure(str(path), "write", f"run overview: {describe(error)}"))
            continue
        report.overview.append(path)
        done.append((path, data))
    return done


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
    report = run(inputs, out_dir, formats, summariser, keep_briefings=True, **kwargs)
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
        report.briefed += 1
        for name, data in outputs.items():
            out = target / f"{path.stem}.{registry.renderers[name].extension}"
            try:
                write_atomic(out, data)
                report.written.append(out)
            except OSError as error:
                report.failures.append(Failure(str(path), "write", f"{out}: {error.strerror or error}"))
    return report
