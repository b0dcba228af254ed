"""Mechanisms that a fresh set of articles showed missing (issue #10): a year in the event's name,
a dateline that brackets its country, vowelless abbreviations in names, feature nouns before a run.

The examples are written for these tests, in several languages.
"""

from __future__ import annotations

import pytest
from langutil import analyse_text


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # no publication date: the year of the event's name, not the first year the body gives
        (
            "en",
            "The Lotus Festival 2023 opened on 12 May. Its first edition, in 2001, drew 300 people.",
            "2023-05-12",
        ),
        ("fr", "Le Festival de Da Lat 2022 s'est ouvert le 3 mars. Il existe depuis 2004.", "2022-03-03"),
        ("es", "El Foro de Inversión 2021 se inauguró el 9 de abril. Nació en el año 2010.", "2021-04-09"),
    ],
)
def test_a_year_in_the_events_name_dates_a_yearless_day(code: str, text: str, expected: str):
    assert analyse_text(code, text).event.date == expected


@pytest.mark.parametrize(
    ("code", "text", "place"),
    [
        (
            "fr",
            "Busan (République de Corée), 14 septembre (VNA) – Le forum maritime s'est ouvert mardi. "
            "La Chine accueillera la prochaine édition à Xiamen.",
            "Busan, South Korea",
        ),
        (
            "en",
            "Busan (Republic of Korea), September 14 (VNA) – The trade forum opened on Tuesday. "
            "China will host the next one in Xiamen.",
            "Busan, South Korea",
        ),
    ],
)
def test_a_dateline_may_bracket_its_country_before_the_agency(code: str, text: str, place: str):
    assert (analyse_text(code, text).event.place or "").startswith(place)


def test_a_vowelless_abbreviation_keeps_its_period():
    names = {
        p.name
        for p in analyse_text("en", "The summit was opened by President Martin Davis Jr. on Monday.").people
    }
    assert "Martin Davis Jr." in names


@pytest.mark.parametrize(
    ("code", "text", "not_a_name"),
    [
        ("id", "Menteri itu mendukung program Rumah Sehat Rakyat di daerah.", "Sehat Rakyat"),
        ("es", "El festival se inauguró en la plaza Le Van Tam con miles de espectadores.", "Le Van Tam"),
        ("en", "The festival opened on Le Van Tam Square before thousands of people.", "Le Van Tam"),
    ],
)
def test_a_feature_noun_names_the_run_it_stands_before(code: str, text: str, not_a_name: str):
    assert not_a_name not in {p.name for p in analyse_text(code, text).people}


@pytest.mark.parametrize(
    ("code", "text", "venue"),
    [
        (
            "es",
            "La feria se inauguró el lunes en la plaza Ba Dinh de Hanoi con 300 expositores.",
            "Ba Dinh Square",
        ),
    ],
)
def test_a_square_is_a_venue(code: str, text: str, venue: str):
    assert venue in (analyse_text(code, text).event.place or "")
