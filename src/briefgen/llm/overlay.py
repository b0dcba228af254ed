"""The model writes words; the analysis owns facts: a model's briefing laid over the extractive one.

The extractive briefing is the floor. The model may give each of its items English words (the
title, a lead, roles, figure labels, one English sentence per outcome) and may add items the
analysis missed. Every word it gives is checked by :class:`~briefgen.grounding.Verifier`; what
fails is counted in ``dropped_ungrounded`` by field and the extractive value stays, so a lying or
weak model leaves the page exactly as full and as right as offline. ``model_fields`` names the
fields where the model's words were kept, so the page can say so.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeVar

from ..grounding import Verifier, norm_value
from ..models import Briefing, EventInfo, Evidence, Figure, Outcome, Person
from ..textutil import fold, squash

T = TypeVar("T")


def _overlaps(a: Sequence[Evidence], b: Sequence[Evidence]) -> bool:
    """Some quote of ``a`` and some of ``b`` are one span of one article, or one holds the other."""
    for x in a:
        for y in b:
            qx, qy = squash(x.quote), squash(y.quote)
            if x.article == y.article and qx and qy and (qx in qy or qy in qx):
                return True
    return False


def _forms(person: Person) -> set[str]:
    return {fold(person.name), *(fold(n) for n in person.native)}


class _Overlay:
    def __init__(self, check: Verifier, dropped: Counter[str]) -> None:
        self.check = check
        self.dropped = dropped
        self.fields: list[str] = []

    def take(self, field: str, ours: T, theirs: T | None, ok: Callable[[T], bool]) -> T:
        """The model's value when it gives a different one that passes ``ok``, else ours."""
        if theirs is None or theirs == ours:
            return ours
        if ok(theirs):
            self.fields.append(field)
            return theirs
        self.dropped[field] += 1
        return ours

    def event(self, base: EventInfo, said: EventInfo) -> EventInfo:
        c = self.check
        organisers = tuple(o for o in said.organisers if c.organiser_ok(o))
        self.dropped["event.organisers"] += len(said.organisers) - len(organisers)
        if organisers and {fold(o) for o in organisers} != {fold(o) for o in base.organisers}:
            self.fields.append("event.organisers")
        return replace(
            base,
            title=self.take("event.title", base.title, said.title, c.title_ok),
            place=self.take("event.place", base.place, said.place, c.place_ok),
            date=self.take("event.date", base.date, said.date, c.date_ok),
            organisers=organisers or base.organisers,
        )

    def people(self, base: Sequence[Person], said: Sequence[Person]) -> tuple[Person, ...]:
        out = []
        for person in base:
            twin = next((p for p in said if _forms(p) & _forms(person)), None)
            role = twin.role if twin else None
            out.append(
                replace(
                    person,
                    role=self.take("people.role", person.role, role, lambda r, p=person: self._role_ok(p, r)),
                )
            )
        for person in said:
            if any(_forms(person) & _forms(p) for p in base):
                continue
            kept = self.check.person(person)
            if kept is None or not self.check.role_ok(kept):
                self.dropped["people"] += 1
            else:
                out.append(kept)
                self.fields.append("people")
        return tuple(out)

    def _role_ok(self, person: Person, role: str) -> bool:
        return self.check.role_ok(replace(person, role=role))

    def figures(self, base: Sequence[Figure], said: Sequence[Figure]) -> tuple[Figure, ...]:
        out, used = [], set()
        for figure in base:
            twin = next(
                (
                    i
                    for i, f in enumerate(said)
                    if norm_value(f.value) == norm_value(figure.value)
                    and _overlaps(f.evidence, figure.evidence)
                ),
                None,
            )
            label = said[twin].label if twin is not None else None
            if twin is not None:
                used.add(twin)
            ok = lambda text, f=figure: self.check.label_ok(replace(f, label=text))  # noqa: E731
            out.append(replace(figure, label=self.take("figures.label", figure.label, label or None, ok)))
        for i, figure in enumerate(said):
            if i in used or any(norm_value(f.value) == norm_value(figure.value) for f in base):
                continue
            kept = self.check.figure(figure)
            if kept is None or not self.check.label_ok(kept):
                self.dropped["figures"] += 1
            else:
                out.append(kept)
                self.fields.append("figures")
        return tuple(out)

    def outcomes(self, base: Sequence[Outcome], said: Sequence[Outcome]) -> tuple[Outcome, ...]:
        out, used = [], set()
        for outcome in base:
            english = None
            for i, o in enumerate(said):
                if i not in used and _overlaps(o.evidence, outcome.evidence):
                    used.add(i)
                    # checked against this outcome's own evidence, as grounding will check it again
                    if english is None and self.check.outcome_words_ok(o.text_en, outcome):
                        english = o.text_en
                    elif english is None:
                        self.dropped["outcomes.text_en"] += 1
            if english:
                self.fields.append("outcomes.text_en")
            out.append(replace(outcome, text_en=english or outcome.text_en))
        for i, o in enumerate(said):
            if i in used:
                continue
            kept = self.check.outcome(o)
            if kept is None or not self.check.outcome_words_ok(o.text_en, kept):
                self.dropped["outcomes"] += 1
            else:
                out.append(replace(kept, language=self.check.language_of(kept.evidence[0].article)))
                self.fields.append("outcomes")
        return tuple(out)


def overlay(base: Briefing, said: Briefing, check: Verifier) -> Briefing:
    """``base`` (extractive) with the words of ``said`` (the model's) that ``check`` accepts.

    ``said``'s outcomes carry the model's English in ``text_en`` and their cited source sentence
    as ``text`` and evidence; its event fields, roles and labels are None/empty where the model
    gave nothing usable.
    """
    dropped: Counter[str] = Counter(said.dropped_ungrounded)
    o = _Overlay(check, dropped)
    summary = o.take("summary", base.summary, said.summary, lambda s: check.prose_ok(s, "summary"))
    return replace(
        base,
        event=o.event(base.event, said.event),
        people=o.people(base.people, said.people),
        figures=o.figures(base.figures, said.figures),
        outcomes=o.outcomes(base.outcomes, said.outcomes),
        summary=summary,
        generator=said.generator,
        notes=tuple(dict.fromkeys((*base.notes, *said.notes))),
        dropped_ungrounded={k: v for k, v in dropped.items() if v},
        model_fields=tuple(dict.fromkeys(o.fields)),
    )
