"""What grouping compares: the event keys of one analysed article.

Reports of one event in different scripts share almost no words, but they share what the
language plugins extracted into script-neutral form: the ISO date, the romanised place, the
canonical names of the people and the normalised figures. This module reduces a Document to
those keys once, so comparing two articles is a handful of set operations.

A run holds every article's keys at once (grouping compares across all of them), so they are
kept small: :class:`EventKeys` has slots (no per-object dict), every word, token and unit is an
interned string, and the small sets and tuples that recur from article to article (a person's
name tokens, a figure's units, a place's keys, an event name's words) are one shared object
(:func:`shared`) instead of a copy per article.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from ..analysis.language import installed_profiles
from ..models import Document
from ..textutil import DIGITS, fold
from .names import name_tokens, skeleton
from .places import PlaceKeys, place_keys

_ISO_DATE = re.compile(r"(\d{4}|XXXX)(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_YEAR = re.compile(r"(19|20)\d\d")
_WORD = re.compile(r"\w+")
# Per-article caps on blocking keys, so an article listing forty delegates costs no more to block
# than one listing ten.
MAX_PEOPLE_KEYS = 10
MAX_FIGURE_KEYS = 10
# Distinct small values remembered by ``shared``: those that recur stay (each hit renews one), a
# value seen once is dropped in time, so the table stays a few MB whatever the corpus.
SHARED_VALUES = 16384

_T = TypeVar("_T")


@lru_cache(maxsize=SHARED_VALUES)
def _first(value: Any) -> Any:
    return value


def shared(value: _T) -> _T:
    """The first value equal to ``value`` seen lately (``value`` itself the first time): equal
    keys of different articles become one object. Only for immutable values (str, tuples and
    frozensets of them, PlaceKeys), whose equality is their identity as keys."""
    return _first(value)  # type: ignore[no-any-return]


def words(items: Iterable[str]) -> frozenset[str]:
    """A shared frozenset of interned words."""
    return shared(frozenset(map(sys.intern, items)))


@lru_cache(maxsize=8)
def _stopwords(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def title_stopwords() -> frozenset[str]:
    """Frequent words of conference titles in every installed language: sharing them says nothing."""
    return _stopwords(tuple(w for p in installed_profiles() for w in p.title_stopwords))


def parse_date(value: str | None) -> tuple[int, ...]:
    """``"2024-04-10"`` -> (2024, 4, 10); ``"2024"`` -> (2024,); anything unreadable -> ().

    A day no report gives the year of (``"XXXX-05-04"``) has year 0, which agrees with any year:
    the wire that omits the year and the outlet that prints it still tell one day.
    """
    match = _ISO_DATE.fullmatch((value or "").strip())
    if not match or (match.group(1) == "XXXX" and not match.group(2)):
        return ()
    return tuple(0 if part == "XXXX" else int(part) for part in match.groups() if part)


def figure_weight(value: str, unit: str) -> float:
    """How much a figure shared by two reports says about their being one event.

    Document numbers ("47/NQ-CP"), decimals ("13.45") and large non-year numbers ("33000") are
    near-unique to an event; years, year ranges and small counts recur across conferences.
    """
    if re.search(r"[^\d.\-]", value):
        return 1.0
    if re.fullmatch(r"\d+(?:-\d+)+", value) or _YEAR.fullmatch(value):
        return 0.25
    if "." in value:
        return 1.0
    if value.isdigit() and int(value) >= 1000:
        return 1.0
    return 0.5 if unit else 0.25


@dataclass(frozen=True, slots=True)
class EventKeys:
    """Everything grouping needs from one Document, in comparable form (build it with
    :func:`event_keys` or :func:`keys_from_plain`, which share what recurs)."""

    index: int
    id: str
    name: str
    language: str
    title: str
    date: tuple[int, ...] = ()
    place: str | None = None
    places: PlaceKeys = field(default_factory=PlaceKeys)
    # consonant skeleton -> (name tokens, display name) of each person, acting people first
    people: dict[str, tuple[tuple[str, ...], str]] = field(default_factory=dict)
    # folded value -> (units seen, weight, value as the source normalised it, is a document number)
    figures: dict[str, tuple[frozenset[str], float, str, bool]] = field(default_factory=dict)
    title_words: frozenset[str] = frozenset()
    date_end: tuple[int, ...] = ()
    # words of the English event name the language pack wrote ("asean", "summit"), and its ordinal
    event_words: frozenset[str] = frozenset()
    ordinal: str | None = None
    # in every comparison's labels: formatted once, when the keys are made
    date_text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        text = "-".join(f"{part:02d}" for part in self.date)
        object.__setattr__(self, "date_text", "XXXX" + text[2:] if self.date[:1] == (0,) else text)

    def blocking_keys(self) -> list[str]:
        """Atomic keys; two articles are compared only if they share at least two of them."""
        keys = []
        if len(self.date) == 3 and self.date[0]:
            keys.append(f"date:{self.date_text}")
        keys += [f"place:{k}" for k in sorted(self.places.keys)]
        keys += [f"person:{k}" for k in list(self.people)[:MAX_PEOPLE_KEYS]]
        strong = sorted(v for v, (_, weight, _, _) in self.figures.items() if weight >= 1.0)
        keys += [f"figure:{v}" for v in strong[:MAX_FIGURE_KEYS]]
        keys += [f"event:{w}" for w in sorted(self.event_words)]
        if self.ordinal:
            keys.append(f"ordinal:{self.ordinal}")
        return keys


def _person(tokens: Iterable[str], shown: str) -> tuple[tuple[str, ...], str]:
    """A person's (name tokens, display name), shared: the same officials recur across articles."""
    return shared((shared(tuple(map(sys.intern, tokens))), sys.intern(shown)))


