"""Arabic: the profile, all of the language's words and patterns as data."""

from __future__ import annotations

import re
from dataclasses import replace

from briefgen_plugins.lang_en.profile import ABBREVIATIONS, ACRONYM_BODIES, OFFICE_WORDS
from briefgen_plugins.lang_vi.shape import VIETNAMESE

from briefgen.analysis.bodies import compose
from briefgen.analysis.profile import Context, Furniture, Profile, Unit, counted, money

from .names import (
    _normalise,
    city_name,
    dateline_place,
    find_names,
    find_places,
    name_sounds,
    names_after_titles,
)
from .numbers import find_number_words

_HR = "حقوق الإنسان"


def nisba(country: str) -> tuple[str, ...]:
    """The adjectives of a country's Arabic name ("فيتنام" -> "الفيتنامي", "إندونيسيا" -> "الإندونيسية")."""
    stem = country.removeprefix("ال")
    stem = stem[:-1] if stem.endswith("ا") else stem
    stem = stem if stem.endswith("ي") else f"{stem}ي"  # "إندونيسيا": the stem already ends in "ي"
    return (f"ال{stem}", f"ال{stem}ة") if " " not in stem else ()


def _with_lam(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    """Each (cue, English) pair, and its form after the preposition "ل", which fuses with "ال" ("للدورة")."""
    return (*pairs, *((f"لل{cue[2:]}", english) for cue, english in pairs if cue.startswith("ال")))


# Ministries as a minister's title names them ("نائب وزير العمل": Deputy Minister of Labour).
_MINISTRIES = {
    "العمل ومعاقي الحرب والشؤون الاجتماعية": "Labour, Invalids and Social Affairs",
    "العمل": "Labour",
    "العدل": "Justice",
    "الخارجية": "Foreign Affairs",
    "الشؤون الخارجية": "Foreign Affairs",
    "الأمن العام": "Public Security",
    "الدفاع": "National Defence",
    "الداخلية": "Home Affairs",
    "الإعلام والاتصالات": "Information and Communications",
    "التعليم والتدريب": "Education and Training",
    "الصحة": "Health",
    "الثقافة والرياضة والسياحة": "Culture, Sports and Tourism",
    "التخطيط والاستثمار": "Planning and Investment",
    "الصناعة والتجارة": "Industry and Trade",
    "التجارة": "Trade",
    "المالية": "Finance",
    "العلوم والتكنولوجيا": "Science and Technology",
    "الزراعة والبيئة": "Agriculture and Environment",
    "الزراعة": "Agriculture",
    "الموارد الطبيعية والبيئة": "Natural Resources and Environment",
    "البيئة": "Environment",
    "النقل": "Transport",
    "الاقتصاد": "Economy",
}


def day_number(word: str) -> int | None:
    """A day of the month written as an ordinal word ("السابع" -> 7)."""
    found = find_number_words(word)
    value = found[0][2] if len(found) == 1 else ""
    return int(value) if value.isdigit() else None


# the stems of the adverbs that number a list's items, "أولا" (first) to "عاشرا" (tenth), then "أخيرا"
_ORDINAL_STEMS = ("أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر", "أخير")

PROFILE = Profile(
    code="ar",
    office_words=OFFICE_WORDS,
    abbreviations=ABBREVIATIONS,
    conjunction_clitic="و",
    role_articles=("السيد", "السيدة"),
    city_cues=("مدينة",),
    city_name_pattern=r"[\u0621-\u064a]+(?:\s[\u0621-\u064a]+)?",
    day_month_words=("من",),
    percent_words=("في المائة", "في المئة", "بالمائة", "بالمئة"),
    number_clitics="وبلف",
    capitals=VIETNAMESE.capitals,
    scale_words={
        "ألف": "thousand",
        "آلاف": "thousand",
        "الف": "thousand",
        "ألاف": "thousand",
        "مليون": "million",
        "ملايين": "million",
    },
    find_names=find_names,
    find_places=find_places,
    dateline_place=dateline_place,
    city_name=city_name,
    name_sounds=name_sounds,
    title_prefix="و|ف",
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
        "ولي العهد": "Crown Prince",
        "الملك": "King",
        "الملكة": "Queen",
        "أمير": "Emir",
        "السلطان": "Sultan",
        "نائب رئيس الوزراء": "Deputy Prime Minister",
        "رئيس الوزراء": "Prime Minister",
        **{f"نائب وزير {k}": f"Deputy Minister of {v}" for k, v in _MINISTRIES.items()},
        **{f"وزير {k}": f"Minister of {v}" for k, v in _MINISTRIES.items()},
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
        "الأمين العام": "Secretary-General",
        "عضو": "Member",
        "السفير": "Ambassador",
        "سفير": "Ambassador",
    },
    bodies=(
        *ACRONYM_BODIES,
        (r"(?:لل|ال)أمم المتحدة", "United Nations"),
        (r"(?:لل|ال)جمعية الوطنية", "National Assembly"),
        (r"[لب]?مجلس الدولة", "State Council"),
        (r"(?:لل|ال)مفوضية الأوروبية", "European Commission"),
        (r"(?:لل|ال)اتحاد الأوروبي", "European Union"),
        (r"[لب]?مجلس التعاون(?: الخليجي| لدول الخليج العربية)?", "Gulf Cooperation Council"),
        (r"(?:لل|ال)اتحاد الأفريقي", "African Union"),
        (r"[لب]?منظمة التعاون الإسلامي", "Organisation of Islamic Cooperation"),
        (r"(?:لل|ال)جامعة العربية|[لب]?جامعة الدول العربية", "Arab League"),
        (r"(?:لل|ال)منتدى الاقتصادي العالمي", "World Economic Forum"),
        (r"(?:لل|ال)حزب الشيوعي", "Communist Party"),
        (r"(?:لل|ال)بعثة الدائمة", "Permanent Mission"),
        (
            r"(?:لل|ال)لجنة الدائمة (?:للحزب الإقليمي|للجنة الحزب(?:ية)? الإقليمية)",
            "Standing Committee of the {place} Provincial Party Committee",
        ),
        (r"[لو]?اتحاد التجارة والصناعة", "Chamber of Commerce and Industry"),
        (
            r"(?:لل|ال)لجنة المركزية لجبهة الوطن(?: الفيتنامية)?",
            "Central Committee of the Vietnam Fatherland Front",
        ),
        (r"(?:ال|ل)?جبهة الوطن(?: الفيتنامية)?", "{place} Vietnam Fatherland Front"),
        (
            r"(?:لل|ال)لجنة الاقتصادية والمالية(?: للجمعية الوطنية)?",
            "Economic and Financial Committee of the National Assembly",
        ),
        (r"ل?آسيان|لرابطة آسيان|رابطة آسيان", "ASEAN"),
        *compose(
            (
                ("(?:ال)?إدارة {domain}", "{place} Department of {domain}"),
                ("[بول]?وزارة {domain}", "Ministry of {domain}"),
            ),
            {
                "العدل": "Justice",
                "الشؤون الخارجية|الخارجية": "Foreign Affairs",
                "الإعلام والاتصالات": "Information and Communications",
                "التعليم والتدريب": "Education and Training",
                "العمل ومعاقي الحرب والشؤون الاجتماعية": "Labour, Invalids and Social Affairs",
                "الداخلية": "Home Affairs",
                "الصحة": "Health",
                "العلوم والتكنولوجيا": "Science and Technology",
            },
            (
                ("في المقاطعة", "Provincial"),
                ("بالمقاطعة", "Provincial"),
                ("الإقليمية", "Provincial"),
                ("في المدينة", "City"),
                ("بالمدينة", "City"),
            ),
        ),
        (r"(?:ال|ل)?لجنة الشعبية (?:للمقاطعة|للمدينة)", "{place} Provincial People's Committee"),
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
    ministry_word="وزارة",
    envoy_words=("لدى",),
    of_clitic="ل",
    demonym_endings=("ة",),
    role_ends=("يرحب", "رحب", "مع", "يستقبل", "استقبل"),
    acts={
        "chaired": ("ترأس", "برئاسة", "رئاسة المؤتمر"),
        "opened": ("الافتتاحية", "افتتح", "الافتتاح"),
        "closed": ("الختامية", "اختتام", "ختام"),
        "presented": ("قدم ", "قدمت ", "عرض", "يطرحون"),
        "spoke": ("كلمته", "كلمة", "قال", "أكد", "شدد", "تحدث", "حدد"),
        "attended": ("حضر", "بحضور", "شارك"),
    },
    outcomes={
        "request": ("طلب", "طالب ", "طالبت", "دعا ", "دعت", "دعوا", "حث ", "حثت", "داعي", "حاث", "ناشد"),
        "proposal": ("اقترح", "أوصى", "توصيات"),
        "decision": (
            "قرر",
            "اتفق",
            "اعتمد",
            "أقروا",
            "أقرت",
            "أقر ",
            "وافق",
            "صادق",
            "وقع",
            "توقيع",
            "التوقيع",
            "من المقرر أن",
            "أطلق",
            "انتخب",
            "تم اعتماد",
            "تم إقرار",
        ),
        "commitment": ("ستواصل", "سيواصل", "سنواصل", "تعهد", "التزم", "ملتزم", "مستعد", "استعداد"),
        # "كلف " (tasked) with its space: "كلفة" is a cost
        "task": ("يتعين", "يجب", "ينبغي", "بحاجة", "ضرورة", "أهمية", "المهام", "تتطلب", "كلف "),
        "conclusion": ("فرصة", "منتدى", "قيود", "ترغب", "بتقدير", "تناول المؤتمر"),
    },
    # lists numbered by ordinal words ("أولا، ...؛ ثانيا، ..."), written with or without the tanween
    list_ordinals=tuple(tuple(stem + ending for stem in _ORDINAL_STEMS) for ending in ("ا", "اً", "ًا")),
    list_leads={"proposal": ("مقترحات", "اقتراحات", "أولويات"), "request": ("توجيهات", "تعليمات", "مهام")},
    not_outcomes=("بالتنسيق مع", "حضر الحفل", "وحضر"),
    units=(
        *money(
            {"مليار": "billion", "مليون": "million"},
            {"دونغ": "dong", "دونج": "dong", "دولار": "US dollars"},
        ),
        *counted(
            {
                "منطقة صناعية": "industrial parks",
                "مناطق صناعية": "industrial parks",
                "منطقة": "districts",
                "مناطق": "districts",
                "مؤسسة": "enterprises",
                "نقابة": "trade unions",
                "نقابات": "trade unions",
                "معلم": "teachers",
                "معلمين": "teachers",
                "شركة": "enterprises",
                "شركات": "enterprises",
                "شكوى": "complaints",
                "شكاوى": "complaints",
                "دورة": "sessions",
                "دورات": "sessions",
                "شخص": "people",
                "أشخاص": "people",
                "أسرة": "households",
                "أسر": "households",
                "بلدية": "communes",
                "بلديات": "communes",
                "قرية": "villages",
                "قرى": "villages",
                "طفل": "children",
                "أطفال": "children",
                "طالب": "students",
                "طلاب": "students",
                "صحفي": "journalists",
                "مراسل": "reporters",
                "وثيقة": "documents",
                "وثائق": "documents",
                "توصية": "recommendations",
                "توصيات": "recommendations",
                "حالة": "cases",
                "قضية": "cases",
                "قضايا": "cases",
                "مؤتمر": "conferences",
                "مؤتمرات": "conferences",
                "اجتماع": "meetings",
                "ندوة": "seminars",
                "ندوات": "seminars",
                "وحدة": "units",
                "وحدات": "units",
                "وزارة": "ministries",
                "وزارات": "ministries",
                "مجموعة عرقية": "ethnic groups",
                "قومية": "ethnic groups",
                "موقع": "websites",
                "حساب": "accounts",
                "ضحية": "victims",
                "ضحايا": "victims",
                "مستفيد": "beneficiaries",
                "قارئ": "readers",
                "مقال": "articles",
                "نادي": "clubs",
                "مسؤول": "officials",
                "كادر": "officials",
                "مدينة": "cities",
                "مدن": "cities",
            }
        ),
        Unit("مندوب", "delegates", "delegates", "attendance"),
        Unit("مشارك", "delegates", "participants", "attendance"),
        Unit("مقاطعة", "provinces", "provinces and cities", "attendance"),
        Unit("مقاطعات", "provinces", "provinces and cities", "attendance"),
        Unit("محافظة", "provinces", "provinces and cities", "attendance"),
        Unit("عامل", "workers", "workers", "social"),
        Unit("وظيفة", "jobs", "jobs created", "social"),
        Unit("فرصة عمل", "jobs", "jobs created", "social"),
        Unit("معاهد", "treaties", "treaties"),
        Unit("اتفاقي", "conventions", "conventions"),
        Unit("موضوع", "topics", "topics"),
        Unit("مواضيع", "topics", "topics"),
        Unit("مجموعات", "task groups", "groups of tasks"),
        Unit("مجالات", "priority areas", "priority areas"),
        Unit("عام", "years", "duration", "other"),
        Unit("سنة", "years", "duration", "other"),
        Unit("سنوات", "years", "duration", "other"),
        Unit("يوم", "days", "duration", "other"),
        Unit("أيام", "days", "duration", "other"),
        Unit("دول", "countries", "countries"),
    ),
    contexts=(
        Context("معدل النمو الاقتصادي", "economic growth rate", "economic"),
        Context("النمو", "growth rate", "economic"),
        Context("نمو اقتصادي", "economic growth rate", "economic"),
        Context("نمو الناتج المحلي", "GDP growth rate", "economic"),
        Context("نمو", "growth rate", "economic"),
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
        # figures (issue #10): the year that names a plan ("Vision 2045")
        Context("رؤية", "vision year", "plan"),
        Context("أجندة", "agenda year", "plan"),
        Context("برنامج", "programme year", "plan"),
        Context("استراتيجية", "strategy year", "plan"),
    ),
    place_cues=("مقاطعة", "محافظة", "في", "مدينة"),
    organise_cues=(r"قام(?:ت)? (?P<org>.{5,140}?) بالتنسيق مع (?P<org2>.{5,140}?) (?:لتنظيم|بتنظيم)",),
    topics=_with_lam(
        (
            ("العمال المهاجرين", "Migrant Workers"),
            ("العمال", "Workers"),
            ("الطفل", "Children"),
            ("الأطفال", "Children"),
            ("المرأة", "Women"),
            ("الأقليات العرقية", "Ethnic Minority"),
            ("المساعدة القانونية", "Legal Aid"),
            ("ذوي الإعاقة", "Persons with Disabilities"),
            ("الاتجار بالبشر", "Human Trafficking"),
            ("الدين", "Religion"),
            (_HR, "Human Rights"),
            ("الإعلام الخارجي", "External Information"),
            ("المعلومات الخارجية", "External Information"),
            ("ترويج الاستثمار", "Investment Promotion"),
            ("تعزيز الاستثمار", "Investment Promotion"),
            ("الترويج السياحي", "Tourism Promotion"),
            ("الاستثمار", "Investment"),
            ("التجارة", "Trade"),
            ("التجاري", "Trade"),
            ("السياحة", "Tourism"),
            ("العام الدراسي", "School Year"),
            ("التعليم", "Education"),
            ("الصحة", "Health"),
            ("أمراض القلب", "Cardiology"),
            ("تغير المناخ", "Climate Change"),
            ("المناخ", "Climate"),
            ("التحول الرقمي", "Digital Transformation"),
            ("الأعمال", "Business"),
            ("الاقتصادي", "Economic"),
            ("الزراعة", "Agriculture"),
            ("التعاون", "Cooperation"),
            ("الحدود", "Border"),
        )
    ),
    event_kinds=_with_lam((("تدريب", "Training"), ("التدريب", "Training"), ("تدريبي", "Training"))),
    furniture=Furniture(
        related=("اقرأ أيضا", "اقرأ أيضاً", "أخبار ذات صلة", "اقرأ المزيد"),
        ads=("إعلان",),
        comments=("تعليق", "تعليقات"),
        sources=("مصدر", "المصدر"),
        photos=("الصورة", "صورة"),
        galleries=("الصور", "صور"),
        date_leads=("في",),
    ),
    # the journalists a page credits (see briefgen.analysis.credits)
    credit_words={"الصورة": "photographer", "صورة": "photographer", "تصوير": "photographer"},
    byline_words={"بقلم": "reporter"},
    instructions=(r"(تجاهل|انس).{0,40}(التعليمات|تعليمات|الأوامر)",),
    place_words=(
        "مقاطعة",
        "محافظة",
        "مدينة",
        "ولاية",
        "إقليم",
        "في",
    ),
    title_stopwords=(
        "مؤتمر",
        "تدريب",
        "حقوق",
        "الإنسان",
        "حول",
        "في",
        "عام",
        "من",
        "على",
        "إلى",
        "مقاطعة",
    ),
    # outcomes (issue #12)
    speaker_pronouns=("وأضاف", "وتابع", "وأشار", "واقترح", "وطلب", "ودعا"),
    occasions={
        "opening": ("الافتتاحية", "افتتاح"),
        "closing": ("الختامية", "ختام", "اختتام"),
        "speech": ("كلمته", "كلمتها", "كلمة"),
    },
    background=(
        "الأهداف الرئيسية",
        "عرضًا حول",
        "في الآونة الأخيرة",
        "الوضع العالمي",
        "القوى المعادية ست",
    ),
    cue_clitics=("و", "ف"),
    # grounding (issue #13): words that support nothing in a model's phrase
    function_words=("في", "من", "على", "إلى", "عن", "مع", "هذا", "هذه", "التي", "الذي"),
    # --- places (issue #10) ---
    venue_cues=("في", "العاصمة", "مدينة", "بالعاصمة", "بمدينة"),
    venue_clitic="ب",
    venue_heads={
        "مركز": "Centre",
        "دار": "House",
        "قصر": "Palace",
        "قاعة": "Hall",
        "فندق": "Hotel",
        "حديقة": "Park",
        "مقر": "Headquarters",
        "مبنى": "Building",
        "ملعب": "Stadium",
        "ساحة": "Square",
        "مطار": "Airport",
        "أكاديمية": "Academy",
        "متحف": "Museum",
        "مسرح": "Theatre",
    },
    venue_adjectives={
        "الدولي": "International",
        "الوطني": "National",
        "الثقافي": "Cultural",
        "الإقليمي": "Provincial",
    },
    venue_nouns={
        "الجمعية الوطنية": "National Assembly",
        "المؤتمرات": "Conference",
        "المعارض": "Exhibition",
        "الأمم المتحدة": "UN",
        "الصحافة": "Press",
        "الرياضة": "Sports",
        "الصداقة": "Friendship",
    },
    # --- dates (issue #10) ---
    weekdays={
        "الاثنين": 0,
        "الإثنين": 0,
        "الثلاثاء": 1,
        "الأربعاء": 2,
        "الاربعاء": 2,
        "الخميس": 3,
        "الجمعة": 4,
        "السبت": 5,
        "الأحد": 6,
        "الاحد": 6,
    },
    # "اليوم" alone is also "the day" and "nowadays": today is taken with its time of day
    relative_days={"صباح اليوم": 0, "مساء اليوم": 0, "أمس": -1, "الأمس": -1},
    range_words=("إلى", "الى", "و", "حتى"),
    until_words=("حتى", "إلى غاية", "لغاية"),
    closing_verbs=("اختتم", "اختتمت", "اختتام", "ختام", "واختتم", "واختتمت", "في ختام"),
    durations={"يومين": 2, "ثلاثة أيام": 3, "أربعة أيام": 4, "خمسة أيام": 5, "يومان": 2},
    event_verbs=(
        *(
            v
            for w in ("عقد", "عُقد", "انعقد", "انطلق", "افتتح", "أقيم", "نظم", "بدأ", "اجتمع")
            for v in (w, "و" + w)
        ),
        "المنعقد",
        "يعقد",
        "تعقد",
        "يُعقد",
        "تُعقد",
        "تنعقد",
        "ينعقد",
        "افتتاح",
    ),
    future_cues=(
        *("المقبل", "المقبلة", "القادم", "القادمة", "سيعقد", "ستعقد", "سيستضيف", "ستستضيف"),
        *("المقرر عقده", "المقرر عقدها", "ستنعقد", "سينعقد"),
    ),
    target_cues=("بحلول", "بحلول عام", "حتى عام", "رؤية", "قبل"),
    past_cues=("العام الماضي", "العام السابق", "حيز التنفيذ"),
    period_cues=("زيارة", "الزيارة", "جولة", "سبقت", "سبقه", "سبقها"),
    # with the article or preposition glued on, as the nouns stand in a sentence
    date_nouns=tuple(
        p + n
        for n in ("مؤتمر", "منتدى", "قمة", "دورة", "اجتماع", "مهرجان", "معرض", "مناقشة")
        for p in ("ال", "لل", "بال")
    ),
    # --- figures (issue #10) ---
    time_cues=("الساعة",),
    share_of=("من",),
    currencies={"$": "US dollars", "دولار": "US dollars", "دونغ": "dong", "دونج": "dong", "يورو": "euros"},
    change_words={
        "ارتفع": "increase",
        "ارتفاع": "increase",
        "زيادة": "increase",
        "انخفض": "decrease",
        "انخفاض": "decrease",
        "تراجع": "decrease",
        "ليصل إلى": "",
        "لتصل إلى": "",
        "انخفض من": "",
        "ارتفع من": "",
    },
    # --- people (issue #10) ---
    demonym_affixes=("ال", "ي"),  # "الماليزي": Malaysian
)

# --- people (issue #10): foreign officials after the pack's own titles ---
# every word the pack itself uses (titles, bodies, cues), with or without its article, is a common
# word, never part of a name ("وزراء" as in "رئيس الوزراء")
# forms of address that stand before a name as a title does ("معالي الدكتور عبداللطيف بن راشد الزياني")
_NAME_LEADS = (
    "السيد", "السيدة", "معالي", "سعادة", "فخامة", "الدكتور", "الدكتورة", "صاحب السمو", "سمو", "الشيخ",
    "الشيخة", "الأستاذ", "المهندس",
)  # fmt: skip
_VOCABULARY = frozenset(
    form
    for w in re.findall(
        r"[\u0621-\u064a]+",
        repr(
            # weekdays and months too: "وقال عطاف الخميس" is Thursday, no family name
            (
                PROFILE.titles,
                PROFILE.ranks,
                PROFILE.bodies,
                PROFILE.acts,
                PROFILE.outcomes,
                _NAME_LEADS,
                tuple(PROFILE.weekdays),
                tuple(PROFILE.months),
            )
        ),
    )
    for form in (_normalise(w), _normalise(w).removeprefix("ال"))
)
# nouns of places and buildings written before their name: a Vietnamese-shaped name after one is the
# place's ("ساحة نغو مون", Ngo Mon square), not a person's
_PLACE_FEATURES = (
    "ساحة", "مستشفى", "جسر", "شارع", "قصر", "جزيرة", "جزر", "جبل", "معبد", "بوابة", "مطار", "ميناء",
    "قرية", "حديقة", "نهر", "بحيرة", "منطقة", "برنامج", "مجمع", "ملعب", "مركز",
)  # fmt: skip
PROFILE = replace(
    PROFILE,
    find_names=names_after_titles(
        [*PROFILE.titles, *PROFILE.ranks], PROFILE.demonym_affixes, _VOCABULARY, _PLACE_FEATURES, _NAME_LEADS
    ),
    # --- titles (issue #10) ---
    event_nouns=_with_lam(
        (
            ("مؤتمر القمة", "Summit"),
            ("القمة", "Summit"),
            ("قمة", "Summit"),
            ("مؤتمر صحفي", "Press Conference"),
            ("المؤتمر الصحفي", "Press Conference"),
            ("مؤتمر", "Conference"),
            ("المؤتمر", "Conference"),
            ("منتدى", "Forum"),
            ("المنتدى", "Forum"),
            ("المناقشة العامة", "General Debate"),
            ("الدورة", "Session"),
            ("دورة", "Session"),
            # with the pronoun glued on, as "its session" ("يختتم دورته الـ165")
            ("دورته", "Session"),
            ("دورتها", "Session"),
            ("معرض", "Exhibition"),
            ("المعرض", "Exhibition"),
            ("مهرجان", "Festival"),
            ("ورشة عمل", "Workshop"),
            ("ورشة", "Workshop"),
            ("ندوة", "Seminar"),
            ("الندوة", "Seminar"),
            ("حوار", "Dialogue"),
            ("الاجتماع", "Meeting"),
            ("اجتماع", "Meeting"),
        )
    ),
    event_modifiers=_with_lam(
        (
            ("آسيان", "ASEAN"),
            ("الآسيان", "ASEAN"),
            ("الأمم المتحدة", "UN"),
            ("الجمعية العامة", "General Assembly"),
            ("الجمعية الوطنية", "National Assembly"),
            ("المنتدى الاقتصادي العالمي", "World Economic Forum"),
            ("الأبطال الجدد", "New Champions"),
            ("دافوس", "Davos"),
            ("السنوي", "Annual"),
            ("السنوية", "Annual"),
            ("الوطني", "National"),
            ("الوطنية", "National"),
            ("الدولي", "International"),
            ("الدولية", "International"),
            ("الإقليمي", "Regional"),
            ("الإقليمية", "Regional"),
            ("العلمي", "Scientific"),
            ("رفيعة المستوى", "High-level"),
            ("رفيع المستوى", "High-level"),
        )
    ),
    name_ordinals=(r"ال[ـ]?(?P<n>\d{1,3})(?!\d)",),
    ordinal_word_prefix="ال",
    name_ends=(*("التي", "الذي", "في", "يوم", "خلال", "تحت", "بمشاركة", "المنعقدة", "المنعقد"),),
    country_forms=nisba,
    stop_words=(*("في", "من", "على", "إلى", "حول", "مع", "عن", "و", "التي", "الذي", "هذا", "هذه"),),
)
