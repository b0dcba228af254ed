"""The shared analysis machinery on sentences written for these tests."""

from briefgen_plugins.lang_ar.names import find_places as find_arabic
from briefgen_plugins.lang_en.profile import ABBREVIATIONS
from briefgen_plugins.lang_id.profile import PROFILE as ID_PROFILE
from briefgen_plugins.lang_vi.shape import VIETNAMESE

from briefgen import gazetteer as places
from briefgen.analysis.boilerplate import clean
from briefgen.analysis.names import NameRules, latin_names
from briefgen.analysis.numbers import NumberReader, roman
from briefgen.analysis.sentences import split


def test_sentences_keep_decimals_and_abbreviations():
    text = "Growth reached 13.45% this year. Mr. Nguyen Van A spoke. Next."
    assert split(text, ABBREVIATIONS) == [
        "Growth reached 13.45% this year.",
        "Mr. Nguyen Van A spoke.",
        "Next.",
    ]


def test_sentences_split_arabic_question_mark_and_lines():
    assert split("هل انتهى؟ نعم\nسطر آخر") == ["هل انتهى؟", "نعم", "سطر آخر"]


def test_numbers_normalised():
    reader = NumberReader(
        qualifiers={"more than": "more than"}, ordinal_cues=("cycle",), ordinal_suffixes=("e",)
    )
    found = {
        n.value: n
        for n in reader.find("more than 33.000 people, 6,1%, ١٣٫٤٥, 47/NQ-CP, 2023-2025, cycle IV, 57e")
    }
    assert set(found) == {"33000", "6.1", "13.45", "47/NQ-CP", "2023-2025", "4", "57"}
    assert found["33000"].qualifier == "more than"
    assert found["6.1"].kind == "percent" and found["47/NQ-CP"].kind == "code"
    assert roman("XIII") == 13 and roman("ABC") is None


def test_dates_written_with_slashes_are_not_numbers():
    assert NumberReader().values("Ngày 17/10 và 31/10/2024") == []


def test_places_in_every_spelling():
    assert places.lookup("Thanh Hoá") == places.lookup("Thanh Hóa") == places.lookup("Thanh Hoa")
    assert places.lookup("Hanoi").english == "Hanoi (Ha Noi)"
    assert find_arabic("في مقاطعة باك جيانغ")[0][0].english == "Bac Giang province"
    assert len([p for p in places.all_places()]) == 64  # the 63 of before July 2025, and Hue city


def test_names_skip_places_and_non_syllables():
    names = [
        m.name
        for m in latin_names(
            "Le Vietnam salue Le Quoc Hung. Provinsi Thanh Hoa Dau Thanh Tung hadir.",
            rules=NameRules(VIETNAMESE),
        )
    ]
    assert names == ["Le Quoc Hung", "Dau Thanh Tung"]


def test_boilerplate_lines_are_removed_and_kept():
    text = "Body sentence one.\nA photo caption |\n[iklan_2]\nSumber: https://x\nKomentar (0)"
    cleaned = clean(text, ID_PROFILE.furniture)
    assert cleaned.text == "Body sentence one."
    assert cleaned.captions == ("A photo caption",)
    assert len(cleaned.removed) == 4
