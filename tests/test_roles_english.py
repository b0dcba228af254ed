"""Roles in English for any office, composed from parts, in every language (issue #10, "Roles").

The phrases and sentences are written for these tests, one group per mechanism: a country's
adjective between a title and its domain, a minister's domain without the word "ministry", an
envoy's sender and receiver, heads of state and of the bodies the lexicons name, and a role
phrase that ends at a verb or at "with" instead of running on to someone else.
"""

from __future__ import annotations

import pytest
from langutil import analyse_text, language

from briefgen.analysis.roles import RoleReader


def _role(code: str, phrase: str) -> str:
    return RoleReader(language(code).profile).english(phrase)


def _roles(code: str, text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in analyse_text(code, text).people}


@pytest.mark.parametrize(
    ("code", "phrase", "english"),
    [
        ("fr", "ministre indonésien des Finances", "Minister of Finance of Indonesia"),
        ("fr", "ministre de l'Agriculture du Laos", "Minister of Agriculture of Laos"),
        ("es", "ministra japonesa de Salud", "Minister of Health of Japan"),
        ("ar", "وزير الخارجية الماليزي", "Minister of Foreign Affairs of Malaysia"),
        ("ar", "وزيرة الصحة الإندونيسية", "Minister of Health of Indonesia"),  # the feminine adjective
        # adjectives whose stem is not the country's name are the pack's own data
        ("es", "embajadora cubana en Laos", "Ambassador of Cuba to Laos"),
        ("fr", "ministre allemand de l'Économie", "Minister of Economy of Germany"),
        ("fr", "présidente costaricienne", "President of Costa Rica"),
    ],
)
def test_a_country_adjective_names_the_country_of_the_office(code: str, phrase: str, english: str):
    assert _role(code, phrase) == english


@pytest.mark.parametrize(
    ("code", "phrase", "english"),
    [
        ("es", "ministro de Agricultura", "Minister of Agriculture"),
        ("id", "Menteri Kesehatan Malaysia", "Minister of Health of Malaysia"),
        ("vi", "Bộ trưởng Y tế", "Minister of Health"),
        ("id", "Menteri Pertahanan RI", "Minister of National Defence of Indonesia"),  # the pack's "RI"
        ("es", "secretaria de Estado de Comercio", "Secretary of State for Trade"),
    ],
)
def test_a_minister_of_a_domain_is_read_as_the_ministry_of_it(code: str, phrase: str, english: str):
    assert _role(code, phrase) == english


@pytest.mark.parametrize(
    ("code", "phrase", "english"),
    [
        ("fr", "ambassadrice du Japon en Thaïlande", "Ambassador of Japan to Thailand"),
        ("es", "embajador de Chile en Vietnam", "Ambassador of Chile to Vietnam"),
        (
            "fr",
            "ambassadeur des Philippines aux États-Unis",
            "Ambassador of the Philippines to the United States",
        ),
        ("vi", "Đại sứ Hàn Quốc tại Lào", "Ambassador of South Korea to Laos"),
        ("ar", "سفير ماليزيا لدى فيتنام", "Ambassador of Malaysia to Vietnam"),
        ("id", "Duta Besar Jepang untuk Vietnam", "Ambassador of Japan to Vietnam"),
        (
            "fr",
            "chef de la Mission permanente de l'Indonésie auprès de l'ONU",
            "Head of the Permanent Mission of Indonesia to the United Nations",
        ),
        (
            "ar",
            "رئيسة البعثة الدائمة لماليزيا لدى الأمم المتحدة",
            "Head of the Permanent Mission of Malaysia to the United Nations",
        ),
        (
            "vi",
            "Trưởng Phái đoàn thường trực Việt Nam bên cạnh Liên hợp quốc",
            "Head of the Permanent Mission of Vietnam to the United Nations",
        ),
        ("es", "embajadora de Chile ante la ONU", "Ambassador of Chile to the United Nations"),
        # a body sends an envoy too; an office sits "in" a city
        (
            "fr",
            "ambassadeur de l'Union européenne au Cambodge",
            "Ambassador of the European Union to Cambodia",
        ),
        ("es", "jefa de la Oficina de la UNESCO en Hue", "Head of the Hue UNESCO Office"),
    ],
)
def test_an_envoy_is_of_the_sender_to_the_receiver(code: str, phrase: str, english: str):
    assert _role(code, phrase) == english


