"""The invariant every hostile run must keep: each input file ends in a briefing or a named failure.

Also the tally of generated inputs behind the figures in docs/hostile.md: each property adds
the inputs it tried, and the hostile conftest prints (and optionally saves) the totals.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from briefgen.pipeline import RunReport

TALLY: Counter[str] = Counter()
FIGURES: dict[str, float] = {}  # measured figures other than counts (peak memory, ...)


def add_figure(name: str, value: float) -> None:
    """Add ``value`` to the running figure ``name`` (requests seen, files outside the output ...)."""
    FIGURES[name] = FIGURES.get(name, 0) + value


def tried(kind: str, count: int = 1) -> None:
    """Count ``count`` generated inputs of ``kind`` (loader, language, pipeline ...)."""
    TALLY[kind] += count


def briefed_paths(report: RunReport) -> set[str]:
    return {source.path for briefing in report.briefings for source in briefing.sources}


def named_in_failures(report: RunReport, path: str) -> bool:
    """Named by a failure, or by a skip (a filter, or "not about a conference"): never silent."""
    named = [*report.failures, *report.skipped]
    return any(failure.source == path or path in failure.message for failure in named)


def unaccounted(report: RunReport, paths: Iterable[Path]) -> list[str]:
    """Input files that are neither a briefing's source nor named by a failure: silently lost."""
    briefed = briefed_paths(report)
    lost = [str(p) for p in paths if str(p) not in briefed and not named_in_failures(report, str(p))]
    add_figure("lost_inputs", len(lost))
    return lost


def articles_accounted(report: RunReport) -> bool:
    """Every loaded article is a source of exactly one briefing, failed analysis by name, or was
    skipped by name.

    Holds when no whole conference failed (a failed conference names its articles instead).
    """
    sources = [source.id for briefing in report.briefings for source in briefing.sources]
    analysed_away = sum(1 for failure in report.failures if failure.stage == "analyse")
    skipped = len(report.skipped)
    return len(sources) == len(set(sources)) and len(sources) + analysed_away + skipped == report.articles
