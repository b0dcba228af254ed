"""One conference's documents merged into one set of facts, disagreements kept visible.

Pure functions over Documents; a summariser picks and orders from what they return. The rules:

- people: one entry per person across scripts and spellings (see ``grouping.names``), with every
  native form, act and piece of evidence; the displayed name is the spelling most sources that
  wrote the name in Latin script agree on, since a transliteration from Arabic is a guess.
- figures: the same value for the same thing (label and unit) is one figure with the evidence of
  every source. When sources each state one value for a thing and the values differ (350 vs 360
  delegates), the value most sources give is kept and a :class:`Conflict` records all of them.
  A source that itself gives several values for one label (5 and 8 task groups) lists facts, not a
  disagreement.
- outcomes: translations and near-copies of one outcome are one outcome with all their evidence
  (one fact once); the wording shown is the English source's where there is one, else the most
  complete one, the others staying as its evidence. Its speaker is the merged person's displayed
  name, and a copy that names the speaker or the occasion fills in what the wording lacked.
- sources: each article with its language; a note says how many languages and outlets covered it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar
from urllib.parse import urlsplit

from rapidfuzz import fuzz

from .analysis.sounds import latin_skeletons, sounds_alike
from .grouping.features import figure_weight, parse_date
from .grouping.names import name_tokens, same_person
from .grouping.places import place_keys
from .grouping.scoring import dates_conflict, provinces_conflict
from .langnames import language_name
from .models import (
    Attendance,
    Conflict,
    Document,
    EventInfo,
    Evidence,
    Figure,
    Outcome,
    Person,
    Source,
)
from .textutil import DIGITS, fold, has_arabic

# Same-language outcomes this similar (token order ignored) are copies of one statement.
OUTCOME_SIMILARITY = 85.0
T = TypeVar("T")


@dataclass(frozen=True)
class Merged:
    """Everything one conference's sources say, merged; the input a summariser selects from."""

    event: EventInfo
    people: tuple[Person, ...]
    figures: tuple[Figure, ...]
    outcomes: tuple[Outcome, ...]
    sources: tuple[Source, ...]
    conflicts: tuple[Conflict, ...]
    notes: tuple[str, ...]


def _unique(items: Sequence[T]) -> tuple[T, ...]:
    return tuple(dict.fromkeys(items))


def _majority(values: Sequence[T], key: Callable[[T], Hashable] = lambda v: v) -> T:
    """The most frequent value; ties go to the one seen first."""
    counts = Counter(key(v) for v in values)
    return max(values, key=lambda v: (counts[key(v)], -values.index(v)))


# --- people ------------------------------------------------------------------------------------


def merge_people(documents: Sequence[Document]) -> tuple[Person, ...]:
    """One Person per individual across all documents, in order of first mention."""
    clusters: list[list[Person]] = []
    for document in documents:
        for person in document.people:
            home = next(
                (
                    c
                    for c in clusters
                    if any(same_person(person.name, p.name) or set(person.native) & set(p.native) for p in c)
                ),
                None,
            )
            if home is None:
                clusters.append([person])
            else:
                home.append(person)
    return tuple(_combine_people(c) for c in _join_heard(_fold_one_word(clusters)))


def _fold_one_word(clusters: list[list[Person]]) -> list[list[Person]]:
    """Clusters of a one-word name ("Barrot" in one report) joined to the one fuller name holding it.

    An article may give only a surname after a title where another gives the full name; a word two
    fuller names hold, or none, stays its own person.
    """
    full = [c for c in clusters if all(len(name_tokens(p.name)) > 1 for p in c)]
    words_of = [{t for p in c for t in name_tokens(p.name)} for c in full]
    kept: list[list[Person]] = []
    for cluster in clusters:
        names = {name_tokens(p.name) for p in cluster}
        word = next(iter(names))[0] if len(names) == 1 and len(next(iter(names))) == 1 else None
        holders = [c for c, words in zip(full, words_of, strict=True) if word in words] if word else []
        if len(holders) == 1:
            holders[0].extend(cluster)
        else:
            kept.append(cluster)
    return kept


