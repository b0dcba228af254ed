"""Figures for any noun (issue #10): counts of what the text names, money, changes, ordinals, plan years.

Every sentence here is written for these tests; each asserts what the mechanism gives in a language,
so a mechanism that breaks fails in every pack that relies on it.
"""

from __future__ import annotations

import re

import pytest
from briefgen_plugins.lang_es.profile import PROFILE as ES
from langutil import analyse_text, quotes_are_verbatim

from briefgen.analysis.event import TitleReader


def figures(code: str, text: str) -> dict[str, object]:
    """value -> figure, with the quote checked: verbatim and showing the value's digits."""
    doc = analyse_text(code, text)
    assert quotes_are_verbatim(doc)
    for f in doc.figures:
        quote = f.evidence[0].quote
        if re.search(r"\d", quote):
            assert re.sub(r"\D", "", f.value) in re.sub(r"\D", "", quote), (f, quote)
    return {f.value: f for f in doc.figures}


@pytest.mark.parametrize(
    ("code", "text", "value", "unit"),
    [
        ("vi", "Hội chợ có 75 gian hàng của các hợp tác xã.", "75", "gian hàng"),
        ("id", "Pameran itu menampilkan 412 sekolah dari seluruh negeri.", "412", "sekolah"),
        ("fr", "La foire accueille 42 exposants, dont douze étrangers.", "42", "exposants"),
        ("es", "Participaron 85 cooperativas agrícolas en la feria.", "85", "cooperativas agrícolas"),
        ("en", "The fair drew 640 exhibitors from abroad.", "640", "exhibitors"),
        ("en", "More than 9,000 Malaysian visitors from the south came.", "9000", "Malaysian visitors"),
        ("ar", "وشارك في المعرض 35 خبيرا من الدول المجاورة.", "35", "خبيرا"),
        # a scale word stays in the unit, so the value is the digits the quote shows
        ("id", "Kota itu menerima 1,3 juta wisatawan pada tahun lalu.", "1.3", "million wisatawan"),
        ("fr", "La province vise 20 millions de touristes.", "20", "million touristes"),
    ],
)
def test_a_number_counts_the_noun_phrase_after_it_lexicon_or_not(code, text, value, unit):
    found = figures(code, text)
    assert found[value].unit == unit
    assert found[value].label != unit  # never the unit twice ("412 sekolah sekolah")


def test_an_english_phrase_cut_before_its_noun_counts_nothing():
    # four words after the number: the noun ("clinics") lies beyond the phrase limit
    assert "4" not in figures("en", "The agency built 4 new rural health clinics in the district.")
    # a phrase that runs on is cut after its last plural noun
    assert figures("en", "It hosted 25 craft stalls selling silk scarves.")["25"].unit == "craft stalls"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The office at 5 Ly Thuong Kiet Street opened."),  # a house number before a name
        ("en", "Delegates met on October 26 and agreed."),  # a day after its month
        ("id", "Layanan itu memakai model satu atap."),  # the word for one is no count
    ],
)
def test_numbers_that_count_nothing_are_no_figures(code, text):
    assert not figures(code, text)


@pytest.mark.parametrize(
    ("code", "text", "value", "unit"),
    [
        ("en", "Exports reached US$786 billion last year.", "786", "billion US dollars"),
        ("en", "The projects are worth VND38.5 trillion.", "38.5", "trillion dong"),
        ("vi", "Thu nhập bình quân đạt khoảng 8.000 USD.", "8000", "US dollars"),
        ("es", "El PIB conjunto roza los 3,9 billones de dólares.", "3.9", "trillion US dollars"),
        ("fr", "Le fonds atteint 300 milliards de dollars.", "300", "billion US dollars"),
        ("id", "Investasi mencapai Rp5 triliun.", "5", "trillion rupiah"),
    ],
)
def test_money_is_a_number_a_scale_and_a_currency_on_either_side(code, text, value, unit):
    found = figures(code, text)
    assert found[value].unit == unit
    assert found[value].kind == "economic"


def test_a_change_word_makes_a_percentage_a_change_and_the_level_stays_a_level():
    found = figures("en", "The poverty rate fell by 2.4% to 5.1% this year.")
    assert found["2.4"].label == "decrease in poverty rate"
    assert found["5.1"].label == "poverty rate"
    vi = figures("vi", "Kim ngạch xuất khẩu tăng 12%, tỷ lệ hộ dùng điện tăng lên 97%.")
    assert vi["12"].label == "increase"
    assert vi["97"].label == ""  # a level the text does not name: no invented label
    assert figures("id", "Ekspor kopi turun 4 persen.")["4"].label == "decrease"
    ar = figures("ar", "وانخفض معدل الفقر بنسبة 3.1% ليصل إلى 2.2%.")  # a change word behind its "and"
    assert ar["3.1"].label == "decrease in poverty rate"
    assert ar["2.2"].label == "poverty rate"
    assert figures("en", "Coverage is 90%, up from 62% in 2020.")["62"].label == ""


def test_a_rate_per_year_is_a_percentage():
    found = figures("vi", "Tăng trưởng bình quân đạt 7,5%/năm.")
    assert found["7.5"].unit == "%"
    assert found["7.5"].label == "growth rate"


@pytest.mark.parametrize(
    ("code", "text", "values"),
    [
        ("vi", "Kế hoạch đặt mục tiêu tăng trưởng 8-8,5%, lạm phát khoảng 4%.", {"8-8.5", "4"}),
        ("en", "Exports are set to grow 12.5-13 per cent this year.", {"12.5-13"}),
        ("id", "Inflasi ditargetkan 2,5-3 persen.", {"2.5-3"}),
        ("fr", "Une croissance de 6-6,5 % est attendue.", {"6-6.5"}),
    ],
)
def test_a_range_of_rates_is_one_figure(code: str, text: str, values: set[str]):
    found = figures(code, text)
    assert set(found) == values and all(found[v].unit == "%" for v in values)


