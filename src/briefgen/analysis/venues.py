"""The venue of an event ("Provincial Conference Centre", "National Assembly House"), in English.

Reports name the building after a venue word ("tại Trung tâm Hội nghị tỉnh", "en el Centro
Internacional de Exposiciones", "في دار الجمعية الوطنية", "at the National Convention Centre"). In
every language but English the head noun comes first and its modifiers follow, so the reader takes
the head and the words after it one at a time from the pack's lexicon (a joiner such as "de" is
skipped, a capitalised name is kept as a proper name, and a known place ends the venue, since the
place is written apart). English puts proper names first, then adjectives, then nouns, then the
head, whatever the source's order: "Kinh Bac Cultural Centre", "International Exhibition Centre".
A word the lexicon does not know ends the venue, so nothing untranslated reaches the page; an
English report's venue is kept as written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..gazetteer import lookup, world_lookup
from ..textutil import alternation, fold_name
from .profile import Profile

_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ENGLISH_LINK = ("of", "for", "and")


class VenueReader:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        cues = alternation(profile.venue_cues)
        heads = alternation(list(profile.venue_heads))
        # an article may sit between the cue and the head ("à la Maison", "en el Centro", "at the")
        article = r"(?:[^\W\d_]{1,3}\s+|[^\W\d_]{1,2}['’])?"
        self._head = re.compile(rf"(?<!\w)(?i:{cues})\s+{article}(?P<head>(?i:{heads}))(?!\w)")
        self._heads = {h.casefold(): en for h, en in profile.venue_heads.items()}
        self._bare_head = re.compile(rf"(?i:{heads})(?!\w)")
        self._words = {
            **{w.casefold(): ("adjective", en) for w, en in profile.venue_adjectives.items()},
            **{w.casefold(): ("noun", en) for w, en in profile.venue_nouns.items()},
        }
        self._modifier = re.compile(rf"(?i:{alternation(list(self._words))})(?!\w)")
        self._joiner = re.compile(rf"(?i:{alternation(profile.venue_joiners)})(?:\s+|(?<=['’]))")
        links = "|".join(_ENGLISH_LINK)
        self._english = re.compile(
            rf"(?<!\w)(?i:{cues})\s+the\s+([A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|(?:{links})(?=\s+[A-Z])))*)"
        )

    def venue(self, texts: Sequence[str]) -> str | None:
        """The first venue the texts name after a venue word, in English, or None."""
        if not self.profile.venue_heads:
            return None
        for text in texts:
            found = self._found(text)
            if found:
                return found[0][0]
        return None

    def head_at(self, text: str, pos: int) -> bool:
        """Whether a venue's head noun starts at ``pos`` ("Sân bay Gia Lâm"): its first word is no
        city of the same spelling ("San")."""
        return bool(self.profile.venue_heads) and self._bare_head.match(text, pos) is not None

    def ends(self, text: str) -> list[int]:
        """Where each venue ``text`` names after a venue word ends: a place written right after it
        ("tại Trung tâm Hội nghị quốc gia (Hà Nội)") is the venue's."""
        if not self.profile.venue_heads:
            return []
        return [end for _, _, end in self._found(text)]

    def within(self, text: str, pos: int) -> bool:
        """Whether ``pos`` lies inside a venue's name, past its first word: a word there that spells a
        place is the venue's ("Istana Negara": the State Palace, not the town of Negara)."""
        return bool(self.profile.venue_heads) and any(
            start < pos < end for _, start, end in self._found(text)
        )

    def _found(self, text: str) -> list[tuple[str, int, int]]:
        """(venue in English, its start, its end) for each venue named after a venue word."""
        if self.profile.english:
            return [
                (m.group(1).rstrip("."), m.start(1), m.end(1))  # "at the Hotel Embajador." ends a sentence
                for m in self._english.finditer(text)
                if any(w.casefold() in self._heads for w in m.group(1).split())
            ]
        found = []
        for m in self._head.finditer(text):
            head, head_end = m.group("head"), m.end()
            # a room of a building ("Hội trường Trung tâm Hội nghị tỉnh"): the building is the venue
            inner = self._bare_head.match(text, _skip_space(text, head_end))
            if inner is not None:
                head, head_end = inner.group(), inner.end()
            parts, end = self._modifiers(text, head_end)
            if parts:
                order = {"name": 0, "adjective": 1, "noun": 2}
                ranked = sorted(reversed(parts), key=lambda p: order[p[0]])
                english = " ".join([*(en for _, en in ranked), self._heads[head.casefold()]])
                found.append((english, m.start(), end))
        return found

    def _modifiers(self, text: str, pos: int) -> tuple[list[tuple[str, str]], int]:
        """(kind, English) of each word after a head, until one that is neither lexicon nor name;
        and where the last of them ends."""
        parts: list[tuple[str, str]] = []
        end = pos
        while True:
            pos = _skip_space(text, pos)
            joiner = self._joiner.match(text, pos)
            if joiner:
                pos = joiner.end()
            word = self._modifier.match(text, pos)
            if word:
                parts.append(self._words[word.group().casefold()])
                pos = end = word.end()
                continue
            name = self._proper_name(text, pos)
            if name is None:
                return parts, end
            parts.append(("name", fold_name(name)))
            pos = end = pos + len(name)

    @staticmethod
    def _proper_name(text: str, pos: int) -> str | None:
        """One to three capitalised words at ``pos`` that are not a known place (the place ends it)."""
        words: list[re.Match[str]] = []
        for m in _NAME_WORD.finditer(text, pos):
            if (words and text[words[-1].end() : m.start()] != " ") or not m.group()[0].isupper():
                break
            if not words and m.start() != pos:
                return None
            words.append(m)
            if len(words) == 3:
                break
        if not words:
            return None
        name = text[pos : words[-1].end()].rstrip(".")
        return None if _known_place(name) else name


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos


def _known_place(name: str) -> bool:
    """Whether ``name`` starts with a place the gazetteer knows ("Hanoi", "Ha Noi", "New York")."""
    words = name.split()
    prefixes = (" ".join(words[:n]) for n in range(1, len(words) + 1))
    return any(lookup(p) or world_lookup(p) for p in prefixes)