def _join_heard(clusters: list[list[Person]]) -> list[list[Person]]:
    """Clusters of a name written only in another script joined to the one Latin name it sounds like.

    An Arabic report's "محمد خالد نوردين" is read back as a guess ("Mahmud Kalda Nordin"); when
    another report of the conference spells a person with the same consonants ("Mohamed Khaled
    Nordin"), they are one person under the Latin spelling. No match, or two, and it stays apart.
    """
    latin = [c for c in clusters if not any(p.sounds for p in c)]
    spelled = [{latin_skeletons(p.name) for p in c} for c in latin]
    kept: list[list[Person]] = []
    for cluster in clusters:
        heard = {p.sounds for p in cluster} if all(p.sounds for p in cluster) else set()
        homes = [
            c
            for c, names in zip(latin, spelled, strict=True)
            if any(sounds_alike(h, w) for h in heard for w in names)
        ]
        if len(homes) == 1:
            homes[0].extend(cluster)
        else:
            kept.append(cluster)
    return kept


def _combine_people(persons: list[Person]) -> Person:
    def latin_votes(name: str) -> int:
        return sum(1 for p in persons if p.name == name and any(not has_arabic(n) for n in p.native))

    names = [p.name for p in persons]
    name = max(names, key=lambda n: (latin_votes(n), names.count(n), -names.index(n)))
    # The role most sources give wins (one misattributed role is outvoted); among equals, the
    # fullest description ("Deputy Minister" over a clipped "Minister").
    roles = Counter(fold(p.role) for p in persons if p.role)
    first = max(
        persons,
        key=lambda p: (roles[fold(p.role)] if p.role else 0, len(p.role_source or ""), -persons.index(p)),
    )
    return Person(
        name=name,
        role=first.role,
        role_source=first.role_source,
        native=_unique([n for p in persons for n in p.native]),
        acts=_unique([a for p in persons for a in p.acts]),
        evidence=_unique([e for p in persons for e in p.evidence]),
    )


# --- figures -----------------------------------------------------------------------------------


def _measure(figure: Figure) -> tuple[str, str, str]:
    """What a figure measures: its label and unit.

    A distinctive value (13.45 %, 47/NQ-CP, 33000) in the same unit is one fact whatever each
    language's lexicon called it ("growth rate", "economic growth rate"); an unlabelled figure
    only matches its twin.
    """
    label, unit, value = fold(figure.label), fold(figure.unit), _value(figure)
    if figure_weight(value, unit) >= 1.0 or not label:
        return ("", unit, value)
    return (label, unit, "")


def _value(figure: Figure) -> str:
    return figure.value.translate(DIGITS).strip().casefold()


def merge_figures(documents: Sequence[Document]) -> tuple[tuple[Figure, ...], tuple[Conflict, ...]]:
    """Figures merged by what they measure, and the disagreements between sources."""
    by_measure: dict[tuple[str, str, str], list[tuple[int, Figure]]] = {}
    for d, document in enumerate(documents):
        for figure in document.figures:
            by_measure.setdefault(_measure(figure), []).append((d, figure))
    figures: list[Figure] = []
    conflicts: list[Conflict] = []
    for items in by_measure.values():
        per_doc: dict[int, set[str]] = {}
        for d, figure in items:
            per_doc.setdefault(d, set()).add(_value(figure))
        values = _unique([_value(f) for _, f in items])
        disagree = len(values) > 1 and all(len(v) == 1 for v in per_doc.values())
        if disagree:
            kept = _majority([_value(f) for _, f in items])
            conflicts.append(
                Conflict(
                    label=items[0][1].label or items[0][1].unit,
                    values=(kept, *[v for v in values if v != kept]),
                    evidence=_unique([e for _, f in items for e in f.evidence]),
                )
            )
            values = (kept,)
        for value in values:
            same = [f for _, f in items if _value(f) == value]
            figures.append(
                replace(
                    same[0],
                    qualifier=next((f.qualifier for f in same if f.qualifier), None),
                    evidence=_unique([e for f in same for e in f.evidence]),
                )
            )
    return tuple(figures), tuple(conflicts)


# --- outcomes ----------------------------------------------------------------------------------


def _numbers(text: str) -> frozenset[str]:
    digits = "".join(c if c.isdigit() else " " for c in text.translate(DIGITS))
    return frozenset(digits.split())


def _signature(outcome: Outcome, people: Sequence[Person]) -> frozenset[str]:
    """Script-neutral content of an outcome: the numbers it states and the people it names."""
    text = " ".join([outcome.text, *(e.quote for e in outcome.evidence)])
    folded = fold(text)
    named = {
        f"person:{p.name}"
        for p in people
        if any(n and n in text for n in p.native) or (p.name and fold(p.name) in folded)
    }
    return _numbers(text) | named


