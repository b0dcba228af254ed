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
from typing import NamedTuple

# (series, position): where a marker stands in which of the pack's series
Place = tuple[int, int]


class Mark(NamedTuple):
    """One ordinal marker: its span in the text (its item starts at ``end``) and its place."""

    start: int
    end: int
    place: Place


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
        words = "|".join(_spelling(w) for w in sorted(self._places, key=len, reverse=True)) or "(?!)"
        joins = [rf"(?:{re.escape(c)})\s+" for c in conjunctions]
        joins += [f"(?P<glued>{clitic})"] if clitic else []
        conjunction = f"(?:{'|'.join(joins)})?" if joins else ""
        self._pattern = re.compile(rf"(?<!\w){conjunction}(?P<word>{words})(?![\w-])\s*[,،:]?\s*", re.I)

    def marks(self, text: str) -> list[Mark]:
        """The markers of the first enumeration in ``text`` of two items or more, or []."""
        for m in self._pattern.finditer(text):
            run = self.run(text, m.start(), None)
            if len(run) >= 2:
                return run
        return []

    def run(self, text: str, start: int, at: Place | None) -> list[Mark]:
        """The markers of one series in ``text``, from the one at ``start`` on; that one opens the
        series (``at`` None) or goes on from the marker at ``at``; [] when it does neither."""
        found = self._step(text, start, at)
        if found is None:
            return []
        run = [found]
        for m in self._pattern.finditer(text, found.end):
            later = self._step(text, m.start(), run[-1].place) if self._broken(text, m) else None
            if later is not None:
                run.append(later)
        return run

    def _step(self, text: str, start: int, at: Place | None) -> Mark | None:
        """The marker at ``start`` if it opens a series (``at`` None) or goes on from ``at``."""
        m = self._pattern.match(text, start)
        if m is None:
            return None
        for s, p in self._places[_key(" ".join(m.group("word").split()))]:
            if (p == 0) if at is None else (s == at[0] and p > at[1]):
                return Mark(start, m.end(), (s, p))
        return None

    @staticmethod
    def _broken(text: str, m: re.Match[str]) -> bool:
        """Whether the marker ``m`` follows a break: punctuation, or a conjunction glued to it."""
        return bool(_BREAK.search(text[: m.start()])) or m.groupdict().get("glued") is not None
