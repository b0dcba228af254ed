"""Issue #12: outcomes of events of every kind, in every language, and none from a dateline.

Summits adopt declarations, assemblies pass laws, forums sign memoranda and parties pledge what they
will do: each language pack names these acts, so the reader keeps them as decisions and commitments,
while a report's opening dateline sentence, which only names the event, gives no task or conclusion.
The sentences are written for these tests.
"""

from __future__ import annotations

import pytest
from briefgen_plugins.summariser_extractive import rank_outcomes

from briefgen.models import Article, Document, Evidence, Outcome
from briefgen.plugins import get_registry
from briefgen.templating import outcome_frame


def kinds(language: str, *sentences: str) -> dict[str, str | None]:
    """Each sentence's outcome kind, when the analysis of an article of these sentences found one."""
    text = "Report\n" + "\n".join(sentences) + "\n"
    document = get_registry().languages[language].analyse(Article("k1", "k1.txt", text, language=language))
    assert isinstance(document, Document)
    found = {o.evidence[0].quote: o.kind for o in document.outcomes}
    return {s: next((k for q, k in found.items() if q in s), None) for s in sentences}


CASES = {
    "en": {
        "The two port authorities signed five memoranda of understanding on logistics.": "decision",
        "The assembly also approved a budget of 40 million dollars for flood defences.": "decision",
        "The delegation stands ready to host the next round of talks in 2027.": "commitment",
        "She said the agency would open three regional offices before the end of the year.": "commitment",
        "He also tasked the provincial police with drafting a storm plan within a month.": "task",
        "The ministry launched a national portal for export licences.": "decision",
        "We commit to issuing building permits within ten working days.": "commitment",
    },
    "fr": {
        "Le ministre a aussi appelé les universités à ouvrir des filières en robotique.": "request",
        "Les deux villes sont convenues de jumeler leurs ports de pêche.": "decision",
        "Le conseil a également adopté une charte sur la qualité de l'air.": "decision",
        "La région s'est engagée à planter un million d'arbres d'ici 2030.": "commitment",
        "Le maire a annoncé l'ouverture de deux lignes de tramway en 2027.": "commitment",
        "Les délégations se sont engagées à réduire les emballages plastiques.": "commitment",
    },
    "es": {
        "Los alcaldes firmaron tres acuerdos de hermanamiento entre ciudades costeras.": "decision",
        "La provincia se comprometió a reducir a cinco días los trámites de licencias.": "commitment",
        "El ministro invitó a las empresas a invertir en puertos secos.": "request",
        "Los ministros pidieron más fondos para las escuelas rurales.": "request",
        "El plan de movilidad fue aprobado por unanimidad.": "decision",
    },
    "id": {
        "Kedua kota menandatangani empat nota kesepahaman di bidang pariwisata bahari.": "decision",
        "Pemerintah daerah siap membantu investor membangun pelabuhan perikanan baru.": "commitment",
        "Ia mengajak para pengusaha berinvestasi di sektor energi terbarukan.": "request",
        "Kementerian meluncurkan aplikasi perizinan ekspor yang baru.": "decision",
        "Gubernur menegaskan pemerintah akan membangun dua sekolah kejuruan baru.": "commitment",
        "Sidang secara resmi mengadopsi piagam kerja sama kesehatan kawasan.": "decision",
        "Thailand ditetapkan sebagai tuan rumah pertemuan tahun depan.": "decision",
        # what the event itself will do is its programme
        "Pameran itu akan berlangsung selama tiga hari di alun-alun kota.": None,
    },
    "vi": {
        "Hội đồng nhân dân tỉnh đã thông qua 12 nghị quyết về phát triển nông nghiệp.": "decision",
        "Hai bên đã ký kết 6 thỏa thuận hợp tác về du lịch biển.": "decision",
        "Tỉnh cam kết rút ngắn thời gian cấp phép đầu tư xuống còn 10 ngày.": "commitment",
        "Tỉnh phát động phong trào trồng một triệu cây xanh.": "decision",
        "Nghị quyết được thông qua với 95% đại biểu tán thành.": "decision",
        "Chủ tịch tỉnh khẳng định tỉnh sẽ mở thêm hai tuyến xe buýt điện trong năm tới.": "commitment",
        "Thủ tướng giao Bộ Tài chính hoàn thiện đề án trước tháng 6.": "task",
        "Ông Trần Văn Nam được bầu làm Chủ tịch Hội đồng nhân dân tỉnh.": "decision",
        "Hội chợ sẽ diễn ra trong ba ngày tại quảng trường trung tâm.": None,
        # "thông qua" also means "through": no outcome without the assembly's act
        "Du khách tìm hiểu văn hóa địa phương thông qua các lễ hội truyền thống.": None,
    },
    "ar": {
        "واعتمد الوزراء خطة العمل الإقليمية للفترة 2026-2030 بشأن المياه.": "decision",
        "وأكد الوزير أن بلاده ستواصل دعم مشاريع الطاقة المتجددة في المنطقة.": "commitment",
        "ووقعت الشركتان مذكرة تفاهم لإنشاء مصنع للألواح الشمسية.": "decision",
        "ودعت الوزيرة الدول المانحة إلى زيادة تمويل التكيف.": "request",
        "وتم اعتماد البيان الختامي بالإجماع في نهاية الاجتماع.": "decision",
        "وطالب الوزير البلديات بنشر خرائط الفيضانات قبل موسم الأمطار.": "request",
        "وكلف رئيس الوزراء وزارة المالية بإعداد خطة للتمويل الأخضر.": "task",
        # a cost ("كلفة") is no task
        "وبلغت كلفة المشروع 40 مليون دولار.": None,
    },
}