@pytest.mark.parametrize(
    ("code", "phrase", "english"),
    [
        ("fr", "présidente de la République", "President"),
        ("fr", "président de l'Indonésie", "President of Indonesia"),
        ("id", "Wakil Presiden RI", "Vice President of Indonesia"),
        ("vi", "Phó Chủ tịch nước", "Vice President"),
        ("ar", "رئيس إندونيسيا", "President of Indonesia"),
        ("vi", "Thủ tướng Quốc vụ viện Trung Quốc", "Premier of the State Council of China"),
        ("ar", "رئيس مجلس الدولة الصيني", "Premier of the State Council of China"),
    ],
)
def test_heads_of_state_and_government(code: str, phrase: str, english: str):
    assert _role(code, phrase) == english


@pytest.mark.parametrize(
    ("code", "phrase", "english"),
    [
        ("ar", "نائب رئيس الجمعية الوطنية", "Vice Chairman of the National Assembly"),
        ("ar", "رئيسة المفوضية الأوروبية", "President of the European Commission"),
        (
            "ar",
            "رئيسة اللجنة المركزية لجبهة الوطن الفيتنامية",
            "President of the Central Committee of the Vietnam Fatherland Front",
        ),
        (
            "ar",
            "رئيس اتحاد التجارة والصناعة الفيتنامي",
            "Chairman of the Chamber of Commerce and Industry of Vietnam",
        ),
        (
            "fr",
            "secrétaire général du Parti communiste chinois",
            "Secretary-General of the Communist Party of China",
        ),
        (
            "es",
            "secretario general del Partido Comunista de Vietnam",
            "Secretary General of the Communist Party of Vietnam",
        ),
        ("vi", "Tổng Bí thư Đảng Cộng sản Việt Nam", "General Secretary of the Communist Party of Vietnam"),
        ("id", "Ketua Umum Kadin", "Chairman of the Chamber of Commerce and Industry"),
        ("id", "Direktur Jenderal WHO", "Director General of the World Health Organization"),
        ("vi", "Chủ tịch WEF", "President of the World Economic Forum"),
        ("es", "secretario general de la ASEAN", "Secretary General of ASEAN"),
        # a People's Committee of any province the gazetteer knows, in any pack's words
        (
            "es",
            "vicepresidenta del Comité Popular de Lam Dong",
            "Vice Chairman of the Lam Dong People's Committee",
        ),
        ("fr", "président du Comité populaire de Lam Dong", "Chairman of the Lam Dong People's Committee"),
        ("vi", "Chủ tịch UBND TP Cần Thơ", "Chairman of the Can Tho City People's Committee"),
        (
            "fr",
            "président du Comité populaire de la province de Thai Nguyen",
            "Chairman of the Thai Nguyen Provincial People's Committee",
        ),
        # a city whose English name ends in "City" is named once
        (
            "id",
            "Direktur Departemen Dalam Negeri Kota Ho Chi Minh",
            "Director of the Ho Chi Minh City Department of Home Affairs",
        ),
    ],
)
def test_the_lexicon_of_bodies_composes_with_countries_and_places(code: str, phrase: str, english: str):
    assert _role(code, phrase) == english


@pytest.mark.parametrize(
    ("code", "phrase"),
    [
        ("vi", "Đại sứ Nhật Bản tại Vientiane"),  # the receiver is unknown: the whole phrase, once
        ("fr", "ambassadeur de Ruritanie au Vietnam"),  # the sender is unknown
        ("id", "Ketua Koperasi Buah Tani"),
    ],
)
def test_a_composed_role_with_an_unknown_part_stays_whole(code: str, phrase: str):
    assert _role(code, phrase) == phrase


