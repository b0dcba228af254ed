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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal, Protocol

from ..gazetteer import lookup, world_lookup
from ..textutil import fold_name
from .personal import country_of, country_words, known_given, known_name

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# a capitalised Latin word of two or three letters and no vowel ("Jr", "Sr"): an abbreviation
_ABBREVIATION = re.compile(r"[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]{1,2}")
_REGNAL = re.compile(r"[IVX]{1,5}")


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
            gap = text[run[-1].end() : m.start()] if run else ""
            # a middle initial ("Amina J. Mohammed"), not an abbreviated title opening the run ("M. Dupont")
            initial = len(run) >= 2 and len(run[-1].group()) == 1 and gap == ". "
            if run and not (initial or re.fullmatch(r"[ \u00a0]+", gap)):
                yield run
                run = []
            run.append(m)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _place_length(run: list[re.Match[str]], i: int) -> int:
    """How many words from ``run[i]`` name a place: a Vietnamese one, or a country of two or more
    words, which is spelled like a name in Vietnamese ("Trung Quốc", "Hàn Quốc": China, Korea)."""
    for n in (4, 3, 2, 1):
        if i + n <= len(run):
            words = " ".join(t.group() for t in run[i : i + n])
            if lookup(words) or (n >= 2 and country_of(words)):
                return n
    return 0


