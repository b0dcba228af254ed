"""What the event was: an English title, the host place, organisers and attendance.

The title is the event's own name, not the article's headline: the noun phrase around an event
noun (summit, forum, congress, session, fair...). An English report's name is kept as written; any
other is rendered from what the pack can translate in it (kind, modifiers, topics) plus what needs
no translation (Latin-capital acronyms such as ASEAN or COP29, the ordinal, the year, a known
place); when nothing in it translates, "{kind} in {place}" stands in, never source words.

The place is the province or city the headline and lead say the event is in ("tại TP. Hồ Chí
Minh", "en Ciudad Ho Chi Minh") when no dateline names one; otherwise the one the article names
most, counting a name after a place word ("tỉnh", "province de", "مقاطعة") double and the dateline's
place triple; a place named once, late and without a place word is a passing mention, not the
venue. A city named as such ("ville de Quy Nhon") is kept too. A country or city abroad competes
only where something says it is a venue (a venue word before it, the dateline, or "City,
Country"), its mentions summed per country, and is written "City, Country" in English. After
Vietnam's July 2025 merger a town is given with the province it lies in now. A venue the lead
names is kept even when no place is known ("National Assembly House").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import takewhile

from ..gazetteer import (
    MERGER_DATE,
    Place,
    find_latin,
    find_world,
    key,
    lookup,
    successor,
    town,
    world_city,
    world_data,
    world_lookup,
)
from ..models import Attendance, Figure
from ..textutil import DIGITS, alternation, fold_name
from .profile import Profile
from .roles import RoleReader
from .venues import VenueReader

_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
# A news dateline: the place the report was filed from opens the lead ("THANH HOA, March 5 (VNA) -",
# "Hanoï, 22 octobre 2024 -", "كوي نهون، يوم الثلاثاء", "Liputan6.com, Ha Long -", "HA NOI - The ...").
# "سيول في 25 نوفمبر (VNA) -": the place, the language's word before a date ({lead}), the day
_DATELINE = (
    r"^(?:[\w.]+\.(?:com|vn|net|org)\s*,\s*)?"
    r"(?P<place>[^\W\d_][^\W\d_ .'’-]*(?:[ '-][^\W\d_][^\W\d_ .'’-]*){{0,3}})"
    r"(?:\s*(?:[,،]|\((?=[A-Z]))|(?P<dash>\s+[-–—]\s)|\s+(?:{lead})\s+(?=\d))"
)
# the sentences a dateline may open: a headline, a byline and a photo caption may come before it
_DATELINE_SENTENCES = 5
# up to four words that may open a name ("Quy Nhon City", "Kelurahan Dong Hoi"); capitals checked apart
_NAME_WORDS = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,3}")
# the venue is looked for in the lead: later sentences name other buildings (visits, side events)
_VENUE_SENTENCES = 6
# the headline and lead sentences whose "in X" states the event's city or province
_LEAD_SENTENCES = 4
# what joins a city to its country in "Kuala Lumpur, Malaysia" and "Dubai (UAE)"
# between a city and its country: "Geneva, Switzerland", "Nusa Dua (Indonesia)", "Geneva (CICG), Thụy Sĩ"
_CITY_COUNTRY = re.compile(r"\s*(?:\([A-Z]{2,8}\)\s*)?[,،(]\s*")
# a city's name, a few more words of its place or venue, and a country ("Bali Nusa Dua (Indonesia)")
_CITY_ELSEWHERE = re.compile(rf"(?:\s+[^\W\d_][\w'’-]*){{0,3}}{_CITY_COUNTRY.pattern}")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else _ORDINAL_SUFFIX.get(n % 10, "th")
    return f"{n}{suffix}"


# Where a name stops: punctuation that closes a phrase, a dash between spaces, a sentence stop.
_BOUNDARY = re.compile(r"[,;:()\[\]\"“”«»„|!?\n،؛]|\.(?:\s|$)|\s[-–—]\s|[–—]")
# An English name may hold its acronym in brackets ("Cooperation (APEC) Forum"): only these end it.
_WRITTEN_BOUNDARY = re.compile(r"[,;:\[\]\"“”«»„|!?\n]|\.(?:\s|$)|\s[-–—]\s|[–—]")
_TOKEN = re.compile(r"\S+")
# not a currency's letters ("US$ 450 millones", "RM48 million")
_ACRONYM = re.compile(r"(?<![\w-])[A-Z][A-Z0-9&]*[A-Z0-9](?:-[A-Z][A-Z0-9&]*[A-Z0-9])*(?![\w$€£¥])")
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:\s?[-–/]\s?((?:19|20)\d\d))?(?!\d)")
_ROMAN = {"I": 1, "V": 5, "X": 10}
# between a venue and the place it is in: "Centre, Hanoi", "Centre (Hanoi", "Airport (Long Bien district, "
_AFTER_VENUE = re.compile(r"\s*,\s*|\s*\(\s*(?:[^()]{1,40}?,\s*)?")
_LATER_BEFORE, _LATER_AFTER = 40, 60  # how near a future cue makes an event name a later meeting's
_HELD_BEFORE = 40  # how near an event verb before a city says the event was held there
_EARLIER_BEFORE = 70  # how near an earlier edition's name ("la asamblea anterior, ...") makes a place its
_PLACE_KIND = re.compile(r"\s+(?:province|city)$")
_ROMAN_NUMERAL = re.compile(r"[IVX]+")
_ORDINAL_WORD = re.compile(r"\d+(?:st|nd|rd|th)")
_NEXT = re.compile(r"\s+(\S+)")
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
# A report in another language often gives the event's English name in brackets, italic or not,
# with its acronym after a slash: "(*ASEAN Ministerial Meeting on Disaster Management*/AMMDM)".
_BRACKETED = re.compile(r"\(\*?([A-Z][ -'*-~]{6,110}?)\*?(?:\s*/\s*([A-Z][A-Za-z0-9-]{1,15}))?\)")
_BRACKET_ORDINAL = 16  # how far after the bracket the source's ordinal may stand ("...) ke-14")
_PARTS = ("modifier", "topic", "kind")
_ASCII_TITLE = re.compile(r"[ -~]+")  # printable ASCII: letters, digits, punctuation


def _number(text: str) -> int | None:
    """The value of digits or a Roman numeral ("XX" of "lần thứ XX", "XVe"), or None."""
    if text.isdigit():
        return int(text)
    up = text.upper()
    if not _ROMAN_NUMERAL.fullmatch(up):
        return None
    values = [_ROMAN[c] for c in up]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def is_english_title(title: str, stop_words: Sequence[str] = ()) -> bool:
    """ASCII letters, digits and punctuation, and none of the source language's stop words."""
    stops = frozenset(w.casefold() for w in stop_words)
    return bool(_ASCII_TITLE.fullmatch(title)) and not any(
        _is_stop(w, stops) for w in re.findall(r"\w+", title)
    )


