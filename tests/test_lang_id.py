from langutil import analyse_file, analyse_text, person, quotes_are_verbatim, values


def test_indonesian_article():
    doc = analyse_file("id", "id_nghe_an.txt")
    assert {p.name for p in doc.people} == {"Hoang Van Nam", "Le Hong Vinh"}
    nam = person(doc, "Hoang Van Nam")
    assert (
        nam.role == "Major General; Deputy Head of the Standing Office of the Human Rights Steering Committee"
    )
    assert {"chaired", "closed"} <= set(nam.acts)
    assert person(doc, "Le Hong Vinh").role == "Vice Chairman of the Nghe An Provincial People's Committee"
    got = values(doc)
    assert got == {"180": "delegates", "15": "provinces", "3.12": "%", "8.5": "%"}
    assert doc.event.date == "2024-10-17"
    assert doc.event.place == "Vinh city, Nghe An province"
    assert {"[iklan_2]", "Komentar (0)"} <= set(doc.removed)
    # "a; b" with no list lead is one request, quoted whole, never cut at its semicolon
    (request,) = [o for o in doc.outcomes if "Memprioritaskan" in o.text]
    assert request.evidence[0].quote.startswith("Dalam pidato penutupnya")
    assert (request.kind, request.speaker, request.occasion) == ("request", "Hoang Van Nam", "closing")
    assert quotes_are_verbatim(doc)


def test_place_that_looks_like_a_name_is_not_a_person():
    doc = analyse_text(
        "id", "Wakil Ketua Komite Rakyat Provinsi Ha Nam Tran Van Binh menghadiri konferensi di Ha Nam."
    )
    assert [p.name for p in doc.people] == ["Tran Van Binh"]
    assert doc.event.place == "Ha Nam province"


def test_no_date_without_day():
    doc = analyse_text(
        "id", "Berbicara pada konferensi, ia mengatakan bahwa pada tahun 2024, situasi akan berkembang."
    )
    assert doc.event.date is None


def test_a_byline_on_the_publication_day_does_not_become_the_event_date():
    from langutil import language

    from briefgen.models import Article

    text = (
        "Oleh Redaksi · 23 Agustus 2024\n"
        "Pada tanggal 22 Agustus 2024, Komite Rakyat Kota Can Tho menyelenggarakan konferensi."
    )
    article = Article(id="t", path="t.html", text=text, published="2024-08-23T09:15:00+07:00")
    assert language("id").analyse(article).event.date == "2024-08-22"


def test_a_two_word_rank_is_no_part_of_the_name():
    """'Laksamana Madya' is one rank (Vice Admiral): 'Madya' opens no name."""
    doc = analyse_text(
        "id",
        "Kepala Bakamla Laksamana Madya Arif Wicaksono tampil sebagai pembicara pada konferensi keamanan "
        "maritim di Muskat, Oman, Senin (4/5/2026).",
    )
    assert "Arif Wicaksono" in {p.name for p in doc.people}
    assert not any(p.name.startswith("Madya") for p in doc.people)
