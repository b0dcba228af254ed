"""The date of the event, as precise as the article states it and no more.

Reports give many dates: the event's own ("opened on 10 April", "Hanoï, 20 octobre (VNA) -",
"pada Sabtu"), its span ("du 24 au 30 septembre", "until 25 October"), and dates that belong to
something else: a document ("Resolution 47/NQ-CP dated 15 April 2024"), a plan's horizon ("vision
to 2050"), the past ("last year"). Every day-and-month, numeric date, weekday and relative day
("hôm nay", "yesterday") of the article is therefore collected with its place in the text and
scored by its link to the event: lead sentences, the dateline and the pack's event verbs raise it;
document, target and past cues drop or lower it. The best one is the event's first day (or the first
day of a span stated around it: a report filed on a conference's second day); a range or an "until"
date after it gives the last day.

Years are never guessed: a date takes the year written with it or in its own sentence (not a
target's or a period's), else the publication date's (the last such day on or before it), else a
year the text gives for the event. Weekdays and relative days need a full publication date. With
no day at all, a year written into the conference's name ("2e Conférence ... en 2024") gives a
year-only date; otherwise the date is unknown (None).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from ..gazetteer import lookup, world_lookup
from ..textutil import DIGITS, alternation
from .profile import Profile

_YEAR = r"((?:19|20)\d\d)"
_LONGEST_SPAN = 92  # days: a session or fair may run weeks; a "range" longer than a season is two events
_MOST = 200  # dates weighed per article: an event's are among the first; a hostile page may hold thousands
_AHEAD = 14  # days after the publication date that a preview's event may be on
_WINDOW = 80  # characters either side of a date in which an event verb dates the event
_GOVERNED = 12  # characters between an event verb and the date it governs ("s'est tenue le ")
_CLOSING_NEAR = 60  # characters before a date in which a closing verb makes it the last day
# and after it: the verb may follow the event's whole name ("Chiều 11/6, Hội nghị Bộ trưởng Y tế châu
# Á - Thái Bình Dương về sốt xuất huyết đã bế mạc")
_CLOSING_AFTER = 110
_CLOSING_GOVERNED = 24  # characters between a closing verb and the day it governs ("wrapped up on ")
_LEAD = 6  # sentences in which the event's length in days is looked for
_LONGEST_STATED = 14  # days: a length beyond two weeks is no conference's ("a 30-day campaign")
_PAST_BEFORE = 15  # characters before a date in which a past cue ("el pasado", "last year") dates it


_SPACES = re.compile(r"[\s,]*")
_STOPPED = re.compile(r"[.!?؟…:;\"”»’')]\s*$")  # a sentence of prose ends with a stop or a quote
_NOUN_BEFORE_YEAR, _NOUN_AFTER_YEAR = 60, 30  # how near an event noun must be to a cued year
_LONGEST_EVENT_DAYS = 45  # an "until" date further on than this from a day is a deadline, no span's end
_FUTURE_BEFORE = 40  # characters before a year in which a future cue makes it a later meeting's


def _iso(published: str | None) -> dt.date | None:
    if not published or not re.match(r"\d{4}-\d\d-\d\d", published):
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


def _nearer(year: str, other: str | None, day: _Day, published: str | None) -> str:
    """Of two years for ``day``, the one that puts it nearer the publication date (``year`` on a tie)."""
    page = _iso(published)
    dates = {y: _date_of(_Day(day.month, day.day, y)) for y in (year, other) if y}
    if page is None or other is None or dates.get(other) is None or dates.get(year) is None:
        return year
    return other if abs((dates[other] - page).days) < abs((dates[year] - page).days) else year


def _year_before(published: str | None, month: int, day: int) -> str | None:
    """The year of the last (month, day) on or before the publication date ("le 19 mars dernier").

    A day up to two weeks after the publication date is taken as coming (a preview's "will open on
    3 January", published on 28 December), never a year back.
    """
    if not published or not re.match(r"\d{4}", published):
        return None
    year = int(published[:4])
    page = _iso(published)
    if page is None:
        return str(year)
    horizon = page + dt.timedelta(days=_AHEAD)
    for candidate in (year + 1, year, year - 1):
        found = _date_of(_Day(month, day, str(candidate)))
        if found is not None and found <= horizon:
            return str(candidate)
    return str(year - 1)


@dataclass(frozen=True)
class _Day:
    """A calendar day as the text states it: the year may be unknown (None)."""

    month: int
    day: int
    year: str | None = None

    def iso(self) -> str:
        return f"{self.year or 'XXXX'}-{self.month:02d}-{self.day:02d}"


@dataclass
class _Mention:
    """One date expression of the article and what surrounds it."""

    sentence: int  # index into the sentences searched
    start: int
    end: int
    first: _Day | None  # None until a weekday or relative day is resolved against the publication date
    last: _Day | None = None  # the last day of a range ("26-28 October")
    weekday: int | None = None  # "on Sunday": 0 is Monday
    offset: int | None = None  # "yesterday": -1 day from the publication date
    score: float = 0.0
    until: bool = False  # written after "until"/"hingga": an event's last day, never its first
    eve: bool = False  # "la veille": the day before the day just named (or the filing day)


class DateFinder:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        months_map = {**profile.months, **profile.month_abbreviations}
        self._months = {k.casefold().rstrip("."): v for k, v in months_map.items()}
        months = alternation(m.rstrip(".") for m in months_map) if months_map else ""
        year_cue = alternation(profile.year_cues)
        lead = profile.date_lead or r"(?!)"
        between = "".join(rf"(?:{re.escape(w)}\s+)?" for w in profile.day_month_words)
        day_suffix = rf"(?:{profile.day_suffix})?" if profile.day_suffix else ""
        month_word = rf"|\s+{re.escape(profile.date_words[0])}\s+" if profile.date_words else ""
        year_word = rf"|\s+{re.escape(profile.date_words[1])}\s+" if profile.date_words else ""
        no_month = rf"(?!\s+(?:{months})(?!\w))" if months else ""  # "pada 3-5 Maret" is a span
        # "26-28", "du 10 au 12", "19 و20" (Arabic glues "and" to the next day)
        sep = rf"\s*(?:[-–—]|\s(?:{alternation(profile.range_words)})(?:\s|(?=\d)))\s*"
        patterns = [
            # 10 April [2024], 3 octobre 2024, 15 Agustus, 10 أبريل; 26-28 October, du 10 au 12 juin
            rf"(?:(?P<s1>\d{{1,2}}){day_suffix}{sep})?(?P<d1>\d{{1,2}}){day_suffix}\s+{between}"
            rf"(?P<m1>{months})\.?(?:/\S+)?(?:,?\s+(?:{year_cue})?\s*{_YEAR})?",
            # April 10, 2024; October 21-25
            rf"(?P<m2>{months})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:{sep}(?P<e2>\d{{1,2}})(?!\d))?"
            rf"(?:(?:,\s*|\s+){_YEAR})?",  # "Nov 17,2026" too
            # ngày 19/11[/2024], ngày 19 tháng 11 năm 2024, ngày 5-6/8
            rf"(?:(?:{lead})\s+\(?)(?:(?P<s3>\d{{1,2}}){sep})?(?P<d3>\d{{1,2}})(?:[/.-]{month_word})"
            rf"(?P<m3>\d{{1,2}})(?:(?:[/.-]{year_word}){_YEAR})?{no_month}",
        ]
        # a wire's numeric dateline, day then month before the agency's name ("فيينا - 7 - 6 (كونا)")
        patterns.append(r"(?<![\d/.])(?P<d5>\d{1,2})\s+-\s+(?P<m5>\d{1,2})(?=\s+\()")
        if months and profile.day_words:  # "السابع من أغسطس": a day written as a word
            patterns.append(rf"(?P<w4>\w+)\s+{between}(?P<m4>{months})(?:/\S+)?(?:\s+{_YEAR})?")
        # the end check holds for every form: "October 2023" is a month, never "October 20"
        self._date = re.compile(
            "(?:" + "|".join(f"(?:{p})" for p in patterns if months or "m3" in p or "m5" in p) + r")(?!\w)",
            re.I,
        )
        self._weekdays = {k.casefold(): v for k, v in profile.weekdays.items()}
        self._relative = {k.casefold(): v for k, v in profile.relative_days.items()}
        self._relative |= {w.casefold(): -1 for w in profile.eve_words}
        self._eves = frozenset(w.casefold() for w in profile.eve_words)
        self._weekday = re.compile(rf"(?<!\w)(?:{alternation(profile.weekdays)})(?!\w)", re.I)
        self._relative_day = re.compile(rf"(?<!\w)(?:{alternation(self._relative)})(?!\w)", re.I)
        self._doc = re.compile(rf"(?:{alternation(profile.doc_date_cues)})\s*$", re.I)
        self._target = re.compile(rf"(?<!\w)(?:{alternation(profile.target_cues)})\s*$", re.I)
        self._founded = re.compile(rf"(?<!\w)(?:{alternation(profile.founding_cues)})\s*$", re.I)
        self._earlier = re.compile(rf"(?<!\w)(?:{alternation(profile.earlier_verbs)})(?!\w)", re.I)
        self._period = re.compile(rf"(?<!\w)(?:{alternation(profile.period_cues)})(?!\w)", re.I)
        self._future = re.compile(rf"(?<!\w)(?:{alternation(profile.future_cues)})(?!\w)", re.I)
        self._past = re.compile(rf"(?<!\w)(?:{alternation(profile.past_cues)})(?!\w)", re.I)
        # one short word may stand between ("hasta este miércoles", "حتى يوم الأربعاء", "until this Friday")
        self._until = re.compile(rf"(?<!\w)(?:{alternation(profile.until_words)})(?:\s+\w{{1,5}})?\s*$", re.I)
        joiners = alternation((*profile.range_words, *profile.until_words))
        self._joined = re.compile(rf"^\s*(?:[-–—]|(?:{joiners})(?!\w))\s*$", re.I)
        self._verbs = re.compile(rf"(?<!\w)(?:{alternation(profile.event_verbs)})", re.I)
        # what the meeting decided is done on its day ("ministers on Thursday adopted a declaration")
        self._decided = re.compile(rf"(?:{alternation(profile.outcomes.get('decision', ()))})(?!\w)", re.I)
        self._closing = re.compile(rf"(?<!\w)(?:{alternation(profile.closing_verbs) or '(?!)'})(?!\w)", re.I)
        self._days_long = {k.casefold(): v for k, v in profile.durations.items()}
        self._duration = re.compile(rf"(?<!\w)(?:{alternation(profile.durations) or '(?!)'})(?!\w)", re.I)
        self._year = re.compile(rf"(?:{year_cue})\s+{_YEAR}", re.I)
        conf = alternation(profile.conference_words)
        # the title lexicon's event nouns too: a date next to any event's name is the event's
        nouns = profile.meeting_nouns
        self._nouns = re.compile(rf"(?<!\w)(?:{alternation(nouns)})", re.I)
        # "Hue Festival 2024", "مهرجان هوي 2024": a year written into an event's name, a few words on
        # (a word for "year" only right before the year: "Dialogue every year since 2005" names no
        # edition; a short cue such as "de" may sit inside the name: "Foro de Inversión 2021")
        year_noun = alternation(c for c in profile.year_cues if len(c) >= 3) or "(?!)"
        self._named_year = re.compile(
            rf"(?<!\w)(?:{alternation(nouns)})(?:\s+(?!(?:{year_noun})\s)[^\s,;:.()]+){{0,3}}?"
            rf"(?:\s+\([A-Z]{{2,10}}\))?(?:\s+(?:{year_cue}))?\s+{_YEAR}(?!\d)",  # "Expo (SHIE) 2026"
            re.I,
        )
        # a year inside the conference's name: no clause break between the two
        self._titled_year = re.compile(
            rf"(?:{conf})[^,;:.()\n]{{0,90}}?(?:{year_cue})\s+{_YEAR}"
            rf"|{_YEAR}\s+(?:[^\s,;.]+\s+){{0,6}}?(?:{conf})",
            re.I,
        )

    def _year_in(self, texts: Sequence[str]) -> str | None:
        """The first year a year cue introduces ("in 2024"), skipping a target year ("đến năm 2050")."""
        for text in texts:
            text = text.translate(DIGITS)
            for m in self._year.finditer(text):
                if self._own(text, m):
                    return m.group(1)
        return None

    def _own(self, text: str, m: re.Match[str]) -> bool:
        """Whether the cued year ``m`` may be the event's: no plan's target ("đến năm 2050"), no
        body's founding ("established in 1975") and no later meeting's."""
        before = max(0, m.start() - 30), m.start()
        return not (
            self._target.search(text, *before) or self._founded.search(text, *before) or self._later(text, m)
        )

    def _event_year(self, texts: Sequence[str]) -> str | None:
        """The first year a cue gives within a few words of an event noun, not a target's or a
        later meeting's."""
        for text in texts:
            for m in self._year.finditer(text):
                near = max(0, m.start() - _NOUN_BEFORE_YEAR), m.end() + _NOUN_AFTER_YEAR
                if self._nouns.search(text, *near) and self._own(text, m):
                    return m.group(1)
        return None

    @staticmethod
    def _ends_soon(until: _Mention, day: _Day, mentions: Sequence[_Mention]) -> bool:
        """Whether an "until" date's year may date its sentence: it ends a day of that sentence
        within weeks ("opened May 4, running until May 6, 2023"), not a deadline months on ("Viena,
        7 jun: ... prorrogar hasta el 31 de diciembre de 2027")."""
        end = _date_of(day)
        for m in mentions:
            if m.sentence == until.sentence and m is not until and m.first is not None and end is not None:
                start = _date_of(_Day(m.first.month, m.first.day, day.year))
                if start is not None and 0 <= (end - start).days <= _LONGEST_EVENT_DAYS:
                    return True
        return False

    def _later(self, text: str, m: re.Match[str]) -> bool:
        """Whether the year ``m`` found is a later meeting's ("a follow-up forum in 2026", "القمة
        المقبلة عام 2027"): a future cue just before it or inside the name it closes."""
        return self._future.search(text, max(0, m.start() - _FUTURE_BEFORE), m.end()) is not None

    def stamp(self, line: str | None) -> str | None:
        """The ISO day a page timestamp or byline gives ("12/03/2024 16:45" -> "2024-03-12"), or None."""
        if not line:
            return None
        line = line.translate(DIGITS)
        if re.match(r"\d{4}-\d\d-\d\d", line):
            return line[:10]
        numeric = re.search(rf"(?<!\d)(\d{{1,2}})([/.-])(\d{{1,2}})\2{_YEAR}", line)  # 09-01-2025 too
        year_first = re.search(rf"(?<!\d){_YEAR}/(\d{{1,2}})/(\d{{1,2}})(?!\d)", line)
        if numeric:
            day, month, year = int(numeric.group(1)), int(numeric.group(3)), numeric.group(4)
        elif year_first:  # 2025/09/24 10:20
            year, month, day = year_first.group(1), int(year_first.group(2)), int(year_first.group(3))
        else:
            found = next(self._days(line), None)
            if not found or not found[2].year:
                return None
            day, month, year = found[2].day, found[2].month, found[2].year
        return f"{year}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None

    def event_dates(
        self, sentences: Sequence[str], captions: Sequence[str], body: str, published: str | None
    ) -> tuple[str | None, str | None]:
        """(first day, last day) of the event: ISO dates ("2024-04-10"), a year ("2024") or None.

        ``sentences`` are the article's in order (the first ones weigh most); ``captions`` count
        as sentences of their own, after them. The last day is given only for a span the text states.
        """
        texts = [t.translate(DIGITS) for t in (*sentences, *captions)]
        mentions = [m for i, text in enumerate(texts) for m in self._mentions(i, text)][:_MOST]
        ranks = self._lead_ranks(sentences)
        # the years the article writes out: by sentence (a date's, else a year cue's), and by day
        years: dict[int | tuple[int, int], str | None] = {}
        for m in mentions:
            for day in (m.first, m.last):
                if day and day.year:
                    if not m.until or self._ends_soon(m, day, mentions):
                        years.setdefault(m.sentence, day.year)
                    years.setdefault((day.month, day.day), day.year)
        cued: set[int] = set()  # sentences whose year only a year cue gives ("the 2025 review")
        for m in mentions:
            if m.sentence not in years:
                years[m.sentence] = self._year_in([texts[m.sentence]])
                cued.add(m.sentence)
        # an event's own name dates it better than the first year the body gives ("since 2000")
        named = (m for text in texts for m in self._named_year.finditer(text) if not self._later(text, m))
        # else a year a cue gives next to an event's noun ("the conference, held in Hanoi in 2024"):
        # a year elsewhere is as often last year's statistics or a treaty's ("UNCLOS 1982"), even in
        # a sentence that names the event ("Addressing the summit, Li said trade reached $982 billion
        # in 2024")
        body_year = next((m.group(1) for m in named if m), None) or self._event_year(texts)
        # without a publication date, a wire's dated dateline says when the report was filed
        # ("نواكشوط، 26 نوفمبر 2026 (الوكالة ...)", "KUALA LUMPUR, Aug 21 (Bernama)" in an article on
        # "SHIE 2026"): a weekday or "yesterday" in it is counted from that day
        published = published or next(
            (
                f"{m.first.year or body_year}-{m.first.month:02d}-{m.first.day:02d}"
                for m in mentions
                if m.first
                and m.sentence < _LEAD
                and not m.last
                and _at_dateline(m, texts[m.sentence])
                and (m.first.year or body_year)
            ),
            None,
        )
        named: _Mention | None = None  # the last day the text has named, for an eve after it
        for m in mentions:
            anchor = named if m.eve and named is not None and m.sentence - named.sentence <= 1 else None
            self._resolve(m, years, body_year, published, cued, anchor)
            if m.first is not None and m.weekday is None and m.offset is None:
                named = m
            m.score += ranks[m.sentence] if m.sentence < len(sentences) else 1.0
            m.score += self._link(m, texts[m.sentence], published)
        starts = [m for m in mentions if m.first is not None and not m.until and m.score > 0]
        # the page's own day, with nothing against it but being the page's ("membuka Rakornas ...,
        # Kamis (24/7/2025)" published that day): a same-day report, not a byline
        starts = starts or [
            m
            for m in mentions
            if m.first is not None
            and not m.until
            and m.score >= 0
            and m.first.iso() == (published or "")[:10]
        ]
        if not starts:
            for text in [body, *captions]:
                found = self._titled_year.search(text.translate(DIGITS))
                if found:
                    return found.group(1) or found.group(2), None
            return None, None
        best = max(starts, key=lambda m: (m.score, -m.sentence, -m.start))
        best = self._span_around(best, starts, texts)
        opened = self._opened(best, mentions, texts)
        if opened is not None:
            return opened
        return best.first.iso() if best.first else None, self._last_day(best, mentions, texts)

    def _opened(
        self, best: _Mention, mentions: Sequence[_Mention], texts: Sequence[str]
    ) -> tuple[str, str] | None:
        """(first day, last day) when a closing verb dates ``best``'s day, in any sentence, and the
        lead gives the event's length ("the two-day forum ... closed on November 4": November 3, 4)."""
        day = _date_of(best.first) if best.first and not best.last else None
        if day is None or not any(
            m.first is not None
            and m.last is None  # "closed after three days (10-12 March)": the span says it all
            and _date_of(m.first) == day
            and self._closes(m, texts[m.sentence], [o for o in mentions if o.sentence == m.sentence])
            for m in mentions
        ):
            return None
        # the eve of the closing day, an event verb governing it ("a clôturé ses travaux mercredi 13
        # mai ... La rencontre, ouverte la veille"): the first day
        for m in mentions:
            first = _date_of(m.first) if m.eve and m.first and m.sentence - best.sentence == 1 else None
            if first is not None and (day - first).days == 1 and _governs(self._verbs, texts[m.sentence], m):
                return first.isoformat(), day.isoformat()
        # in the lead, or right after the closing ("... ditutup pada Minggu. Selama empat hari, ...")
        lengths = [
            self._days_long[d.group().casefold()]
            for t in texts[: max(_LEAD, best.sentence + 2)]
            for d in self._duration.finditer(t)
        ]
        if not lengths or not 1 < lengths[0] <= _LONGEST_STATED:
            return None
        return (day - dt.timedelta(days=lengths[0] - 1)).isoformat(), day.isoformat()

    def _closes(self, m: _Mention, text: str, others: Sequence[_Mention]) -> bool:
        """Whether a closing verb dates ``m``: before the day ("closed on June 5") or after it
        ("Chiều 5/6, ... đã bế mạc"), with no other day between them, and no opening verb governing it
        ("ouverts mardi ..., ont pris fin jeudi": Tuesday opened it)."""
        if _governs(self._verbs, text, m):
            return False
        for verb in self._closing.finditer(text, max(0, m.start - _CLOSING_NEAR), m.end + _CLOSING_AFTER):
            low, high = sorted((verb.start(), m.start))
            if not any(o is not m and low < o.start < high for o in others):
                return True
        return False

    def _span_around(self, best: _Mention, starts: Sequence[_Mention], texts: Sequence[str]) -> _Mention:
        """The event's stated span when the best-linked day lies inside it, else that day.

        A report filed on the second day of a conference dates its lead by that day ("Nice, June 10 -
        ... the conference, which runs from June 9 to 13"): the day is one of the event's, and the
        event began on the span's first day. A visit's or tour's span is someone else's (see _link).
        """
        day = _date_of(best.first) if best.first and not best.last else None
        if day is None:
            return best
        for m in starts:
            first, last = (_date_of(m.first) if m.first else None), (_date_of(m.last) if m.last else None)
            if not (first and last and first < day <= last and (last - first).days <= _LONGEST_SPAN):
                continue
            if not self._period.search(texts[m.sentence], max(0, m.start - _WINDOW), m.start):
                return m
        return best

    @staticmethod
    def _lead_ranks(sentences: Sequence[str]) -> list[float]:
        """A bonus per sentence for being among the first three of prose (section names and
        headlines above the lead are no prose: a lead states the event's date, they do not; a
        headline, however long, ends without a stop)."""
        ranks, prose = [], 0
        for sentence in sentences:
            ranks.append(max(0.0, 3.0 - prose))
            prose += len(sentence.split()) >= 8 and _STOPPED.search(sentence) is not None
        return ranks

    def _link(self, m: _Mention, text: str, published: str | None) -> float:
        """How strongly the text around a date ties it to the event itself."""
        score = 0.0
        if _at_dateline(m, text):  # "HANOI, Apr 10 (VNA) -": the dateline
            score += 2
        near = max(0, m.start - _WINDOW), m.end + _WINDOW
        verb, noun = self._verbs.search(text, *near), self._nouns.search(text, *near)
        score += 2 * bool(verb) + bool(noun)
        # the date an event verb governs ("s'est tenue le 6 décembre", "opened on May 26") outweighs
        # the dateline's day of filing in the same lead
        governed = _governs(self._verbs, text, m)
        if governed:
            score += 1.5
        # so does the day a closing verb governs ("wrapped up Sunday", "closed on November 4"), as
        # strongly as an opening verb near it: the event's own last day, not the filing day, when an
        # event is named with it (a price also "cerró el viernes")
        elif noun and self._closing.search(text, max(0, m.start - _CLOSING_GOVERNED), m.start):
            score += 3.5
            governed = True
        # a decision the date governs, right after it or right before it
        elif self._decided.match(text, m.end + 1) or _governs(self._decided, text, m):
            score += 1.5
            governed = True
        if governed and (m.weekday is not None or m.offset is not None):
            score += 0.5  # a weekday a verb governs ("aprobaron el martes") is as sure as a written date
        if m.last:  # a stated span of days is the event's when the event is named with it
            score += 3 if verb or noun else 1
        # a past cue dates the words right around it ("el pasado 1 de julio", "in March last year");
        # further back it belongs to an earlier clause ("merged on 1 July last, held on Friday ...")
        if self._past.search(text, max(0, m.start - _PAST_BEFORE), m.end + 20):
            score -= 3
        if self._period.search(text, max(0, m.start - _WINDOW), m.start):
            score -= 3  # "as part of his visit ... from 9 to 11 March": the span of something else
        if self._earlier.search(text, max(0, m.start - _WINDOW), m.start):
            score -= 4  # "la 4e Assemblée avait eu lieu à Kumasi du 12 au 14 novembre": an earlier one's
        if self._future.search(text, max(0, m.start - _FUTURE_BEFORE), m.start):
            score -= 6  # "COP30, scheduled for November 10-21": a later meeting's days, whatever names it
        if m.first and m.first.iso() == (published or "")[:10]:
            score -= 1  # a byline's date: reports usually appear a day or more after the event
        return score

    def _mentions(self, index: int, text: str) -> list[_Mention]:
        """Every date expression of one sentence, with the cues that disqualify or qualify it."""
        found = [_Mention(index, start, end, first, last) for start, end, first, last in self._days(text)]
        # a weekday or "today" is less precise than a written date: it yields to one as strong
        found += [
            _Mention(
                index, m.start(), m.end(), None, weekday=self._weekdays[m.group().casefold()], score=-0.5
            )
            for m in self._weekday.finditer(text)
            if not _names_a_place(text, m)
        ]
        found += [
            _Mention(
                index,
                m.start(),
                m.end(),
                None,
                offset=self._relative[m.group().casefold()],
                score=-0.5,
                eve=m.group().casefold() in self._eves,
            )
            for m in self._relative_day.finditer(text)
        ]
        # a weekday written with its date is one expression ("hasta el jueves 21 de mayo")
        written = [m for m in found if m.first is not None]
        for m in [m for m in found if m.weekday is not None]:
            date = next((d for d in written if _SPACES.fullmatch(text, m.end, d.start)), None)
            if date is not None:
                date.start = m.start
                found.remove(m)
        ordered = sorted(found, key=lambda m: m.start)
        for m in ordered:
            m.until = bool(self._until.search(text, max(0, m.start - 30), m.start))
        for prev, m in pairwise(ordered):
            if prev.first and m.first and not prev.last and self._joined.match(text[prev.end : m.start]):
                prev.last, m.until = m.first, True  # "from October 21 through October 25"
        # a document's date or a plan's deadline, unless it opens a span ("du 30 mars au 2 avril")
        return [m for m in ordered if m.last or not self._disqualified(text[max(0, m.start - 30) : m.start])]

    def _disqualified(self, before: str) -> bool:
        """Whether the words before a date make it a document's ("dated") or a target's ("by")."""
        return bool(self._doc.search(before) or self._target.search(before))

    def _days(self, text: str) -> Iterable[tuple[int, int, _Day, _Day | None]]:
        """(start, end, day, last day of a same-month span or None) for each dated day-and-month."""
        for m in self._date.finditer(text):
            groups = m.groupdict()
            year = next((g for g in m.groups()[::-1] if g and re.fullmatch(_YEAR, g)), None)
            other = None
            if groups.get("m1") or groups.get("m2"):
                month = self._month(groups.get("m1") or groups["m2"])
                day = int(groups.get("d1") or groups["d2"])
                if groups.get("s1"):
                    day, other = int(groups["s1"]), day
                elif groups.get("e2"):
                    other = int(groups["e2"])
            elif groups.get("m3"):
                day, month = int(groups["d3"]), int(groups["m3"])
                if groups.get("s3"):
                    day, other = int(groups["s3"]), day
            elif groups.get("m5"):
                day, month = int(groups["d5"]), int(groups["m5"])
            else:
                day_fn = self.profile.day_words
                day = (day_fn(groups["w4"]) if day_fn else None) or 0
                month = self._month(groups["m4"])
            if other is not None and not day < other <= 31:
                other = None
            if month and 1 <= day <= 31 and 1 <= month <= 12:
                yield m.start(), m.end(), _Day(month, day, year), _Day(month, other, year) if other else None

    def _resolve(
        self,
        m: _Mention,
        years: Mapping[int | tuple[int, int], str | None],
        body_year: str | None,
        published: str | None,
        cued: Collection[int] = (),
        anchor: _Mention | None = None,
    ) -> None:
        """Give a mention its calendar day and year, or leave it None (no publication date to count from).

        ``years`` holds the years the article writes out, by sentence and by day ("Hanoi, December 6,
        2024" dates the lead's "on December 6"); ``body_year`` is the first one a year cue gives.
        In a sentence of ``cued`` the year is only a cue's, often what the event is about ("the review
        of 2025 work ... on Thursday (8/1)", published on 8 January 2026): there the year that puts
        the day nearer the publication date wins. An eve counts from ``anchor``, the day the text
        named just before it ("a clôturé ses travaux mercredi 13 mai ..., ouverte la veille").
        """
        if m.first is None:
            day = _date_of(anchor.first) if anchor is not None and anchor.first else None
            day = day or _iso(published)
            if day is None:
                return
            if m.weekday is not None:
                day -= dt.timedelta(days=(day.weekday() - m.weekday) % 7)  # the last such day on or before
            else:
                day += dt.timedelta(days=m.offset or 0)
            m.first = _Day(day.month, day.day, str(day.year))
        elif m.first.year is None:
            first = m.first
            year = years.get(m.sentence)
            if year and m.sentence in cued:
                year = _nearer(year, _year_before(published, first.month, first.day), first, published)
            if m.until:  # a last day takes its first day's year (see _last_day), or its sentence's
                m.first = _Day(first.month, first.day, year)
                return
            # the year of the span or sentence, else of the same day written elsewhere, else the page's
            # (a year elsewhere in the body is as often last year's statistics), else the body's
            year = (m.last.year if m.last else None) or year or years.get((first.month, first.day))
            year = year or _year_before(published, first.month, first.day) or body_year
            m.first = _Day(first.month, first.day, year)
        if m.last is not None and m.last.year is None and m.first.year:
            # a range's last day is in the first day's year, or the next one across New Year
            year = int(m.first.year) + ((m.last.month, m.last.day) < (m.first.month, m.first.day))
            m.last = _Day(m.last.month, m.last.day, str(year))

    def _last_day(self, best: _Mention, mentions: Sequence[_Mention], texts: Sequence[str]) -> str | None:
        """The event's last day: its own range's, else the first "until" date soon after it, else a
        day a closing verb governs a few days on ("ouverte lundi ..., ont pris fin ce mardi")."""
        assert best.first is not None
        # its own span, or a span stated elsewhere that starts on the same day ("over two days, June 7-8")
        ends = (
            [best.last]
            if best.last
            else [m.last for m in mentions if m.last and m.first and _same_day(m.first, best.first)]
        )
        ends += [
            self._after(m, best)
            for m in mentions
            if m.until
            and m.first is not None
            and 0 <= m.sentence - best.sentence <= 3
            and m is not best
            and not _closes_another(m, best, mentions)
        ]
        closed = [
            m.first
            for m in mentions
            if m is not best
            and m.first is not None
            and not m.last
            and -1 <= m.sentence - best.sentence <= 3  # "closed on the 13th ... opened the day before"
            and self._closing.search(texts[m.sentence], max(0, m.start - _CLOSING_GOVERNED), m.start)
        ]
        start = _date_of(best.first)
        for day in closed:
            last = _date_of(day)
            if start is not None and last is not None and 0 < (last - start).days <= _LONGEST_STATED:
                ends.append(day)
        for end in ends:
            if start is None:
                break
            if end.year is None:
                year = int(best.first.year or 0) + ((end.month, end.day) < (best.first.month, best.first.day))
                end = _Day(end.month, end.day, str(year))
            last = _date_of(end)
            if last is not None and 0 < (last - start).days <= _LONGEST_SPAN:
                return last.isoformat()
        return None

    @staticmethod
    def _after(until: _Mention, best: _Mention) -> _Day:
        """The day an "until" mention ends the event on: a weekday ("hasta este miércoles") is the
        first such day after the first day, whichever side of the publication date it falls."""
        assert until.first is not None and best.first is not None
        first = _date_of(best.first)
        if until.weekday is None or first is None:
            return until.first
        last = first + dt.timedelta(days=(until.weekday - first.weekday()) % 7 or 7)
        return _Day(last.month, last.day, str(last.year))

    def _month(self, name: str) -> int:
        return self._months.get(name.casefold().rstrip("."), 0)


def _closes_another(until: _Mention, best: _Mention, mentions: Sequence[_Mention]) -> bool:
    """Whether the "until" day ``until`` ends the range of another day its sentence gives first
    ("... le congrès, qui s'ouvrira mardi ..., jusqu'au 16 octobre": the congress's last day)."""
    before = [m for m in mentions if m.sentence == until.sentence and m.start < until.start]
    opening = max(before, key=lambda m: m.start, default=None)
    return (
        opening is not None
        and opening is not best
        and opening.first is not None
        and best.first is not None
        and not _same_day(opening.first, best.first)
    )


def _governs(verbs: re.Pattern[str], text: str, m: _Mention) -> bool:
    """Whether one of ``verbs`` stands right before the date ``m`` ("s'est tenue le ", "opened on ")."""
    return any(v.end() >= m.start - _GOVERNED for v in verbs.finditer(text, max(0, m.start - 40), m.start))


def _at_dateline(m: _Mention, text: str) -> bool:
    """Whether ``m`` is a dateline's date ("HANOI, Apr 10, 2024 (VNA) -", "Lima, 3 jun (Andina)")."""
    return m.start < 40 and "(" in text[m.end : m.end + 4]


def _names_a_place(text: str, weekday: re.Match[str]) -> bool:
    """Whether a weekday's word is the end of a place's name with the word before it ("Santo
    Domingo" is no Sunday)."""
    before = re.search(r"([^\W\d_]+)\s+$", text[max(0, weekday.start() - 30) : weekday.start()])
    if before is None or not before.group(1)[0].isupper():
        return False
    name = f"{before.group(1)} {weekday.group()}"
    return bool(world_lookup(name) or lookup(name))


def _date_of(day: _Day) -> dt.date | None:
    """A calendar date, or None when the year is unknown or the day does not exist (31 June)."""
    if not day.year:
        return None
    try:
        return dt.date(int(day.year), day.month, day.day)
    except ValueError:
        return None


def _same_day(a: _Day, b: _Day) -> bool:
    """The same day and month, and no two different years."""
    return (a.month, a.day) == (b.month, b.day) and (a.year == b.year or not a.year or not b.year)
