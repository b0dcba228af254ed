"""Turning an article file's bytes into text, whatever encoding the newsroom saved it in.

Articles arrive as UTF-8 (with or without a BOM), UTF-16 exported from Word, or legacy Windows
code pages (cp1256 Arabic, cp1258 Vietnamese, cp1252 French). Decoding must never guess
silently wrong on a binary file, so bytes that are not text are refused with a
:class:`~briefgen.protocols.LoadError` that says what to do instead of yielding mojibake.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
from pathlib import Path

from .protocols import LoadError

# Longest first: the UTF-32 LE BOM starts with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Code pages of the languages briefgen analyses (French, Arabic, Vietnamese, then the rest).
_PREFERRED = ("cp1252", "cp1256", "cp1258", "latin_1", "iso8859_15", "iso8859_6", "utf_16", "utf_32")
_SAVE_AS_TEXT = "save the article as UTF-8 text (.txt, .html, .json or .jsonl)"
# Control characters other than tab/newline/carriage return/form feed: rare in real prose.
_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r\f"}


def _bom_encoding(data: bytes) -> str | None:
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best reading, or None when no code page gives plausible text.

    On short texts several code pages often tie (cp1250 and cp1252 differ in one letter of a
    French article: "à" or "ŕ"); a tie goes to the code page briefgen's languages are written in.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    rank = {name: i for i, name in enumerate(_PREFERRED)}
    return str(min(tied, key=lambda m: rank.get(m.encoding, len(rank))))


def decode(data: bytes, path: str, declared: str | None = None) -> str:
    """Decode ``data`` (the contents of ``path``) to NFC text with ``\\n`` line ends.

    Order of trust: a byte-order mark, then strict UTF-8, then the encoding the file itself
    declares (an HTML ``<meta charset>``), then statistical detection. NFC matters for
    Vietnamese: cp1258 stores tone marks as combining characters, UTF-8 sources usually do not,
    and quotes must compare equal across both.
    """
    if not data.strip():
        problem = "file is empty" if not data else "file has only whitespace"
        raise LoadError(path, problem, "check the export; there is no article text to brief")
    bom = _bom_encoding(data)
    if bom:
        text = _try(data, bom)
        if text is None:
            raise LoadError(
                path, f"starts with a {bom} byte-order mark but does not decode as {bom}", _SAVE_AS_TEXT
            )
    elif b"\x00" in data:
        raise LoadError(path, "contains NUL bytes: this looks like a binary file, not text", _SAVE_AS_TEXT)
    else:
        text = _try(data, "utf-8")
        if text is None and declared:
            text = _try(data, declared)
        if text is None:
            text = _detect(data)
        if text is None:
            raise LoadError(path, "cannot tell which text encoding this file uses", _SAVE_AS_TEXT)
    if sum(ch in _CONTROL for ch in text) > max(8, len(text) // 100):
        raise LoadError(path, "decodes to control characters: this looks like a binary file", _SAVE_AS_TEXT)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise LoadError(
            path, "file has only whitespace", "check the export; there is no article text to brief"
        )
    return text


def read_text(path: Path, declared: Callable[[bytes], str | None] | None = None) -> str:
    """Read and :func:`decode` a file; an unreadable file is a :class:`LoadError` too.

    :param declared: finds the encoding the file names for itself (an HTML ``<meta charset>``).
    """
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LoadError(str(path), f"cannot read the file: {error.strerror or error}") from None
    return decode(data, str(path), declared(data) if declared else None)
