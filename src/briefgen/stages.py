"""The stages that let a run leave one process: key, group on keys, brief by reference, stage files.

expand -> (load + analyse + key, one task per file) -> group (keys only) -> brief (one task per
conference, documents fetched by reference) -> write (staged files renamed into place)

The key stage keeps of each article only a :class:`Keyed` record (its file, its place in the
file, its grouping keys: well under 1 KB), so the driver never holds full Documents. The brief
stage gets its conference's documents back by reference (:func:`documents_for`): from this
process's small cache when the same process analysed them, else by loading the file again and
analysing the article again (~4 ms an article, against ~200 ms to render its PDF). A briefing's
files are written as soon as it is done, under a hidden staging name, and the task hands back
only what the write stage needs (:class:`Briefed`: the overview's row, the file-name key, the
staged files), so no run keeps every output or every Briefing in memory; the write stage gives
the files their final names once every name is known.
"""

from __future__ import annotations

import shutil
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .grouping import EventKeys, event_keys, group_keys, overrides_of
from .grouping import renumbered as renumbered_keys
from .grouping.clustering import conflict_fields
from .grouping.shuffle import group_on_workers
from .models import Briefing, Conference, Document
from .overview import Entry, entry
from .pipeline import Failure, _Job, analyse_article, briefing_for, load_file
from .plugins import get_registry
from .relevance import has_event_cue
from .textutil import clean_path
from .writing import digest, write_atomic

# Documents this process analysed, for the brief stage to reuse; bounded so that a worker's
# memory does not grow with the corpus (a miss costs one re-load and re-analysis). A run of more
# files than this caches none (see key_file): the brief stage starts with the first conferences,
# whose Documents the last-analysed ones would have pushed out, so such a cache held ~31 MB for
# next to no hits.
CACHE_DOCUMENTS = 2048
_documents: OrderedDict[tuple[str, int, str], Document] = OrderedDict()
STAGING_PREFIX = ".briefgen-stage-"
# Parts of the keys when grouping on workers. Scoring runs one task per pair of parts, each fed by
# one small task per bucket (as many buckets as parts), so the tasks grow with the cube of the
# parts: 16 parts make 136 scoring tasks (work for a cluster of about a hundred threads) and
# about 2,600 tasks in all, where 2 per thread of a 100-thread cluster would make millions.
MAX_PARTS = 16


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """Where an article can be read again: the file as expanded, its place among the file's
    articles, and the id the run gave it (ids are made unique across files)."""

    path: str
    position: int
    id: str


@dataclass(frozen=True, slots=True)
class Keyed:
    """All the driver keeps of one analysed article."""

    ref: ArticleRef
    keys: EventKeys
    language: str
    date: str | None  # the event date, else the publication date (ISO), for --since/--until
    cue: bool  # whether anything in it says it reports a meeting (see briefgen.relevance)
    removed: tuple[tuple[str, int], ...] = ()  # invisible controls removed at load, by code point
    boilerplate: int = 0  # page-furniture lines the language's cleaner removed (shown with -vv)


@dataclass(frozen=True)
class ConferenceRef:
    """One conference as the brief stage receives it: its id, its articles, its place in the run."""

    id: str
    members: tuple[ArticleRef, ...]
    number: int


@dataclass(frozen=True)
class Briefed:
    """A briefing whose files are written under staging names (format -> (path, digest)), as the
    driver keeps it until the write stage: the overview's row and the key its file name is told
    apart by (see :func:`briefgen.pipeline.file_names`); the Briefing itself only when the run
    was asked to keep it (a library caller, a store)."""

    entry: Entry
    key: str
    staged: tuple[tuple[str, str, str], ...]
    failures: tuple[Failure, ...]
    briefing: Briefing | None = None


def _remember(key: tuple[str, int, str], document: Document) -> None:
    _documents[key] = document
    _documents.move_to_end(key)
    while len(_documents) > CACHE_DOCUMENTS:
        _documents.popitem(last=False)


