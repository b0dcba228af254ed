from langutil import analyse_file, analyse_text, language, person, quotes_are_verbatim, values


def test_arabic_article():
    doc = analyse_file("ar", "ar_thai_binh.txt")
    # the photographer is a named person too, credited by the caption and kept apart from the speakers
    assert {p.name for p in doc.people} == {"Pham Van Cuong", "Nguyen Van Ky", "Hung Ha"}
    assert person(doc, "Hung Ha").role == "photographer" and not person(doc, "Hung Ha").acts
    ky = person(doc, "Nguyen Van Ky")
    assert ky.native == ("نجوين فان كي",)
    assert ky.role == "Major General; Deputy Head of the Government Standing Office for Human Rights"
    assert "closed" in ky.acts and "opened" in person(doc, "Pham Van Cuong").acts
    got = values(doc)
    assert got == {"200": "delegates", "15": "provinces", "9.25": "%", "25000": "workers", "3": "topics"}
    assert doc.event.date == "2024-05-15"  # Arabic-Indic day, year from "في عام 2024"
    assert doc.event.place == "Thai Binh province"
    assert quotes_are_verbatim(doc)


def test_arabic_ordinal_day_and_dual():
    doc = analyse_text("ar", "في السابع من أغسطس، عقد مؤتمر في عام 2024. واستمع المندوبون إلى موضوعين مهمين.")
    assert doc.event.date == "2024-08-07"
    assert values(doc) == {"2": "topics"}


def test_arabic_numbers_reader_for_grounding():
    numbers = set(language("ar").numbers("خمس مجموعات و ١٣٫٤٥% و 33000 و الثالث عشر"))
    assert numbers >= {"5", "13.45", "33000", "13"}


def test_arabic_role_after_and_is_translated():
    # "ووزير المالية": "and the Minister of Finance"; the clitic "و" is no part of the title
    doc = analyse_text(
        "ar",
        "وحضر المؤتمر وزير الصناعة والتجارة نجوين هونغ ديين ووزير المالية نجوين فان ثانغ في هانوي.",
    )
    assert person(doc, "Nguyen Van Thang").role == "Minister of Finance"
