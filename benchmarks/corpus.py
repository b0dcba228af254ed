"""A benchmark corpus: the project's example articles recombined into thousands of conferences.

Each example article becomes a template by finding its slots: dates (in the five languages'
formats and ISO), Vietnamese personal names (Latin script with or without diacritics, and Arabic
script), provinces and their main cities, other numbers, and URLs. A generated conference has a
date in 2024, a province, four to six people (some of them national officials who attend many
conferences, as in real coverage) and its own digits; each of its 1-4 reports fills a randomly
chosen template with those values, in the template's own script and file format. So reports of
one conference agree on date, place, people and most numbers, across languages, and different
conferences in the same province or with the same officials are there to be told apart.

Names and numbers map by order of first appearance: a template's second distinct person becomes
the conference's second person, its third number takes the conference's third digit stream.
Dates shift by the template's offset from its earliest date, so deadlines stay after the event.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import import_module
from pathlib import Path

from briefgen.gazetteer import lookup as known_place
from briefgen.pipeline import analyse_article, load_articles
from briefgen.plugins import get_registry
from briefgen.textutil import fold

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE_DIRS = (ROOT / "examples" / "articles", ROOT / "tests" / "data" / "articles")

# --- names ---------------------------------------------------------------------------------------

# Vietnamese syllables used in generated names: plain Latin -> (with diacritics, Arabic script).
SYLLABLES = {
    "Nguyen": ("Nguyễn", "نغوين"),
    "Tran": ("Trần", "تران"),
    "Le": ("Lê", "لي"),
    "Pham": ("Phạm", "فام"),
    "Hoang": ("Hoàng", "هوانغ"),
    "Vu": ("Vũ", "فو"),
    "Dang": ("Đặng", "دانغ"),
    "Bui": ("Bùi", "بوي"),
    "Do": ("Đỗ", "دو"),
    "Ngo": ("Ngô", "نغو"),
    "Phan": ("Phan", "فان"),
    "Van": ("Văn", "فان"),
    "Thi": ("Thị", "ثي"),
    "Duc": ("Đức", "دوك"),
    "Minh": ("Minh", "مينه"),
    "Quoc": ("Quốc", "كووك"),
    "Xuan": ("Xuân", "شوان"),
    "Thanh": ("Thanh", "ثانه"),
    "Huu": ("Hữu", "هوو"),
    "Ngoc": ("Ngọc", "نغوك"),
    "Thu": ("Thu", "ثو"),
    "Kim": ("Kim", "كيم"),
    "Hong": ("Hồng", "هونغ"),
    "Hung": ("Hùng", "هونغ"),
    "Son": ("Sơn", "سون"),
    "Tung": ("Tùng", "تونغ"),
    "Giang": ("Giang", "جيانغ"),
    "Nga": ("Nga", "نغا"),
    "Binh": ("Bình", "بينه"),
    "Lan": ("Lan", "لان"),
    "Hoa": ("Hoa", "هوا"),
    "Anh": ("Anh", "آنه"),
    "Tuan": ("Tuấn", "توان"),
    "Dung": ("Dũng", "دونغ"),
    "Phuong": ("Phương", "فونغ"),
    "Khanh": ("Khánh", "خانه"),
    "Long": ("Long", "لونغ"),
    "Thuy": ("Thủy", "ثوي"),
    "Hieu": ("Hiếu", "هيو"),
    "Nam": ("Nam", "نام"),
}
SURNAMES = ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Phan")
MIDDLES = ("Van", "Thi", "Duc", "Minh", "Quoc", "Xuan", "Thanh", "Huu", "Ngoc", "Thu", "Kim")
GIVENS = (
    "Hong",
    "Hung",
    "Son",
    "Tung",
    "Giang",
    "Nga",
    "Binh",
    "Lan",
    "Hoa",
    "Anh",
    "Tuan",
    "Dung",
    "Phuong",
    "Khanh",
    "Long",
    "Thuy",
    "Hieu",
    "Nam",
)

# What a template's names look like: a surname, then 1-3 syllables of Vietnamese given names.
TEMPLATE_SURNAMES = [
    "Nguyen",
    "Tran",
    "Le",
    "Pham",
    "Hoang",
    "Huynh",
    "Phan",
    "Vu",
    "Vo",
    "Dang",
    "Bui",
    "Do",
    "Ho",
    "Ngo",
    "Duong",
    "Ly",
    "Lo",
    "Doan",
    "Ha",
    "Trinh",
    "Dinh",
    "Mai",
    "Cao",
    "Lam",
    "Luong",
    "Chu",
    "Ta",
    "Thai",
    "Trieu",
    "Quach",
    "Kieu",
    "Lai",
    "Mac",
    "Tong",
    "Vuong",
]
_GIVEN_SYLLABLES = frozenset(
    [
        "van",
        "thi",
        "duc",
        "minh",
        "quoc",
        "xuan",
        "thanh",
        "huu",
        "hai",
        "ngoc",
        "hong",
        "hung",
        "son",
        "tung",
        "giang",
        "nga",
        "binh",
        "lan",
        "hoa",
        "anh",
        "tuan",
        "dung",
        "phuong",
        "khanh",
        "kim",
        "oanh",
        "duy",
        "chau",
        "trong",
        "tai",
        "mai",
        "hiep",
        "sinh",
        "quang",
        "vinh",
        "liem",
        "thu",
        "hang",
        "thuy",
        "ky",
        "huyen",
        "thinh",
        "hieu",
        "nam",
        "trung",
        "dat",
        "hau",
        "linh",
        "huong",
        "trang",
        "yen",
        "cuong",
        "manh",
        "thang",
        "loi",
        "phuc",
        "tam",
        "tien",
        "viet",
        "hanh",
        "dieu",
        "nhung",
        "nhan",
        "hien",
        "hoai",
        "tuyet",
        "dao",
        "khoa",
        "hoan",
        "toan",
        "thao",
        "ngan",
        "loan",
        "phat",
        "phong",
        "khai",
        "tri",
        "luan",
        "bao",
        "cong",
        "chinh",
        "dinh",
        "khang",
        "kien",
        "luc",
        "nhat",
        "phu",
        "quan",
        "quy",
        "sang",
        "tan",
        "thach",
        "thien",
        "tho",
        "tinh",
        "truong",
        "tu",
        "uyen",
        "vy",
        "luong",
        "vu",
        "dang",
        "le",
        "ha",
        "hoang",
        "lam",
        "long",
    ]
)
_AR_SURNAMES = [
    "نغوين",
    "تران",
    "لي",
    "فام",
    "هوانغ",
    "هوينه",
    "فان",
    "فو",
    "دانغ",
    "بوي",
    "دو",
    "نغو",
    "دوونغ",
    "لو",
    "دوان",
    "ها",
    "ترينه",
    "دينه",
    "ماي",
    "كاو",
    "لام",
]
_AR_STOP = frozenset(
    ["إن", "أن", "في", "من", "على", "عن", "مع", "ثم", "قد", "هو", "هي", "إلى", "التي", "الذي"]
)
_SURNAMES_FOLDED = frozenset(fold(s) for s in TEMPLATE_SURNAMES)

# --- places --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Place:
    """A province and its main city, each in (plain Latin, Vietnamese, Arabic script)."""

    province: tuple[str, str, str]
    city: tuple[str, str, str]


PLACES = (
    Place(("Quang Ninh", "Quảng Ninh", "كوانغ نينه"), ("Ha Long", "Hạ Long", "ها لونغ")),
    Place(("Lam Dong", "Lâm Đồng", "لام دونغ"), ("Da Lat", "Đà Lạt", "دا لات")),
    Place(("Nghe An", "Nghệ An", "نغي آن"), ("Vinh", "Vinh", "فينه")),
    Place(("Thua Thien Hue", "Thừa Thiên Huế", "ثوا ثين هوي"), ("Hue", "Huế", "هوي")),
    Place(("Can Tho", "Cần Thơ", "كان ثو"), ("Can Tho", "Cần Thơ", "كان ثو")),
    Place(("Hanoi", "Hà Nội", "هانوي"), ("Hanoi", "Hà Nội", "هانوي")),
    Place(("Binh Dinh", "Bình Định", "بينه دينه"), ("Quy Nhon", "Quy Nhơn", "كوي نيون")),
    Place(("Dak Lak", "Đắk Lắk", "داك لاك"), ("Buon Ma Thuot", "Buôn Ma Thuột", "بوون ما ثوت")),
    Place(("Khanh Hoa", "Khánh Hòa", "خانه هوا"), ("Nha Trang", "Nha Trang", "نها ترانغ")),
    Place(("Lao Cai", "Lào Cai", "لاو كاي"), ("Lao Cai", "Lào Cai", "لاو كاي")),
    Place(("Thanh Hoa", "Thanh Hóa", "ثانه هوا"), ("Thanh Hoa", "Thanh Hóa", "ثانه هوا")),
    Place(("Son La", "Sơn La", "سون لا"), ("Son La", "Sơn La", "سون لا")),
    Place(("Gia Lai", "Gia Lai", "جيا لاي"), ("Pleiku", "Pleiku", "بليكو")),
    Place(("Kien Giang", "Kiên Giang", "كين جيانغ"), ("Rach Gia", "Rạch Giá", "راش جيا")),
    Place(("Dong Thap", "Đồng Tháp", "دونغ ثاب"), ("Cao Lanh", "Cao Lãnh", "كاو لانه")),
    Place(("Hai Phong", "Hải Phòng", "هاي فونغ"), ("Hai Phong", "Hải Phòng", "هاي فونغ")),
    Place(("Ninh Binh", "Ninh Bình", "نينه بينه"), ("Ninh Binh", "Ninh Bình", "نينه بينه")),
    Place(("Quang Binh", "Quảng Bình", "كوانغ بينه"), ("Dong Hoi", "Đồng Hới", "دونغ هوي")),
    Place(("Ha Giang", "Hà Giang", "ها جيانغ"), ("Ha Giang", "Hà Giang", "ها جيانغ")),
    Place(("Da Nang", "Đà Nẵng", "دا نانغ"), ("Da Nang", "Đà Nẵng", "دا نانغ")),
    Place(("Thai Binh", "Thái Bình", "تاي بينه"), ("Thai Binh", "Thái Bình", "تاي بينه")),
)
# Other spellings a template may use, as (spelling, index into PLACES, is it the city).
_PLACE_SPELLINGS = [
    (spelling, i, is_city)
    for i, place in enumerate(PLACES)
    for is_city, names in ((False, place.province), (True, place.city))
    for spelling in names
] + [("Ha Noi", 5, False), ("Thua Thien-Hue", 3, False), ("Thành phố Hồ Chí Minh", 5, True)]

# --- dates ---------------------------------------------------------------------------------------


def _month_names(code: str, last: bool = False) -> list[str]:
    """Month names in month order, as the language plugin spells them first (or last: Arabic
    lists the Levantine names, كانون الثاني ..., after the Egyptian ones)."""
    spellings: dict[int, list[str]] = {}
    for name, number in import_module(f"briefgen_plugins.lang_{code}.profile").PROFILE.months.items():
        spellings.setdefault(number, []).append(name)
    return [spellings[n][-1 if last else 0] for n in range(1, 13)]


_MONTHS = {
    "en": _month_names("en"),
    "fr": _month_names("fr"),
    "id": _month_names("id"),
    "ar": _month_names("ar"),
    "ar-levant": _month_names("ar", last=True),
}


def _month_alternation(names: Iterable[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@dataclass(frozen=True)
class DateForm:
    """One way articles write a date: how to find it, read it, and write another date like it."""

    pattern: re.Pattern[str]
    read: Callable[[re.Match[str]], date | None]
    write: Callable[[re.Match[str], date], str]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_month_year(style: str) -> DateForm:
    months = _MONTHS[style]
    index = {m.casefold(): i for i, m in enumerate(months, 1)}
    # "3 octobre 2024"; without a year ("le 3 octobre") the year is the template's own.
    pattern = re.compile(
        rf"\b(\d{{1,2}})(er)? ({_month_alternation(months)})(?:,? (\d{{4}}))?\b", re.IGNORECASE
    )
    return DateForm(
        pattern,
        lambda m: _safe_date(int(m[4] or 2024), index[m[3].casefold()], int(m[1])),
        lambda m, d: (
            f"{d.day}{'er' if m[2] and d.day == 1 else ''} {months[d.month - 1]}"
            + (f" {d.year}" if m[4] else "")
        ),
    )


def _english_month_first() -> DateForm:
    months = _MONTHS["en"]
    index = {m: i for i, m in enumerate(months, 1)}
    # "December 6, 2024"; without a year ("on December 6") the year is the template's own.
    pattern = re.compile(rf"\b({_month_alternation(months)}) (\d{{1,2}})(?:, (\d{{4}}))?\b")
    return DateForm(
        pattern,
        lambda m: _safe_date(int(m[3] or 2024), index[m[1]], int(m[2])),
        lambda m, d: f"{months[d.month - 1]} {d.day}" + (f", {d.year}" if m[3] else ""),
    )


DATE_FORMS = (
    DateForm(  # ISO, with an optional time: published dates in HTML and JSON, page timestamps
        re.compile(r"\b(\d{4})-(\d{2})-(\d{2})((?:T| )\d\d:\d\d(?::\d\d)?(?:[.+\-Z][\d:]*)?)?"),
        lambda m: _safe_date(int(m[1]), int(m[2]), int(m[3])),
        lambda m, d: d.isoformat() + (m[4] or ""),
    ),
    DateForm(  # Vietnamese 28/3/2024
        re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"),
        lambda m: _safe_date(int(m[3]), int(m[2]), int(m[1])),
        lambda m, d: f"{d.day}/{d.month}/{d.year}",
    ),
    DateForm(  # Vietnamese "Ngày 28/3": the year is the template's own
        re.compile(r"(?<=[Nn]gày )(\d{1,2})/(\d{1,2})\b(?!/)"),
        lambda m: _safe_date(2024, int(m[2]), int(m[1])),
        lambda m, d: f"{d.day}/{d.month}",
    ),
    DateForm(  # Vietnamese "ngày 28 tháng 3 năm 2024"
        re.compile(r"\b(\d{1,2}) tháng (\d{1,2}) năm (\d{4})\b"),
        lambda m: _safe_date(int(m[3]), int(m[2]), int(m[1])),
        lambda m, d: f"{d.day} tháng {d.month} năm {d.year}",
    ),
    _english_month_first(),
    *(_day_month_year(style) for style in ("en", "fr", "id", "ar", "ar-levant")),
)

# --- templates -----------------------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s\"'<>]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?: \d{3}(?!\d))*")
_TAG = re.compile(r"<[^>]*>")
_YEAR = re.compile(r"(?:19[5-9]\d|20[0-4]\d)")


@dataclass(frozen=True)
class Slot:
    start: int
    end: int
    kind: str  # "date", "person", "place", "number", "url"
    key: object  # the date, the name's index in the template, (place index, is_city), number index


_WORD = re.compile(r"[^\W\d_]+")
_ARABIC_NAME = re.compile(rf"(?<![\u0621-\u064a])(?:{'|'.join(_AR_SURNAMES)})((?: [\u0621-\u064a]+){{1,3}})")


def _latin_name_spans(text: str) -> Iterable[tuple[int, int]]:
    """A capitalised surname, then 1-3 capitalised syllables that Vietnamese given names use."""
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        first = words[i]
        end, j = first.end(), i + 1
        if first[0][0].isupper() and fold(first[0]) in _SURNAMES_FOLDED:
            while (
                j < len(words)
                and j - i <= 3
                and text[end : words[j].start()] == " "
                and words[j][0][0].isupper()
                and fold(words[j][0]) in _GIVEN_SYLLABLES
            ):
                end, j = words[j].end(), j + 1
        if j - i > 1 and not known_place(text[first.start() : end]):  # "Hà Nam" is a province
            yield first.start(), end
            i = j
        else:
            i += 1


def _name_spans(text: str) -> Iterable[tuple[int, int]]:
    """Vietnamese personal names in Latin script (with or without diacritics) and in Arabic script."""
    yield from _latin_name_spans(text)
    for match in _ARABIC_NAME.finditer(text):
        words = match[1].split()
        keep = 0
        while keep < len(words) and words[keep] not in _AR_STOP and not words[keep].startswith(("ال", "وال")):
            keep += 1
        if keep:
            yield match.start(), match.start(1) + len(" ".join(["", *words[:keep]]))


def _place_spans(text: str) -> Iterable[tuple[int, int, tuple[int, bool]]]:
    for spelling, index, is_city in _PLACE_SPELLINGS:
        for match in re.finditer(rf"(?<!\w){re.escape(spelling)}(?!\w)", text):
            yield match.start(), match.end(), (index, is_city)


@lru_cache(maxsize=256)
def find_slots(text: str, markup: bool = False) -> tuple[Slot, ...]:
    """Every slot in ``text``, overlaps resolved in favour of the longer (places win ties).

    With ``markup`` (HTML), numbers inside tags stay: ``charset=utf-8`` is not a figure.
    """
    candidates: list[tuple[int, int, str, object]] = []
    for form in DATE_FORMS:
        for match in form.pattern.finditer(text):
            if form.read(match):
                candidates.append((match.start(), match.end(), "date", match))
    candidates += [(s, e, "place", key) for s, e, key in _place_spans(text)]
    candidates += [(s, e, "person", None) for s, e in _name_spans(text)]
    candidates += [(m.start(), m.end(), "url", None) for m in _URL.finditer(text)]
    rank = {"date": 0, "url": 1, "place": 2, "person": 3}
    candidates.sort(key=lambda c: (-(c[1] - c[0]), rank[c[2]], c[0]))
    taken = bytearray(len(text))
    chosen: list[tuple[int, int, str, object]] = []
    for start, end, kind, key in candidates:
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            chosen.append((start, end, kind, key))
    if markup:
        for tag in _TAG.finditer(text):
            taken[tag.start() : tag.end()] = b"\x01" * (tag.end() - tag.start())
    for match in _NUMBER.finditer(text):
        if not any(taken[match.start() : match.end()]) and not _YEAR.fullmatch(match[0]):
            chosen.append((match.start(), match.end(), "number", None))
    chosen.sort()
    names: dict[str, int] = {}
    slots, numbers = [], 0
    for start, end, kind, key in chosen:
        if kind == "person":
            key = names.setdefault(fold(text[start:end]), len(names))
        elif kind == "number":
            key, numbers = numbers, numbers + 1
        slots.append(Slot(start, end, kind, key))
    return tuple(slots)


@dataclass(frozen=True)
class Template:
    """One example article (or one record of a JSON Lines file) with its slots found."""

    name: str
    language: str
    extension: str
    record: dict | None  # the JSON record for .jsonl templates; text lives in its string fields
    raw: str  # the file text for the other formats
    anchor: date  # the event date as briefgen reads it: generated dates keep their offset from it

    def fields(self) -> dict[str, str]:
        return _fields(self.record, self.raw)


def _fields(record: dict | None, raw: str) -> dict[str, str]:
    """The text a template's slots are in: the whole file, or a record's string fields."""
    if record is None:
        return {"": raw}
    return {k: v for k, v in record.items() if isinstance(v, str) and k != "language"}


def _language_of(path: Path, record: dict | None) -> str:
    if record and isinstance(record.get("language"), str):
        return record["language"]
    return path.name.split("_", 1)[0]


def _dates_in(text: str) -> list[date]:
    found = []
    for form in DATE_FORMS:
        for match in form.pattern.finditer(text):
            value = form.read(match)
            if value:
                found.append(value)
    return found


def _event_days(path: Path) -> list[date | None]:
    """The event day briefgen itself reads in each article of ``path`` (loaded by its own loaders),
    so every report generated from a template keeps the event on the conference's day, not on
    a teaser's or a page timestamp's."""
    articles, _ = load_articles([path], get_registry(), max_bytes=2**31)
    days = []
    for article in articles:
        found = analyse_article(article)
        try:
            days.append(date.fromisoformat(getattr(getattr(found, "event", None), "date", None) or ""))
        except ValueError:
            days.append(None)
    return days


def load_templates(dirs: Iterable[Path] = TEMPLATE_DIRS) -> list[Template]:
    """Every example article whose event day briefgen can read: others cannot be placed in a conference."""
    templates = []
    for folder in dirs:
        for path in sorted(folder.glob("*")) if folder.is_dir() else ():
            if not path.is_file() or path.name.startswith("."):
                continue
            raw = path.read_text(encoding="utf-8", errors="replace")
            ext = path.suffix.lstrip(".")
            records = (
                [json.loads(line) for line in raw.splitlines() if line.strip()] if ext == "jsonl" else [None]
            )
            days = _event_days(path)
            for n, record in enumerate(records):
                text = "\n".join(_fields(record, raw).values())
                language = _language_of(path, record)
                anchor = days[n] if n < len(days) else None
                if anchor and _dates_in(text):
                    templates.append(Template(f"{path.stem}-{n}", language, ext, record, raw, anchor))
    if not templates:
        raise SystemExit("no example articles with dates under examples/articles or tests/data/articles")
    return templates


# --- conferences ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Conference:
    number: int
    day: date
    place: Place
    people: tuple[tuple[str, ...], ...]  # names as plain-Latin syllables
    digits: tuple[str, ...]  # one stream of digits per number slot


def _person(rng: random.Random) -> tuple[str, ...]:
    middle = rng.sample(MIDDLES, rng.choice((1, 1, 2)))
    return (rng.choice(SURNAMES), *middle, rng.choice(GIVENS))


def make_conference(rng: random.Random, number: int, officials: list[tuple[str, ...]]) -> Conference:
    people = (*rng.sample(officials, rng.randint(1, 2)), *(_person(rng) for _ in range(rng.randint(3, 4))))
    rng_people = list(people)
    rng.shuffle(rng_people)
    digits = tuple(
        "".join([str(rng.randint(1, 9)), *(str(rng.randint(0, 9)) for _ in range(11))]) for _ in range(40)
    )
    return Conference(
        number=number,
        day=date(2024, 1, 1) + timedelta(days=rng.randrange(366)),
        place=rng.choice(PLACES),
        people=tuple(rng_people),
        digits=digits,
    )


def _script(language: str) -> int:
    """Index into the (plain Latin, Vietnamese, Arabic) spellings a language's articles use."""
    return {"vi": 1, "ar": 2}.get(language, 0)


