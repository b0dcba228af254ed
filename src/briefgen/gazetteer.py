"""Places: Vietnam's provinces before and after July 2025, and the world's countries and big cities.

This is the one data module of places: the Vietnamese tables below are plain literals so that
adding a province, a town or a spelling is one line, and it imports nothing from the analysis, so
every module (and every language pack) may use it without an import loop. The world part (countries
with their CLDR names, cities of 100,000 people and capitals with GeoNames' names) is generated data,
``data/world_places.json.gz`` (see ``tools/make_gazetteer.py``), read on first use only.

Vietnam merged its 63 provinces into 34 on 1 July 2025: news from before names the old ones, news
from after the new ones, and both must resolve. Every new unit kept the name of one of the units it
absorbed (Huế aside, which became a centrally-run city), so a name is looked up once and
:func:`successor` says which unit it belongs to now.

Articles name a host province with or without diacritics ("Thanh Hóa", "Thanh Hoa", "Thanh
Hoá"), glued or spaced ("Hanoi", "Ha Noi") and, in Arabic, transliterated ("باك جيانج").
Everything is compared on one key, the folded name with spaces and hyphens removed, so one
table serves all five languages; Arabic spans are romanised before the lookup.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from .textutil import fold, fold_name

# (Vietnamese name, kind): kind "city" for the five centrally-run cities.
_UNITS: tuple[tuple[str, str], ...] = (
    ("Hà Nội", "city"),
    ("Hải Phòng", "city"),
    ("Đà Nẵng", "city"),
    ("Cần Thơ", "city"),
    ("Hồ Chí Minh", "city"),
    ("Huế", "city"),  # centrally-run since 2025: the former Thừa Thiên Huế province
    *(
        (name, "province")
        for name in (
            "An Giang",
            "Bà Rịa - Vũng Tàu",
            "Bắc Giang",
            "Bắc Kạn",
            "Bạc Liêu",
            "Bắc Ninh",
            "Bến Tre",
            "Bình Định",
            "Bình Dương",
            "Bình Phước",
            "Bình Thuận",
            "Cà Mau",
            "Cao Bằng",
            "Đắk Lắk",
            "Đắk Nông",
            "Điện Biên",
            "Đồng Nai",
            "Đồng Tháp",
            "Gia Lai",
            "Hà Giang",
            "Hà Nam",
            "Hà Tĩnh",
            "Hải Dương",
            "Hậu Giang",
            "Hòa Bình",
            "Hưng Yên",
            "Khánh Hòa",
            "Kiên Giang",
            "Kon Tum",
            "Lai Châu",
            "Lâm Đồng",
            "Lạng Sơn",
            "Lào Cai",
            "Long An",
            "Nam Định",
            "Nghệ An",
            "Ninh Bình",
            "Ninh Thuận",
            "Phú Thọ",
            "Phú Yên",
            "Quảng Bình",
            "Quảng Nam",
            "Quảng Ngãi",
            "Quảng Ninh",
            "Quảng Trị",
            "Sóc Trăng",
            "Sơn La",
            "Tây Ninh",
            "Thái Bình",
            "Thái Nguyên",
            "Thanh Hóa",
            "Thừa Thiên Huế",
            "Tiền Giang",
            "Trà Vinh",
            "Tuyên Quang",
            "Vĩnh Long",
            "Vĩnh Phúc",
            "Yên Bái",
        )
    ),
)

# Towns and cities below the provinces, with the province each lies in: never personal names, the
# "city" part of "Quy Nhon city, Binh Dinh province", and how grouping sees that two places given
# at different levels ("Ha Long", "Quang Ninh province") are one.
_TOWNS: dict[str, str] = {
    "Hạ Long": "Quảng Ninh", "Cẩm Phả": "Quảng Ninh", "Móng Cái": "Quảng Ninh", "Uông Bí": "Quảng Ninh",
    "Nha Trang": "Khánh Hòa", "Cam Ranh": "Khánh Hòa", "Đà Lạt": "Lâm Đồng",
    "Vũng Tàu": "Bà Rịa - Vũng Tàu", "Bà Rịa": "Bà Rịa - Vũng Tàu", "Hội An": "Quảng Nam",
    "Tam Kỳ": "Quảng Nam", "Quy Nhơn": "Bình Định", "Buôn Ma Thuột": "Đắk Lắk", "Pleiku": "Gia Lai",
    "Sa Pa": "Lào Cai", "Mỹ Tho": "Tiền Giang", "Biên Hòa": "Đồng Nai", "Phan Thiết": "Bình Thuận",
    "Việt Trì": "Phú Thọ", "Vĩnh Yên": "Vĩnh Phúc", "Thủ Đức": "Hồ Chí Minh", "Phủ Lý": "Hà Nam",
    "Đồng Hới": "Quảng Bình", "Đông Hà": "Quảng Trị", "Tuy Hòa": "Phú Yên", "Phan Rang": "Ninh Thuận",
    "Rạch Giá": "Kiên Giang", "Long Xuyên": "An Giang", "Châu Đốc": "An Giang",
    "Cao Lãnh": "Đồng Tháp", "Sa Đéc": "Đồng Tháp", "Tân An": "Long An", "Thủ Dầu Một": "Bình Dương",
    # island districts, named whenever reports speak of sovereignty ("the Hoang Sa (Paracel) and ...")
    "Hoàng Sa": "Đà Nẵng", "Trường Sa": "Khánh Hòa", "Côn Đảo": "Bà Rịa - Vũng Tàu",
}  # fmt: skip
# Towns whose names are also given names ("Nguyen Van Vinh", "Tran Bao Loc"): resolved when a place
# field names them (:func:`province_of`), never looked for in running text or taken as a place there.
_NAME_LIKE_TOWNS: dict[str, str] = {
    "Vinh": "Nghệ An", "Bảo Lộc": "Lâm Đồng", "Phú Quốc": "Kiên Giang", "Hà Đông": "Hà Nội",
}  # fmt: skip
# Spellings a folded-name key cannot derive: exonyms (English, French, Spanish) and common short forms.
_ALIASES: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("Hanoi", "Hanoï", "Hanói"),
    "Hải Phòng": ("Haiphong",),
    "Đà Nẵng": ("Danang",),
    "Hồ Chí Minh": (
        *("Ho Chi Minh City", "HCMC", "HCM", "TP.HCM", "TPHCM", "Saigon", "Sài Gòn"),
        *("Hô Chi Minh-Ville", "Hô-Chi-Minh-Ville", "Ciudad Ho Chi Minh"),
    ),
    "Thừa Thiên Huế": ("Thua Thien-Hue",),
    "Đắk Lắk": ("Dak Lak", "Daklak", "Đắc Lắc"),
    "Đắk Nông": ("Đắc Nông",),
    "Bà Rịa - Vũng Tàu": ("Ba Ria-Vung Tau", "Bà Rịa-Vũng Tàu"),
    "Kon Tum": ("Kontum",),
    "Quy Nhơn": ("Qui Nhon", "Quinhon"),
    "Buôn Ma Thuột": ("Buôn Mê Thuột",),
    "Phan Rang": ("Phan Rang - Tháp Chàm", "Phan Rang-Thap Cham"),
}
# English names that are not the folded Vietnamese one. Hanoi is written both ways in English
# reports, so the briefing gives both ("Hanoi (Ha Noi)") and either spelling finds it.
_ENGLISH: dict[str, str] = {"Hà Nội": "Hanoi (Ha Noi)", "Hồ Chí Minh": "Ho Chi Minh City"}
# The 34 units from 1 July 2025 (National Assembly Resolution 202/2025/QH15), each with the former
# units it absorbed: 6 centrally-run cities and 28 provinces, 11 of them unchanged.
_MERGED_2025: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("Hà Nội",), "Huế": ("Thừa Thiên Huế",), "Lai Châu": ("Lai Châu",),
    "Điện Biên": ("Điện Biên",), "Sơn La": ("Sơn La",), "Lạng Sơn": ("Lạng Sơn",),
    "Quảng Ninh": ("Quảng Ninh",), "Thanh Hóa": ("Thanh Hóa",), "Nghệ An": ("Nghệ An",),
    "Hà Tĩnh": ("Hà Tĩnh",), "Cao Bằng": ("Cao Bằng",),
    "Tuyên Quang": ("Tuyên Quang", "Hà Giang"), "Lào Cai": ("Lào Cai", "Yên Bái"),
    "Thái Nguyên": ("Thái Nguyên", "Bắc Kạn"), "Phú Thọ": ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"),
    "Bắc Ninh": ("Bắc Ninh", "Bắc Giang"), "Hưng Yên": ("Hưng Yên", "Thái Bình"),
    "Hải Phòng": ("Hải Phòng", "Hải Dương"), "Ninh Bình": ("Ninh Bình", "Hà Nam", "Nam Định"),
    "Quảng Trị": ("Quảng Trị", "Quảng Bình"), "Đà Nẵng": ("Đà Nẵng", "Quảng Nam"),
    "Quảng Ngãi": ("Quảng Ngãi", "Kon Tum"), "Gia Lai": ("Gia Lai", "Bình Định"),
    "Khánh Hòa": ("Khánh Hòa", "Ninh Thuận"), "Lâm Đồng": ("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
    "Đắk Lắk": ("Đắk Lắk", "Phú Yên"), "Hồ Chí Minh": ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"),
    "Đồng Nai": ("Đồng Nai", "Bình Phước"), "Tây Ninh": ("Tây Ninh", "Long An"),
    "Cần Thơ": ("Cần Thơ", "Sóc Trăng", "Hậu Giang"), "Vĩnh Long": ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
    "Đồng Tháp": ("Đồng Tháp", "Tiền Giang"), "Cà Mau": ("Cà Mau", "Bạc Liêu"),
    "An Giang": ("An Giang", "Kiên Giang"),
}  # fmt: skip
MERGER_DATE = "2025-07-01"
# Transliterations that the syllable romaniser does not reach (Arabic exonyms of big cities).
_ARABIC: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("هانوي",),
    "Hồ Chí Minh": ("هو تشي منه", "هوشي منه"),
    "Đà Nẵng": ("دا نانغ", "دانانغ"),
    "Hải Phòng": ("هاي فونغ",),
}
# New and old tone placement in "oa"/"uy" ("Hòa" / "Hoà", "Thúy" / "Thuý"): both are in use.
_OLD_TONE = {
    "òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
    "ùy": "uỳ", "úy": "uý", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ",
}  # fmt: skip


@dataclass(frozen=True)
class Place:
    """A province, city or town of Vietnam, or a country or city elsewhere, and its English name.

    ``province`` is the Vietnamese name of the province a Vietnamese town lies in (None for the
    provinces and centrally-run cities themselves). Outside Vietnam ``country`` is the ISO 3166
    code, ``kind`` is "country" or "world city" and ``native`` the English name from the data.
    """

    native: str
    kind: str
    province: str | None = None
    country: str | None = None

    @property
    def english(self) -> str:
        if self.kind == "country":
            return self.native
        if self.kind == "world city":
            country = _world().countries[self.country or ""].native
            return self.native if key(country) == key(self.native) else f"{self.native}, {country}"
        name = fold_name(self.native).replace(" - ", "-")
        if self.native in _ENGLISH:
            return _ENGLISH[self.native]
        return f"{name} province" if self.kind == "province" else f"{name} city"


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """The comparison key: folded, without spaces, hyphens or dots ("Hà Nội" == "Hanoi").

    Cached: name finding looks up every run of capitalised words, the same few thousand strings
    over and over across a corpus, and folding them was a fifth of analysis time (BENCHMARKS.md).
    """
    return re.sub(r"[\s\-.]", "", fold(text))


def _variants(name: str) -> set[str]:
    """Surface forms of a name: as written, folded, and with the old tone placement ("Hoà")."""
    old = name
    for new_form, old_form in _OLD_TONE.items():
        old = old.replace(new_form, old_form)
    return {unicodedata.normalize("NFC", f) for f in (name, old, fold_name(name))}


class _Tables(NamedTuple):
    by_key: dict[str, Place]  # every spelling's key, for lookup()
    pattern: re.Pattern[str]  # every Latin spelling, longest first, for find_latin()
    arabic: dict[str, Place]  # Arabic exonyms the romaniser does not reach
    name_like: dict[str, Place]  # towns only a place field may name


def _places() -> list[Place]:
    return [
        *(Place(native, kind) for native, kind in _UNITS),
        *(Place(town, "town", province) for town, province in _TOWNS.items()),
    ]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    by_key: dict[str, Place] = {}
    forms: set[str] = set()
    arabic: dict[str, Place] = {}
    for place in _places():
        for form in _variants(place.native) | set(_ALIASES.get(place.native, ())):
            forms.add(form)
            by_key[key(form)] = place
        for form in _ARABIC.get(place.native, ()):
            arabic[form] = place
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")
    name_like = {key(town): Place(town, "town", province) for town, province in _NAME_LIKE_TOWNS.items()}
    return _Tables(by_key, pattern, arabic, name_like)


def lookup(text: str) -> Place | None:
    """The place whose name ``text`` is, in any spelling, or None."""
    tables = _tables()
    return tables.by_key.get(key(text)) or tables.arabic.get(text.strip())


def province_of(text: str) -> Place | None:
    """The province or centrally-run city that the place named ``text`` is, or lies in."""
    place = lookup(text) or _tables().name_like.get(key(text))
    if place is not None and place.province:
        return lookup(place.province)
    return place


def town(text: str) -> Place | None:
    """The Vietnamese town ``text`` names, given-name-like ones ("Vinh") included: for callers that
    know the words name a place (they follow "in", "à", "tại")."""
    place = lookup(text) or _tables().name_like.get(key(text))
    return place if place is not None and place.kind == "town" else None


def find_latin(text: str) -> list[tuple[Place, int, int]]:
    """Every province or city named in Latin-script ``text``, with its span."""
    tables = _tables()
    return [(tables.by_key[key(m.group())], m.start(), m.end()) for m in tables.pattern.finditer(text)]


def all_places() -> tuple[Place, ...]:
    """The 63 provinces and centrally-run cities of before July 2025 and Huế (no towns): what syllable
    romanisers learn place names from, and the units :func:`successor` maps onto the 34."""
    return tuple(Place(n, k) for n, k in _UNITS)


def successor(place: Place) -> Place | None:
    """The unit of the 34 (from 1 July 2025) that a Vietnamese place is, or lies in, now."""
    province = province_of(place.province or place.native) if place.country is None else None
    if province is None:
        return None
    if province.native in _MERGED_2025:
        return province  # a new unit, or a former province whose name the new unit kept
    return lookup(next(new for new, old in _MERGED_2025.items() if province.native in old))


def former_units(place: Place) -> tuple[str, ...]:
    """The pre-2025 provinces a Vietnamese place covers (Vietnamese names); () outside Vietnam.

    A name that a new unit kept ("Ninh Bình") is read as the new, larger unit: nothing in a
    report says which of the two it means, and the larger one contains the other. A town gives
    the one former province it lies in.
    """
    province = province_of(place.province or place.native) if place.country is None else None
    if province is None:
        return ()
    if place.kind == "town":
        return (province.native,)  # a town lies in one former province, whatever absorbed it
    return _MERGED_2025.get(province.native, (province.native,))


# ----- the world: countries and cities outside Vietnam, from the generated data file -----

# A word of a place name in Latin or Arabic script ("Kuala", "Lumpur", "Genève", "O'Higgins", "دبي").
_WORLD_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# Arabic writes "in", "to", "and" glued to the next word; a place name after one is still the place
_ARABIC_CLITIC = re.compile(r"[بلوفك](?=[\u0600-\u06ff]{3})")
_LONGEST = 4  # words in the longest name looked for ("Bandar Seri Begawan", "Kuala Lumpur")
# a city's Latin alternate names shorter than this are mostly clippings ("Mei" for Meizhou, "Edo");
# Arabic spellings are short by nature ("دبي")
_SHORTEST_ALIAS = 4


class _World(NamedTuple):
    countries: dict[str, Place]  # ISO code -> the country
    by_key: dict[str, Place]  # every Latin spelling's key and every Arabic spelling -> the place
    cities_of: dict[str, tuple[Place, ...]]  # ISO code -> its cities


@lru_cache(maxsize=1)
def world_data() -> dict:
    """The parsed world file (countries and cities with every spelling), read once per process:
    the gazetteer, the name shapes and the event titles all read their countries from it."""
    return json.loads(gzip.decompress(resources.files("briefgen").joinpath(_WORLD_FILE).read_bytes()))


@lru_cache(maxsize=1)
def _world() -> _World:
    """The world table, built once: a city's own name wins over another city's alternate name,
    a country's name over a city's, and a bigger city over a smaller one (the data is sorted by
    population), so "Madrid" is Spain's and "Sakata" no alias of Jakarta."""
    raw = world_data()
    countries = {c["code"]: Place(c["en"], "country", country=c["code"]) for c in raw["countries"]}
    by_key: dict[str, Place] = {}
    # an island or region that hosts meetings is what its name means before a town of the same
    # name elsewhere ("Bali" is Indonesia's island, not the town Bāli of India)
    for name, (code, *forms) in _WORLD_REGIONS.items():
        for form in (name, *forms):
            by_key[_world_key(form)] = Place(name, "world city", country=code)
    cities = [(c, Place(c["name"], "world city", country=c["country"])) for c in raw["cities"]]
    for city, place in cities:
        by_key.setdefault(_world_key(city["name"]), place)
    for country in raw["countries"]:
        for form in country["forms"]:
            by_key[_world_key(form)] = countries[country["code"]]
    for city, place in cities:
        for form in city["forms"]:
            if len(form) >= _SHORTEST_ALIAS or _ARABIC_LETTER.search(form):
                by_key.setdefault(_world_key(form), place)
    cities_of: dict[str, list[Place]] = {}
    for _, place in cities:
        cities_of.setdefault(place.country or "", []).append(place)
    return _World(countries, by_key, {code: tuple(found) for code, found in cities_of.items()})


