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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from ..overrides import OverridesError
from .features import EventKeys
from .scoring import (
    COMMON_COUNT,
    THRESHOLD,
    Rarity,
    Verdict,
    compare,
    provinces_conflict,
    spans_conflict,
    veto,
)

MAX_BLOCK = 32

Pair = tuple[int, int]


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
    """
    rarity = rarity or Rarity(keys)
    if max_block < COMMON_COUNT:
        raise ValueError(
            f"max_block {max_block} is below COMMON_COUNT {COMMON_COUNT}: rare keys' blocks would not fit"
        )
    ids: dict[str, int] = {}
    usable: list[frozenset[int]] = []
    rare: dict[int, list[int]] = defaultdict(list)
    blocks: dict[tuple[int, int], list[int]] = defaultdict(list)
    for item in keys:
        mine: set[int] = set()
        plain: list[int] = []
        for key in item.blocking_keys():
            if rarity.common(key):
                continue
            number = ids.setdefault(key, len(ids))
            if number in mine:
                continue
            mine.add(number)
            if rarity.counted(key):
                rare[number].append(item.index)
            else:
                plain.append(number)
        usable.append(frozenset(mine))
        for first, second in combinations(sorted(plain), 2):
            blocks[(first, second)].append(item.index)
    pairs: set[Pair] = set()
    for members in blocks.values():
        if 1 < len(members) <= max_block:
            pairs.update(combinations(members, 2))
    for members in rare.values():
        for i, j in combinations(members, 2):
            if (i, j) not in pairs and len(usable[i] & usable[j]) >= 2:
                pairs.add((i, j))
    return sorted(pairs)


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
        for a in left:
            for b in right:
                ka, kb = self.keys[a], self.keys[b]
                if b in self.apart.get(a, ()):
                    return f"kept apart by override ({ka.name} / {kb.name})"
                if spans_conflict(ka, kb):
                    return f"its group has another date ({ka.date_text} vs {kb.date_text})"
                if provinces_conflict(ka.places.provinces, kb.places.provinces):
                    return f"its group has another place ({ka.place} vs {kb.place})"
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


def cluster(
    keys: Sequence[EventKeys],
    together: Iterable[Sequence[int]] = (),
    apart: Iterable[Pair] = (),
    threshold: float = THRESHOLD,
) -> Clustering:
    """Group articles: overrides first, then the strongest joinable pairs, conflicts refused."""
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
    rarity = Rarity(keys)
    scores: dict[Pair, float] = {}
    joining: list[tuple[float, Pair]] = []
    pairs = candidate_pairs(keys, rarity)
    for i, j in pairs:
        if veto(keys[i], keys[j]) is not None:
            continue  # never joins, whatever its score
        verdict = compare(keys[i], keys[j], rarity, threshold)
        scores[(i, j)] = verdict.score
        if verdict.joins:
            joining.append((-verdict.score, (i, j)))
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
    return Clustering([sorted(m) for m in ordered], rarity, pairs, scores, refused, threshold)
