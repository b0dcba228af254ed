"""briefgen: one-page, source-traceable briefings of conferences from multilingual news articles.

Library use::

    import briefgen
    briefings = briefgen.build(["articles/"], out_dir="out", formats=("pdf", "json"))
    pdf_bytes = briefgen.render(briefings[0], ["pdf"])["pdf"]

Plugins implement the hooks in :mod:`briefgen.hookspecs` with :data:`briefgen.hookimpl` and
publish them under the ``briefgen`` entry-point group.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# Every name is resolved on first use (PEP 562), not with the package: ``briefgen --help`` imports
# ``briefgen`` and must not pay for pluggy (hookimpl), the data classes or the pipeline (process
# pools, language detection, grounding). Type checkers and IDEs read the imports below instead.
if TYPE_CHECKING:
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
    from .pipeline import BriefgenError, Failure, RunReport, build, render, run
    from .protocols import Language, Loader, LoadError, Rendered, Renderer, Settings, Summariser

_HOME = {
    "hookimpl": "hookspecs",
    **dict.fromkeys(
        (
            "Article",
            "Attendance",
            "Briefing",
            "Conference",
            "Conflict",
            "Document",
            "EventInfo",
            "Evidence",
            "Figure",
            "Generator",
            "Outcome",
            "Person",
            "Source",
        ),
        "models",
    ),
    **dict.fromkeys(("BriefgenError", "Failure", "RunReport", "build", "render", "run"), "pipeline"),
    **dict.fromkeys(
        ("Language", "Loader", "LoadError", "Rendered", "Renderer", "Settings", "Summariser"), "protocols"
    ),
}


def __getattr__(name: str) -> object:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # looked up once: later uses are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})


# A literal list: type checkers read it to know what the package re-exports.
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