@pytest.mark.parametrize("language", sorted(CASES))
def test_adoptions_signings_and_pledges_are_outcomes_in_every_language(language: str) -> None:
    expected = CASES[language]
    assert kinds(language, *expected) == expected


def test_a_commitment_is_framed_as_one_and_ranks_after_proposals() -> None:
    pledge = Outcome("x", "commitment", "en", (Evidence("a1", "x"),), speaker="Le Thi Hoa")
    assert outcome_frame(pledge) == "Commitment stated by Le Thi Hoa:"
    # the speaker reports what the assembly decided, and is not said to have decided it
    passed = Outcome("x", "decision", "vi", speaker="Tran Van Minh", occasion="closing")
    assert outcome_frame(passed) == "Decision stated by Tran Van Minh, in the closing speech:"
    assert outcome_frame(Outcome("x", "commitment", "en")) == "Commitment:"
    task = Outcome("y", "task", "en", (Evidence("a1", "y"),), speaker="Le Thi Hoa")
    proposal = Outcome("z", "proposal", "en", (Evidence("a1", "z"),), speaker="Le Thi Hoa")
    assert [o.kind for o in rank_outcomes([task, pledge, proposal], places=0)] == [
        "proposal",
        "commitment",
        "task",
    ]


def test_a_dateline_sentence_names_the_event_and_sets_no_task_or_conclusion() -> None:
    naming = "HAI PHONG, May 3 (VNA) - The Forum for Coastal Cities opened on May 3 with 300 delegates."
    tasks = "CAN THO - The city held a conference to launch tasks for the 2025 flood season."
    agreed = "DA NANG, May 3 (VNA) - The mayors agreed to share flood warnings every hour."
    said = "The mayor said the meeting was a forum for cities to share their flood maps."
    assert kinds("en", naming, tasks, agreed, said) == {
        naming: None,
        tasks: None,
        agreed: "decision",
        said: "conclusion",
    }


def test_a_photo_caption_in_markdown_is_no_outcome() -> None:
    caption = (
        "![The two governors signed the minutes of the meeting. (Photo: VNA)](https://example.org/p.jpg)"
    )
    signed = "The two governors signed the minutes of the meeting on Friday."
    assert kinds("en", caption, signed) == {caption: None, signed: "decision"}


@pytest.mark.parametrize(
    ("code", "sentence"),
    [
        ("en", "Minister Tito Karnavian instructed regional administrations to hold weekly price meetings."),
        ("es", "El ministro instruyó a los gobiernos provinciales celebrar reuniones semanales de precios."),
        ("id", "Mendagri menginstruksikan pemerintah daerah menggelar rapat harga setiap pekan."),
    ],
)
def test_an_instruction_is_a_request(code: str, sentence: str) -> None:
    assert kinds(code, sentence) == {sentence: "request"}