def warm() -> None:
    """Build the tables every article's analysis reads (plugins, the world gazetteer) before the
    first article: forked workers then share them, where each used to spend 2-4 s on its first
    article, counted against that article's time limit. Only pure-Python tables: the language
    detector is native code that may start threads, which a forked child would not have."""
    from . import gazetteer

    get_registry()
    gazetteer.preload()


def key_file(path: Path, max_bytes: int, cache: bool = True) -> tuple[list[Keyed | Failure], list[Failure]]:
    """Load one file and analyse each of its articles; keep each article's keys, not its Document
    (which stays in this process's cache for the brief stage when ``cache``)."""
    loaded, failures = load_file(path, max_bytes, get_registry())
    records: list[Keyed | Failure] = []
    for position, (article, removed) in enumerate(loaded):
        analysed = analyse_article(article)
        if isinstance(analysed, Failure):
            records.append(analysed)
            continue
        if cache:
            _remember((str(path), position, article.id), analysed)
        records.append(
            Keyed(
                ArticleRef(str(path), position, article.id),
                event_keys(0, analysed),
                analysed.language,
                analysed.event.date or analysed.published or article.published,
                has_event_cue(analysed),
                tuple(sorted(removed.items())),
                len(analysed.removed),
            )
        )
    return records, failures


def key_timeout(path: Path, message: str) -> tuple[list[Keyed | Failure], list[Failure]]:
    return [], [Failure(clean_path(str(path)), "load", message)]


def merge_keyed(
    results: Iterable[tuple[list[Keyed | Failure], list[Failure]]], seen: dict[str, int] | None = None
) -> tuple[list[Keyed], list[Failure], int]:
    """Every file's records in file order, article ids made unique (``id~2``); the failures; and
    how many articles were loaded (analysed or not).

    A file holding several articles shows each by its id, so ``group --explain`` names what an
    overrides file accepts. ``seen`` (id -> times used) carries uniqueness over from an earlier
    merge, for records added to a run later (a store's articles of previous runs).
    """
    records: list[Keyed] = []
    failures: list[Failure] = []
    seen = {} if seen is None else seen
    loaded = 0
    for found, problems in results:
        failures += problems
        loaded += len(found)
        several = len(found) > 1
        for record in found:
            if isinstance(record, Failure):
                failures.append(record)
                continue
            identity = record.ref.id
            number = seen.get(identity, 0)
            seen[identity] = number + 1
            if number:
                identity = f"{identity}~{number + 1}"
            name = identity if several else record.keys.name
            index = len(records)
            records.append(
                replace(
                    record,
                    ref=replace(record.ref, id=identity),
                    keys=renumbered_keys(record.keys, index, identity, name),
                )
            )
    return records, failures, loaded


def group_refs(
    records: Sequence[Keyed],
    overrides: dict | None,
    failures: list[Failure],
    locked: Sequence[Sequence[int]] = (),
) -> list[ConferenceRef]:
    """Group on keys with the built-in grouping; unknown override names become failures (once each).
    ``locked`` groups (indices into ``records``) stay together (see :func:`briefgen.grouping.group_keys`).

    A third-party ``group_documents`` plugin needs Documents: :func:`group_by_documents` is that
    slower path.
    """
    grouping = group_keys(
        [r.keys for r in records], [clean_path(r.ref.path) for r in records], overrides, locked
    )
    return _conference_refs(records, grouping.groups, grouping.missing, failures)


def _conference_refs(
    records: Sequence[Keyed], groups: Sequence[Sequence[int]], missing: Sequence[str], failures: list[Failure]
) -> list[ConferenceRef]:
    """The conferences of ``groups`` (indices into ``records``); override names that matched no
    article become failures."""
    for name in missing:
        failures.append(
            Failure("overrides", "group", f"override names {name!r}, which is not among the articles")
        )
    return [
        ConferenceRef(records[g[0]].ref.id, tuple(records[i].ref for i in g), number)
        for number, g in enumerate(groups)
    ]


