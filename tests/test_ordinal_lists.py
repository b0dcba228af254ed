"""Issue #12: a list numbered by ordinal words gives one outcome per item, each carrying who asked.

Reports number a speaker's requests with words ("pertama, ...; kedua, ...", "d'abord ..., ensuite
...") with no colon before them, or write each item as a sentence of its own ("Thứ nhất, ... . Thứ
hai, ..."). Every example here is written for this test, one or more per language pack.
"""

from __future__ import annotations

import time

import pytest

from briefgen.analysis.outcomes import OutcomeReader
from briefgen.models import Article, Outcome, Person
from briefgen.plugins import get_registry


def reader(code: str) -> OutcomeReader:
    return get_registry().languages[code].analyser.outcomes


def read(code: str, sentences: list[str], speaker: str) -> list[Outcome]:
    return reader(code).outcomes("a1", sentences, [Person(speaker, native=(speaker,))])


# (language, sentence, its lead, its items): no colon before the list, markers of one series
IN_ONE_SENTENCE = [
    (
        "en",
        "Minister Alan Brooks asked the provinces first, to repair every school damaged by the floods; "
        "second, to train two hundred rescue workers; and finally, to report to the ministry by June.",
        "Minister Alan Brooks asked the provinces",
        [
            "to repair every school damaged by the floods",
            "to train two hundred rescue workers",
            "to report to the ministry by June",
        ],
    ),
    (
        "en",
        "Governor Maria Lopez urged the districts firstly to expand rural clinics, and secondly to hire "
        "more midwives.",
        "Governor Maria Lopez urged the districts",
        ["to expand rural clinics", "to hire more midwives"],
    ),
    (
        "id",
        "Menteri Budi Santoso meminta pemerintah daerah yakni pertama, memperbaiki jalan desa yang rusak; "
        "kedua, membangun gudang pangan di setiap kecamatan; dan ketiga, melatih petugas penyuluh pertanian.",
        "Menteri Budi Santoso meminta pemerintah daerah yakni",
        [
            "memperbaiki jalan desa yang rusak",
            "membangun gudang pangan di setiap kecamatan",
            "melatih petugas penyuluh pertanian",
        ],
    ),
    (
        "vi",
        "Bộ trưởng Lê Văn Nam yêu cầu thứ nhất, các bộ hoàn thành cải cách thủ tục hành chính trong năm "
        "nay; thứ hai, các tỉnh đẩy nhanh giải ngân vốn đầu tư công.",
        "Bộ trưởng Lê Văn Nam yêu cầu",
        [
            "các bộ hoàn thành cải cách thủ tục hành chính trong năm nay",
            "các tỉnh đẩy nhanh giải ngân vốn đầu tư công",
        ],
    ),
    (
        "vi",
        "Bộ trưởng Lê Văn Nam đề nghị các địa phương một là mở rộng mạng lưới trạm y tế xã, hai là tăng "
        "cường đào tạo bác sĩ gia đình.",
        "Bộ trưởng Lê Văn Nam đề nghị các địa phương",
        ["mở rộng mạng lưới trạm y tế xã", "tăng cường đào tạo bác sĩ gia đình"],
    ),
    (
        "fr",
        "Le ministre Paul Martin a demandé aux régions d’abord de rénover les écoles rurales, ensuite de "
        "recruter des enseignants de mathématiques, enfin de publier un bilan chaque année.",
        "Le ministre Paul Martin a demandé aux régions",
        [
            "de rénover les écoles rurales",
            "de recruter des enseignants de mathématiques",
            "de publier un bilan chaque année",
        ],
    ),
    (
        "fr",
        "Le ministre Paul Martin a proposé premièrement une hausse du budget des hôpitaux, deuxièmement un "
        "plan national pour les maisons de santé.",
        "Le ministre Paul Martin a proposé",
        ["une hausse du budget des hôpitaux", "un plan national pour les maisons de santé"],
    ),
    (
        "fr",
        "Le ministre Paul Martin a demandé aux préfets en premier lieu de fermer les plages polluées, en "
        "second lieu d'informer les maires chaque semaine.",
        "Le ministre Paul Martin a demandé aux préfets",
        ["de fermer les plages polluées", "d'informer les maires chaque semaine"],
    ),
    (
        "es",
        "El ministro Carlos Ruiz pidió a las provincias en primer lugar, reparar los hospitales dañados por "
        "el terremoto; en segundo lugar, contratar a mil enfermeras; y por último, presentar un informe "
        "antes de diciembre.",
        "El ministro Carlos Ruiz pidió a las provincias",
        [
            "reparar los hospitales dañados por el terremoto",
            "contratar a mil enfermeras",
            "presentar un informe antes de diciembre",
        ],
    ),
    (
        "ar",
        "وطالب الوزير أحمد سالم المحافظات أولا، بإصلاح المدارس المتضررة من الفيضانات؛ ثانيا، بتدريب ألف "
        "معلم جديد؛ ثالثا، بتقديم تقرير قبل نهاية العام.",
        "وطالب الوزير أحمد سالم المحافظات",
        ["بإصلاح المدارس المتضررة من الفيضانات", "بتدريب ألف معلم جديد", "بتقديم تقرير قبل نهاية العام"],
    ),
    (
        "ar",
        "واقترح الوزير أحمد سالم أولاً تعزيز التعاون في مجال الطاقة المتجددة، وثانياً إنشاء صندوق مشترك "
        "للاستثمار.",
        "واقترح الوزير أحمد سالم",
        ["تعزيز التعاون في مجال الطاقة المتجددة", "إنشاء صندوق مشترك للاستثمار"],
    ),
]


