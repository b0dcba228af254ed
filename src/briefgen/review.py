"""Reading a briefing's JSON back: validate it, rebuild the Briefing, re-check what was edited.

An analyst corrects a briefing in its JSON (drops a junk person, fixes a role, reorders outcomes)
and asks for the pages again with ``briefgen render``, without re-analysing anything. The JSON is
checked against the published schema (``briefgen/schemas/briefing-1.schema.json``) with errors
that name the field; each item's fingerprint tells whether its content changed since briefgen
wrote it, so the page can mark it "edited"; and every evidence quote is checked again against its
source article whenever that file is still where the briefing says it was.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .models import (
    SCHEMA,
    Attendance,
    Briefing,
    Conflict,
    EventInfo,
    Evidence,
    Figure,
    Generator,
    Outcome,
    Person,
    Source,
    fingerprint,
)
from .textutil import squash

SCHEMA_FILE = "briefing-1.schema.json"
MAX_ERRORS = 20


class BriefingJSONError(ValueError):
    """A briefing JSON that cannot be rendered; the message names the file and each bad field."""


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The published JSON Schema of ``briefgen/briefing@1`` (shipped inside the package)."""
    return json.loads(resources.files("briefgen").joinpath("schemas", SCHEMA_FILE).read_text("utf-8"))


def _where(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}" if out else str(part)
    return out or "(top level)"


def problems(data: Any) -> list[str]:
    """Every way ``data`` breaks the schema, as "field: what is wrong" (empty when it is valid)."""
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{_where(e.absolute_path)}: {e.message[:200]}" for e in errors[:MAX_ERRORS]]


def _evidence(items: Any) -> tuple[Evidence, ...]:
    return tuple(Evidence(e["article"], e["quote"]) for e in items or ())


def _edited(item: Mapping[str, Any]) -> bool:
    """True when the item's content differs from what its fingerprint says briefgen wrote."""
    return item.get("fingerprint") != fingerprint(dict(item))


def briefing_from_dict(data: Mapping[str, Any]) -> Briefing:
    """The Briefing a (schema-valid) ``briefgen/briefing@1`` object describes."""
    conference = data["conference"]
    attendance = conference.get("attendance") or {}
    event = EventInfo(
        title=conference.get("title"),
        date=conference.get("date"),
        date_end=conference.get("date_end"),
        place=conference.get("place"),
        organisers=tuple(conference.get("organisers") or ()),
        attendance=Attendance(attendance.get("delegates"), attendance.get("provinces")),
        edited=_edited(conference),
    )
    people = tuple(
        Person(
            name=p["name"],
            role=p.get("role"),
            native=tuple(p.get("native") or ()),
            role_source=p.get("role_source"),
            acts=tuple(p.get("acts") or ()),
            evidence=_evidence(p["evidence"]),
            edited=_edited(p),
        )
        for p in data["people"]
    )
    figures = tuple(
        Figure(
            value=f["value"],
            unit=f.get("unit") or "",
            label=f.get("label") or "",
            kind=f.get("kind") or "other",
            qualifier=f.get("qualifier"),
            evidence=_evidence(f["evidence"]),
            edited=_edited(f),
        )
        for f in data["figures"]
    )
    outcomes = tuple(
        Outcome(
            text=o["text"],
            kind=o.get("kind") or "conclusion",
            language=o.get("language") or "en",
            evidence=_evidence(o["evidence"]),
            frame=o.get("frame"),
            speaker=o.get("speaker"),
            occasion=o.get("occasion"),
            text_en=o.get("text_en"),
            edited=_edited(o),
        )
        for o in data["outcomes"]
    )
    generator = data.get("generator") or {"summariser": "extractive"}
    return Briefing(
        id=data["id"],
        event=event,
        people=people,
        figures=figures,
        outcomes=outcomes,
        sources=tuple(
            Source(s["id"], s["path"], s["language"], s.get("title"), s.get("url")) for s in data["sources"]
        ),
        generator=Generator(generator["summariser"], generator.get("model"), generator.get("version", "")),
        conflicts=tuple(
            Conflict(c["label"], tuple(c["values"]), _evidence(c.get("evidence")))
            for c in data.get("conflicts") or ()
        ),
        dropped_ungrounded=dict(data.get("dropped_ungrounded") or {}),
        notes=tuple(data.get("notes") or ()),
        summary=data.get("summary"),
        model_fields=tuple(data.get("model_fields") or ()),
    )


def read_briefing(path: Path) -> Briefing:
    """Load, validate and rebuild one briefing JSON file; raise :class:`BriefingJSONError` on misuse."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise BriefingJSONError(f"{path}: cannot read the file: {error.strerror or error}") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise BriefingJSONError(f"{path}: not valid JSON ({error})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise BriefingJSONError(f'{path}: not a briefing (expected "schema": "{SCHEMA}")')
    found = problems(data)
    if found:
        raise BriefingJSONError(f"{path}: does not match the {SCHEMA} schema:\n  " + "\n  ".join(found))
    return briefing_from_dict(data)


def recheck_evidence(briefing: Briefing, texts: Mapping[str, str]) -> Briefing:
    """Drop items whose quotes are not in their (reachable) source any more; count them as dropped.

    ``texts`` maps source ids to the article text as loaded now; sources missing from it cannot be
    checked and their quotes are kept as written, with a note saying so.
    """
    sources = {k: squash(v) for k, v in texts.items()}
    dropped: dict[str, int] = dict(briefing.dropped_ungrounded)

    def grounded(evidence: tuple[Evidence, ...]) -> bool:
        return all(e.article not in sources or squash(e.quote) in sources[e.article] for e in evidence)

    kept: dict[str, tuple] = {}
    for kind in ("people", "figures", "outcomes"):
        items = getattr(briefing, kind)
        kept[kind] = tuple(item for item in items if grounded(item.evidence))
        if len(kept[kind]) < len(items):
            dropped[kind] = dropped.get(kind, 0) + len(items) - len(kept[kind])
    unreachable = [s.id for s in briefing.sources if s.id not in texts]
    notes = briefing.notes
    if unreachable:
        notes = (*notes, f"{len(unreachable)} source(s) not found: their quotes were not re-checked")
    return replace(briefing, **kept, dropped_ungrounded=dropped, notes=notes)
