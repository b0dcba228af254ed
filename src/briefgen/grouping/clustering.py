"""Blocking and constrained clustering: which articles are compared, and how groups form.

Comparing every pair is quadratic, so articles are compared only when they share at least two
blocking keys (date, place, person, distinctive figure): every join the scorer accepts needs two
such things in common anyway. People and figures found in very many articles (the officials at
every conference of the year), and pairs of keys shared by many articles, are too common to block
on and are skipped; a real pair of reports shares rarer combinations too. Each article then
meets a bounded number of others, so the work grows linearly with the number of articles.

Groups form greedily, strongest pair first, under cannot-link constraints: a join that would put
two known dates or provinces that differ into one group is refused, even when each pair on the
way looked fine (A-B and B-C joined, but A and C on different days). Analyst overrides come
first: ``together`` joins unconditionally, ``apart`` is a cannot-link like a conflicting date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import Any, TypeVar

from ..overrides import OverridesError
from .features import EventKeys
from .scoring import (
    COMMON_COUNT,
    THRESHOLD,
    Rarity,
    Verdict,
    compare,
    editions_conflict,
    provinces_conflict,
    scored,
    spans_conflict,
)

MAX_BLOCK = 32
K = TypeVar("K", int, str)

Pair = tuple[int, int]


def usable_keys(item: EventKeys, rarity: Rarity, name: Callable[[str], K]) -> tuple[list[K], list[K]]:
    """The article's blocking keys that are not too common, each once, as (counted keys: people,
    figures, event words; plain keys: dates, places, ordinals), each as ``name`` gives it.

    On one machine ``name`` numbers the keys (a number an article keeps costs less than the key
    text, and equal keys get equal numbers); across machines a key is its own name, since no
    numbering is shared there.
    """
    mine: set[K] = set()
    counted: list[K] = []
    plain: list[K] = []
    for key in item.blocking_keys():
        if rarity.common(key):
            continue
        named = name(key)
        if named in mine:
            continue
        mine.add(named)
        (counted if rarity.counted(key) else plain).append(named)
    return counted, plain


def blocks_of(counted: Sequence[K], plain: Sequence[K]) -> Iterator[K | tuple[K, K]]:
    """The blocks an article is in (see :func:`candidate_pairs`): one per counted key (its short
    list of articles), one per pair of plain keys (a tuple, so the two kinds never mix)."""
    yield from counted
    yield from combinations(sorted(plain), 2)


def block_pairs(
    blocks: Mapping[Any, Sequence[int]],
    usable: Mapping[int, frozenset[Any]] | Sequence[frozenset[Any]],
    max_block: int,
) -> set[Pair]:
    """The candidate pairs of ``blocks`` (block -> its articles, ascending): every pair of a block of
    two plain keys of at most ``max_block`` articles; in a counted key's block, the pairs whose
    ``usable`` keys share one more key. Blocks may be split among callers in any way: the union
    of their answers is the answer for all blocks."""
    pairs: set[Pair] = set()
    rare = []
    for block, members in blocks.items():
        if not isinstance(block, tuple):
            rare.append(members)
        elif 1 < len(members) <= max_block:
            pairs.update(combinations(members, 2))
    for members in rare:
        for i, j in combinations(members, 2):
            if (i, j) not in pairs and len(usable[i] & usable[j]) >= 2:
                pairs.add((i, j))
    return pairs


def check_block_size(max_block: int) -> None:
    """Refuse a ``max_block`` too small for rare keys' blocks (which are never size-checked)."""
    if max_block < COMMON_COUNT:
        raise ValueError(
            f"max_block {max_block} is below COMMON_COUNT {COMMON_COUNT}: rare keys' blocks would not fit"
        )