def _is_stop(word: str, stops: frozenset[str]) -> bool:
    """A stop word of the source, unless written in capitals: an acronym ("UN") is no French "un"."""
    return not word.isupper() and word.casefold() in stops


@lru_cache(maxsize=8)
def _countries(derive: Callable[[str], tuple[str, ...]] | None) -> tuple[re.Pattern[str], dict[str, str]]:
    """Every country's name in the gazetteer's locales, and each form's English name.

    A name's parties ("Foro Empresarial Vietnam-España", "Forum Bisnis Indonesia-Vietnam") need no
    pack lexicon: the world data already spells each country in every language briefgen reads, and a
    pack's ``derive`` adds the forms a name uses instead (Arabic "الفيتنامي", "Vietnamese").
    """
    english = {form: c["en"] for c in world_data()["countries"] for form in c["forms"]}
    if derive is not None:
        english |= {extra: en for form, en in list(english.items()) for extra in derive(form)}
    forms = "|".join(re.escape(f) for f in sorted(english, key=len, reverse=True) if len(f) > 3)
    return re.compile(rf"(?<!\w)(?:{forms})(?!\w)"), english


def _cue_pattern(cue: str, clitic: str) -> re.Pattern[str]:
    """A cue as a word start (after an optional glued clitic such as Arabic "و"), any case."""
    lead = rf"(?:{clitic})?" if clitic else ""
    return re.compile(rf"(?<!\w){lead}{re.escape(cue)}", re.I)


@dataclass(frozen=True)
class _Part:
    """A lexicon word found in a sentence: its span, its English and which part of a name it is."""

    start: int
    end: int
    english: str
    part: str


def _distinct(parts: list[str], *others: str) -> list[str]:
    """``parts`` less any whose words another part (or one of ``others``) already says."""
    sets = [set(p.casefold().split()) for p in [*parts, *others]]
    return [
        p
        for i, p in enumerate(parts)
        if not any(
            j != i and (sets[i] < other or (sets[i] == other and j < i)) for j, other in enumerate(sets)
        )
    ]


@dataclass(frozen=True)
class _Name:
    """One reading of the event's name: its English words and how much of it was understood."""

    score: int
    kind: str
    words: tuple[str, ...]
    period: str | None
    later: bool = False  # a later meeting's name ("KTT ke-3 akan diselenggarakan di Arab Saudi")


