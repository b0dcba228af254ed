"""Reading a JSON object out of a model's reply.

With ``json_schema`` or ``json_object`` the reply is the object; in plain-text mode small models
wrap it in prose or a Markdown fence, so the first ``{...}`` that parses as JSON is taken. Small
models also write raw line breaks inside strings, which strict JSON forbids; they are accepted.
"""

from __future__ import annotations

import json
from typing import Any

from .answer import Answer, InvalidAnswer, validate


def extract_json(text: str) -> Any:
    """The reply as JSON, or else the first balanced ``{...}`` block in it that parses."""
    text = (text or "").strip()
    decoder = json.JSONDecoder(strict=False)
    try:
        return decoder.decode(text)
    except ValueError:
        pass
    start = text.find("{")
    while start != -1:
        try:
            value, _end = decoder.raw_decode(text, start)
            return value
        except ValueError:
            start = text.find("{", start + 1)
    raise InvalidAnswer("the reply contains no JSON object")


def parse_answer(text: str) -> Answer:
    """Extract and validate; raise :class:`InvalidAnswer` naming what is wrong."""
    return validate(extract_json(text))
