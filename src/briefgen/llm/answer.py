"""The one schema of an LLM answer: it builds the prompt, the ``response_format`` and the validator.

The answer mirrors :class:`briefgen.models.Briefing` (event, people, figures, outcomes) with one
deliberate difference: instead of evidence quotes it cites the ids of the compact input
(``S3`` a sentence, ``P1`` a person, ``F2`` a figure). The model never copies
a quote, so it cannot misquote one; the code maps ids back to verbatim spans of the sources.

The dataclasses below are the single declaration. pydantic turns them into a JSON Schema that
satisfies OpenAI's strict mode (every property required, no extra properties) and validates
answers against the same declaration, with error messages good enough to re-ask the model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

FigureKind = Literal["attendance", "count", "economic", "social", "legal_reference", "term", "other"]
OutcomeKind = Literal["decision", "commitment", "task", "proposal", "request", "conclusion"]
_STRICT = {"extra": "forbid"}  # pydantic config: becomes additionalProperties: false


@dataclass
class EventAnswer:
    """The event, phrased in the output language; date is one of the candidate dates or null."""

    __pydantic_config__ = _STRICT
    title: str | None
    date: str | None
    place: str | None
    organisers: list[str]


@dataclass
class PersonAnswer:
    """A person of the input (ref = their P id) and their role in the output language."""

    __pydantic_config__ = _STRICT
    ref: str
    role: str | None


@dataclass
class FigureAnswer:
    """A number the sources state; cite holds the F or S ids whose text states the value."""

    __pydantic_config__ = _STRICT
    value: str
    unit: str
    label: str
    kind: FigureKind
    cite: list[str]


@dataclass
class OutcomeAnswer:
    """A decision, commitment, task, proposal, request or conclusion as one sentence; cite: its S ids."""

    __pydantic_config__ = _STRICT
    text: str
    kind: OutcomeKind
    cite: list[str]


@dataclass
class Answer:
    """A whole answer about one conference; lead is two or three sentences saying what it was."""

    __pydantic_config__ = _STRICT
    event: EventAnswer
    lead: str | None
    people: list[PersonAnswer]
    figures: list[FigureAnswer]
    outcomes: list[OutcomeAnswer]


class InvalidAnswer(ValueError):
    """An answer that is not JSON or does not match the schema; the message lists what is wrong."""


@lru_cache(maxsize=1)
def _adapter() -> Any:
    from pydantic import TypeAdapter

    return TypeAdapter(Answer)


def _without_titles(node: Any) -> Any:
    """Drop pydantic's generated "title" strings: they cost tokens and tell the model nothing."""
    if isinstance(node, dict):
        return {k: _without_titles(v) for k, v in node.items() if not (k == "title" and isinstance(v, str))}
    if isinstance(node, list):
        return [_without_titles(v) for v in node]
    return node


@lru_cache(maxsize=1)
def answer_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Answer` (strict-mode compatible: all required, no extras)."""
    return _without_titles(_adapter().json_schema())


def schema_text() -> str:
    """The schema as compact JSON, for prompts of servers that cannot take ``json_schema``."""
    return json.dumps(answer_schema(), separators=(",", ":"), sort_keys=True)


def validate(data: Any) -> Answer:
    """Check parsed JSON against the schema; raise :class:`InvalidAnswer` listing every problem."""
    from pydantic import ValidationError

    try:
        return _adapter().validate_python(data)
    except ValidationError as error:
        problems = [
            f"{'.'.join(str(p) for p in item['loc']) or '(root)'}: {item['msg']}" for item in error.errors()
        ]
        raise InvalidAnswer("; ".join(problems[:20])) from None
