"""The compact input of one request: what the language analysis selected, labelled with ids.

Whole pages would cost several times the tokens and invite the model to quote (and misquote)
freely. Instead the model gets each article's lead sentences and the sentences stating an
outcome the analysis found (marked with its kind), the people with their native forms and
roles, and the figures, each with an id (``S3``, ``P1``, ``F2``). It cites ids; :class:`Digest`
maps them back to verbatim evidence, which is why every quote on the page is a span of a source.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..models import Attendance, Document, EventInfo, Evidence, Person
from ..textutil import fold, squash
from .guard import looks_like_instructions, number_keys

LEAD_SENTENCES = 2  # an article's first sentences usually name the event, its date and place
FALLBACK_SENTENCES = 12  # sent when the analysis found no facts at all in an article
# A page shows about a dozen outcomes; sending more sentences costs tokens the page never uses.
MAX_OUTCOME_SENTENCES = 14
OUTCOME_PRIORITY = {"request": 0, "proposal": 1, "decision": 2, "commitment": 3, "task": 4, "conclusion": 5}


@dataclass
class Digest:
    """The JSON ``payload`` sent to the model and the maps from its ids back to the sources."""

    payload: dict[str, Any]
    evidence: dict[str, tuple[Evidence, ...]] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    dates: tuple[str, ...] = ()
    event: EventInfo = field(default_factory=EventInfo)
    allowed_numbers: frozenset[str] = frozenset()
    withheld: int = 0


class _Builder:
    """Assigns ids in reading order while a digest is being put together."""

    def __init__(self) -> None:
        self.sentences: list[dict[str, str]] = []  # in reading order; outcome kinds added later
        self.evidence: dict[str, tuple[Evidence, ...]] = {}
        self.sentence_ids: dict[tuple[str, str], str] = {}
        self.numbers: set[str] = set()

    def sentence(self, article_id: str, label: str, text: str) -> str:
        """The S id of ``text``, adding it to the sentences sent the first time it is cited."""
        key = (article_id, squash(text))
        if key not in self.sentence_ids:
            sid = f"S{len(self.sentences) + 1}"
            self.sentence_ids[key] = sid
            self.sentences.append({"id": sid, "article": label, "text": text})
            self.evidence[sid] = (Evidence(article_id, text),)
            self.numbers |= number_keys(text)
        return self.sentence_ids[key]


_Cite = Callable[[Document, tuple[Evidence, ...]], list[str]]


def _containing(sentences: Sequence[str], quote: str) -> str:
    """The sentence holding ``quote`` (the quote itself when it spans sentences)."""
    wanted = squash(quote)
    return next((s for s in sentences if wanted and wanted in squash(s)), quote)


def _merge_event(events: Sequence[EventInfo]) -> EventInfo:
    """The analysis's own view of the event: the first value each field has in any article."""
    organisers = tuple(dict.fromkeys(o for e in events for o in e.organisers))
    return EventInfo(
        title=next((e.title for e in events if e.title), None),
        date=next((e.date for e in events if e.date), None),
        place=next((e.place for e in events if e.place), None),
        organisers=organisers,
        attendance=Attendance(
            delegates=next((e.attendance.delegates for e in events if e.attendance.delegates), None),
            provinces=next((e.attendance.provinces for e in events if e.attendance.provinces), None),
        ),
    )


def _clean(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if v not in (None, "", [], ())}


def build_digest(documents: Sequence[Document]) -> Digest:
    """The compact input for ``documents`` (one conference, or one article of it in map-reduce)."""
    b = _Builder()
    labels = {d.article.id: f"A{i}" for i, d in enumerate(documents, 1)}
    articles, candidates, withheld = [], [], 0

    def cite(doc: Document, evidence: tuple[Evidence, ...]) -> list[str]:
        ids = []
        for ev in evidence:
            text = _containing(doc.sentences, ev.quote)
            if not looks_like_instructions(text):
                ids.append(b.sentence(doc.article.id, labels[doc.article.id], text))
        return list(dict.fromkeys(ids))

    for doc in documents:
        aid, label = doc.article.id, labels[doc.article.id]
        sentences = doc.sentences or tuple(line for line in doc.text.splitlines() if line.strip())
        withheld += sum(1 for s in sentences if looks_like_instructions(s))
        title = (
            doc.article.title
            if doc.article.title and not looks_like_instructions(doc.article.title)
            else None
        )
        articles.append(
            _clean({"id": label, "language": doc.language, "title": title, "published": doc.published})
        )
        has_facts = doc.people or doc.figures or doc.outcomes
        for s in sentences[: LEAD_SENTENCES if has_facts else FALLBACK_SENTENCES]:
            cite(doc, (Evidence(aid, s),))
        e = doc.event
        candidates.append(
            _clean(
                {
                    "article": label,
                    "title": e.title,
                    "date": e.date,
                    "place": e.place,
                    "organisers": list(e.organisers),
                    "delegates": e.attendance.delegates,
                    "provinces": e.attendance.provinces,
                }
            )
        )
        b.numbers |= number_keys(" ".join(str(v) for v in candidates[-1].values()))
        b.numbers |= number_keys(f"{title or ''} {doc.published or ''}")

    people = _people(documents)
    _mark_outcomes(documents, cite, b)
    figures = _figures(documents, b)
    payload = {
        "articles": articles,
        "event_candidates": [c for c in candidates if len(c) > 1],
        "people": [p for _, p in people],
        "figures": figures,
        "sentences": b.sentences,
    }
    events = [d.event for d in documents]
    return Digest(
        payload=payload,
        evidence=b.evidence,
        people={p["id"]: person for person, p in people},
        dates=tuple(dict.fromkeys(e.date for e in events if e.date)),
        event=_merge_event(events),
        allowed_numbers=frozenset(b.numbers),
        withheld=withheld,
    )