@dataclass(frozen=True)
class RemoteKeys:
    """The key stage's whole results left on a Dask cluster, for grouping there
    (``--option group_on=workers``): the client, and each file's :func:`key_file` result as a
    future (by the file's path as the key stage was given it)."""

    client: Any
    results: dict[str, Any]


def light_keyed(
    result: tuple[list[Keyed | Failure], list[Failure]],
) -> tuple[list[Keyed | Failure], list[Failure]]:
    """What the driver gets of a file's key-stage result when grouping runs on the workers: each
    record with its keys cut to their conflict fields (the whole keys stay on the worker)."""
    records, failures = result
    return [
        r if isinstance(r, Failure) else replace(r, keys=conflict_fields(r.keys)) for r in records
    ], failures


def keys_part(
    rows: Sequence[tuple[str, int, int, str, str]], *results: tuple[list[Keyed | Failure], list[Failure]]
) -> list[EventKeys]:
    """On a worker: the whole keys of ``rows`` (path, position in the file, and the index, id and
    name the driver gave the article), taken from their files' key-stage ``results``."""
    found = {
        (r.ref.path, r.ref.position): r.keys
        for records, _ in results
        for r in records
        if isinstance(r, Keyed)
    }
    return [
        renumbered_keys(found[(path, position)], index, identity, name)
        for path, position, index, identity, name in rows
    ]


