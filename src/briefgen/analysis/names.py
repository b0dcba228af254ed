"""Find personal names in Latin-script running text.

Conference reports name Vietnamese officials, and Vietnamese names have a shape that ordinary
capitalised words lack: a surname from a short list, then one to three more syllables, each a
valid Vietnamese syllable ("Le Quoc Hung" yes, "Le Vietnam" no). Province names have the same
shape ("Ha Nam", "Thai Binh"), so known places are skipped first. Other names are taken only
after an honorific ("Mr", "Mme", "Ibu"). A pack for another script supplies its own finder
(:attr:`briefgen.analysis.profile.Profile.find_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from ..gazetteer import lookup
from ..textutil import fold_name

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class Mention:
    """A name as written (``native``) at ``start``..``end``, and its canonical Latin form."""

    name: str
    native: str
    start: int
    end: int


def _runs(text: str, start: int = 0, end: int | None = None) -> Iterable[list[re.Match[str]]]:
    """Runs of capitalised words separated only by spaces (no punctuation, no line break)."""
    run: list[re.Match[str]] = []
    for m in _WORD.finditer(text, start, len(text) if end is None else end):
        if m.group()[0].isupper():
            if run and not re.fullmatch(r"[ \u00a0]+", text[run[-1].end() : m.start()]):
                yield run
                run = []
            run.append(m)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _place_length(run: list[re.Match[str]], i: int) -> int:
    for n in (4, 3, 2, 1):
        if i + n <= len(run) and lookup(" ".join(t.group() for t in run[i : i + n])):
            return n
    return 0


def _headline(text: str) -> bool:
    """Title Case text ("Hanoi Jadi Tuan Rumah Dialog ASEAN"): its capitals say nothing about names."""
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


class NameShape(Protocol):
    """What a personal name's words look like, one token at a time (see ``lang_vi.shape``)."""

    def is_surname(self, token: str) -> bool: ...

    def is_syllable(self, token: str) -> bool: ...


@dataclass(frozen=True)
class NameRules:
    """A language's words for name finding: the name ``shape`` (None: names only after an honorific),
    ``office_words`` that open an official's title ("Resident Coordinator"), ``determiners`` that
    never start a foreign name ("the", "le").
    """

    shape: NameShape | None = None
    office_words: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()


_NO_RULES = NameRules()


def _foreign(run: list[re.Match[str]], rules: NameRules) -> bool:
    """Two or three capitalised words that may be a foreign name: no article, acronym or known place."""
    return (
        2 <= len(run) <= 3
        and run[0].group().casefold() not in rules.determiners
        and not any(t.group().isupper() or lookup(t.group()) for t in run)
    )


def _titled_name(run: list[re.Match[str]], rules: NameRules) -> tuple[int, int] | None:
    """The 2-3 word name that closes a run of office words ("UN Resident Coordinator Pauline Tamesis").

    English reports put a foreign official's full title straight before the name, with no "Mr" or
    comma; the word just before the name must be a word of office, institution or a place, so that
    "Mekong Delta" or "Human Rights Dialogue" are never read as people.
    """
    k = len(run)
    while k > 0 and k > len(run) - 3 and not _institutional(run[k - 1].group(), rules):
        k -= 1
    if len(run) - k < 2 or k == 0 or not _institutional(run[k - 1].group(), rules):
        return None
    if any(t.group().isupper() or lookup(t.group()) for t in run[k:]):
        return None
    return k, len(run)


def _institutional(word: str, rules: NameRules) -> bool:
    return word.casefold() in rules.office_words or word.isupper() or bool(lookup(word))


@dataclass(frozen=True)
class LeadIn:
    """Words that announce a name (``words``: "đồng chí", "Thiếu tướng", lower-case ones included)
    and the office titles (``office``) that may follow them instead of a name ("đồng chí Phó Chủ tịch").

    Ethnic-minority names in Vietnam ("Rah Lan Chung", "Siu H'Mai", "Dương Mah Tiệp") use clan
    names and syllables outside the Kinh surname list, so only their lead-in shows they are names.
    """

    words: re.Pattern[str]
    office: re.Pattern[str]

    def names(self, text: str, run: list[re.Match[str]], rules: NameRules) -> bool:
        """Whether the whole run, not Kinh-shaped, is a name announced by a lead-in word."""
        start = run[0].start()
        return (
            2 <= len(run) <= _NAME_SYLLABLES
            and not _vietnamese_end(run, 0, rules)
            and bool(self.words.search(text, max(0, start - 40), start))
            and not self.office.match(text, start)
            and not any(_institutional(t.group(), rules) for t in run)
        )


