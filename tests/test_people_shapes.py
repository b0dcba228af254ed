"""People by their name's shape and roles composed in English (issue #10), in every language.

The examples are written for these tests: officials of several nationalities announced by a title,
bodies, treaties and countries that look like names after one, and roles whose parts (title, body,
country) translate or do not.
"""

from __future__ import annotations

import pytest
from langutil import analyse_text, language

from briefgen.analysis.personal import country_of, country_words, known_name
from briefgen.analysis.roles import RoleReader


def _names(code: str, text: str) -> set[str]:
    return {p.name for p in analyse_text(code, text).people}


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("en", "Malaysian Prime Minister Anwar Ibrahim opened the summit on Monday.", "Anwar Ibrahim"),
        ("en", "Philippine Secretary of Health Teodoro Herbosa chaired the session.", "Teodoro Herbosa"),
        ("en", "The forum heard Prof. Martin Ross of the University of Leeds.", "Martin Ross"),
        ("fr", "Le secrétaire général de l'ONU António Guterres a ouvert le débat.", "Antonio Guterres"),
        ("fr", "Elle a été accueillie par l'ambassadeur suisse Jürg Keller à Genève.", "Jurg Keller"),
        ("id", "Presiden Prabowo Subianto membuka forum bisnis itu di Jakarta.", "Prabowo Subianto"),
        ("id", "Menteri Perdagangan Budi Santoso menyampaikan sambutan.", "Budi Santoso"),
        ("es", "Inauguró el foro el presidente del Gobierno, Pedro Sánchez, en Madrid.", "Pedro Sanchez"),
        ("vi", "Dự hội nghị có Đại sứ Nhật Bản Yamada Takio cùng nhiều đại biểu.", "Yamada Takio"),
    ],
)
def test_officials_of_any_nationality_are_found_after_their_title(code: str, text: str, name: str):
    assert name in _names(code, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The Director of the Vietnam National Heart Association said the forum mattered."),
        ("en", "The President of the United Arab Emirates attended; the Minister Arab Emirates spoke."),
        ("en", "The Minister of the ASEAN Economic Community Blueprint office attended."),
        ("en", "The Minister of Natural Resources and Environment attended the meeting."),
        ("fr", "Le président du Comité Permanent de la Convention a parlé."),
        ("id", "Kepala Kantor Tetap Komite Pengarah Pemerintah hadir dalam acara itu."),
        ("es", "El director de la Oficina Permanente de Promoción Comercial habló."),
        ("vi", "Giám đốc Sở Kế hoạch và Đầu tư phát biểu tại hội nghị."),
    ],
)
def test_bodies_treaties_and_countries_after_a_title_are_not_people(code: str, text: str):
    assert _names(code, text) == set()


def test_the_name_lexicon_and_the_world_gazetteer_are_the_evidence():
    assert known_name("Annalena") and known_name("Santoso") and not known_name("Association")
    assert country_words(["Arab", "Emirates"]) and country_words(["Malaysia"])
    assert not country_words(["Anwar", "Ibrahim"])
    assert country_of("Malasia") == country_of("malaisien") == country_of("Malaysian") == "Malaysia"
    assert country_of("Azerbaiyán") == "Azerbaijan"
    assert country_of("Gobierno") is None and country_of("national") is None


def test_arabic_foreign_officials_are_romanised_from_known_names():
    people = {
        p.name: p.role
        for p in analyse_text("ar", "وقال رئيس الوزراء الماليزي أنور إبراهيم إن القمة ناجحة.").people
    }
    assert people == {"Anwar Ibrahim": "Prime Minister of Malaysia"}


def test_arabic_glued_place_noun_is_not_a_name():
    text = "افتتح منتدى التحول الرقمي لمدينة دا نانغ أعماله اليوم."
    assert _names("ar", text) == set()


def _role(code: str, phrase: str) -> str:
    return RoleReader(language(code).profile).english(phrase)


