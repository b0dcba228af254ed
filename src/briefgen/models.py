"""The data that flows through briefgen, stage by stage.

Every model is a frozen dataclass so that a stage can never change what an earlier stage
produced; a stage that needs a different value builds a new object with ``dataclasses.replace``.
Every fact carries :class:`Evidence`, a verbatim span of the cleaned article text, which is what
makes grounding checks, PDF source markers and honest scoring possible.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "briefgen/briefing@1"
# Fields of an item's JSON that its fingerprint does not cover (the fingerprint itself, the mark).
_UNSIGNED = ("fingerprint", "edited")


def fingerprint(item: dict[str, Any]) -> str:
    """A short hash of one item's JSON as briefgen wrote it.

    ``briefgen render`` recomputes it on the JSON it reads back: an item whose content no longer
    matches (an analyst fixed a role) is marked "edited" on the page; reordering changes nothing.
    """
    signed = {k: v for k, v in item.items() if k not in _UNSIGNED}
    blob = json.dumps(signed, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _signed(item: dict[str, Any], edited: bool) -> dict[str, Any]:
    return {**item, "fingerprint": fingerprint(item), **({"edited": True} if edited else {})}


@dataclass(frozen=True)
class Article:
    """One source as a loader produced it: raw text plus whatever metadata the source carried."""

    id: str
    path: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    format: str = "text"


@dataclass(frozen=True)
class Evidence:
    """Where a fact came from: the article id and a verbatim span of its cleaned text."""

    article: str
    quote: str


@dataclass(frozen=True)
class Person:
    """A named person and their role at the event.

    ``name`` is the canonical Latin-script form (diacritics folded); ``native`` keeps every
    surface form the sources used. ``acts`` records what they did at the event (chaired,
    opened, closed, presented, spoke, attended) and drives ranking.
    """

    name: str
    role: str | None = None
    native: tuple[str, ...] = ()
    role_source: str | None = None
    acts: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    edited: bool = False
    # the consonant skeletons of a name a report wrote in a non-Latin script (analysis.sounds):
    # how the merge finds the same person in another report's Latin spelling; () for Latin names
    sounds: tuple[str, ...] = ()

    @property
    def key(self) -> bool:
        return bool(set(self.acts) & {"chaired", "opened", "closed", "presented", "spoke"})


@dataclass(frozen=True)
class Figure:
    """A number the sources state: normalised ``value`` ("6.1", "33000", "47/NQ-CP", "2023-2025")."""

    value: str
    unit: str = ""
    label: str = ""
    kind: str = "other"
    qualifier: str | None = None
    evidence: tuple[Evidence, ...] = ()
    edited: bool = False


@dataclass(frozen=True)
class Outcome:
    """A decision, commitment, task, proposal, request or conclusion of the event.

    ``text`` is the whole source sentence (or list item, with its lead) in ``language``. ``frame``
    is the English lead-in built from facts ("Requested by Nguyen Van Ky, Major General, in his
    closing speech:"), ``speaker`` the canonical name of who said it and ``occasion`` where the text
    says so ("opening", "closing", "speech"). ``text_en`` is an English sentence, when a model wrote
    one; the source sentence stays the evidence.
    """

    text: str
    kind: str = "conclusion"
    language: str = "en"
    evidence: tuple[Evidence, ...] = ()
    frame: str | None = None
    speaker: str | None = None
    occasion: str | None = None
    text_en: str | None = None
    edited: bool = False


@dataclass(frozen=True)
class Attendance:
    delegates: int | None = None
    provinces: int | None = None


@dataclass(frozen=True)
class EventInfo:
    """What the event was: title, date (ISO, possibly partial), place, organisers, attendance."""

    title: str | None = None
    date: str | None = None
    place: str | None = None
    organisers: tuple[str, ...] = ()
    attendance: Attendance = field(default_factory=Attendance)
    date_end: str | None = None  # the last day of a multi-day event; ``date`` stays the first
    edited: bool = False  # an analyst changed these facts in the JSON (``briefgen render``)


@dataclass(frozen=True)
class Document:
    """An article after language analysis: clean text, sentences and what was found in them."""

    article: Article
    language: str
    text: str
    sentences: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    event: EventInfo = field(default_factory=EventInfo)
    people: tuple[Person, ...] = ()
    figures: tuple[Figure, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    published: str | None = None
    # the spans of page furniture that credit a journalist ("Ảnh: Minh Thu") or caption a photo of
    # someone: the evidence of people the prose does not name, quotable although the cleaner removed
    # their lines
    credits: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conference:
    """The articles judged to report one event."""

    id: str
    documents: tuple[Document, ...]


@dataclass(frozen=True)
class Source:
    id: str
    path: str
    language: str
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Conflict:
    """Sources that disagree about one measured thing (350 vs 360 delegates)."""

    label: str
    values: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Generator:
    """Who wrote a briefing; ``endpoint`` is the host (and port) of the server that answered, never a URL
    path or key."""

    summariser: str
    model: str | None = None
    version: str = ""
    endpoint: str | None = None


@dataclass(frozen=True)
class Briefing:
    """One page's worth of facts about one conference, each traceable to its sources.

    ``omitted`` counts what a paged renderer had to leave off the page (the JSON keeps it all);
    ``dropped_ungrounded`` counts facts the grounding check refused. ``summary`` is the English
    lead paragraph built from the facts; ``model_fields`` names the fields a model wrote (empty
    for offline briefings), so the page can say so.
    """

    id: str
    event: EventInfo
    people: tuple[Person, ...] = ()
    figures: tuple[Figure, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    sources: tuple[Source, ...] = ()
    generator: Generator = field(default_factory=lambda: Generator("extractive"))
    conflicts: tuple[Conflict, ...] = ()
    omitted: dict[str, int] = field(default_factory=dict)
    dropped_ungrounded: dict[str, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()
    summary: str | None = None
    model_fields: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The ``briefgen/briefing@1`` JSON contract (see the eval README), plus extra fields."""

        def ev(items: tuple[Evidence, ...]) -> list[dict[str, str]]:
            return [asdict(e) for e in items]

        return {
            "schema": SCHEMA,
            "id": self.id,
            "conference": _signed(
                {
                    "title": self.event.title,
                    "date": self.event.date,
                    "date_end": self.event.date_end,
                    "place": self.event.place,
                    "organisers": list(self.event.organisers),
                    "attendance": asdict(self.event.attendance),
                },
                self.event.edited,
            ),
            "people": [
                _signed(
                    {
                        "name": p.name,
                        "native": list(p.native),
                        "role": p.role,
                        "role_source": p.role_source,
                        "acts": list(p.acts),
                        "key": p.key,
                        "evidence": ev(p.evidence),
                    },
                    p.edited,
                )
                for p in self.people
            ],
            "figures": [
                _signed(
                    {
                        "value": f.value,
                        "unit": f.unit,
                        "label": f.label,
                        "kind": f.kind,
                        "qualifier": f.qualifier,
                        "evidence": ev(f.evidence),
                    },
                    f.edited,
                )
                for f in self.figures
            ],
            "summary": self.summary,
            "outcomes": [
                _signed(
                    {
                        "text": o.text,
                        "kind": o.kind,
                        "language": o.language,
                        "frame": o.frame,
                        "speaker": o.speaker,
                        "occasion": o.occasion,
                        "text_en": o.text_en,
                        "evidence": ev(o.evidence),
                    },
                    o.edited,
                )
                for o in self.outcomes
            ],
            "sources": [asdict(s) for s in self.sources],
            "conflicts": [
                {"label": c.label, "values": list(c.values), "evidence": ev(c.evidence)}
                for c in self.conflicts
            ],
            "omitted": dict(self.omitted),
            "dropped_ungrounded": dict(self.dropped_ungrounded),
            "notes": list(self.notes),
            "generator": asdict(self.generator),
            "model_fields": list(self.model_fields),
        }
