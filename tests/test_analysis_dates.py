"""Event dates: candidates ranked by their link to the event, weekdays, relative days, spans.

Each example is a short article written for the test, in the pack's language, run through the
real language plugin (cleaning, sentence split, date finder) with a publication date where the
mechanism needs one.
"""

from __future__ import annotations

import pytest
from langutil import language

from briefgen.models import Article


def event(code: str, text: str, published: str | None = None) -> tuple[str | None, str | None]:
    doc = language(code).analyse(Article(id="t", path="t.txt", text=text, published=published))
    return doc.event.date, doc.event.date_end


@pytest.mark.parametrize(
    ("code", "text", "published", "expected"),
    [
        # a weekday is the last such day on or before the publication date
        (
            "en",
            "The provincial investment forum opened on Friday in Da Lat with 400 delegates.",
            "2023-06-12",
            "2023-06-09",
        ),
        (
            "fr",
            "Le forum provincial de l'investissement s'est ouvert jeudi à Da Lat.",
            "2023-06-12",
            "2023-06-08",
        ),
        (
            "es",
            "El foro provincial de inversión se inauguró este lunes en Da Lat.",
            "2023-06-12",
            "2023-06-12",
        ),
        (
            "id",
            "Komite Rakyat Provinsi pada Selasa menggelar forum investasi di Da Lat.",
            "2023-06-12",
            "2023-06-06",
        ),
        (
            "ar",
            "افتتح يوم الأربعاء في مدينة دالات منتدى الاستثمار الإقليمي بمشاركة 400 مندوب.",
            "2023-06-12",
            "2023-06-07",
        ),
        (
            "vi",
            "Chiều thứ Sáu, UBND tỉnh Lâm Đồng tổ chức Hội nghị xúc tiến đầu tư tại thành phố Đà Lạt.",
            "2023-06-12",
            "2023-06-09",
        ),
        # relative days count from the publication date
        (
            "vi",
            "Hôm qua, UBND tỉnh Lâm Đồng tổ chức Hội nghị xúc tiến đầu tư tại thành phố Đà Lạt.",
            "2023-06-12",
            "2023-06-11",
        ),
        (
            "en",
            "Yesterday the provincial investment forum was held in Da Lat with 400 delegates.",
            "2023-06-12",
            "2023-06-11",
        ),
    ],
)
def test_weekdays_and_relative_days_resolve_against_the_publication_date(code, text, published, expected):
    assert event(code, text, published)[0] == expected


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The provincial investment forum opened on Friday in Da Lat with 400 delegates."),
        ("fr", "Le forum provincial de l'investissement s'est ouvert jeudi à Da Lat."),
    ],
)
def test_a_weekday_without_a_publication_date_is_no_date(code, text):
    assert event(code, text) == (None, None)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "en",
            "The Mekong water forum will be held from 3 to 5 March 2023 in Can Tho.",
            ("2023-03-03", "2023-03-05"),
        ),
        (
            "en",
            "The Mekong water forum was held in Can Tho on March 3-5, 2023.",
            ("2023-03-03", "2023-03-05"),
        ),
        (
            "fr",
            "Le forum sur l'eau du Mékong se tient du 3 au 5 mars 2023 à Can Tho.",
            ("2023-03-03", "2023-03-05"),
        ),
        # a span across two months survives the document cue "du" before its first day
        ("fr", "Le salon s'est tenu du 28 février au 2 mars 2023 à Can Tho.", ("2023-02-28", "2023-03-02")),
        (
            "es",
            "El foro del agua del Mekong se celebró del 3 al 5 de marzo de 2023 en Can Tho.",
            ("2023-03-03", "2023-03-05"),
        ),
        (
            "id",
            "Forum air Mekong berlangsung pada 3-5 Maret 2023 di Kota Can Tho.",
            ("2023-03-03", "2023-03-05"),
        ),
        (
            "vi",
            "Diễn đàn nước Mê Kông diễn ra ngày 3-5/3/2023 tại thành phố Cần Thơ.",
            ("2023-03-03", "2023-03-05"),
        ),
        (
            "vi",
            "Hội chợ diễn ra từ ngày 3 đến ngày 5/3/2023 tại thành phố Cần Thơ.",
            ("2023-03-03", "2023-03-05"),
        ),
        (
            "ar",
            "انطلق منتدى مياه ميكونغ في الفترة من 3 إلى 5 مارس 2023 في مدينة كان ثو.",
            ("2023-03-03", "2023-03-05"),
        ),
    ],
)
def test_a_stated_span_gives_the_first_and_last_day(code, text, expected):
    assert event(code, text) == expected


