"""The JSON renderer writes the briefgen/briefing@1 contract, readable UTF-8, indented."""

from __future__ import annotations

import json
from dataclasses import replace

from briefgen_plugins.render_json import JsonRenderer
from briefings import ARABIC_QUOTE, arabic, normal

from briefgen.protocols import Settings
from briefgen.templating import with_english


def test_json_is_the_briefing_contract_in_plain_utf8() -> None:
    briefing = arabic()
    data = JsonRenderer().render(briefing, Settings()).data
    # the briefing as it is, plus the English lead and frames the page shows (issue #12)
    assert json.loads(data) == with_english(briefing).to_dict()
    assert ARABIC_QUOTE.encode("utf-8") in data and b"\\u06" not in data
    assert data.decode().startswith('{\n  "schema": "briefgen/briefing@1",')


def test_json_records_what_a_paged_format_omitted() -> None:
    briefing = replace(normal(), omitted={"figures": 4, "outcomes": 2})
    recorded = json.loads(JsonRenderer().render(briefing, Settings()).data)
    assert recorded["omitted"] == {"figures": 4, "outcomes": 2}
