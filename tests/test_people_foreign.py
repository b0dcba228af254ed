"""People of any nationality: honorific chains, body names after titles, names heard in another script."""

from langutil import analyse_text, quotes_are_verbatim

from briefgen.merge import merge_people


def _people(code: str, text: str) -> dict[str, str | None]:
    return {p.name: p.role for p in analyse_text(code, text).people}


def test_a_chain_of_honorifics_stands_before_the_name():
    # "Associate Professor Dr": the name starts after the last honorific, not at "Dr"
    got = _people(
        "en",
        "Opening the meeting, Associate Professor Dr Hoang Van Minh, Director of Bach Mai Hospital and "
        "President of the Vietnam Heart Association, said the country records 200,000 new cases a year.",
    )
    assert "Hoang Van Minh" in got and not any(name.startswith("Dr") for name in got)


def test_malaysian_honours_are_no_name_and_no_role():
    got = _people("en", "Foreign Minister Dato' Seri Mohamad Hasan opened the talks in Kuala Lumpur.")
    assert got == {"Mohamad Hasan": "Minister of Foreign Affairs"}


def test_a_french_report_keeping_only_vowel_marks_still_gives_a_vietnamese_name():
    # French outlets write "Trân" for "Trần" and "Thuân" for "Thuận"
    got = _people("fr", "Le vice-ministre de la Justice, Trân Quang Thuân, a présidé la séance.")
    assert "Tran Quang Thuan" in got


def test_the_words_after_a_bodys_head_noun_name_the_body_not_a_person():
    # "Dewan Bisnis Dunia" is a council; the person follows its acronym
    got = _people("id", "Ketua Dewan Bisnis Dunia (WBC) Peter Bakker berbicara di forum itu.")
    assert set(got) == {"Peter Bakker"}
    assert _people("id", "Presiden Majelis Umum Annalena Baerbock membuka sidang itu.") == {
        "Annalena Baerbock": "President of the General Assembly"
    }


def test_a_document_named_after_a_city_abroad_is_no_person():
    assert _people("id", "Para menteri mengesahkan Piagam Bersama Phnom Penh pada hari itu.") == {}


def test_a_name_heard_in_arabic_joins_the_latin_spelling_of_another_report():
    arabic = analyse_text("ar", "وقال وزير الخارجية الماليزي محمد حسن إن الاجتماع كان ناجحا.")
    english = analyse_text("en", "Malaysian Foreign Minister Mohamad Hasan chaired the meeting.")
    merged = merge_people([arabic, english])
    assert [p.name for p in merged] == ["Mohamad Hasan"]
    assert "محمد حسن" in merged[0].native
    # with no Latin report to hear it in, the Arabic reading stays as it is
    assert len(merge_people([arabic])) == 1


def test_a_province_abroad_after_its_unit_word_is_no_person():
    # "tỉnh Hắc Long Giang" (Heilongjiang) is shaped like a name; no title stands before "tỉnh"
    got = _people(
        "vi",
        "Sáng 3/7, tại thành phố Cáp Nhĩ Tân, tỉnh Hắc Long Giang, Trung Quốc, "
        "Phó Thủ tướng Trần Hồng Hà dự hội chợ.",
    )
    assert set(got) == {"Tran Hong Ha"}
    # with a title before the unit word, the name after it is the office holder's
    assert "Lam Hai Giang" in _people("vi", "Phó Chủ tịch UBND tỉnh Lâm Hải Giang phát biểu khai mạc.")


def test_a_foreign_officials_unlisted_names_are_kept_after_a_foreign_adjective():
    # "إيناسيو" is in no list of names; after "البرازيلي" (Brazilian) the whole name is read and
    # then heard in the Latin report's spelling
    arabic = analyse_text("ar", "وافتتح القمة الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا في ريو دي جانيرو.")
    english = analyse_text("en", "Brazilian President Luiz Inacio Lula opened the summit in Rio de Janeiro.")
    assert len(arabic.people) == 1 and len(arabic.people[0].sounds) == 5
    assert [p.name for p in merge_people([arabic, english])] == ["Luiz Inacio Lula"]


