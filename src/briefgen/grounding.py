"""Verify every fact of a briefing against its sources before anything is rendered.

A summariser (an LLM above all) may invent a number, paraphrase a quote, name someone no article
mentions, or write a place, organiser, role or outcome the sources never state. Each item must
cite evidence whose quote is a verbatim span of the cited article's cleaned text; a figure's
value must be a number the quote states *as a number* (read by the language's own number reader,
so "350" never grounds "35" and a date never grounds "620"), with a unit the quote or the
analysis gives; a person must be someone the language analysis found; a role, an organiser or an
outcome must share its content words with what it cites (:func:`support`), and its numbers and
names must be there. The event's place and date must be the analysis's or stated by a source.
Items that fail are dropped and counted by field, never shown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

from .analysis.language import installed_profiles
from .models import Briefing, Conference, EventInfo, Evidence, Figure, Outcome, Person
from .textutil import DIGITS, fold, squash

NumberReader = Callable[[str], Iterable[str]]

# Share of a model-written phrase's content words that what it cites must also contain. Measured
# on the seeds with the loopback fakes (docs/hostile.md): the analysis's own outcomes, roles and
# organisers score 1.0 against their evidence (lowest 0.67, an outcome whose list lead is
# outside its item's quote); the lying fake's inventions score 0.0-0.33.
SUPPORT_THRESHOLD = 0.5

# Longest model-written strings a one-page briefing can show; longer ones are not rendered.
MAX_CHARS = {
    "title": 200,
    "place": 120,
    "organiser": 160,
    "role": 160,
    "label": 80,
    "outcome": 400,
    "summary": 900,
}

_WORD = re.compile(r"\d+(?:[.,/-]\d+)*(?:/[a-z-]+)?|[^\W\d_]+", re.UNICODE)
# Numbers written with digits where no language reader is known: token boundaries, either
# decimal convention, thousands groups (norm_value decides what a group means, as the scorer does);
# an Arabic clitic may be glued in front ("و12500": "and 12,500").
_PLAIN_NUMBER = re.compile(
    r"(?:(?<![\w.,/])|(?<=[\u0600-\u06ff]))"
    r"(?:\d{1,3}(?:[.,\u00a0\u202f\u066c ]\d{3})+(?!\d)|\d+(?:[.,\u066b]\d+)?)(?![\d/]|[.,]\d)"
)
_SCALES = ("thousand", "million", "billion")


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


_PACKS_WORDS: dict[tuple[str, ...], tuple[frozenset[str], re.Pattern[str]]] = {}


def _packs_words() -> tuple[frozenset[str], re.Pattern[str]]:
    """The installed packs' function words, and a matcher of a percent in any of their languages."""
    profiles = installed_profiles()
    key = tuple(p.code for p in profiles)
    if key not in _PACKS_WORDS:
        function = frozenset(fold(w) for p in profiles for w in p.function_words)
        percent = sorted({fold(w) for p in profiles for w in p.percent_words}, key=len, reverse=True)
        words = "".join(rf"|(?<!\w){re.escape(w)}(?!\w)" for w in percent)
        _PACKS_WORDS[key] = (function, re.compile(rf"[%\u066a]{words}"))
    return _PACKS_WORDS[key]


def _stop() -> frozenset[str]:
    return _packs_words()[0]


def _percent() -> re.Pattern[str]:
    return _packs_words()[1]


@lru_cache(maxsize=2048)
def content_words(text: str | None) -> frozenset[str]:
    """The words that carry meaning, folded: names, numbers, nouns and verbs, not "the" or "của".

    Cached: a conference's checks ask for the same quotes, labels and whole documents again for
    every figure, role and place, and folding them each time was most of grounding's cost. The
    bound keeps a long run's memory flat (a conference asks for a few hundred texts at most).
    """
    words = _WORD.findall(fold((text or "").translate(DIGITS)))
    stop = _stop()
    return frozenset(
        norm_value(w) if w[0].isdigit() else w
        for w in words
        if w[0].isdigit() or (len(w) > 2 and w not in stop)
    )


def support(text: str | None, sources: Iterable[str]) -> float:
    """The share of ``text``'s content words that ``sources`` contain (1.0 for a text with none)."""
    words = content_words(text)
    if not words:
        return 1.0
    known: set[str] = set()
    for source in sources:
        known |= content_words(source)
    return len(words & known) / len(words)


def too_long(text: str | None, field: str) -> bool:
    return len(text or "") > MAX_CHARS[field]


def _plain_numbers(text: str) -> set[str]:
    return {norm_value(m) for m in _PLAIN_NUMBER.findall(text.translate(DIGITS))}


