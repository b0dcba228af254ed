"""Event titles (issue #10): the event's own name in English, whatever the article's language.

The unit tests use small sentences of my own in each language, one per part of the mechanism
(event noun, modifiers, topics, acronyms, ordinals, countries, the fallback); the end-to-end tests
build every dev set and the seeds and check each briefing's title is English, then that reports of
one event share the key words grouping compares, and that look-alike events keep their ordinals apart.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from briefgen_plugins.lang_ar.profile import PROFILE as AR
from briefgen_plugins.lang_en.profile import PROFILE as EN
from briefgen_plugins.lang_es.profile import PROFILE as ES
from briefgen_plugins.lang_fr.profile import PROFILE as FR
from briefgen_plugins.lang_id.profile import PROFILE as ID
from briefgen_plugins.lang_vi.profile import PROFILE as VI
from langutil import analyse_text

import briefgen
from briefgen.analysis.event import TitleReader, is_english_title
from briefgen.analysis.language import installed_profiles
from briefgen.grouping.features import _event_name
from briefgen.pipeline import analyse_article, expand_inputs, load_articles
from briefgen.plugins import get_registry

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seeds"
DEV_SETS = ["general_a", "general_b", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"]


def title(profile, *texts: str, date: str | None = "2025-06-04", place: str | None = None) -> str:
    return TitleReader(profile).title(list(texts), date, place)


@pytest.mark.parametrize(
    ("profile", "text", "expected"),
    [
        # the noun decides the kind; a longer noun wins over the shorter one inside it
        (VI, "Sáng 4/6 khai mạc Hội nghị cấp cao ASEAN lần thứ 52 tại Viêng Chăn.", "52nd ASEAN Summit"),
        (ES, "Comenzó ayer la 52ª Cumbre de la ASEAN en Vientián.", "52nd ASEAN Summit"),
        (FR, "Le 52e Sommet de l'ASEAN s'est ouvert mercredi à Vientiane.", "52nd ASEAN Summit"),
        (ID, "KTT ASEAN ke-52 dibuka di Vientiane pada Rabu.", "52nd ASEAN Summit"),
        (AR, "افتتحت قمة آسيان الثانية والخمسين في فيينتيان.", "52nd ASEAN Summit"),
        # modifiers before the topic, the pack's topic words, the name's own year
        (VI, "UBND tỉnh tổ chức Hội chợ thương mại quốc tế năm 2026.", "International Trade Fair 2026"),
        (
            FR,
            "Le Forum international sur la transformation numérique a réuni 300 experts.",
            "International Digital Transformation Forum 2025",
        ),
        (
            ID,
            "Pameran pariwisata internasional tahun 2026 digelar pekan ini.",
            "International Tourism Fair 2026",
        ),
        # Roman numerals and ordinals written as words
        (VI, "Đại hội Đảng bộ tỉnh lần thứ XV khai mạc sáng nay.", "15th Party Congress"),
        (AR, "انطلقت الدورة الثالثة عشرة للجمعية الوطنية.", "13th National Assembly Session"),
        # the parties of a bilateral meeting, named in any language the world data knows
        (ES, "Se celebró el Foro de Negocios Vietnam-Japón en Osaka.", "Vietnam-Japan Business Forum 2025"),
        (ID, "Forum Bisnis Vietnam-Jepang berlangsung di Osaka.", "Vietnam-Japan Business Forum 2025"),
        (AR, "عقد منتدى الأعمال الفيتنامي الياباني في أوساكا.", "Vietnam-Japan Business Forum 2025"),
        # an edition written as a word, before or after the noun, and acronyms joined by hyphens
        (
            FR,
            "La troisième Conférence internationale s'est ouverte à Nice.",
            "3rd International Conference",
        ),
        (ES, "La segunda Cumbre ASEAN-CCG se celebró en Yakarta.", "2nd ASEAN-CCG Summit"),
        (ID, "KTT ASEAN-Jepang kedua digelar di Tokyo.", "2nd ASEAN-Japan Summit"),
        (
            VI,
            "Hội nghị Cấp cao ASEAN-GCC-Nhật Bản lần thứ ba diễn ra tại Tokyo.",
            "3rd ASEAN-GCC-Japan Summit",
        ),
        # a noun with its pronoun glued on ("دورته": its session) still names the event
        (AR, "اختتم مجلس الوزراء العرب دورته الـ47 في تونس.", "47th Session"),
        # "the first ... since" numbers no edition
        (ID, "Dewan menggelar Sidang Luar Biasa Pertama setelah pemilu di Medan.", "Session 2025"),
    ],
)
def test_a_name_is_rendered_in_english(profile, text, expected):
    assert title(profile, text) == expected


def test_an_english_report_keeps_the_name_as_written():
    text = (
        "Ministers met at the 31st Asia-Pacific Economic Cooperation (APEC) Forum on Trade in Lima on Monday."
    )
    assert title(EN, text) == "31st Asia-Pacific Economic Cooperation (APEC) Forum on Trade"


def test_an_english_edition_word_becomes_its_number():
    assert title(EN, "The Sixth Mekong-Lancang Leaders' Meeting opened in Vientiane.").startswith("6th ")
    assert title(EN, "Leaders gathered for the inaugural ASEAN-GCC-Japan Summit in Tokyo.") == (
        "1st ASEAN-GCC-Japan Summit"
    )
    assert not title(EN, "It was the first summit since the pandemic, in Hanoi.").startswith("1st")


def test_an_english_lower_case_name_is_title_cased_and_ends_before_the_day():
    assert title(
        EN, "The province held its annual tourism promotion conference on Friday.", date="2026-03-06"
    ) == ("Annual Tourism Promotion Conference 2026")


def test_a_name_the_report_repeats_beats_one_it_mentions_once():
    texts = [
        "Đại biểu dự Hội thảo khoa học về chuyển đổi số.",
        "Tại phiên khai mạc, ông nhắc lại kết quả của Hội nghị thượng đỉnh G20 lần thứ 19.",
        "Hội thảo khoa học về chuyển đổi số kéo dài hai ngày.",
    ]
    assert title(VI, *texts) == "Scientific Digital Transformation Workshop 2025"


@pytest.mark.parametrize(
    ("profile", "text", "expected"),
    [
        (
            VI,
            "Sáng nay, Hội thảo về kỹ năng mềm cho thanh niên đã diễn ra sôi nổi.",
            "Workshop in Hoi An 2025",
        ),
        (FR, "Un séminaire sur la philatélie s'est tenu samedi.", "Seminar in Hoi An 2025"),
        (AR, "عقدت ندوة حول الخط العربي يوم السبت.", "Seminar in Hoi An 2025"),
    ],
)
def test_a_name_with_nothing_the_pack_translates_falls_back_to_kind_and_place(profile, text, expected):
    assert title(profile, text, place="Hoi An city, Quang Nam province") == expected


def test_no_event_noun_at_all_still_gives_an_english_title():
    assert title(VI, "Giá vàng hôm nay tăng mạnh.", place=None) == "Meeting 2025"


def test_is_english_title_rejects_source_words():
    assert is_english_title("47th ASEAN Summit", VI.stop_words)
    assert not is_english_title("Hội nghị xúc tiến đầu tư", VI.stop_words)
    assert not is_english_title("Forum sur la transformation", FR.stop_words)
    assert not is_english_title("Forum Bisnis dan Investasi", ID.stop_words)


def _stop_words(code: str) -> tuple[str, ...]:
    return next((p.stop_words for p in installed_profiles() if p.code == code), ())


@pytest.mark.parametrize("name", [*DEV_SETS, "blind_c", "seeds"])
def test_every_briefing_of_every_dev_set_has_an_english_title(name, tmp_path):
    folder = SEEDS if name == "seeds" else DATA / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is not present")
    report = briefgen.run([folder], tmp_path, formats=["json"])
    assert not report.failures
    briefings = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(tmp_path.glob("*.json"))]
    assert briefings
    for briefing in briefings:
        event_title = briefing["conference"]["title"]
        languages = {s["language"] for s in briefing["sources"]}
        stops = [w for code in languages for w in _stop_words(code)]
        assert event_title and is_english_title(event_title, stops), (briefing["id"], event_title)


def _titles(name: str) -> dict[str, str]:
    registry = get_registry()
    files, _ = expand_inputs([DATA / name])
    articles, _ = load_articles(files, registry, 10**7)
    return {Path(a.path).name: analyse_article(a).event.title for a in articles}


@pytest.mark.parametrize("name", ["general_a", "general_b"])
def test_reports_of_one_event_share_their_key_words_and_ordinal(name):
    clusters = json.loads((DATA / f"{name}_clusters.json").read_text(encoding="utf-8"))
    titles = _titles(name)
    groups: dict[str, list[str]] = {}
    for file, cluster in clusters.items():
        groups.setdefault(cluster, []).append(titles[file])
    shared = 0
    for members in (m for m in groups.values() if len(m) > 1):
        names = [_event_name(t) for t in members]
        words = set.intersection(*(set(w) for w, _ in names))
        ordinals = {o for _, o in names if o}
        assert len(ordinals) <= 1, members
        shared += bool(words - {"conference", "meeting", "session", "forum"})
    multi = sum(1 for m in groups.values() if len(m) > 1)
    assert shared >= multi - 2, groups  # all but the weakest pair share a word beyond the kind


def test_look_alike_summits_get_different_ordinals():
    titles = _titles("general_a")
    assert _event_name(titles["en_asean_summit_46_kl_vna.txt"])[1] == "46"
    for file in (
        "en_asean_summit_47_kl_vna.txt",
        "es_cumbre_asean_47_vnplus.txt",
        "ar_asean_summit_47_vna.txt",
    ):
        assert _event_name(titles[file])[1] == "47"


@pytest.mark.parametrize(
    ("code", "text", "unwanted"),
    [
        (  # a related-news link on its heading's line names another event
            "id",
            "Forum bisnis Indonesia-Jepang digelar di Tokyo pada Selasa.\n"
            "Para pengusaha menandatangani 12 nota kesepahaman.\n"
            "Baca juga: Presiden hadiri KTT ke-46 ASEAN di Kuala Lumpur",
            "46th",
        ),
        (  # the next meeting's name, with its own ordinal, is not this one's
            "id",
            "KTT ke-2 ASEAN-GCC digelar di Kuala Lumpur pada Selasa. "
            "KTT ke-3 akan diselenggarakan di Arab Saudi pada 2027.",
            "3rd",
        ),
        (
            "en",
            "The 2nd ASEAN-GCC Summit opened in Kuala Lumpur on Tuesday. "
            "The next summit, the 3rd ASEAN-GCC Summit, will be held in Riyadh in 2027.",
            "3rd",
        ),
        (  # a headline that names the edition a country will host ("abritera la 16e")
            "fr",
            "Le Sénégal abritera la 16e Conférence régionale de l'OMS en 2028\n"
            "DAKAR - Le Sénégal a été désigné jeudi pour accueillir en 2028 la 16e session de la "
            "Conférence régionale, à l'issue des travaux de la 15e session, tenue du 3 au 5 juin à Lomé.",
            "16th",
        ),
    ],
)
def test_another_events_name_does_not_title_the_report(code: str, text: str, unwanted: str) -> None:
    title = analyse_text(code, text).event.title
    assert unwanted not in title


def test_a_cued_year_far_from_any_event_noun_does_not_date_the_event():
    # "in 2024" dates trade figures in a sentence that also names the summit
    text = (
        "KUALA LUMPUR, May 27 (VNA) - Leaders attended the summit on May 27 afternoon. "
        "Addressing the summit, the premier said that trade between the two regions reached "
        "US$982 billion in 2024, up 4 percent."
    )
    assert analyse_text("en", text).event.date == "XXXX-05-27"


def test_the_merged_title_is_the_one_that_says_which_edition_or_body():
    from briefgen.merge import merge_event
    from briefgen.models import Article, Document, EventInfo

    def doc(title: str, language: str) -> Document:
        return Document(Article(title, f"{title}.txt", "x"), language, "x", event=EventInfo(title=title))

    generic, numbered = doc("General Assembly International Meeting", "ar"), doc("153rd IPU Assembly", "vi")
    event, _ = merge_event([generic, numbered])
    assert event.title == "153rd IPU Assembly"


@pytest.mark.parametrize(
    ("code", "text", "title"),
    [
        (
            "vi",
            "Việt Nam được chọn đăng cai Hội nghị các nhà sản xuất chè thế giới lần thứ 5\n\n"
            "Nairobi (TTXVN) - Hội nghị các nhà sản xuất chè thế giới lần thứ 4 đã bế mạc ngày 15/10 tại "
            "Nairobi, Kenya, sau ba ngày làm việc.",
            "4th",
        ),
    ],
)
def test_the_edition_a_country_is_chosen_to_host_is_a_later_one(code: str, text: str, title: str) -> None:
    assert analyse_text(code, text).event.title.startswith(title)


@pytest.mark.parametrize(
    ("profile", "text", "expected"),
    [
        # the English name in brackets, italic, with its acronym after a slash; the edition after it
        (
            ID,
            "Kepala badan itu memimpin delegasi pada Pertemuan Tingkat Menteri tentang Air Bersih "
            "(*Ministerial Meeting on Clean Water Supply*/MMCW) ke-6 di Dili, Senin (4/5).",
            "6th Ministerial Meeting on Clean Water Supply (MMCW)",
        ),
        (
            VI,
            "Hội nghị Bộ trưởng về cấp nước sạch lần thứ 6 (Ministerial Meeting on Clean Water Supply) "
            "khai mạc tại Dili.",
            "6th Ministerial Meeting on Clean Water Supply",
        ),
    ],
)
def test_an_english_name_the_report_gives_in_brackets_is_the_title(profile, text, expected):
    assert title(profile, text) == expected


def test_a_bracketed_name_of_a_preparatory_meeting_does_not_outrank_the_leads():
    """A meeting the body of the report mentions, with its English name in brackets ("Senior
    Officials Meeting"), is not the event the lead names."""
    lead = "Sidang ke-52 Dewan Menteri Luar Negeri OKI berlangsung di Tashkent pada 28-29 April 2026."
    later = "Sidang didahului pertemuan pejabat senior (Senior Officials Meeting/SOM) pada 26-27 April."
    got = title(ID, lead, "Para menteri menyetujui anggaran.", "Sidang ditutup.", later)
    assert "Senior Officials" not in got and got.startswith("52nd")
