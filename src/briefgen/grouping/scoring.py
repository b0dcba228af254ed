"""Whether two articles report one event: a rule you can state, with its evidence as data.

The rule, in order:

1. **Vetoes.** Two known dates that cannot be the same event (different years, months or days,
   allowing for a multi-day event's range or a day either way for one numbered edition) keep two articles
   apart, and so do two known places that resolve to different provinces or countries, and two
   editions of one named series ("46th" and "47th ASEAN Summit"). A missing date, place or
   ordinal is unknown, never a conflict.
2. **Evidence.** Everything else the two share adds to a score, each piece a :class:`Tie` with its
   own weight: the same day, month or place; the same people (discounted when many articles of the
   run name them: the officials who open conference after conference say little); the same figures
   (distinctive values count more than small round ones); the same document numbers; the same
   English event name or ordinal ("47th", "summit"), which the language packs produce whatever the
   source language; title words in the same language.
3. **Decision.** The pair joins when the score reaches :data:`THRESHOLD` and at least one tie is
   content (who, what or which numbers), since a day and a city host many meetings.

The score is the sum of the ties' weights and the reason a pair was kept apart is written from
the same ties, so an explanation can never contradict the decision it explains.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from .features import EventKeys
from .names import same_tokens

THRESHOLD = 3.0
DATE_WEIGHT = 1.5
PLACE_WEIGHT = 1.0
DATE_AND_PLACE_BONUS = 1.5
MONTH_WEIGHT = 0.5
PLACE_MISMATCH_PENALTY = 1.0
PERSON_WEIGHT = 1.0
FIGURE_CAP = 3.0
DOCUMENT_WEIGHT = 2.0
EVENT_WEIGHT = 1.0
ORDINAL_WEIGHT = 1.5
TITLE_WEIGHT = 1.0
TITLE_MIN_SHARED = 3
TITLE_MIN_JACCARD = 0.5
EVENT_MIN_JACCARD = 0.5
# A key found in more articles than this is discounted by RARE_COUNT / count: one event is rarely
# reported by more articles than this. Beyond COMMON_COUNT it is not used for blocking at all.
RARE_COUNT = 6
COMMON_COUNT = 4 * RARE_COUNT
# Content counts only if this much of it survives the discount (a person; twice that for figures).
CONTENT_MIN = 0.5
# Two full dates this many days apart may still be one edition's (its opening and its closing day).
ADJACENT_DAYS = 1
_LEAP_YEAR = 2000


class Tie(NamedTuple):
    """One piece of evidence two articles share, and what it added to their score.

    ``content`` marks evidence about the event itself (people, numbers, names), as opposed to
    when and where it was, which alone never joins two articles. A named tuple, not a frozen
    dataclass: grouping 100,000 articles makes millions of ties, and a tuple is made in half
    the time (``benchmarks/group_scale.py``).
    """

    kind: str
    label: str
    weight: float
    content: bool = False

    def describe(self) -> str:
        return f"{self.label} ({self.weight:+.2f})"


@dataclass(frozen=True)
class Verdict:
    """The comparison of two articles: the ties, the veto if any, and the rule's outcome."""

    ties: tuple[Tie, ...] = ()
    veto: str | None = None
    threshold: float = THRESHOLD

    @cached_property
    def score(self) -> float:  # asked for several times a pair: summed once
        return round(sum(t.weight for t in self.ties), 2)

    @property
    def content(self) -> bool:
        return any(t.content for t in self.ties)

    @property
    def joins(self) -> bool:
        return self.veto is None and self.content and self.score >= self.threshold

    @property
    def rule(self) -> str:
        """Which part of the rule decided: "veto", "no content", "below threshold" or "joined"."""
        if self.veto:
            return "veto"
        if not self.content:
            return "no content"
        return "joined" if self.score >= self.threshold else "below threshold"

    def why_apart(self) -> str:
        """Why this pair was not joined on its own evidence, in the words of the rule."""
        if self.veto:
            return self.veto
        if not self.content:
            kinds = sorted({t.kind for t in self.ties}) or ["nothing"]
            return (
                f"only {', '.join(kinds)} in common: a join needs shared people, figures, "
                "document numbers or event names"
            )
        return f"score {self.score:g} < threshold {self.threshold:g}"

    def describe(self) -> str:
        """The ties with their weights, then the total against the threshold."""
        ties = "; ".join(t.describe() for t in self.ties) or "nothing in common"
        return f"{ties} = {self.score:g} (threshold {self.threshold:g})"


def count_keys(keys: Iterable[EventKeys]) -> Counter[str]:
    """How many of ``keys`` carry each person, figure and event word. Counts of disjoint sets of
    articles add up, so the run's counts can be summed from partitions held apart."""
    counts: Counter[str] = Counter()
    for item in keys:
        counts.update(f"person:{k}" for k in item.people)
        counts.update(f"figure:{v}" for v in item.figures)
        counts.update(f"event:{w}" for w in item.event_words)
    return counts


