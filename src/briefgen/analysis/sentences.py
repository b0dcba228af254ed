"""Split prose into sentences that are verbatim spans of it.

A sentence ends at ".", "!", "?", "؟" or "…" followed by a space and a new sentence, or at a
line break. Decimal numbers ("13.45"), initials and the language's abbreviations ("TP.", "Mr.",
"No.": lower-case, without the stop, from its profile) and a numbered line's number ("1. Crear
...") do not end a sentence. Every sentence is
a slice of the input, so it can serve as an evidence quote.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

# A candidate end: terminal punctuation (possibly doubled/closing quotes) then whitespace.
_END = re.compile(r"[.!?؟…]+[\"'”’»)]*(?=\s+)")
_NEXT_START = re.compile(r"\s+[\"'“‘«(\[]?[^\W\d_a-z]|\s+\d|\s+[\u0600-\u06ff]")


_LIST_NUMBER = re.compile(r"\s*\d{1,2}")  # any script's digits: "12." or "١."


def _is_abbreviation(text: str, end: int, abbreviations: AbstractSet[str]) -> bool:
    word = re.search(r"(\S+)\.$", text[max(0, end - 12) : end + 1])
    if not word:
        return False
    token = word.group(1).lower().lstrip("(\"'“")
    return token in abbreviations or (len(token) == 1 and token.isalpha())


def spans(text: str, abbreviations: AbstractSet[str] = frozenset()) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, whitespace trimmed."""
    cuts: list[int] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            if (
                m.group().startswith(".")
                and len(m.group()) == 1
                and _is_abbreviation(text, m.start(), abbreviations)
            ):
                continue
            if m.group() == "." and _LIST_NUMBER.fullmatch(text, line.start(), m.start()):
                continue  # "1. Crear un grupo de trabajo ...": a numbered line's number, no sentence
            if not _NEXT_START.match(text, m.end()):
                continue
            cuts.append((start, m.end()))
            start = m.end()
        cuts.append((start, line.end()))
    out = []
    for a, b in cuts:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def split(text: str, abbreviations: AbstractSet[str] = frozenset()) -> list[str]:
    return [text[a:b] for a, b in spans(text, abbreviations)]
