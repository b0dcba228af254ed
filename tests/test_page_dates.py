"""The page's own date read from its masthead, dateline or stamp, and the weekday it resolves.

A report without a publication field still dates itself: a masthead ("L'Hebdo | N° 512 du
13/10/2026"), a dateline ("KOMPAS.ID, MEDAN – Jumat, 20 November 2026"), a stamp in Arabic-Indic
digits or with joining words ("9 de abril de 2027"). Each is publication-date evidence, so a
weekday ("dimanche dernier", "Hôm thứ Ba", "el jueves") resolves against it. Each article is written
for the test and run through the real language plugin.
"""

from __future__ import annotations

import pytest
from langutil import analyse_text, language

from briefgen import relevance
from briefgen.models import Article


@pytest.mark.parametrize(
    ("code", "text", "published", "date"),
    [
        (
            "fr",
            "L'Hebdo du Sud | Édition N° 512 du 13/10/2026\n\n"
            "Eau : les irrigants font le point\n\n"
            "Réunis dimanche dernier à Agadir, les membres du conseil national des irrigants ont "
            "adopté un plan d'économie d'eau, deux jours avant le salon agricole qui s'ouvre ce mardi.",
            "2026-10-13",
            "2026-10-11",
        ),
        (
            "id",
            "# Bupati se-Sumut Teken Kesepakatan\n\n"
            "**KOMPAS.ID, MEDAN** – Jumat, 20 November 2026\n\n"
            "Sebanyak 33 bupati menandatangani kesepakatan dalam rapat koordinasi yang digelar "
            "Kamis (19/11) di Kantor Gubernur Sumatera Utara.",
            "2026-11-20",
            "2026-11-19",
        ),
        (
            "ar",
            "الرباط - سعيد العلوي\n\nالجمعة ١٦ أكتوبر ٢٠٢٦ - ١٨:٢٠\n\n"
            "اختتمت يوم الخميس في الرباط أشغال المنتدى الوطني للماء بمشاركة ٤٠٠ خبير.",
            "2026-10-16",
            "2026-10-15",
        ),
        (
            "es",
            "Defensores del pueblo reunidos en Montevideo\n\nPor Ana Suárez\n\n9 de abril de 2027\n\n"
            "La asamblea de defensores del pueblo eligió el jueves a su nueva presidenta en Montevideo.",
            "2027-04-09",
            "2027-04-08",
        ),
        (
            "vi",
            "TTXVN | Thế giới | ASEAN\n14/10/2026 08:30 GMT+7\n\n"
            "Hôm thứ Ba, tại thủ đô Phnôm Pênh, Hội nghị quan chức cao cấp ASEAN về y tế đã diễn ra "
            "với sự tham dự của 90 đại biểu. Hội nghị lần thứ 12 sẽ được tổ chức tại Lào vào năm 2027.",
            "2026-10-14",
            "2026-10-13",
        ),
        (
            "es",
            "Productores de cacao piden un precio piso\n\nPor Ana Suárez\nRedacción Economía\n"
            "Hoja de ruta\n14 de octubre de 2026, 09:30 p. m.\n\nEl presidente de la alianza abrió este "
            "martes la primera sesión plenaria de la conferencia mundial, que se celebra hasta el jueves.",
            "2026-10-14",
            "2026-10-13",
        ),
        (
            "en",
            "Ministers adopt a declaration on river safety\n\nBy Lina Haddad - Nov 17,2026 - Last updated "
            "at Nov 17,2026\n\nRiver safety ministers from 12 countries on Tuesday adopted a declaration "
            "at the regional ministerial conference in Amman.",
            "2026-11-17",
            "2026-11-17",
        ),
    ],
)
def test_the_page_dates_itself_and_its_weekday(code: str, text: str, published: str, date: str) -> None:
    doc = analyse_text(code, text)
    assert doc.published == published
    assert doc.event.date == date