class TitleReader:
    """The event's English title from the noun phrase around its event noun."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._ward_kinds = tuple(f" {kind}" for kind in dict.fromkeys(profile.ward_words.values()))
        self._stops = frozenset(w.casefold() for w in profile.stop_words)
        later = "|".join(re.escape(c) for c in sorted(profile.future_cues, key=len, reverse=True)) or "(?!)"
        self.future = re.compile(rf"(?<!\w)(?i:{later})(?!\w)")
        nouns = sorted(profile.event_nouns, key=lambda p: len(p[0]), reverse=True)
        self._nouns = [(_cue_pattern(cue, profile.title_prefix), en) for cue, en in nouns]
        # (pattern, English, part) of every word the name may hold, longest first: a long cue
        # claims its span ("hội nghị thượng đỉnh" is a summit, not a conference)
        parts = [
            *((cue, en, "modifier") for cue, en in profile.event_modifiers),
            *((cue, en, "topic") for cue, en in profile.topics),
            *((cue, en, "kind") for cue, en in profile.event_kinds),
            *((cue, en, "noun") for cue, en in profile.event_nouns),
        ]
        parts.sort(key=lambda p: len(p[0]), reverse=True)
        # each with its lower-case cue: a sentence that does not contain it skips the regex
        self._parts = [
            (_cue_pattern(cue, profile.title_prefix), en, part, cue.lower()) for cue, en, part in parts
        ]
        self._ordinals = [re.compile(p) for p in profile.name_ordinals]
        self._ordinal_words = {w.casefold(): n for w, n in profile.ordinal_words.items()}
        words = "|".join(re.escape(w) for w in sorted(profile.ordinal_words, key=len, reverse=True)) or "(?!)"
        since = "|".join(re.escape(w) for w in profile.since_words) or "(?!)"
        self._since = re.compile(rf"\s+(?i:{since})(?!\w)")
        self._ordinal_word = re.compile(rf"(?<!\w)(?i:{words})(?!\w)(?!{self._since.pattern})")
        self._modifier_order = {en: i for i, (_, en) in reversed(list(enumerate(profile.event_modifiers)))}
        ends = "|".join(re.escape(w.casefold()) for w in profile.name_ends) or "(?!)"
        self._ends = re.compile(rf"(?<!\w)(?:{ends})(?!\w)")
        self._links = frozenset(w.casefold() for w in profile.name_links)
        self._end_words = frozenset(w.casefold() for w in [*profile.name_ends, *profile.months])
        self._lexicon = frozenset(w for cue, _, _ in parts for w in re.findall(r"\w+", cue.casefold()))

    def title(self, texts: Sequence[str], date: str | None, place: str | None) -> str:
        found = [(i, name) for i, text in enumerate(texts) for name in self._names(text)]
        # a report names the next meeting too ("the next summit will be held in 2027"): only a
        # preview, with nothing but later meetings, is titled by one
        found = [f for f in found if not f[1].later] or found
        # a name the report repeats, or gives in its lead, is the event's own rather than one it mentions
        repeats = Counter(name.words for _, name in found)
        bonus = [(min(repeats[n.words] - 1, 2) + (i < 3)) * (len(n.words) > 1) for i, n in found]
        ranked = [(n.score + extra, n) for (_, n), extra in zip(found, bonus, strict=True)]
        best = max(ranked, key=lambda r: r[0], default=(0, None))[1]  # the first of equals: the lead's
        year = date[:4] if date and date[:4].isdigit() else None
        if best is not None and len(best.words) > 1:
            ordinal = bool(_ORDINAL_WORD.fullmatch(best.words[0]))
            period = best.period or (None if ordinal else year)
            title = " ".join(best.words)
            return f"{title} {period}" if period and period not in title else title
        kinds = Counter(name.kind for _, name in found)
        kind = kinds.most_common(1)[0][0] if kinds else "Meeting"
        # the place's first part that is no ward ("Phu Loi ward, Ho Chi Minh City": the city)
        parts = [p.strip() for p in _ASIDE.sub("", place or "").split(",") if p.strip()]
        first = next((p for p in parts if not p.endswith(self._ward_kinds)), parts[0] if parts else "")
        where = _PLACE_KIND.sub("", first)
        where = " ".join(self._clean(where.split()))  # a place name is English, but it is the article's data
        return " ".join(w for w in (kind, f"in {where}" if where else "", year or "") if w)

    def _claims(self, text: str) -> list[_Part]:
        """Every lexicon word of ``text``, longest cue first, none overlapping, in text order."""
        taken: set[int] = set()
        out = []
        low = text.lower()
        for pattern, english, part, cue in self._parts:
            if cue not in low:
                continue
            for m in pattern.finditer(text):
                if taken.isdisjoint(range(m.start(), m.end())):
                    taken.update(range(m.start(), m.end()))
                    out.append(_Part(m.start(), m.end(), english, part))
        return sorted(out, key=lambda p: p.start)

    def _names(self, text: str) -> list[_Name]:
        claims = self._claims(text)
        out = []
        for noun in (c for c in claims if c.part == "noun"):
            name = self._written(text, noun) if self.profile.english else None
            name = name or self._rendered(text, noun, claims)
            out.append(self._timed(text, name, noun.start, noun.end))
        return out + self._bracketed(text)

    def _timed(self, text: str, name: _Name, start: int, end: int) -> _Name:
        """``name``, marked as a later meeting's when a future cue stands near it."""
        near = max(0, start - _LATER_BEFORE), end + _LATER_AFTER
        return replace(name, later=True) if self.future.search(text, *near) else name

    def _bracketed(self, text: str) -> list[_Name]:
        """The English names a report in another language gives in brackets, read by the English
        pack, with the edition the source numbers right next to the bracket ("...) ke-14")."""
        if self.profile.english or "(" not in text:
            return []
        english = _english_reader()
        if english is None:
            return []
        out = []
        for m in _BRACKETED.finditer(text):
            names = [n for n in english._names(m.group(1)) if len(n.words) > 1]
            if not names:
                continue
            name = max(names, key=lambda n: n.score)
            words = [*name.words, *([f"({m.group(2)})"] if m.group(2) else [])]
            ordinal = self._bracket_ordinal(text, m.start(), m.end())
            if ordinal and not _ORDINAL_WORD.fullmatch(words[0]):
                words.insert(0, _ordinal(ordinal))
            official = replace(name, score=name.score + 2 * bool(ordinal), words=tuple(words))
            out.append(self._timed(text, official, m.start(), m.end()))
        return out

    def _bracket_ordinal(self, text: str, start: int, end: int) -> int | None:
        """The source's edition number just after a bracket ("...) ke-14") or just before it
        ("lần thứ 6 (...)")."""
        after = text[end : end + _BRACKET_ORDINAL].lstrip()
        before = text[max(0, start - _BRACKET_ORDINAL) : start].rstrip()
        for pattern in self._ordinals:
            found = pattern.match(after) or next(
                (f for f in pattern.finditer(before) if f.end() == len(before)), None
            )
            if found:
                return _number(found.group("n"))
        return None

    def _clause(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The span of the phrase around ``text[start:end]``: to the nearest boundaries or name end."""
        left = max((b.end() for b in _BOUNDARY.finditer(text, 0, start)), default=0)
        stop = _BOUNDARY.search(text, end)
        right = stop.start() if stop else len(text)
        ending = self._ends.search(text[end:right].casefold())
        if ending is not None and len(text[end:right].casefold()) == right - end:
            right = end + ending.start()
        return left, right

    def _rendered(self, text: str, noun: _Part, claims: list[_Part]) -> _Name:
        """A name in another language, rebuilt in English from the words the pack can translate."""
        left, right = self._clause(text, noun.start, noun.end)
        before = list(_TOKEN.finditer(text, left, noun.start))[-1:]  # "47ª Cumbre", "10e session"
        after = list(_TOKEN.finditer(text, noun.end, right))[:18]
        start = before[0].start() if before else noun.start
        end = after[-1].end() if after else noun.end
        aside = _ASIDE.match(text, end)  # "(COP29)" just after the name
        end = aside.end() if aside else end
        inside = [c for c in claims if start <= c.start and c.end <= end and c is not noun]
        parts = {part: list(dict.fromkeys(c.english for c in inside if c.part == part)) for part in _PARTS}
        parts["modifier"].sort(key=self._modifier_order.__getitem__)  # the pack's English word order
        pattern, english = _countries(self.profile.country_forms)
        acronyms: list[str] = []
        joined: set[int] = set()  # where a country joined to an acronym starts ("ASEAN-GCC-Trung Quốc")
        for m in _ACRONYM.finditer(text, start, end):
            if (
                any(c.start <= m.start() < c.end for c in [*inside, noun])
                or _ROMAN_NUMERAL.fullmatch(m.group())
                or _is_stop(m.group(), self._stops)
            ):
                continue
            country = pattern.match(text, m.end() + 1) if text.startswith("-", m.end()) else None
            if country is not None:
                joined.add(country.start() - start)
            acronyms.append(f"{m.group()}-{english[country.group()]}" if country else m.group())
        phrase = text[start:end]
        parties = "-".join(
            dict.fromkeys(english[m.group()] for m in pattern.finditer(phrase) if m.start() not in joined)
        )
        places = [_PLACE_KIND.sub("", p.english) for p, _, _ in self._find_places(phrase)]
        # the ordinal after the noun is its own up to the next noun, whose own ordinal may precede it
        nouns = [c.start for c in inside if c.part == "noun" and c.start > noun.start]
        own = text[noun.end : nouns[0]].rstrip().rpartition(" ")[0] if nouns else text[noun.end : end]
        ordinal = self._ordinal(text, noun, own)
        topics = _distinct(parts["topic"])
        topic = ", ".join(topics[:-1]) + " and " + topics[-1] if len(topics) > 1 else "".join(topics)
        words = _distinct(
            [
                *([parties] if parties else []),
                *parts["modifier"],
                *places[:1],
                *dict.fromkeys(acronyms),
                *([topic] if topic else []),
                *parts["kind"],
            ],
            noun.english,
        )
        score = 2 * len(topics) + len(parts["modifier"]) + len(parts["kind"]) + len(acronyms)
        score += 2 * bool(ordinal) + bool(places) + bool(parties)
        words = [*([_ordinal(ordinal)] if ordinal else []), *words, noun.english]
        return _Name(score, noun.english, self._clean(words), self._period(phrase))

    def _find_places(self, text: str) -> list[tuple[Place, int, int]]:
        return (self.profile.find_places or find_latin)(text)

    def _ordinal(self, text: str, noun: _Part, phrase: str) -> int | None:
        """The name's ordinal: written next to the noun, or in the name after it."""
        near = text[max(0, noun.start - 12) : noun.start]
        for where in (near, phrase):
            for pattern in self._ordinals:
                m = pattern.search(where)
                n = _number(m.group("n")) if m else None
                if n:
                    return n
        # a word before the noun numbers no edition of "the first summit since ..."
        for where in (phrase,) if self._since.match(text, noun.end) else (near, phrase):
            m = self._ordinal_word.search(where)
            if m:
                return self._ordinal_words[m.group().casefold()]
        spans = self.profile.number_word_spans
        prefix = self.profile.ordinal_word_prefix
        if spans is not None and prefix:
            for start, _, value in spans(phrase):
                if phrase.startswith(prefix, start) and value.isdigit():
                    return int(value)
        return None

    def _written(self, text: str, noun: _Part) -> _Name | None:
        """An English name as the report writes it: the capitalised run around the noun."""
        left = max((b.end() for b in _WRITTEN_BOUNDARY.finditer(text, 0, noun.start)), default=0)
        head = _TOKEN.findall(text[left : noun.start])
        kept: list[str] = []
        for i in range(len(head) - 1, -1, -1):
            word = head[i]
            link = word.casefold() in self._links and kept and i > 0 and self._named(head[i - 1])
            if word.casefold() in self._end_words or not (
                self._named(word) or word.casefold() in self._lexicon or link
            ):
                break
            kept.insert(0, word)
        before = head[-len(kept) - 1] if len(head) > len(kept) else ""
        tail: list[str] = []
        links: list[str] = []
        pos = noun.end
        while len(tail) < 16:
            aside = _ASIDE.match(text, pos)
            if aside and not links and all(self._named(w) for w in aside.group().strip()[1:-1].split()):
                tail.append(aside.group().strip())
                pos = aside.end()
                continue
            m = _NEXT.match(text, pos)
            if m is None:
                break
            word, bare = m.group(1), m.group(1).rstrip(",.;:")
            if word.casefold() in self._links:
                links.append(word)
            elif (
                self._named(bare) or bare.casefold() in self._lexicon
            ) and bare.casefold() not in self._end_words:
                tail += [*links, bare]
                links = []
                if bare != word:
                    break
            else:
                break
            pos = m.end()
        # the edition as a number, whether its word opens the name or stands just before it ("the
        # Fourth International Conference", "the first ASEAN-GCC-China Summit"), unless the name is
        # the first of something since ("the first summit since the pandemic")
        if not self._since.match(text, pos):
            if kept and kept[0].casefold() in self._ordinal_words:
                kept[0] = _ordinal(self._ordinal_words[kept[0].casefold()])
            elif before.casefold() in self._ordinal_words:
                kept.insert(0, _ordinal(self._ordinal_words[before.casefold()]))
        words = [*kept, *text[noun.start : noun.end].split(), *tail]
        while words and words[0].casefold() in self._links:
            words.pop(0)
        if len(words) <= len(text[noun.start : noun.end].split()):
            return None
        known = sum(1 for w in words if self._named(w) or w.casefold() in self._lexicon)
        ordinal = any(_ORDINAL_WORD.fullmatch(w) for w in words)
        score = known + 2 * ordinal
        titled = [w if w.casefold() in self._links else w[0].upper() + w[1:] for w in words]
        return _Name(score, noun.english, self._clean(titled), self._period(" ".join(words)))

    @staticmethod
    def _named(word: str) -> bool:
        """A capitalised English word, a number or an acronym in brackets: part of a proper name."""
        bare = word.removeprefix("(").removesuffix(")")
        return bool(bare) and (bare[0].isupper() or bare[0].isdigit()) and bare.isascii()

    def _period(self, phrase: str) -> str | None:
        m = _YEARS.search(phrase.translate(DIGITS))
        if m is None:
            return None
        return f"{m.group(1)}-{m.group(2)}" if m.group(2) else m.group(1)

    def _clean(self, words: list[str]) -> tuple[str, ...]:
        """The words fit for an English title: ASCII, and none of the source's stop words."""
        return tuple(w for w in words if w.isascii() and not _is_stop(w, self._stops))


@lru_cache(maxsize=1)
def _english_reader() -> TitleReader | None:
    """The English pack's title reader, for English names written inside other languages' reports."""
    from .language import installed_profiles  # the registry loads the packs: only when first asked

    english = next((p for p in installed_profiles() if p.english), None)
    return TitleReader(english) if english is not None else None


class EventReader:
    def __init__(self, profile: Profile, roles: RoleReader) -> None:
        self.profile = profile
        self.roles = roles
        self.titles = TitleReader(profile)
        self._exonyms = {key(form): name for form, name in profile.exonyms.items()}
        # a city named as such ("ville de Quy Nhon", "in Vinh city"): group 1 or 2 is its name
        city_cues = "|".join(re.escape(c) for c in profile.city_cues) or "(?!)"
        city_name = profile.city_name_pattern or rf"(?:[A-Z{profile.capitals}][^\W\d_]*\s?){{1,3}}"
        self._city = re.compile("|".join([rf"(?i:{city_cues})\s+({city_name})", *profile.city_patterns]))
        cue = "|".join(re.escape(c) for c in profile.place_cues) or "(?!)"
        self._place_cue = re.compile(rf"(?:{cue})\s*$", re.I)
        venue = "|".join(re.escape(c) for c in profile.venue_cues) or "(?!)"
        # one word may stand between the cue and the place: "في العاصمة العراقية بغداد", "في قصر بغداد"
        self._venue_cue = re.compile(rf"(?<!\w)(?:{venue})\s+(?:[^\W\d_]+\s+)?$", re.I)
        self._after_venue_cue = re.compile(rf"(?<!\w)(?i:{venue})\s+(?=[^\W\d_])")
        kinds = "|".join(re.escape(w) for w in (*profile.place_words, *profile.ward_words)) or "(?!)"
        # "tại TP. ", "en Ciudad ", "in ": a venue word, maybe a word of the place's kind, then the place
        self._stated_cue = re.compile(rf"(?<!\w)(?i:{venue})\s+(?:(?i:{kinds})\.?\s+)?$")
        self._organise = [re.compile(p) for p in profile.organise_cues]
        self._venues = VenueReader(profile)
        self._future = self.titles.future
        held = alternation(
            (*profile.event_verbs, *profile.closing_verbs, *profile.outcomes.get("decision", ()))
        )
        self._held = re.compile(rf"(?<!\w)(?i:{held})(?!\w)") if held else None
        # an earlier edition: the cue with an event noun ("la asamblea anterior", "last year's forum",
        # "الدورة السابقة"), not any "previously" ("sebelumnya termasuk provinsi Binh Duong")
        earlier = alternation(profile.earlier_cues)
        nouns = alternation(profile.meeting_nouns)
        self._earlier = re.compile(
            rf"(?i:(?<!\w)(?:{nouns})(?:\W+\w+){{0,2}}?\W+(?:{earlier})(?!\w)"
            rf"|(?<!\w)(?:{earlier})(?:\W+\w+)?\W+(?:{nouns})(?!\w)"
            # or a verb of a meeting before this one ("la 4e Assemblée avait eu lieu à Kumasi")
            rf"|(?<!\w)(?:{alternation(profile.earlier_verbs)})(?!\w))"
        )
        months = "|".join(
            re.escape(m)
            for m in sorted({*profile.months, *profile.month_abbreviations}, key=len, reverse=True)
        )
        # "La Habana, 27 de mayo.", "Doha, November 4": a place, a comma and the day (a dateline)
        self._dated = re.compile(rf"\s*(?:\d{{1,2}}(?!\d)|(?i:{months or '(?!)'})(?!\w))")
        self._dateline_re = re.compile(_DATELINE.format(lead=profile.date_lead or "(?!)"))
        wards = "|".join(re.escape(w) for w in sorted(profile.ward_words, key=len, reverse=True)) or "(?!)"
        joiners = "|".join(re.escape(j) for j in profile.venue_joiners) or "(?!)"
        name = rf"[A-Z{profile.capitals}][^\W\d_]*"
        # "quartier de Tân An, province de Tây Ninh", "phường Phú Lợi, TP.HCM": a ward, then its place
        self._ward = re.compile(
            rf"(?<!\w)(?P<kind>(?i:{wards}))\s+(?:(?i:{joiners})\s*)?(?P<name>{name}(?:\s{name}){{0,2}})\s*,"
        )
        self._wards = {w.casefold(): en for w, en in profile.ward_words.items()}
        self._ward_word = re.compile(rf"(?<!\w)(?i:{alternation(profile.ward_words)})\s+$")

    def title(self, texts: Sequence[str], date: str | None, place: str | None) -> str:
        return self.titles.title(texts, date, place)

    def place(self, texts: Sequence[str], date: str | None = None) -> str | None:
        """Where the event was, in English: the venue (when the lead names one) and its place.

        ``date`` (the event's or the report's, ISO) says which provinces were current.
        """
        where = self._where(texts, date)
        venue = self._venues.venue(texts[:_VENUE_SENTENCES])
        ward = self._ward_of(texts[:_VENUE_SENTENCES], where, date) if where else None
        if ward and where:  # a former town that is a ward now: "Dong Hoi ward, Quang Tri province"
            where = where.removeprefix(ward.rsplit(" ", 1)[0] + ", ")
        return ", ".join(part for part in (venue, ward, where) if part) or None

    def _ward_of(self, lead: Sequence[str], where: str, date: str | None) -> str | None:
        """The ward or commune the lead names right before the event's province or city, in English.

        Since the July 2025 merger a ward is the unit under a province, and an address names the
        ward and then its province ("quartier de Tân An, province de Tây Ninh"); a ward named
        anywhere else is no part of the venue.
        """
        post = bool(date and date >= MERGER_DATE)
        for text in lead:
            for m in self._ward.finditer(text):
                known = lookup(m.group("name"))
                former = post and known is not None and successor(known) not in (None, known)
                if (known is not None and known.kind != "town" and not former) or world_lookup(
                    m.group("name")
                ):
                    continue  # a province or a city abroad (a former town or province may be a ward now)
                after = text[m.end() : m.end() + 80]
                for place, _, _ in self._places(after)[:1]:
                    home = (successor(place) if post else None) or place
                    if _PLACE_KIND.sub("", home.english) in where:
                        return f"{fold_name(m.group('name'))} {self._wards[m.group('kind').casefold()]}"
        return None

    def _where(self, texts: Sequence[str], date: str | None) -> str | None:
        """The city, province or country of the venue."""
        scores: Counter[Place] = Counter()
        first: dict[Place, int] = {}
        order = 0
        in_lead: set[Place] = set()
        for index, text in enumerate(texts):
            for place, start, _ in self._places(text, date):
                if place.kind == "town":
                    continue  # a town counts only as the city part, below
                weight = 2 if self._place_cue.search(text, max(0, start - 25), start) else 1
                scores[place] += weight
                first.setdefault(place, order)
                order += 1
                if index < _LEAD_SENTENCES:
                    in_lead.add(place)
        abroad = self._abroad(texts)
        datelines = [(i, p) for i, p in enumerate(map(self._dateline, texts[:_DATELINE_SENTENCES])) if p]
        line, filed = datelines[0] if datelines else (None, None)
        filed_abroad = filed is not None and filed.country is not None
        # the home venue the dateline's own sentence states ("Paris, 13 août (VNA) - ... s'est ouvert
        # ... à Hanoi, a appris le bureau de la VNA à Paris"): the desk abroad only files the report
        desk = self._stated([texts[line]]) if filed_abroad and line is not None else None
        desk_abroad = filed if filed_abroad and filed is not None and filed.kind == "world city" else None
        if filed_abroad and filed is not None and line is not None:
            # the desk's city, unless the dateline's own sentence puts the event in another country
            # ("Jakarta (ANTARA) - Forum ... yang berlangsung di Manila, Filipina"): there it is
            own = self._abroad([texts[line]])
            elsewhere = [place for place in own if place.country != filed.country]
            # or in another city of the desk's country an event verb puts it in ("Jakarta, 11/6 - ...
            # đã bế mạc tại Nusa Dua"), not the city a later meeting will be in ("ke COP30 di Belem")
            elsewhere = elsewhere or [
                p for p in own if p.kind == "world city" and p != filed and self._held_in(texts[line], p)
            ]
            abroad[max(elsewhere, key=lambda place: own[place]) if elsewhere else filed] += 3
            filed = None
        if filed is not None and (filed.kind != "town" or filed.province):
            host = lookup(filed.province) if filed.kind == "town" and filed.province else filed
            if host is not None:
                scores[host] += 3  # the dateline names where the report was filed: usually the venue
                first.setdefault(host, -1)
        foreign = self._foreign_venue(abroad)
        if foreign is not None and desk_abroad is not None and foreign[0].kind == "country":
            # a country no city of which is named is as often what the event is about ("the
            # humanitarian response in Sudan") as where it is: the dateline's city says where
            foreign = (desk_abroad, foreign[1])
        stated = (
            self._stated(texts[:_LEAD_SENTENCES], date=date) if filed is None else None
        )  # a dateline says it better
        # a venue at home in the lead, a town or ward included ("di Kelurahan Dong Hoi")
        at_home = stated or (
            self._stated(texts[:_LEAD_SENTENCES], towns=True, date=date) if foreign else None
        )
        stated_abroad = foreign is not None and self._stated_abroad(texts, foreign[0])
        # the lead's own venue abroad, where the lead states none at home and no home place is
        # named in it: a place at home said later is what the event was about, or the next one's
        lead_abroad = foreign is not None and self._stated_abroad(texts, foreign[0], 2)
        if foreign is not None and (
            (foreign[1] > max(scores.values(), default=0) and (desk is None or stated_abroad))
            or (at_home is None and (filed_abroad or stated_abroad or lead_abroad))
        ):
            # A province promoting itself abroad names itself far more often than its venue: a
            # report filed from abroad, or a lead that twice puts the event abroad, outweighs that
            # unless the lead states a venue at home.
            return foreign[0].english
        if not scores:
            return None
        place = stated or max(scores, key=lambda p: (scores[p], -first[p]))
        if scores[place] == 1 and place not in in_lead:
            return None  # named once, late, with no place word: a passing mention ("the Ninh Thuan project")
        town = filed is not None and filed.kind == "town" and filed.province
        if town and place.kind == "province" and lookup(filed.province) == place:
            return self._town(filed.native, place, date)
        venue_town = self._venue_town(texts, place, date)
        if venue_town is not None:
            return self._town(venue_town.native, place, date)
        for text in texts:
            for m in self._city.finditer(text):
                name = next(g for g in m.groups() if g).strip()
                if self.profile.city_name is not None:
                    latin = self.profile.city_name(name)
                    if latin is None:
                        continue
                    name = latin
                city = lookup(name)
                if place.kind == "province" and name and (city is None or city.kind == "town"):
                    return self._town(city.native if city else name, place, date)
        return place.english

    def _stated(self, lead: Sequence[str], towns: bool = False, date: str | None = None) -> Place | None:
        """The city or province the headline and lead say the event is in ("tại TP. Hồ Chí Minh",
        "en Ciudad Ho Chi Minh", "in Hanoi", "tại Trung tâm Hội nghị quốc gia (Hà Nội)"), the one
        said most, else first; None when they say none.

        A province promoting itself in another city names itself far more often than its venue, so
        what the lead states outweighs how often a place is named. A town counts only when asked
        (``towns``): it says the event is at home, not which province hosts it.
        """
        said: Counter[Place] = Counter()
        for text in lead:
            venues = self._venues.ends(text)
            for place, start, _ in self._places(text, date):
                cued = self._stated_cue.search(text, max(0, start - 25), start) or any(
                    _AFTER_VENUE.fullmatch(text, end, start) for end in venues
                )
                if cued and (towns or place.kind != "town"):
                    said[place] += 1
        return said.most_common(1)[0][0] if said else None

    @staticmethod
    def _town(name: str, province: Place, date: str | None) -> str:
        """ "Town city, Province"; after the 2025 merger, which abolished the district-level cities,
        "Town, Province" with the province the town lies in now."""
        now = successor(province) if date and date >= MERGER_DATE else None
        if now is not None:
            return f"{fold_name(name)}, {now.english}"
        return f"{fold_name(name)} city, {province.english}"

    def _venue_town(self, texts: Sequence[str], province: Place, date: str | None) -> Place | None:
        """A town of the host province named right after a venue word ("in Quy Nhon City", "à Vinh",
        "di Kelurahan Dong Hoi"): a word of its kind may come first, a "city" after it."""
        if province.kind != "province":
            return None
        post = bool(date and date >= MERGER_DATE)
        for text in texts:
            for m in self._after_venue_cue.finditer(text):
                words = _NAME_WORDS.match(text, m.end())
                names = list(takewhile(lambda w: w[0].isupper(), words.group().split() if words else []))
                for i in range(min(2, len(names))):
                    for n in range(len(names) - i, 0, -1):
                        found = town(" ".join(names[i : i + n]))
                        home = lookup(found.province) if found and found.province else None
                        if home is not None and (home == province or (post and successor(home) == province)):
                            return found
        return None

    def _abroad(self, texts: Sequence[str]) -> Counter[Place]:
        """Countries and cities outside Vietnam named as venues: after a venue word or a venue's name,
        or as "City, Country"."""
        found: Counter[Place] = Counter()
        for text in texts:
            hits = find_world(text, self._exonyms)
            venues = self._venues.ends(text) if hits else []
            for i, (place, start, end) in enumerate(hits):
                if (
                    self._venues.head_at(text, start)
                    or self._venues.within(text, start)
                    or self._later(text, start)
                ):
                    continue
                clitic = self.profile.venue_clitic
                glued = bool(clitic) and start > 0 and text.startswith(clitic, start - 1)
                cued = (
                    glued
                    or self._venue_cue.search(text, max(0, start - 25), start) is not None
                    # the city a venue's name ends in ("Trung tâm Hội nghị Quốc tế Geneva")
                    or any(end <= start and not text[end:start].strip(" ,(") for end in venues)
                )
                after = hits[i + 1] if i + 1 < len(hits) else None
                paired = (
                    place.kind == "world city"
                    and after is not None
                    and after[0].kind == "country"
                    and after[0].country == place.country
                    and _CITY_COUNTRY.fullmatch(text, end, after[1]) is not None
                )
                # a city of one country written with another ("Bali, Indonesia" is no town "Bāli" of
                # India): the country says where, and the city is another place of the same name
                if (
                    place.kind == "world city"
                    and after is not None
                    and after[0].kind == "country"
                    and after[0].country != place.country
                    and _CITY_ELSEWHERE.fullmatch(text, end, after[1]) is not None
                ):
                    found[after[0]] += 2 if cued else 0
                    continue
                if cued or paired:
                    found[place] += 2
        return found

    def _held_in(self, text: str, city: Place) -> bool:
        """Whether an event or decision verb stands just before a venue word and ``city`` in ``text``
        ("bế mạc tại Nusa Dua", "acordó este miércoles en Cúcuta"), not before a name holding the
        city ("menyepakati Deklarasi Bali")."""
        if self._held is None:
            return False
        for place, start, _ in find_world(text, self._exonyms):
            cue = self._venue_cue.search(text, max(0, start - 25), start) if place == city else None
            if cue is not None and self._held.search(text, max(0, cue.start() - _HELD_BEFORE), cue.start()):
                return True
        return False

    def _stated_abroad(self, texts: Sequence[str], venue: Place, least: int = 4) -> bool:
        """Whether the headline and lead put the event in ``venue``'s country (by default at least
        twice), each time after a venue word ("tại Hàn Quốc", "tại thủ đô Seoul")."""
        lead = self._abroad(texts[:_LEAD_SENTENCES])
        return sum(score for place, score in lead.items() if place.country == venue.country) >= least

    @staticmethod
    def _foreign_venue(abroad: Counter[Place]) -> tuple[Place, int] | None:
        """The country with most venue mentions (its cities' included), as its most named city."""
        per_country: Counter[str] = Counter()
        for place, score in abroad.items():
            per_country[place.country or ""] += score
        if not per_country:
            return None
        code, score = per_country.most_common(1)[0]
        places = [p for p in abroad if p.country == code]
        cities = [p for p in places if p.kind == "world city"]
        return max(cities or places, key=lambda p: abroad[p]), score

    def _dateline(self, lead: str) -> Place | None:
        """The place a dateline at the start of the lead names: in Vietnam, or abroad."""
        m = self._dateline_re.match(lead)
        if m is None:
            return None
        name = m.group("place")
        if m.group("dash") and not name.isupper() and name.lower() != name.upper():
            # "HA NOI - The ..." is a dateline; "Delegates - ..." opens a sentence. A script without
            # capitals ("بغداد - واع") cannot tell them apart by case: a known place says it.
            return None
        if self.profile.dateline_place is not None:
            home = self.profile.dateline_place(name)
        else:
            home = lookup(name.title() if name.isupper() else name)
        # abroad, only a dateline proper: the name in capitals or a dash soon after ("Jakarta (ANTARA) -"),
        # not any sentence that opens with a word and a comma
        # (the country may stand in brackets first: "Gyeongju (République de Corée), 31 octobre (VNA) -")
        proper = (
            name.isupper()
            or m.group("dash")
            or re.search(r"\s[-–—]\s", lead[m.end() : m.end() + 70])
            or self._dated.match(lead, m.end())
        )
        if home is not None or not proper:
            return home
        abroad = world_lookup(self._exonyms.get(key(name), name))
        if abroad is not None and abroad.kind == "country":
            # a dateline names a city: "الجزائر في 9 يوليو" is Algiers
            return world_city(name, abroad.country or "") or abroad
        return abroad

    def _places(self, text: str, date: str | None = None) -> list[tuple[Place, int, int]]:
        """The places ``text`` names for this event; after the 2025 merger a former province after a
        ward word is a ward of the unit that absorbed it ("tại phường Long An", in Tây Ninh), no place
        of its own."""
        post = bool(date and date >= MERGER_DATE)
        return [
            hit
            for hit in (self.profile.find_places or find_latin)(text)
            if not self._later(text, hit[1]) and not (post and self._names_ward(text, hit))
        ]

    def _names_ward(self, text: str, hit: tuple[Place, int, int]) -> bool:
        """Whether a former province's name stands right after a ward word ("phường Long An")."""
        place, start, _ = hit
        return (
            place.kind == "province"
            and successor(place) not in (None, place)
            and (self._ward_word.search(text, max(0, start - 20), start) is not None)
        )

    def _later(self, text: str, start: int) -> bool:
        """Whether the place at ``start`` is another edition's: a later one ("La próxima sesión ... se
        celebrará en Hanoi", "the next summit will be held in Riyadh") or an earlier one ("La asamblea
        anterior, celebrada en Cartagena"), by a cue just before it."""
        if self._future.search(text, max(0, start - _LATER_BEFORE), start) is not None:
            return True
        return self._earlier.search(text, max(0, start - _EARLIER_BEFORE), start) is not None

    def organisers(self, texts: Sequence[str]) -> tuple[str, ...]:
        out: list[str] = []
        for text in texts:
            for pattern in self._organise:
                m = pattern.search(text)
                if not m:
                    continue
                for name, value in m.groupdict().items():
                    if name.startswith("org") and value:
                        out.append(self.roles.body(value) or value.strip())
                if out:
                    return tuple(dict.fromkeys(out))
        return ()


def attendance(figures: Sequence[Figure]) -> Attendance:
    def first(unit: str) -> int | None:
        value = next((f.value for f in figures if f.unit == unit and f.value.isdigit()), None)
        return int(value) if value else None

    return Attendance(delegates=first("delegates"), provinces=first("provinces"))
