"""Blocking on rare keys finds exactly the pairs the plain rule defines, and grouping stays the same.

The plain rule (two articles are compared when they share two blocking keys whose block, the
articles holding both, has at most MAX_BLOCK members) is written out here the slow way, over
every pair, and checked against :func:`candidate_pairs` on articles built to have every kind of
block: big date-and-place blocks, common officials, rare guests, shared figures and ordinals.
"""

from __future__ import annotations

import random
from itertools import combinations

from briefgen.grouping import EventKeys, group_keys
from briefgen.grouping.clustering import MAX_BLOCK, candidate_pairs
from briefgen.grouping.names import name_tokens, skeleton
from briefgen.grouping.places import place_keys
from briefgen.grouping.scoring import Rarity

PLACES = ("Ninh Binh", "Nam Dinh", "Thai Binh")
OFFICIALS = ("Pham Minh Chinh", "Tran Hong Ha")
GUESTS = [
    f"{a} {b} {c}" for a in ("Le", "Do", "Vu") for b in ("Van", "Thi") for c in ("Khoa", "Lan", "Tam", "Yen")
]


def _keys(rng: random.Random, index: int) -> EventKeys:
    names = [*rng.sample(OFFICIALS, rng.randint(0, 2)), *rng.sample(GUESTS, rng.randint(0, 3))]
    people = {skeleton(name_tokens(n)): (name_tokens(n), n) for n in names}
    figures = {
        v: (frozenset({""}), 1.0, v, False)
        for v in rng.sample(["13.5", "4500", "1200/QD"], rng.randint(0, 2))
    }
    place = rng.choice(PLACES)
    return EventKeys(
        index=index,
        id=f"a{index}",
        name=f"a{index}.txt",
        language="vi",
        title="",
        date=(2025, 3, rng.randint(1, 4)),
        place=place,
        places=place_keys(place),
        people=people,
        figures=figures,
        event_words=frozenset(rng.sample(["forum", "summit", "review"], rng.randint(0, 1))),
        ordinal=rng.choice([None, "12", "13"]),
    )


def _plain_rule(keys: list[EventKeys]) -> list[tuple[int, int]]:
    rarity = Rarity(keys)
    usable = [{k for k in item.blocking_keys() if not rarity.common(k)} for item in keys]
    size: dict[tuple[str, str], int] = {}
    for mine in usable:
        for pair in combinations(sorted(mine), 2):
            size[pair] = size.get(pair, 0) + 1
    return [
        (i, j)
        for i, j in combinations(range(len(keys)), 2)
        if any(size[p] <= MAX_BLOCK for p in combinations(sorted(usable[i] & usable[j]), 2))
    ]


def test_rare_key_blocking_gives_exactly_the_plain_rules_pairs():
    rng = random.Random(5)
    keys = [_keys(rng, i) for i in range(400)]
    expected = _plain_rule(keys)
    rarity = Rarity(keys)
    assert any(rarity.common(f"person:{k}") for item in keys for k in item.people)  # common officials
    assert len(expected) > 100  # the set exercises real blocks, not an empty answer
    assert candidate_pairs(keys) == expected


def test_vetoed_pairs_are_not_scored_yet_explanations_still_see_them():
    rng = random.Random(9)
    keys = [_keys(rng, i) for i in range(150)]
    grouping = group_keys(keys, [k.name for k in keys])
    vetoed = [p for p in grouping.clustering.pairs if p not in grouping.clustering.scores]
    assert vetoed  # some candidate pairs were never scored, since a veto keeps them apart ...
    i, j = vetoed[0]
    verdict = grouping.clustering.verdict(keys, i, j)
    assert verdict.veto and not verdict.joins  # ... and rightly so: their verdict is a veto
    assert "closest kept apart" in grouping.explain()