def _same_outcome(a: Outcome, b: Outcome, sig_a: frozenset[str], sig_b: frozenset[str]) -> bool:
    if a.language == b.language:
        return a.kind == b.kind and fuzz.token_sort_ratio(fold(a.text), fold(b.text)) >= OUTCOME_SIMILARITY
    # Translations share no words (and each language's cues may call one request a proposal):
    # they must state the same numbers, name the same people and be of comparable length.
    lengths = sorted((len(a.text), len(b.text)))
    return bool(sig_a) and sig_a == sig_b and lengths[1] <= 2.5 * lengths[0]


def _wording(copies: Sequence[Outcome]) -> Outcome:
    """One statement's copies as one outcome: the English wording if a source has one (a reader
    checks the English quote directly), else the most complete; every copy's evidence, the shown
    wording's first."""
    english = [o for o in copies if o.language == "en"]
    shown = english[0] if english else max(copies, key=lambda o: (len(o.text), -copies.index(o)))
    return replace(
        shown,
        evidence=_unique([*shown.evidence, *(e for o in copies for e in o.evidence)]),
        speaker=shown.speaker or next((o.speaker for o in copies if o.speaker), None),
        occasion=shown.occasion or next((o.occasion for o in copies if o.occasion), None),
    )


def merge_outcomes(documents: Sequence[Document], people: Sequence[Person] = ()) -> tuple[Outcome, ...]:
    """Outcomes with translations and copies of one statement merged (see :func:`_wording`).

    A copy is recognised against the first wording of its statement, so which wording is shown
    does not change what counts as the same statement.
    """
    people = people or merge_people(documents)
    kept: list[tuple[Outcome, frozenset[str]]] = []
    copies: list[list[Outcome]] = []
    for document in documents:
        # Only statements of earlier documents can be translations of this one's; comparing within
        # a document as well made one huge article quadratic (15k outcomes: 15 s).
        earlier = len(kept)
        for outcome in document.outcomes:
            outcome = replace(outcome, speaker=_displayed(outcome.speaker, people))
            signature = _signature(outcome, people)
            match = next(
                (k for k in range(earlier) if _same_outcome(kept[k][0], outcome, kept[k][1], signature)),
                None,
            )
            if match is None:
                kept.append((outcome, signature))
                copies.append([outcome])
            else:
                copies[match].append(outcome)
    return tuple(_wording(c) for c in copies)


def _displayed(speaker: str | None, people: Sequence[Person]) -> str | None:
    """The merged person's name for a document's canonical ``speaker`` (spellings differ by source)."""
    if speaker is None:
        return None
    return next((p.name for p in people if p.name == speaker), None) or next(
        (p.name for p in people if same_person(speaker, p.name)), speaker
    )


# --- event, sources, coverage ------------------------------------------------------------------


def _agreed(
    label: str, values: list[T], evidence: tuple[Evidence, ...] = ()
) -> tuple[T | None, list[Conflict]]:
    if not values:
        return None, []
    kept = _majority(values)
    others = _unique([v for v in values if v != kept])
    conflict = Conflict(label, tuple(str(v) for v in (kept, *others)), evidence) if others else None
    return kept, [conflict] if conflict else []


def _names_which(title: str | None) -> bool:
    """Whether an event's name ``title`` numbers its edition ("153rd") or names a body by its acronym."""
    return bool(re.search(r"\b\d+(?:st|nd|rd|th)\b|\b[A-Z]{2,}\b", title or ""))


def _name_words(title: str | None) -> int:
    """How many words of an event's name ``title`` holds, not counting its year or period."""
    return sum(1 for w in (title or "").split() if not w.replace("-", "").isdigit())