@pytest.mark.parametrize(
    ("code", "phrase", "english"),
    [
        ("vi", "Bộ trưởng Bộ Kế hoạch và Đầu tư", "Minister of Planning and Investment"),
        ("vi", "Thứ trưởng Bộ Y tế", "Deputy Minister of Health"),
        ("id", "Perdana Menteri Malaysia", "Prime Minister of Malaysia"),
        ("id", "Menteri Pendidikan dan Pelatihan", "Minister of Education and Training"),
        (
            "id",
            "Wakil Perdana Menteri sekaligus Menteri Luar Negeri",
            "Deputy Prime Minister; Minister of Foreign Affairs",
        ),
        ("fr", "Premier ministre malaisien", "Prime Minister of Malaysia"),
        ("fr", "secrétaire général de l'ONU", "Secretary-General of the United Nations"),
        ("es", "ministro de Ecología de Azerbaiyán", "Minister of Ecology of Azerbaijan"),
        ("ar", "وزير التخطيط والاستثمار", "Minister of Planning and Investment"),
    ],
)
def test_roles_are_composed_from_title_body_and_country(code: str, phrase: str, english: str):
    assert _role(code, phrase) == english


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        ("vi", "Giám đốc Công ty Minh Phát"),
        ("es", "secretaria de Estado de Igualdad"),
        ("fr", "présidente de la 80e session"),
    ],
)
def test_a_role_with_an_untranslated_part_stays_whole_in_its_language(code: str, phrase: str):
    english = _role(code, phrase)
    assert english == phrase and "(" not in english


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("id", "Wisatawan mendaki Gunung Tan Lap setiap akhir pekan."),
        ("en", "The patients were moved to Cho Ray Hospital on Monday."),
        ("vi", "Đoàn đã đến thăm chùa Quang Minh trong chuyến công tác."),
    ],
)
def test_a_vietnamese_shaped_place_beside_its_noun_is_no_person(code: str, text: str):
    assert _names(code, text) == set()


# --- one-word names and surnames after a title ---------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "names"),
    [
        ("id", "Menteri Luar Negeri Wirayuda membuka forum itu pada Kamis.", {"Wirayuda"}),
        ("fr", "La ministre Vautrin a ouvert la séance plénière.", {"Vautrin"}),
        ("en", "The summit was chaired by President Obiang on Monday.", {"Obiang"}),
        # a month, a country, an acronym or a lone Vietnamese syllable after a title is no name
        ("id", "Menteri Luar Negeri Indonesia hadir pada Kamis.", set()),
        ("en", "The report of President January was late.", set()),
        ("vi", "Phó Thủ tướng Chính phủ Lê Thành Long dự hội nghị.", {"Le Thanh Long"}),
        ("vi", "Ông Đỗ Văn Lợi, Chủ tịch Hội Tim mạch học Việt Nam, phát biểu.", {"Do Van Loi"}),
    ],
)
def test_a_title_touching_one_word_names_a_person(code: str, text: str, names: set[str]) -> None:
    assert _names(code, text) == names


def test_a_surname_after_a_title_is_the_person_named_in_full():
    doc = analyse_text(
        "en", "Prime Minister Pham Minh Chinh met President Lula da Silva. Later, Mr Chinh visited a school."
    )
    chinh = next(p for p in doc.people if p.name == "Pham Minh Chinh")
    assert len(doc.people) == 2 and len(chinh.evidence) == 2


def test_a_surname_in_one_report_joins_the_full_name_in_another():
    from briefgen.merge import merge_people

    full = analyse_text("fr", "Le ministre Jean-Noël Barrot a ouvert la conférence à Paris.")
    short = analyse_text("fr", "La séance a été présidée par le ministre Barrot.")
    merged = merge_people([full, short])
    assert [p.name for p in merged] == ["Jean-Noel Barrot"] and len(merged[0].evidence) == 2


def test_an_acronym_glued_to_digits_is_no_vietnamese_syllable():
    assert _names("es", "La COP29, presidida por el ministro Mukhtar Babayev, reúne a 40.000 personas.") == {
        "Mukhtar Babayev"
    }