def candidate_pairs(
    keys: Sequence[EventKeys], rarity: Rarity | None = None, max_block: int = MAX_BLOCK
) -> list[Pair]:
    """Pairs of article indices sharing two blocking keys, in a block of at most ``max_block``.

    People and figures that ``rarity`` finds in very many articles are left out of the keys: they
    add almost nothing to a pair's score, and blocking on them would compare everyone to everyone.

    A block is the articles holding both keys of a pair of keys. Enumerating every pair of every
    article's keys costs memory quadratic in its keys (a hundred blocks an article), so the
    pairs are found from the keys themselves. A person, figure or event word that is not common
    is in at most ``COMMON_COUNT`` articles, so any block containing it is small enough: two
    articles sharing it and one more key are a candidate pair, found from that key's short list
    of articles (blocking on rare keys). Only blocks of two uncounted keys (date, place,
    ordinal: a few an article) need their size known, and only those are built. The pairs are
    exactly those of the plain enumeration, at a small part of its memory.
    (:mod:`briefgen.grouping.shuffle` finds the same pairs with the blocks spread over workers.)
    """
    rarity = rarity or Rarity(keys)
    check_block_size(max_block)
    ids: dict[str, int] = {}

    def number(key: str) -> int:
        return ids.setdefault(key, len(ids))

    usable: list[frozenset[int]] = []
    blocks: dict[Any, list[int]] = defaultdict(list)
    for item in keys:
        counted, plain = usable_keys(item, rarity, number)
        usable.append(frozenset(counted + plain))
        for block in blocks_of(counted, plain):
            blocks[block].append(item.index)
    return sorted(block_pairs(blocks, usable, max_block))


def score_pairs(
    keys: Mapping[int, EventKeys] | Sequence[EventKeys],
    pairs: Iterable[Pair],
    rarity: Rarity,
    threshold: float,
) -> tuple[dict[Pair, float], list[tuple[float, Pair]]]:
    """Each candidate pair's score (vetoed ones left out: they never join) and the joining pairs
    as ``(-score, pair)``, which sort strongest first, ties by pair."""
    scores: dict[Pair, float] = {}
    joining: list[tuple[float, Pair]] = []
    for i, j in pairs:
        found = scored(keys[i], keys[j], rarity, threshold)
        if found is None:
            continue
        scores[(i, j)] = found[0]
        if found[1]:
            joining.append((-found[0], (i, j)))
    return scores, joining


def conflict_fields(keys: EventKeys) -> EventKeys:
    """``keys`` with only what joining checks and says (id, name, dates, edition, places): what
    the driver needs of an article whose comparisons were scored elsewhere."""
    return replace(keys, title="", people={}, figures={}, title_words=frozenset())


def _bridged(a: EventKeys, b: EventKeys, spans: Sequence[EventKeys]) -> bool:
    """Whether a report of the group that gives the event's whole span holds both days: one report
    filed on the opening day and one on the closing day tell one event when a third says it ran
    from one to the other."""
    return any(not spans_conflict(a, c) and not spans_conflict(b, c) for c in spans)


class _Groups:
    """Union-find whose groups remember their hard keys, so conflicting joins can be refused."""

    def __init__(self, keys: Sequence[EventKeys], apart: dict[int, set[int]]) -> None:
        self.parent = list(range(len(keys)))
        self.members: dict[int, list[int]] = {i: [i] for i in range(len(keys))}
        self.keys = keys
        self.apart = apart

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def conflict(self, i: int, j: int) -> str | None:
        """Why the groups of ``i`` and ``j`` may not join, or None."""
        left, right = self.members[self.find(i)], self.members[self.find(j)]
        spans = [self.keys[c] for c in (*left, *right) if self.keys[c].date_end]
        for a in left:
            for b in right:
                ka, kb = self.keys[a], self.keys[b]
                if b in self.apart.get(a, ()):
                    return f"kept apart by override ({ka.name} / {kb.name})"
                if spans_conflict(ka, kb) and not _bridged(ka, kb, spans):
                    return f"its group has another date ({ka.date_text} vs {kb.date_text})"
                if provinces_conflict(ka.places.provinces, kb.places.provinces):
                    return f"its group has another place ({ka.place} vs {kb.place})"
                if editions_conflict(ka, kb):
                    return f"its group has another edition ({ka.ordinal} vs {kb.ordinal})"
        return None

    def union(self, i: int, j: int) -> None:
        ri, rj = sorted((self.find(i), self.find(j)))
        if ri != rj:
            self.parent[rj] = ri
            self.members[ri] += self.members.pop(rj)


