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

# (series, position): where a marker stands in one of the pack's series; a word may stand in several
Place = tuple[int, int]


class Mark(NamedTuple):
    """One ordinal marker: its span in the text (its item starts at ``end``) and the places it may
    hold in the series its list follows (several while the list fits more than one)."""

    start: int
    end: int
    places: tuple[Place, ...]


_BREAKS = ",;:،؛"
_APOSTROPHE = "'’"


def _key(word: str) -> str:
    """A marker as the series tables hold it: folded, with one apostrophe ("d’abord" = "d'abord")."""
    return word.casefold().replace(_APOSTROPHE[1], _APOSTROPHE[0])


def _spelling(word: str) -> str:
    """The regex of ``word``, its spaces any run of spaces and its apostrophe either one."""
    parts = (re.escape(part) for part in word.split())
    return r"\s+".join(parts).replace(_APOSTROPHE[0], f"[{_APOSTROPHE}]")


class Ordinals:
    """The ordinal markers of one language: each an optional conjunction, the word, and a comma.

    Every search is one pass over the text, since a sentence may be megabytes long and "first" or
    "pertama" may occur in it thousands of times.
    """

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
        run: list[Mark] = []
        for m in self._pattern.finditer(text):
            if not self._grow(run, text, m) and len(run) < 2:
                opener = self._mark(m, None)
                run = [opener] if opener is not None else run
        return run if len(run) >= 2 else []

    def run(self, text: str, at: tuple[Place, ...] | None) -> list[Mark]:
        """The markers of one series that ``text`` opens with: the first opens the series (``at``
        None) or goes on from the places ``at``, and the later ones go on from it; [] if none."""
        m = self._pattern.match(text)
        first = self._mark(m, at) if m is not None else None
        if first is None:
            return []
        run = [first]
        for m in self._pattern.finditer(text, first.end):
            self._grow(run, text, m)
        return run

    def _grow(self, run: list[Mark], text: str, m: re.Match[str]) -> bool:
        """Add the marker ``m`` to ``run`` if it goes on with the series after a break."""
        later = self._mark(m, run[-1].places) if run and self._broken(text, m) else None
        if later is not None:
            run.append(later)
        return later is not None

    def _mark(self, m: re.Match[str], at: tuple[Place, ...] | None) -> Mark | None:
        """``m`` as a marker that opens a series (``at`` None) or goes on from a place of ``at``."""
        places = self._places[_key(" ".join(m.group("word").split()))]
        if at is None:
            fits = tuple(place for place in places if place[1] == 0)
        else:
            fits = tuple((s, p) for s, p in places if any(s == s0 and p > p0 for s0, p0 in at))
        return Mark(m.start(), m.end(), fits) if fits else None

    @staticmethod
    def _broken(text: str, m: re.Match[str]) -> bool:
        """Whether the marker ``m`` follows a break: punctuation, or a conjunction glued to it."""
        if m.groupdict().get("glued") is not None:
            return True
        i = m.start()
        while i > 0 and text[i - 1].isspace():
            i -= 1
        return i > 0 and text[i - 1] in _BREAKS