def _name(syllables: tuple[str, ...], script: int) -> str:
    return " ".join(SYLLABLES[s][script - 1] if script else s for s in syllables)


def _number(original: str, stream: str) -> str:
    """``stream``'s digits in ``original``'s shape: same separators, same digit script."""
    out, used = [], 0
    for char in original:
        if char.isdigit():
            value = int(stream[used % len(stream)])
            out.append(chr(ord(char) - unicodedata.digit(char) + value))
            used += 1
        else:
            out.append(char)
    return "".join(out)


def _over_100(number: str) -> bool:
    try:
        return float(number.replace(" ", "").replace(",", ".")) > 100
    except ValueError:
        return False


def fill(template: Template, conference: Conference, article_id: str) -> str:
    """The file text of ``template`` reporting ``conference``."""
    script = _script(template.language)
    shift = conference.day - template.anchor

    def replace(text: str) -> str:
        parts, last = [], 0
        for slot in find_slots(text, markup=template.extension in ("html", "htm")):
            original = text[slot.start : slot.end]
            if slot.kind == "date":
                match = slot.key
                new = next(f.write(match, f.read(match) + shift) for f in DATE_FORMS if f.pattern is match.re)
            elif slot.kind == "place":
                _, is_city = slot.key
                new = (conference.place.city if is_city else conference.place.province)[script]
            elif slot.kind == "person":
                new = _name(conference.people[slot.key % len(conference.people)], script)
            elif slot.kind == "number":
                new = _number(original, conference.digits[slot.key % len(conference.digits)])
                if text[slot.end : slot.end + 2].lstrip().startswith("%") and _over_100(new):
                    new = original  # keep shares possible
            else:
                new = f"https://news.example.org/{template.language}/{article_id}"
            parts += [text[last : slot.start], new]
            last = slot.end
        return "".join([*parts, text[last:]])

    if template.record is None:
        return replace(template.raw)
    record = {k: replace(v) if k in template.fields() else v for k, v in template.record.items()}
    return json.dumps(record, ensure_ascii=False) + "\n"


def generate(
    count: int, out_dir: Path, seed: int = 7, templates: list[Template] | None = None
) -> dict[str, int]:
    """Write ``count`` articles under ``out_dir``; return each file's name -> its conference number."""
    templates = templates or load_templates()
    rng = random.Random(seed)
    officials = [_person(rng) for _ in range(12)]
    out_dir.mkdir(parents=True, exist_ok=True)
    truth: dict[str, int] = {}
    number = 0
    while len(truth) < count:
        conference = make_conference(rng, number, officials)
        for _ in range(min(rng.randint(1, 4), count - len(truth))):
            template = rng.choice(templates)
            article_id = f"{len(truth):05d}-{template.language}"
            name = f"{article_id}.{template.extension}"
            (out_dir / name).write_text(fill(template, conference, article_id), encoding="utf-8")
            truth[name] = number
        number += 1
    return truth
