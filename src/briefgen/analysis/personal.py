"""Whether capitalised words are a person's name, judged by what the words are (issue #10).

A title followed by capitalised words ("Prime Minister Anwar Ibrahim", "Presiden Majelis Umum
Annalena Baerbock", "Vietnam National Heart Association") may end in a person or in a body, a
treaty or a country. Two kinds of data tell them apart without listing any case:

- positive: given names and surnames that people of some 80 nationalities carry
  (``data/person_names.json.gz``, built by ``tools/make_names.py`` from Faker's person lists);
- negative: country names from the world gazetteer ("Arab Emirates" is part of "United Arab
  Emirates"), which are never part of a person's name.

Words of office and institutional head nouns ("Convention", "Committee") are the language
pack's, so they live in :class:`briefgen.analysis.names.NameRules`, not here.
"""

from __future__ import annotations

import gzip
import json
from functools import cache, lru_cache
from importlib import resources

from ..gazetteer import world_data
from ..textutil import fold

# Given and family names common in the Gulf and the wider Arab world, in the Latin spellings reports in
# every language use: Faker's Arabic locales list them in Arabic script only, so "Jasem Mohamed
# Albudaiwi" lost its first name and "فيصل" was read by sound as the Slavic "Vesel".
ARAB_GIVEN = """
Faisal Tamim Hamad Khalid Mohammed Muhammad Mohamed Mohammad Ahmed Ahmad Abdulaziz Abdulrahman
Abdullatif Abdulla Abdullah Nasser Zayed Hamdan Mansour Salman Fahd Turki Jassim Jasem Sabah Hussein
Hassan Omar Yousef Youssef Ibrahim Rashid Saif Majid Mishal Nawaf Bandar Adel Badr Mubarak Khalifa
Thamer Ali Saad Buthaina Lulwah Hessa Noura Maryam Fatima Aisha Sheikha Reem Shamma Anwar Tariq
Waleed Walid Jaber Jabr Marzouq Nayef Saleh Sami Suhail Thani Yahya Abdulmajeed Abdelaziz Abdelfattah
"""
ARAB_FAMILY = """
Thani Albudaiwi Zayani Busaidi Nuaimi Jubeir Sudani Aboul Gheit Qasimi Nahyan Maktoum Yahya Hajraf Marri
Kuwari Khulaifi Attiyah Mohannadi Sabah Saud Falasi Mazrouei Suwaidi Shamsi Dhaheri Kaabi Hashimi
Zeyoudi Ghanim Kharafi Sayegh Otaibi Dosari Harbi Qahtani Ghamdi Shehhi Khalifa Rumaihi
"""


@cache
def _names() -> tuple[frozenset[str], frozenset[str]]:
    with resources.files("briefgen").joinpath("data/person_names.json.gz").open("rb") as raw:
        data = json.loads(gzip.decompress(raw.read()).decode("utf-8"))
    given = {*data["given"], *map(fold, ARAB_GIVEN.split())}
    return frozenset(given), frozenset({*data["surnames"], *map(fold, ARAB_FAMILY.split())})


@cache
def _country_phrases() -> frozenset[str]:
    """Every country name's one-word forms and every run of 2+ consecutive words of a longer one, folded."""
    data = world_data()
    out: set[str] = set()
    for country in data["countries"]:
        for form in country["forms"]:
            words = fold(form).replace("-", " ").split()
            if len(words) == 1:
                out.add(words[0])
            for i in range(len(words)):
                for j in range(i + 2, len(words) + 1):
                    out.add(" ".join(words[i:j]))
    return frozenset(out)


def personal_names() -> frozenset[str]:
    """Every known given name and surname, folded: what a romaniser may choose from."""
    given, surnames = _names()
    return given | surnames


def known_given(word: str) -> bool:
    """Whether ``word`` is a given name somewhere ("Annalena", "Teodoro", "Naoki")."""
    return fold(word) in _names()[0]


def known_name(word: str) -> bool:
    """Whether ``word`` is a given name or a surname somewhere ("Anwar", "Santoso", "Kim")."""
    folded = fold(word)
    given, surnames = _names()
    return folded in given or folded in surnames


def country_words(words: list[str]) -> bool:
    """Whether ``words`` hold a country's name or part of one ("Arab Emirates", "Malaysia", "Nhật Bản")."""
    phrases = _country_phrases()
    folded = [fold(w) for w in words]
    return any(
        " ".join(folded[i:j]) in phrases for i in range(len(folded)) for j in range(i + 1, len(folded) + 1)
    )


@cache
def _country_forms() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Folded country name -> English name, and (stem, English) of one-word names for demonyms."""
    data = world_data()
    names: dict[str, str] = {}
    stems: list[tuple[str, str]] = []
    for country in data["countries"]:
        for form in country["forms"]:
            folded = fold(form)
            names.setdefault(folded, country["en"])
            if " " not in folded and len(folded) >= 5:
                stems.append((folded[:-2] if len(folded) > 6 else folded[:-1], country["en"]))
    stems.sort(key=lambda s: -len(s[0]))
    return names, stems


@lru_cache(maxsize=16384)
def country_of(words: str, affixes: tuple[str, str] = ("", "")) -> str | None:
    """The English name of the country ``words`` name or describe ("Malasia", "malaisien", "Malaysian").

    A demonym is the country's name with a suffix in place of its last letters ("Malaysian",
    "malaisien", "japonais"), so it is matched by the stem it shares with a one-word country
    name. ``affixes`` are a language's (article, suffix) around an adjective made from a name
    (see :attr:`briefgen.analysis.profile.Profile.demonym_affixes`): they are dropped first.
    """
    folded = fold(words).strip()
    names, stems = _country_forms()
    if folded in names:
        return names[folded]
    if " " in folded or len(folded) < 5:
        return None
    article, suffix = affixes
    if article and suffix and folded.startswith(article) and folded.endswith(suffix):
        folded = folded[len(article) : -len(suffix)]
        if article + folded in names:  # the country's name may carry the article itself
            return names[article + folded]
        # the adjective's stem may be shorter than the name's ("الروسي" of "روسيا")
        shorter = next(
            (en for stem, en in stems if stem.startswith(folded) and len(stem) - len(folded) <= 1), None
        )
        if len(folded) >= 3 and shorter:
            return shorter
    return next((en for stem, en in stems if folded.startswith(stem) and len(folded) - len(stem) <= 5), None)