def _figure(
    value: str, units: Iterable[str], weight: float, shown: str, code: bool
) -> tuple[str, tuple[frozenset[str], float, str, bool]]:
    """A figure's key and (units, weight, value as shown, is a document number), shared; the
    shown value is the key itself when the two are equal (digits are mostly written one way)."""
    value = sys.intern(value)
    shown = value if shown == value else sys.intern(shown)
    return value, shared((words(units), weight, shown, code))


def _figures(document: Document) -> dict[str, tuple[frozenset[str], float, str, bool]]:
    found: dict[str, tuple[set[str], float, str, bool]] = {}
    for figure in document.figures:
        shown = figure.value.translate(DIGITS).strip()
        value = shown.casefold()
        if not any(c.isdigit() for c in value):
            continue
        unit = fold(figure.unit)
        units, weight, _, code = found.get(value, (set(), 0.0, shown, False))
        units.add(unit)
        code = code or figure.kind == "legal_reference" or bool(re.search(r"[^\d.\-]", value))
        found[value] = (units, max(weight, figure_weight(value, unit)), shown, code)
    return dict(_figure(v, units, weight, shown, code) for v, (units, weight, shown, code) in found.items())


# "47th ASEAN Summit": the ordinal the English event name carries (briefgen writes these titles)
_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b")
# Words of an English event name long enough to name something ("forum", "summit", "asean")
_NAME_WORD = re.compile(r"[a-z]{4,}")


def _event_name(title: str) -> tuple[frozenset[str], str | None]:
    """The English event name's words and ordinal, when the title is written in English letters.

    A source-language headline (Arabic, or Vietnamese with its diacritics) is not an English name;
    its words are compared as title words, within its own language only.
    """
    if not title or not title.isascii():
        return frozenset(), None
    ordinal = _ORDINAL.search(title)
    return words(_NAME_WORD.findall(title.casefold())), sys.intern(ordinal.group(1)) if ordinal else None


def event_keys(index: int, document: Document) -> EventKeys:
    """Reduce ``document`` to its keys; ``index`` is its position in the run (for tie-breaks)."""
    article = document.article
    title = document.event.title or article.title or ""
    people: dict[str, tuple[tuple[str, ...], str]] = {}
    # People who acted at the event come first so the blocking cap keeps them.
    for person in sorted(document.people, key=lambda p: not p.acts):
        tokens = name_tokens(person.name)
        if tokens:
            people.setdefault(sys.intern(skeleton(tokens)), _person(tokens, person.name))
    title_words = {w for w in _WORD.findall(fold(title)) if len(w) > 2 and not w.isdigit()}
    event_words, ordinal = _event_name(document.event.title or "")
    return EventKeys(
        index=index,
        id=article.id,
        name=Path(article.path).name or article.id,
        language=sys.intern(document.language),
        title=title,
        date=shared(parse_date(document.event.date)),
        place=document.event.place,
        places=_places(document.event.place),
        people=people,
        figures=_figures(document),
        title_words=words(title_words - title_stopwords()),
        date_end=shared(parse_date(document.event.date_end)),
        event_words=event_words,
        ordinal=ordinal,
    )


def _places(place: str | None) -> PlaceKeys:
    """:func:`place_keys`, shared (a run names the same provinces again and again)."""
    found = place_keys(place)
    return shared(PlaceKeys(words(found.keys), words(found.provinces)))


def keys_to_plain(keys: EventKeys) -> dict[str, Any]:
    """``keys`` as JSON-ready data, so a store can keep them between runs (see :mod:`briefgen.store`).

    Sets become sorted lists, so the same keys always serialise to the same text.
    """
    return {
        "index": keys.index,
        "id": keys.id,
        "name": keys.name,
        "language": keys.language,
        "title": keys.title,
        "date": list(keys.date),
        "place": keys.place,
        "places": [sorted(keys.places.keys), sorted(keys.places.provinces)],
        "people": {k: [list(tokens), shown] for k, (tokens, shown) in keys.people.items()},
        "figures": {
            v: [sorted(units), weight, shown, code]
            for v, (units, weight, shown, code) in keys.figures.items()
        },
        "title_words": sorted(keys.title_words),
        "date_end": list(keys.date_end),
        "event_words": sorted(keys.event_words),
        "ordinal": keys.ordinal,
    }


def keys_from_plain(data: dict[str, Any]) -> EventKeys:
    """The :class:`EventKeys` that :func:`keys_to_plain` wrote; raises KeyError, TypeError or
    ValueError on data it did not write (the caller says which file was damaged)."""
    place_keys_, provinces = data["places"]
    return EventKeys(
        index=int(data["index"]),
        id=str(data["id"]),
        name=str(data["name"]),
        language=sys.intern(str(data["language"])),
        title=str(data["title"]),
        date=shared(tuple(int(p) for p in data["date"])),
        place=None if data["place"] is None else str(data["place"]),
        places=shared(PlaceKeys(words(map(str, place_keys_)), words(map(str, provinces)))),
        people={
            sys.intern(str(k)): _person(map(str, tokens), str(shown))
            for k, (tokens, shown) in data["people"].items()
        },
        figures=dict(
            _figure(str(v), map(str, units), float(weight), str(shown), bool(code))
            for v, (units, weight, shown, code) in data["figures"].items()
        ),
        title_words=words(map(str, data["title_words"])),
        date_end=shared(tuple(int(p) for p in data["date_end"])),
        event_words=words(map(str, data["event_words"])),
        ordinal=None if data["ordinal"] is None else sys.intern(str(data["ordinal"])),
    )