def test_a_menu_line_is_furniture_and_a_headline_is_no_lead() -> None:
    """The lead's weekday dates the event, not a weekday further down: the site's menu and the
    headline above the lead (long, but without a stop) are no prose."""
    doc = analyse_text(
        "en",
        "Home | National | Regional | Business | Opinion | Photos\n\n"
        "Health ministers adopt Phnom Penh Declaration on primary care for rural districts\n\n"
        "By Dara Sok\nFriday October 16, 2026\n\n"
        "Health ministers from across Southeast Asia on Thursday adopted a declaration on primary care.\n\n"
        "The ministers also agreed that Laos will host the next meeting in 2027.\n\n"
        "Earlier in the week, senior health officials met in Phnom Penh on Tuesday to prepare the "
        "ministerial meeting.",
    )
    assert "Home | National | Regional | Business | Opinion | Photos" in doc.removed
    assert doc.event.date == "2026-10-15"


def test_an_article_naming_only_another_kind_of_event_is_about_a_meeting() -> None:
    """ "congrès", "sesión": the pack's other event nouns say an article reports a meeting, as
    whole words only."""
    kept = analyse_text("es", "Los delegados cerraron la sesión con un llamado a la unidad.")
    other = analyse_text("es", "El equipo local ganó por dos goles con una obsesión por el ataque.")
    assert relevance.has_event_cue(kept)
    assert not relevance.has_event_cue(other)


@pytest.mark.parametrize(
    ("code", "text", "published", "dates"),
    [
        # a wire's dated dateline files the report: its weekday is the last such day before it
        (
            "ar",
            "نواكشوط، 26 نوفمبر 2026 (الوكالة الموريتانية للأنباء) - اختتمت اليوم أعمال قمة الصيد البحري "
            "التي انطلقت يوم الثلاثاء بمشاركة 300 مندوب.",
            None,
            ("2026-11-24", None),
        ),
        # a weekday a decision verb governs outweighs the dateline's day of filing
        (
            "es",
            "Lima, 3 jun (Andina).- Los ministros de Pesca aprobaron el martes la Agenda Pesquera Andina "
            "2027-2031 en la reunión del consejo, informó hoy la Cancillería.",
            "2027-06-03",  # the record's publication date
            ("2027-06-01", None),
        ),
        # a weekday written with its date is one expression: "hasta el jueves 21 de mayo" ends the span
        (
            "es",
            "Martes 19 de mayo de 2026 | 4:35 p. m.\n\nCon 250 delegados, inició este martes en Punta Cana "
            "la conferencia regional de guardacostas, que se extenderá hasta el jueves 21 de mayo.",
            None,
            ("2026-05-19", "2026-05-21"),
        ),
        # the day it opened, not the day it ended, is the event's date
        (
            "fr",
            "Nouakchott, 05/05/2026 (AMI) -\n\nLes travaux de la table ronde régionale sur la pêche, ouverte "
            "lundi au Centre international de conférences de Nouakchott, ont pris fin ce mardi par "
            "l'adoption d'une déclaration.",
            None,
            ("2026-05-04", "2026-05-05"),
        ),
    ],
)
def test_a_reports_own_days_beat_its_filing_day(
    code: str, text: str, published: str | None, dates: tuple[str, str | None]
) -> None:
    doc = language(code).analyse(Article(id="t", path="t.txt", text=text, published=published))
    assert (doc.event.date, doc.event.date_end) == dates


