"""Fixtures of the hostile suite, and the summary line with its figures.

Set ``BRIEFGEN_HOSTILE_FIGURES=path.json`` to save the figures (inputs tried per kind) as JSON.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen.plugins import reset

from .accounting import FIGURES, TALLY
from .http_log import RequestLog, logging_server


@pytest.fixture
def web() -> Iterator[RequestLog]:
    with logging_server() as log:
        yield log


@pytest.fixture
def fresh_registry() -> Iterator[None]:
    """A registry rebuilt before and after, for tests that register throwaway plugins."""
    reset()
    yield
    reset()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TALLY and not FIGURES:
        return
    total = sum(TALLY.values())
    if TALLY:
        parts = ", ".join(f"{kind} {count}" for kind, count in sorted(TALLY.items()))
        terminalreporter.write_line(f"hostile inputs tried: {total} ({parts})")
    for name, value in sorted(FIGURES.items()):
        terminalreporter.write_line(f"hostile {name}: {value:g}")
    target = os.environ.get("BRIEFGEN_HOSTILE_FIGURES")
    if target:
        figures = {"inputs_tried": total, "inputs_by_kind": dict(TALLY), **FIGURES}
        Path(target).write_text(json.dumps(figures, indent=2), encoding="utf-8")
