"""Small text helpers every stage shares: folding for comparison, digits, whitespace-free forms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Arabic-Indic (U+0660..) and Extended Arabic-Indic (U+06F0..) digits to ASCII.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACE = re.compile(r"\s+")


class _Unmarked(dict):
    """A ``str.translate`` table that drops combining marks, filled in as characters are met.

    Testing every character with ``unicodedata.combining`` in a generator was most of the cost of
    folding, and folding runs on every name candidate and every gazetteer spelling; a text meets
    few distinct characters, so each is tested once per process.
    """

    def __missing__(self, point: int) -> int | None:
        kept = None if unicodedata.combining(chr(point)) else point
        self[point] = kept
        return kept


_UNMARKED = _Unmarked()


def _plain(text: str) -> str:
    """``text`` decomposed (NFKD), without combining marks, đ as d, whitespace runs as one space."""
    text = unicodedata.normalize("NFKD", text or "")
    if not text.isascii():
        text = text.translate(_UNMARKED).replace("đ", "d").replace("Đ", "D")
    return " ".join(text.split())


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first (so a long cue claims its span), or one that
    never matches when there are none (a pack may list no such words)."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) or "(?!)"


def fold(text: str) -> str:
    """Lower-case, strip diacritics (đ -> d), collapse whitespace: the form names are compared in."""
    return _plain(text).casefold()


def fold_name(text: str) -> str:
    """A display name in plain Latin: diacritics removed, case kept ("Nguyễn Văn Kỷ" -> "Nguyen Van Ky")."""
    return _plain(text)


def squash(text: str) -> str:
    """The whitespace-free NFC form used to check that a quote is verbatim."""
    return _SPACE.sub("", unicodedata.normalize("NFC", text or ""))


def digits_of(text: str) -> str:
    """Only the digits of ``text``, Arabic-Indic digits mapped to ASCII."""
    return re.sub(r"\D", "", (text or "").translate(DIGITS))


def has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text or "")


def slug(text: str, limit: int = 80) -> str:
    """A file-name-safe ASCII slug, never empty, never longer than ``limit``."""
    ascii_text = fold(text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return (out[:limit].rstrip("-")) or "briefing"


# Bidi embedding/override (U+202A-202E) and isolate (U+2066-2069) controls reorder what is
# displayed without changing the characters grounding compares ("\u202e000,05" shows as
# "50,000"); zero-width space, word joiner, invisible operators and the zero-width no-break
# space hide inside numbers and names. All are removed from article text at load time.
# Kept on purpose: ZWNJ/ZWJ (U+200C/U+200D) join or separate letters in Persian, Urdu and Indic
# scripts and emoji, and LRM/RLM/ALM (U+200E/U+200F/U+061C) only place neutral characters: none
# of them can reverse or hide a digit run.
_INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\u2060-\u2064\ufeff]")


def strip_invisible(text: str) -> tuple[str, dict[str, int]]:
    """``text`` without display-reordering and zero-width controls, and a count of each removed."""
    removed: dict[str, int] = {}
    for found in _INVISIBLE.findall(text):
        key = f"U+{ord(found):04X}"
        removed[key] = removed.get(key, 0) + 1
    return (_INVISIBLE.sub("", text) if removed else text), removed


def clean_path(text: str) -> str:
    """A path as printable text: bytes that were not UTF-8 (surrogate escapes) become U+FFFD.

    ``os.fsdecode`` keeps undecodable file-name bytes as lone surrogates, which no encoder
    accepts, so every format failed on ``caf\\xe9.md``; the replaced form works everywhere.
    """
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """``text`` with line breaks and other controls escaped (``\\n``), so it cannot forge lines."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), clean_path(text))
