"""The PDF format: exactly one A4 or US Letter page per briefing, laid out by WeasyPrint.

A WeasyPrint layout is the expensive step, so the page is planned before it is laid out: a
cheap estimate of each item's height (text length over column width) picks the largest type
size that fits, and, when even the smallest does not, drops the lowest-priority items (the ends
of the briefing's priority-ordered lists, interleaved so no section is emptied first). The
layout then only confirms; if the estimate was optimistic and a second page appears, the plan
is redone with a smaller budget. What was left off is returned in ``Rendered.omitted`` and named
on the page ("+4 figures in the JSON").
"""

from __future__ import annotations

import atexit
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from briefgen import hookimpl
from briefgen.models import Briefing
from briefgen.protocols import Rendered, Settings
from briefgen.templating import (
    KINDS,
    PAGE_OUTCOMES,
    Page,
    Span,
    build_page,
    render_html,
    stylesheet,
    templates_dir,
)

SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5)  # base type sizes in pt, tried largest first
MM = 72 / 25.4
ADVANCE = 0.5  # average glyph advance of Noto Sans, in em, for mixed-case text
FILL = 0.94  # share of a line that wrapped text fills on average (words do not split)
MAX_SOURCES = 20
MAX_TRIES = 8
# The share of the page each list keeps when items must be dropped: outcomes read longest.
SHARES = {"people": 0.3, "figures": 0.25, "outcomes": 0.45}
Laid = TypeVar("Laid")  # whatever an engine's layout returns (a WeasyPrint document, PDF bytes)


@dataclass(frozen=True)
class Sheet:
    """One paper size: its name in CSS and in typst, and the text area the planner wraps text in.

    Both engines and the planner read the paper from here, so a Letter page (wider, 18 mm
    shorter than A4) is planned for the room it really has and stays one page.
    """

    css: str
    typst: str
    width_mm: float
    height_mm: float

    @property
    def width(self) -> float:
        return (self.width_mm - 28) * MM  # less the side margins in briefing.css

    @property
    def height(self) -> float:
        return (self.height_mm - 23) * MM  # less the top and bottom margins

    @property
    def column(self) -> float:
        return 0.484 * self.width  # one of the two items in a row of people, outcomes or sources

    @property
    def card(self) -> float:
        return 0.234 * self.width - 1.6 * MM - 1.5  # one of the four figure cards in a row, less its rule


SHEETS = {"a4": Sheet("A4", "a4", 210, 297), "letter": Sheet("letter", "us-letter", 215.9, 279.4)}
A4 = SHEETS["a4"]


def sheet(settings: Settings) -> Sheet:
    """The paper the run asked for (``page_size`` = ``a4`` or ``letter``, any case; A4 by default)."""
    name = str(settings.get("page_size") or "a4").lower()
    if name not in SHEETS:
        raise ValueError(f"unknown page size {name!r}; use {' or '.join(SHEETS)}")
    return SHEETS[name]


def _lines(text: str, width: float, size: float) -> int:
    return max(1, math.ceil(len(text) * ADVANCE * size / (width * FILL)))


def _text(span: Span | None) -> str:
    return span.text if span else ""


def rows(heights: list[float], per_row: int) -> list[float]:
    """Item heights laid out ``per_row`` to a row: a row is as tall as its tallest item and
    exists from its first item on, so that item carries the row and the others add nothing."""
    return [max(heights[i : i + per_row]) if i % per_row == 0 else 0.0 for i in range(len(heights))]


@dataclass(frozen=True)
class Estimate:
    """Estimated heights in pt: what every page carries, and what each listed item adds."""

    fixed: float
    items: dict[str, list[float]]

    def total(self, counts: Mapping[str, int]) -> float:
        return self.fixed + sum(sum(heights[: counts[kind]]) for kind, heights in self.items.items())


def estimate(page: Page, size: float, paper: Sheet = A4) -> Estimate:
    """Heights at base size ``size`` on ``paper``, mirroring the rem sizes and line heights in the CSS."""
    width, column, card = paper.width, paper.column, paper.card
    line = 1.3 * size
    header = 0.85 * line + 1.15 * 1.7 * size * _lines(page.title.text, width, 1.7 * size) + 0.95 * size
    header += _lines(page.lead, width, size) * line + 0.4 * size  # the English lead under the title
    for _, value in page.facts:  # facts wrap as a row of blocks; count each as a share of a row
        header += (0.9 * size + _lines(value.text, 62 * MM, 0.95 * size) * 0.95 * line) / 3
    section = 0.65 * size + 1.3 * size + 0.45 * size
    footer = 0.7 * size + section + 0.72 * line * math.ceil(len(page.sources) / 2)
    notes = len(page.notes) + (page.model_line is not None)
    footer += 0.72 * line * (2 * notes + 2)  # notes, omitted line, generator
    people = [
        _lines(f"{p.name.text} {_text(p.native)} [{len(p.marks)}]", column, size) * line
        + (_lines(_text(p.role), column, 0.88 * size) * 0.88 * line if p.role else 0)
        + 0.43 * size  # the margin, and the superscript marker raising the first line
        for p in page.people
    ]
    cards = [
        _lines(f"{f.value} {f.unit} [{len(f.marks)}]", card, 1.2 * size) * 1.15 * 1.2 * size
        + _lines(f"{f.label.text} {_text(f.qualifier)}", card, 0.82 * size) * 0.82 * line
        + 0.35 * size
        for f in page.figures
    ]
    outcomes = [
        _lines(f"{o.frame} {o.english or o.text.text} [{len(o.marks)}]", column, size) * line
        + (line if o.text.dir == "rtl" and not o.english else 0)  # the frame then has a line of its own
        # a model's English sentence has its source sentence under it, in smaller type
        + (_lines(o.text.text, column, 0.88 * size) * 0.88 * line if o.english else 0)
        + 0.28 * size
        for o in page.outcomes
    ]
    conflicts = sum(
        _lines(c.label.text, width, 0.82 * size) * 0.82 * line + 0.3 * size for c in page.conflicts
    )
    sections = sum(1 for items in (page.people, page.figures or page.conflicts, page.outcomes) if items)
    return Estimate(
        fixed=header + footer + sections * section + conflicts,
        items={"people": rows(people, 2), "figures": rows(cards, 4), "outcomes": rows(outcomes, 2)},
    )