def _world_city_in(run: list[re.Match[str]]) -> bool:
    """Whether two or three words in a row of ``run`` name a city or country abroad ("Kuala Lumpur").

    One word is too often a given name as well ("Florence", "Victoria"); two rarely are.
    """
    words = [t.group() for t in run]
    return any(world_lookup(" ".join(words[i : i + n])) for n in (2, 3) for i in range(len(words) - n + 1))


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
    never start a foreign name ("the", "le"), ``institution_words`` and ``titles`` (see
    :func:`_foreign_name`).
    """

    shape: NameShape | None = None
    office_words: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    # --- people (issue #10) ---
    # head nouns of bodies, treaties and documents ("Convention", "Association", "Resolution") and the
    # words of the pack's titles: a name never contains one
    institution_words: frozenset[str] = frozenset()
    # the pack's titles and ranks as one pattern: what announces a name of any nationality
    titles: re.Pattern[str] | None = None
    # nouns of places and buildings next to their name ("Gunung", "archipelago", "Hospital")
    feature_words: frozenset[str] = frozenset()
    # capitalised words that are never a one-word name after a title: months and weekdays ("Kamis")
    calendar_words: frozenset[str] = frozenset()
    # nouns that open a body's name in a language that names bodies head first ("Forum", "Deklarasi"):
    # the words after one are that body's name ("Forum Ekonomi Dunia"), not a person's
    body_words: frozenset[str] = frozenset()
    # administrative units written before a place's name ("tỉnh", "phố"), which also end the office
    # before its holder's name ("Chủ tịch UBND tỉnh Lâm Hải Giang"): with no title before it in the
    # clause, the name after one is the place's ("tại thành phố Đại Liên, tỉnh Liêu Ninh")
    unit_words: frozenset[str] = frozenset()
    # lower-case particles and the capitalised words after them that continue a foreign name
    # (" al-Sudani", " da Silva", " de la Bellacasa")
    particles: re.Pattern[str] | None = None
    particle_words: frozenset[str] = frozenset()
    # word shapes that are never a personal name's in the language (see Profile.non_name_shapes)
    non_name: re.Pattern[str] | None = None


_NO_RULES = NameRules()


def particles_pattern(particles: Iterable[str]) -> re.Pattern[str] | None:
    """What continues a foreign name past its last capitalised word: a particle, a space or hyphen,
    then one or two capitalised words; up to two such groups ("bin Abdul Razak al-Hamad")."""
    alternation = "|".join(re.escape(p) for p in sorted(particles, key=len, reverse=True))
    if not alternation:
        return None
    word = r"[^\W\d_]+"  # capitalised: checked by _with_particles, as a class cannot say it for every script
    group = rf"[ \u00a0]+(?:{alternation})(?:[ \u00a0]+|-){word}(?:[ \u00a0]+{word})?"
    return re.compile(rf"(?:{group}){{1,2}}(?![\w-])")


def _with_particles(text: str, mention: Mention, rules: NameRules) -> Mention:
    """``mention`` run on through the particles of its name ("Mohamed Shia" -> "Mohamed Shia al-Sudani")."""
    more = rules.particles.match(text, mention.end) if rules.particles is not None else None
    if more is None:
        return mention
    # up to the last capitalised word ("al-Sudani opened": not "opened"); every word before it a
    # particle or capitalised ("da Silva" continues a name, "de la ciudad" does not)
    tokens = list(re.finditer(r"[^\W\d_]+", more.group()))
    last = max((i for i, t in enumerate(tokens) if t.group()[0].isupper()), default=-1)
    kept = tokens[: last + 1]
    if not kept or any(not t.group()[0].isupper() and t.group() not in rules.particle_words for t in kept):
        return mention
    added = [t.group() for t in kept if t.group()[0].isupper()]
    if any(w.casefold() in rules.institution_words or lookup(w) or world_lookup(w) for w in added):
        return mention  # "Carole Delga de la Région Occitanie", "le ministre ... du Mali": not the name
    end = more.start() + kept[-1].end()
    native = text[mention.start : end]
    return Mention(fold_name(native), native, mention.start, end)


def _foreign(run: list[re.Match[str]], rules: NameRules) -> bool:
    """Two or three capitalised words that may be a foreign name: no article, acronym or known place."""
    return (
        2 <= len(run) <= 3
        and run[0].group().casefold() not in rules.determiners
        and not any((t.group().isupper() and len(t.group()) > 1) or lookup(t.group()) for t in run)
        and not lookup(" ".join(t.group() for t in run))  # "Lạng Sơn, Trưởng Ban ...": a place
        and not country_words([t.group() for t in run])  # "..., Trung Quốc, Thủ tướng ...": a country
    )


def _institutional(word: str, rules: NameRules) -> bool:
    """A word of office, an institution's head noun, an acronym, a place or a country: never in a name.

    Each part of a hyphenated word counts ("Secretary-General", "Haut-Commissaire"). One capital
    letter is a name's initial ("Amina J. Mohammed"), not an acronym.
    """
    return (
        (word.isupper() and len(word) > 1)
        or bool(lookup(word))
        or (bool(country_of(word)) and not known_name(word))  # "Malaysian", "le Camerounais"
        or _office_or_body(word, rules)
        or _non_name_shape(word, rules)
    )


def _non_name_shape(word: str, rules: NameRules) -> bool:
    """A word shaped like no personal name of the language, unless it is a name known elsewhere or a
    place's feature noun, which has its own rule ("Kepulauan Riau", see :func:`_names_a_feature`)."""
    return (
        rules.non_name is not None
        and bool(rules.non_name.fullmatch(word))
        and word.casefold() not in rules.feature_words
        and not known_name(word)
    )


def _office_or_body(word: str, rules: NameRules) -> bool:
    """Whether ``word`` or a part of it is a word of office or an institution's head noun."""
    parts = word.split("-") if "-" in word else [word]
    return any(p.casefold() in rules.office_words or p.casefold() in rules.institution_words for p in parts)


_NAME_WORDS = 4  # "Maria Rosari Dwi Putri"
_BETWEEN = r"(?:\s+[^\s,;:.()]+){1,3}\s+$"  # "ministre [allemande]", "Secretary [of Health]" before a name


