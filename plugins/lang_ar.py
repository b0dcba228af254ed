"""Arabic: the words and patterns of Arabic-language reports on Vietnamese conferences.

Names and places are Vietnamese words transcribed by ear; they are found and romanised by
:mod:`briefgen.analysis.arabic_names`. Number words (cardinals, ordinals, duals such as
"موضوعين") come from :mod:`briefgen.analysis.arabic_numbers`.
"""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.arabic_numbers import find_number_words
from briefgen.analysis.engine import LazyLanguage
from briefgen.analysis.profile import Context, Profile, Unit

_HR = "حقوق الإنسان"


def day_number(word: str) -> int | None:
    """A day of the month written as an ordinal word ("السابع" -> 7)."""
    found = find_number_words(word)
    value = found[0][2] if len(found) == 1 else ""
    return int(value) if value.isdigit() else None


PROFILE = Profile(
    code="ar",
    script="arabic",
    months={
        "يناير": 1,
        "فبراير": 2,
        "مارس": 3,
        "أبريل": 4,
        "ابريل": 4,
        "إبريل": 4,
        "مايو": 5,
        "يونيو": 6,
        "يونيه": 6,
        "يوليو": 7,
        "يوليه": 7,
        "أغسطس": 8,
        "اغسطس": 8,
        "سبتمبر": 9,
        "أكتوبر": 10,
        "اكتوبر": 10,
        "نوفمبر": 11,
        "ديسمبر": 12,
        "كانون الثاني": 1,
        "شباط": 2,
        "آذار": 3,
        "نيسان": 4,
        "أيار": 5,
        "حزيران": 6,
        "تموز": 7,
        "آب": 8,
        "أيلول": 9,
        "تشرين الأول": 10,
        "تشرين الثاني": 11,
        "كانون الأول": 12,
    },
    number_word_spans=find_number_words,
    qualifiers={
        "أكثر من": "more than",
        "ما يقرب من": "nearly",
        "حوالي": "about",
        "نحو": "about",
        "قرابة": "nearly",
    },
    year_cues=("في عام", "عام", "لعام", "العام"),
    date_lead="في",
    doc_date_cues=("المؤرخ", "المؤرخة", "بتاريخ", "الصادر في", "الصادرة في"),
    day_words=day_number,
    conference_words=("مؤتمر", "ندوة", "منتدى", "ورشة"),
    ranks={
        "اللواء": "Major General",
        "الفريق": "Lieutenant General",
        "الفريق أول": "Colonel General",
        "العميد": "Brigadier General",
        "العقيد": "Colonel",
        "المقدم": "Lieutenant Colonel",
        "الجنرال": "General",
    },
    titles={
        "نائب رئيس الوزراء": "Deputy Prime Minister",
        "رئيس الوزراء": "Prime Minister",
        "نائب وزير": "Deputy Minister",
        "نائبة وزير": "Deputy Minister",
        "وزير": "Minister",
        "وزيرة": "Minister",
        "نائب الرئيس الدائم": "Standing Vice Chairman",
        "نائب الرئيس": "Vice Chairman",
        "نائب رئيس": "Deputy Head",
        "نائبة رئيس": "Deputy Head",
        "رئيس": "Head",
        "رئيسة": "Head",
        "نائب مدير": "Deputy Director",
        "نائبة مدير": "Deputy Director",
        "مدير": "Director",
        "مديرة": "Director",
        "نائب الأمين العام الدائم": "Standing Deputy Secretary",
        "نائب الأمين العام": "Deputy Secretary",
        "الأمين العام": "Secretary",
        "عضو": "Member",
        "السفير": "Ambassador",
        "سفير": "Ambassador",
    },
    bodies=(
        (
            rf"المكتب (?:الحكومي )?الدائم (?:للحكومة )?(?:لشؤون |ل){_HR}",
            "Government Standing Office for Human Rights",
        ),
        (
            rf"المكتب الدائم للجنة التوجيهية الحكومية ل{_HR}",
            "Standing Office of the Government Steering Committee for Human Rights",
        ),
        (
            rf"المكتب الدائم للجنة التوجيهية (?:الإقليمية )?ل{_HR}",
            "Standing Office of the Human Rights Steering Committee",
        ),
        (
            rf"(?:ال|ل)?لجنة التوجيهية الحكومية ل{_HR}|لجنة توجيه {_HR} الحكومية",
            "Government Steering Committee for Human Rights",
        ),
        (
            rf"(?:ال|ل)?لجنة التوجيهية (?:الإقليمية )?ل{_HR}|لجنة توجيه {_HR} الإقليمية",
            "{place} Provincial Human Rights Steering Committee",
        ),
        (r"(?:ال|ل)?لجنة التوجيهية للإعلام الخارجي", "{place} Steering Committee for External Information"),
        (r"(?:ال|ل)?لجنة الشعبية (?:الإقليمية|لمقاطعة)", "{place} Provincial People's Committee"),
        (r"(?:ال|ل)?لجنة الحزب(?:ية)? الإقليمية", "{place} Provincial Party Committee"),
        (r"مجلس الشعب الإقليمي", "{place} Provincial People's Council"),
        (r"إدارة الدعاية المركزية", "Central Propaganda Department"),
        (r"إدارة الشؤون الخارجية", "Foreign Affairs Department"),
        (r"إدارة الإعلام الخارجي", "Department of External Information"),
        (r"إدارة السياسة الخارجية", "Foreign Policy Department"),
        (r"إدارة المنظمات الدولية", "Department of International Organisations"),
        (r"[بول]?وزارة الأمن العام", "Ministry of Public Security"),
        (r"[بول]?وزارة الخارجية", "Ministry of Foreign Affairs"),
        (r"[بول]?وزارة الإعلام والاتصالات", "Ministry of Information and Communications"),
        (r"[بول]?وزارة العدل", "Ministry of Justice"),
        (r"[بول]?وزارة الدفاع", "Ministry of National Defence"),
    ),
    joiners=("في", "مقاطعة", "محافظة", "و"),
    acts={
        "chaired": ("ترأس", "برئاسة", "رئاسة المؤتمر"),
        "opened": ("الافتتاحية", "افتتح", "الافتتاح"),
        "closed": ("الختامية", "اختتام", "ختام"),
        "presented": ("قدم ", "قدمت ", "عرض", "يطرحون"),
        "spoke": ("كلمته", "كلمة", "قال", "أكد", "شدد", "تحدث", "حدد"),
        "attended": ("حضر", "بحضور", "شارك"),
    },
    outcomes={
        "request": ("طلب", "دعا ", "حث "),
        "proposal": ("اقترح", "أوصى", "توصيات"),
        "decision": ("قرر المؤتمر", "اتفق المشاركون"),
        "task": ("يتعين", "يجب", "ينبغي", "بحاجة", "ضرورة", "أهمية", "المهام", "تتطلب"),
        "conclusion": ("فرصة", "منتدى", "قيود", "ترغب", "بتقدير", "تناول المؤتمر"),
    },
    not_outcomes=("بالتنسيق مع", "حضر الحفل", "وحضر"),
    units=(
        Unit("مندوب", "delegates", "delegates", "attendance"),
        Unit("مشارك", "delegates", "participants", "attendance"),
        Unit("مقاطعة", "provinces", "provinces and cities", "attendance"),
        Unit("محافظة", "provinces", "provinces and cities", "attendance"),
        Unit("عامل", "workers", "workers given new jobs", "social"),
        Unit("وظيفة", "jobs", "jobs created", "social"),
        Unit("فرصة عمل", "jobs", "jobs created", "social"),
        Unit("معاهد", "treaties", "treaties"),
        Unit("اتفاقي", "conventions", "conventions"),
        Unit("موضوع", "topics", "topics"),
        Unit("مواضيع", "topics", "topics"),
        Unit("مجموعات", "task groups", "groups of tasks"),
        Unit("مجالات", "priority areas", "priority areas"),
        Unit("عام", "years", "years", "other"),
        Unit("سنة", "years", "years", "other"),
        Unit("سنوات", "years", "years", "other"),
        Unit("يوم", "days", "days", "other"),
        Unit("أيام", "days", "days", "other"),
        Unit("دول", "countries", "countries"),
    ),
    contexts=(
        Context("معدل النمو الاقتصادي", "economic growth rate", "economic"),
        Context("النمو", "growth rate", "economic"),
        Context("معدل الفقر", "poverty rate", "social"),
        Context("الفقر", "poverty rate", "social"),
        Context("المعيار", "period of the standard", "period"),
        Context("الفترة", "term", "period"),
        Context("القرار رقم", "resolution number", "legal_reference"),
        Context("الاستنتاج رقم", "conclusion number", "legal_reference"),
        Context("رقم", "document number", "legal_reference"),
        Context("حتى عام", "target year", "term"),
        Context("المرتبة", "national ranking", "rank"),
        Context("المؤتمر الوطني", "National Party Congress", "ordinal"),
        Context("الذكرى", "anniversary", "ordinal"),
        Context("الدورة", "session", "ordinal"),
    ),
    place_cues=("مقاطعة", "محافظة", "في", "مدينة"),
    organise_cues=(r"قام(?:ت)? (?P<org>.{5,140}?) بالتنسيق مع (?P<org2>.{5,140}?) (?:لتنظيم|بتنظيم)",),
    topics=(
        (_HR, "Human Rights"),
        ("الإعلام الخارجي", "External Information"),
        ("المعلومات الخارجية", "External Information"),
    ),
    event_kinds=(("الوطني", "National"), ("تدريب", "Training"), ("التدريب", "Training")),
)


@hookimpl
def register_languages(register):
    register(LazyLanguage(PROFILE))
