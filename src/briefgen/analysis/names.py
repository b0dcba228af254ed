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
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ..gazetteer import lookup
from ..textutil import fold, fold_name

# The common surnames as written with their diacritics, so that "Vụ" (department) is not read as
# the surname "Vũ"; a token written without any diacritics is checked against the folded forms.
_SURNAMES = """
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đầu lâm mai đinh trịnh
trương cao hà tạ lương kiều quách thái lại đào đoàn chu tống đàm lưu la triệu phùng vương tô hứa
nông lò mạc châu khổng thân nghiêm giang tăng quan âu diệp vi bế lục ninh kim tôn khúc thạch danh
bạch ma mạch tiết hầu ung lữ phí cù giáp hàn khuất liêu mông nhâm thiều uông
"""
_SURNAMES_MARKED = frozenset(_SURNAMES.split())
_SURNAMES_PLAIN = frozenset(fold(s) for s in _SURNAMES_MARKED)
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class Mention:
    """A name as written (``native``) at ``start``..``end``, and its canonical Latin form."""

    name: str
    native: str
    start: int
    end: int


def _marked(token: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", token)) or "đ" in token.lower()


def is_syllable(token: str) -> bool:
    return bool(_SYLLABLE.fullmatch(fold(token)))


def is_surname(token: str) -> bool:
    low = unicodedata.normalize("NFC", token.lower())
    return low in _SURNAMES_MARKED if _marked(token) else low in _SURNAMES_PLAIN


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


_DETERMINERS = frozenset(["le", "la", "les", "l", "the", "un", "une", "des", "du", "de", "el", "al"])


def _foreign(run: list[re.Match[str]]) -> bool:
    """Two or three capitalised words that may be a foreign name: no article, acronym or known place."""
    return (
        2 <= len(run) <= 3
        and run[0].group().casefold() not in _DETERMINERS
        and not any(t.group().isupper() or lookup(t.group()) for t in run)
    )


# Capitalised words of office and institution names ("UN Resident Coordinator", "Deputy Managing
# Director for Asia and the Pacific"): a name written right after them is a person, never part of them.
_OFFICE_WORDS = """
un eu asean ilo undp unicef unesco unfpa who iom ohchr asia pacific europe european africa america
viet nam vietnam
union nations united delegation department organisation organisations organization organizations
office committee council commission programme program agency fund rights human affairs ministry
minister deputy vice assistant managing secretary director coordinator resident representative
ambassador envoy special rapporteur head chief chairman chairwoman president general dialogue
review periodic universal conference workshop forum provincial municipal people's people’s
steering standing government national central party police bureau institute embassy
consulate high commissioner mission foreign public security justice defence defense labour
invalids social women children development cooperation relations international
"""
_INSTITUTIONAL = frozenset(_OFFICE_WORDS.split())


def _titled_name(run: list[re.Match[str]]) -> tuple[int, int] | None:
    """The 2-3 word name that closes a run of office words ("UN Resident Coordinator Pauline Tamesis").

    English reports put a foreign official's full title straight before the name, with no "Mr" or
    comma; the word just before the name must be a word of office, institution or a place, so that
    "Mekong Delta" or "Human Rights Dialogue" are never read as people.
    """
    k = len(run)
    while k > 0 and k > len(run) - 3 and not _institutional(run[k - 1].group()):
        k -= 1
    if len(run) - k < 2 or k == 0 or not _institutional(run[k - 1].group()):
        return None
    if any(t.group().isupper() or lookup(t.group()) for t in run[k:]):
        return None
    return k, len(run)


def _institutional(word: str) -> bool:
    return word.casefold() in _INSTITUTIONAL or word.isupper() or bool(lookup(word))


@dataclass(frozen=True)
class LeadIn:
    """Words that announce a name (``words``: "đồng chí", "Thiếu tướng", lower-case ones included)
    and the office titles (``office``) that may follow them instead of a name ("đồng chí Phó Chủ tịch").

    Ethnic-minority names in Vietnam ("Rah Lan Chung", "Siu H'Mai", "Dương Mah Tiệp") use clan
    names and syllables outside the Kinh surname list, so only their lead-in shows they are names.
    """

    words: re.Pattern[str]
    office: re.Pattern[str]

    def names(self, text: str, run: list[re.Match[str]]) -> bool:
        """Whether the whole run, not Kinh-shaped, is a name announced by a lead-in word."""
        start = run[0].start()
        return (
            2 <= len(run) <= _NAME_SYLLABLES
            and not _vietnamese_end(run, 0)
            and bool(self.words.search(text, max(0, start - 40), start))
            and not self.office.match(text, start)
            and not any(_institutional(t.group()) for t in run)
        )


def latin_names(
    text: str,
    honorifics: Iterable[str] = (),
    apposition: re.Pattern[str] | None = None,
    titled: bool = False,
    lead_in: LeadIn | None = None,
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
        if lead_in is not None and not headline and lead_in.names(text, run):
            found.append(_mention(text, run[0], run[-1]))
            continue
        if (
            apposition is not None
            and run[0].start() == len(text) - len(text.lstrip(" \"“«'"))
            and _foreign(run)
            and not _vietnamese_end(run, 0)
            and apposition.match(text, run[-1].end())
        ):
            found.append(_mention(text, run[0], run[-1]))
            continue
        tail = _titled_name(run) if titled and not headline else None
        if tail and not _vietnamese_end(run, tail[0]):
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
            if after_title and not _vietnamese_end(run, i + 1):  # "Mr. John Smith": any capitalised name
                j = min(len(run), i + 4)
                found.append(_mention(text, run[i + 1], run[j - 1]))
                i = j
                continue
            first = i + 1 if after_title else i
            end = _vietnamese_end(run, first)
            if end:
                found.append(_mention(text, run[first], run[end - 1]))
                i = end
                continue
            i += 1
    return found


_NAME_SYLLABLES = 4  # Vietnamese names have 2-4 syllables ("Nguyen Thi Lan Huong")


def _vietnamese_end(run: list[re.Match[str]], i: int) -> int:
    """End index of the Vietnamese name starting at ``run[i]`` (a surname), or 0 when there is none.

    A place name inside the run ends the name ("Nguyen Van Ky Ha Nam" is rare, "... Ha Nam" after a
    name is common), except when it closes the run and fits in the name: given names such as
    "Thanh Hoa" or "Thai Binh" are spelled like provinces ("Ma Thi Thanh Hoa").
    """
    if i >= len(run) or not (is_surname(run[i].group()) and is_syllable(run[i].group())):
        return 0
    j = i + 1
    while j < len(run) and j - i < _NAME_SYLLABLES and is_syllable(run[j].group()):
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