def _title_context(text: str, run: list[re.Match[str]], k: int, rules: NameRules) -> int:
    """How strongly a title announces the name starting at ``run[k]``: 3, 2, 1 or 0.

    3: a title or rank stands right before it, in the run ("Menteri Perdagangan Budi Santoso") or
    just before the run ("Premier Li Qiang"), or a country's adjective ("la tanzana Tulia Ackson");
    2: a few words before it ("l'ambassadeur suisse Jürg Lauber") or in the clause before it, up to
    a comma ("la présidente de la 80e session, Annalena Baerbock"); 1: the run opens with words of
    office or places ("ASEAN ..."); 0: nothing does.
    """
    titles = rules.titles
    if titles is None:
        return 0
    start = run[k].start()
    if k > 0 and titles.search(text, run[0].start(), start):
        return 3
    window = text[max(0, run[0].start() - 80) : run[0].start()]
    if re.search(rf"(?:{titles.pattern})\.?\s+$", window, re.I):
        return 3
    if re.search(rf"(?:{titles.pattern}){_BETWEEN}", window, re.I):
        return 2
    # "Presiden Forum Ekonomi Dunia (WEF) Borge Brende": a title, its body and the body's acronym
    if re.search(rf"(?:{titles.pattern})(?:\s+[^\W\d_][^\s,;:.()]*){{1,6}}\s+\([A-Z]{{2,8}}\)\s+$", window):
        return 3
    comma = re.search(r"([^,;:()]*),\s+$", window)
    if comma and titles.search(comma.group(1)):
        return 2
    # a country's adjective right before it says whose citizen follows, as a title would ("del
    # jamaicano Rohan Mitchell", "la tanzana Tulia Ackson", "the Kenyan Ruth Wanjiru")
    adjective = run[k - 1].group() if k > 0 else _word_before(text, run[0].start())
    if adjective and country_of(adjective) and not country_words([adjective]):
        return 3
    before = run[k - 1] if k > 0 else None
    return 1 if before and (_institutional(before.group(), rules) or _titles_word(before, rules)) else 0


def _names_a_feature(text: str, start: int, end: int, rules: NameRules) -> bool:
    """Whether a place or building noun stands right before or after ``text[start:end]``.

    Mountains, wharves, islands and hospitals carry Vietnamese-shaped names ("Gunung Ba Den",
    "Bach Mai Hospital", "the Truong Sa archipelago"); a person's name is never written so.
    """
    after = re.match(r"[ \u00a0)]+([^\W\d_]+)", text[end : end + 40])
    return _word_before(text, start) in rules.feature_words or bool(
        after and after.group(1).casefold() in rules.feature_words
    )


def _word_before(text: str, start: int) -> str:
    """The word right before ``start``, folded to lower case ("" at a punctuation mark)."""
    before = re.search(r"([^\W\d_]+)[ \u00a0]+$", text[max(0, start - 40) : start])
    return before.group(1).casefold() if before else ""


def _names_a_unit(text: str, start: int, rules: NameRules) -> bool:
    """Whether an administrative unit's word stands right before ``start`` with no title in its clause."""
    if _word_before(text, start) not in rules.unit_words:
        return False
    clause = re.split(r"[,;:.()\n]", text[max(0, start - 80) : start])[-1]
    return rules.titles is None or not rules.titles.search(clause)


def _opens_a_title(text: str, word: re.Match[str], rules: NameRules) -> bool:
    """Whether a title starts at ``word`` and runs past it ("Chủ tịch" after "Đoàn": the Presidium)."""
    found = rules.titles.match(text, word.start()) if rules.titles is not None else None
    return found is not None and found.end() > word.end()


def _titles_word(word: re.Match[str], rules: NameRules) -> bool:
    """Whether ``word`` is a whole title or honorific ("Mme", "Premier"): where a name starts after."""
    return rules.titles is not None and rules.titles.fullmatch(word.group()) is not None


def _syllable(rules: NameRules) -> Callable[[str], bool]:
    """Whether a word is a syllable of the language's name shape (never, for a language without one)."""
    return rules.shape.is_syllable if rules.shape is not None else (lambda _w: False)


