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

from .. import gazetteer
from ..textutil import fold


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: how word lists are written in this package."""
    return frozenset(text.split())


# Words that say what kind of place follows, in the five source languages ("tỉnh X", "kota X",
# "province de X", "مقاطعة X") ...
LEADING = word_set(
    """
    province provinces provincial city town district commune ward capital municipality of the in at
    tinh tp thanhpho huyen quan thixa xa phuong tai
    provinsi kota kabupaten kecamatan di
    ville de du des la le d l en a dans
    مقاطعة محافظة مدينة ولاية إقليم في
    """
)
# ... and the English ones that follow it ("X province"). Kept apart from LEADING because a
# trailing "tinh" is part of a name (Ha Tinh), not a generic word.
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


def _part_key(part: str) -> str:
    words = _WORD.findall(fold(part).replace("thanh pho", "thanhpho").replace("thi xa", "thixa"))
    while words and words[0] in LEADING:
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
