"""Every number a text states, with its span and normalised value.

One reader per language, built once from that language's word tables: digits in any script,
decimal commas and thousands separators, percentages and their ranges ("6,5-7%"), year ranges
("2023-2025"), document codes ("47/NQ-CP", "57-KL/TW"), ordinals ("57e", "cycle IV") and numbers
written as words.
Values are normalised the way the grounding check and the scorer compare them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..grounding import norm_value
from ..textutil import DIGITS

# A document code: digits, then "/LETTERS[-LETTERS]" or "-LETTERS/LETTERS" (Vietnamese style);
# {cap} is the capitals a code may use (A-Z and what the profile adds).
_CODE = (
    r"\d+(?:/[{cap}][A-Za-z{extra}]{{0,5}}(?:-[{cap}][A-Za-z{extra}]{{0,5}})*|-[{cap}]{{1,6}}/[{cap}]{{1,6}})"
)
_RANGE = r"(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d"
_PLAIN = r"\d{{1,3}}(?:[.,\u00a0\u202f\u066c{space}]\d{{3}})+(?![\d])|\d+(?:[.,\u066b]\d+)?"
# A number may follow a one-letter clitic glued to it ("و12500 مؤسسة": "and 12,500 ..."); an
# ordinal suffix ("57e", "3rd") and a percent word ("40 persen") come from the language's profile.
# A range of rates ("6,5-7%", "6.5-7 per cent"): one figure, written as the text gives it.
_SPAN = r"\d+(?:[.,\u066b]\d+)?\s?[-–]\s?\d+(?:[.,\u066b]\d+)?(?=\s?[%٪]{percent})"
_TOKEN = (
    r"(?:(?<![\w/]){clitic})(?:(?P<code>{code})|(?P<range>{range})|(?P<span>{span})"
    r"|(?P<plain>{plain})(?P<ord>{ordinal})?)"
    r"(?P<pct>\s?[%٪]{percent})?(?:(?<=[%٪])|(?![\w/]))"  # a rate per unit: "7,5%/năm"
)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in words) or "(?!)"


def _token_re(
    space_thousands: bool,
    percent_words: Sequence[str],
    ordinal_suffixes: Sequence[str],
    clitics: str,
    capitals: str,
    prefixes: Sequence[str] = (),
) -> re.Pattern[str]:
    plain = _PLAIN.format(space=" " if space_thousands else "")
    percent = rf"|\s+(?i:{_alternation(percent_words)})" if percent_words else ""
    # the clitic may be drawn out with a tatweel before the digits ("بـ60 مليون": with 60 million)
    clitic = rf"|(?<=(?<!\w)[{clitics}])|(?<=(?<!\w)[{clitics}]\u0640)" if clitics else ""
    # a currency glued before a number ("VND38.5", "Rp5"): one fixed-width look-behind per spelling
    clitic += "".join(rf"|(?<=(?<!\w){re.escape(p)})" for p in prefixes if p[-1:].isalpha())
    code = _CODE.format(cap=f"A-Z{capitals}", extra=capitals)
    return re.compile(
        _TOKEN.format(
            code=code,
            range=_RANGE,
            span=_SPAN.format(percent=percent),
            plain=plain,
            ordinal=_alternation(ordinal_suffixes),
            percent=percent,
            clitic=clitic,
        )
    )


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman(text: str) -> int | None:
    """The value of a Roman numeral ("IV" -> 4), or None when ``text`` is not one."""
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = _ROMAN[c]
        total += -v if i + 1 < len(text) and _ROMAN[text[i + 1]] > v else v
    return total


@dataclass(frozen=True)
class Number:
    """A number found in a text: normalised ``value`` and where it is.

    ``kind`` is "number", "percent", "code", "range", "ordinal" or "word" (spelled out);
    ``qualifier`` is the English hedge the text put before it ("more than", "nearly").
    """

    value: str
    start: int
    end: int
    kind: str = "number"
    qualifier: str | None = None

    @property
    def is_year(self) -> bool:
        return self.kind == "number" and bool(re.fullmatch(r"(19|20)\d\d", self.value))


WordSpans = Callable[[str], "list[tuple[int, int, str]]"]


class NumberReader:
    """Finds numbers in one language's text.

    ``words`` maps number words (lower case) to values; ``word_spans`` is an optional
    finder for languages whose number words inflect (Arabic); ``ordinal_cues`` are the
    nouns after which a Roman numeral is a number ("cycle IV"); ``qualifiers`` map a hedge
    phrase written before a number to its English form; ``percent_words`` ("persen"),
    ``ordinal_suffixes`` ("e", "th"), ``clitics`` (letters glued before a number), ``capitals``
    (letters beyond A-Z in document codes) and ``prefixes`` (currencies glued before a number,
    "VND38.5") are the language's spellings of a number's surroundings.
    """

    def __init__(
        self,
        words: Mapping[str, str] = {},
        qualifiers: Mapping[str, str] = {},
        ordinal_cues: Iterable[str] = (),
        word_spans: WordSpans | None = None,
        space_thousands: bool = False,
        percent_words: Sequence[str] = (),
        ordinal_suffixes: Sequence[str] = (),
        clitics: str = "",
        capitals: str = "",
        prefixes: Sequence[str] = (),
    ) -> None:
        self._token = _token_re(space_thousands, percent_words, ordinal_suffixes, clitics, capitals, prefixes)
        self._words = {k.casefold(): v for k, v in words.items()}
        self._word_spans = word_spans
        parts = [re.escape(w) for w in sorted(self._words, key=len, reverse=True)]
        self._word_re = re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.I) if parts else None
        cues = "|".join(re.escape(c) for c in ordinal_cues)
        self._roman_re = re.compile(rf"(?:{cues})\s+([IVXLC]+)\b") if cues else None
        hedges = "|".join(re.escape(q) for q in sorted(qualifiers, key=len, reverse=True))
        self._qualifiers = {k.casefold(): v for k, v in qualifiers.items()}
        self._hedge_re = re.compile(rf"(?:{hedges})\s*$", re.I) if hedges else None

    def _qualifier(self, text: str, start: int) -> str | None:
        if self._hedge_re is None:
            return None
        m = self._hedge_re.search(text, max(0, start - 24), start)
        return self._qualifiers.get(re.sub(r"\s+", " ", m.group().strip()).casefold()) if m else None

    def find(self, text: str) -> list[Number]:
        """All numbers in ``text`` in reading order; spans never overlap."""
        found: list[Number] = []
        for m in self._token.finditer(text):
            if m.group("code"):
                kind, value = "code", m.group("code").upper()
            elif m.group("range"):
                kind, value = "range", re.sub(r"\s?[-–]\s?", "-", m.group("range").translate(DIGITS))
            elif m.group("span"):
                low, high = re.split(r"\s?[-–]\s?", m.group("span"))
                kind, value = "percent", f"{norm_value(low)}-{norm_value(high)}"
            elif m.group("ord"):
                kind, value = "ordinal", norm_value(m.group("plain"))
            else:
                plain = re.sub(r"(?<=\d) (?=\d{3})", "", m.group("plain"))
                kind, value = ("percent" if m.group("pct") else "number"), norm_value(plain)
            found.append(Number(value, m.start(), m.end(), kind, self._qualifier(text, m.start())))
        taken = [(n.start, n.end) for n in found]

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        if self._roman_re is not None:
            for m in self._roman_re.finditer(text):
                value = roman(m.group(1))
                if value and free(m.start(1), m.end(1)):
                    found.append(Number(str(value), m.start(1), m.end(1), "ordinal"))
        if self._word_re is not None:
            for m in self._word_re.finditer(text):
                value = self._words.get(m.group().casefold())
                if value and free(m.start(), m.end()):
                    found.append(Number(value, m.start(), m.end(), "word", self._qualifier(text, m.start())))
        if self._word_spans is not None:
            for start, end, value in self._word_spans(text):
                if free(start, end):
                    found.append(Number(value, start, end, "word", self._qualifier(text, start)))
                    taken.append((start, end))
        found.sort(key=lambda n: n.start)
        return found

    def values(self, text: str) -> list[str]:
        return [n.value for n in self.find(text)]