# Islands and regions abroad that host meetings, which the city data (100,000 people or more) lacks:
# name -> (country code, other spellings)
_WORLD_REGIONS: dict[str, tuple[str, ...]] = {
    "Bali": ("ID", "بالي"),
    "Lombok": ("ID",),
    "Nusa Dua": ("ID", "نوسا دوا"),
    "Jeju": ("KR", "Jeju Island", "جيجو", "Đảo Jeju"),
    "Phuket": ("TH", "بوكيت"),
    "Langkawi": ("MY", "لنكاوي"),
    "Boracay": ("PH",),
    "Hokkaido": ("JP",),
    "Okinawa": ("JP",),
    "Hainan": ("CN", "Hải Nam"),
    "Boao": ("CN", "Bác Ngao"),
    "Sharm el-Sheikh": ("EG", "Sharm El Sheikh", "شرم الشيخ", "Charm el-Cheikh"),
    "Davos": ("CH", "دافوس"),
    "Bonn": ("DE", "بون"),
}
_WORLD_FILE = "data/world_places.json.gz"


def preload() -> None:
    """Build the world table now (about 1-2 s) rather than at the first lookup."""
    _world()


def _world_key(form: str) -> str:
    """Arabic spellings are compared as written; Latin ones on :func:`key`."""
    return form.strip() if _ARABIC_LETTER.search(form) else key(form)