def _vietnamese_written(word: str, rules: NameRules) -> bool:
    """A Vietnamese syllable written with its marks ("Sở", "Kế"): a foreign name never has one.

    Vietnamese names are found by their own shape; a marked syllable after a title that is no such
    name is a body's word ("Giám đốc Sở Kế hoạch").
    """
    if rules.shape is None or not rules.shape.is_syllable(word):
        return False
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", word)) or "đ" in word.casefold()


def _foreign_name(text: str, run: list[re.Match[str]], rules: NameRules) -> tuple[int, int] | None:
    """The 2-4 word name of any nationality that a title announces ("Prime Minister Anwar Ibrahim").

    The name is what follows the run's last institutional word. Of its possible lengths the longest
    that starts with a known given name or surname wins ("Philippine Secretary of Health Teodoro
    Herbosa": not "Health"). Evidence must match doubt: a given name and surnames all known ("Rohan
    Mitchell") need nothing more, a name with a known given name or surname needs words of office
    before it, and one with none ("Mukhtar Babayev") a title in its clause.
    Country names and their parts ("Arab Emirates") are never names, nor is a run that opens with a
    Vietnamese syllable written with its marks (a body's word: "Sở Kế hoạch").
    """
    # a regnal number after a given name is the name's ("el rey Felipe VI"), not an acronym
    regnal = len(run) >= 2 and _REGNAL.fullmatch(run[-1].group()) and known_given(run[-2].group())
    k = len(run) - 1 if regnal else len(run)
    while k > 0 and not _institutional(run[k - 1].group(), rules) and not _titles_word(run[k - 1], rules):
        k -= 1
    if any(_vietnamese_end(run, j, rules) for j in range(k, len(run))):
        return None  # a Vietnamese name, found by its own shape
    words = [t.group() for t in run[k:]]
    if len(words) == 1:
        return (k, len(run)) if _one_word_name(text, run, k, rules) else None
    if not words:
        return None

    def possible(n: int) -> bool:
        first = len(run) - n
        return not (
            words[-n].casefold() in rules.determiners
            or country_words(words[-n:])
            # a place of two words or more inside or across it ("Deklarasi Bersama Kuala Lumpur")
            or any(j + _place_length(run, j) > first for j in range(len(run)) if _place_length(run, j) >= 2)
            or _world_city_in(run[first:])
            or _vietnamese_written(words[-n], rules)
            or _names_a_feature(text, run[first].start(), run[-1].end(), rules)
            # a feature noun after the title, earlier or first, names what follows it ("Koperasi Buah
            # Phong Dien", "Kepulauan Riau ..."); one before the title ends a place ("Riau Islands
            # Deputy Governor Syahrul Effendi")
            or any(
                t.group().casefold() in rules.feature_words
                and not any(_titles_word(w, rules) for w in run[i + 1 : first])
                for i, t in enumerate(run[: first + 1])
            )
            # a feature noun before the whole run names all of it ("program Makan Bergizi Gratis")
            or _names_a_feature(text, run[0].start(), run[-1].end(), rules)
        )

    lengths = [n for n in range(min(_NAME_WORDS, len(words)), 1, -1) if possible(n)]
    if not lengths:
        return None
    # right after an honorific or a word of office the name starts there ("Mme Tuong Duy Kien",
    # "Director-General Tedros Adhanom Ghebreyesus"); in a run with neither, at the longest known name
    whole = k > 0 and lengths[0] == len(words)
    length = len(words) if whole else next((n for n in lengths if known_name(words[-n])), lengths[-1])
    if k > 0 and _body_name_follows(text, run, k, rules):
        # "Presiden Forum Ekonomi Dunia ...": the body's name takes the word after its head noun; a
        # person's name can start only at a known name after that
        known = [n for n in lengths if n < len(words) and known_name(words[-n])]
        if not known:
            return None
        length = known[0]
    name = words[-length:]
    first = len(run) - length
    if first == 0 and _title_complement(text, run[0].start(), rules):
        return None
    # a given name followed only by known names needs no title ("as Rohan Mitchell lost the vote")
    # ("Yen Tu", "Gia Lam" are places in unmarked Vietnamese syllables; "Al Sudani" keeps its title)
    syllable = _syllable(rules)
    known = (
        known_given(name[0])
        and all(known_name(w) and w.casefold() not in rules.feature_words for w in name)
        and not all(syllable(w) for w in name)
        and name[0].casefold() not in rules.particle_words
    )
    need = 0 if known else 1 if any(known_name(w) for w in name) else 2
    return (first, len(run)) if _title_context(text, run, first, rules) >= need else None


