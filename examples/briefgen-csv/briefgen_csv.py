"""A ``csv`` output format for briefgen: one row per fact, with its source and verbatim quote.

Analysts sort and filter facts across many conferences in a spreadsheet; a flat table of
(kind, value, detail, source, quote) is the shape they want. The module is a complete plugin:
a Renderer object and the ``register_renderers`` hook that hands it to briefgen.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from briefgen import Briefing, Evidence, Rendered, Settings, hookimpl

COLUMNS = ("kind", "value", "detail", "source", "quote")
# A cell starting with one of these is a formula to Excel and LibreOffice; article text is
# untrusted, so such cells are prefixed with an apostrophe and stay inert text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str | None) -> str:
    text = value or ""
    if text.startswith(_FORMULA_STARTS) and not text.lstrip("-+").replace(".", "", 1).isdigit():
        return "'" + text
    return text


def _first(evidence: tuple[Evidence, ...]) -> tuple[str, str]:
    return (evidence[0].article, evidence[0].quote) if evidence else ("", "")


def fact_rows(briefing: Briefing) -> Iterator[tuple[str, ...]]:
    """The briefing's facts as rows of :data:`COLUMNS`, people first, as on the page."""
    for person in briefing.people:
        yield ("person", person.name, person.role or "", *_first(person.evidence))
    for figure in briefing.figures:
        value = f"{figure.value} {figure.unit}".strip()
        yield ("figure", value, figure.label, *_first(figure.evidence))
    for outcome in briefing.outcomes:
        yield (f"outcome:{outcome.kind}", outcome.text, "", *_first(outcome.evidence))


class CsvRenderer:
    """Renderer protocol: ``name``, ``extension``, ``paged`` and ``render``."""

    name = "csv"
    extension = "csv"
    paged = False

    def render(self, briefing: Briefing, settings: Settings) -> Rendered:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(tuple(_cell(c) for c in row) for row in fact_rows(briefing))
        return Rendered(buffer.getvalue().encode("utf-8"))


@hookimpl
def register_renderers(register):
    register(CsvRenderer())
