"""``briefgen group``: describe the groups a run makes, from the articles' keys.

The pipeline runs the stages up to grouping (:func:`briefgen.pipeline.grouped`, exactly as
``build`` does, so a plugin that replaces the built-in grouping shows here too) and hands this
module only keys and groups; ``--explain`` lays the built-in evidence over those groups.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import group_keys
from .features import EventKeys


def group_report(
    keys: Sequence[EventKeys],
    paths: Sequence[str],
    groups: Sequence[Sequence[int]],
    overrides: dict | None,
    explain: bool,
) -> str:
    """The groups (lists of indices into ``keys``) as text, with the evidence when ``explain``."""
    if explain:
        return group_keys(keys, paths, overrides).explain(groups)
    lines = [f"{len(groups)} group(s) from {len(keys)} article(s)"]
    for number, members in enumerate(groups, 1):
        lines.append(f"[{number}] " + ", ".join(f"{keys[i].name} [{keys[i].language}]" for i in members))
    return "\n".join(lines)