def _names(text: str) -> set[str]:
    """Capitalised Latin words after the first: what a sentence names (people, places, bodies)."""
    words = re.findall(r"[^\W\d_]+", text)
    stop = _stop()
    return {fold(w) for w in words[1:] if w[0].isupper() and fold(w) not in stop and len(w) > 2}


class Verifier:
    """Checks items of one conference's briefing against that conference's documents."""

    def __init__(self, conference: Conference, numbers: dict[str, NumberReader] | None = None) -> None:
        docs = conference.documents
        self._texts = {d.article.id: squash(d.text) for d in docs}
        self._credits = {d.article.id: {squash(c) for c in d.credits} for d in docs}
        self.sources = [fold(d.text) for d in docs]
        self._language = {d.article.id: d.language for d in docs}
        self._numbers = numbers or {}
        self._names: set[str] = set()
        for doc in docs:
            for person in doc.people:
                self._names.add(fold(person.name))
                self._names.update(fold(n) for n in person.native)
        self._units = {(d.article.id, norm_value(f.value), fold(f.unit)) for d in docs for f in d.figures}
        self._people = [n for d in docs for p in d.people for n in (p.name, *p.native)]
        self._roles = {fold(p.role) for d in docs for p in d.people if p.role}
        self._events = [d.event for d in docs]
        self._organisers = {fold(o) for e in self._events for o in e.organisers}
        # the analysis's English: what a model writing English may repeat about these sources
        self._labels = [
            *(f"{p.name} {p.role or ''}" for d in docs for p in d.people),
            *(f"{f.label} {f.unit}" for d in docs for f in d.figures),
            *(f"{e.title or ''} {e.place or ''} {' '.join(e.organisers)}" for e in self._events),
            *(o.frame or "" for d in docs for o in d.outcomes),
        ]

    def language_of(self, article: str) -> str:
        return self._language.get(article, "")

    def quote_ok(self, evidence: Evidence) -> bool:
        quote = squash(evidence.quote)
        return bool(quote) and (
            quote in self._texts.get(evidence.article, "") or quote in self._credits.get(evidence.article, ())
        )

    def numbers_in(self, evidence: Evidence) -> set[str]:
        """The values ``evidence`` states as numbers, read the way its language writes them.

        A reader that finds nothing (a minimal language plugin) gives way to a digits tokeniser
        with token boundaries, so it costs no figure yet grounds no near-miss either.
        """
        reader = self._numbers.get(self._language.get(evidence.article, ""))
        read = {norm_value(v) for v in reader(evidence.quote)} if reader is not None else set()
        # no reader, or one that reads no number at all where digits stand: digits with token boundaries
        return read or _plain_numbers(evidence.quote)

    def value_in(self, value: str, evidence: Evidence) -> bool:
        wanted = norm_value(value)
        if wanted in self.numbers_in(evidence):
            return True
        # a code or range ("47/NQ-CP", "2023-2025") a reader without code rules still shows whole
        return bool(re.search(r"\D", wanted)) and bool(
            re.search(rf"(?<![\w/]){re.escape(wanted)}(?![\w/])", fold(evidence.quote))
        )

    def unit_ok(self, figure: Figure, evidence: Evidence) -> bool:
        """The unit is the analysis's for this value, or the quote says it (a percent sign, the noun)."""
        unit = fold(figure.unit)
        if not unit or (evidence.article, norm_value(figure.value), unit) in self._units:
            return True
        quote = fold(evidence.quote)
        percent = _percent()
        if percent.search(unit):
            return bool(percent.search(quote))
        words = content_words(unit) - set(_SCALES)
        return bool(words) and words <= content_words(quote)

    def person_ok(self, person: Person) -> bool:
        forms = {fold(person.name), *(fold(n) for n in person.native)}
        return bool(forms & self._names)

    def evidence_ok(self, items: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
        return tuple(e for e in items if self.quote_ok(e))

    def figure(self, figure: Figure) -> Figure | None:
        good = tuple(
            e
            for e in self.evidence_ok(figure.evidence)
            if self.value_in(figure.value, e) and self.unit_ok(figure, e)
        )
        return replace(figure, evidence=good) if good and not too_long(figure.label, "label") else None

    def label_ok(self, figure: Figure) -> bool:
        """A figure's label says what its quotes or the analysis's labels say ("delegates", not "tanks")."""
        sources = [*(e.quote for e in figure.evidence), *self._labels]
        return not too_long(figure.label, "label") and support(figure.label, sources) >= SUPPORT_THRESHOLD

    def role_ok(self, person: Person) -> bool:
        if not person.role or fold(person.role) in self._roles:
            return True
        sources = [person.name, *person.native, *(e.quote for e in person.evidence), *self._labels]
        return not too_long(person.role, "role") and support(person.role, sources) >= SUPPORT_THRESHOLD

    def person(self, person: Person) -> Person | None:
        good = self.evidence_ok(person.evidence)
        if not good or not self.person_ok(person):
            return None
        return replace(person, evidence=good)

    def phrase_ok(self, text: str | None, sources: Iterable[str], field: str) -> bool:
        """Model prose: short, mostly the words of ``sources``, and every number and name in it theirs."""
        if not text:
            return True
        sources = list(sources)
        if too_long(text, field) or support(text, sources) < SUPPORT_THRESHOLD:
            return False
        stated = set().union(*(content_words(q) for q in sources))
        numbers = {w for w in content_words(text) if w[0].isdigit()}
        return numbers <= stated and _names(text) <= stated

    def outcome_words_ok(self, text: str | None, outcome: Outcome) -> bool:
        """An outcome's English against its cited sentences, its frame and the names of the people."""
        sources = [*(e.quote for e in outcome.evidence), outcome.frame or "", *self._people]
        return self.phrase_ok(text, sources, "outcome")

    def prose_ok(self, text: str | None, field: str) -> bool:
        """A title or lead against everything the sources and the analysis's English say."""
        return self.phrase_ok(text, [*self.sources, *self._labels], field)

    def outcome(self, outcome: Outcome) -> Outcome | None:
        """The outcome with its verbatim evidence; its English (``text_en``) is checked apart."""
        good = self.evidence_ok(outcome.evidence)
        return replace(outcome, evidence=good) if good else None

    def place_ok(self, place: str | None) -> bool:
        """The analysis's place, or one a source names (every word of it, folded)."""
        if not place:
            return True
        if fold(place) in {fold(e.place) for e in self._events if e.place}:
            return True
        words = content_words(place)
        return (
            not too_long(place, "place")
            and bool(words)
            and any(words <= content_words(t) for t in self.sources)
        )

    def date_ok(self, date: str | None) -> bool:
        return not date or date in {e.date for e in self._events} | {e.date_end for e in self._events}

    def organiser_ok(self, organiser: str) -> bool:
        """The analysis's organiser, or a name every word of which the sources state: a body is named
        whole ("Ministry of Truth" shares "ministry" with many a report)."""
        if fold(organiser) in self._organisers:
            return True
        return not too_long(organiser, "organiser") and support(organiser, self.sources) == 1.0

    def title_ok(self, title: str | None) -> bool:
        if not title or fold(title) in {fold(e.title) for e in self._events if e.title}:
            return True
        return self.prose_ok(title, "title")

    def event(self, event: EventInfo, dropped: Counter[str]) -> EventInfo:
        """``event`` with each field the sources do not support emptied, and counted."""
        checks = {"title": self.title_ok, "place": self.place_ok, "date": self.date_ok}
        changes: dict[str, object] = {}
        for name, ok in checks.items():
            if not ok(getattr(event, name)):
                dropped[f"event.{name}"] += 1
                changes[name] = None
        organisers = tuple(o for o in event.organisers if self.organiser_ok(o))
        if len(organisers) < len(event.organisers):
            dropped["event.organisers"] += len(event.organisers) - len(organisers)
            changes["organisers"] = organisers
        return replace(event, **changes) if changes else event  # type: ignore[arg-type]


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

    def role(person: Person) -> Person:
        if check.role_ok(person):
            return person
        dropped["people.role"] += 1
        return replace(person, role=None)

    def english(outcome: Outcome) -> Outcome:
        if check.outcome_words_ok(outcome.text_en, outcome):
            return outcome
        dropped["outcomes.text_en"] += 1
        return replace(outcome, text_en=None)

    def label(figure: Figure) -> Figure:
        if check.label_ok(figure):
            return figure
        dropped["figures.label"] += 1
        return replace(figure, label="")

    summary = briefing.summary
    # the offline lead is built from facts already checked; a model's lead is checked like its outcomes
    if briefing.generator.summariser != "extractive" and not check.phrase_ok(
        summary, check.sources, "summary"
    ):
        dropped["summary"] += 1
        summary = None
    return replace(
        briefing,
        event=check.event(briefing.event, dropped),
        people=tuple(role(p) for p in keep("people", briefing.people, check.person)),
        figures=tuple(label(f) for f in keep("figures", briefing.figures, check.figure)),
        outcomes=tuple(english(o) for o in keep("outcomes", briefing.outcomes, check.outcome)),
        summary=summary,
        dropped_ungrounded={k: v for k, v in dropped.items() if v},
    )
