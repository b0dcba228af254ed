"""Built-in grouping: which analysed articles report the same conference.

The pipeline groups on keys (:func:`group_keys`): each article's small :class:`EventKeys` record,
never its Document, so full Documents never have to meet in one process. ``group`` and
``group_documents`` reduce Documents to keys first; they serve the ``group_documents`` hook (the
slower path a third-party grouping plugin takes) and the tests.
See :mod:`.features` (what is compared), :mod:`.scoring` (when two articles are one event),
:mod:`.clustering` (blocking and constrained union-find) and :mod:`.explain`.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import combinations

from ..models import Conference, Document
from ..overrides import resolve
from .clustering import Clustering, Pair, cluster
from .explain import explain
from .features import EventKeys, event_keys

log = logging.getLogger("briefgen")

__all__ = ["EventKeys", "Grouping", "event_keys", "group", "group_documents", "group_keys", "overrides_of"]


@dataclass(frozen=True)
class Grouping:
    """Groups (lists of indices into ``keys``, in input order) plus what grouping knew when it
    made them; ``conferences`` only when grouped from Documents; ``missing``: override names that
    matched no article."""

    keys: list[EventKeys]
    clustering: Clustering
    forced: set[Pair]
    conferences: list[Conference] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def groups(self) -> list[list[int]]:
        return self.clustering.groups

    @property
    def position(self) -> dict[str, int]:
        """Article id -> index into ``keys``."""
        return {k.id: k.index for k in self.keys}

    def explain(self, groups: Sequence[Sequence[int]] | None = None) -> str:
        """Explain ``groups`` (by default this grouping's own) with this run's evidence."""
        chosen = self.groups if groups is None else [list(g) for g in groups]
        return explain(self.keys, chosen, self.clustering, self.forced)


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while grouping allocates its many small, acyclic objects.

    Each full collection scans every live object, so with the collector on, grouping 10,000
    articles took 16x as long as 1,000; paused, the cost stays near linear (measured with
    benchmarks/group_bench.py). Reference counting still frees everything; cycles, if any, are
    collected once the collector resumes.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def overrides_of(
    keys: Sequence[EventKeys],
    paths: Sequence[str],
    overrides: dict | None = None,
    locked: Sequence[Sequence[int]] = (),
) -> tuple[list[list[int]], list[Pair], list[str]]:
    """The ``together`` groups (``locked`` ones included) and ``apart`` pairs of indices that
    ``overrides`` ask for, and the names in them that match no article; only each article's id
    and file are read, so conflict fields (see :mod:`.shuffle`) are enough."""
    together, apart, missing = resolve(overrides, [(k.id, p) for k, p in zip(keys, paths, strict=True)])
    together += [list(members) for members in locked if len(members) > 1]
    return together, apart, missing


def group_keys(
    keys: Sequence[EventKeys],
    paths: Sequence[str],
    overrides: dict | None = None,
    locked: Sequence[Sequence[int]] = (),
) -> Grouping:
    """Group articles by their keys (``keys[i].index == i``; ``paths[i]`` is article i's file),
    honouring analyst ``overrides`` named by article id or file name.

    ``locked`` lists groups of indices decided earlier (a store's conferences of previous runs):
    they stay together, as a ``together`` override would keep them, so a new article may join
    yesterday's conference but never splits it.

    Deterministic: the same keys in the same order always give the same groups, each listing
    its members in input order.
    """
    with _cyclic_gc_paused():
        together, apart, missing = overrides_of(keys, paths, overrides, locked)
        clustering = cluster(keys, together, apart)
    forced = {pair for members in together for pair in combinations(members, 2)}
    return Grouping(list(keys), clustering, forced, missing=missing)


def group(documents: Sequence[Document], overrides: dict | None = None) -> Grouping:
    """Group ``documents`` into conferences (see :func:`group_keys`); each conference takes the id
    of its first document. Override names that match no article are logged."""
    with _cyclic_gc_paused():
        keys = [event_keys(i, d) for i, d in enumerate(documents)]
    grouping = group_keys(keys, [d.article.path for d in documents], overrides)
    for name in grouping.missing:
        log.warning("briefgen: override names %r, which is not among the articles", name)
    conferences = [
        Conference(id=documents[members[0]].article.id, documents=tuple(documents[i] for i in members))
        for members in grouping.groups
    ]
    return replace(grouping, conferences=conferences)


def group_documents(documents: Sequence[Document], overrides: dict | None = None) -> list[Conference]:
    """The conferences among ``documents`` (see :func:`group`)."""
    return group(documents, overrides).conferences


def renumbered(keys: EventKeys, index: int, identity: str, name: str) -> EventKeys:
    """``keys`` at position ``index`` of a run, under the article id and display name the run gave it."""
    return replace(keys, index=index, id=identity, name=name)