# --- a name in commas, after a title's clause, and what a title's "of" introduces ----------------


@pytest.mark.parametrize(
    ("code", "text", "names"),
    [
        (
            "en",
            "At the gala, Hanna Virtanen, Chairwoman of the Council, spoke.",
            {"Hanna Virtanen"},
        ),
        (
            "en",
            "They met leaders, including Peter Wagner, founder of a solar firm.",
            {"Peter Wagner"},
        ),
        ("fr", "Le gouverneur de Kampong Cham, Sok Phal, a reçu la délégation.", {"Sok Phal"}),
        ("en", "The Governor of Kampong Cham, Sok Phal, received the delegation.", {"Sok Phal"}),
        (
            "vi",
            "Ông Lê Văn Hùng, Phó Chủ tịch UBND tỉnh Lạng Sơn, Trưởng Ban, phát biểu.",
            {"Le Van Hung"},
        ),
    ],
)
def test_names_in_commas_and_the_places_titles_govern(code: str, text: str, names: set[str]) -> None:
    assert _names(code, text) == names


@pytest.mark.parametrize(
    ("code", "text", "names"),
    [
        # a body or place noun earlier in the run names what follows it
        ("id", "Ketua Koperasi Teh Tan Cuong mengatakan panen naik.", set()),
        # island districts are places, whatever the sentence around them
        ("en", "He said Vietnam has sovereignty over the Hoang Sa and Truong Sa archipelagos.", set()),
        # a square, a hospital or a bridge before an Arabic-script Vietnamese name is the place's
        ("ar", "أقيم الحفل في ساحة نغو مون بحضور نجوين فان كي.", {"Nguyen Van Ky"}),
    ],
)
def test_places_and_bodies_named_like_people(code: str, text: str, names: set[str]) -> None:
    assert _names(code, text) == names


def test_a_given_name_spelled_like_a_province_after_a_country():
    # "Thái Bình" is a province, and a given name after a surname; a country before the surname shows
    # the run is a title's country then a name, while "Đoàn Thái Bình" alone is a delegation
    assert _names("en", "Vietnam's Ambassador to Japan Lai Thai Binh attended.") == {"Lai Thai Binh"}
    assert _names("vi", "Đoàn Thái Bình tham dự hội nghị.") == set()


def test_a_country_spelled_like_a_vietnamese_name_is_no_person() -> None:
    # "Trung Quốc" (China) and "Hàn Quốc" (Korea) have the shape of a two-syllable Vietnamese name
    text = "Ông Nguyễn Văn Nam đã tiếp các đoàn doanh nghiệp Trung Quốc và Hàn Quốc tại Hà Nội."
    assert _names("vi", text) == {"Nguyen Van Nam"}


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("id", "Sidang itu diikuti delegasi dari 190 negara anggota Organisasi Kesehatan Dunia."),
        ("en", "The congress elected 70 members, who then chose a 15-member Standing Board."),
    ],
)
def test_a_title_before_a_body_makes_no_one_word_name_of_its_last_word(code: str, text: str) -> None:
    # the title ("anggota", "member") stands before the body's name, not right before its last word
    assert _names(code, text) == set()


@pytest.mark.parametrize(
    ("code", "text", "names"),
    [
        (  # "<title> de la <body>, <name>": the body is the title's, the person comes after it
            "es",
            "Asistieron el secretario general de la Liga Árabe, Ahmed Abulgueit, y el primer ministro.",
            {"Ahmed Abulgueit"},
        ),
        (
            "fr",
            "La présidente de la Région Occitanie, Carole Delga, a ouvert les travaux du forum.",
            {"Carole Delga"},
        ),
        (  # a league and a secretariat are bodies, whatever word of office stands before them
            "en",
            "Envoys of the member states of the Arab League met in Cairo. The ministers tasked the "
            "General Secretariat with a report.",
            set(),
        ),
    ],
)
def test_a_body_after_a_title_and_its_preposition_is_no_person(code: str, text: str, names: set[str]):
    assert {p.name for p in analyse_text(code, text).people} == names


