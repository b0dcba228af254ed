"""What the event was: an English title, the host place, organisers and attendance.

The title is assembled from what the conference's own name says (national? training?
review? on which topics?) so that it reads in English whatever the source language; when the
lexicon recognises nothing, the article's headline or lead sentence stands in.

The place is the province or city the article names most, counting a name after a place word
("tỉnh", "province de", "مقاطعة") double and the dateline's place triple; a city named as such
("ville de Quy Nhon") is kept too. A country or city abroad competes only where something says it
is a venue (a venue word before it, the dateline, or "City, Country"), its mentions summed per
country, and is written "City, Country" in English. After Vietnam's July 2025 merger a town is
given with the province it lies in now.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import takewhile

from ..gazetteer import MERGER_DATE, Place, find_latin, find_world, lookup, successor, town, world_lookup
from ..models import Attendance, Figure
from ..textutil import fold_name
from .profile import Profile
from .roles import RoleReader
from .venues import VenueReader

_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
# A news dateline: the place the report was filed from opens the lead ("THANH HOA, March 5 (VNA) -",
# "Hanoï, 22 octobre 2024 -", "كوي نهون، يوم الثلاثاء", "Liputan6.com, Ha Long -").
_DATELINE = re.compile(
    r"^(?:[\w.]+\.(?:com|vn|net|org)\s*,\s*)?"
    r"(?P<place>[^\W\d_][^\W\d_ .'’-]*(?:[ '-][^\W\d_][^\W\d_ .'’-]*){0,3})\s*(?:[,،]|\((?=[A-Z]))"
)
# up to four words that may open a name ("Quy Nhon City", "Kelurahan Dong Hoi"); capitals checked apart
_NAME_WORDS = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+){0,3}")
# the venue is looked for in the lead: later sentences name other buildings (visits, side events)
_VENUE_SENTENCES = 6
# what joins a city to its country in "Kuala Lumpur, Malaysia" and "Dubai (UAE)"
_CITY_COUNTRY = re.compile(r"\s*[,،(]\s*")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else _ORDINAL_SUFFIX.get(n % 10, "th")
    return f"{n}{suffix}"


class EventReader:
    def __init__(self, profile: Profile, roles: RoleReader) -> None:
        self.profile = profile
        self.roles = roles
        conf = "|".join(re.escape(w) for w in profile.conference_words) or "(?!)"
        self._conf = re.compile(rf"(?<!\w)(?:{conf})", re.I)
        suffixes = "|".join(re.escape(w) for w in profile.ordinal_suffixes) or "(?!)"
        self._ordinal = re.compile(rf"(\d{{1,2}})(?:{suffixes})\s+(?:{conf})", re.I)
        # a city named as such ("ville de Quy Nhon", "in Vinh city"): group 1 or 2 is its name
        city_cues = "|".join(re.escape(c) for c in profile.city_cues) or "(?!)"
        city_name = profile.city_name_pattern or rf"(?:[A-Z{profile.capitals}][^\W\d_]*\s?){{1,3}}"
        self._city = re.compile("|".join([rf"(?i:{city_cues})\s+({city_name})", *profile.city_patterns]))
        cue = "|".join(re.escape(c) for c in profile.place_cues) or "(?!)"
        self._place_cue = re.compile(rf"(?:{cue})\s*$", re.I)
        venue = "|".join(re.escape(c) for c in profile.venue_cues) or "(?!)"
        self._venue_cue = re.compile(rf"(?<!\w)(?:{venue})\s+$", re.I)
        self._after_venue_cue = re.compile(rf"(?<!\w)(?i:{venue})\s+(?=[^\W\d_])")
        self._organise = [re.compile(p) for p in profile.organise_cues]
        self._venues = VenueReader(profile)

    def title(self, texts: Sequence[str], date: str | None, headline: str | None) -> str | None:
        best: tuple[int, str] | None = None
        for text in texts:
            for m in self._conf.finditer(text):
                window = text[max(0, m.start() - 60) : m.end() + 120].casefold()
                kinds = [en for cue, en in self.profile.event_kinds if cue.casefold() in window]
                topics = [en for cue, en in self.profile.topics if cue.casefold() in window]
                score = len(kinds) + 2 * len(topics)
                if topics and (best is None or score > best[0]):
                    ordinal = self._ordinal.search(text[max(0, m.start() - 8) : m.end()])
                    words = [_ordinal(int(ordinal.group(1)))] if ordinal else []
                    words += [*dict.fromkeys(kinds), "Conference on", " and ".join(dict.fromkeys(topics))]
                    best = (score, " ".join(words))
        if best:
            year = date[:4] if date and date[:4].isdigit() else None
            return f"{best[1]} {year}" if year else best[1]
        return headline

    def place(self, texts: Sequence[str], date: str | None = None) -> str | None:
        """Where the event was, in English: the venue (when the lead names one) and its place.

        ``date`` (the event's or the report's, ISO) says which provinces were current.
        """
        where = self._where(texts, date)
        venue = self._venues.venue(texts[:_VENUE_SENTENCES]) if where else None
        return f"{venue}, {where}" if venue else where

    def _where(self, texts: Sequence[str], date: str | None) -> str | None:
        """The city, province or country of the venue."""
        scores: Counter[Place] = Counter()
        first: dict[Place, int] = {}
        order = 0
        for text in texts:
            for place, start, _ in self._places(text):
                if place.kind == "town":
                    continue  # a town counts only as the city part, below
                weight = 2 if self._place_cue.search(text, max(0, start - 25), start) else 1
                scores[place] += weight
                first.setdefault(place, order)
                order += 1
        abroad = self._abroad(texts)
        filed = next((p for p in map(self._dateline, texts[:3]) if p is not None), None)
        if filed is not None and filed.country is not None:
            abroad[filed] += 3
            filed = None
        if filed is not None and (filed.kind != "town" or filed.province):
            host = lookup(filed.province) if filed.kind == "town" and filed.province else filed
            if host is not None:
                scores[host] += 3  # the dateline names where the report was filed: usually the venue
                first.setdefault(host, -1)
        foreign = self._foreign_venue(abroad)
        if foreign is not None and foreign[1] > max(scores.values(), default=0):
            return foreign[0].english
        if not scores:
            return None
        place = max(scores, key=lambda p: (scores[p], -first[p]))
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
        """Countries and cities outside Vietnam named as venues: after a venue word, or as "City, Country"."""
        found: Counter[Place] = Counter()
        for text in texts:
            hits = find_world(text)
            for i, (place, start, end) in enumerate(hits):
                cued = self._venue_cue.search(text, max(0, start - 25), start) is not None
                after = hits[i + 1] if i + 1 < len(hits) else None
                paired = (
                    place.kind == "world city"
                    and after is not None
                    and after[0].kind == "country"
                    and after[0].country == place.country
                    and _CITY_COUNTRY.fullmatch(text, end, after[1]) is not None
                )
                if cued or paired:
                    found[place] += 2
        return found

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
        m = _DATELINE.match(lead)
        if m is None:
            return None
        name = m.group("place")
        if self.profile.dateline_place is not None:
            home = self.profile.dateline_place(name)
        else:
            home = lookup(name.title() if name.isupper() else name)
        # abroad, only a dateline proper: the name in capitals or a dash soon after ("Jakarta (ANTARA) -"),
        # not any sentence that opens with a word and a comma
        proper = name.isupper() or re.search(r"\s[-–—]\s", lead[m.end() : m.end() + 40])
        return home or (world_lookup(name) if proper else None)

    def _places(self, text: str) -> list[tuple[Place, int, int]]:
        return (self.profile.find_places or find_latin)(text)

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