@dataclass
class Clustering:
    """The groups (lists of indices, in input order) and the decisions that made them.

    ``pairs`` are the candidate pairs; ``scores`` holds the score of each one that was scored,
    not its :class:`Verdict`: at 100,000 articles the verdicts' ties took most of grouping's
    memory, and :func:`compare` gives a pair's verdict again, identical, from the keys,
    ``rarity`` and ``threshold`` (as explanations do). A vetoed pair is not scored at all
    (it can never join); :meth:`score` scores it when an explanation asks.
    """

    groups: list[list[int]]
    rarity: Rarity
    pairs: list[Pair] = field(default_factory=list)
    scores: dict[Pair, float] = field(default_factory=dict)
    refused: dict[Pair, str] = field(default_factory=dict)
    threshold: float = THRESHOLD

    def verdict(self, keys: Sequence[EventKeys], i: int, j: int) -> Verdict:
        """The verdict on articles ``i`` and ``j``, as grouping reached it."""
        first, second = sorted((i, j))
        return compare(keys[first], keys[second], self.rarity, self.threshold)

    def score(self, keys: Sequence[EventKeys], i: int, j: int) -> float:
        """The score of candidate pair ``(i, j)`` (``i < j``), scored now if it was vetoed."""
        found = self.scores.get((i, j))
        return found if found is not None else self.verdict(keys, i, j).score


def start_groups(
    keys: Sequence[EventKeys], together: Iterable[Sequence[int]] = (), apart: Iterable[Pair] = ()
) -> _Groups:
    """Each article alone, then the analyst's ``together`` groups joined; ``apart`` kept as
    cannot-links. Raises OverridesError when an override contradicts another."""
    apart_of: dict[int, set[int]] = defaultdict(set)
    for a, b in apart:
        apart_of[a].add(b)
        apart_of[b].add(a)
    groups = _Groups(keys, apart_of)
    for members in together:
        for other in members[1:]:
            groups.union(members[0], other)
    for a, others in apart_of.items():
        for b in others:
            if groups.find(a) == groups.find(b):
                raise OverridesError(
                    f"{keys[a].name} and {keys[b].name} are both kept apart and (through 'together') joined"
                )
    return groups


def join_strongest(
    groups: _Groups, joining: Iterable[tuple[float, Pair]]
) -> tuple[list[list[int]], dict[Pair, str]]:
    """Join the ``joining`` pairs (``(-score, pair)``) strongest first, refusing each join that
    would put conflicting dates, places or an override's pair into one group; return the groups
    (in input order, each in input order) and why each refused pair was refused."""
    refused: dict[Pair, str] = {}
    for _, (i, j) in sorted(joining):
        if groups.find(i) == groups.find(j):
            continue
        reason = groups.conflict(i, j)
        if reason:
            refused[(i, j)] = reason
        else:
            groups.union(i, j)
    ordered = sorted(groups.members.values(), key=min)
    return [sorted(m) for m in ordered], refused


def cluster(
    keys: Sequence[EventKeys],
    together: Iterable[Sequence[int]] = (),
    apart: Iterable[Pair] = (),
    threshold: float = THRESHOLD,
) -> Clustering:
    """Group articles: overrides first, then the strongest joinable pairs, conflicts refused."""
    groups = start_groups(keys, together, apart)
    rarity = Rarity(keys)
    pairs = candidate_pairs(keys, rarity)
    scores, joining = score_pairs(keys, pairs, rarity, threshold)
    ordered, refused = join_strongest(groups, joining)
    return Clustering(ordered, rarity, pairs, scores, refused, threshold)