def _body_name_follows(text: str, run: list[re.Match[str]], k: int, rules: NameRules) -> bool:
    """Whether ``run[k:]`` follows a body's head noun that continues a title and ends none.

    In "Presiden Forum Ekonomi Dunia" the words after the title's body name the forum; a title's
    own last word ("Menteri Perdagangan Budi Santoso") announces a name instead, and so does a body
    that opens the run after a joining word ("Secretary of Health Teodoro Herbosa").
    """
    if (
        k < 2
        or run[k - 1].group().casefold() not in rules.body_words
        or rules.titles is None
        or not (_institutional(run[k - 2].group(), rules) or _titles_word(run[k - 2], rules))
    ):
        return False
    return not _title_ends_at(text, run, k, rules.titles)


def _title_ends_at(text: str, run: list[re.Match[str]], k: int, titles: re.Pattern[str]) -> bool:
    """Whether a title in the run ends right where ``run[k]`` starts (a stop or space between)."""
    found = titles.finditer(text, run[0].start(), run[k].start())
    return any(not text[m.end() : run[k].start()].strip(" .\u00a0") for m in found)


def _title_complement(text: str, start: int, rules: NameRules) -> bool:
    """Whether the words at ``start`` follow "<title> de/of": the title's place or body, not a name.

    ("le gouverneur de Svay Rieng, Men Kong": Svay Rieng is the province he governs.)
    """
    if rules.titles is None:
        return False
    pos = start
    for _ in range(2):  # "of", "de", or two of them: "of the", "de la"
        before = re.search(r"(\w+)['’]?\s*$", text[max(0, pos - 16) : pos])
        if not before or before.group(1).casefold() not in rules.determiners:
            break
        pos -= len(before.group(0))
    if pos == start:
        return False  # the cheap test first: most runs follow no "de"/"of"
    window = text[max(0, pos - 60) : pos]
    return bool(re.search(rf"(?:{rules.titles.pattern})\s+$", window, re.I))


def _one_word_name(text: str, run: list[re.Match[str]], k: int, rules: NameRules) -> bool:
    """Whether ``run[k]``, the run's last word, is a one-word name a title stands right before.

    Many people go by one name ("Menteri Luar Negeri Sugiono") and reports often give only a surname
    after a title ("la ministre Barrot", "Presiden Prabowo"). One word is weak evidence, so the title
    must touch it and the word be no place, country, month, weekday, acronym or Vietnamese syllable:
    Vietnamese names are found by their own shape, and one syllable alone ("Long" of "Lê Thành
    Long", "Tim" of "Hội Tim mạch") is too often part of a longer name or a body's word.
    """
    word = run[k].group()
    return (
        len(word) >= 3
        and not word.isupper()
        and word.casefold() not in rules.determiners
        and word.casefold() not in rules.calendar_words
        and not _institutional(word, rules)
        and not country_words([word])
        and not (rules.shape is not None and rules.shape.is_syllable(word))
        and not _names_a_feature(text, run[k].start(), run[k].end(), rules)
        and _title_touches(text, run, k, rules)
    )