def test_someone_only_a_caption_names_is_listed_with_the_caption_as_evidence():
    text = (
        "Sáng 20/11/2025, Quốc hội biểu quyết thông qua Luật Dữ liệu với 440 đại biểu tán thành.\n"
        "Phó Chủ tịch Quốc hội Trần Quang Phương điều hành phiên biểu quyết. Ảnh: Lâm Hiển |\n"
        "Luật có hiệu lực từ ngày 1/7/2026."
    )
    doc = analyse_text("vi", text)
    chair = next(p for p in doc.people if p.name == "Tran Quang Phuong")
    assert chair.role == "Vice Chairman of the National Assembly"
    assert chair.evidence[0].quote not in doc.text and chair.evidence[0].quote in doc.credits
    assert quotes_are_verbatim(doc)


def test_a_body_named_like_a_person_is_no_person():
    # "Đoàn Chủ tịch" (the Presidium) opens with a surname; its second word opens a title
    assert _people("vi", "Đại hội hiệp thương cử Đoàn Chủ tịch Ủy ban Trung ương gồm 65 vị.") == {}
    # "Le Thanh border gate" and "Ketua Panitia Penyelenggara" name a place and a committee
    assert _people("en", "The province has two economic zones, Nhon Hoi and Le Thanh border gate.") == {}
    assert "Panitia Penyelenggara" not in _people(
        "id", "Ia berbicara selaku Ketua Panitia Penyelenggara acara itu."
    )


def test_an_unlisted_foreign_name_stops_at_the_next_word_and_reads_ch():
    # "إلى" (to) ends the name whichever way its hamza is written; "تش" reads "ch"
    got = _people("ar", "ودعا وزير الاقتصاد الرقمي التايلاندي تشايتشانوك تشيدتشوب إلى وضع معايير مشتركة.")
    assert list(got) == ["Chaichanuk Chidchub"]


def test_a_name_split_into_words_differently_still_sounds_alike():
    from briefgen_plugins.lang_ar.names import name_sounds

    from briefgen.analysis.sounds import latin_skeletons, sounds_alike

    # Chinese names: "وانغ ون تاو" writes Wang Wentao in three words
    assert sounds_alike(name_sounds("وانغ ون تاو"), latin_skeletons("Wang Wentao"))
    assert not sounds_alike(name_sounds("وانغ ون تاو"), latin_skeletons("Wang Yi"))


def test_arab_names_and_their_particles_are_read_as_latin_reports_write_them():
    from briefgen_plugins.lang_ar.names import latin_name

    assert [latin_name(w) for w in ("فيصل", "بن", "فرحان", "ثاني")] == ["Faisal", "bin", "Farhan", "Thani"]


def test_gulf_names_keep_their_family_name_with_its_article():
    # ain reads as a vowel ("علي": Ali), "علي" inside a name is no preposition, and a family name
    # carrying the article ("الزياني") ends the name as "Al-Zayani"
    got = _people(
        "ar",
        "وترأس الاجتماع وزير الخارجية البحريني عبدالله علي الزياني، فيما ألقى معالي الدكتور "
        "خالد بن راشد البوسعيدي كلمة الوفد العماني.",
    )
    assert {"Abdullah Ali Al-Zayani", "Khalid bin Rashid Al-Busaidi"} <= set(got)


def test_a_body_after_a_title_stands_between_the_title_and_the_name():
    # "الأمين العام لمجلس التعاون": the body's clitic "ل" does not end the search for the name
    got = _people("ar", "وقال الأمين العام لمجلس التعاون جاسم محمد البديوي إن المجلس يدعم الاتفاق.")
    assert [name for name in got if name.startswith("Jasem Moham") and name.endswith(" Albudaiwi")]


