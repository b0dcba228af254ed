"""Turn the numbers of a text into briefing figures: value, unit, English label, kind, evidence.

A number becomes a figure only when the text says what it measures: a counted noun after it
("350 delegasi", "9 معاهدات"), a measure before it ("growth rate ... 13.45%"), a document code,
a term ("2023-2025") or an ordinal that names the event ("57e session"). Dates are not
figures: day numbers before a month and bare years are skipped, except a year the text gives
as a deadline ("until 2030"), which a context entry of kind "term" marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..models import Evidence, Figure
from .numbers import Number, NumberReader
from .profile import Context, Profile, Unit

# clause breaks; a comma between digits ("3,200") is a thousands separator, not a break
_CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:()\n،؛]")
# up to three words after a number, without punctuation or another number: where its noun may sit
_NOUN_AHEAD = re.compile(r"(?:[^\W\d_]+[ \u00a0]+){1,2}[^\W\d_]+")
# the words right after a number word, for a quote of its own: "two countries", "three years"
_WORDS_AHEAD = re.compile(r"(?:[ \u00a0]+[^\W\d_]+){1,3}")


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
    """The number word and the words after it that name its noun ("two countries' embassies").

    A clause that also holds digits ("2.5 million AUD ... over the next three years") would make
    the quote look like evidence for those digits; the narrow quote holds only the words.
    """
    ahead = _WORDS_AHEAD.match(text, number.end)
    return text[number.start : ahead.end() if ahead else number.end].strip()


class FigureReader:
    def __init__(self, profile: Profile, reader: NumberReader) -> None:
        self.reader = reader
        self.units = sorted(profile.units, key=lambda u: len(u.cue), reverse=True)
        self.contexts = profile.contexts
        self._counted = {u.cue.casefold(): u for u in self.units if u.kind != "other"}
        cues = "|".join(re.escape(c) for c in self._counted)
        self._noun_ahead = re.compile(rf"(?<!\w)(?:{cues})") if cues else None
        months = "|".join(re.escape(m) for m in sorted(profile.months, key=len, reverse=True))
        self._month_after = (
            re.compile(rf"\s*(?:er\s+)?(?:de\s+)?(?:{months})(?!\w)", re.I) if months else None
        )
        self._scales = {w.casefold(): english for w, english in profile.scale_words.items()}
        scales = "|".join(re.escape(w) for w in sorted(self._scales, key=len, reverse=True))
        self._scale = re.compile(rf"({scales})(?!\w)\s*", re.I) if scales else None
        parts = "|".join(re.escape(p) for p in profile.date_parts)
        self._date_part = re.compile(rf"(?<!\w)(?:{parts})\s*$", re.I) if parts else None

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
        return next((u for u in self.units if after.startswith(u.cue.casefold())), None)

    def _counted_unit(self, after: str, number: Number, text: str) -> Unit | None:
        unit = self._unit_at(after)
        if unit is None:  # "320 grassroots mediators", "85 legal aid clubs": a noun a few words on
            words = _NOUN_AHEAD.match(after)
            noun = self._noun_ahead.search(words.group()) if words and self._noun_ahead else None
            unit = self._counted[noun.group()] if noun else None
        if unit is None and number.kind == "word":  # an Arabic dual is noun and number at once
            word = text[number.start : number.end].casefold()
            unit = next((u for u in self.units if u.cue.casefold() in word), None)
        return unit

    def _context(self, text: str, number: Number, kinds: Iterable[str] | None = None) -> Context | None:
        window = text[max(0, number.start - 90) : number.start].casefold()
        best: tuple[int, Context] | None = None
        for ctx in self.contexts:
            if kinds is not None and ctx.kind not in kinds:
                continue
            at = window.rfind(ctx.cue.casefold())
            adjacent = ctx.kind != "term" or len(window) - at - len(ctx.cue) <= 3  # "until 2030"
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
                    if number.kind == "word" and re.search(r"\d", quote):
                        quote = _word_quote(sentence, number)
                    out.append(
                        Figure(**figure, qualifier=number.qualifier, evidence=(Evidence(article, quote),))
                    )
        return out

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
        if self._date_part and self._date_part.search(text, max(0, number.start - 12), number.start):
            return None  # "tháng 7": a month
        if number.is_year:
            ctx = self._context(text, number, ("term",))
            return {"value": number.value, "label": ctx.label, "kind": "term"} if ctx else None
        unit = self._unit(text, number)
        if number.kind == "percent":
            ctx = self._context(text, number, ("economic", "social", "rate"))
            return {
                "value": number.value,
                "unit": "%",
                "label": ctx.label if ctx else "share",
                "kind": ctx.kind if ctx else "rate",
            }
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
        if number.kind == "ordinal" or (ctx is not None and ctx.kind == "ordinal" and number.kind == "word"):
            label = ctx.label if ctx is not None and ctx.kind == "ordinal" else "ordinal"
            return {"value": number.value, "label": label, "kind": "other"}
        return None


def merge(figures: Iterable[Figure]) -> list[Figure]:
    """One figure per (value, unit): the same number for the same thing is listed once."""
    seen: dict[tuple[str, str], Figure] = {}
    for f in figures:
        seen.setdefault((f.value, f.unit), f)
    return list(seen.values())
