"""Grouping through the shuffle (:mod:`briefgen.grouping.shuffle`) gives exactly the driver's groups.

Here the shuffle's steps run in this process (a stand-in client that runs each call at once),
over keys split into parts of every shape; ``tests/test_dask_cluster.py`` runs them on a real
cluster through ``briefgen build --option group_on=workers``.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from conftest import REPO
from test_grouping_blocking import _keys

from briefgen.grouping import EventKeys
from briefgen.grouping.clustering import cluster, conflict_fields
from briefgen.grouping.shuffle import bucket_of, group_on_workers

sys.path.insert(0, str(REPO / "benchmarks"))
from group_scale import generate  # the benchmark's realistic generator


class InProcess:
    """The two calls the shuffle makes of a Dask client, run at once here."""

    def __init__(self) -> None:
        self.calls = 0

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        self.calls += 1
        return fn(*args)

    def gather(self, results: Sequence[Any]) -> list[Any]:
        return list(results)


def _split(keys: list[EventKeys], parts: int, rng: random.Random) -> tuple[list[list[EventKeys]], list[int]]:
    cuts = sorted(rng.sample(range(1, len(keys)), parts - 1)) if parts > 1 else []
    starts = [0, *cuts]
    return [keys[a:b] for a, b in zip(starts, [*cuts, len(keys)], strict=True)], starts


@pytest.mark.parametrize("parts", [1, 2, 5, 11])
def test_the_shuffle_groups_exactly_as_the_driver(parts: int) -> None:
    keys, _ = generate(3000, seed=parts)
    together, apart = [[0, 7, 9]], [(1, 2), (3, 40)]
    expected = cluster(keys, together, apart)
    assert sum(len(g) > 1 for g in expected.groups) > 300 and expected.refused  # real joins and refusals
    client = InProcess()
    chunks, starts = _split(keys, parts, random.Random(parts))
    conflict = [conflict_fields(k) for k in keys]
    assert group_on_workers(client, chunks, starts, conflict, together, apart) == expected.groups
    assert client.calls >= 3 * parts  # it went through the per-part steps, not a shortcut


def test_common_officials_and_oversized_blocks_shuffle_alike() -> None:
    rng = random.Random(5)
    keys = [_keys(rng, i) for i in range(400)]  # officials in every article: common keys, big blocks
    chunks, starts = _split(keys, 4, rng)
    conflict = [conflict_fields(k) for k in keys]
    assert group_on_workers(InProcess(), chunks, starts, conflict) == cluster(keys).groups


def test_conflict_fields_keep_what_joining_checks_and_drop_the_rest() -> None:
    (item,) = generate(1)[0]
    light = conflict_fields(item)
    kept = (
        "index",
        "id",
        "name",
        "date",
        "date_end",
        "date_text",
        "place",
        "places",
        "ordinal",
        "event_words",
    )
    assert all(getattr(light, f) == getattr(item, f) for f in kept)
    assert not (light.people or light.figures or light.title_words or light.title)


def test_a_block_goes_to_the_same_bucket_in_every_process() -> None:
    assert bucket_of("person:ngvnan", 7) == 2  # crc32, not the per-process string hash
    assert bucket_of(("date:2024-03-05", "place:hanam"), 5) != bucket_of("date:2024-03-05", 5)