@pytest.mark.parametrize(
    ("code", "text", "roles"),
    [
        (
            "vi",
            "Ông Trần Văn Nam, Giám đốc Sở Y tế giới thiệu kế hoạch phát triển 12 bệnh viện.",
            {"Tran Van Nam": "Director of the Department of Health"},
        ),
        (
            "vi",
            "Dự hội nghị có ông Lê Văn Hùng, Chủ tịch UBND tỉnh cùng khoảng 300 đại biểu.",
            {"Le Van Hung": "Chairman of the Provincial People's Committee"},
        ),
        (
            "vi",
            "Bộ trưởng Bộ Y tế Đào Hồng Lan đã gặp Đại sứ Hàn Quốc tại Việt Nam Choi Young-sam.",
            {"Dao Hong Lan": "Minister of Health", "Choi Young-sam": "Ambassador of South Korea to Vietnam"},
        ),
        (
            "en",
            "Accompanying the Prime Minister were Deputy Foreign Minister Le Thi Thu Hang and others.",
            {"Le Thi Thu Hang": "Deputy Minister of Foreign Affairs"},
        ),
        (
            "id",
            "Menteri Perdagangan Budi Santoso bersama Wakil Menteri Luar Negeri Arif Havas hadir.",
            {"Budi Santoso": "Minister of Trade", "Arif Havas": "Deputy Minister of Foreign Affairs"},
        ),
        (
            "fr",
            "La séance a été ouverte par Nguyen Van Binh, président du Comité populaire de Lam Dong avec "
            "200 délégués.",
            {"Nguyen Van Binh": "Chairman of the Lam Dong People's Committee"},
        ),
    ],
)
def test_a_role_phrase_ends_at_a_verb_or_at_with(code: str, text: str, roles: dict[str, str]):
    assert _roles(code, text) == roles


def test_a_title_before_a_verb_belongs_to_someone_else():
    # "the President of Malaysia Anwar Ibrahim welcomes the Prime Minister Pham Minh Chinh": the role
    # before Pham Minh Chinh starts after the verb, never with the other man's title and name
    text = "وقال رئيس ماليزيا أنور إبراهيم يرحب برئيس الوزراء فام مينه تشينه في كوالالمبور."
    assert _roles("ar", text).get("Pham Minh Chinh") in (None, "Prime Minister")
    # the role written in the comma part before the name starts after that part's verb too
    text = "La vice-présidente s'est entretenue avec le ministre de l'Intérieur, Jean Dupont, à Paris."
    assert _roles("fr", text).get("Jean Dupont") == "Minister of Home Affairs"
    # a French auxiliary verb ends the first minister's phrase: the envoy's role starts after it
    text = "Le ministre des Finances a reçu l'ambassadeur du Japon au Vietnam Ito Naoki à Hanoi."
    assert _roles("fr", text) == {"Ito Naoki": "Ambassador of Japan to Vietnam"}


@pytest.mark.parametrize(
    ("code", "phrase", "english"),
    [
        # a body the lexicon lacks, named by its acronym: no source word is left, so the role is English
        ("id", "Sekretaris Jenderal SADC", "Secretary-General of the SADC"),
        ("vi", "Chủ tịch KOTRA", "Chairman of KOTRA"),
        ("fr", "directrice de l'ICISE", "Director of ICISE"),
        # international bodies written out in each language
        ("ar", "الأمين العام لمجلس التعاون الخليجي", "Secretary-General of the Gulf Cooperation Council"),
        (
            "fr",
            "secrétaire général du Conseil de coopération du Golfe",
            "Secretary-General of the Gulf Cooperation Council",
        ),
        ("es", "secretario general de la Liga Árabe", "Secretary General of the Arab League"),
        (
            "id",
            "Sekretaris Jenderal Dewan Kerja Sama Teluk",
            "Secretary-General of the Gulf Cooperation Council",
        ),
        ("vi", "Tổng Thư ký Liên minh châu Phi", "Secretary-General of the African Union"),
        ("vi", "Tổng Giám đốc WHO", "Director-General of the World Health Organization"),
    ],
)
def test_acronyms_and_international_bodies_give_an_english_role(code: str, phrase: str, english: str):
    assert _role(code, phrase) == english


def test_a_source_word_beside_an_acronym_keeps_the_whole_phrase():
    # "Hội đồng" has no English here, so nothing is glued to it
    assert _role("vi", "Chủ tịch Hội đồng quản lý KOTRA") == "Chủ tịch Hội đồng quản lý KOTRA"
