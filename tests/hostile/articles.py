"""Realistic conference articles from templates, so hostile tests start from what briefgen expects.

Each language has one report template with slots for the place, date, chair, head count and a
free sentence; :func:`article` fills them deterministically from an index, so a test can make
2,000 distinct articles without random state and a failure names the article that broke it.
"""

from __future__ import annotations

from pathlib import Path

PLACES = ("Hue", "Bandung", "Lyon", "Da Nang", "Surabaya", "Rennes", "Can Tho", "Medan", "Nantes", "Vinh")
CHAIRS = ("Tran Van Binh", "Budi Santoso", "Claire Martin", "Le Thi Hoa", "Siti Rahma", "Paul Girard")

TEMPLATES = {
    "en": (
        "The provincial steering committee held a conference on {topic} in {place} on {day} June 2024. "
        "{chair}, Deputy Director of the Department, chaired the conference. "
        "The conference was attended by {delegates} delegates from {districts} districts. {extra} "
        "Delegates proposed an annual training course for commune officials."
    ),
    "fr": (
        "Le comité provincial a tenu une conférence sur {topic} à {place} le {day} juin 2024. "
        "M. {chair}, directeur adjoint du département, a présidé la conférence. "
        "{delegates} délégués venus de {districts} districts y ont participé. {extra} "
        "Les délégués ont proposé un cours annuel de formation pour les cadres communaux."
    ),
    "id": (
        "Komite provinsi menggelar konferensi tentang {topic} di {place} pada {day} Juni 2024. "
        "Bapak {chair}, Wakil Kepala Dinas, memimpin konferensi tersebut. "
        "Konferensi dihadiri {delegates} delegasi dari {districts} kabupaten. {extra} "
        "Para delegasi mengusulkan pelatihan tahunan bagi aparat desa."
    ),
    "vi": (
        "Ban chỉ đạo tỉnh tổ chức hội nghị về {topic} tại {place} ngày {day} tháng 6 năm 2024. "
        "Ông {chair}, Phó Giám đốc Sở, chủ trì hội nghị. "
        "Hội nghị có {delegates} đại biểu đến từ {districts} huyện tham dự. {extra} "
        "Các đại biểu đề xuất mở lớp tập huấn hằng năm cho cán bộ xã."
    ),
}
TOPICS = {
    "en": ("education", "public health", "digital transformation", "flood prevention"),
    "fr": ("l'éducation", "la santé publique", "la transformation numérique", "les inondations"),
    "id": ("pendidikan", "kesehatan masyarakat", "transformasi digital", "pencegahan banjir"),
    "vi": ("giáo dục", "y tế công cộng", "chuyển đổi số", "phòng chống lũ lụt"),
}
LANGUAGES = tuple(TEMPLATES)


def article(index: int, extra: str = "", language: str | None = None) -> str:
    """The text of article number ``index``: language, place, chair and numbers vary with it."""
    lang = language or LANGUAGES[index % len(LANGUAGES)]
    return TEMPLATES[lang].format(
        topic=TOPICS[lang][index % len(TOPICS[lang])],
        place=PLACES[index % len(PLACES)],
        day=1 + index % 28,
        chair=CHAIRS[index % len(CHAIRS)],
        delegates=50 + (index * 7) % 400,
        districts=3 + index % 12,
        extra=extra,
    )


def write_articles(folder: Path, count: int, extra: str = "") -> list[Path]:
    """Write ``count`` articles as .txt files into ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"article-{index:04d}.txt"
        path.write_text(article(index, extra), encoding="utf-8")
        paths.append(path)
    return paths