@pytest.mark.parametrize(
    ("code", "text", "value", "label"),
    [
        ("en", "Delegates attended the 57th session of the Council.", "57", "session number"),
        ("fr", "Elle a ouvert la 80e session de l'Assemblée.", "80", "session number"),
        ("es", "Se inauguró la 34ª Feria Internacional.", "34", "Feria Internacional number"),
        ("vi", "Hội nghị tổng kết chu kỳ IV đã diễn ra.", "4", "chu kỳ number"),
    ],
)
def test_an_ordinal_is_labelled_by_the_noun_it_numbers(code, text, value, label):
    found = figures(code, text)
    assert found[value].label == label
    assert found[value].kind == "other"


def test_a_roman_numeral_is_quoted_by_its_words_not_by_a_clause_with_other_digits():
    found = figures("vi", "Đại hội bầu Ban Chấp hành khóa I gồm 65 ủy viên.")
    quote = found["1"].evidence[0].quote
    assert "khóa I" in quote and not re.search(r"\d", quote)
    assert found["65"].unit == "ủy viên"


@pytest.mark.parametrize(
    ("code", "text", "value"),
    [
        ("en", "Leaders adopted the ASEAN Community Vision 2045 at the summit.", "2045"),
        ("es", "Aprobaron la Visión de la Comunidad de la ASEAN 2045.", "2045"),
        ("vi", "Ngành triển khai Chương trình giáo dục phổ thông 2018.", "2018"),
    ],
)
def test_the_year_that_names_a_plan_is_a_figure(code, text, value):
    assert figures(code, text)[value].kind == "term"


def test_a_year_in_running_text_is_no_figure():
    assert not figures("en", "In 2021 the programme was reviewed.")
    assert "2025" not in figures("vi", "Chương trình năm 2025 được phê duyệt.")


def test_a_number_word_counts_one_noun_that_ends_its_phrase_or_is_glued_to_it():
    found = figures("en", "The minister proposed three measures: cutting fees and taxes.")
    assert found["3"].unit == "measures"
    assert figures("en", "The nine-day festival opened.")["9"].unit == "day"
    assert "2" not in figures("en", "The two sides agreed to meet again.")


def test_a_percentage_is_labelled_by_what_it_is_a_share_of():
    found = figures("en", "He said 64% of rural households, up from half, use clean water.")
    assert found["64"].label == "share of rural households"
    found = figures("fr", "Environ 40 % des ménages ruraux, selon l’enquête.")
    assert found["40"].label == "share of ménages ruraux"


def test_the_year_a_figure_is_for_is_its_qualifier_and_a_starting_level_is_no_change():
    found = figures("id", "Angka kemiskinan turun dari 8,1% pada tahun 2020 menjadi 3,2%.")
    assert found["8.1"].qualifier == "in 2020"
    assert "decrease" not in found["8.1"].label
    found = figures("en", "Poverty stood as follows: in 2019, 6.6% of households.")
    assert found["6.6"].qualifier == "in 2019"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The country accepted 180 of the 240 recommendations it received."),
        ("fr", "Le pays a accepté 180 des 240 recommandations reçues."),
    ],
)
def test_a_part_counts_the_noun_of_its_whole(code, text):
    found = figures(code, text)
    assert found["180"].unit == found["240"].unit


def test_a_list_marker_is_no_figure():
    assert not figures("vi", "Phó Thủ tướng yêu cầu: (1) công khai quy hoạch; (2) cải cách thủ tục.")


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("vi", "Hội nghị khai mạc lúc 8 giờ sáng."),
        ("id", "Acara dimulai pukul 9 pagi di aula."),
        ("es", "La sesión empezó a las 10 horas."),
    ],
)
def test_a_clock_time_is_no_figure(code, text):
    assert not figures(code, text)


def test_a_day_before_an_abbreviated_month_is_no_figure():
    from langutil import analyse_text

    doc = analyse_text("es", "Lima, 14 mar (Prensa Latina) Un total de 900 delegados asisten al foro.")
    assert "14" not in [f.value for f in doc.figures]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # a wire's abbreviated month in its dateline, and the first of two days of one month
        ("es", "Rabat, 12 may (AIN).- Fiscales de 41 países reclamaron mecanismos más ágiles."),
        ("ar", "الذي استضافته العاصمة التشيلية سانتياغو يومي ٥ و٦ نوفمبر الجاري بمشاركة 41 دولة."),
        ("fr", "Réunis les 5 et 6 novembre à Nairobi, les régulateurs de 41 pays ont voté."),
        # a numbered line's number counts nothing ("١- إنشاء شباك ...": "1- create a counter")
        ("ar", "وقرر المشاركون بمشاركة 41 دولة ما يلي:\n١- إنشاء شباك مغاربي موحد لعبور البضائع."),
    ],
)
def test_the_days_of_a_date_and_a_lines_number_are_no_figures(code: str, text: str) -> None:
    assert {f.value for f in analyse_text(code, text).figures} == {"41"}


def test_a_currencys_letters_are_no_acronym_of_the_event_name():
    """A sentence about the forum with "US$ 450 millones" in it gives the name no "US"."""
    sentence = (
        "Entre los acuerdos firmados en el foro destacan una coinversión de US$ 450 millones de Egipto."
    )
    assert "US" not in TitleReader(ES).title([sentence], "2026-11-05", None).split()