@pytest.mark.parametrize(
    ("code", "text", "published", "expected"),
    [
        # "until" gives the last day; its year is the first day's, even when it is after publication
        (
            "en",
            "The trade fair opened in Hue on December 29 and runs until January 2.",
            "2022-12-30",
            ("2022-12-29", "2023-01-02"),
        ),
        (
            "id",
            "Pameran dagang dibuka pada Kamis di Kota Hue dan berlangsung hingga 4 Juni.",
            "2023-06-02",
            ("2023-06-01", "2023-06-04"),
        ),
        (
            "fr",
            "Le salon s'est ouvert le 1er juin à Hué et se poursuit jusqu'au 4 juin.",
            "2023-06-02",
            ("2023-06-01", "2023-06-04"),
        ),
    ],
)
def test_an_until_date_after_the_event_date_is_its_last_day(code, text, published, expected):
    assert event(code, text, published) == expected


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        # the plan's horizon is not the year of the event day
        (
            "vi",
            "Sáng 14/5, UBND tỉnh công bố Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050.",
            "2023-05-14",
        ),
        (
            "id",
            "Pada 14 Mei, provinsi menggelar konferensi rencana induk dengan visi hingga tahun 2050.",
            "2023-05-14",
        ),
        (
            "en",
            "On May 14, the province held a conference on its master plan with a vision to 2050.",
            "2023-05-14",
        ),
    ],
)
def test_a_target_year_does_not_date_the_event(code, text, expected):
    assert event(code, text, "2023-05-20")[0] == expected


def test_a_deadline_and_a_document_date_yield_to_the_event_verb():
    text = (
        "The ministry will submit the report by 30 June 2023, under Decision 12 dated 2 February 2023. "
        "The review conference took place on 11 May 2023 in Hanoi."
    )
    assert event("en", text)[0] == "2023-05-11"


def test_a_date_of_the_past_yields_to_the_event_date():
    text = (
        "Exports reached 2 billion USD on 5 April last year, the director told the conference. "
        "The conference was held on 9 April 2023 in Hai Phong."
    )
    assert event("en", text)[0] == "2023-04-09"


def test_a_span_of_a_visit_yields_to_the_dateline():
    text = (
        "JAKARTA, 10 March (VNA) - The minister attended a business forum, "
        "as part of his official visit to Indonesia from 9 to 11 March 2023."
    )
    assert event("en", text) == ("2023-03-10", None)


def test_the_dateline_and_a_written_year_in_the_same_sentence():
    # the dateline's day takes the year another date of its sentence writes out
    text = "الرياض 4 مايو (VNA) - افتتح المؤتمر الإقليمي للطاقة الذي يستمر حتى 6 مايو 2023."
    assert event("ar", text) == ("2023-05-04", "2023-05-06")


def test_no_year_anywhere_stays_unknown_and_no_day_is_none():
    assert event("en", "The provincial forum opened on 4 May in Hue.") == ("XXXX-05-04", None)
    assert event("es", "Según el ministro, el país crecerá un 6 % para 2030.") == (None, None)


def test_a_year_first_page_timestamp_is_the_publication_date():
    text = (
        "2023/06/12 10:20\nThe provincial investment forum opened on Saturday in Da Lat with 400 delegates."
    )
    assert event("en", text) == ("2023-06-10", None)


