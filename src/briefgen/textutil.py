"""Small text helpers every stage shares: folding for comparison, digits, whitespace-free forms."""

from __future__ import annotations

import re
import unicodedata

# Arabic-Indic (U+0660..) and Extended Arabic-Indic (U+06F0..) digits to ASCII.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, strip diacritics (đ -> d), collapse whitespace: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("đ", "d").replace("Đ", "D")
    return _SPACE.sub(" ", text).strip().casefold()


def fold_name(text: str) -> str:
    """A display name in plain Latin: diacritics removed, case kept ("Nguyễn Văn Kỷ" -> "Nguyen Van Ky")."""
    text = unicodedata.normalize("NFKD", text or "").replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _SPACE.sub(" ", text).strip()


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