def group_refs_on_workers(
    records: Sequence[Keyed], remote: RemoteKeys, overrides: dict | None, failures: list[Failure]
) -> list[ConferenceRef]:
    """:func:`group_refs` with the keys left on the cluster (see :mod:`briefgen.grouping.shuffle`):
    ``records`` hold only conflict fields; the whole keys are gathered into parts of consecutive
    articles on the workers (two parts a worker thread, so every thread has work, at most
    :data:`MAX_PARTS`), never here."""
    if not records:
        return []
    together, apart, missing = overrides_of(
        [r.keys for r in records], [clean_path(r.ref.path) for r in records], overrides
    )
    client = remote.client
    count = min(MAX_PARTS, max(1, 2 * sum(client.nthreads().values())))
    size = -(-len(records) // count)
    parts, starts = [], []
    for start in range(0, len(records), size):
        chunk = records[start : start + size]
        rows = [(r.ref.path, r.ref.position, r.keys.index, r.keys.id, r.keys.name) for r in chunk]
        files = dict.fromkeys(r.ref.path for r in chunk)
        parts.append(client.submit(keys_part, rows, *[remote.results[path] for path in files]))
        starts.append(start)
    groups = group_on_workers(client, parts, starts, [r.keys for r in records], together, apart)
    return _conference_refs(records, groups, missing, failures)


def group_by_documents(
    records: Sequence[Keyed], overrides: dict | None, failures: list[Failure], max_bytes: int
) -> list[ConferenceRef]:
    """The ``group_documents`` hook's answer, for a run with a third-party grouping plugin.

    The hook receives every Document of the run at once, so they are fetched into this process
    (by reference, as the brief stage does): the slower path, kept so existing plugins work.
    """
    from .pipeline import group_documents

    documents: list[Document] = []
    refs: dict[str, ArticleRef] = {}
    for record in records:
        found = documents_for((record.ref,), max_bytes)
        if isinstance(found, str):
            failures.append(Failure(clean_path(record.ref.path), "group", found))
            continue
        documents += found
        refs[record.ref.id] = record.ref
    conferences = group_documents(documents, overrides, failures)
    return [
        ConferenceRef(c.id, tuple(refs[d.article.id] for d in c.documents), number)
        for number, c in enumerate(conferences)
    ]


def documents_for(
    members: Sequence[ArticleRef], max_bytes: int, remember: bool = True
) -> list[Document] | str:
    """The Documents of ``members``, from this process's cache or loaded and analysed again (and
    then cached when ``remember``); or why they cannot be (the file changed or vanished since the
    key stage read it). The brief stage does not remember: each article is in one conference, so a
    Document fetched again for it is not asked for again."""
    documents: list[Document] = []
    files: dict[str, list[Any]] = {}
    for ref in members:
        key = (ref.path, ref.position, ref.id)
        if key in _documents:
            documents.append(_documents[key])
            continue
        if ref.path not in files:
            loaded, _ = load_file(Path(ref.path), max_bytes, get_registry())
            files[ref.path] = [article for article, _ in loaded]
        articles = files[ref.path]
        if ref.position >= len(articles):
            return f"{clean_path(ref.path)} changed or vanished during the run"
        analysed = analyse_article(replace(articles[ref.position], id=ref.id))
        if isinstance(analysed, Failure):
            return f"{clean_path(ref.path)} could not be analysed again: {analysed.message}"
        if remember:
            _remember(key, analysed)
        documents.append(analysed)
    return documents


@dataclass(frozen=True)
class BriefJob:
    """What every brief task shares: the summarise/render job, where to stage files, and limits."""

    job: _Job
    extensions: tuple[tuple[str, str], ...]  # format -> file extension
    staging: str | None  # the run's staging folder (see staging_folder), or None not to write
    max_bytes: int
    keep: bool = False  # hand the Briefing back too, not only its row


def staging_folder(out_dir: Path, run_id: str) -> Path:
    """The hidden folder inside ``out_dir`` where this run's files wait for their final names
    (hidden, so a folder walk over ``out_dir`` never reads them; same file system, so the final
    rename is atomic; named like the other temporary files, ``.*.tmp``)."""
    return out_dir / f"{STAGING_PREFIX}{run_id}.tmp"


def brief_conference(conference: ConferenceRef, task: BriefJob) -> Briefed | Failure:
    """Summarise, verify and render one conference, and write its files at once (staged names)."""
    documents = documents_for(conference.members, task.max_bytes, remember=False)
    if isinstance(documents, str):
        return brief_timeout(conference, documents)
    result = briefing_for(Conference(conference.id, tuple(documents)), task.job)
    if isinstance(result, Failure):
        return result
    briefing, outputs, failures = result
    staged = []
    extensions = dict(task.extensions)
    for name, data in outputs.items() if task.staging is not None else ():
        path = Path(task.staging, f"{conference.number}.{extensions[name]}")
        try:
            write_atomic(path, data)
        except OSError as error:
            failures.append(Failure(briefing.id, "write", f"{path}: {error.strerror or error}"))
            continue
        staged.append((name, str(path), digest(data)))
    return Briefed(
        entry(briefing), stem_key(briefing), tuple(staged), tuple(failures), briefing if task.keep else None
    )


def stem_key(briefing: Briefing) -> str:
    """What identifies a conference across runs: the ids of its articles (never the run order)."""
    return "\n".join(sorted(source.id for source in briefing.sources)) or briefing.id


def brief_timeout(conference: ConferenceRef, message: str) -> Failure:
    """A whole conference lost (timed out, its worker died, its files changed), naming its articles."""
    paths = ", ".join(clean_path(m.path) for m in conference.members)
    return Failure(conference.id, "brief", f"{message}; articles not briefed: {paths}")


def remove_staging(folder: Path) -> None:
    """Drop the staging folder with whatever was never renamed out of it (a failed write, the
    temporary file of a worker killed mid-write: Dask ran that task again elsewhere)."""
    shutil.rmtree(folder, ignore_errors=True)


def remove_stale_staging(out_dir: Path, older_than: float) -> None:
    """Drop staging folders a killed run left in ``out_dir``: only ones last changed before this
    run started, so a concurrent run's folder is never touched."""
    for leftover in out_dir.glob(f"{STAGING_PREFIX}*.tmp"):
        try:
            if leftover.is_dir() and leftover.stat().st_mtime < older_than:
                shutil.rmtree(leftover, ignore_errors=True)
        except OSError:
            continue