@pytest.mark.parametrize(("code", "sentence", "lead", "items"), IN_ONE_SENTENCE, ids=lambda v: v[:12])
def test_ordinal_words_cut_one_sentence_into_items_that_keep_the_lead(
    code: str, sentence: str, lead: str, items: list[str]
) -> None:
    speaker = lead.split(maxsplit=2)[-1].split()[0]  # a word of the speaker's name stands for them
    outcomes = read(code, [sentence], speaker)
    assert [o.text for o in outcomes] == [f"{lead}: {item}" for item in items]
    # the first item quotes its lead with it, as one verbatim span; every later one itself, then the lead
    assert sentence.startswith(outcomes[0].evidence[0].quote)
    assert outcomes[0].evidence[0].quote.endswith(items[0])
    assert [[e.quote for e in o.evidence] for o in outcomes[1:]] == [[item, lead] for item in items[1:]]
    assert all(e.quote in sentence for o in outcomes for e in o.evidence)
    assert len({o.kind for o in outcomes}) == 1 and outcomes[0].kind in ("request", "proposal")
    assert {o.speaker for o in outcomes} == {speaker}


# (language, the lead sentence, each item sentence as its ordinal word and what it says, the kind)
IN_SENTENCES = [
    (
        "en",
        "Governor Maria Lopez made three proposals.",
        [
            ("First, ", "every district should open a shelter for flood victims"),
            ("Second, ", "the province should fund free school meals"),
            ("Finally, ", "volunteers should be trained each spring"),
        ],
        "proposal",
    ),
    (
        "id",
        "Gubernur Sari Dewi menyampaikan dua usulan.",
        [
            ("Pertama, ", "setiap desa membangun posyandu baru"),
            ("Kedua, ", "sekolah dasar mendapat bantuan buku"),
        ],
        "proposal",
    ),
    (
        "vi",
        "Bà Trần Thị Mai đề nghị các tỉnh tập trung vào hai nhiệm vụ.",
        [
            ("Thứ nhất, ", "hoàn thành việc sắp xếp các trường học trước tháng 9"),
            ("Thứ hai, ", "bảo đảm đủ giáo viên cho vùng núi"),
        ],
        "request",
    ),
    (
        "fr",
        "La ministre Claire Dubois a formulé deux propositions.",
        [
            ("Premièrement, ", "chaque commune doit ouvrir une maison de santé"),
            ("Deuxièmement, ", "l'État doit financer le transport scolaire"),
        ],
        "proposal",
    ),
    (
        "es",
        "La alcaldesa Ana Torres presentó dos propuestas.",
        [
            ("Primero, ", "cada barrio tendrá un centro cultural"),
            ("Segundo, ", "la ciudad ampliará el transporte público nocturno"),
        ],
        "proposal",
    ),
    (
        "ar",
        "وقدم الوزير أحمد سالم ثلاثة مقترحات.",
        [
            ("أولا، ", "إنشاء مركز إقليمي للتدريب المهني"),
            ("ثانيا، ", "توسيع شبكة النقل بين المدن"),
            ("وأخيرا، ", "دعم الشركات الناشئة في الأرياف"),
        ],
        "proposal",
    ),
]


