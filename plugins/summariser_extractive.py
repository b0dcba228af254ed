"""The offline summariser: merge what the language analysis found, rank it, keep it all in order.

Nothing is rephrased: people, figures and outcomes are the ones the documents carry, each with
its evidence. Ranking is the whole job, because the PDF renderer drops items from the end of
each list when the page is full: people who chaired, opened, closed or presented come first,
measures (growth, poverty, jobs) before mere counts, requests and tasks before conclusions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

import briefgen
from briefgen import hookimpl
from briefgen.analysis.profile import ACTS, OUTCOME_KINDS
from briefgen.models import (
    Attendance,
    Briefing,
    Conference,
    Document,
    EventInfo,
    Figure,
    Generator,
    Outcome,
    Person,
    Source,
)
from briefgen.protocols import Settings
from briefgen.textutil import fold, slug

FIGURE_ORDER = ("economic", "social", "rate", "attendance", "legal_reference", "count", "term", "other")


def _unique(items: Iterable) -> tuple:
    return tuple(dict.fromkeys(items))


def merge_people(documents: Sequence[Document]) -> list[Person]:
    """One Person per folded canonical name, with every native form, act and piece of evidence."""
    merged: dict[str, Person] = {}
    for doc in documents:
        for person in doc.people:
            key = fold(person.name)
            seen = merged.get(key)
            if seen is None:
                merged[key] = person
                continue
            longer = person if len(person.role_source or "") > len(seen.role_source or "") else seen
            merged[key] = replace(
                seen,
                role=longer.role,
                role_source=longer.role_source,
                native=_unique([*seen.native, *person.native]),
                acts=tuple(a for a in ACTS if a in {*seen.acts, *person.acts}),
                evidence=_unique([*seen.evidence, *person.evidence]),
            )
    return list(merged.values())


def rank_people(people: Sequence[Person]) -> list[Person]:
    def first_act(p: Person) -> int:
        return min((ACTS.index(a) for a in p.acts), default=len(ACTS))

    return sorted(people, key=first_act)  # stable: order of appearance breaks ties


def merge_figures(documents: Sequence[Document]) -> list[Figure]:
    merged: dict[tuple[str, str], Figure] = {}
    for doc in documents:
        for figure in doc.figures:
            key = (figure.value, figure.unit)
            seen = merged.get(key)
            merged[key] = (
                figure
                if seen is None
                else replace(seen, evidence=_unique([*seen.evidence, *figure.evidence]))
            )
    return sorted(
        merged.values(),
        key=lambda f: FIGURE_ORDER.index(f.kind) if f.kind in FIGURE_ORDER else len(FIGURE_ORDER),
    )


def merge_outcomes(documents: Sequence[Document]) -> list[Outcome]:
    outcomes = {o.text: o for doc in documents for o in doc.outcomes}
    return sorted(
        outcomes.values(), key=lambda o: OUTCOME_KINDS.index(o.kind) if o.kind in OUTCOME_KINDS else 99
    )


def merge_event(documents: Sequence[Document]) -> EventInfo:
    events = [d.event for d in documents]
    dates = [e.date for e in events if e.date]
    places = Counter(e.place for e in events if e.place)

    def most(values: Iterable[int | None]) -> int | None:
        return max((v for v in values if v is not None), default=None)

    return EventInfo(
        title=next((e.title for e in events if e.title), None),
        date=max(dates, key=len) if dates else None,  # the most precise date any source gives
        place=places.most_common(1)[0][0] if places else None,
        organisers=_unique(o for e in events for o in e.organisers),
        attendance=Attendance(
            delegates=most(e.attendance.delegates for e in events),
            provinces=most(e.attendance.provinces for e in events),
        ),
    )


def briefing_id(event: EventInfo, fallback: str) -> str:
    """Readable and stable: "<date>-<place>-<first words of the title>"."""
    place = re.sub(r"\s+(?:province|city)$", "", event.place or "")
    title = " ".join(w for w in (event.title or "").split() if not re.fullmatch(r"\d{4}", w))
    title = " ".join(title.split()[:6])
    parts = [event.date or "", slug(place) if place else "", slug(title, 50) if title else ""]
    return "-".join(p for p in parts if p) or slug(fallback)


class ExtractiveSummariser:
    name = "extractive"

    def summarise(self, conference: Conference, settings: Settings) -> Briefing:
        documents = conference.documents
        event = merge_event(documents)
        return Briefing(
            id=briefing_id(event, conference.id),
            event=event,
            people=tuple(rank_people(merge_people(documents))),
            figures=tuple(merge_figures(documents)),
            outcomes=tuple(merge_outcomes(documents)),
            sources=tuple(
                Source(d.article.id, d.article.path, d.language, d.article.title, d.article.url)
                for d in documents
            ),
            generator=Generator("extractive", None, briefgen.__version__),
        )


@hookimpl
def register_summarisers(register):
    register(ExtractiveSummariser())
