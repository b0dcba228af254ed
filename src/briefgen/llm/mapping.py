"""From a validated answer to a :class:`~briefgen.models.Briefing`: ids become verbatim evidence.

Nothing the model wrote is taken on trust. Cited ids that do not exist drop the item; a number
in the model's own words (a title, a role, an outcome) must be one the cited data states, or
the analysis's value is used instead; attendance comes from the analysis only. Figures are then
checked against their quotes by :func:`briefgen.grounding.verify`, which the pipeline runs.
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


def _event(answer: Answer, digest: Digest) -> EventInfo:
    said, found, allowed = answer.event, digest.event, digest.allowed_numbers

    def text_or(value: str | None, fallback: str | None) -> str | None:
        return value.strip() if value and value.strip() and numbers_grounded(value, allowed) else fallback

    organisers = tuple(o.strip() for o in said.organisers if o.strip() and numbers_grounded(o, allowed))
    return EventInfo(
        title=text_or(said.title, found.title),
        date=said.date if said.date in digest.dates else found.date,
        place=text_or(said.place, found.place),
        organisers=organisers or found.organisers,
        attendance=found.attendance,
    )


def briefing_from_answer(
    answer: Answer,
    digest: Digest,
    *,
    conference_id: str,
    sources: tuple[Source, ...],
    generator: Generator,
    language: str,
) -> Briefing:
    """The briefing ``answer`` describes, with every cited id replaced by its source evidence."""
    dropped: Counter[str] = Counter()
    people: dict[str, Person] = {}
    for said in answer.people:
        person = digest.people.get(said.ref.strip())
        if person is None:
            dropped["people"] += 1
            continue
        role = (
            said.role.strip() if said.role and numbers_grounded(said.role, digest.allowed_numbers) else None
        )
        people.setdefault(fold(person.name), replace(person, role=role or person.role))

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
        outcomes.append(Outcome(out.text.strip(), out.kind, language, evidence))

    notes = (
        (f"{digest.withheld} instruction-like sentence(s) withheld from the model",)
        if digest.withheld
        else ()
    )
    return Briefing(
        id=conference_id,
        event=_event(answer, digest),
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
    )
