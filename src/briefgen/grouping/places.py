"""Place names reduced to comparable keys, and to the areas that decide whether two places conflict.

Two reports of one event may name its place as "Quy Nhon city, Binh Dinh province", "tỉnh Bình
Định" or "province de Binh Dinh". Generic words (province, tỉnh, kota, ville ...) are dropped from
either end of each comma-separated part, spaces are removed ("Ha Noi" = "Hanoi"): those are the
keys. A part the gazetteer in :mod:`briefgen.gazetteer` knows also adds the key of its province.

Whether two places conflict is decided on areas (``PlaceKeys.provinces``): the smallest cells the
gazetteer can tell apart that a place covers. A Vietnamese name covers the former (pre-2025)
province it is or lies in: most reports predate the July 2025 merger, and "Ninh Binh province"
alone cannot say whether it means the former province or the new one that absorbed Nam Dinh, so
it is read as the smaller. A city abroad covers itself; a country covers all its cities and
provinces. A place of several parts covers what its parts share; parts that share nothing but lie
in one new unit ("Dong Hoi, Quang Tri province", a town given with its post-2025 province) cover
all their cells. Two places conflict when both are known and cover nothing in common, so the
comparison happens at the most specific level both name: two countries, two cities or two former
provinces conflict; a city and its country, a town and its former or new province, Huế and Thừa
Thiên Huế, and a national event's "Hanoi" and a report's "Vietnam" agree. An unknown place is
never a conflict.
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


@dataclass(frozen=True, slots=True)
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
    """Keys for ``place``: one per named part and the province each known part lies in, and its areas."""
    keys: set[str] = set()
    areas: list[frozenset[str]] = []
    for part in _PARTS.split(place or ""):
        part_key = _part_key(part)
        if not part_key:
            continue
        keys.add(part_key)
        province = gazetteer.province_of(part_key)
        if province:
            keys.add(gazetteer.key(province.native))
        area = _area(part_key)
        if area:
            areas.append(area)
    return PlaceKeys(frozenset(keys), _combined(areas))


def _combined(areas: list[frozenset[str]]) -> frozenset[str]:
    """What the parts of one place cover together (see the module's docstring)."""
    if not areas:
        return frozenset()
    shared = frozenset.intersection(*areas)
    if shared:
        return shared
    union = frozenset.union(*areas)
    successors = {_successor(cell) for cell in union}
    if len(successors) == 1 and None not in successors:
        return union
    return min(areas, key=len)


@lru_cache(maxsize=4096)
def _successor(cell: str) -> str | None:
    province = gazetteer.lookup(cell)
    now = gazetteer.successor(province) if province is not None else None
    return now.native if now is not None else None


@lru_cache(maxsize=4096)
def _area(part_key: str) -> frozenset[str]:
    """The cells (former provinces, cities abroad, a country's own key) a place name covers."""
    home = gazetteer.province_of(part_key)
    if home is not None:
        former = gazetteer.former_units(home)
        # a unit that was no province before 2025 (Huế) covers the former ones it absorbed
        return frozenset(
            gazetteer.key(old) for old in (former if home.native not in former else (home.native,))
        )
    place = gazetteer.world_lookup(part_key)
    if place is None:
        return frozenset()
    if place.kind == "world city":
        return frozenset({_city_cell(place)})
    return _country_area(place.country or "")


@lru_cache(maxsize=64)
def _country_area(code: str) -> frozenset[str]:
    if code == "VN":
        cells = {gazetteer.key(p.native) for p in gazetteer.all_places()}
    else:
        cells = {_city_cell(city) for city in gazetteer.cities_of(code)}
    return frozenset({code.casefold(), *cells})


def _city_cell(city: gazetteer.Place) -> str:
    return f"{(city.country or '').casefold()}:{gazetteer.key(city.native)}"