def test_a_form_of_address_or_a_province_announces_no_foreign_name():
    # after "معالي"/"السيد" only an Arab given name opens a name read this way; after "لمقاطعة" comes a
    # province ("Lang Son"), never a person, and the role keeps it
    got = _people("ar", "وحضر الاجتماع نائب رئيس اللجنة الشعبية لمقاطعة لانغ سون وممثلون عن الوزارات.")
    assert not got
    got = _people("ar", "منح رئيس الوزراء جائزة التحول الرقمي لعشر شركات.")
    assert not got


def test_an_indonesian_prince_is_an_honorific_not_a_name():
    got = _people("id", "Pertemuan itu dihadiri Menteri Luar Negeri Arab Saudi Pangeran Faisal bin Farhan.")
    assert "Faisal bin Farhan" in got


def test_an_arab_given_name_in_latin_script_opens_the_name():
    # "Tamim" and "Jassim" are no given names in the Latin locale lists; the Arab names the core adds are
    for code, text in (
        ("fr", "Le ministre d'État qatari, Jassim Khalifa Al-Kuwari, a présidé la séance."),
        ("es", "El ministro catarí de Comercio, Jassim Khalifa Al-Kuwari, inauguró la feria."),
    ):
        assert any(name.startswith("Jassim") for name in _people(code, text)), code


def test_abd_and_the_divine_name_after_it_are_one_name():
    # "عبد" + a word with the article is one name ("Abdel..."), counted once against the length cap
    got = _people("ar", "وقال الدكتور ماجد عبد الرحيم وزير الاقتصاد إن الاتفاق مهم.")
    assert [n for n in got if n.startswith("Majid Abdel")]


def test_a_name_written_with_hamza_alef_opens_with_no_article():
    # "ألكسندر" is Alexander: "أل" is no "ال"
    got = _people("ar", "والتقى وزير الطاقة البرازيلي ألكسندر سيلفيرا نظيره الهندي.")
    assert [n for n in got if not n.startswith("Al-")]


def test_a_gulf_family_name_the_lists_lack_is_spelt_from_its_letters():
    # not the nearest Latin name by sound ("Hagara"), and a weekday after a name is no family name
    got = _people("ar", "وأعلن التعهد سعادة السيد عبدالعزيز بن ناصر الهاجري وزير الدولة للشؤون الخارجية.")
    assert "Abdelaziz bin Nasser Al-Hajri" in got
    got = _people("ar", "وقال وزير الخارجية الجزائري أحمد عطاف الخميس إن الاتفاق مهم.")
    assert not [name for name in got if "Khamis" in name]


def test_a_ministrys_domain_or_a_federal_state_names_no_one():
    got = _people("id", "Menteri Energi Baru dan Terbarukan India Pralhad Joshi menandatangani nota itu.")
    assert list(got) == ["Pralhad Joshi"]
    assert not _people("id", "Pertemuan berikutnya digelar di Belem, ibu kota Negara Bagian Para, Brasil.")


def test_a_countrys_adjective_announces_a_foreign_name_as_a_title_does():
    from langutil import analyse_text

    cases = [
        ("es", "Obtuvo 21 votos frente a 14 del keniano Odhiambo Wekesa, en una votación reñida."),
        ("es", "El senador sucederá a la ugandesa Nakato Birungi, que dirigía la unión desde 2023."),
        ("fr", "La présidence revient au Ghanéen Kofi Mensah-Bonsu, élu au premier tour."),
    ]
    for code, sentence in cases:
        names = {p.name for p in analyse_text(code, "Titre\n" + sentence + "\n").people}
        assert len(names) == 1 and next(iter(names)).split()[0] in sentence, (sentence, names)


def test_a_known_given_name_and_known_surnames_need_no_title_but_places_stay_places():
    from langutil import analyse_text

    doc = analyse_text(
        "en",
        "Vote count\nThe bid ended on Wednesday, as Daniel Fletcher lost the vote to Maria Elena Ortiz. "
        "Delegates from the Red River Delta and Yen Tu visited Santo Domingo.\n",
    )
    assert {p.name for p in doc.people} == {"Daniel Fletcher", "Maria Elena Ortiz"}
