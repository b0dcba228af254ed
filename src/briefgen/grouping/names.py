"""When two spellings name the same person.

Names reach grouping and merging already romanised by the language plugins, but romanisation
from Arabic script is lossy (it drops vowels: "نجوين" may come back as "Nguyn") and Vietnamese
sources sometimes keep a rank in front of the name. Matching therefore works on folded tokens,
treats the Vietnamese y/i spellings as one letter, forgives one long syllable that lost vowels,
and never fuzzes short syllables: "Ha" and "Hoa", "Hong" and "Huong" are different people,
however close the strings are.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..textutil import fold

_TOKEN = re.compile(r"\w+")
_VOWELS = str.maketrans("", "", "aeiou")
# A misspelt syllable must be at least this long to be judged, and the whole names this similar.
_MIN_SYLLABLE = 5
_MIN_NAME_RATIO = 85.0


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded name syllables with y written as i (Vietnamese uses both for one sound)."""
    return tuple(t.replace("y", "i") for t in _TOKEN.findall(fold(name)))


def skeleton(tokens: tuple[str, ...]) -> str:
    """Consonant skeleton of a tokenised name (first letter of each syllable kept).

    Vowels are what romanisation from Arabic script loses, so two spellings of one name share
    this key (``same_tokens`` never matches names whose skeletons differ, bar a leading rank).
    """
    return " ".join(t[0] + t[1:].translate(_VOWELS) for t in tokens)


def _vowels_dropped(a: str, b: str) -> bool:
    """True when the shorter syllable is the longer with some vowels left out ("nguyn", "nguyen").

    Substituted vowels are not forgiven: Thanh/Thinh and Hong/Huong are different names.
    """
    short, long_ = sorted((a, b), key=len)
    if len(short) < _MIN_SYLLABLE:
        return False
    matched = 0
    for c in long_:
        if matched < len(short) and c == short[matched]:
            matched += 1
        elif c not in "aeiou":
            return False
    return matched == len(short)


def same_person(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are spellings of one person's name.

    Equal keys match. Otherwise the names must have the same number of syllables and differ in
    one long syllable that lost vowels, with the whole names still close; or a name of three or
    more syllables must end the other ("Nguyen Van Ky" in "Thieu Tuong Nguyen Van Ky").
    """
    return same_tokens(name_tokens(a), name_tokens(b))


def same_tokens(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """:func:`same_person` on names already split by :func:`name_tokens`."""
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if len(ta) == len(tb):
        differing = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
        return (
            len(differing) == 1
            and _vowels_dropped(*differing[0])
            and fuzz.ratio(" ".join(ta), " ".join(tb)) >= _MIN_NAME_RATIO
        )
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    return len(short) >= 3 and long_[-len(short) :] == short
