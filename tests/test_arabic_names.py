"""Arabic-script Vietnamese names and places read back into Latin script.

The held-out lists were transcribed the way Arabic news sites write these names, before the
syllable tables were tuned on them (list 1) or looked at all (list 2); they are checked by rate,
not one by one, because some of them are genuinely ambiguous in Arabic ("هونغ" is Hung or Hong).
"""

from __future__ import annotations

import pytest
from briefgen_plugins.lang_ar.names import is_vietnamese_name, romanise
from hypothesis import given
from hypothesis import strategies as st
from langutil import analyse_text

KNOWN = [
    ("نجوين فان كي", "Nguyen Van Ky"),
    ("ماي سون", "Mai Son"),
    ("بوي دوك هينه", "Bui Duc Hinh"),
    ("فان شوان ثوي", "Phan Xuan Thuy"),
    ("دينه تيان دونج", "Dinh Tien Dung"),
    ("دانج ثي فونج ثاو", "Dang Thi Phuong Thao"),
    ("شوان سون", "Xuan Son"),
    ("باك جيانج", "Bac Giang"),
    ("باك جيانغ", "Bac Giang"),
    ("هوا بينه", "Hoa Binh"),
    ("تاي نينه", "Tay Ninh"),
    # spellings with hamza, madda, harakat or a glued word
    ("نُغوين ثي ثانه", "Nguyen Thi Thanh"),
    ("تشو نغوك آنه", "Chu Ngoc Anh"),
    ("هانوي", "Ha Noi"),
    ("هو تشي منه", "Ho Chi Minh"),
]

HELD_OUT_TUNED = [
    ("تران ثانه مان", "Tran Thanh Man"),
    ("فام مينه تشينه", "Pham Minh Chinh"),
    ("لي هونغ فينه", "Le Hong Vinh"),
    ("نغوين ثي ثانه", "Nguyen Thi Thanh"),
    ("هوانغ ترونغ دونغ", "Hoang Trung Dung"),
    ("فو فان ثونغ", "Vo Van Thuong|Vu Van Thuong"),
    ("دو فان تشين", "Do Van Chien"),
    ("كوانغ نينه", "Quang Ninh"),
    ("نغي آن", "Nghe An"),
    ("ثانه هوا", "Thanh Hoa"),
    ("ها نام", "Ha Nam"),
    ("دا نانغ", "Da Nang"),
    ("جيا لاي", "Gia Lai"),
    ("داك لاك", "Dak Lak"),
    ("كان ثو", "Can Tho"),
    ("هاي فونغ", "Hai Phong"),
    ("هانوي", "Ha Noi"),
    ("هو تشي منه", "Ho Chi Minh"),
    ("تو لام", "To Lam"),
    ("بوي ثانه سون", "Bui Thanh Son"),
    ("لي كووك هونغ", "Le Quoc Hung"),
    ("دانغ شوان هونغ", "Dang Xuan Hong"),
    ("نغوين تان دونغ", "Nguyen Tan Dung"),
    ("فو دوك دام", "Vu Duc Dam|Vo Duc Dam"),
    ("بوي ثي مينه هواي", "Bui Thi Minh Hoai"),
    ("تروونغ ثي ماي", "Truong Thi Mai"),
    ("فونغ شوان نها", "Phung Xuan Nha"),
    ("لانغ سون", "Lang Son"),
    ("تاي نغوين", "Thai Nguyen"),
    ("بينه دوونغ", "Binh Duong"),
    ("دونغ ناي", "Dong Nai"),
    ("لاو كاي", "Lao Cai"),
    ("كوانغ نام", "Quang Nam"),
    ("نجوين شوان فوك", "Nguyen Xuan Phuc"),
    ("لونغ كوونغ", "Luong Cuong"),
    ("تشو نغوك آنه", "Chu Ngoc Anh"),
    ("ترينه فان كويت", "Trinh Van Quyet"),
    ("نغوين كيم تيان", "Nguyen Kim Tien"),
    ("ها تينه", "Ha Tinh"),
    ("بيان هوا", "Bien Hoa"),
    ("نغوين فو ترونغ", "Nguyen Phu Trong"),
    ("فوونغ دينه هيو", "Vuong Dinh Hue"),
    ("هوينه ثانه دات", "Huynh Thanh Dat"),
    ("دوان فان فيت", "Doan Van Viet"),
    ("نغو شوان ليش", "Ngo Xuan Lich"),
]