def plan(briefing: Briefing, budget: float, paper: Sheet = A4) -> tuple[float, dict[str, int]]:
    """The largest size at which everything fits ``budget``, else the smallest size with items dropped."""
    page = build_page(briefing, max_sources=MAX_SOURCES)
    counts = {kind: len(getattr(briefing, kind)) for kind, *_ in KINDS}
    counts["outcomes"] = min(counts["outcomes"], PAGE_OUTCOMES)
    for size in SIZES:
        guess = estimate(page, size, paper)
        if guess.total(counts) <= budget:
            return size, counts
    used = {kind: sum(heights) for kind, heights in guess.items.items()}
    while guess.fixed + sum(used.values()) > budget and any(counts.values()):
        kind = max((k for k in counts if counts[k]), key=lambda k: used[k] / SHARES[k])
        counts[kind] -= 1
        used[kind] -= guess.items[kind][counts[kind]]
    return size, counts


def _omitted(briefing: Briefing, counts: Mapping[str, int]) -> dict[str, int]:
    return {
        kind: len(getattr(briefing, kind)) - counts[kind]
        for kind, *_ in KINDS
        if counts[kind] < len(getattr(briefing, kind))
    }


@lru_cache(maxsize=4)
def engine(css_text: str | None = None, paper: Sheet = A4) -> tuple[Any, Any]:
    """One FontConfiguration and one parsed stylesheet per process and paper, shared by every briefing.

    Building them per briefing re-registered the bundled fonts and re-parsed the stylesheet each
    time: a third of the render CPU, and resident memory that grew with every render
    (BENCHMARKS.md). The stylesheet's @font-face rules register the fonts once, here.
    ``css_text`` is a stylesheet from ``--templates`` (the shipped one when None); the paper size
    follows it, so it wins over any size the stylesheet sets.
    """
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    from briefgen.safe_fetch import AssetFetcher

    root = templates_dir()
    fonts = FontConfiguration()
    # free it while WeasyPrint's C bindings still exist, not during interpreter teardown
    atexit.register(engine.cache_clear)
    text = f"{stylesheet() if css_text is None else css_text}\n@page {{ size: {paper.css}; }}\n"
    css = CSS(string=text, base_url=root.as_uri() + "/", url_fetcher=AssetFetcher(root), font_config=fonts)
    return fonts, css


def layout(html: str, css_text: str | None = None, paper: Sheet = A4) -> Any:
    """Lay ``html`` out with WeasyPrint and the shared stylesheet, fetching nothing but our assets."""
    from weasyprint import HTML

    from briefgen.safe_fetch import AssetFetcher

    fonts, css = engine(css_text, paper)
    root = templates_dir()
    document = HTML(string=html, base_url=root.as_uri() + "/", url_fetcher=AssetFetcher(root))
    return document.render(stylesheets=[css], font_config=fonts)


def fit_one_page(
    briefing: Briefing, lay_out: Callable[[Page, float], tuple[Laid, int]], paper: Sheet = A4
) -> tuple[Laid, dict[str, int]]:
    """Plan, lay out with ``lay_out(page, size) -> (layout, pages)``, and re-plan on a smaller budget
    until the layout is one page; returns it with what was left off (hidden sources included).

    Shared by every PDF engine, so each one shows the same items at the same size wherever its
    layout agrees with the estimate, and only the engine differs.
    """
    budget = 0.98 * paper.height  # the estimate is close, not exact: keep a little in hand
    for _ in range(MAX_TRIES):
        size, counts = plan(briefing, budget, paper)
        omitted = _omitted(briefing, counts)
        page = build_page(briefing, counts, omitted, max_sources=MAX_SOURCES)
        laid, pages = lay_out(page, size)
        if pages == 1:
            hidden = len(briefing.sources) - len(page.sources)
            return laid, {**omitted, **({"sources": hidden} if hidden else {})}
        budget *= 0.9
    raise RuntimeError(f"briefing {briefing.id!r} does not fit one page even with every list emptied")


class PdfRenderer:
    name = "pdf"
    extension = "pdf"
    paged = True

    def render(self, briefing: Briefing, settings: Settings) -> Rendered:
        paper = sheet(settings)
        templates = settings.get("templates")
        css_text = stylesheet(templates) if templates else None

        def lay_out(page: Page, size: float) -> tuple[Any, int]:
            html = render_html(page, font_pt=size, paged=True, inline_css=False, templates=templates)
            document = layout(html, css_text, paper)
            return document, len(document.pages)

        document, omitted = fit_one_page(briefing, lay_out, paper)
        return Rendered(document.write_pdf(), omitted)


@hookimpl
def register_renderers(register):
    register(PdfRenderer())
