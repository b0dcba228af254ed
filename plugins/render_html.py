"""The HTML format: the PDF's own template as a standalone page, with every person and figure.

A browser scrolls, so no person or figure is dropped and the type stays at its largest size; the
outcomes are the same eight (at most) as on every page, the rest counted as "in the JSON", since
an analyst reads a briefing, not a list of every sentence. No text is cut short (a screen scrolls),
and the stylesheet and the fonts the page needs are inlined, so the file renders the same wherever
it is moved.
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
        page = build_page(briefing, full=True)
        html = render_html(page, font_pt=FONT_PT, paged=False, templates=settings.get("templates"))
        return Rendered(html.encode("utf-8"))


@hookimpl
def register_renderers(register):
    register(HtmlRenderer())