class Rarity:
    """How many articles of the run carry each person and figure, to discount common ones
    (``counts`` when they were summed elsewhere: see :func:`count_keys`)."""

    def __init__(self, keys: Iterable[EventKeys] = (), counts: Counter[str] | None = None) -> None:
        self.counts: Counter[str] = count_keys(keys) if counts is None else counts
        self._factors: dict[str, float] = {}

    def factor(self, key: str) -> float:
        found = self._factors.get(key)
        if found is None:  # asked for again and again, pair after pair: worked out once
            found = self._factors[key] = min(1.0, RARE_COUNT / max(1, self.counts[key]))
        return found

    def counted(self, key: str) -> bool:
        """Whether ``key`` is of a kind counted here (a person, figure or event word), as opposed
        to a date, place or ordinal."""
        return key.startswith(("person:", "figure:", "event:"))

    def common(self, key: str) -> bool:
        """True for a key too frequent to say anything about a pair (and so never blocked on)."""
        return self.counts[key] > COMMON_COUNT


def dates_conflict(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Two dates conflict when a part both know differs (2024-04 vs 2024-05-02 conflict); year 0
    is unknown (:func:`~briefgen.grouping.features.parse_date`)."""
    if a[:1] == (0,) or b[:1] == (0,):
        a, b = a[1:], b[1:]
    shared = min(len(a), len(b))
    return a[:shared] != b[:shared]


def spans_conflict(a: EventKeys, b: EventKeys) -> bool:
    """Known dates that cannot be one event: no shared part, and no overlap of multi-day ranges."""
    if not (a.date and b.date) or not dates_conflict(a.date, b.date):
        return False
    if len(a.date) == len(b.date) == 3:
        # a day without its year is read in the other's year (in a leap year when neither has one)
        year = a.date[0] or b.date[0] or _LEAP_YEAR
        first_a, last_a = _in_year(a.date, year), _in_year(a.date_end or a.date, year)
        first_b, last_b = _in_year(b.date, year), _in_year(b.date_end or b.date, year)
        if a.date_end or b.date_end:
            return last_a < first_b or last_b < first_a
        # one report dates a numbered edition by its opening, another by its closing: a day apart is
        # no proof of two events when both name the same edition (the score still needs content)
        same_edition = a.ordinal is not None and a.ordinal == b.ordinal
        return not same_edition or abs(_day_number(first_a) - _day_number(first_b)) > ADJACENT_DAYS
    return True


def _in_year(date: tuple[int, ...], year: int) -> tuple[int, ...]:
    return (year, *date[1:]) if date[:1] == (0,) else date


def _day_number(date: tuple[int, ...]) -> int:
    """Days since year 1 of a (year, month, day) key; a day that does not exist counts as far away."""
    try:
        return dt.date(*date[:3]).toordinal()
    except ValueError:
        return -(10**6)


def provinces_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and not a & b


def shared_people(a: EventKeys, b: EventKeys) -> list[str]:
    """Skeleton keys of ``a``'s people who also appear in ``b``, across spellings."""
    return [k for k, (tokens, _) in a.people.items() if k in b.people and same_tokens(tokens, b.people[k][0])]


def shared_figures(a: EventKeys, b: EventKeys) -> list[str]:
    """Values both state for the same thing (the units agree, or one side gives none)."""
    shared = []
    for value, (units, *_) in a.figures.items():
        other = b.figures.get(value)
        if other is None:
            continue
        known_a, known_b = units - {""}, other[0] - {""}
        if known_a and known_b and not known_a & known_b and "" not in units | other[0]:
            continue
        shared.append(value)
    return shared


def _when_veto(a: EventKeys, b: EventKeys) -> str | None:
    if spans_conflict(a, b):
        return f"different dates ({a.date_text} vs {b.date_text})"
    series = editions_conflict(a, b)
    if series:
        return f"different editions ({a.ordinal} vs {b.ordinal} {' '.join(sorted(series))})"
    return None


def editions_conflict(a: EventKeys, b: EventKeys) -> frozenset[str]:
    """The words of the series ``a`` and ``b`` name different editions of ("46th" and "47th
    ASEAN Summit"), or nothing."""
    if a.ordinal and b.ordinal and a.ordinal != b.ordinal:
        return a.event_words & b.event_words
    return frozenset()


def _where_veto(a: EventKeys, b: EventKeys) -> str | None:
    if a.places and b.places and provinces_conflict(a.places.provinces, b.places.provinces):
        return f"different places ({a.place} vs {b.place})"
    return None


def veto(a: EventKeys, b: EventKeys) -> str | None:
    """The veto that keeps ``a`` and ``b`` apart whatever else they share, or None: the first
    step of the rule, cheap enough to try before scoring a pair that can never join."""
    return _when_veto(a, b) or _where_veto(a, b)


def _when_and_where(a: EventKeys, b: EventKeys) -> tuple[list[Tie], str | None]:
    ties: list[Tie] = []
    vetoed = _when_veto(a, b)
    if vetoed:
        return ties, vetoed
    same_day = same_place = False
    if a.date and b.date:
        if len(a.date) == len(b.date) == 3:
            same_day = True
            ties.append(Tie("date", f"same date {a.date_text}", DATE_WEIGHT))
        elif len(a.date) >= 2 and len(b.date) >= 2:
            ties.append(Tie("month", f"same month {a.date_text[:7]}", MONTH_WEIGHT))
    vetoed = _where_veto(a, b)
    if vetoed:
        return ties, vetoed
    if a.places and b.places:
        if a.places.keys & b.places.keys:
            same_place = True
            ties.append(Tie("place", f"same place {a.place}", PLACE_WEIGHT))
        elif a.places.provinces and b.places.provinces:
            # both known, not apart, yet named apart (a city and its country): weaker than one place;
            # a venue named alone ("National Assembly House") says nothing about the city
            ties.append(Tie("place", f"places differ ({a.place} vs {b.place})", -PLACE_MISMATCH_PENALTY))
    if same_day and same_place:
        ties.append(Tie("date+place", "same day and place", DATE_AND_PLACE_BONUS))
    return ties, None


def _people(a: EventKeys, b: EventKeys, rarity: Rarity) -> list[Tie]:
    people = shared_people(a, b)
    smaller = min(len(a.people), len(b.people))
    # Two or more shared people count in full only if they are most of the smaller cast.
    share = 1.0 if len(people) >= 2 and 2 * len(people) >= smaller else 0.5
    ties = []
    for k in people:
        weight = PERSON_WEIGHT * rarity.factor(f"person:{k}") * share
        ties.append(Tie("person", f"person {a.people[k][1]}", weight, weight >= CONTENT_MIN))
    return ties


def _figures(a: EventKeys, b: EventKeys, rarity: Rarity) -> list[Tie]:
    shared = shared_figures(a, b)
    raw = {v: min(a.figures[v][1], b.figures[v][1]) * rarity.factor(f"figure:{v}") for v in shared}
    total = sum(raw.values())
    scale = FIGURE_CAP / total if total > FIGURE_CAP else 1.0
    # One distinctive number is content; so are several ordinary ones together.
    content = total >= 2 * CONTENT_MIN
    ties = []
    for value in shared:
        kind = "document" if a.figures[value][3] else "figure"
        weight = raw[value] * scale
        if kind == "document":
            weight = DOCUMENT_WEIGHT * rarity.factor(f"figure:{value}")
        ties.append(Tie(kind, f"{kind} {a.figures[value][2]}", weight, content or kind == "document"))
    return ties


def _names(a: EventKeys, b: EventKeys, rarity: Rarity) -> list[Tie]:
    ties = []
    if a.ordinal and a.ordinal == b.ordinal:
        ties.append(Tie("ordinal", f"same ordinal {a.ordinal}", ORDINAL_WEIGHT, True))
    common, union = a.event_words & b.event_words, a.event_words | b.event_words
    if common and len(common) >= EVENT_MIN_JACCARD * len(union):
        weight = EVENT_WEIGHT * min(rarity.factor(f"event:{w}") for w in common)
        ties.append(Tie("event", "event name " + " ".join(sorted(common)), weight, weight >= CONTENT_MIN))
    if a.language == b.language and a.title_words and b.title_words:
        common, union = a.title_words & b.title_words, a.title_words | b.title_words
        if len(common) >= TITLE_MIN_SHARED and len(common) >= TITLE_MIN_JACCARD * len(union):
            ties.append(Tie("title", "title words " + ", ".join(sorted(common)), TITLE_WEIGHT, True))
    return ties


def scored(
    a: EventKeys, b: EventKeys, rarity: Rarity, threshold: float = THRESHOLD
) -> tuple[float, bool] | None:
    """What clustering keeps of a candidate pair: its score and whether it joins; None when vetoed
    (such a pair can never join, so it is not scored at all)."""
    if veto(a, b) is not None:
        return None
    verdict = compare(a, b, rarity, threshold)
    return verdict.score, verdict.joins


def compare(
    a: EventKeys, b: EventKeys, rarity: Rarity | None = None, threshold: float = THRESHOLD
) -> Verdict:
    """Score the evidence that ``a`` and ``b`` report one event (see the module docstring).

    A vetoed pair still gets its ties, so ``--explain`` can say what it shared. ``threshold`` is
    the fitted :data:`THRESHOLD` unless a benchmark sweeps it (``benchmarks/group_fit.py``).
    """
    rarity = rarity or Rarity()
    ties, veto = _when_and_where(a, b)
    ties += _people(a, b, rarity) + _figures(a, b, rarity) + _names(a, b, rarity)
    return Verdict(tuple(ties), veto, threshold)
