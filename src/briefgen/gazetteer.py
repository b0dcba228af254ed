"""Vietnam's 63 provinces and centrally-run cities, findable in every script the sources use.

This is the one data module of places: the tables below are plain literals so that adding a
province, a town or a spelling is one line, and it imports nothing from the analysis, so every
module (and every language pack) may use it without an import loop.

Articles name a host province with or without diacritics ("Thanh Hóa", "Thanh Hoa", "Thanh
Hoá"), glued or spaced ("Hanoi", "Ha Noi") and, in Arabic, transliterated ("باك جيانج").
Everything is compared on one key, the folded name with spaces and hyphens removed, so one
table serves all five languages; Arabic spans are romanised before the lookup.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .textutil import fold, fold_name

# (Vietnamese name, kind): kind "city" for the five centrally-run cities.
_UNITS: tuple[tuple[str, str], ...] = (
    ("Hà Nội", "city"),
    ("Hải Phòng", "city"),
    ("Đà Nẵng", "city"),
    ("Cần Thơ", "city"),
    ("Hồ Chí Minh", "city"),
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
}  # fmt: skip
# Towns whose names are also given names ("Nguyen Van Vinh", "Tran Bao Loc"): resolved when a place
# field names them (:func:`province_of`), never looked for in running text or taken as a place there.
_NAME_LIKE_TOWNS: dict[str, str] = {
    "Vinh": "Nghệ An", "Bảo Lộc": "Lâm Đồng", "Phú Quốc": "Kiên Giang", "Hà Đông": "Hà Nội",
}  # fmt: skip
# Spellings a folded-name key cannot derive: English exonyms and common short forms.
_ALIASES: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("Hanoi", "Hanoï"),
    "Hải Phòng": ("Haiphong",),
    "Đà Nẵng": ("Danang",),
    "Hồ Chí Minh": ("Ho Chi Minh City", "HCMC", "HCM", "TP.HCM", "TPHCM", "Saigon", "Sài Gòn"),
    "Thừa Thiên Huế": ("Thua Thien-Hue", "Huế"),
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
    """A province, city or town: the Vietnamese name and how a briefing writes it in English.

    ``province`` is the Vietnamese name of the province a town lies in (None for the provinces
    and centrally-run cities themselves).
    """

    native: str
    kind: str
    province: str | None = None

    @property
    def english(self) -> str:
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


def find_latin(text: str) -> list[tuple[Place, int, int]]:
    """Every province or city named in Latin-script ``text``, with its span."""
    tables = _tables()
    return [(tables.by_key[key(m.group())], m.start(), m.end()) for m in tables.pattern.finditer(text)]


def all_places() -> tuple[Place, ...]:
    """The provinces and centrally-run cities (no towns): what syllable romanisers learn place names from."""
    return tuple(Place(n, k) for n, k in _UNITS)
