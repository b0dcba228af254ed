"""From a validated answer to a :class:`~briefgen.models.Briefing`: ids become verbatim evidence.

Nothing the model wrote is taken on trust. Cited ids that do not exist drop the item; a number
in the model's own words (a title, a role, an outcome, the lead) must be one the cited data
states, or that value is left empty (and counted) so the extractive one stays; attendance comes
from the analysis only. What remains is the model's proposal: :func:`briefgen.llm.overlay.overlay`
checks each word of it against the sources and lays what passes over the extractive briefing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..grounding import norm_value
from ..models import Briefing, EventInfo, Evidence, Figure, Generator, Outcome, Person, Source
from ..textutil import fold
from .answer import Answer
from .digest import Digest
from .guard import number_keys, numbers_grounded


def _resolve(ids: Iterable[str], digest: Digest) -> tuple[Evidence, ...]:
    return tuple(dict.fromkeys(ev for i in ids for ev in digest.evidence.get(i.strip(), ())))


def _numbers_of(evidence: Iterable[Evidence]) -> frozenset[str]:
    return frozenset(k for ev in evidence for k in number_keys(ev.quote))


def _words(value: str | None, allowed: frozenset[str], field: str, dropped: Counter[str]) -> str | None:
    """The model's ``value`` stripped, or None when it is empty or writes a number the data lacks."""
    text = (value or "").strip()
    if text and not numbers_grounded(text, allowed):
        dropped[field] += 1
        return None
    return text or None


def _event(answer: Answer, digest: Digest, dropped: Counter[str]) -> EventInfo:
    said, allowed = answer.event, digest.allowed_numbers
    organisers = (_words(o, allowed, "event.organisers", dropped) for o in said.organisers)
    if said.date and said.date not in digest.dates:
        dropped["event.date"] += 1
    return EventInfo(
        title=_words(said.title, allowed, "event.title", dropped),
        date=said.date if said.date in digest.dates else None,
        place=_words(said.place, allowed, "event.place", dropped),
        organisers=tuple(o for o in organisers if o),
        attendance=digest.event.attendance,
    )


def briefing_from_answer(
    answer: Answer,
    digest: Digest,
    *,
    conference_id: str,
    sources: tuple[Source, ...],
    generator: Generator,
) -> Briefing:
    """The briefing ``answer`` describes, with every cited id replaced by its source evidence."""
    dropped: Counter[str] = Counter()
    people: dict[str, Person] = {}
    for said in answer.people:
        person = digest.people.get(said.ref.strip())
        if person is None:
            dropped["people"] += 1
            continue
        role = _words(said.role, digest.allowed_numbers, "people.role", dropped)
        people.setdefault(fold(person.name), replace(person, role=role))

    figures = []
    for fig in answer.figures:
        evidence = _resolve(fig.cite, digest)
        if not evidence or not numbers_grounded(f"{fig.label} {fig.unit}", _numbers_of(evidence)):
            dropped["figures"] += 1
            continue
        figures.append(
            Figure(fig.value.strip(), fig.unit.strip(), fig.label.strip(), fig.kind, None, evidence)
        )

    outcomes = []
    for out in answer.outcomes:
        evidence = _resolve(out.cite, digest)
        if not evidence or not out.text.strip() or not numbers_grounded(out.text, _numbers_of(evidence)):
            dropped["outcomes"] += 1
            continue
        sentence = " ".join(e.quote for e in evidence)
        outcomes.append(Outcome(sentence, out.kind, "", evidence, text_en=out.text.strip()))

    notes = (
        (f"{digest.withheld} instruction-like sentence(s) withheld from the model",)
        if digest.withheld
        else ()
    )
    event = _event(answer, digest, dropped)
    return Briefing(
        id=conference_id,
        event=event,
        summary=_words(answer.lead, digest.allowed_numbers, "summary", dropped),
        people=tuple(people.values()),
        figures=tuple(figures),
        outcomes=tuple(outcomes),
        sources=sources,
        generator=generator,
        dropped_ungrounded=dict(dropped),
        notes=notes,
    )


def merge_briefings(parts: Sequence[Briefing]) -> Briefing:
    """The reduce step of map-reduce: one briefing from per-article ones, duplicates merged."""
    first = parts[0]
    events = [p.event for p in parts]
    event = EventInfo(
        title=next((e.title for e in events if e.title), None),
        date=next((e.date for e in events if e.date), None),
        place=next((e.place for e in events if e.place), None),
        organisers=tuple(dict.fromkeys(o for e in events for o in e.organisers)),
        attendance=next((e.attendance for e in events if e.attendance.delegates), first.event.attendance),
    )
    people: dict[str, Person] = {}
    figures: dict[tuple[str, str], Figure] = {}
    outcomes: dict[tuple[Evidence, ...], Outcome] = {}
    dropped: Counter[str] = Counter()
    for part in parts:
        dropped.update(part.dropped_ungrounded)
        for p in part.people:
            old = people.get(fold(p.name))
            people[fold(p.name)] = replace(old, evidence=old.evidence + p.evidence) if old else p
        for f in part.figures:
            key = (norm_value(f.value), f.unit)
            old_f = figures.get(key)
            figures[key] = replace(old_f, evidence=old_f.evidence + f.evidence) if old_f else f
        for o in part.outcomes:
            outcomes.setdefault(o.evidence, o)
    return replace(
        first,
        event=event,
        people=tuple(people.values()),
        figures=tuple(figures.values()),
        outcomes=tuple(outcomes.values()),
        dropped_ungrounded=dict(dropped),
        notes=tuple(dict.fromkeys(n for p in parts for n in p.notes)),
        summary=next((p.summary for p in parts if p.summary), None),
    )
