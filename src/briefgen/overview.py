"""The run overview: ``index.html`` and ``index.pdf`` beside the briefings.

An analyst opens one page to see the whole run: a row per conference (date, place, English title,
languages and number of reports, people and figures, a link to its page, disagreements flagged)
and a small chart of coverage, reports per day by language. The chart is inline SVG computed here
from the briefings' own numbers, so it needs no plotting library and fetches nothing; each bar
carries its day, language and count as data attributes, which is also how the tests read it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .models import Briefing

# Colour-blind-safe palette (Okabe-Ito); languages beyond it reuse it in order.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
BAR_WIDTH = 26
BAR_GAP = 8
CHART_HEIGHT = 120
LABEL_ROOM = 14
MAX_DAYS = 60  # a run spanning more days shows the most recent ones
PDF_ROWS = 200  # table rows WeasyPrint lays out at once for index.pdf (see overview_pdf)


@dataclass(frozen=True)
class Entry:
    """What the overview shows of one briefing, taken as soon as it is briefed: a run keeps this
    small record per conference until the overview is written, never the Briefing itself, so its
    memory does not grow by a whole briefing per conference."""

    id: str
    date: str | None
    place: str | None
    title: str | None
    languages: tuple[str, ...]  # each source's language, in source order (the chart counts reports)
    people: int
    figures: int
    flags: str


def entry(briefing: Briefing) -> Entry:
    """The overview's record of ``briefing``."""
    flags = [f"sources disagree on {c.label}" for c in briefing.conflicts]
    if briefing.omitted:
        flags.append("page full: " + ", ".join(f"{n} {k}" for k, n in briefing.omitted.items() if n))
    return Entry(
        id=briefing.id,
        date=briefing.event.date,
        place=briefing.event.place,
        title=briefing.event.title,
        languages=tuple(s.language for s in briefing.sources),
        people=len(briefing.people),
        figures=len(briefing.figures),
        flags="; ".join(flags),
    )


@dataclass(frozen=True)
class Row:
    id: str
    date: str | None
    place: str | None
    title: str
    reports: int
    languages: str
    people: int
    figures: int
    flags: str
    link: str | None


@dataclass(frozen=True)
class Bar:
    day: str
    language: str
    count: int
    colour: str
    x: float
    y: float
    w: float
    h: float


@dataclass(frozen=True)
class Label:
    x: float
    y: float
    text: str


@dataclass(frozen=True)
class Chart:
    days: tuple[str, ...]
    bars: tuple[Bar, ...]
    labels: tuple[Label, ...]
    legend: tuple[tuple[str, str], ...]
    width: int
    height: int
    axis: float
    undated: int


def _day(entry: Entry) -> str | None:
    date = entry.date or ""
    return date if len(date) == 10 and date[:4].isdigit() else None


def coverage(entries: Sequence[Entry]) -> Chart:
    """Reports per conference day and source language, as stacked bars (one column per day)."""
    counts: Counter[tuple[str, str]] = Counter()
    undated = 0
    for item in entries:
        day = _day(item)
        for language in item.languages:
            if day is None:
                undated += 1
            else:
                counts[(day, language)] += 1
    days = tuple(sorted({day for day, _ in counts})[-MAX_DAYS:])
    languages = sorted({language for _, language in counts})
    colours = {language: PALETTE[i % len(PALETTE)] for i, language in enumerate(languages)}
    tallest = max((sum(counts[(d, lang)] for lang in languages) for d in days), default=1)
    unit = (CHART_HEIGHT - LABEL_ROOM) / tallest
    axis = CHART_HEIGHT - LABEL_ROOM
    bars, labels = [], []
    for column, day in enumerate(days):
        x = column * (BAR_WIDTH + BAR_GAP)
        top = axis
        for language in languages:
            count = counts[(day, language)]
            if count:
                top -= count * unit
                bars.append(
                    Bar(
                        day,
                        language,
                        count,
                        colours[language],
                        x,
                        round(top, 2),
                        BAR_WIDTH,
                        round(count * unit, 2),
                    )
                )
        labels.append(Label(x + BAR_WIDTH / 2, CHART_HEIGHT - 3, day[5:]))
    width = max(1, len(days)) * (BAR_WIDTH + BAR_GAP)
    return Chart(days, tuple(bars), tuple(labels), tuple(colours.items()), width, CHART_HEIGHT, axis, undated)