@pytest.mark.parametrize(("code", "lead", "items", "kind"), IN_SENTENCES, ids=lambda v: v[:12])
def test_ordinal_sentences_after_a_lead_each_carry_its_speaker_and_act(
    code: str, lead: str, items: list[tuple[str, str]], kind: str
) -> None:
    speaker = lead.split()[2]  # a word of the speaker's name stands for them
    after = "The weather was fine."  # no item: the list ends before it
    outcomes = read(code, [lead, *(f"{mark}{item}." for mark, item in items), after], speaker)
    lead_text = lead.rstrip(".")
    assert [o.text for o in outcomes] == [f"{lead_text}: {item}" for _, item in items]
    assert [[e.quote for e in o.evidence] for o in outcomes] == [[item, lead_text] for _, item in items]
    assert {(o.kind, o.speaker) for o in outcomes} == {(kind, speaker)}


def test_a_sentence_after_the_lead_may_number_several_items_and_the_series_goes_on_after_it() -> None:
    lead = "Thủ tướng Lê Văn Nam nêu ba yêu cầu."
    sentences = [
        lead,
        "Thứ nhất, các bộ hoàn thành số hóa hồ sơ hành chính; thứ hai, các tỉnh mở rộng dịch vụ công.",
        "Thứ ba, doanh nghiệp nhỏ được hỗ trợ chuyển đổi số.",
        "Thứ hai, một ngày khác, trời mưa.",  # the series has gone past "thứ hai": no item
    ]
    outcomes = read("vi", sentences, "Lê Văn Nam")
    assert [o.text.split(": ", 1)[1] for o in outcomes] == [
        "các bộ hoàn thành số hóa hồ sơ hành chính",
        "các tỉnh mở rộng dịch vụ công",
        "doanh nghiệp nhỏ được hỗ trợ chuyển đổi số",
    ]
    assert {(o.kind, o.speaker) for o in outcomes} == {("request", "Lê Văn Nam")}
    assert [e.quote for e in outcomes[1].evidence] == ["các tỉnh mở rộng dịch vụ công", lead.rstrip(".")]


def test_a_noun_that_announces_a_list_is_no_outcome_without_one() -> None:
    # "usulan", "propositions" lead the items after them; alone they may report what someone else
    # proposed, and no item follows here
    weather = "Cuaca di Jakarta cerah."
    assert read("id", ["Usulan itu disambut baik oleh para peserta forum.", weather], "Sari") == []
    assert read("fr", ["La ministre Claire Dubois a formulé deux propositions.", weather], "Claire") == []
    # a lead that states an outcome by a cue of its own stays one when no item follows
    (outcome,) = read("en", ["Governor Maria Lopez made three proposals.", weather], "Maria")
    assert (outcome.kind, outcome.speaker) == ("proposal", "Maria")


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        # no series: a first without a second, or a second that follows no break
        ("en", "For the first time, the minister asked the second city to host the national fair."),
        ("en", "The minister asked the provinces first to finish the second phase of the railway project."),
        ("vi", "Bộ trưởng yêu cầu các tỉnh báo cáo vào thứ hai tuần tới về kết quả thứ nhất."),
        # a series that does not open with its first word
        ("id", "Menteri meminta daerah kedua, memperbaiki jalan; ketiga, membangun gudang pangan."),
    ],
)
def test_ordinal_words_that_number_nothing_keep_the_sentence_whole(code: str, sentence: str) -> None:
    (outcome,) = read(code, [sentence], "nobody")
    assert outcome.text == sentence.rstrip(".")


