"""General rules added for reporting styles met in the second held-out set, on sentences written here.

Each test names the rule: thousands written as a word, percent written as a word, sums of money,
page timestamps that date the page (not the event), datelines that name the venue, foreign names
in apposition, a province before an Arabic name, minister titles, and a list of two officials
where the second must not inherit the first one's title.
"""

from briefgen_plugins.lang_ar.numbers import find_number_words
from langutil import analyse_text, person, values

from briefgen.analysis.numbers import NumberReader


def test_a_thousand_written_as_a_word_stays_in_the_unit():
    # the value keeps the digits its quote shows, as for money ("9.5 million dong")
    reader = NumberReader(word_spans=find_number_words, clitics="وبلف")
    assert reader.values("شارك أكثر من 27 ألف شخص و٤ آلاف متطوع") == ["27", "4"]
    assert reader.values("بلغ الدخل 9.5 مليون دونغ") == ["9.5"]
    for code, sentence in [
        ("ar", "وعمل في المقاطعة أكثر من 31 ألف عامل."),
        ("vi", "Năm 2023, tỉnh đã giải quyết việc làm cho 3 nghìn lao động."),
        ("en", "More than 12 thousand workers found jobs."),
    ]:
        figure = analyse_text(code, sentence).figures[0]
        assert figure.unit == "thousand workers" and figure.value in figure.evidence[0].quote
    people = analyse_text("en", "The province is home to 4.6 million people.").figures[0]
    assert (people.value, people.unit) == ("4.6", "million people")
    money = analyse_text("ar", "وبلغت التحويلات 120 مليون دولار.").figures[0]
    assert money.unit == "million US dollars"  # a named unit wins over scale + a noun inside it


def test_percent_written_as_a_word():
    reader = NumberReader(percent_words=("persen", "per cent"))
    found = reader.find("angka kemiskinan turun menjadi 3,45 Persen, and 17 per cent of homes")
    assert [(n.value, n.kind) for n in found] == [("3.45", "percent"), ("17", "percent")]


def test_sums_of_money_keep_their_scale_in_the_unit():
    doc = analyse_text("vi", "Năm 2023, tỉnh Yên Bái đã chi 312 tỷ đồng cho 46 nạn nhân và hộ nghèo.")
    assert values(doc)["312"] == "billion dong" and values(doc)["46"] == "victims"
    doc = analyse_text("ar", "وبلغت التحويلات 120 مليون دولار، وعمل في المقاطعة أكثر من 31 ألف عامل.")
    assert values(doc) == {"120": "million US dollars", "31": "thousand workers"}


def test_a_page_timestamp_dates_the_page_and_gives_a_yearless_date_its_year():
    text = (
        "Publié le 03/01/2025 à 10h40\n\nLe Comité populaire de la province de Yen Bai a organisé "
        "le 28 décembre dernier un atelier sur les droits des femmes, avec 90 délégués."
    )
    doc = analyse_text("fr", text)
    assert doc.published == "2025-01-03"
    assert doc.event.date == "2024-12-28"  # "dernier" in early January is last December
    assert "Publié le 03/01/2025 à 10h40" in doc.removed


def test_a_weekday_in_brackets_before_a_numeric_date():
    doc = analyse_text("id", "Da Nang, Selasa (14/5/2024) - Pemerintah Kota Da Nang menggelar lokakarya HAM.")
    assert doc.event.date == "2024-05-14"


def test_a_dateline_names_the_venue():
    doc = analyse_text(
        "en", "HAI PHONG, June 3 (VNA) - A workshop on labour rights drew 85 delegates on Monday."
    )
    assert doc.event.place == "Hai Phong city"
    doc = analyse_text(
        "fr", "Hanoï, 4 juin 2024 – Un séminaire sur les droits de l'enfant a réuni 60 délégués."
    )
    assert doc.event.place == "Hanoi (Ha Noi)"
    doc = analyse_text("ar", "نها ترانغ، في 5 يونيو 2024 - عقدت مقاطعة خانه هوا ندوة حول حقوق الإنسان.")
    assert doc.event.place == "Nha Trang city, Khanh Hoa province"


def test_foreign_names_in_apposition_but_not_articles_or_headlines():
    doc = analyse_text("en", "Maria Lopez, Resident Representative of UNDP, said the plan was ready.")
    assert [p.name for p in doc.people] == ["Maria Lopez"]
    doc = analyse_text("fr", "Le Vietnam, membre du Conseil des droits de l'homme, présentera son rapport.")
    assert doc.people == ()
    doc = analyse_text("id", "Da Nang Jadi Tuan Rumah Forum Regional tentang Hak Pekerja Migran")
    assert doc.people == ()


def test_a_province_before_an_arabic_name_is_not_part_of_it():
    doc = analyse_text("ar", "وقال نائب رئيس اللجنة الشعبية لمقاطعة ين باي فام فان هونغ إن المقاطعة مستعدة.")
    assert [p.name for p in doc.people] == ["Pham Van Hung"]


def test_arabic_minister_titles_name_the_ministry():
    doc = analyse_text("ar", "وترأس الندوة نائب وزير العدل دانج هوانج أوانه.")
    assert doc.people[0].role == "Deputy Minister of Justice"


def test_the_second_official_in_a_list_does_not_take_the_first_ones_title():
    text = (
        "Đồng chí Lê Văn Nam, Thứ trưởng Bộ Lao động - Thương binh và Xã hội và đồng chí Hà Thị Lan, "
        "Phó Chủ tịch UBND tỉnh Yên Bái chủ trì hội nghị."
    )
    doc = analyse_text("vi", text)
    assert "Xã hội" in person(doc, "Le Van Nam").role_source
    assert "Thứ trưởng" not in person(doc, "Ha Thi Lan").role_source


def test_a_related_news_list_under_its_heading_is_no_part_of_the_article():
    from langutil import analyse_text

    text = (
        "ALGIERS - The regional trade forum wrapped up in Algiers on Sunday with a joint declaration.\n"
        "Read also\n"
        "Minister holds talks with his counterpart on the sidelines\n"
        "International Fair: 57th edition opens Monday\n"
    )
    doc = analyse_text("en", text)
    assert not any("opens Monday" in s for s in doc.sentences)
