from langutil import analyse_file, analyse_text, person, quotes_are_verbatim, values


def test_french_article():
    doc = analyse_file("fr", "fr_da_nang.txt")
    assert {p.name for p in doc.people} == {"Vo Thanh Hai", "Ho Ky Minh"}
    hai = person(doc, "Vo Thanh Hai")
    assert hai.role.startswith("Major General; Deputy Head of the Standing Office")
    assert "chaired" in hai.acts
    assert person(doc, "Ho Ky Minh").acts == ("attended",)
    got = values(doc)
    assert got["7.5"] == "%" and got["12500"] == "jobs" and got["200"] == "delegates"
    assert {"57-KL/TW", "2023-2025", "3", "4"} <= set(got)  # code, term, "3e", "cycle IV"
    assert doc.event.date == "2024-11-05"
    assert doc.event.place == "Da Nang city"
    assert doc.event.title.startswith("3rd")
    assert quotes_are_verbatim(doc)


def test_french_decimal_comma_and_year_only_date():
    doc = analyse_text(
        "fr",
        "La 2e Conférence nationale de formation aux droits de l'homme en 2024 a eu lieu. "
        "La croissance a atteint 6,1%.",
    )
    assert values(doc)["6.1"] == "%"
    assert doc.event.date == "2024"


def test_caption_credit_is_removed():
    doc = analyse_text("fr", "Vue de la conférence. (Source : BTC) |\nLe texte continue ici avec une phrase.")
    assert doc.removed == ("Vue de la conférence. (Source : BTC) |",)