def _title_touches(text: str, run: list[re.Match[str]], k: int, rules: NameRules) -> bool:
    """Whether a title stands right before ``run[k]``: in the run ("Menteri Luar Negeri Sugiono") or
    just before the run ("la ministre Barrot"); :func:`_title_context`'s 3, on a shorter window."""
    titles = rules.titles
    if titles is None:
        return False
    if k > 0:  # the title ends where the word starts: "anggota Organisasi Kesehatan Dunia" is a body
        return _title_ends_at(text, run, k, titles)
    window = text[max(0, run[0].start() - 40) : run[0].start()]
    return bool(re.search(rf"(?:{titles.pattern})\.?\s+$", window, re.I))


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
            and not any(
                _institutional(t.group(), rules) or t.group().casefold() in rules.feature_words for t in run
            )
        )


def latin_names(
    text: str,
    honorifics: Iterable[str] = (),
    apposition: re.Pattern[str] | None = None,
    lead_in: LeadIn | None = None,
    rules: NameRules = _NO_RULES,
) -> list[Mention]:
    """Vietnamese-shaped names, plus any capitalised name right after an honorific.

    ``apposition`` matches the title words that may follow a name after a comma: a sentence or a
    comma part that opens with two or three capitalised words and then ", <title>" ("Ramla Khalidi,
    représentante résidente du PNUD", "Park Mi-hyung, Chief of Mission of IOM", "Speaking ...,
    Takebe Tsutomu, Chairman of ...") names a person whatever their nationality, and so do known
    given names and surnames anywhere before one ("including Jack Ma, co-founder of ...").
    Honorific names are not read from a Title Case headline ("Tuan Rumah" is "host").
    A name of any nationality that a title announces is taken too (see :func:`_foreign_name`).
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
            and (_clause_start(text, run[0].start()) or all(known_name(t.group()) for t in run))
            and _foreign(run, rules)
            and not _vietnamese_end(run, 0, rules)
            and apposition.match(text, run[-1].end())
        ):
            found.append(_mention(text, run[0], run[-1]))
            continue
        tail = _foreign_name(text, run, rules) if not headline else None
        if tail and not _vietnamese_end(run, tail[0], rules):
            found.append(_with_particles(text, _mention(text, run[tail[0]], run[tail[1] - 1]), rules))
            run = run[: tail[0]]
        i = 0
        while i < len(run):
            word = run[i].group()
            skip = _place_length(run, i)
            if skip and not (i > 0 and run[i - 1].group().casefold() in titles):
                i += skip
                continue
            if word.casefold() in titles:  # "Associate Professor Dr Le Van Quang": the last honorific
                while i + 1 < len(run) and run[i + 1].group().casefold() in titles:
                    i += 1
            after_title = word.casefold() in titles and i + 2 <= len(run)
            if after_title and not _vietnamese_end(
                run, i + 1, rules
            ):  # "Mr. John Smith": any capitalised name
                j = min(len(run), i + 4)
                found.append(_with_particles(text, _mention(text, run[i + 1], run[j - 1]), rules))
                i = j
                continue
            first = i + 1 if after_title else i
            end = _vietnamese_end(run, first, rules)
            if end and _opens_a_title(text, run[end - 1], rules):
                # "Đoàn Chủ tịch" (the Presidium): the last word opens a title that runs on in lower case
                end = end - 1 if end - 1 - first >= 2 else 0
            if end:
                if not (
                    _names_a_feature(text, run[first].start(), run[end - 1].end(), rules)
                    or (first == 0 and _names_a_unit(text, run[0].start(), rules))
                ):
                    found.append(_mention(text, run[first], run[end - 1]))
                i = end
                continue
            i += 1
    return found


def _clause_start(text: str, start: int) -> bool:
    """Whether ``start`` opens the sentence or a comma part of it ("Speaking at ..., Jane Doe, ...")."""
    return start == len(text) - len(text.lstrip(" \"“«'")) or bool(
        re.search(r",\s+$", text[max(0, start - 3) : start])
    )


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
    # an acronym ("COP" of "La COP29") is spelled like a syllable but is never a name's
    while (
        j < len(run)
        and j - i < _NAME_SYLLABLES
        and shape.is_syllable(run[j].group())
        and not _acronym(run[j])
    ):
        place = _place_length(run, j)
        if place >= 2:
            # a surname alone before the place is a name only after a country or place that is no
            # part of it ("Ambassador to the Philippines Lai Thai Binh"); "Đoàn Thái Bình" is the
            # Thai Binh delegation
            after_place = i > 0 and (bool(lookup(run[i - 1].group())) or bool(country_of(run[i - 1].group())))
            if (j - i >= 2 or after_place) and j + place == len(run) and j + place - i <= _NAME_SYLLABLES:
                j += place
            break
        j += 1
    return j if j - i >= 2 else 0


def _acronym(word: re.Match[str]) -> bool:
    """A word of two or more capitals, or one glued to digits ("COP29"): an acronym or a code."""
    token = word.group()
    return (len(token) > 1 and token.isupper()) or word.string[word.end() : word.end() + 1].isdigit()


def _mention(text: str, first: re.Match[str], last: re.Match[str]) -> Mention:
    end = last.end()
    if text[end : end + 1] == "." and _ABBREVIATION.fullmatch(last.group()):
        end += 1  # "Marcos Jr.", "Davis Sr.": a vowelless word is an abbreviation, and keeps its period
    native = text[first.start() : end]
    return Mention(fold_name(native), native, first.start(), end)


# How much a credited name must look like one, by how it is credited: ``announced`` by a credit
# word, an outlet or capitals, it need only look like a name; ``placed`` where a signature stands
# (the page's last line), each word must be a known name or a syllable of a name's shape; standing
# ``alone`` anywhere else, its first word must open a name too
CreditSign = Literal["announced", "placed", "alone"]
_CREDITED = re.compile(rf"{_WORD.pattern}(?: {_WORD.pattern}){{1,3}}")  # 2-4 words, one space apart


def credited_name(text: str, rules: NameRules, evidence: CreditSign) -> Mention | None:
    """``text`` as a person's name when it is one: 2-4 capitalised words, none of a body or place
    (one word too where a credit word announces it: "Editor: Primayanti"; see :mod:`.credits`).

    A credit word ("Ảnh:", "By") already says a name follows (``evidence`` "announced"), so its
    words only need to look like one. On the page's last line ("placed") every word must be a known
    name or a syllable of the shape ("Thu Giang" yes, "Related Stories" no); on a line standing
    "alone" elsewhere its first word must also be a known given name or open a Vietnamese-shaped
    name ("Minh Thu" yes; a Title Case section label such as "Kinh Tế" no).
    """
    loose = evidence == "announced"
    if not (_CREDITED.fullmatch(text) or (loose and len(text) >= 4 and _WORD.fullmatch(text))):
        return None
    run = list(_WORD.finditer(text))
    words = [m.group() for m in run]
    # one word may be a country's name in some language ("Nga", "Duc") or a syllable of a body's name
    # ("Đại"), so a known name's word is no body's, and only the whole text may not be a country
    if any(
        not w[0].isupper()
        or w.isupper()
        or any(len(part) > 1 and part.isupper() for part in w.split("-"))  # "HO-Biro": a handout
        or (_office_or_body(w, rules) and not known_name(w))
        or w.casefold() in rules.determiners
        for w in words
    ) or country_of(text):
        return None
    if any(_place_length(run, i) >= 2 for i in range(len(run))):
        return None
    if not loose:
        syllable = _syllable(rules)
        if not all(known_name(w) or syllable(w) for w in words):
            return None
        shaped = _vietnamese_end(run, 0, rules) == len(run)
        if evidence == "alone" and not (shaped or known_given(words[0])):
            return None
    return Mention(fold_name(text), text, 0, len(text))
