"""Place names reduced to comparable keys, resolved to provinces by the shared gazetteer.

Two reports of one event may name its place as "Quy Nhon city, Binh Dinh province", "tỉnh Bình
Định" or "province de Binh Dinh". Generic words (province, tỉnh, kota, ville ...) are dropped from
either end of each comma-separated part, spaces are removed ("Ha Noi" = "Hanoi"), and a part the
gazetteer in :mod:`briefgen.gazetteer` knows (a province, or a town in one) adds the key of
its province. Only when both places resolve to provinces can a difference be trusted enough to
keep two reports apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import gazetteer
from ..analysis.language import installed_profiles
from ..textutil import fold


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: how word lists are written in this package."""
    return frozenset(text.split())


# The English words that follow a place the analysis names ("X province", "X city"). Kept apart from
# the packs' leading words (``Profile.place_words``) because a trailing "tinh" is part of a name
# (Ha Tinh), not a generic word.
TRAILING = word_set("province provincial city town district commune ward municipality")
_PARTS = re.compile(r"[,;()/\n]+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PlaceKeys:
    """Every key a place name yields, and the provinces among them."""

    keys: frozenset[str] = frozenset()
    provinces: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.keys)


@lru_cache(maxsize=8)
def _leading(place_words: tuple[str, ...]) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """(single words, (phrase, glued phrase)) of the packs' words before a place name, folded.

    A phrase ("thanh pho") is glued into one word before the split, so it is dropped as one.
    """
    words = {fold(w) for w in place_words}
    glued = tuple((w, w.replace(" ", "")) for w in sorted(words, key=len, reverse=True) if " " in w)
    return frozenset(w.replace(" ", "") for w in words), glued


def _part_key(part: str) -> str:
    leading, glued = _leading(tuple(w for p in installed_profiles() for w in p.place_words))
    text = fold(part)
    for phrase, one_word in glued:
        text = text.replace(phrase, one_word)
    words = _WORD.findall(text)
    while words and words[0] in leading:
        words.pop(0)
    while words and words[-1] in TRAILING:
        words.pop()
    return "".join(words)


def place_keys(place: str | None) -> PlaceKeys:
    """Keys for ``place``: one per named part, plus the province each known part lies in."""
    keys: set[str] = set()
    provinces: set[str] = set()
    for part in _PARTS.split(place or ""):
        part_key = _part_key(part)
        if not part_key:
            continue
        keys.add(part_key)
        province = gazetteer.province_of(part_key)
        if province:
            province_key = gazetteer.key(province.native)
            keys.add(province_key)
            provinces.add(province_key)
    return PlaceKeys(frozenset(keys), frozenset(provinces))
