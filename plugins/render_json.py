"""The JSON format: the ``briefgen/briefing@1`` contract, every item the briefing holds.

It is written after the PDF, so its ``omitted`` field says what the page could not show.
"""

from __future__ import annotations

import json

from briefgen import hookimpl
from briefgen.models import Briefing
from briefgen.protocols import Rendered, Settings


class JsonRenderer:
    name = "json"
    extension = "json"
    paged = False

    def render(self, briefing: Briefing, settings: Settings) -> Rendered:
        text = json.dumps(briefing.to_dict(), ensure_ascii=False, indent=2)
        return Rendered((text + "\n").encode("utf-8"))


@hookimpl
def register_renderers(register):
    register(JsonRenderer())
