"""The page model and Jinja2 environment the HTML and PDF renderers share.

A briefing becomes a :class:`Page` first: plain strings with their language and direction
attached, source markers resolved to numbers, dates spelled out. Each output format then only
escapes and arranges; the Markdown renderer reads the same model, so all formats number
sources alike. The Jinja2 environment escapes everything (``autoescape=True``, not
``select_autoescape``, which would leave ``.html.j2`` unescaped): article and model text are
data, and nothing in a template marks them safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .grounding import norm_value
from .models import Briefing, Evidence

if TYPE_CHECKING:
    import jinja2

TEMPLATE = "briefing.html.j2"
MAX_NOTES = 3  # run notes (fallbacks, warnings) shown; a page must not fill up with them
STYLESHEET = "briefing.css"
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
# The order in which a paged renderer gives up items, and how the omitted line names them.
KINDS = (
    ("people", "person", "people"),
    ("figures", "figure", "figures"),
    ("outcomes", "outcome", "outcomes"),
)


@dataclass(frozen=True)
class Span:
    """A piece of text with the language and direction its element must carry.

    ``lang``/``dir`` are set only where they differ from the English, left-to-right page, so
    Arabic is shaped and laid out right to left and a source-language outcome says what it is.
    """

    text: str
    lang: str | None = None
    dir: str | None = None


@dataclass(frozen=True)
class PersonView:
    name: Span
    native: Span | None
    role: Span | None
    marks: tuple[int, ...]


@dataclass(frozen=True)
class FigureView:
    value: str
    unit: str
    label: Span
    qualifier: Span | None
    marks: tuple[int, ...]


@dataclass(frozen=True)
class OutcomeView:
    kind: str
    text: Span
    marks: tuple[int, ...]


@dataclass(frozen=True)
class ConflictView:
    """A disagreement: each value with the numbers of the sources that state it."""

    label: Span
    values: tuple[tuple[str, tuple[int, ...]], ...]


@dataclass(frozen=True)
class SourceView:
    number: int
    id: str
    title: Span | None
    language: str
    location: str


@dataclass(frozen=True)
class Page:
    """Everything one rendering of a briefing shows, already chosen and ordered."""

    title: Span
    facts: tuple[tuple[str, Span], ...]
    people: tuple[PersonView, ...]
    figures: tuple[FigureView, ...]
    outcomes: tuple[OutcomeView, ...]
    conflicts: tuple[ConflictView, ...]
    sources: tuple[SourceView, ...]
    omitted_line: str | None
    notes: tuple[str, ...]
    generator: str


def span(text: str, language: str | None = None) -> Span:
    """Attach ``lang``/``dir`` by script first, then by language.

    Text runs right-to-left when its first letter is Arabic (the rule of HTML's ``dir=auto``) or
    when Arabic letters dominate it; so "Colonel; Head (إدارة ...)" stays left-to-right, with the
    Arabic phrase inside it still laid out right-to-left by the bidi algorithm.
    """
    arabic = len(_ARABIC.findall(text))
    first = _FIRST_LETTER.search(text)
    starts_arabic = first is not None and _ARABIC.match(first.group()) is not None
    if arabic and (starts_arabic or arabic >= 2 * len(_LATIN.findall(text))):
        return Span(text, "ar", "rtl")
    if language and language != "en":
        return Span(text, language, "rtl" if language == "ar" else None)
    return Span(text)


def clip(text: str, limit: int) -> str:
    """Shorten ``text`` to ``limit`` characters at a word boundary, marking the cut with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def spell_date(value: str | None) -> str | None:
    """``2024-04-10`` -> ``10 April 2024``; partial ISO dates keep what they know; others pass through."""
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match or (match[2] and not 1 <= int(match[2]) <= 12):
        return value
    year, month, day = match.groups()
    parts = [str(int(day))] if day else []
    if month:
        parts.append(MONTHS[int(month) - 1])
    return " ".join([*parts, year])


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def omitted_line(omitted: Mapping[str, int]) -> str | None:
    """``{"figures": 4, "outcomes": 2}`` -> ``+4 figures, 2 outcomes in the JSON``."""
    names = {kind: (one, many) for kind, one, many in (*KINDS, ("sources", "source", "sources"))}
    parts = [plural(n, *names.get(kind, (kind, kind))) for kind, n in omitted.items() if n > 0]
    return f"+{', '.join(parts)} in the JSON" if parts else None


def source_numbers(briefing: Briefing) -> dict[str, int]:
    """Footer numbers by source id, in the briefing's source order (1-based)."""
    return {source.id: i for i, source in enumerate(briefing.sources, 1)}


def marks(evidence: Iterable[Evidence], numbers: Mapping[str, int]) -> tuple[int, ...]:
    return tuple(sorted({numbers[e.article] for e in evidence if e.article in numbers}))


_NUMBER = re.compile(r"[\d\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][\d\u0660-\u0669\u06f0-\u06f9]+)*")


def _stating(value: str, evidence: Iterable[Evidence]) -> list[Evidence]:
    """The evidence whose quote states ``value``, so each side of a disagreement cites its own sources."""
    wanted = norm_value(value)
    return [e for e in evidence if any(norm_value(n) == wanted for n in _NUMBER.findall(e.quote))]


def _facts(briefing: Briefing) -> tuple[tuple[str, Span], ...]:
    event = briefing.event
    attendance = []
    if event.attendance.delegates:
        attendance.append(plural(event.attendance.delegates, "delegate", "delegates"))
    if event.attendance.provinces:
        attendance.append(plural(event.attendance.provinces, "province", "provinces"))
    facts = [
        ("Date", spell_date(event.date)),
        ("Place", event.place),
        ("Organisers", "; ".join(event.organisers) or None),
        ("Attendance", " from ".join(attendance) or None),
    ]
    return tuple((label, span(clip(value, 160))) for label, value in facts if value)


def build_page(
    briefing: Briefing,
    counts: Mapping[str, int] | None = None,
    omitted: Mapping[str, int] | None = None,
    max_sources: int | None = None,
) -> Page:
    """The page for ``briefing``, showing the first ``counts[kind]`` items of each list (all if absent).

    ``omitted`` is what the caller left out (the footer names it); ``max_sources`` caps the
    source list, keeping the sources that shown items cite when there are more.
    """
    counts = counts or {}
    numbers = source_numbers(briefing)
    people = briefing.people[: counts.get("people", len(briefing.people))]
    figures = briefing.figures[: counts.get("figures", len(briefing.figures))]
    outcomes = briefing.outcomes[: counts.get("outcomes", len(briefing.outcomes))]
    page_people = tuple(
        PersonView(
            name=span(clip(p.name, 80)),
            native=next((span(clip(n, 80)) for n in p.native if n != p.name), None),
            role=span(clip(p.role, 140)) if p.role else None,
            marks=marks(p.evidence, numbers),
        )
        for p in people
    )
    page_figures = tuple(
        FigureView(
            value=clip(f.value, 24),
            unit=clip(f.unit, 16),
            label=span(clip(f.label or f.kind, 120)),
            qualifier=span(clip(f.qualifier, 60)) if f.qualifier else None,
            marks=marks(f.evidence, numbers),
        )
        for f in figures
    )
    page_outcomes = tuple(
        OutcomeView(kind=o.kind, text=span(clip(o.text, 420), o.language), marks=marks(o.evidence, numbers))
        for o in outcomes
    )
    cited = {n for item in (*page_people, *page_figures, *page_outcomes) for n in item.marks}
    sources = [
        SourceView(
            number=numbers[s.id],
            id=s.id,
            title=span(clip(s.title, 90)) if s.title else None,
            language=s.language,
            location=clip(s.url or s.path, 90),
        )
        for s in briefing.sources
    ]
    hidden = 0
    if max_sources is not None and len(sources) > max_sources:
        kept = [s for s in sources if s.number in cited][:max_sources]
        hidden = len(sources) - len(kept)
        sources = kept
    omitted = {**(omitted or {}), **({"sources": hidden} if hidden else {})}
    generator = briefing.generator
    return Page(
        title=span(clip(briefing.event.title or briefing.id, 200)),
        facts=_facts(briefing),
        people=page_people,
        figures=page_figures,
        outcomes=page_outcomes,
        conflicts=tuple(
            ConflictView(
                span(clip(c.label, 80)),
                tuple((clip(v, 24), marks(_stating(v, c.evidence), numbers)) for v in c.values),
            )
            for c in briefing.conflicts
        ),
        sources=tuple(sources),
        omitted_line=omitted_line(omitted),
        notes=tuple(clip(note, 200) for note in briefing.notes[:MAX_NOTES]),
        generator=" ".join(x for x in (generator.summariser, generator.model, generator.version) if x),
    )


def templates_dir() -> Path:
    """The folder of the ``briefgen_templates`` package: templates, stylesheet and fonts."""
    return Path(str(resources.files("briefgen_templates")))


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja2 environment for briefing templates (imported lazily: the CLI starts without it)."""
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=1)
def stylesheet() -> str:
    return (templates_dir() / STYLESHEET).read_text(encoding="utf-8")


def render_html(page: Page, *, font_pt: float, paged: bool) -> str:
    """The standalone HTML page for ``page`` at base size ``font_pt`` (``paged``: the PDF variant)."""
    import markupsafe

    template = environment().get_template(TEMPLATE)
    return template.render(page=page, font_pt=font_pt, paged=paged, css=markupsafe.Markup(stylesheet()))
