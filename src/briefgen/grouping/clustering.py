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
from .scoring import THRESHOLD, Rarity, Verdict, compare, provinces_conflict, spans_conflict

MAX_BLOCK = 32

Pair = tuple[int, int]


def candidate_pairs(
    keys: Sequence[EventKeys], rarity: Rarity | None = None, max_block: int = MAX_BLOCK
) -> list[Pair]:
    """Pairs of article indices sharing two blocking keys, in a block of at most ``max_block``.

    People and figures that ``rarity`` finds in very many articles are left out of the keys: they
    add almost nothing to a pair's score, and blocking on them would compare everyone to everyone.
    """
    rarity = rarity or Rarity(keys)
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for item in keys:
        usable = [k for k in item.blocking_keys() if not rarity.common(k)]
        for first, second in combinations(usable, 2):
            blocks[(first, second) if first < second else (second, first)].append(item.index)
    pairs: set[Pair] = set()
    for members in blocks.values():
        if 1 < len(members) <= max_block:
            pairs.update(combinations(members, 2))
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
    """The groups (lists of indices, in input order) and the decisions that made them."""

    groups: list[list[int]]
    rarity: Rarity
    verdicts: dict[Pair, Verdict] = field(default_factory=dict)
    refused: dict[Pair, str] = field(default_factory=dict)


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
    verdicts = {
        (i, j): compare(keys[i], keys[j], rarity, threshold) for i, j in candidate_pairs(keys, rarity)
    }
    refused: dict[Pair, str] = {}
    for (i, j), verdict in sorted(verdicts.items(), key=lambda item: (-item[1].score, item[0])):
        if not verdict.joins or groups.find(i) == groups.find(j):
            continue
        reason = groups.conflict(i, j)
        if reason:
            refused[(i, j)] = reason
        else:
            groups.union(i, j)
    ordered = sorted(groups.members.values(), key=min)
    return Clustering([sorted(m) for m in ordered], rarity, verdicts, refused)
