"""Vietnam's 63 provinces and centrally-run cities, findable in every script the sources use.

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

from ..textutil import fold, fold_name

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

# Well-known towns: never personal names, and the "city" part of "Quy Nhon city, Binh Dinh province".
_TOWNS: tuple[str, ...] = (
    "Hạ Long", "Nha Trang", "Đà Lạt", "Vũng Tàu", "Hội An", "Quy Nhơn", "Buôn Ma Thuột", "Pleiku", "Sa Pa",
    "Mỹ Tho", "Biên Hòa", "Phan Thiết", "Việt Trì", "Vĩnh Yên", "Móng Cái", "Thủ Đức", "Phủ Lý", "Tam Kỳ",
    "Đồng Hới", "Đông Hà", "Tuy Hòa", "Phan Rang", "Rạch Giá", "Long Xuyên", "Cao Lãnh", "Tân An",
)  # fmt: skip
# Spellings a folded-name key cannot derive: English exonyms and common short forms.
_ALIASES: dict[str, tuple[str, ...]] = {
    "Hà Nội": ("Hanoi",),
    "Hải Phòng": ("Haiphong",),
    "Đà Nẵng": ("Danang",),
    "Hồ Chí Minh": ("Ho Chi Minh City", "HCMC", "TP.HCM", "TPHCM", "Saigon", "Sài Gòn"),
    "Thừa Thiên Huế": ("Thua Thien-Hue", "Huế"),
    "Đắk Lắk": ("Dak Lak", "Daklak", "Đắc Lắc"),
    "Bà Rịa - Vũng Tàu": ("Ba Ria-Vung Tau", "Bà Rịa-Vũng Tàu"),
    "Kon Tum": ("Kontum",),
}
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
    """A province or city: the Vietnamese name and how a briefing writes it in English."""

    native: str
    kind: str

    @property
    def english(self) -> str:
        name = fold_name(self.native).replace(" - ", "-")
        if self.native == "Hồ Chí Minh":
            return "Ho Chi Minh City"
        return f"{name} province" if self.kind == "province" else f"{name} city"


def key(text: str) -> str:
    """The comparison key: folded, without spaces, hyphens or dots ("Hà Nội" == "Hanoi")."""
    return re.sub(r"[\s\-.]", "", fold(text))


def _variants(name: str) -> set[str]:
    """Surface forms of a name: as written, folded, and with the old tone placement ("Hoà")."""
    old = name
    for new_form, old_form in _OLD_TONE.items():
        old = old.replace(new_form, old_form)
    return {unicodedata.normalize("NFC", f) for f in (name, old, fold_name(name))}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Place], re.Pattern[str], dict[str, Place]]:
    by_key: dict[str, Place] = {}
    forms: set[str] = set()
    arabic: dict[str, Place] = {}
    for native, kind in (*_UNITS, *((town, "town") for town in _TOWNS)):
        place = Place(native, kind)
        for form in _variants(native) | set(_ALIASES.get(native, ())):
            forms.add(form)
            by_key[key(form)] = place
        for form in _ARABIC.get(native, ()):
            arabic[form] = place
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")
    return by_key, pattern, arabic


@lru_cache(maxsize=65536)
def lookup(text: str) -> Place | None:
    """The place whose name ``text`` is, in any spelling, or None.

    Cached: name finding asks this of every run of capitalised words, the same few thousand
    strings over and over across a corpus, and folding them was a third of analysis time.
    """
    by_key, _, arabic = _tables()
    return by_key.get(key(text)) or arabic.get(text.strip())


def find_latin(text: str) -> list[tuple[Place, int, int]]:
    """Every province or city named in Latin-script ``text``, with its span."""
    by_key, pattern, _ = _tables()
    return [(by_key[key(m.group())], m.start(), m.end()) for m in pattern.finditer(text)]


_ARABIC_CUE = re.compile(r"(?<!\w)(?:[وبل]?(?:مقاطعة|محافظة|مدينة|إقليم)|في)\s+")
_ARABIC_WORDS = re.compile(r"[\u0621-\u064a]+")


def find_arabic(text: str) -> list[tuple[Place, int, int]]:
    """Provinces and cities named in Arabic script after a place word ("في مقاطعة باك جيانج")."""
    from .names import romanise  # cached; the syllable tables are built on first use

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


def all_places() -> tuple[Place, ...]:
    return tuple(Place(n, k) for n, k in _UNITS)
