"""What a plugin registers: the typed shapes of loaders, languages, summarisers and renderers.

These are structural protocols, so a plugin needs no base class; it needs a ``name`` (the key
users type and the registry de-duplicates on) and the methods below.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from .models import Article, Briefing, Conference, Document


class LoadError(Exception):
    """A source that cannot be read. The message names what was wrong and what to do."""

    def __init__(self, path: str, problem: str, hint: str = "") -> None:
        self.path = path
        self.problem = problem
        self.hint = hint
        super().__init__(f"{path}: {problem}" + (f" ({hint})" if hint else ""))


@runtime_checkable
class Loader(Protocol):
    """Turns one file into articles. Must never fetch anything the file names.

    ``load`` raises :class:`LoadError` when the file is unusable as a whole; a file of many
    records may instead yield a ``LoadError`` per bad record among its articles, so the run
    reports that record and keeps the rest.
    """

    name: str

    def can_load(self, source: Path) -> bool: ...

    def load(self, source: Path) -> Iterable[Article | LoadError]: ...


@runtime_checkable
class Language(Protocol):
    """Analysis for one source language: cleaning, sentences, people, figures, outcomes, event."""

    name: str  # the ISO 639-1 code: "ar", "fr", ...

    def analyse(self, article: Article) -> Document: ...

    def numbers(self, text: str) -> Iterable[str]:
        """Every number ``text`` states, normalised ("6,1" -> "6.1", "موضوعين" -> "2").

        Grounding uses it to accept a figure whose value the source wrote in words.
        """
        ...


@dataclass(frozen=True)
class Settings:
    """Options a run passes to summarisers and renderers (model, base URL, output language ...).

    ``run_id`` is unique per :func:`briefgen.run` call, so a limit that spans the whole run (the
    LLM summariser's token cap) can be shared by the run's worker processes and no other run.
    """

    options: Mapping[str, Any] = field(default_factory=dict)
    run_id: str = ""

    def get(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)


@runtime_checkable
class Summariser(Protocol):
    """Chooses and phrases the facts of one conference's briefing."""

    name: str

    def summarise(self, conference: Conference, settings: Settings) -> Briefing: ...


@dataclass(frozen=True)
class Rendered:
    """A renderer's output. ``omitted`` counts items a paged format had to leave off the page."""

    data: bytes
    omitted: Mapping[str, int] = field(default_factory=dict)


@runtime_checkable
class Renderer(Protocol):
    """Turns a briefing into the bytes of one output format.

    A renderer with ``paged = True`` (PDF) runs first; what it left off the page is recorded in
    the briefing the other formats receive, so the JSON says what the PDF could not show.
    """

    name: str
    extension: str
    paged: bool

    def render(self, briefing: Briefing, settings: Settings) -> Rendered: ...
