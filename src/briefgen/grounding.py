"""Verify every fact of a briefing against its sources before anything is rendered.

A summariser (an LLM above all) may invent a number, paraphrase a quote or name someone no
article mentions. Each item must cite evidence whose quote is a verbatim span of the cited
article's cleaned text; a figure's value must be a number stated in that quote; a person must be
someone the language analysis found. Items that fail are dropped and counted, never shown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace

from .models import Briefing, Conference, Evidence, Figure, Outcome, Person
from .textutil import DIGITS, digits_of, fold, squash

NumberReader = Callable[[str], Iterable[str]]


def norm_value(value: str) -> str:
    """Canonical figure value: "6,1" -> "6.1", "33.000"/"33,000" -> "33000", codes kept."""
    v = str(value).translate(DIGITS).strip().replace("٫", ".").replace("٬", ",")
    v = v.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+", v):
        return re.sub(r"[.,]", "", v)
    if re.fullmatch(r"\d+,\d+", v):
        v = v.replace(",", ".")
    if re.fullmatch(r"\d+\.\d+", v):
        v = v.rstrip("0").rstrip(".")
    return v.casefold()


class Verifier:
    """Checks items of one conference's briefing against that conference's documents."""

    def __init__(self, conference: Conference, numbers: dict[str, NumberReader] | None = None) -> None:
        self._texts = {d.article.id: squash(d.text) for d in conference.documents}
        self._language = {d.article.id: d.language for d in conference.documents}
        self._numbers = numbers or {}
        self._names: set[str] = set()
        for doc in conference.documents:
            for person in doc.people:
                self._names.add(fold(person.name))
                self._names.update(fold(n) for n in person.native)

    def quote_ok(self, evidence: Evidence) -> bool:
        quote = squash(evidence.quote)
        return bool(quote) and quote in self._texts.get(evidence.article, "")

    def value_in(self, value: str, evidence: Evidence) -> bool:
        wanted = norm_value(value)
        reader = self._numbers.get(self._language.get(evidence.article, ""))
        if reader is not None and wanted in {norm_value(v) for v in reader(evidence.quote)}:
            return True
        digits = digits_of(wanted)
        return bool(digits) and digits in digits_of(evidence.quote)

    def person_ok(self, person: Person) -> bool:
        forms = {fold(person.name), *(fold(n) for n in person.native)}
        return bool(forms & self._names)

    def evidence_ok(self, items: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        return tuple(e for e in items if self.quote_ok(e))

    def figure(self, figure: Figure) -> Figure | None:
        good = tuple(e for e in self.evidence_ok(figure.evidence) if self.value_in(figure.value, e))
        return replace(figure, evidence=good) if good else None

    def person(self, person: Person) -> Person | None:
        good = self.evidence_ok(person.evidence)
        return replace(person, evidence=good) if good and self.person_ok(person) else None

    def outcome(self, outcome: Outcome) -> Outcome | None:
        good = self.evidence_ok(outcome.evidence)
        return replace(outcome, evidence=good) if good else None


def verify(
    briefing: Briefing, conference: Conference, numbers: dict[str, NumberReader] | None = None
) -> Briefing:
    """Return ``briefing`` keeping only grounded items; counts of the dropped go in ``dropped_ungrounded``."""
    check = Verifier(conference, numbers)
    dropped: Counter[str] = Counter(briefing.dropped_ungrounded)

    def keep(kind: str, items: tuple, fn: Callable) -> tuple:
        kept = []
        for item in items:
            good = fn(item)
            if good is None:
                dropped[kind] += 1
            else:
                kept.append(good)
        return tuple(kept)

    return replace(
        briefing,
        people=keep("people", briefing.people, check.person),
        figures=keep("figures", briefing.figures, check.figure),
        outcomes=keep("outcomes", briefing.outcomes, check.outcome),
        dropped_ungrounded={k: v for k, v in dropped.items() if v},
    )
