"""Whether two articles report one event, with the reasons a person can check.

Evidence adds up; hard keys veto. Two known dates or two known provinces that differ can never
be one event, whatever else the articles share: that is what keeps apart the same kind of
conference held in another province or on another day. A province hosts many conferences and a
day sees many, so a shared date or place alone counts for little; together they count for a lot.
Context alone never joins two articles: at least one piece of content must match too (a person,
a distinctive figure, title words). A person or figure that many articles of the run share
(the officials who open conference after conference, a national resolution everyone cites)
counts for less, in proportion.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

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
TITLE_WEIGHT = 1.0
TITLE_MIN_SHARED = 3
TITLE_MIN_JACCARD = 0.5
# A key found in more articles than this is discounted by RARE_COUNT / count: one event is rarely
# reported by more articles than this. Beyond COMMON_COUNT it is not used for blocking at all.
RARE_COUNT = 6
COMMON_COUNT = 4 * RARE_COUNT
# Content counts only if this much of it survives the discount (a person; twice that for a figure).
CONTENT_MIN = 0.5


@dataclass(frozen=True)
class Verdict:
    """The comparison of two articles: score, the evidence behind it, and any veto."""

    score: float
    ties: tuple[str, ...] = ()
    veto: str | None = None
    content: bool = False

    @property
    def joins(self) -> bool:
        return self.veto is None and self.content and self.score >= THRESHOLD

    def why_apart(self) -> str:
        """Why this pair was not joined on its own evidence."""
        if self.veto:
            return self.veto
        if not self.content:
            return "only date/place in common, no shared people, figures or title words"
        return f"too little in common (score {self.score:g} < {THRESHOLD:g})"


class Rarity:
    """How many articles of the run carry each person and figure, to discount common ones."""

    def __init__(self, keys: Iterable[EventKeys] = ()) -> None:
        self.counts: Counter[str] = Counter()
        for item in keys:
            self.counts.update(f"person:{k}" for k in item.people)
            self.counts.update(f"figure:{v}" for v in item.figures)

    def factor(self, key: str) -> float:
        return min(1.0, RARE_COUNT / max(1, self.counts[key]))

    def common(self, key: str) -> bool:
        """True for a person or figure key too frequent to say anything about a pair."""
        return self.counts[key] > COMMON_COUNT


def dates_conflict(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Two dates conflict when a part both know differs (2024-04 vs 2024-05-02 conflict)."""
    return any(x != y for x, y in zip(a, b, strict=False))


def provinces_conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and not a & b


def shared_people(a: EventKeys, b: EventKeys) -> list[str]:
    """Skeleton keys of ``a``'s people who also appear in ``b``, across spellings."""
    return [k for k, (tokens, _) in a.people.items() if k in b.people and same_tokens(tokens, b.people[k][0])]


def shared_figures(a: EventKeys, b: EventKeys) -> list[str]:
    """Values both state for the same thing (the units agree, or one side gives none)."""
    shared = []
    for value, (units, _, _) in a.figures.items():
        other = b.figures.get(value)
        if other is None:
            continue
        known_a, known_b = units - {""}, other[0] - {""}
        if known_a and known_b and not known_a & known_b and "" not in units | other[0]:
            continue
        shared.append(value)
    return shared


def _hard_keys(a: EventKeys, b: EventKeys, ties: list[str]) -> tuple[float, str | None]:
    score = 0.0
    same_day = same_place = False
    if a.date and b.date:
        if dates_conflict(a.date, b.date):
            return 0.0, f"different dates ({a.date_text} vs {b.date_text})"
        if len(a.date) == len(b.date) == 3:
            score += DATE_WEIGHT
            same_day = True
            ties.append(f"same date {a.date_text}")
        elif len(a.date) >= 2 and len(b.date) >= 2:
            score += MONTH_WEIGHT
            ties.append(f"same month {a.date_text[:7]}")
    if a.places and b.places:
        if provinces_conflict(a.places.provinces, b.places.provinces):
            return 0.0, f"different places ({a.place} vs {b.place})"
        if a.places.keys & b.places.keys:
            score += PLACE_WEIGHT
            same_place = True
            ties.append(f"same place {a.place}")
        else:
            score -= PLACE_MISMATCH_PENALTY
            ties.append(f"places differ ({a.place} vs {b.place})")
    if same_day and same_place:
        score += DATE_AND_PLACE_BONUS
    return score, None


def compare(a: EventKeys, b: EventKeys, rarity: Rarity | None = None) -> Verdict:
    """Score the evidence that ``a`` and ``b`` report one event.

    A vetoed pair still gets its score and ties, so ``--explain`` can say what it shared.
    """
    rarity = rarity or Rarity()
    ties: list[str] = []
    score, veto = _hard_keys(a, b, ties)
    content = False
    people = shared_people(a, b)
    if people:
        smaller = min(len(a.people), len(b.people))
        # Two or more shared people count in full only if they are most of the smaller cast.
        full = len(people) >= 2 and 2 * len(people) >= smaller
        weight = sum(rarity.factor(f"person:{k}") for k in people)
        score += PERSON_WEIGHT * weight * (1.0 if full else 0.5)
        ties.append("people " + ", ".join(a.people[k][1] for k in people))
        content = weight >= CONTENT_MIN
    figures = shared_figures(a, b)
    if figures:
        weights = [min(a.figures[v][1], b.figures[v][1]) * rarity.factor(f"figure:{v}") for v in figures]
        score += min(FIGURE_CAP, sum(weights))
        ties.append("figures " + ", ".join(a.figures[v][2] for v in figures))
        content = content or max(weights) >= 2 * CONTENT_MIN
    if a.language == b.language and a.title_words and b.title_words:
        common = a.title_words & b.title_words
        union = a.title_words | b.title_words
        if len(common) >= TITLE_MIN_SHARED and len(common) >= TITLE_MIN_JACCARD * len(union):
            score += TITLE_WEIGHT
            ties.append("title words " + ", ".join(sorted(common)))
            content = True
    return Verdict(round(score, 2), tuple(ties), veto, content)
