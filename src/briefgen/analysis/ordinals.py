"""Lists enumerated by ordinal words: "first, ...; second, ...", "pertama, ...; kedua, ...".

Reports often number a speaker's requests with words rather than marks, with or without a colon
before them, inside one sentence ("Thủ tướng yêu cầu thứ nhất, ...; thứ hai, ...") or as sentences
of their own ("Premièrement, ... . Deuxièmement, ..."). A language pack lists its series of such
words in order (``Profile.list_ordinals``); this module only finds them, so that the outcome
reader can cut a list at them the way it cuts one at "(a)", "(b)".

A word counts as a marker only in a series that opens with its first word and goes on in order,
since each word alone is common ("the first time", "thứ hai" is also Monday). A later marker must
follow a break (a comma, a semicolon, a colon, or a conjunction glued to it, as Arabic writes
"وثانيا"), so an ordinal inside an item ("the second phase") does not cut it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

# (series, position): where a marker stands in which of the pack's series
Place = tuple[int, int]
_BREAK = re.compile(r"[,;:،؛]\s*$")
_APOSTROPHE = "'’"


def _key(word: str) -> str:
    """A marker as the series tables hold it: folded, with one apostrophe ("d’abord" = "d'abord")."""
    return word.casefold().replace(_APOSTROPHE[1], _APOSTROPHE[0])


def _spelling(word: str) -> str:
    """The regex of ``word``, its spaces any run of spaces and its apostrophe either one."""
    parts = (re.escape(part) for part in word.split())
    return r"\s+".join(parts).replace(_APOSTROPHE[0], f"[{_APOSTROPHE}]")


class Ordinals:
    """The ordinal markers of one language: each an optional conjunction, the word, and a comma."""

    def __init__(self, series: Sequence[Sequence[str]], conjunctions: Iterable[str], clitic: str) -> None:
        self._places: dict[str, list[Place]] = {}
        for s, words in enumerate(series):
            for p, word in enumerate(words):
                self._places.setdefault(_key(word), []).append((s, p))
        words = "|".join(_spelling(w) for w in sorted(self._places, key=len, reverse=True))
        self._pattern: re.Pattern[str] | None = None
        if words:
            joins = [rf"(?:{re.escape(c)})\s+" for c in conjunctions]
            joins += [f"(?P<glued>{clitic})"] if clitic else []
            conjunction = f"(?:{'|'.join(joins)})?" if joins else ""
            self._pattern = re.compile(rf"(?<!\w){conjunction}(?P<word>{words})(?![\w-])\s*[,،:]?\s*", re.I)

    def step(self, text: str, at: Place | None, pos: int = 0) -> tuple[Place, int] | None:
        """The marker at ``pos`` of ``text`` if it opens a series (``at`` None) or goes on with the
        one at ``at``: its place and where the item after it starts."""
        m = self._pattern.match(text, pos) if self._pattern is not None else None
        if m is None:
            return None
        for s, p in self._places[_key(" ".join(m.group("word").split()))]:
            if (p == 0) if at is None else (s == at[0] and p > at[1]):
                return (s, p), m.end()
        return None

    def marks(self, text: str) -> list[tuple[int, int]]:
        """The (start, end) of each marker of the first enumeration in ``text``, or [] when it has
        none of two items or more."""
        if self._pattern is None:
            return []
        starts = [m.start() for m in self._pattern.finditer(text)]
        for k, start in enumerate(starts):
            first = self.step(text, None, start)
            if first is None:
                continue
            at, end = first
            spans = [(start, end)]
            for later in starts[k + 1 :]:
                found = self.step(text, at, later) if later >= end and self._broken(text, later) else None
                if found is not None:
                    at, end = found
                    spans.append((later, end))
            if len(spans) >= 2:
                return spans
        return []

    def _broken(self, text: str, start: int) -> bool:
        """Whether a marker at ``start`` follows a break: punctuation, or a glued conjunction."""
        m = self._pattern.match(text, start) if self._pattern is not None else None
        return bool(_BREAK.search(text[:start])) or (m is not None and m.groupdict().get("glued") is not None)