def merge_event(documents: Sequence[Document]) -> tuple[EventInfo, tuple[Conflict, ...]]:
    """One EventInfo: the most precise date and place the sources agree on, all organisers."""
    events = [d.event for d in documents]
    conflicts: list[Conflict] = []
    dates = [e.date for e in events if e.date and parse_date(e.date)[:1] not in {(), (0,)}]
    # a report of one day ("wrapped up on Wednesday") agrees with another's span ("ngày 22-24/9")
    spans = {e.date: e.date_end for e in events if e.date and e.date_end}
    single = {e.date for e in events if e.date and not e.date_end}

    def within(day: str, first: str) -> bool:
        return day == first or (
            day in single and first in spans and len(day) == len(first) and first <= day <= spans[first]
        )

    # a day no report gives the year of ("XXXX-05-30") still dates the event when no report does better
    yearless = [e.date for e in events if e.date and e.date.startswith("XXXX-")]
    date = max(dates, key=lambda v: (len(parse_date(v)), sum(within(d, v) for d in dates)), default=None)
    date = date or max(yearless, key=yearless.count, default=None)
    if date and any(dates_conflict(parse_date(date), parse_date(v)) and not within(v, date) for v in dates):
        conflicts.append(Conflict("date", _unique([date, *dates])))
    # the last day from the sources that give the same first day: a span starts where the event does
    ends = [e.date_end for e in events if e.date_end and e.date == date]
    date_end = max(ends, key=ends.count, default=None)
    places = [e.place for e in events if e.place]
    place = max(places, key=lambda v: (len(place_keys(v).keys), places.count(v)), default=None)
    if place and any(
        provinces_conflict(place_keys(place).provinces, place_keys(v).provinces) for v in places
    ):
        conflicts.append(Conflict("place", _unique([place, *places])))
    delegates, found = _agreed(
        "delegates", [e.attendance.delegates for e in events if e.attendance.delegates]
    )
    conflicts += found
    provinces, found = _agreed(
        "provinces", [e.attendance.provinces for e in events if e.attendance.provinces]
    )
    conflicts += found
    # every report's title is an English name now: one that numbers the edition or names the body by
    # its acronym ("153rd IPU General Assembly") says which event it is, then the fullest one wins
    # (years aside), an English report's name as written on a tie, since it needed no rendering
    titled = [d for d in documents if d.event.title]
    best = max(
        titled,
        key=lambda d: (_names_which(d.event.title), _name_words(d.event.title), d.language == "en"),
        default=None,
    )
    title = best.event.title if best else None
    organisers = {fold(o): o for e in reversed(events) for o in reversed(e.organisers)}
    event = EventInfo(
        title=title,
        date=date,
        date_end=date_end,
        place=place,
        organisers=tuple(reversed(organisers.values())),
        attendance=Attendance(delegates=delegates, provinces=provinces),
    )
    return event, tuple(conflicts)


def list_sources(documents: Sequence[Document]) -> tuple[Source, ...]:
    return tuple(
        Source(
            id=d.article.id,
            path=d.article.path,
            language=d.language,
            title=d.article.title or d.event.title,
            url=d.article.url,
        )
        for d in documents
    )


def outlet(url: str | None) -> str | None:
    """The outlet an article came from: its URL's host without ``www.``."""
    host = urlsplit(url or "").hostname or ""
    return host.removeprefix("www.") or None


def coverage_note(documents: Sequence[Document]) -> str:
    """ "Reported by 3 articles in 2 languages (Arabic, Vietnamese); outlets: a.vn, b.com"."""
    languages = sorted({language_name(d.language) for d in documents})
    outlets = sorted({o for d in documents if (o := outlet(d.article.url))})
    unknown = sum(1 for d in documents if not outlet(d.article.url))
    articles = f"{len(documents)} article{'s' if len(documents) != 1 else ''}"
    note = f"Reported by {articles} in {len(languages)} language{'s' if len(languages) != 1 else ''} "
    note += f"({', '.join(languages)})"
    if outlets:
        note += f" from {len(outlets)} outlet{'s' if len(outlets) != 1 else ''} ({', '.join(outlets)})"
        if unknown:
            note += f" and {unknown} article{'s' if unknown != 1 else ''} of unstated origin"
    else:
        note += "; outlets not stated in the sources"
    return note + "."


def merge_conference(documents: Sequence[Document]) -> Merged:
    """Merge every document of one conference (see the module docstring for the rules)."""
    people = merge_people(documents)
    figures, figure_conflicts = merge_figures(documents)
    event, event_conflicts = merge_event(documents)
    # A disagreement about attendance shows up both in the event and among the figures; the
    # figure's copy is kept because it carries the quotes.
    seen: set[tuple[str, ...]] = set()
    conflicts = []
    for conflict in (*figure_conflicts, *event_conflicts):
        key = tuple(sorted(conflict.values))
        if key not in seen:
            seen.add(key)
            conflicts.append(conflict)
    return Merged(
        event=event,
        people=people,
        figures=figures,
        outcomes=merge_outcomes(documents, people),
        sources=list_sources(documents),
        conflicts=tuple(conflicts),
        notes=(coverage_note(documents),),
    )
