"""Turn the numbers of a text into briefing figures: value, unit, English label, kind, evidence.

A number becomes a figure only when the text says what it measures: a noun phrase after it counts
that noun, whether or not the pack's lexicon knows it ("350 delegasi", "14 biên bản ghi nhớ"; the
lexicon only translates), a currency on either side with its scale makes it money ("US$786
billion", "12.000 USD"), a measure before it or the whole after it labels a percentage ("growth
rate ... 13.45%", "98% of the schools") and a change word makes it a change ("fell by 2.4%"). A
document code, a term ("2023-2025"), an ordinal ("57e session": "session number") and the year
that names a plan ("Vision 2045") are figures too. Dates are not: day numbers next to a month,
list markers and bare years are skipped, except a year the text gives as a deadline ("until
2030"), which a context entry of kind "term" marks; a year a figure is for becomes its qualifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..models import Evidence, Figure
from ..textutil import DIGITS, alternation
from .numbers import Number, NumberReader
from .profile import Context, Profile, Unit

# clause breaks; a comma between digits ("3,200") is a thousands separator, not a break
_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\n،؛]")
# up to three words after a number, without punctuation or another number: where its noun may sit
_NOUN_AHEAD = re.compile(r"(?:[^\W\d_]+[ \u00a0]+){1,2}[^\W\d_]+")
# the whole a part is counted out of, after "of the" ("271 of the 320 recommendations")
_TOTAL = re.compile(r"\d[\d.,\u00a0]*(?<=\d)")
# a word of a noun phrase; a hyphenated compound is one word ("business-to-business")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# the words right after a number word, for a quote of its own: "two countries", "three years"
_WORDS_AHEAD = re.compile(r"(?:[ \u00a0]+[^\W\d_]+){1,3}")
# the words right before a Roman numeral, for a quote of its own: "tỉnh khóa I", "Đại hội XIV"
_WORDS_BEHIND = re.compile(r"(?:[^\W\d_]+[ \u00a0]+){1,3}$")


def evidence_span(text: str, start: int, end: int, limit: int = 180) -> str:
    """The clause around ``text[start:end]``, widened or clipped to a readable quote."""
    left = max([m.end() for m in _CLAUSE.finditer(text, 0, start)], default=0)
    right = next((m.start() for m in _CLAUSE.finditer(text, end)), len(text))
    if end - left < 25:  # "28 provinsi dan kota" alone is too thin: take the clause before too
        left = max([m.end() for m in _CLAUSE.finditer(text, 0, max(0, left - 1))], default=0)
    left = max(left, start - limit)
    right = min(right, end + limit)
    if left > 0 and not _CLAUSE.match(text, left - 1):
        left = text.find(" ", left) + 1 or left
    if right < len(text) and not _CLAUSE.match(text, right):
        right = text.rfind(" ", end, right) if text.rfind(" ", end, right) > end else right
    return text[left:right].strip(" ,;:،؛")


def _word_quote(text: str, number: Number) -> str:
    """A number written without digits and the words that name it ("two countries", "khóa I gồm").

    A clause that also holds digits ("2.5 million AUD ... over the next three years") would make
    the quote look like evidence for those digits; the narrow quote holds only the words. A Roman
    numeral is named by the words before it, so they are quoted too.
    """
    ahead = _WORDS_AHEAD.match(text, number.end)
    behind = _WORDS_BEHIND.search(text, 0, number.start) if number.kind == "ordinal" else None
    return text[behind.start() if behind else number.start : ahead.end() if ahead else number.end].strip()


_ITEM_MARK = re.compile(r"[.)-]\s")


class FigureReader:
    def __init__(self, profile: Profile, reader: NumberReader) -> None:
        self.reader = reader
        self.units = sorted(profile.units, key=lambda u: len(u.cue), reverse=True)
        # folded once: every number of every article is matched against all of them
        self._folded_units = tuple((u.cue.casefold(), u) for u in self.units)
        self.contexts = profile.contexts
        self._counted = {u.cue.casefold(): u for u in self.units if u.kind != "other"}
        cues = "|".join(re.escape(c) for c in self._counted)
        self._noun_ahead = re.compile(rf"(?<!\w)(?:{cues})") if cues else None
        # abbreviations too: "Hanoi, 10 mar (Prensa Latina)" is a dateline's day, not ten of anything
        names = {*profile.months, *(m.rstrip(".") for m in profile.month_abbreviations)}
        months = "|".join(re.escape(m) for m in sorted(names, key=len, reverse=True))
        self._month_after = (
            re.compile(rf"\s*(?:er\s+)?(?:de\s+)?(?:{months})(?!\w)", re.I) if months else None
        )
        # "on October 26": a day written after its month
        self._month_before = re.compile(rf"(?<!\w)(?:{months})\.?[ \u00a0]*$", re.I) if months else None
        # the first of two days of one month ("5 و6 نوفمبر", "5 et 6 novembre", "5 y 6 de noviembre")
        joins = alternation((*profile.range_words, "-", "–"))
        self._day_pair = (
            re.compile(rf"\s*(?:{joins})\s*\d{{1,2}}{self._month_after.pattern}", re.I)
            if months and joins
            else None
        )
        cues = "|".join(re.escape(c) for c in sorted(profile.ordinal_cues, key=len, reverse=True))
        self._ordinal_cue = re.compile(rf"(?<!\w)({cues})\s+$", re.I) if cues else None
        self._scales = {w.casefold(): english for w, english in profile.scale_words.items()}
        scales = "|".join(re.escape(w) for w in sorted(self._scales, key=len, reverse=True))
        self._scale = re.compile(rf"({scales})(?!\w)\s*", re.I) if scales else None
        parts = "|".join(re.escape(p) for p in profile.date_parts)
        self._date_part = re.compile(rf"(?<!\w)(?:{parts})\s*$", re.I) if parts else None
        self._currencies = {c.casefold(): english for c, english in profile.currencies.items()}
        spelled = "|".join(re.escape(c) for c in sorted(self._currencies, key=len, reverse=True)) or "(?!)"
        joiners = "|".join(re.escape(j) for j in profile.scale_joiners)
        self._joiner = re.compile(rf"(?:{joiners})(?:\s+|(?<=')|(?<=’))", re.I) if joiners else None
        self._currency_after = re.compile(rf"({spelled})(?!\w)", re.I)
        self._currency_before = re.compile(rf"(?<![^\W\d_])({spelled})[ \u00a0]?$", re.I)
        self._stops = {w.casefold() for w in (*profile.function_words, *profile.conjunctions)}
        self._count_words = profile.count_words
        self._head_last = profile.head_last
        times = "|".join(re.escape(c) for c in profile.time_cues)
        self._time_cue = re.compile(rf"(?<!\w)(?:{times})[ \u00a0]*$", re.I) if times else None
        self._plural = re.compile(profile.plural) if profile.plural else None
        years = "|".join(re.escape(c) for c in profile.year_cues)
        self._year_cue = re.compile(rf"(?<!\w)(?:{years})\s*$", re.I) if years else None
        # the year a figure is for, right after it ("9,2% pada tahun 2021") or before it ("in 2021: 9.2%")
        self._year_after = (
            re.compile(rf"[ \u00a0]+(?:{years})[ \u00a0]+((?:19|20)\d\d)(?!\d)", re.I) if years else None
        )
        self._year_before = (
            re.compile(rf"(?<!\w)(?:{years})[ \u00a0]+((?:19|20)\d\d)[ \u00a0]*[:,][ \u00a0]*$", re.I)
            if years
            else None
        )
        changes = "|".join(re.escape(c) for c in sorted(profile.change_words, key=len, reverse=True))
        clitics = "|".join(re.escape(c) for c in profile.cue_clitics)  # "وانخفض": "and fell"
        self._change = re.compile(rf"(?<!\w)(?:{clitics})?({changes})(?!\w)", re.I) if changes else None
        self._changes = {c.casefold(): english for c, english in profile.change_words.items()}
        shares = "|".join(profile.share_of)
        self._share_of = re.compile(rf"[ \u00a0]+(?:{shares})[ \u00a0]*", re.I) if shares else None

    def _unit(self, text: str, number: Number) -> Unit | None:
        after = text[number.end : number.end + 60].lstrip(" \u00a0").casefold()
        after = re.sub(r"^(?:ـ|-)\s*", "", after)
        named = self._unit_at(after)  # a unit named right after the number ("120 مليون دولار")
        if named is not None:
            return named
        scale = self._scale.match(after) if self._scale else None
        if scale:  # "18 ألف عامل": a count with its scale word
            unit = self._counted_unit(after[scale.end() :], number, text)
            if unit is not None:
                return replace(unit, unit=f"{self._scales[scale.group(1).casefold()]} {unit.unit}".strip())
        return self._counted_unit(after, number, text)

    def _unit_at(self, after: str) -> Unit | None:
        return next((u for cue, u in self._folded_units if after.startswith(cue)), None)

    def _counted_unit(self, after: str, number: Number, text: str) -> Unit | None:
        unit = self._unit_at(after)
        if unit is None:  # "320 grassroots mediators", "85 legal aid clubs": a noun a few words on
            words = _NOUN_AHEAD.match(after)
            noun = self._noun_ahead.search(words.group()) if words and self._noun_ahead else None
            unit = self._counted[noun.group()] if noun else None
        if unit is None and number.kind == "word":  # an Arabic dual is noun and number at once
            word = text[number.start : number.end].casefold()
            unit = next((u for cue, u in self._folded_units if cue in word), None)
        return unit

    def _scaled(self, text: str, at: int) -> tuple[str, int]:
        """The English scale word written at ``text[at:]`` ("billion", "" when none) and where it ends.

        A joiner after the scale ("millones de", "millions d'") belongs to it, so what the scale
        multiplies starts after it.
        """
        after = text[at:]
        lead = len(after) - len(after.lstrip(" \u00a0"))
        scale = self._scale.match(after, lead) if self._scale else None
        if scale is None:
            return "", at
        end = scale.end()
        joiner = self._joiner.match(after, end) if self._joiner else None
        return self._scales[scale.group(1).casefold()], at + (joiner.end() if joiner else end)

    def _money(self, text: str, number: Number) -> Unit | None:
        """A sum of money: the number, a scale and a currency written before or after it.

        "US$786 billion", "VND38.5 trillion", "12.000 USD", "3,9 billones de dólares": the value stays
        as written and the unit says scale and currency, whatever the amount measures. It has no
        label: "amount of money" would make every sum one measure, and two reports' different sums
        a conflict of which only one survives the merge.
        """
        scale, at = self._scaled(text, number.end)
        before = self._currency_before.search(text, max(0, number.start - 12), number.start)
        if before is not None:
            currency = self._currencies[before.group(1).casefold()]
        else:
            after = self._currency_after.match(text, at + len(text[at:]) - len(text[at:].lstrip(" \u00a0")))
            if after is None:
                return None
            currency = self._currencies[after.group(1).casefold()]
        return Unit("", f"{scale} {currency}".strip(), "", "economic")

    def _noun_phrase(
        self, text: str, at: int, capitals: bool = False, limit: int = 0, whole: bool = True
    ) -> str | None:
        """The noun phrase written at ``text[at:]``: up to ``count_words`` words, to a function word.

        A number followed by a noun counts that noun ("14 biên bản ghi nhớ", "600 booths"), whether
        or not the language's lexicon knows it, so the phrase is kept as written. A capitalised word
        starts a name, not a counted noun ("5 Nguyen Du"), unless a lower-case word follows it ("600,000
        Vietnamese living", "12 Vietnamese research groups") or ``capitals`` (an ordinal's event, "47th
        ASEAN Summit"). ``limit`` (default ``count_words``) words and no more: a phrase that goes on
        past it in a head-last language, or past a ``limit`` asked for ``whole``, has not been read
        whole and names nothing.
        """
        asked = bool(limit)
        limit, whole = (limit, whole) if limit else (self._count_words, self._head_last)
        words: list[str] = []
        for m in _WORD.finditer(text, at):
            if text[at : m.start()].strip(" \u00a0") not in ("", "-"):
                break
            word = m.group()
            if word.casefold() in self._stops:
                break
            if len(words) == limit:
                if not whole:
                    return " ".join(words)
                return None if asked else self._cut(words)
            words.append(word)
            at = m.end()
        if not capitals and words and words[0][:1].isupper() and not (len(words) > 1 and words[1].islower()):
            return None  # a name ("5 Nguyen Du"); a capitalised adjective has lower-case words after it
        return " ".join(words) or None

    def _cut(self, words: list[str]) -> str | None:
        """A phrase that runs on: up to its last plural noun, when the language says what one looks like."""
        ends = [i for i, w in enumerate(words) if self._plural and self._plural.fullmatch(w)]
        return " ".join(words[: ends[-1] + 1]) if ends else None

    def _context(self, text: str, number: Number, kinds: Iterable[str] | None = None) -> Context | None:
        window = text[max(0, number.start - 90) : number.start].casefold()
        best: tuple[int, Context] | None = None
        for ctx in self.contexts:
            if kinds is not None and ctx.kind not in kinds:
                continue
            at = window.rfind(ctx.cue.casefold())
            between = window[at + len(ctx.cue) :]
            if ctx.kind == "term":  # "until 2030"
                adjacent = len(between) <= 3
            elif ctx.kind == "plan":  # "Vision 2045", "Visión de la Comunidad de la ASEAN 2045"
                adjacent = (
                    len(between) <= 40
                    and not re.search(r"[\d.,;:()\[\]\n]", between)
                    and not (self._year_cue and self._year_cue.search(between))  # "plan for the year 2025"
                )
            else:
                adjacent = True
            if at >= 0 and adjacent and (best is None or at > best[0]):
                best = (at, ctx)
        return best[1] if best else None

    def figures(self, article: str, sentences: Iterable[str]) -> list[Figure]:
        out: list[Figure] = []
        for sentence in sentences:
            for number in self.reader.find(sentence):
                figure = self._figure(sentence, number)
                if figure is not None:
                    quote = evidence_span(sentence, number.start, number.end)
                    if not re.search(r"\d", sentence[number.start : number.end]) and re.search(r"\d", quote):
                        quote = _word_quote(sentence, number)
                    qualifier = self._qualifier(sentence, number)
                    out.append(Figure(**figure, qualifier=qualifier, evidence=(Evidence(article, quote),)))
        return out

    def _qualifier(self, text: str, number: Number) -> str | None:
        """The hedge before the number and the year it is for: "9.2% in 2021" is no current value."""
        year = None
        if self._year_after is not None and number.kind != "range":
            m = self._year_after.match(text, number.end) or self._year_before.search(
                text, max(0, number.start - 24), number.start
            )
            year = f"in {m.group(1)}" if m else None
        return ", ".join(q for q in (number.qualifier, year) if q) or None

    def _figure(self, text: str, number: Number) -> dict | None:
        if number.kind == "code":
            ctx = self._context(text, number, ("legal_reference",))
            return {
                "value": number.value,
                "label": ctx.label if ctx else "document number",
                "kind": "legal_reference",
            }
        if number.kind == "range":
            ctx = self._context(text, number, ("period",))
            return {"value": number.value, "label": ctx.label if ctx else "period", "kind": "term"}
        if self._month_after and self._month_after.match(text, number.end):
            return None  # a day of a date
        if self._day_pair and self._day_pair.match(text.translate(DIGITS), number.end):
            return None  # the first day of two
        if self._date_part and self._date_part.search(text, max(0, number.start - 12), number.start):
            return None  # "tháng 7": a month
        if self._month_before and self._month_before.search(text, max(0, number.start - 16), number.start):
            return None  # "October 26": a day
        if text[number.start - 1 : number.start] == "(" and text[number.end : number.end + 1] == ")":
            return None  # "(1) công khai ...": a list item's marker
        if not text[: number.start].strip() and _ITEM_MARK.match(text, number.end):
            return None  # "1. Crear ...", "١- إنشاء ...": a numbered line's number
        if self._time_cue and self._time_cue.search(text, max(0, number.start - 12), number.start):
            return None  # "lúc 8 giờ": a clock time
        if number.is_year:  # a deadline ("until 2030") or the year that names a plan ("Vision 2045")
            ctx = self._context(text, number, ("term", "plan"))
            return {"value": number.value, "label": ctx.label, "kind": "term"} if ctx else None
        if number.kind == "ordinal":  # "57th session", "la 80e session": the event's number
            ctx = self._context(text, number, ("ordinal",))
            cue = self._ordinal_cue.search(text, 0, number.start) if self._ordinal_cue else None
            noun = cue.group(1) if cue else self._noun_phrase(text, number.end, capitals=True)
            label = f"{ctx.label if ctx is not None else noun} number" if ctx or noun else "ordinal"
            return {"value": number.value, "label": label, "kind": "other"}
        if number.kind == "percent":
            return self._percent(text, number)
        unit = self._money(text, number) or self._unit(text, number)
        if unit is not None:
            return {"value": number.value, "unit": unit.unit, "label": unit.label, "kind": unit.kind}
        ctx = self._context(text, number, ("legal_reference", "rank", "ordinal"))
        if ctx is not None and ctx.kind == "legal_reference" and number.kind == "number":
            return {"value": number.value, "label": ctx.label, "kind": "legal_reference"}
        if (
            ctx is not None
            and ctx.kind == "rank"
            and text[max(0, number.start - 30) : number.start]
            .casefold()
            .rstrip()
            .endswith(ctx.cue.casefold())
        ):
            return {"value": number.value, "unit": "rank", "label": ctx.label, "kind": "economic"}
        if ctx is not None and ctx.kind == "ordinal" and number.kind == "word":
            return {"value": number.value, "label": ctx.label, "kind": "other"}
        return self._count(text, number)

    def _percent(self, text: str, number: Number) -> dict:
        """A percentage, labelled by what the text measures before it ("growth ... 8.5%") or what it is
        a share of ("98% of the schools"), and a change when the text says it changed by it."""
        ctx = self._context(text, number, ("economic", "social", "rate"))
        of = self._share_of.match(text, number.end) if self._share_of else None
        whole = self._noun_phrase(text, of.end()) if of else None
        # nothing says what it measures: no invented label, and merged only with its twin
        label = ctx.label if ctx else f"share of {whole}" if whole else ""
        verb = self._change_word(text, number)
        if verb:
            label = f"{verb} in {ctx.label}" if ctx else verb
        return {"value": number.value, "unit": "%", "label": label, "kind": ctx.kind if ctx else "rate"}

    def _change_word(self, text: str, number: Number) -> str:
        """ "increase"/"decrease" when the clause before the percentage says it changed by it.

        The last change word before the number, with no other number or clause break between, decides:
        "fell by 13.4% to 13.6%" makes 13.4 a decrease and leaves 13.6 a level, and a word the pack maps
        to "" ("tăng lên": "rose to") says the number is the level reached.
        """
        if self._change is None:
            return ""
        start = max(0, number.start - 40)
        found = [m for m in self._change.finditer(text, start, number.start)]
        last = found[-1] if found else None
        between = text[last.end() : number.start] if last else ""
        if last is None or re.search(r"\d", between) or _CLAUSE.search(between):
            return ""
        return self._changes[re.sub(r"\s+", " ", last.group(1)).casefold()]

    def _count(self, text: str, number: Number) -> dict | None:
        """A count of the noun phrase after the number, for any noun ("412 sekolah", "1,3 juta ...").

        The lexicon did not know the noun, so the unit is the phrase as written, honest rather than
        translated, and there is no label: repeating the unit would say nothing ("412 sekolah
        sekolah"), and an unlabelled figure is merged only with its twin. A scale word between them
        stays in the unit ("million visitors").
        """
        if number.kind == "word" and number.value == "1":
            return None  # "one of the", "satu atap": the word for one is rarely a count
        scale, at = self._scaled(text, number.end)
        # a number word counts one noun that ends its phrase ("three priorities:", not "two sides
        # agreed"), or the noun glued to it ("six-day event")
        word = number.kind == "word"
        noun = self._noun_phrase(text, at, limit=int(word), whole=not text.startswith("-", number.end))
        of = self._share_of.match(text, number.end) if self._share_of and noun is None else None
        total = _TOTAL.match(text, of.end()) if of else None
        if total is not None:  # "271 of the 320 recommendations": a part counts the whole's noun
            known = self._unit(text, Number(total.group(), total.start(), total.end()))
            if known is not None:
                return {"value": number.value, "unit": known.unit, "label": known.label, "kind": known.kind}
            noun = self._noun_phrase(text, total.end())
        if noun is None:
            return None
        return {"value": number.value, "unit": f"{scale} {noun}".strip(), "label": "", "kind": "count"}


def merge(figures: Iterable[Figure]) -> list[Figure]:
    """One figure per (value, unit): the same number for the same thing is listed once."""
    seen: dict[tuple[str, str], Figure] = {}
    for f in figures:
        seen.setdefault((f.value, f.unit), f)
    return list(seen.values())