def test_a_page_timestamp_with_dashes_dates_a_yearless_day():
    # the year is the timestamp's, not that of last year's figures in the next sentence
    text = (
        "Thứ Năm, 09-01-2025, 21:10\nNgày 9/1, tại Viêng Chăn, hai Thủ tướng đồng chủ trì kỳ họp.\n"
        "Năm 2024, kim ngạch thương mại song phương đạt 2,2 tỷ USD."
    )
    assert event("vi", text) == ("2025-01-09", None)


def test_an_arabic_pair_of_days_joined_by_a_glued_and_is_a_span():
    text = "عقد المؤتمر يومي 19 و20 نوفمبر 2025 في العاصمة الرواندية كيغالي بحضور 88 وفدا."
    assert event("ar", text) == ("2025-11-19", "2025-11-20")


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2023-01-05", "2022-12-28"),  # a day just past: last year's December
        ("2022-12-20", "2022-12-28"),  # a day a week ahead: this year's, a preview
        ("2023-06-05", "2022-12-28"),  # far ahead: the last one before publication
    ],
)
def test_a_year_less_day_takes_the_publication_year_it_fits(published, expected):
    text = "The provincial investment forum opens on 28 December in Da Lat with 400 delegates."
    assert event("en", text, published)[0] == expected


def test_a_span_stated_later_gives_the_last_day_of_the_event_that_opened():
    text = (
        "HUE, June 7 (VNA) – The 5th Hue Craft Festival opened on Saturday at the Citadel. "
        "Organisers expect 50,000 visitors over the two days, June 7-8, 2023."
    )
    assert event("en", text, "2023-06-08") == ("2023-06-07", "2023-06-08")


def test_the_same_day_written_with_its_year_elsewhere_dates_the_lead():
    # not the year of a statistic ("in 2019") further down
    text = (
        "Da Nang, 6 décembre 2023\n"
        "Le ministère a organisé le 6 décembre à Da Nang une conférence nationale sur l'enseignement. "
        "Le taux est passé de 71 % en 2019 à 98 % aujourd'hui, selon le ministère."
    )
    assert event("fr", text)[0] == "2023-12-06"


def test_a_merged_conference_keeps_the_span_its_first_day_sources_give():
    from briefgen.merge import merge_event

    span = language("en").analyse(
        Article(id="a", path="a.txt", text="The Mekong water forum was held in Can Tho on March 3-5, 2023.")
    )
    day = language("fr").analyse(
        Article(
            id="b", path="b.txt", text="Le forum sur l'eau du Mékong s'est ouvert le 3 mars 2023 à Can Tho."
        )
    )
    event, _ = merge_event([day, span])
    assert (event.date, event.date_end) == ("2023-03-03", "2023-03-05")


def test_a_report_of_the_closing_day_agrees_with_another_reports_span():
    from briefgen.merge import merge_event

    closing = language("en").analyse(
        Article(id="a", path="a.txt", text="The Mekong water forum in Can Tho closed on March 5, 2023.")
    )
    span = language("fr").analyse(
        Article(
            id="b",
            path="b.txt",
            text="Le forum sur l'eau du Mékong s'est tenu du 3 au 5 mars 2023 à Can Tho.",
        )
    )
    assert (closing.event.date, span.event.date) == ("2023-03-05", "2023-03-03")
    event, conflicts = merge_event([closing, span])
    assert (event.date, event.date_end) == ("2023-03-03", "2023-03-05")
    assert not [c for c in conflicts if c.label == "date"]  # one event, seen on two of its days


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "es",
            "La provincia de Quang Tri, que absorbió a Quang Binh el pasado 1 de julio, "
            "celebró el jueves en Hanói una conferencia de inversión con 200 empresas.",
        ),
        (
            "en",
            "The province, whose exports grew 8 per cent last year, on Thursday held an investment "
            "conference in Hanoi with 200 firms.",
        ),
    ],
)
def test_a_past_cue_dates_the_words_next_to_it_not_the_next_clause(code: str, text: str):
    # published on Saturday 2025-10-11: "Thursday" is the 9th; the past cue belongs to the clause before
    assert event(code, text, "2025-10-11")[0] == "2025-10-09"