def _people(documents: Sequence[Document]) -> list[tuple[Person, dict[str, Any]]]:
    """People merged across articles by folded name. Their sentences are not sent: the model
    needs only name, forms, role and acts to choose and describe them; evidence stays here."""
    merged: dict[str, Person] = {}
    for doc in documents:
        for found in doc.people:
            person = replace(found, evidence=_usable(doc, found.evidence))
            key = fold(person.name)
            if not person.evidence:
                continue
            if key in merged:
                old = merged[key]
                person = replace(
                    old,
                    role=old.role or person.role,
                    native=tuple(dict.fromkeys(old.native + person.native)),
                    acts=tuple(dict.fromkeys(old.acts + person.acts)),
                    evidence=tuple(dict.fromkeys(old.evidence + person.evidence)),
                )
            merged[key] = person
    out = []
    for i, person in enumerate(merged.values(), 1):
        entry = {
            "id": f"P{i}",
            "name": person.name,
            "native": [n for n in person.native if n != person.name],
            "role": person.role,
            "acts": list(person.acts),
        }
        out.append((person, _clean(entry)))
    return out


def _figures(documents: Sequence[Document], b: _Builder) -> list[dict[str, Any]]:
    """Figures as value, unit, kind and label: enough to choose and describe them.

    Their quotes stay here (the model cites the F id and the code attaches the quote), which
    halved the figures' share of a request on the seeds; a figure stated in a sentence being
    sent anyway points at it, so the model can see its context.
    """
    out: list[dict[str, Any]] = []
    for doc in documents:
        for figure in doc.figures:
            evidence = _usable(doc, figure.evidence)
            if not evidence:
                continue
            fid = f"F{len(out) + 1}"
            b.evidence[fid] = evidence
            quote = evidence[0].quote
            sid = b.sentence_ids.get((doc.article.id, squash(_containing(doc.sentences, quote))))
            where = {"in": sid} if sid else {}
            entry = {"id": fid, "value": figure.value, "unit": figure.unit, "kind": figure.kind}
            out.append(_clean({**entry, "label": figure.label, **where}))
            b.numbers |= number_keys(f"{figure.value} {quote}")
    return out


def _mark_outcomes(documents: Sequence[Document], cite: _Cite, b: _Builder) -> None:
    """Send each outcome's sentence once, marked with the outcome kinds found in it.

    The analysis may find several outcomes in one sentence; the model phrases them from the
    sentence and cites its S id, so per-outcome entries would only repeat the same pointer.
    """
    kinds: dict[str, list[str]] = {}
    ranked = sorted(
        ((doc, outcome) for doc in documents for outcome in doc.outcomes),
        key=lambda pair: OUTCOME_PRIORITY.get(pair[1].kind, len(OUTCOME_PRIORITY)),
    )
    for doc, outcome in ranked:
        if len(kinds) >= MAX_OUTCOME_SENTENCES:
            break
        for sid in cite(doc, outcome.evidence):
            kinds.setdefault(sid, []).append(outcome.kind)
    for sentence in b.sentences:
        if sentence["id"] in kinds:
            sentence["outcome"] = "/".join(dict.fromkeys(kinds[sentence["id"]]))


def _usable(doc: Document, evidence: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    """``evidence`` minus any quote from an instruction-like sentence."""
    return tuple(e for e in evidence if not looks_like_instructions(_containing(doc.sentences, e.quote)))