def test_an_item_inside_a_colon_list_loses_its_ordinal_word_and_keeps_its_lead() -> None:
    sentence = (
        "The minister called on the provinces to: first, repair every flooded school; second, open "
        "shelters in each district; and third, report to the ministry."
    )
    outcomes = read("en", [sentence], "nobody")
    lead = "The minister called on the provinces to"
    assert [o.text for o in outcomes] == [
        f"{lead}: repair every flooded school",
        f"{lead}: open shelters in each district",
        f"{lead}: report to the ministry",
    ]


def test_an_article_read_end_to_end_splits_its_numbered_requests() -> None:
    text = (
        "Menteri Budi Santoso membuka lokakarya pangan di Bandung\n"
        "Bandung, 3 Maret 2025 - Kementerian Pertanian menggelar lokakarya ketahanan pangan di Bandung.\n"
        "Dalam sambutannya, Menteri Budi Santoso meminta pemerintah daerah yakni pertama, memperbaiki jalan "
        "desa yang rusak; kedua, membangun gudang pangan di setiap kecamatan.\n"
        "Gubernur Sari Dewi menyampaikan dua usulan. Pertama, setiap desa membangun posyandu baru. Kedua, "
        "sekolah dasar mendapat bantuan buku pelajaran.\n"
    )
    document = get_registry().languages["id"].analyse(Article("a1", "a1.txt", text, language="id"))
    texts = [o.text.rsplit(": ", 1)[-1] for o in document.outcomes]
    assert texts == [
        "memperbaiki jalan desa yang rusak",
        "membangun gudang pangan di setiap kecamatan",
        "setiap desa membangun posyandu baru",
        "sekolah dasar mendapat bantuan buku pelajaran",
    ]
    assert all(e.quote in document.text for o in document.outcomes for e in o.evidence)


def test_a_megabyte_sentence_full_of_ordinal_words_is_read_in_one_pass() -> None:
    # every "first" opens a series and every "second" could go on with it: a search from each one
    # to the end of the sentence would take hours on this, one pass takes under a second
    sentence = "The minister asked the provinces " + "first, to act on the second phase; " * 30000 + "."
    started = time.perf_counter()
    (unit,) = reader("en").units(sentence)
    assert unit.text == sentence.strip(" .;")
    assert time.perf_counter() - started < 10


@pytest.mark.parametrize(
    ("code", "lead", "marks"),
    [
        (
            "id",
            "Menteri Budi Santoso menyampaikan empat instruksi kepada pemerintah daerah.",
            ("Pertama, ", "Kedua, "),
        ),
        ("en", "Minister Alan Brooks gave the provinces two instructions.", ("First, ", "Second, ")),
        ("fr", "Le ministre Paul Martin a fixé deux priorités.", ("Premièrement, ", "Deuxièmement, ")),
    ],
)
def test_a_lead_that_announces_instructions_or_priorities_opens_a_list(code: str, lead: str, marks) -> None:
    speaker = lead.split()[2]
    items = ["tenir une réunion chaque semaine", "publier les prix chaque jour"]
    outcomes = read(code, [lead, *(f"{m}{item}." for m, item in zip(marks, items, strict=True))], speaker)
    assert [o.text.split(": ", 1)[1] for o in outcomes] == items