def test_a_day_inside_the_events_stated_span_dates_the_span():
    text = (
        "Geneva, March 4 (VNA) - The minister on Tuesday addressed the plenary of the World Health "
        "Forum on universal coverage, primary care and vaccines for every nation, which runs from "
        "March 3 to 7 in the Swiss city."
    )
    assert event("en", text, "2025-03-05") == ("2025-03-03", "2025-03-07")


def test_a_year_of_last_years_statistics_or_of_a_treaty_is_not_the_events():
    text = (
        "TOKYO, Nov 18 (VNA) - The Vietnam-Japan Business Forum opened in Tokyo on November 18.\n"
        "Two-way trade reached 46.2 billion USD in 2024, and both sides cited the 1982 UNCLOS."
    )
    assert event("en", text) == ("XXXX-11-18", None)
    # a year a cue gives in a sentence about the event still dates it
    assert event("en", "The forum opened in Tokyo on November 18. The forum in 2025 drew 600 firms.")[0] == (
        "2025-11-18"
    )


def test_a_day_with_no_year_dates_the_briefing_and_the_page_says_the_year_is_unknown():
    from briefgen.merge import merge_event
    from briefgen.templating import spell_date

    doc = language("en").analyse(
        Article(id="a", path="a.txt", text="SINGAPORE (VNA) - The Shangri-La Dialogue opened on May 30.")
    )
    event_info, _ = merge_event([doc])
    assert event_info.date == "XXXX-05-30"
    assert spell_date(event_info.date) == "30 May (year not stated)"


def test_the_day_an_event_verb_governs_outweighs_the_datelines_day_of_filing():
    text = (
        "Publié le 08/03/2025 à 09:00\n"
        "Hanoï, 8 mars (CVN) - La cérémonie de remise des prix s'est tenue le 7 mars au soir "
        "à l'Opéra de Hanoï."
    )
    assert event("fr", text)[0] == "2025-03-07"


def test_a_year_after_a_year_cue_inside_a_clause_names_no_edition():
    text = (
        "SINGAPORE (VNA) - The Shangri-La Dialogue opened on May 30 with 550 delegates.\n"
        "Vietnam has sent delegations to the Dialogue every year since 2005."
    )
    assert event("en", text)[0] == "XXXX-05-30"
    assert event("en", "The Hue Festival 2024 opened on June 7 in Hue.")[0] == "2024-06-07"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The first summit was held in Riyadh in October 2023. Leaders met again on Tuesday."),
        ("fr", "Le premier sommet s'est tenu à Riyad en octobre 2023. Les dirigeants se sont réunis mardi."),
        ("id", "KTT pertama digelar di Riyadh pada Oktober 2023. Para pemimpin bertemu lagi pada Selasa."),
    ],
)
def test_a_month_and_year_is_no_day_of_that_month(code: str, text: str) -> None:
    # "October 2023" once read as 20 October, with the year lost
    date, _ = event(code, text, "2025-05-28")
    assert date == "2025-05-27"