@pytest.mark.parametrize(
    ("code", "text", "names"),
    [
        (
            "en",
            "Iraqi Prime Minister Mohammed Shia al-Sudani opened the summit.",
            {"Mohammed Shia al-Sudani"},
        ),
        (
            "es",
            "Habló el primer ministro iraquí, Mohamed Shia al Sudani, en la apertura.",
            {"Mohamed Shia al Sudani"},
        ),
        (
            "id",
            "Presiden Brasil Luiz Inacio Lula da Silva hadir dalam pertemuan itu.",
            {"Luiz Inacio Lula da Silva"},
        ),
        # a particle before a body or a country is the sentence's, not the name's
        ("fr", "La présidente Carole Delga de la Région Occitanie a ouvert les travaux.", {"Carole Delga"}),
        ("fr", "Le ministre Jean Dupont du Mali a pris la parole.", {"Jean Dupont"}),
    ],
)
def test_a_foreign_name_runs_on_through_its_particles(code: str, text: str, names: set[str]) -> None:
    assert {p.name for p in analyse_text(code, text).people} == names


def test_an_abbreviated_title_opening_the_name_is_no_initial() -> None:
    assert {p.name for p in analyse_text("fr", "M. Jean Dupont, ministre, a parlé.").people} == {
        "Jean Dupont"
    }


@pytest.mark.parametrize(
    ("code", "text", "name", "role"),
    [
        (
            "en",
            "UN Deputy Secretary-General Amina J. Mohammed said the plan must deliver.",
            "Amina J. Mohammed",
            "Deputy Secretary-General",
        ),
        ("es", "El primer ministro conversa con el rey Felipe VI de España en Sevilla.", "Felipe VI", "King"),
        ("en", "The minister met King Charles III in London on Monday.", "Charles III", "King"),
        (
            "en",
            "Kuwaiti Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah said the Gulf would invest.",
            "Sabah Khalid Al-Hamad Al-Sabah",
            "Crown Prince",
        ),
        (
            "id",
            "KTT dipimpin oleh Putra Mahkota Kuwait Sheikh Sabah Khalid Al-Hamad Al-Sabah itu.",
            "Sabah Khalid Al-Hamad Al-Sabah",
            "Crown Prince of Kuwait",
        ),
    ],
)
def test_initials_regnal_numbers_and_royal_titles(code: str, text: str, name: str, role: str) -> None:
    found = {p.name: p.role for p in analyse_text(code, text).people}
    assert found == {name: role}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a derived noun (pe-...-an) and a region's compass word are no name; the official after is
        (
            "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Letjen TNI (Purn) Raditya Kusumo memimpin "
            "delegasi Indonesia.",
            {"Raditya Kusumo"},
        ),
        ("Sekretaris Daerah Provinsi Sulawesi Tenggara hadir dalam rapat evaluasi itu.", set()),
        ("Kepala Dinas Pemberdayaan Masyarakat dan Desa membuka rapat.", set()),
        # a place's feature noun opens no name: not "Kepulauan Riau Syahrul Effendi" (the official, whose
        # names no lexicon knows, is lost here: no name rather than a place glued to one)
        ("Wakil Gubernur Kepulauan Riau Syahrul Effendi menyampaikan laporan.", set()),
    ],
)
def test_indonesian_word_shapes_no_personal_name_takes(text: str, names: set[str]) -> None:
    assert _names("id", text) == names


def test_a_feature_noun_before_the_title_ends_a_place_and_names_no_one():
    """English writes the feature after the place ("Riau Islands"): the title after it announces a name."""
    text = (
        "Riau Islands Deputy Governor Syahrul Effendi said 31.4 percent of residents had activated the app."
    )
    assert _names("en", text) == {"Syahrul Effendi"}
