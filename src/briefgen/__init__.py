"""briefgen: one-page, source-traceable briefings of conferences from multilingual news articles.

Library use::

    import briefgen
    briefings = briefgen.build(["articles/"], out_dir="out", formats=("pdf", "json"))
    pdf_bytes = briefgen.render(briefings[0], ["pdf"])["pdf"]

Plugins implement the hooks in :mod:`briefgen.hookspecs` with :data:`briefgen.hookimpl` and
publish them under the ``briefgen`` entry-point group.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

from .hookspecs import hookimpl
from .models import (
    Article,
    Attendance,
    Briefing,
    Conference,
    Conflict,
    Document,
    EventInfo,
    Evidence,
    Figure,
    Generator,
    Outcome,
    Person,
    Source,
)
from .protocols import Language, Loader, LoadError, Rendered, Renderer, Settings, Summariser

# The pipeline (process pools, language detection, grounding) loads on first use, not with the
# package: every plugin imports ``briefgen`` for ``hookimpl``, and ``briefgen --help`` loads them all.
if TYPE_CHECKING:
    from .pipeline import BriefgenError, Failure, RunReport, build, render, run

_PIPELINE = ("BriefgenError", "Failure", "RunReport", "build", "render", "run")


def __getattr__(name: str) -> object:
    if name in _PIPELINE:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'briefgen' has no attribute {name!r}")


__all__ = [
    "Article",
    "Attendance",
    "BriefgenError",
    "Briefing",
    "Conference",
    "Conflict",
    "Document",
    "EventInfo",
    "Evidence",
    "Failure",
    "Figure",
    "Generator",
    "Language",
    "LoadError",
    "Loader",
    "Outcome",
    "Person",
    "Rendered",
    "Renderer",
    "RunReport",
    "Settings",
    "Source",
    "Summariser",
    "__version__",
    "build",
    "hookimpl",
    "render",
    "run",
]