def test_a_year_only_a_cue_gives_yields_to_the_one_that_fits_the_publication_date():
    # "kinerja tahun 2025" is what the conference reviews; it was held on Thursday 8 January 2026
    text = (
        "Hanoi (VNA) - Menteri meminta sektor kesehatan bekerja keras pada konferensi peninjauan "
        "kinerja tahun 2025 yang diselenggarakan di Hanoi pada Kamis (8/1)."
    )
    assert event("id", text, "2026-01-08")[0] == "2026-01-08"
    # with no publication date the cue's year is all there is
    assert event("id", text)[0] == "2025-01-08"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "The conference closed on June 30. Ministers will meet again at a follow-up forum in 2027."),
        ("fr", "La conférence s'est achevée le 30 juin. Le prochain sommet se tiendra en 2027."),
        ("vi", "Hội nghị bế mạc ngày 30/6. Hội nghị tiếp theo sẽ được tổ chức vào năm 2027."),
    ],
)
def test_the_year_of_a_later_meeting_does_not_date_this_one(code: str, text: str) -> None:
    assert event(code, text)[0] == "XXXX-06-30"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "en",
            "CAIRO, May 18 (VNA) - Leaders and representatives of the 18 member states of the regional "
            "league gathered in Amman on Saturday for the regional summit.",
        ),
        (
            "es",
            "EL CAIRO, 18 may (VNA) - Los líderes y representantes de los 18 Estados miembros de la liga "
            "regional se reunieron en Amán el sábado para la cumbre regional.",
        ),
    ],
)
def test_the_day_the_delegates_gathered_outweighs_the_day_of_filing(code: str, text: str) -> None:
    assert event(code, text, "2025-05-18")[0] == "2025-05-17"


def test_a_same_day_report_keeps_its_only_date():
    # the one date is the page's own day, which alone is no reason to drop it
    text = (
        "JAKARTA, KOMPAS.com - Presiden membuka Rapat Koordinasi Nasional Pengendalian Inflasi 2025 "
        "di Istana Negara, Jakarta, Kamis (24/7/2025)."
    )
    assert event("id", text, "2025-07-24")[0] == "2025-07-24"


def test_the_day_a_law_took_effect_is_not_the_meetings():
    text = (
        "October 19, 2025 - 09:02\n"
        "The deputy prime minister was speaking on Saturday at a conference of the regional "
        "council in the city, the council's first meeting since the mergers took effect on July 1."
    )
    assert event("en", text, "2025-10-19")[0] == "2025-10-18"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (
            "es",
            "Lima, 3 mar (EFE).- La reunión preparatoria de la cumbre andina concluyó este martes en Lima. "
            "Durante dos días, los ministros se reunieron en la Cancillería para preparar la cumbre, que se "
            "celebrará del 20 al 22 de abril en Cusco.",
        ),
        (
            "en",
            "LIMA, March 3 (VNA) - The preparatory ministerial meeting closed in Lima on March 3. The "
            "two-day meeting prepared the Andean summit, scheduled for April 20-22 in Cusco.",
        ),
    ],
)
def test_a_later_meetings_span_does_not_date_the_report_that_prepares_it(code: str, text: str):
    # the span of days is stated with the summit's name and verbs, but a future cue stands before it
    date, _ = event(code, text, "2026-03-03")
    assert date is not None and date.startswith("2026-03")


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        (
            "en",
            "NAIROBI, June 5 (VNA) - The two-day regional water forum closed in Nairobi on June 5 with "
            "a joint statement on river basins.",
            ("2026-06-04", "2026-06-05"),
        ),
        (
            "es",
            "Quito, 5 jun (EFE).- El foro regional del agua clausuró este viernes en Quito tras dos "
            "jornadas de debates sobre cuencas.",
            ("2026-06-04", "2026-06-05"),
        ),
        (
            "vi",
            "Chiều 5/6, Diễn đàn nước khu vực đã bế mạc tại Nairobi sau ba ngày làm việc.",
            ("2026-06-03", "2026-06-05"),
        ),
        # a span stated with the closing says it all: no day is moved back
        (
            "vi",
            "Chiều 5/6, Diễn đàn nước khu vực đã bế mạc sau ba ngày làm việc (từ ngày 3-5/6).",
            ("2026-06-03", "2026-06-05"),
        ),
    ],
)
def test_a_closing_day_and_the_events_length_give_its_first_day(code: str, text: str, expected):
    assert event(code, text, "2026-06-06") == expected


