"""Numbers in Arabic text: written-out cardinals and ordinals, counted duals, and Arabic-Indic digits.

Arabic news writes small numbers as words ("خمسون مندوبا", "ثماني مقاطعات"), anniversaries and
sessions as ordinals ("الذكرى الخامسة والسبعين", "الدورة الثالثة عشرة"), and "two" as a dual
ending on the counted noun ("موضوعين" = two topics). A figure extractor that only looks for
digits misses all of these, and a naive substring search finds "عشر" inside "العشرات" or "ست"
inside "ستكون". So we tokenise on whole Arabic words, peel off the clitics Arabic glues to a word
(و ف ب ل ك and the article ال), look the stem up in a lexicon, and combine neighbouring number
words with the few rules Arabic uses (units before tens joined by و, teens as unit + عشر/عشرة,
hundreds and thousands before smaller parts). Spans cover the whole words, clitics included, so
they can be quoted verbatim.

Standard library only; the lexicon is built once, on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from briefgen.textutil import DIGITS

# --- digits -------------------------------------------------------------------------------------
_DIGIT_TABLE = {**DIGITS, ord("\u066b"): ".", ord("\u066c"): ","}  # ٫ decimal, ٬ thousands


def normalise_digits(text: str) -> str:
    """Arabic-Indic and Extended Arabic-Indic digits to ASCII, ٫ to "." and ٬ to ",".

    One character in, one character out, so spans found in the result are valid in ``text``.
    """
    return text.translate(_DIGIT_TABLE)


# --- lexicon ------------------------------------------------------------------------------------
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alif, tatweel
_LETTERS = str.maketrans("أإآٱىة", "اااايه")


def _normalise(word: str) -> str:
    """The lookup form: no harakat or tatweel, hamza-alifs as ا, ى as ي, ة as ه."""
    return _DIACRITICS.sub("", word).translate(_LETTERS)


@dataclass(frozen=True)
class _Entry:
    """What a stem means. ``kind`` drives the combination rules in :func:`find_number_words`."""

    kind: str  # unit | teen_head | ten | hundred | scale | scale_plural | teen | dual | half
    value: int
    ordinal: bool = False  # ordinals only count with the article: "الثالث", not "ثالث"


_UNITS = {
    1: "واحد واحدة واحدا",
    2: "اثنان اثنين اثنتان اثنتين ثنتان ثنتين",
    3: "ثلاث ثلاثة",
    4: "أربع أربعة",
    5: "خمس خمسة",
    6: "ست ستة",
    7: "سبع سبعة",
    8: "ثمان ثماني ثمانية",
    9: "تسع تسعة",
}
_ORDINALS = {
    1: "أول أولى",
    2: "ثاني ثانية",
    3: "ثالث ثالثة",
    4: "رابع رابعة",
    5: "خامس خامسة",
    6: "سادس سادسة",
    7: "سابع سابعة",
    8: "ثامن ثامنة",
    9: "تاسع تاسعة",
    10: "عاشر عاشرة",
}
# Only before عشر/عشرة: "أحد عشر" (11), "اثنا عشر" (12), "الحادي عشر" (11th).
_TEEN_HEADS = {1: "أحد إحدى حادي حادية", 2: "اثنا اثنتا اثني اثنتي"}
_TENS = {
    20: "عشرون عشرين",
    30: "ثلاثون ثلاثين",
    40: "أربعون أربعين",
    50: "خمسون خمسين",
    60: "ستون ستين",
    70: "سبعون سبعين",
    80: "ثمانون ثمانين",
    90: "تسعون تسعين",
}
_HUNDRED_WORDS = ("مائة", "مئة")
_HUNDRED_PREFIXES = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان ثماني", 9: "تسع"}
_SCALES = {
    1000: ("ألف ألفا", "ألفان ألفين", "آلاف"),
    1_000_000: ("مليون مليونا", "مليونان مليونين", "ملايين"),
    1_000_000_000: ("مليار مليارا", "ملياران مليارين", "مليارات"),
}
# Counted nouns of meeting reports whose dual form means "two of them".
_DUAL_NOUNS = """
موضوع مجموعة يوم مؤتمر مقاطعة وفد اتفاقية معاهدة مرحلة جلسة دورة شهر عام سنة أسبوع ساعة دولة
"""
_TEEN_MARKERS = ("عشر", "عشرة")


@cache
def _lexicon() -> dict[str, _Entry]:
    table: dict[str, _Entry] = {}

    def add(words: str, entry: _Entry) -> None:
        for word in words.split():
            table[_normalise(word)] = entry

    for value, words in _UNITS.items():
        add(words, _Entry("unit", value))
    for value, words in _ORDINALS.items():
        add(words, _Entry("unit", value, ordinal=True))
    for value, words in _TEEN_HEADS.items():
        add(words, _Entry("teen_head", value))
    add(" ".join(_TEEN_MARKERS), _Entry("teen", 10))
    for value, words in _TENS.items():
        add(words, _Entry("ten", value))
    add(" ".join(_HUNDRED_WORDS), _Entry("hundred", 100))
    add("مائتان مائتين مئتان مئتين", _Entry("hundred", 200))
    for value, prefixes in _HUNDRED_PREFIXES.items():
        add(" ".join(p + h for p in prefixes.split() for h in _HUNDRED_WORDS), _Entry("hundred", value * 100))
    for value, (single, dual, plural) in _SCALES.items():
        add(single, _Entry("scale", value))
        add(dual, _Entry("scale", 2 * value))
        add(plural, _Entry("scale_plural", value))
    for noun in _DUAL_NOUNS.split():
        stem = _normalise(noun)
        stem = stem[:-1] + "ت" if stem.endswith("ه") else stem
        add(f"{stem}ين {stem}ان", _Entry("dual", 2))
    add("نصف", _Entry("half", 0))
    return table


# Clitics that may be glued before a number word, longest first: conjunctions و/ف, prepositions
# ب/ل/ك, the article ال (ل + ال is written لل).
_PREFIX_TEXT = "وبال وال بال كال فال ولل لل ال وب ول وك و ف ب ل ك"
_PREFIXES = (*_PREFIX_TEXT.split(), "")
# Whole words that look like number words but are not: "لست" (I am not), "الاثنين" (Monday).
_NOT_NUMBERS = frozenset({"لست", "الاثنين", "والاثنين"})
_MONTH_WORDS = frozenset(_normalise(w) for w in ("كانون", "تشرين", "ربيع", "جمادى"))  # كانون الأول ...


@dataclass(frozen=True)
class _Word:
    """A number word in the text with how it was written."""

    start: int
    end: int
    entry: _Entry
    conj: bool  # glued و/ف: "وعشرون"
    article: bool
    prefix: str


@lru_cache(maxsize=8192)
def _parse(word: str) -> tuple[_Entry, str] | None:
    """(entry, clitic prefix) for a number word, or None."""
    key = _normalise(word)
    if key in _NOT_NUMBERS:
        return None
    lexicon = _lexicon()
    for prefix in _PREFIXES:
        if key.startswith(prefix) and key[len(prefix) :] in lexicon:
            return lexicon[key[len(prefix) :]], prefix
    return None


_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_TOKEN = re.compile(
    rf"(?P<word>[\u0621-\u064a\u0671\u064b-\u065f\u0670]+)|(?P<num>[{_DIGIT}]+(?:[.,\u066b\u066c][{_DIGIT}]+)*)"
)
_GAP = re.compile(r"\s+")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    is_digits: bool


def _digits_value(text: str) -> float | None:
    """A digit token as a number: "33,000" -> 33000, "1.5" or "1,5" -> 1.5."""
    plain = normalise_digits(text)
    parts = plain.split(",")
    if len(parts) > 1 and all(len(p) == 3 for p in parts[1:]):
        plain = "".join(parts)
    try:
        return float(plain.replace(",", "."))
    except ValueError:
        return None


def _format(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


class _PhraseReader:
    """Folds a run of adjacent number words into one value by Arabic's ordering rules.

    Arabic says the big parts first and joins them with و, except that units come before tens
    ("خمسة وعشرون" = 5 + 20); teens are a unit followed by عشر/عشرة without و; a scale word
    ("آلاف", "مليون") multiplies what came before it.
    """

    def __init__(self, first: _Word) -> None:
        kind, value = first.entry.kind, first.entry.value
        self.total = value if kind == "scale" else 0  # completed thousands/millions
        self.group = 0 if kind == "scale" else value  # the part under the last scale word
        self.last_unit = value if kind in ("unit", "teen_head") else 0
        self.has_ten = kind == "ten"
        # Place value of the last part: a و-joined part must be smaller (units may precede tens).
        self.place = value if kind == "scale" else 100 if kind == "hundred" else 1
        self.half = False

    def take(self, word: _Word) -> bool:
        """Absorb ``word`` if it continues the number; False ends the phrase."""
        kind, value = word.entry.kind, word.entry.value
        if word.article and kind != "ten":  # only "والسبعين" in "الخامسة والسبعين" keeps its article
            return False
        if not word.conj:
            return self._take_bare(kind, value)
        if kind == "half":
            self.half = True
        elif kind == "ten" and not self.has_ten and (self.last_unit or self.place >= 100):
            self.group += value
            self.has_ten, self.last_unit, self.place = True, 0, 1
        elif kind == "unit" and self.place >= 100:
            self.group += value
            self.last_unit, self.place = value, 1
        elif kind == "hundred" and self.place >= 1000:
            self.group, self.place = value, 100
        else:
            return False
        return True

    def _take_bare(self, kind: str, value: int) -> bool:
        if kind == "teen" and 0 < self.last_unit < 10 and not self.has_ten:
            self.group += 10
            self.last_unit = 0
        elif kind == "hundred" and value == 100 and 3 <= self.last_unit <= 9:  # "ثلاث مائة"
            self.group += self.last_unit * 99
            self.last_unit, self.place = 0, 100
        elif kind in ("scale", "scale_plural") and self.group:
            self.total += self.group * value
            self.group, self.last_unit, self.has_ten, self.place = 0, 0, False, value
        else:
            return False
        return True

    @property
    def value(self) -> float:
        return self.total + self.group + (0.5 if self.half else 0)


def _number_word(token: _Token) -> _Word | None:
    parsed = _parse(token.text)
    if parsed is None:
        return None
    entry, prefix = parsed
    conj = prefix[:1] in ("و", "ف")
    return _Word(token.start, token.end, entry, conj, "ال" in prefix or "لل" in prefix, prefix)


def _may_start(word: _Word, previous: str) -> bool:
    """Whether a number word may begin a number where it stands (context vetoes)."""
    entry = word.entry
    if entry.ordinal and not word.article:
        return False
    if entry.ordinal and entry.value <= 2 and previous.removeprefix("و") in _MONTH_WORDS:
        return False  # "كانون الثاني" is a month
    if entry.kind == "hundred" and word.article and ("ب" in word.prefix or previous == "في"):
        return False  # "في المائة" / "بالمائة" mean per cent
    if entry.kind == "half" and word.conj:  # "ساعات ونصف": a half of the noun before, not 0.5
        return False
    return entry.kind != "scale_plural"  # "آلاف" alone is "thousands of", not a figure


def _adjacent(text: str, left: _Token, right: _Token) -> bool:
    return _GAP.fullmatch(text[left.end : right.start]) is not None


def find_number_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, value) for every number written in words in ``text``; value as ASCII digits.

    Covers cardinals, ordinals with the article, teens, tens, compounds joined by و, hundreds,
    thousands and millions (also after digits: "33 ألف"), the duals of common counted nouns
    ("موضوعين" -> 2) and نصف (0.5). Words are matched whole, so "العشرات" and "ستكون" are not numbers.
    """
    tokens = [
        _Token(m.start(), m.end(), m.group(), m.lastgroup == "num") for m in _TOKEN.finditer(text or "")
    ]
    words = [None if t.is_digits else _number_word(t) for t in tokens]
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        word, token = words[i], tokens[i]
        following = words[i + 1] if i + 1 < len(tokens) and _adjacent(text, token, tokens[i + 1]) else None
        if token.is_digits:
            amount = _digits_value(token.text)
            scaled = following and following.entry.kind in ("scale", "scale_plural")
            if amount is not None and following and scaled and not following.conj and not following.article:
                found.append((token.start, following.end, _format(amount * following.entry.value)))
                i += 1
            i += 1
            continue
        previous = _normalise(tokens[i - 1].text) if i else ""
        if word is None or not _may_start(word, previous):
            i += 1
            continue
        if word.entry.kind in ("dual", "half"):
            found.append((word.start, word.end, "2" if word.entry.kind == "dual" else "0.5"))
            i += 1
            continue
        reader, end, j = _PhraseReader(word), word.end, i + 1
        while j < len(tokens):
            nxt = words[j]
            if nxt is None or not _adjacent(text, tokens[j - 1], tokens[j]) or not reader.take(nxt):
                break
            end, j = nxt.end, j + 1
        if word.entry.kind != "teen_head" or j > i + 1:  # "أحد" alone is "someone", not 1
            found.append((word.start, end, _format(reader.value)))
        i = j
    return found
