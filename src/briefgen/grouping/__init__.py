"""Built-in grouping: which analysed articles report the same conference.

``group_documents`` is what the built-in grouping plugin answers the pipeline with;
``group`` also keeps the keys and decisions, for ``briefgen group --explain``.
See :mod:`.features` (what is compared), :mod:`.scoring` (when two articles are one event),
:mod:`.clustering` (blocking and constrained union-find) and :mod:`.explain`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import combinations

from ..models import Conference, Document
from ..overrides import resolve
from .clustering import Clustering, Pair, cluster
from .explain import explain
from .features import EventKeys, event_keys

__all__ = ["Grouping", "group", "group_documents"]


@dataclass(frozen=True)
class Grouping:
    """Conferences plus what grouping knew when it made them."""

    conferences: list[Conference]
    keys: list[EventKeys]
    clustering: Clustering
    forced: set[Pair]

    @property
    def position(self) -> dict[str, int]:
        """Article id -> index into ``keys``."""
        return {k.id: k.index for k in self.keys}

    def explain(self, conferences: Sequence[Conference] | None = None) -> str:
        """Explain ``conferences`` (by default this grouping's own) with this run's evidence."""
        position = self.position
        chosen = self.conferences if conferences is None else conferences
        groups = [[position[d.article.id] for d in c.documents] for c in chosen]
        return explain(self.keys, groups, self.clustering, self.forced)


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


def group(documents: Sequence[Document], overrides: dict | None = None) -> Grouping:
    """Group ``documents`` into conferences, honouring analyst ``overrides``.

    Deterministic: the same documents in the same order always give the same groups. Each
    conference lists its documents in input order and takes the id of its first one.
    """
    with _cyclic_gc_paused():
        keys = [event_keys(i, d) for i, d in enumerate(documents)]
        together, apart = resolve(overrides, documents)
        clustering = cluster(keys, together, apart)
    conferences = [
        Conference(id=documents[members[0]].article.id, documents=tuple(documents[i] for i in members))
        for members in clustering.groups
    ]
    forced = {pair for members in together for pair in combinations(members, 2)}
    return Grouping(conferences, keys, clustering, forced)


def group_documents(documents: Sequence[Document], overrides: dict | None = None) -> list[Conference]:
    """The conferences among ``documents`` (see :func:`group`)."""
    return group(documents, overrides).conferences