def test_the_days_of_the_meeting_that_preceded_it_are_not_the_events():
    text = (
        "NAIROBI, June 8 (VNA) - The African water summit opened in Nairobi on June 8. The summit was "
        "preceded by the ministerial council, held on June 5 and 6 at the same venue."
    )
    date, _ = event("en", text, "2026-06-09")
    assert date == "2026-06-08"


def test_the_day_a_closing_verb_governs_beats_a_preceding_meetings_days():
    text = (
        "ACCRA - The regional trade summit wrapped up Sunday at the International Conference Centre "
        "in Accra with a joint declaration.\nThe summit followed the ministerial council, held on "
        "Thursday and Friday at the same venue."
    )
    date, _ = event("en", text, "2026-06-07")
    assert date == "2026-06-07"


@pytest.mark.parametrize(
    ("code", "text", "published", "expected"),
    [
        # the year a body was founded dates no meeting: the dateline's day keeps an unknown year
        (
            "ar",
            "الرباط في 12 مارس /وكالة/ افتتح المجلس اليوم أعمال دورته العادية الثلاثين.\n"
            "يذكر أن المجلس أنشئ عام 1981 ويعقد دورة سنوية.",
            None,
            "XXXX-03-12",
        ),
        (
            "en",
            "NAIROBI, March 12 - The council opened its 30th regular session on Thursday.\n"
            "The council, established in 1981, meets every year.",
            None,
            "XXXX-03-12",
        ),
        # a wire's numeric dateline, day then month ("الكويت - 9 - 3 (وكالة)")
        (
            "ar",
            "الكويت - 9 - 3 (وكالة) -- افتتح الاجتماع الوزاري اليوم أعماله لعام 2026 بمشاركة 20 دولة.",
            None,
            "2026-03-09",
        ),
        # a deadline in the dateline's sentence lends it no year ("hasta el 31 de diciembre de 2027")
        (
            "es",
            "Lima, 9 mar (EFE).- La cumbre acordó este lunes prorrogar hasta el 31 de diciembre de 2027 el "
            "acuerdo pesquero.\nEl precio del pescado cerró el viernes en 3 dólares.",
            "2026-03-09",
            "2026-03-09",
        ),
    ],
)
def test_years_and_days_no_meeting_holds_do_not_date_it(
    code: str, text: str, published: str | None, expected: str
) -> None:
    assert event(code, "Report\n" + text + "\n", published)[0] == expected


def test_a_line_of_only_a_date_dates_the_page():
    # "Vendredi 12 juin 2026" on its own line is the page's date: "jeudi" is the day before it
    text = (
        "Congrès\nVendredi 12 juin 2026\nLe 5e Congrès des cours des comptes africaines a pris fin jeudi à "
        "Lomé, après trois jours de travaux.\n"
    )
    assert event("fr", text) == ("2026-06-09", "2026-06-11")


def test_a_weekday_that_ends_a_places_name_is_no_weekday():
    # "Santo Domingo" names a city, no Sunday before the page's date
    text = (
        "Deportes / Santo Domingo 2026\nLa venezolana Ana Pérez, primera mujer al frente de la federación\n"
        "Por Luis Gómez Soto\nSanto Domingo, 22/07/2026 21:15\nLa venezolana Ana Pérez fue electa este "
        "miércoles 22 de julio presidenta de la federación regional de atletismo para el período "
        "2026-2030, durante la asamblea general celebrada en el hotel Embajador.\n"
    )
    assert event("es", text)[0] == "2026-07-22"


def test_the_eve_of_the_filing_day_dates_an_event_reported_the_day_after():
    text = (
        "Arroz\nCan Tho, 19 mar (Prensa Latina) Las autoridades fijaron una meta, según se acordó en "
        "una conferencia celebrada la víspera en la ciudad de Can Tho.\n"
    )
    assert event("es", text, "2027-03-19")[0] == "2027-03-18"
    text = (
        "Riz\nCan Tho, 19 mars - Les autorités ont fixé un objectif lors d'une conférence tenue la veille.\n"
    )
    assert event("fr", text, "2027-03-19")[0] == "2027-03-18"
