"""The JSON format: the ``briefgen/briefing@1`` contract, every item the briefing holds.

It is written after the PDF, so its ``omitted`` field says what the page could not show. Its
``summary`` and outcome ``frame`` fields are the English lead and frames the page shows, whichever
summariser wrote the briefing.
"""

from __future__ import annotations

import json

from briefgen import hookimpl
from briefgen.models import Briefing
from briefgen.protocols import Rendered, Settings
from briefgen.templating import with_english


class JsonRenderer:
    name = "json"
    extension = "json"
    paged = False

    def render(self, briefing: Briefing, settings: Settings) -> Rendered:
        text = json.dumps(with_english(briefing).to_dict(), ensure_ascii=False, indent=2)
        return Rendered((text + "\n").encode("utf-8"))


@hookimpl
def register_renderers(register):
    register(JsonRenderer())
