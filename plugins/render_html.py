"""The HTML format: the PDF's own template as a standalone page, with every person and figure.

A browser scrolls, so no person or figure is dropped and the type stays at its largest size; the
outcomes are the same eight (at most) as on every page, the rest counted as "in the JSON", since
an analyst reads a briefing, not a list of every sentence. The stylesheet is inlined so the file
stands alone (fonts fall back to the reader's Noto Sans or sans-serif).
"""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.models import Briefing
from briefgen.protocols import Rendered, Settings
from briefgen.templating import build_page, render_html

FONT_PT = 10.5


class HtmlRenderer:
    name = "html"
    extension = "html"
    paged = False

    def render(self, briefing: Briefing, settings: Settings) -> Rendered:
        return Rendered(render_html(build_page(briefing), font_pt=FONT_PT, paged=False).encode("utf-8"))


@hookimpl
def register_renderers(register):
    register(HtmlRenderer())