def latin_names(
    text: str,
    honorifics: Iterable[str] = (),
    apposition: re.Pattern[str] | None = None,
    titled: bool = False,
    lead_in: LeadIn | None = None,
    rules: NameRules = _NO_RULES,
) -> list[Mention]:
    """Vietnamese-shaped names, plus any capitalised name right after an honorific.

    ``apposition`` matches the title words that may follow a name after a comma: a sentence that
    opens with two or three capitalised words and then ", <title>" ("Ramla Khalidi, représentante
    résidente du PNUD", "Park Mi-hyung, Chief of Mission of IOM") names a person whatever their
    nationality. Honorific names are not read from a Title Case headline ("Tuan Rumah" is "host").
    ``titled`` also takes a foreign name that closes a run of office words (see :func:`_titled_name`).
    ``lead_in`` takes a whole run of 2-4 words that a rank or honorific announces (see :class:`LeadIn`).
    """
    titles = {h.casefold() for h in honorifics} if not _headline(text) else set()
    # a sentence full of titles looks Title Case too; a real headline has no closing stop
    headline = _headline(text) and not text.rstrip().endswith((".", ";", ":"))
    found: list[Mention] = []
    for run in _runs(text):
        if lead_in is not None and not headline and lead_in.names(text, run, rules):
            found.append(_mention(text, run[0], run[-1]))
            continue
        if (
            apposition is not None
            and run[0].start() == len(text) - len(text.lstrip(" \"“«'"))
            and _foreign(run, rules)
            and not _vietnamese_end(run, 0, rules)
            and apposition.match(text, run[-1].end())
        ):
            found.append(_mention(text, run[0], run[-1]))
            continue
        tail = _titled_name(run, rules) if titled and not headline else None
        if tail and not _vietnamese_end(run, tail[0], rules):
            found.append(_mention(text, run[tail[0]], run[tail[1] - 1]))
            run = run[: tail[0]]
        i = 0
        while i < len(run):
            word = run[i].group()
            skip = _place_length(run, i)
            if skip and not (i > 0 and run[i - 1].group().casefold() in titles):
                i += skip
                continue
            after_title = word.casefold() in titles and i + 2 <= len(run)
            if after_title and not _vietnamese_end(
                run, i + 1, rules
            ):  # "Mr. John Smith": any capitalised name
                j = min(len(run), i + 4)
                found.append(_mention(text, run[i + 1], run[j - 1]))
                i = j
                continue
            first = i + 1 if after_title else i
            end = _vietnamese_end(run, first, rules)
            if end:
                found.append(_mention(text, run[first], run[end - 1]))
                i = end
                continue
            i += 1
    return found


_NAME_SYLLABLES = 4  # Vietnamese names have 2-4 syllables ("Nguyen Thi Lan Huong")


def _vietnamese_end(run: list[re.Match[str]], i: int, rules: NameRules) -> int:
    """End index of the Vietnamese name starting at ``run[i]`` (a surname), or 0 when there is none.

    A place name inside the run ends the name ("Nguyen Van Ky Ha Nam" is rare, "... Ha Nam" after a
    name is common), except when it closes the run and fits in the name: given names such as
    "Thanh Hoa" or "Thai Binh" are spelled like provinces ("Ma Thi Thanh Hoa").
    """
    shape = rules.shape
    first = run[i].group() if i < len(run) else ""
    if shape is None or not first or not (shape.is_surname(first) and shape.is_syllable(first)):
        return 0
    j = i + 1
    while j < len(run) and j - i < _NAME_SYLLABLES and shape.is_syllable(run[j].group()):
        place = _place_length(run, j)
        if place >= 2:
            if j - i >= 2 and j + place == len(run) and j + place - i <= _NAME_SYLLABLES:
                j += place
            break
        j += 1
    return j if j - i >= 2 else 0


def _mention(text: str, first: re.Match[str], last: re.Match[str]) -> Mention:
    native = text[first.start() : last.end()]
    return Mention(fold_name(native), native, first.start(), last.end())
