"""Reporters, photographers and editors a page credits are people of the briefing (issue #10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from langutil import analyse_text, person, quotes_are_verbatim

import briefgen


def _names(doc) -> set[str]:
    return {p.name for p in doc.people}


def test_a_photo_credit_closing_a_caption_names_the_photographer():
    doc = analyse_text(
        "vi",
        "Sáng 5/6, UBND tỉnh Bình Phước tổ chức hội nghị.\n\n"
        "Ông Trần Văn Lộc phát biểu tại hội nghị. Ảnh: Lan Phương |\n\n"
        "Ông Trần Văn Lộc đề nghị các sở đẩy nhanh tiến độ.",
    )
    assert _names(doc) == {"Tran Van Loc", "Lan Phuong"}
    credited = person(doc, "Lan Phuong")
    assert credited.role == "photographer" and not credited.acts
    assert [e.quote for e in credited.evidence] == ["Ảnh: Lan Phương"]
    assert "Ảnh: Lan Phương" in doc.credits and quotes_are_verbatim(doc)


def test_an_agency_before_the_photographer_is_no_part_of_the_name():
    doc = analyse_text("vi", "Hội nghị diễn ra sáng nay.\n\nToàn cảnh hội nghị. Ảnh: TTXVN/Đỗ Thu Hà")
    assert person(doc, "Do Thu Ha").evidence[0].quote == "Ảnh: TTXVN/Đỗ Thu Hà"


def test_a_byline_names_the_reporter_even_when_a_syllable_is_a_country_elsewhere():
    # "Nga" is Russia in Vietnamese: one word of a credited name may be a country's name
    doc = analyse_text(
        "en",
        "By Hoai Nga\n\nThe forum was opened by Minister Tran Hong Ha in Hanoi on Monday.",
    )
    assert person(doc, "Hoai Nga").role == "reporter"
    assert "Tran Hong Ha" in _names(doc)


def test_by_in_prose_and_an_agency_credit_name_nobody():
    doc = analyse_text(
        "en",
        "The Lotus Forum opened in Hue.\n\nDelegates pose for a photo. Photo: VNA\n\n"
        "By the end of the day, delegates had signed five agreements.",
    )
    assert not doc.people


def test_reporter_and_editor_lines_of_an_indonesian_wire():
    doc = analyse_text(
        "id",
        "Forum bisnis itu dibuka di Jakarta pada Senin.\n\nPewarta: Sari Wulandari\nEditor: Agus Prasetyo",
    )
    assert person(doc, "Sari Wulandari").role == "reporter"
    assert person(doc, "Agus Prasetyo").role == "editor"


def test_a_byline_before_a_place_keeps_only_the_name():
    doc = analyse_text("es", "Por Marta Ruiz | Lima\n\nEl foro se inauguró el lunes en Lima.")
    assert person(doc, "Marta Ruiz").evidence[0].quote == "Por Marta Ruiz"


def test_a_line_of_names_and_a_date_is_a_signature():
    doc = analyse_text(
        "vi",
        "Hội nghị tổng kết năm 2024\nThứ Hai, 30/12/2024 09:15\nThanh Hằng - Lê Minh\n"
        "Sáng 30/12, UBND tỉnh tổ chức hội nghị tổng kết.",
    )
    assert {"Thanh Hang", "Le Minh"} <= _names(doc)
    assert person(doc, "Le Minh").role == "reporter"


def test_credits_printed_in_capitals_and_a_french_text_credit():
    doc = analyse_text(
        "vi",
        "Thời sự\nBế mạc kỳ họp HĐND tỉnh\nQUỲNH ANH - ĐỨC MINH\n"
        "Chiều 11/12, HĐND tỉnh bế mạc kỳ họp. Ảnh: THẾ BẢO |\nKỳ họp thông qua 20 nghị quyết.",
    )
    assert {"Quynh Anh", "Duc Minh", "The Bao"} <= _names(doc)
    assert person(doc, "The Bao").role == "photographer" and quotes_are_verbatim(doc)
    doc = analyse_text("fr", "Texte : Lan Anh - Photo : Hoang Nam/CVN\nLe forum s'est ouvert lundi à Hanoï.")
    assert person(doc, "Lan Anh").role == "reporter" and person(doc, "Hoang Nam").role == "photographer"


def test_a_title_case_label_or_a_place_on_its_own_line_is_no_signature():
    doc = analyse_text(
        "vi", "Tin tức\nKinh Tế\nHà Nội\nKinh Tế - Xã Hội\nSáng 30/12, UBND tỉnh tổ chức hội nghị tổng kết."
    )
    assert not doc.people


def test_an_arabic_caption_credit_is_romanised():
    doc = analyse_text("ar", "افتتح المؤتمر في هانوي. (الصورة: تران هيو) |\n\nواستمع المندوبون إلى التقارير.")
    assert person(doc, "Tran Hieu").role == "photographer"


def test_a_credited_reporter_reaches_the_briefing_with_its_quote(tmp_path: Path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "forum.txt").write_text(
        "By Hoai Nga\n\nThe Lotus Business Forum opened in Hanoi on 3 March 2025 with more than 300 "
        "delegates from the public and private sectors. Speaking at the opening session, Minister Tran "
        "Hong Ha said that 40 firms had signed up for the programme and that the ministry would "
        "support them throughout the year.\n\nDelegates at the forum. Photo: Minh Chau\n",
        encoding="utf-8",
    )
    report = briefgen.run([src], tmp_path / "out", formats=["json"])
    assert not report.failures
    (page,) = [p for p in (tmp_path / "out").rglob("*.json") if "briefing" in p.read_text(encoding="utf-8")]
    people = {p["name"]: p for p in json.loads(page.read_text(encoding="utf-8"))["people"]}
    assert people["Hoai Nga"]["evidence"][0]["quote"] == "By Hoai Nga"
    assert people["Minh Chau"]["role"] == "photographer"


def test_a_reporter_who_also_took_the_photo_is_named_each_role_once():
    doc = analyse_text(
        "vi",
        "Hội nghị xúc tiến đầu tư\nTin, ảnh: Thanh Hà\nSáng 15/11, tỉnh tổ chức hội nghị. Ảnh: Thanh Hà |\n"
        "Hội nghị thu hút 1.200 đại biểu.",
    )
    assert person(doc, "Thanh Ha").role == "reporter and photographer"


def test_a_one_word_editor_is_credited_but_a_one_word_photo_credit_is_not():
    text = (
        "Jakarta (ANTARA) - Forum bisnis itu digelar di Jakarta pada Selasa dengan 300 peserta.\n"
        "Para pengusaha menandatangani 12 nota kesepahaman di forum tersebut.\n"
        "Foto: Istimewa\n"
        "Pewarta: Rina Kusuma\n"
        "Editor: Primayanti\n"
    )
    names = {p.name: p.role for p in analyse_text("id", text).people}
    assert names.get("Primayanti") == "editor" and names.get("Rina Kusuma") == "reporter"
    assert "Istimewa" not in names


def test_a_name_in_capitals_alone_late_on_the_page_signs_it_but_a_heading_does_not():
    text = (
        "Chính trị\n"
        "Sáng 8/10, tại Hà Nội, Bộ Nội vụ tổ chức Hội nghị tổng kết công tác thi đua với 500 đại biểu.\n"
        "Bộ trưởng Phạm Thị Thanh Trà phát biểu chỉ đạo tại hội nghị.\n"
        "Hội nghị đã thông qua chương trình công tác năm 2026.\n"
        "THU HÀ\n"
        "TIN LIÊN QUAN\n"
        "Khai mạc Triển lãm sách quốc gia\n"
    )
    names = {p.name: p.role for p in analyse_text("vi", text).people}
    assert names.get("Thu Ha") == "reporter"
    assert "Tin Lien Quan" not in names


def test_a_byline_that_names_an_outlets_desk_credits_no_one():
    from langutil import analyse_text

    doc = analyse_text(
        "en",
        "By Manila Times Reporter\n\nMANILA - The regional health forum opened in Manila on Monday with "
        "300 delegates.",
    )
    assert not [p for p in doc.people if "Reporter" in p.name]


def test_an_arabic_preposition_after_a_name_is_no_part_of_it():
    from langutil import analyse_text

    doc = analyse_text("ar", "وقال وزير الخارجية بدر عبد العاطي خلال مشاركته في أعمال المجلس التنفيذي.")
    assert [p.name for p in doc.people] == ["Badr Abdelati"]


def test_an_agencys_photographer_closing_a_caption_is_credited_in_every_form():
    text = (
        "The business forum opened in Surabaya on Monday with 400 participants.\n"
        "Governor Khofifah Indar Parawansa opens the forum. (KONTAN.co/Rudi Hartono)\n"
        "The governors at the opening session. EFE/Marisol Andrade\n"
        "Delegates vote at the closing session. VNA/VNS Photo Lâm Khánh |\n"
        "Les ministres à Dakar, le 4 mars 2026. © Claire Dubois / AFP |\n"
        "Participants pose for a photo. ANTARA/HO-Humas Pemprov Jatim\n"
        "The forum produced 12 memoranda of understanding.\n"
    )
    names = {p.name: p for p in analyse_text("en", text).people}
    for name, quote in [
        ("Rudi Hartono", "KONTAN.co/Rudi Hartono"),
        ("Marisol Andrade", "EFE/Marisol Andrade"),
        ("Lam Khanh", "VNA/VNS Photo Lâm Khánh"),
        ("Claire Dubois", "© Claire Dubois"),
    ]:
        assert names[name].role == "photographer"
        assert [e.quote for e in names[name].evidence] == [quote]
    # a handout's office is no one, and the credit's words are no part of a name
    assert not [n for n in names if "Humas" in n or n.startswith("Photo")]


def test_a_signature_with_its_outlet_or_closing_the_page_names_the_reporter():
    text = (
        "Ouverture du forum\n"
        "Le forum des villes côtières s'est ouvert lundi à Da Nang avec 300 délégués.\n"
        "Les maires ont signé cinq accords de coopération.\n"
        "Mai Anh/CVN\n"
        "Lire aussi :\n"
        "Hanoï accueille une conférence sur l'eau\n"
    )
    assert person(analyse_text("fr", text), "Mai Anh").role == "reporter"
    closing = (
        "Hội nghị tổng kết ngành y tế\n"
        "Sáng 5/1, Bộ Y tế tổ chức hội nghị tổng kết năm 2025 với 500 đại biểu.\n"
        "Hội nghị đã thông qua kế hoạch năm 2026.\n"
        "Tin liên quan\n"
        "Khai mạc Hội chợ sách quốc gia\n"
        "Thu Giang\n"
    )
    assert person(analyse_text("vi", closing), "Thu Giang").role == "reporter"


def test_a_page_closing_with_a_heading_in_title_case_is_signed_by_no_one():
    closings = [("en", "Related Stories"), ("en", "Most Read"), ("es", "Más Noticias"), ("en", "Hanoi Times")]
    for code, last in closings:
        text = "Forum opens\nThe forum opened in Hanoi on Monday.\nIt ended on Tuesday.\n" + last
        assert not analyse_text(code, text).people, last


def test_a_name_under_the_headline_over_the_filing_date_is_the_byline():
    text = (
        "Governors Told to Keep Rice Prices in Check\n"
        "Rizky Ananda Prawiranegara\n"
        "July 25, 2026 | 8:05 am\n"
        "Jakarta. The national inflation meeting opened at the State Palace with 38 governors.\n"
    )
    assert person(analyse_text("en", text), "Rizky Ananda Prawiranegara").role == "reporter"


def test_spanish_author_lines_and_a_photo_studio():
    text = (
        "Autora: Lucía Pérez Barrios | internet@example.cu\n"
        "La comisión sesionó en La Habana el lunes con 60 delegados.\n"
        "Foto: Estudios Caribe\n"
    )
    names = {p.name: p.role for p in analyse_text("es", text).people}
    assert names == {"Lucia Perez Barrios": "reporter"}


def test_arab_names_in_arabic_credits_are_romanised():
    text = (
        "افتتح المنتدى في الدوحة بمشاركة 300 مندوب.\n"
        "وزير الطاقة خلال الجلسة الافتتاحية (تصوير: محمد حمدي) |\n"
        "واختتم المنتدى أعماله أمس.\n"
        "وام/خالد العلي\n"
    )
    names = {p.name: p for p in analyse_text("ar", text).people}
    assert names["Mohamed Hamdi"].role == "photographer"
    assert names["Mohamed Hamdi"].evidence[0].quote == "تصوير: محمد حمدي"
    (signed,) = [p for p in names.values() if p.evidence[0].quote == "وام/خالد العلي"]
    assert signed.role == "reporter" and signed.name.startswith("Khalid")


def test_a_name_and_its_desk_under_the_headline_sign_the_page():
    text = (
        "Leaders adopt ocean declaration\nMere Tuilagi, Pacific Senior Journalist\n"
        "10 September 2026, 7:05 pm\n"
        "Forum leaders closed their 55th meeting in Koror on Thursday with 18 members.\n"
    )
    assert person(analyse_text("en", text), "Mere Tuilagi").role == "reporter"


@pytest.mark.parametrize(
    ("code", "line", "name", "role"),
    [
        ("en", "Edited by Kwesi Appiah-Boateng", "Kwesi Appiah-Boateng", "editor"),
        ("es", "Editado por Felipe Rojas Gac", "Felipe Rojas Gac", "editor"),
        # markdown in bold or italic around the credit word and its colon
        ("id", "**Penulis:** Rizky Ananda | **Editor:** Maria Goreti", "Maria Goreti", "editor"),
        ("id", "*Oleh: Muhammad Ilham Pasinringi*", "Muhammad Ilham Pasinringi", "reporter"),
        # an outlet of two words before the photographer, and an agency after one
        (
            "id",
            "*Foto: Penandatanganan nota kesepahaman. (Celebes Pos/Ridwan Tanjung)*",
            "Ridwan Tanjung",
            "photographer",
        ),
        ("fr", "*Les délégations réunies à Suva. Photo Jone Rokotui / AFP*", "Jone Rokotui", "photographer"),
        (
            "en",
            "Officials at the closing session. PIC: Ahmed Nabil Farouk / The Qatar Chronicle",
            "Ahmed Nabil Farouk",
            "photographer",
        ),
    ],
)
def test_credit_lines_of_many_layouts(code: str, line: str, name: str, role: str) -> None:
    prose = "The regional forum on water closed on Friday in Accra with 300 delegates."
    doc = analyse_text(code, f"Headline of the page\n\n{line}\n\n{prose}\n")
    assert role in (person(doc, name).role or "")
    assert quotes_are_verbatim(doc)