def world_lookup(text: str) -> Place | None:
    """The country or city outside Vietnam that ``text`` names, in any spelling the data has."""
    place = _world().by_key.get(_world_key(text))
    return None if place is not None and place.country == "VN" else place


@lru_cache(maxsize=256)
def world_city(text: str, code: str) -> Place | None:
    """The city of country ``code`` that ``text`` spells, where the country is spelt alike too
    ("الجزائر": Algiers as well as Algeria, "Mexico", "Singapore"): a dateline names the city a
    report is filed from. The biggest such city. Asked only of datelines that name a country, so
    read from the data in turn rather than kept as a second table; an outlet files from the same
    few capitals, so each answer is kept."""
    wanted = _world_key(text)
    for city in world_data()["cities"]:
        if city["country"] == code and wanted in {_world_key(f) for f in (city["name"], *city["forms"])}:
            return Place(city["name"], "world city", country=code)
    return None


def country(code: str) -> Place | None:
    """The country with ISO 3166 code ``code``."""
    return _world().countries.get(code)


def cities_of(code: str) -> tuple[Place, ...]:
    """Every city of country ``code`` in the data (100,000 people or more, and its capital)."""
    return _world().cities_of.get(code, ())


@lru_cache(maxsize=1)
def _spellings() -> tuple[str, ...]:
    """Every string a place lookup compares (Vietnamese and world keys, Arabic forms), sorted."""
    tables, world = _tables(), _world()
    return tuple(sorted({*tables.by_key, *tables.arabic, *world.by_key}))


