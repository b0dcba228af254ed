"""The date of the event, as precise as the article states it and no more.

The event date is the first day-and-month the lead sentences give ("في 10 أبريل", "Ngày
19/11", "le 3 octobre", "On 10 April"), never a document's date ("Resolution 47/NQ-CP dated 15
April 2024"). A date without a year takes the year the article states for the event ("... in
2024"); with no day at all, a year written into the conference's name ("2e Conférence ... en
2024") gives a year-only date; otherwise the date is unknown (None), never guessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..textutil import DIGITS
from .profile import Profile

_YEAR = r"((?:19|20)\d\d)"


def _year_before(published: str | None, month: int, day: int) -> str | None:
    """The year of the last (month, day) on or before the publication date ("le 19 mars dernier")."""
    if not published or not re.match(r"\d{4}", published):
        return None
    year = int(published[:4])
    if re.match(r"\d{4}-\d\d-\d\d", published) and (month, day) > (int(published[5:7]), int(published[8:10])):
        year -= 1
    return str(year)


class DateFinder:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._months = {k.casefold(): v for k, v in profile.months.items()}
        months = "|".join(re.escape(m) for m in sorted(profile.months, key=len, reverse=True))
        year_cue = "|".join(re.escape(c) for c in sorted(profile.year_cues, key=len, reverse=True))
        lead = profile.date_lead or r"(?!)"
        between = "".join(rf"(?:{re.escape(w)}\s+)?" for w in profile.day_month_words)
        day_suffix = rf"(?:{profile.day_suffix})?" if profile.day_suffix else ""
        month_word = rf"|\s+{re.escape(profile.date_words[0])}\s+" if profile.date_words else ""
        year_word = rf"|\s+{re.escape(profile.date_words[1])}\s+" if profile.date_words else ""
        patterns = [
            # 10 April [2024], 3 octobre 2024, 15 Agustus, 10 أبريل
            rf"(?P<d1>\d{{1,2}}){day_suffix}\s+{between}(?P<m1>{months})(?:/\S+)?(?:,?\s+(?:{year_cue})?\s*{_YEAR})?",
            # April 10, 2024
            rf"(?P<m2>{months})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?",
            # ngày 19/11[/2024], ngày 19 tháng 11 năm 2024, 19/11/2024
            rf"(?:(?:{lead})\s+\(?)(?P<d3>\d{{1,2}})(?:[/.-]{month_word})(?P<m3>\d{{1,2}})"
            rf"(?:(?:[/.-]{year_word}){_YEAR})?",
        ]
        if months and profile.day_words:  # "السابع من أغسطس": a day written as a word
            patterns.append(rf"(?P<w4>\w+)\s+{between}(?P<m4>{months})(?:/\S+)?(?:\s+{_YEAR})?")
        self._date = re.compile("|".join(f"(?:{p})" for p in patterns if months or "m3" in p), re.I)
        self._doc = re.compile(
            rf"(?:{'|'.join(re.escape(c) for c in profile.doc_date_cues) or '(?!)'})\s*$", re.I
        )
        self._year = re.compile(rf"(?:{year_cue or '(?!)'})\s+{_YEAR}", re.I)
        conf = "|".join(re.escape(w) for w in profile.conference_words) or "(?!)"
        # a year inside the conference's name: no clause break between the two
        self._titled_year = re.compile(
            rf"(?:{conf})[^,;:.()\n]{{0,90}}?(?:{year_cue or '(?!)'})\s+{_YEAR}"
            rf"|{_YEAR}\s+(?:[^\s,;.]+\s+){{0,6}}?(?:{conf})",
            re.I,
        )

    def _year_in(self, texts: Sequence[str]) -> str | None:
        for text in texts:
            m = self._year.search(text.translate(DIGITS))
            if m:
                return m.group(1)
        return None

    def stamp(self, line: str | None) -> str | None:
        """The ISO day a page timestamp or byline gives ("12/03/2024 16:45" -> "2024-03-12"), or None."""
        if not line:
            return None
        line = line.translate(DIGITS)
        if re.match(r"\d{4}-\d\d-\d\d", line):
            return line[:10]
        numeric = re.search(rf"(?<!\d)(\d{{1,2}})/(\d{{1,2}})/{_YEAR}", line)
        if numeric:
            day, month, year = int(numeric.group(1)), int(numeric.group(2)), numeric.group(3)
        else:
            found = self._day_month(line)
            if not found or not found[2]:
                return None
            day, month, year = found
        return f"{year}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None

    def event_date(
        self, lead: Sequence[str], captions: Sequence[str], body: str, published: str | None
    ) -> str | None:
        """ISO date ("2024-04-10"), year ("2024") or None, from the lead sentences first.

        A date equal to the publication date (a byline's "23 Agustus 2024") yields to any other
        date the lead gives: reports usually appear a day or more after the event.
        """
        published_day = published[:10] if published and re.match(r"\d{4}-\d\d-\d\d", published) else None
        candidates = []
        for text in [*lead, *captions]:
            found = self._day_month(text.translate(DIGITS))
            if found:
                day, month, year = found
                # a year-less day takes the year of the sentence, else the page's (a year
                # elsewhere in the body is as often last year's statistics), else the body's
                year = year or self._year_in([text]) or _year_before(published, month, day)
                year = year or self._year_in([body])
                candidates.append(f"{year or 'XXXX'}-{month:02d}-{day:02d}")
        if candidates:
            return next((c for c in candidates if c != published_day), candidates[0])
        for text in [body, *captions]:
            m = self._titled_year.search(text.translate(DIGITS))
            if m:
                return m.group(1) or m.group(2)
        return None

    def _day_month(self, text: str) -> tuple[int, int, str | None] | None:
        for m in self._date.finditer(text):
            if self._doc.search(text, max(0, m.start() - 25), m.start()):
                continue
            groups = m.groupdict()
            year = next((g for g in m.groups()[::-1] if g and re.fullmatch(_YEAR, g)), None)
            if groups.get("m1") or groups.get("m2"):
                month = self._month(groups.get("m1") or groups["m2"])
                day = int(groups.get("d1") or groups["d2"])
            elif groups.get("m3"):
                day, month = int(groups["d3"]), int(groups["m3"])
            else:
                day_fn = self.profile.day_words
                day = day_fn(groups["w4"]) if day_fn else None
                if not day:
                    continue
                month = self._month(groups["m4"])
            if month and 1 <= day <= 31 and 1 <= month <= 12:
                return day, month, year
        return None

    def _month(self, name: str) -> int:
        return self._months.get(name.casefold(), 0)