def rows(entries: Sequence[Entry], links: Sequence[str | None]) -> list[Row]:
    """One row per briefing, in date order (undated last), linking to its page when one was written."""
    out = []
    for item, link in zip(entries, links, strict=True):
        languages = Counter(item.languages)
        out.append(
            Row(
                id=item.id,
                date=item.date,
                place=item.place,
                title=item.title or item.id,
                reports=len(item.languages),
                languages=", ".join(
                    f"{lang} {n}" if n > 1 else lang for lang, n in sorted(languages.items())
                ),
                people=item.people,
                figures=item.figures,
                flags=item.flags,
                link=link,
            )
        )
    return sorted(out, key=lambda r: (r.date is None, r.date or "", r.title))


def render_overview(entries: Sequence[Entry], links: Sequence[str | None], *, paged: bool) -> str:
    """The overview page as HTML, from each briefing's :class:`Entry`; ``links`` are the
    briefings' file names beside it.

    The PDF variant (``paged``) names each page's file instead of linking it: a PDF's links would
    resolve against the template folder, not against the folder the index is read from.
    """
    return _page(rows(entries, links), coverage(entries), entries, paged=paged)


def _page(
    table: Sequence[Row],
    chart: Chart | None,
    entries: Sequence[Entry],
    *,
    paged: bool,
    continued: bool = False,
) -> str:
    """The overview HTML holding ``table`` (some or all of the rows); the header counts ``entries``."""
    import markupsafe

    from . import __version__
    from .templating import environment, templates_dir

    css = (templates_dir() / "briefing.css").read_text("utf-8") + (
        templates_dir() / "overview.css"
    ).read_text("utf-8")
    return (
        environment()
        .get_template("overview.html.j2")
        .render(
            rows=table,
            chart=chart,
            conferences=len(entries),
            reports=sum(len(e.languages) for e in entries),
            version=__version__,
            paged=paged,
            continued=continued,
            css=markupsafe.Markup(css),
        )
    )


def overview_pdf(entries: Sequence[Entry], links: Sequence[str | None]) -> bytes:
    """``index.pdf``: the paged overview laid out by WeasyPrint ``PDF_ROWS`` rows at a time, the
    parts joined into one file (the first with the header and chart, the others continuing the
    table). WeasyPrint holds a document's whole layout until it is written, about 150 KB a table
    row (measured: 1,000 rows took 150 MB, 2,000 took 290 MB), so one document for a run of
    10,000 conferences would need 1.4 GB; in parts the peak is that of one part."""
    import io

    from pypdf import PdfReader, PdfWriter

    table = rows(entries, links)
    chart = coverage(entries)
    writer = PdfWriter()
    for start in range(0, max(1, len(table)), PDF_ROWS):
        part = _page(
            table[start : start + PDF_ROWS],
            chart if not start else None,
            entries,
            paged=True,
            continued=start > 0,
        )
        writer.append(PdfReader(io.BytesIO(layout_pdf(part))))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def layout_pdf(html: str) -> bytes:
    """One HTML page laid out by WeasyPrint (as many pages as it needs), fetching only the
    shipped assets."""
    from weasyprint import HTML

    from .safe_fetch import AssetFetcher
    from .templating import templates_dir

    root = templates_dir()
    return HTML(string=html, base_url=root.as_uri() + "/", url_fetcher=AssetFetcher(root)).write_pdf()
