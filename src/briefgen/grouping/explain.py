"""``briefgen group --explain``: each group, what tied it together, and what it kept apart.

The explanation is computed from the articles' keys and the final groups, not replayed from the
clustering run, so it also explains groups a third-party grouping plugin made.
"""

from __future__ import annotations

from collections.abc import Sequence

from .clustering import Clustering, Pair
from .features import EventKeys
from .scoring import Verdict


def _pair(i: int, j: int) -> Pair:
    return (i, j) if i < j else (j, i)


def _verdict(keys: Sequence[EventKeys], clustering: Clustering, i: int, j: int) -> Verdict:
    return clustering.verdict(keys, i, j)


def _spanning_ties(
    keys: Sequence[EventKeys], clustering: Clustering, members: list[int], forced: set[Pair]
) -> list[str]:
    """The strongest tie that connects each member to the rest (Prim's algorithm, max score)."""
    lines = []
    joined = [members[0]]
    waiting = members[1:]
    while waiting:
        best = max(
            ((i, j) for i in joined for j in waiting),
            key=lambda p: (
                _pair(*p) in forced,
                _verdict(keys, clustering, *p).joins,
                _verdict(keys, clustering, *p).score,
                -p[1],
            ),
        )
        i, j = best
        verdict = _verdict(keys, clustering, i, j)
        if _pair(i, j) in forced:
            how = "override"
        elif verdict.joins:
            how = "joined"
        else:
            how = f"not enough on its own ({verdict.why_apart()}); joined through the group"
        lines.append(f"    tied {keys[i].name} + {keys[j].name} ({how}): {verdict.describe()}")
        joined.append(j)
        waiting.remove(j)
    return lines


def _closest_apart(keys: Sequence[EventKeys], clustering: Clustering, members: set[int]) -> str:
    outside = [
        (clustering.score(keys, *pair), pair)
        for pair in clustering.pairs
        if (pair[0] in members) != (pair[1] in members)
    ]
    if not outside:
        return "    closest kept apart: none (no other article shares two keys with this group)"
    _, (i, j) = max(outside, key=lambda item: (item[0], -item[1][0], -item[1][1]))
    verdict = clustering.verdict(keys, i, j)
    refused = clustering.refused.get((i, j))
    rule = f"its group conflicts: {refused}" if refused else f"{verdict.rule}: {verdict.why_apart()}"
    return (
        f"    closest kept apart: {keys[i].name} vs {keys[j].name}: {verdict.describe()}; "
        f"kept apart by {rule}"
    )


def explain(
    keys: Sequence[EventKeys], groups: Sequence[Sequence[int]], clustering: Clustering, forced: set[Pair]
) -> str:
    """Readable text: one block per group, in input order."""
    blocks = [f"{len(groups)} group(s) from {len(keys)} article(s)"]
    for number, group in enumerate(groups, 1):
        members = list(group)
        languages = ", ".join(sorted({keys[i].language for i in members}))
        lines = [f"\n[{number}] {len(members)} article(s) in {languages}"]
        for i in members:
            k = keys[i]
            title = k.title if len(k.title) <= 70 else k.title[:69] + "…"
            lines.append(
                f"  - {k.name} [{k.language}] date {k.date_text or '?'}, place {k.place or '?'}"
                + (f": {title}" if title else "")
            )
        lines += _spanning_ties(keys, clustering, members, forced)
        lines.append(_closest_apart(keys, clustering, set(members)))
        blocks.append("\n".join(lines))
    return "\n".join(blocks)