HELD_OUT_UNSEEN = [
    ("نغوين ثي كيم نغان", "Nguyen Thi Kim Ngan"),
    ("فان فان جيانغ", "Phan Van Giang"),
    ("لي مينه هونغ", "Le Minh Hung"),
    ("تران هونغ ها", "Tran Hong Ha"),
    ("تران لو كوانغ", "Tran Luu Quang"),
    ("دو دوك زوي", "Do Duc Duy"),
    ("نغوين مانه هونغ", "Nguyen Manh Hung"),
    ("هو دوك فوك", "Ho Duc Phoc"),
    ("لي ثانه لونغ", "Le Thanh Long"),
    ("نغوين تشي زونغ", "Nguyen Chi Dung"),
    ("فام ثي ثانه ترا", "Pham Thi Thanh Tra"),
    ("داو نغوك دونغ", "Dao Ngoc Dung"),
    ("نغوين كيم سون", "Nguyen Kim Son"),
    ("لي هواي ترونغ", "Le Hoai Trung"),
    ("ها كيم نغوك", "Ha Kim Ngoc"),
    ("نغوين فان ثانه", "Nguyen Van Thanh"),
    ("كين جيانغ", "Kien Giang"),
    ("فو ين", "Phu Yen"),
    ("ين باي", "Yen Bai"),
    ("سوك ترانغ", "Soc Trang"),
    ("كا ماو", "Ca Mau"),
    ("بينه ثوان", "Binh Thuan"),
    ("كوانغ نغاي", "Quang Ngai"),
    ("فينه لونغ", "Vinh Long"),
    ("هاي دوونغ", "Hai Duong"),
    ("توين كوانغ", "Tuyen Quang"),
    ("لام دونغ", "Lam Dong"),
    ("نام دينه", "Nam Dinh"),
]

NAMES_AFTER_TITLES = [
    "نجوين فان كي",
    "بوي دوك هينه",
    "دانج ثي فونج ثاو",
    "تران ثانه مان",
    "لي كووك هونغ",
    "فو فان ثونغ",
]
ORDINARY = [
    "رئيس",
    "المكتب",
    "الحكومة",
    "رئيس اللجنة الشعبية",
    "نائب مدير",
    "وزارة الخارجية",
    "في المؤتمر",
    "من",
    "كان",
    "بين الدول",
    "فإن",
    "مقاطعة باك جيانج",
]


@pytest.mark.parametrize(("arabic", "latin"), KNOWN)
def test_known_names_and_places(arabic: str, latin: str) -> None:
    assert romanise(arabic) == latin


def test_vu_or_vo_both_acceptable() -> None:
    assert romanise("نجوين فو مينه") in {"Nguyen Vu Minh", "Nguyen Vo Minh"}


def test_first_token_uses_the_surname_reading() -> None:
    # فان is Phan as a surname and Van as a middle name.
    assert romanise("فان شوان ثوي").split()[0] == "Phan"
    assert romanise("نجوين فان كي").split()[1] == "Van"


def test_place_names_win_over_personal_name_readings() -> None:
    # دونغ alone reads as the given name Dung; in "دونغ ناي" it is the province Dong Nai.
    assert romanise("دونغ") == "Dung"
    assert romanise("دونغ ناي") == "Dong Nai"


def test_glued_conjunction_is_dropped_only_before_a_real_name() -> None:
    assert romanise("وبوي دوك هينه") == "Bui Duc Hinh"
    assert is_vietnamese_name("وبوي دوك هينه") > 0.5


def test_latin_tokens_and_punctuation_pass_through() -> None:
    assert romanise("Nguyen فان") == "Nguyen Van"
    assert romanise("نجوين، فان") == "Nguyen Van"