def _opens(prefix: str) -> bool:
    """Whether some place spelling starts with ``prefix``."""
    spellings = _spellings()
    at = bisect_left(spellings, prefix)
    return at < len(spellings) and spellings[at].startswith(prefix)


def _reach(text: str, words: Sequence[re.Match[str]], i: int, exonyms: Sequence[str] = ()) -> int:
    """How many words from ``words[i]`` on could be one place name: joined by a space or hyphen,
    at most ``_LONGEST``, and each longer span still the start of some spelling.

    A span's key starts with the key of any shorter span of it, so once no spelling starts with
    a span, no longer one can be a place either. Most capitalised words (names, sentence starts)
    end the search at their first word, where every span up to four words used to be looked up.
    """
    reach = 0
    for k in range(i, min(i + _LONGEST, len(words))):
        if k > i and text[words[k - 1].end() : words[k].start()] not in (" ", "-"):
            break
        span = text[words[i].start() : words[k].end()]
        if not (_opens(key(span)) or _opens(span) or any(e.startswith(key(span)) for e in exonyms)):
            break
        reach = k - i + 1
    return reach


def find_world(text: str, exonyms: Mapping[str, str] | None = None) -> list[tuple[Place, int, int]]:
    """Every country or city outside Vietnam that ``text`` names, longest name first, with its span.

    A name starts at a capitalised Latin word or at an Arabic word and runs up to four words; a
    Vietnamese place wins over a foreign spelling of it. Many names are also common words or
    given names, so callers take a hit as a place only where something says it is one.
    ``exonyms`` maps a language's own spellings the data lacks, by their :func:`key`, to a name it
    has ("viên chăn": "Vientiane"), so the longer name wins over a shorter one inside it ("Viên"
    is Vienna); the caller keys them once, not on every text.
    """
    extra = exonyms or {}
    starts = tuple(extra)
    words = list(_WORLD_WORD.finditer(text))
    found: list[tuple[Place, int, int]] = []
    i = 0
    while i < len(words):
        first = words[i].group()
        hit: tuple[Place | None, int, int, int] | None = None
        if first[0].isupper() or _ARABIC_LETTER.match(first):
            reach = _reach(text, words, i, starts) or int(bool(_ARABIC_CLITIC.match(first)))
            for n in range(reach, 0, -1):
                span = text[words[i].start() : words[i + n - 1].end()]
                if lookup(span) is not None:  # a Vietnamese place ("Thái Nguyên"), not "Thái" abroad
                    hit = (None, 0, 0, n)
                    break
                place = world_lookup(extra.get(key(span), span))
                glued = 0
                if place is None and n == 1 and _ARABIC_CLITIC.match(span):
                    place, glued = world_lookup(span[1:]), 1  # a preposition glued on: "بالجزائر"
                if place is not None:  # the span starts after a glued preposition
                    hit = (place, words[i].start() + glued, words[i + n - 1].end(), n)
                    break
        if hit is None:
            i += 1
            continue
        place, start, end, n = hit
        if place is not None:
            found.append((place, start, end))
        i += n
    return found
