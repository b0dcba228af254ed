"""Place finding in running text; the place data and lookups live in :mod:`briefgen.gazetteer`."""

from __future__ import annotations

import re

from ..gazetteer import Place, all_places, find_latin, key, lookup, province_of
from .names import romanise

__all__ = ["Place", "all_places", "find_arabic", "find_latin", "key", "lookup", "province_of"]


_ARABIC_CUE = re.compile(r"(?<!\w)(?:[وبل]?(?:مقاطعة|محافظة|مدينة|إقليم)|في)\s+")
_ARABIC_WORDS = re.compile(r"[\u0621-\u064a]+")


def find_arabic(text: str) -> list[tuple[Place, int, int]]:
    """Provinces and cities named in Arabic script after a place word ("في مقاطعة باك جيانج")."""
    found: list[tuple[Place, int, int]] = []
    for cue in _ARABIC_CUE.finditer(text):
        words = list(_ARABIC_WORDS.finditer(text, cue.end(), min(len(text), cue.end() + 40)))[:3]
        if not words or words[0].start() != cue.end():
            continue
        for n in range(len(words), 0, -1):
            span = text[words[0].start() : words[n - 1].end()]
            place = lookup(span) or lookup(romanise(span))
            if place:
                found.append((place, words[0].start(), words[n - 1].end()))
                break
    return found