def test_unknown_arabic_word_gets_a_plain_reading() -> None:
    out = romanise("ميدلاندز")
    assert out.isascii() and out[0].isupper() and len(out) >= 5


def _rate(pairs: list[tuple[str, str]]) -> float:
    return sum(romanise(a) in e.split("|") for a, e in pairs) / len(pairs)


def test_held_out_match_rate() -> None:
    # Measured: 39/45 before tuning, 42/45 after; the misses are ambiguous spellings.
    assert _rate(HELD_OUT_TUNED) >= 0.9


def test_unseen_held_out_match_rate() -> None:
    # Measured: 26/28 (Lưu written like Lo; Phốc read as the commoner Phúc).
    assert _rate(HELD_OUT_UNSEEN) >= 0.85


@pytest.mark.parametrize("name", NAMES_AFTER_TITLES)
def test_names_score_high(name: str) -> None:
    assert is_vietnamese_name(name) >= 0.8


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_arabic_scores_low(text: str) -> None:
    assert is_vietnamese_name(text) < 0.3


def test_name_followed_by_a_title_word_drops() -> None:
    assert is_vietnamese_name("نجوين فان كي") > 0.8
    assert is_vietnamese_name("نجوين فان كي نائب") < 0.3


def test_surname_first_scores_above_no_surname() -> None:
    assert is_vietnamese_name("بوي ثانه سون") > is_vietnamese_name("شوان سون") >= 0.5


def test_single_syllable_is_weaker_than_a_full_name() -> None:
    assert is_vietnamese_name("نجوين") < is_vietnamese_name("نجوين فان كي")


def test_ordinary_words_in_a_sentence_are_not_names() -> None:
    sentence = (
        "قال نائب رئيس اللجنة إن المؤتمر فرصة قيمة للعاملين في مجال ضمان الحقوق وتبادل الخبرات "
        "بين السلطات المركزية والمحلية كما ناقش المندوبون سبل تعزيز التعاون"
    )
    words = sentence.split()
    pairs = [" ".join(words[i : i + 2]) for i in range(len(words) - 1)]
    assert max(is_vietnamese_name(p) for p in pairs) < 0.5


arabic_text = st.text(alphabet=st.characters(min_codepoint=0x0621, max_codepoint=0x064A), max_size=12)


@given(st.lists(arabic_text, max_size=5))
def test_output_is_ascii_and_score_bounded(words: list[str]) -> None:
    text = " ".join(words)
    assert romanise(text).isascii()
    assert 0.0 <= is_vietnamese_name(text) <= 1.0


def test_a_clitic_glued_to_the_article_is_no_syllable_of_the_name_after_it():
    # "بالمدينة" is "in the city": the director's name starts after it
    doc = analyse_text("ar", "وقدم مدير الإدارة بالمدينة لي سون فونغ عرضا عن الخطة.")
    assert [p.name for p in doc.people] == ["Le Son Phuong"]


def test_common_arab_given_names_are_spelt_as_latin_reports_spell_them():
    from langutil import analyse_text

    doc = analyse_text(
        "ar",
        "عنوان\nوترأس الاجتماع معالي رائد بن سالم الحارثي وزير المالية بحضور 40 مندوبا.\n"
        "الوزراء خلال الجلسة (تصوير: عيسى طارق) |\n",
    )
    names = {p.name for p in doc.people}
    assert any(n.startswith("Raed bin Salem") for n in names), names
    assert "Issa Tariq" in names


def test_an_adjective_whose_stem_is_shorter_than_its_countrys_name_announces_a_foreigner():
    from langutil import analyse_text

    from briefgen.analysis.personal import country_of

    assert country_of("الروسي", ("ال", "ي")) == "Russia"  # of "روسيا"
    doc = analyse_text(
        "ar", "عنوان\nوشارك في الاجتماع وزير الطاقة الروسي فلاديمير سوروكين، بحضور وزراء 23 دولة.\n"
    )
    (minister,) = doc.people
    assert minister.name == "Vladimir Sorokin"
