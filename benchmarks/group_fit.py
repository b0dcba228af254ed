"""Fit the grouping threshold on labelled sets: pair precision and recall at each threshold.

A labelled set is a folder of articles plus ``<folder>_clusters.json`` beside it ({file name:
event id}, look-alike events included); without that file each article is its own event. Every
set is analysed by the real pipeline, grouped at each threshold of a sweep, and scored on pairs of
articles (same event or not) within each set and across all sets run together.

The chosen point is the middle of the plateau of best recall among thresholds whose precision
is at least 0.98 on every view. Run ``python benchmarks/group_fit.py SET...`` (for example
``tests/data/general_a tests/data/general_b``); ``--markdown`` prints the table BENCHMARKS.md holds.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from briefgen.grouping.clustering import cluster
from briefgen.grouping.features import EventKeys, event_keys
from briefgen.grouping.scoring import THRESHOLD
from briefgen.pipeline import (
    DEFAULT_MAX_ARTICLE_BYTES,
    Failure,
    analyse_article,
    expand_inputs,
    load_articles,
)
from briefgen.plugins import get_registry

SWEEP = tuple(x / 4 for x in range(4, 25))  # 1.0 .. 6.0
MIN_PRECISION = 0.98


def labelled(folder: Path) -> tuple[list[EventKeys], dict[str, str]]:
    """Keys of every article in ``folder`` and its gold event per file name."""
    clusters = folder.with_name(f"{folder.name}_clusters.json")
    paths, _ = expand_inputs([folder])
    # a set without a clusters file is one event per file, as the scorer assumes
    gold = json.loads(clusters.read_text("utf-8")) if clusters.exists() else {p.name: p.name for p in paths}
    articles, _ = load_articles(paths, get_registry(), DEFAULT_MAX_ARTICLE_BYTES)
    documents = [d for d in map(analyse_article, articles) if not isinstance(d, Failure)]
    return [event_keys(i, d) for i, d in enumerate(documents)], gold


def pair_scores(keys: list[EventKeys], gold: dict[str, str], threshold: float) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) over pairs of gold-labelled articles."""
    groups = cluster(keys, threshold=threshold).groups
    group_of = {keys[i].name: g for g, members in enumerate(groups) for i in members}
    names = [k.name for k in keys if k.name in gold]
    tp = fp = fn = 0
    for a, b in combinations(names, 2):
        same_gold, same_out = gold[a] == gold[b], group_of[a] == group_of[b]
        tp += same_gold and same_out
        fp += same_out and not same_gold
        fn += same_gold and not same_out
    return tp, fp, fn


def _ratio(num: int, den: int) -> float:
    return num / den if den else 1.0


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    views: dict[str, tuple[list[EventKeys], dict[str, str]]] = {}
    every_key: list[EventKeys] = []
    every_gold: dict[str, str] = {}
    for folder in args.sets:
        keys, gold = labelled(folder)
        views[folder.name] = (keys, gold)
        # file names are unique within a set only: prefix them with the set for the joint view
        every_gold.update({f"{folder.name}/{name}": event for name, event in gold.items()})
        every_key += [replace(k, name=f"{folder.name}/{k.name}") for k in keys]
    if len(args.sets) > 1:
        views["all sets together"] = ([replace(k, index=i) for i, k in enumerate(every_key)], every_gold)
    rows = []
    for threshold in SWEEP:
        row = [threshold]
        for keys, gold in views.values():
            tp, fp, fn = pair_scores(keys, gold, threshold)
            row += [_ratio(tp, tp + fp), _ratio(tp, tp + fn)]
        rows.append(row)
    # Among thresholds precise enough on every view, those with the best recall on the last view
    # (all sets together) form a plateau; its middle keeps the most margin on both sides.
    eligible = [r for r in rows if all(p >= MIN_PRECISION for p in r[1::2])]
    best = max((r[-1] for r in eligible), default=None)
    plateau = [r[0] for r in eligible if r[-1] == best]
    chosen = plateau[len(plateau) // 2] if plateau else None
    head = "| threshold | " + " | ".join(f"{name} P | {name} R" for name in views) + " |"
    print(head if args.markdown else head.replace("|", " "))
    if args.markdown:
        print("|---:|" + "---:|---:|" * len(views))
    for row in rows:
        mark = " (chosen)" if row[0] == chosen else " (current)" if row[0] == THRESHOLD else ""
        cells = " | ".join(f"{v:.3f}" for v in row[1:])
        print(f"| {row[0]:g}{mark} | {cells} |")
    print(
        f"\nchosen threshold (precision >= {MIN_PRECISION} on every view, "
        f"middle of the best-recall plateau): {chosen}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
