"""Grouping with the keys left on a Dask cluster: blocks shuffled by key, pairs scored on workers.

The driver path (:func:`briefgen.grouping.group_keys`) brings every article's keys (about 2 KB
each) into one process. This one leaves them where the key stage made them, in ``parts``
(futures of lists of :class:`EventKeys`, each part a run of consecutive article indices) and
moves only what each step needs:

1. **Rarity** (how many articles hold each person, figure, event word) is global: each part
   counts its own (:func:`count_keys`) and one task sums the counts, which stay on the cluster.
2. **Blocking shuffle.** Each part sends every article's blocks (:func:`blocks_of`: its rare
   keys, its pairs of plain keys), with the article's usable keys where a rare block needs them,
   to the bucket chosen by a stable hash of the block (:func:`bucket_of`); each bucket then
   holds whole blocks and finds their candidate pairs (:func:`block_pairs`), sorted by the pair
   of parts that hold their two articles.
3. **Scoring.** One task per pair of parts gathers that pair's candidates from every bucket
   (a pair found in several blocks counted once) and scores them with the two parts' keys and
   the summed counts (:func:`score_pairs`).
4. **Joining** on the driver: only the joining pairs with their scores come back, and the driver
   joins them strongest first (:func:`join_strongest`) under the conflicts it checks on each
   article's small conflict fields (:func:`conflict_fields`: dates, places, ordinal, name).

Every step calls the functions the driver path calls, and candidate pairs, scores and the order
of joins do not depend on how articles and blocks are split, so the groups are the same groups
in the same order (``tests/test_grouping_shuffle.py`` checks it in one process and on a real
cluster).
"""

from __future__ import annotations

import sys
import zlib
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from operator import getitem
from typing import Any

from .clustering import (
    MAX_BLOCK,
    Pair,
    block_pairs,
    blocks_of,
    check_block_size,
    join_strongest,
    score_pairs,
    start_groups,
    usable_keys,
)
from .features import EventKeys
from .scoring import THRESHOLD, Rarity, count_keys

# (block, article index, the article's usable keys, sent only with a rare key's block)
BlockRecord = tuple[Any, int, frozenset[str] | None]


def bucket_of(block: str | tuple[str, str], buckets: int) -> int:
    """The bucket of ``block``: the same in every process (Python's own string hash is not)."""
    text = block if isinstance(block, str) else "\0".join(block)
    return zlib.crc32(text.encode("utf-8")) % buckets


def total_counts(*counts: Counter[str]) -> Counter[str]:
    """The run's counts, from the parts' counts."""
    total: Counter[str] = Counter()
    for found in counts:
        total.update(found)
    return total


def emit_blocks(keys: Sequence[EventKeys], counts: Counter[str], buckets: int) -> list[list[BlockRecord]]:
    """The blocks of a part's articles, one list per bucket."""
    rarity = Rarity(counts=counts)
    out: list[list[BlockRecord]] = [[] for _ in range(buckets)]
    for item in keys:
        counted, plain = usable_keys(item, rarity, sys.intern)
        usable = frozenset(counted + plain)
        for block in blocks_of(counted, plain):
            out[bucket_of(block, buckets)].append(
                (block, item.index, None if isinstance(block, tuple) else usable)
            )
    return out


def bucket_pairs(starts: Sequence[int], max_block: int, *sent: list[BlockRecord]) -> dict[Pair, list[Pair]]:
    """The candidate pairs of one bucket's blocks (what every part ``sent`` it), keyed by the
    pair of parts (``starts``: each part's first index) that hold their two articles."""
    blocks: dict[Any, list[int]] = defaultdict(list)
    usable: dict[int, frozenset[str]] = {}
    for records in sent:
        for block, index, keys in records:
            blocks[block].append(index)
            if keys is not None:
                usable[index] = keys
    for members in blocks.values():
        members.sort()
    by_parts: dict[Pair, list[Pair]] = defaultdict(list)
    for i, j in sorted(block_pairs(blocks, usable, max_block)):
        by_parts[(part_of(starts, i), part_of(starts, j))].append((i, j))
    return dict(by_parts)


def part_of(starts: Sequence[int], index: int) -> int:
    """The part holding article ``index`` (``starts``: each part's first index, ascending)."""
    return bisect_right(starts, index) - 1


def pairs_for(found: dict[Pair, list[Pair]], parts: Pair) -> list[Pair]:
    """One bucket's candidate pairs between the two parts ``parts``."""
    return found.get(parts, [])


def score_between(
    counts: Counter[str], threshold: float, pairs: Iterable[list[Pair]], *parts: Sequence[EventKeys]
) -> list[tuple[float, Pair]]:
    """Score the candidate pairs between one or two parts (each pair once, however many buckets
    found it); return the joining ones as ``(-score, pair)``."""
    keys = {item.index: item for part in parts for item in part}
    unique = sorted({pair for found in pairs for pair in found})
    return score_pairs(keys, unique, Rarity(counts=counts), threshold)[1]


def group_on_workers(
    client: Any,
    parts: Sequence[Any],
    starts: Sequence[int],
    conflict: Sequence[EventKeys],
    together: Iterable[Sequence[int]] = (),
    apart: Iterable[Pair] = (),
    threshold: float = THRESHOLD,
    max_block: int = MAX_BLOCK,
) -> list[list[int]]:
    """The groups :func:`briefgen.grouping.clustering.cluster` makes, from keys held on the cluster
    of ``client``: ``parts`` (futures of consecutive articles' keys, part ``p`` starting at
    article ``starts[p]``), ``conflict`` every article's conflict fields, on the driver.

    ``client`` needs only ``submit(fn, *args)`` and ``gather(results)``, with futures allowed
    inside list arguments (a ``distributed.Client``; the tests also pass one that runs each
    call at once in this process)."""
    check_block_size(max_block)
    groups = start_groups(conflict, together, apart)  # a contradicting override fails before any work
    buckets = len(parts)
    counts = client.submit(total_counts, *[client.submit(count_keys, part) for part in parts])
    emitted = [client.submit(emit_blocks, part, counts, buckets) for part in parts]
    found = [
        client.submit(bucket_pairs, list(starts), max_block, *[client.submit(getitem, e, b) for e in emitted])
        for b in range(buckets)
    ]
    scored = []
    for a in range(len(parts)):
        for b in range(a, len(parts)):
            pairs = [client.submit(pairs_for, f, (a, b)) for f in found]
            chosen = [parts[a]] if a == b else [parts[a], parts[b]]
            scored.append(client.submit(score_between, counts, threshold, pairs, *chosen))
    joining = [pair for result in client.gather(scored) for pair in result]
    return join_strongest(groups, joining)[0]
