"""Numbers written in Arabic words, ordinals, counted duals, and Arabic-Indic digits."""

from __future__ import annotations

import itertools

import pytest
from briefgen_plugins.lang_ar.numbers import find_number_words, normalise_digits
from hypothesis import given
from hypothesis import strategies as st


def _found(text: str) -> list[tuple[str, str]]:
    """(surface, value) pairs, checking on the way that every span is a slice of ``text``."""
    out = []
    for start, end, value in find_number_words(text):
        assert 0 <= start < end <= len(text)
        out.append((text[start:end], value))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("حضر المؤتمر خمسون مندوبا من ثماني مقاطعات", [("خمسون", "50"), ("ثماني", "8")]),
        ("أقيمت الذكرى الخامسة والسبعين للإعلان", [("الخامسة والسبعين", "75")]),
        ("افتتحت الدورة الثالثة عشرة للمجلس", [("الثالثة عشرة", "13")]),
        ("المؤتمر الوطني الثالث عشر للحزب", [("الثالث عشر", "13")]),
        ("قدم المتحدثون موضوعين", [("موضوعين", "2")]),
        ("استمرت الجلسات يومين في مقاطعتين", [("يومين", "2"), ("مقاطعتين", "2")]),
        ("وقعت الدولتان اتفاقيتين", [("الدولتان", "2"), ("اتفاقيتين", "2")]),
        ("شارك خمسة وعشرون خبيرا", [("خمسة وعشرون", "25")]),
        ("بحضور أحد عشر وزيرا", [("أحد عشر", "11")]),
        ("في اليوم الحادي والعشرين من الشهر", [("الحادي والعشرين", "21")]),
        ("وفرت المقاطعة ثلاثة آلاف وظيفة", [("ثلاثة آلاف", "3000")]),
        ("خلقت 33 ألف وظيفة", [("33 ألف", "33000")]),
        ("خلقت ٣ آلاف وظيفة", [("٣ آلاف", "3000")]),
        ("بتكلفة 1.5 مليون دولار", [("1.5 مليون", "1500000")]),
        ("شارك مائة وخمسون مندوبا", [("مائة وخمسون", "150")]),
        ("في عام ألفين وخمسمائة وخمسة وعشرين", [("ألفين وخمسمائة وخمسة وعشرين", "2525")]),
        ("نحو ثلاث مائة شخص", [("ثلاث مائة", "300")]),
        ("ثلاثمائة شخص", [("ثلاثمائة", "300")]),
        ("احتلت المرتبة الأولى في البلاد", [("الأولى", "1")]),
        ("والذكرى الثلاثين لإعلان فيينا", [("الثلاثين", "30")]),
        ("في السابع من أغسطس", [("السابع", "7")]),
        ("للمرة العاشرة", [("العاشرة", "10")]),
        ("استغرق الاجتماع ثلاث ساعات ونصف", [("ثلاث", "3")]),
        ("بعد ثلاثة ونصف عام", [("ثلاثة ونصف", "3.5")]),
        ("نصف المندوبين من النساء", [("نصف", "0.5")]),
        ("عشر سنوات", [("عشر", "10")]),
        ("انتخب الأعضاء الخمسة بخمسة أصوات لثلاثة أعوام", [("الخمسة", "5"), ("بخمسة", "5"), ("لثلاثة", "3")]),
        ("للمرة الثانية بعد ستة أشهر", [("الثانية", "2"), ("ستة", "6")]),
        ("وستة مشاريع وسبع مبادرات", [("وستة", "6"), ("وسبع", "7")]),
        ("عشرين ألفا من الزوار", [("عشرين ألفا", "20000")]),
        ("اثنا عشر بندا", [("اثنا عشر", "12")]),
        ("ثلاثة وأربعة", [("ثلاثة", "3"), ("وأربعة", "4")]),
        ("خَمْسَةٌ وَعِشْرُونَ", [("خَمْسَةٌ وَعِشْرُونَ", "25")]),
    ],
)
def test_numbers_in_words(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "حضر العشرات من المندوبين",  # "tens of", not a figure
        "ستكون الدورة المقبلة في هانوي",  # ست inside a verb
        "تعاشروا بالمعروف",  # عشر inside a longer word
        "العشرية الأخيرة",
        "لست متأكدا",  # ل + ست is "I am not"
        "عقد الاجتماع يوم الاثنين",  # Monday
        "في كانون الأول وتشرين الثاني",  # months
        "ارتفع المعدل بنسبة 13 في المائة وبالمائة",  # per cent
        "قال أحد المندوبين",  # "one of", not 1
        "حضر آلاف الأشخاص",  # "thousands of"
        "ثالث أكبر اقتصاد",  # ordinal without the article: not counted
        "التسعينيات والخمسينيات",
        "بلغ معدل النمو 13.45%",  # digits are not number words
    ],
)
def test_not_numbers(text: str) -> None:
    assert find_number_words(text) == []


def test_spans_survive_digit_normalisation() -> None:
    text = "بلغت النسبة ١٣٫٤٥٪ وشارك ٣ آلاف شخص"
    plain = normalise_digits(text)
    assert "13.45٪" in plain
    assert [v for *_, v in find_number_words(plain)] == [v for *_, v in find_number_words(text)] == ["3000"]
    start, end, _ = find_number_words(plain)[0]
    assert plain[start:end] == "3 آلاف" and text[start:end] == "٣ آلاف"


def test_normalise_digits() -> None:
    assert normalise_digits("١٢٬٣٤٥٫٦٧ و۰۱۲۳۴۵۶۷۸۹") == "12,345.67 و0123456789"
    assert normalise_digits("٪ ، ؛") == "٪ ، ؛"  # nothing but digits and separators changes


@given(st.text())
def test_normalise_digits_preserves_length_and_is_idempotent(text: str) -> None:
    once = normalise_digits(text)
    assert len(once) == len(text)
    assert normalise_digits(once) == once


arabic_words = st.lists(
    st.text(alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A), min_size=1, max_size=8),
    max_size=8,
)


@given(arabic_words)
def test_spans_are_ordered_and_values_numeric(words: list[str]) -> None:
    text = " ".join(words)
    spans = find_number_words(text)
    assert all(end <= start for (_, end, _), (start, _, _) in itertools.pairwise(spans))
    for start, end, value in spans:
        assert text[start:end].strip() == text[start:end]
        assert float(value) >= 0


def test_a_clitic_drawn_out_with_a_tatweel_keeps_the_scale_word_apart():
    # "بـ60 مليون دولار" is 60 million US dollars, its digits those of the quote (not 60000000)
    from langutil import analyse_text

    doc = analyse_text("ar", "وتعهدت الكويت بـ25 مليون دولار لدعم برامج الإغاثة في المنطقة.")
    assert [(f.value, f.unit) for f in doc.figures] == [("25", "million US dollars")]