@pytest.mark.parametrize(
    ("code", "text", "dates"),
    [
        # an earlier edition's days ("avait eu lieu ... du 12 au 14 novembre 2025") are not this one's;
        # a long byline with its date dates the page, and a breadcrumb with ">" is furniture
        (
            "fr",
            "FRATERNITÉ SOIR\nAccueil > Économie > Agro-industrie\n\nLes planteurs se retrouvent à Man\n"
            "Publié le mercredi 8 juillet 2026 | Par Awa Koné, envoyée spéciale à Man, avec la rédaction\n\n"
            "La ville est depuis mardi le point de ralliement des planteurs d'hévéa de la sous-région, venus "
            "de six pays pour leur assemblée générale.\n\n"
            "Pour mémoire, la 4e Assemblée générale avait eu lieu à Kumasi, au Ghana, du 12 au 14 "
            "novembre 2025.",
            ("2026-07-07", None),
        ),
        # "ouverts mardi ..., ont pris fin jeudi": Tuesday opened it, whatever the closing verb near it
        (
            "fr",
            "Publié le 09/07/2026 à 18h25\n\nABIDJAN, 9 juil (AIP) - Les travaux de la 5e Assemblée "
            "générale de l'Alliance des planteurs, ouverts mardi à l'hôtel Ivoire, ont pris fin jeudi avec "
            "l'élection d'un nouveau président. Ces assises de trois jours ont réuni 420 délégués.",
            ("2026-07-07", "2026-07-09"),
        ),
        # a page line between dots is furniture; the closing day and the length said right after it
        (
            "id",
            "# Ekspo Kopi 2026 Ditutup\n\n**Pos Timur** · Ekonomi · Senin, 24 Agustus 2026\n\n"
            "MANADO — Gelaran Ekspo Kopi Sulawesi 2026 resmi ditutup pada Minggu malam di Manado.\n\n"
            "Selama empat hari, pameran itu mencatat transaksi Rp18,3 miliar.",
            ("2026-08-20", "2026-08-23"),
        ),
        # a dateline without a year, the year of the event's name ("Expo (SHIE) 2026"), "yesterday"
        (
            "en",
            "KUALA LUMPUR, Aug 21 (Bernama) -- Malaysian firms expect sales at the Sulawesi Coffee Expo "
            "(SCE) 2026 in Manado, Indonesia, which opened yesterday and runs until Sunday.",
            ("2026-08-20", None),
        ),
    ],
)
def test_an_events_own_days_among_an_earlier_editions_and_the_pages(
    code: str, text: str, dates: tuple[str, str | None]
) -> None:
    doc = analyse_text(code, text)
    assert doc.event.date == dates[0]
    assert dates[1] is None or doc.event.date_end == dates[1]


def test_an_until_day_that_closes_another_events_range_is_not_this_ones_end() -> None:
    """The range in "qui s'ouvrira mardi ... jusqu'au 16 octobre" is the congress's, not the council's."""
    text = (
        "Publié le 12/10/2026 à 19h05\n\nLe Conseil exécutif de la commission, réuni dimanche à "
        "Marrakech pour sa 77e session, a désigné Tachkent pour le prochain congrès.\n\n"
        "La réunion intervient à la veille du 27e Congrès mondial, qui s'ouvrira mardi dans la même "
        "enceinte et doit réunir plus de 2.000 participants jusqu'au 16 octobre."
    )
    doc = analyse_text("fr", text)
    assert (doc.event.date, doc.event.date_end) == ("2026-10-11", None)


@pytest.mark.parametrize(
    ("code", "text", "dates"),
    [
        # "hasta este miércoles" on a Tuesday: the Wednesday after the first day, not the last one
        (
            "es",
            "12/05/2026 18:47 CET\n\nRabat, 12 may (AIN).- Fiscales de 41 países reclamaron este martes "
            "mecanismos más ágiles durante la conferencia internacional de fiscales, que se celebra hasta "
            "este miércoles en la capital marroquí.",
            ("2026-05-12", "2026-05-13"),
        ),
        # the eve of the day the text has just named, not of the filing day
        (
            "fr",
            "Publié le 14/05/2026 à 10h32\n\nLa deuxième conférence internationale des procureurs a clôturé "
            "ses travaux mercredi 13 mai à Rabat. La rencontre, ouverte la veille à l'hôtel Sofitel, a "
            "réuni plus de 260 participants.",
            ("2026-05-12", "2026-05-13"),
        ),
        # a closing verb after the event's long name, and its length: the first day
        (
            "vi",
            "11/06/2026 20:15\n\nJakarta, 11/6 - Chiều 11/6, Hội nghị Bộ trưởng Y tế châu Á - Thái Bình "
            "Dương về sốt xuất huyết đã bế mạc tại Nusa Dua, sau ba ngày làm việc.",
            ("2026-06-09", "2026-06-11"),
        ),
    ],
)
def test_an_events_last_day_counted_from_its_other_days(code: str, text: str, dates: tuple[str, str]) -> None:
    doc = analyse_text(code, text)
    assert (doc.event.date, doc.event.date_end) == dates
