"""Vietnamese: the words and patterns of Vietnamese conference reports."""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.engine import LazyLanguage
from briefgen.analysis.profile import Context, Profile, Unit

_MINISTRIES = {
    "Bộ Tư pháp": "Ministry of Justice",
    "Bộ Công an": "Ministry of Public Security",
    "Bộ Ngoại giao": "Ministry of Foreign Affairs",
    "Bộ Quốc phòng": "Ministry of National Defence",
    "Bộ Thông tin (?:và|-) Truyền thông": "Ministry of Information and Communications",
    "Bộ Lao động - Thương binh và Xã hội": "Ministry of Labour, Invalids and Social Affairs",
    "Bộ Văn hóa, Thể thao và Du lịch": "Ministry of Culture, Sports and Tourism",
    "Bộ Nội vụ": "Ministry of Home Affairs",
}
_COMMITTEE = r"(?:Ủy|Uỷ) ban nhân dân|UBND"

PROFILE = Profile(
    code="vi",
    number_words={
        "hai": "2", "ba": "3", "bốn": "4", "sáu": "6", "bảy": "7", "tám": "8", "chín": "9",
        "mười": "10", "nửa": "0.5",
    },  # fmt: skip
    qualifiers={"hơn": "more than", "trên": "more than", "gần": "nearly", "khoảng": "about", "hàng": "about"},
    ordinal_cues=("khóa", "khoá", "Đại hội", "chu kỳ", "kỳ họp"),
    year_cues=("năm",),
    date_parts=("tháng", "ngày"),
    date_lead="ngày|sáng|chiều|tối|hôm",
    doc_date_cues=("ký", "ban hành", "TTg", "CP", "TW"),
    conference_words=("Hội nghị", "Hội thảo", "Tọa đàm", "Toạ đàm", "Diễn đàn", "Lớp tập huấn"),
    honorifics=("ông", "bà", "Ông", "Bà"),
    ranks={
        "Đại tướng": "General",
        "Thượng tướng": "Colonel General",
        "Trung tướng": "Lieutenant General",
        "Thiếu tướng": "Major General",
        "Đại tá": "Senior Colonel",
        "Thượng tá": "Colonel",
        "Trung tá": "Lieutenant Colonel",
        "Thiếu tá": "Major",
    },
    titles={
        "Phó Thủ tướng": "Deputy Prime Minister",
        "Thủ tướng": "Prime Minister",
        "Bộ trưởng": "Minister",
        "Thứ trưởng": "Deputy Minister",
        "Phó Chủ tịch Thường trực": "Standing Vice Chairman",
        "Phó Chủ tịch": "Vice Chairman",
        "Chủ tịch": "Chairman",
        "Phó Chánh": "Deputy Chief",
        "Chánh": "Chief",
        "Vụ trưởng": "Director",
        "Phó Vụ trưởng": "Deputy Director",
        "Cục trưởng": "Director General",
        "Phó Cục trưởng": "Deputy Director General",
        "Giám đốc": "Director",
        "Phó Giám đốc": "Deputy Director",
        "Phó Trưởng ban": "Deputy Head",
        "Trưởng ban": "Head",
        "Phó Trưởng": "Deputy Head",
        "Trưởng": "Head",
        "Ủy viên": "Member",
        "Uỷ viên": "Member",
        "Thành viên": "Member",
        "Tổng Bí thư": "General Secretary",
        "Phó Bí thư Thường trực": "Standing Deputy Secretary",
        "Phó Bí thư": "Deputy Secretary",
        "Bí thư": "Secretary",
        "Đại sứ": "Ambassador",
        "Chủ nhiệm": "Chairman",
        "Phó Chủ nhiệm": "Vice Chairman",
        "Nguyên Chủ tịch": "Former Chairman",
    },
    bodies=(
        (r"[Vv]ăn phòng [Tt]hường trực (?:về )?(?:Ban [Cc]hỉ đạo )?[Nn]hân quyền Chính phủ",
         "Standing Office of the Government Human Rights Steering Committee"),
        (r"Ban [Cc]hỉ đạo [Nn]hân quyền Chính phủ", "Government Human Rights Steering Committee"),
        (r"Ban [Cc]hỉ đạo [Nn]hân quyền", "{place} Human Rights Steering Committee"),
        (r"Vụ Hợp tác quốc tế", "International Cooperation Department"),
        (rf"(?:{_COMMITTEE}) tỉnh", "{place} Provincial People's Committee"),
        (r"Ban Thường vụ Tỉnh (?:ủy|uỷ)", "Standing Committee of the {place} Provincial Party Committee"),
        (r"Tỉnh (?:ủy|uỷ)", "{place} Provincial Party Committee"),
        (r"(?:HĐND|Hội đồng nhân dân) tỉnh", "{place} Provincial People's Council"),
        (r"Ban Tuyên giáo Trung ương", "Central Propaganda Department"),
        (r"Ban Chấp hành Trung ương Đảng", "Party Central Committee"),
        (r"Hội đồng Dân tộc của Quốc hội", "Ethnic Council of the National Assembly"),
        (r"Quốc hội", "National Assembly"),
        *((rf"\(?{k}\)?", v) for k, v in _MINISTRIES.items()),
    ),  # fmt: skip
    joiners=("của", "về", "tỉnh", "thành phố", "và"),
    acts={
        "chaired": ("đồng chủ trì", "chủ trì"),
        "opened": ("khai mạc",),
        "closed": ("bế mạc", "phát biểu kết luận", "kết luận hội nghị"),
        "presented": ("trình bày", "thuyết trình", "báo cáo chuyên đề"),
        "spoke": ("phát biểu", "cho biết", "nhấn mạnh", "khẳng định", " nói", "đánh giá cao", "đề nghị"),
        "attended": ("tham dự", "dự hội nghị", "có sự tham gia"),
    },
    outcomes={
        "request": ("đề nghị", "yêu cầu", "kêu gọi"),
        "proposal": ("đề xuất", "kiến nghị"),
        "decision": ("quyết định giao", "thống nhất", "nhất trí"),
        "task": ("cần ", "phải ", "nhiệm vụ", "tiếp tục"),
        "conclusion": ("là dịp", "là cơ hội", "diễn đàn", "hoàn thành", "thành công", "đánh giá cao", "hạn chế"),
    },
    not_outcomes=("hy vọng", "tham dự", "Về đại biểu"),
    units=(
        Unit("đại biểu", "delegates", "delegates", "attendance"),
        Unit("tỉnh", "provinces", "provinces and cities", "attendance"),
        Unit("lao động", "workers", "workers", "social"),
        Unit("việc làm", "jobs", "jobs created", "social"),
        Unit("điều ước", "treaties", "treaties"),
        Unit("công ước", "conventions", "conventions"),
        Unit("chuyên đề", "topics", "topics"),
        Unit("nhóm nhiệm vụ", "task groups", "task groups"),
        Unit("nhiệm vụ", "tasks", "tasks"),
        Unit("lĩnh vực ưu tiên", "priority areas", "priority areas"),
        Unit("năm", "years", "years", "other"),
        Unit("ngày", "days", "duration in days", "other"),
        Unit("quốc gia", "countries", "countries"),
    ),
    contexts=(
        Context("tăng trưởng kinh tế", "economic growth rate", "economic"),
        Context("tăng trưởng", "growth rate", "economic"),
        Context("nghèo", "poverty rate", "social"),
        Context("nhiệm kỳ", "term of office", "period"),
        Context("giai đoạn", "period", "period"),
        Context("Nghị quyết", "resolution number", "legal_reference"),
        Context("Quyết định", "decision number", "legal_reference"),
        Context("Kết luận", "conclusion number", "legal_reference"),
        Context("Chỉ thị", "directive number", "legal_reference"),
        Context("đến năm", "target year", "term"),
        Context("xếp thứ", "national ranking", "rank"),
    ),
    place_cues=("tỉnh", "thành phố", "tại", "TP"),
    organise_cues=(
        r"(?P<org>[A-ZĐ][^,.;]{5,140}?) phối hợp(?: với)? (?P<org2>[^,.;]{5,140}?) tổ chức",
        r"do (?P<org>[^,.;]{5,140}?) tổ chức",
    ),
    topics=(("nhân quyền", "Human Rights"), ("quyền con người", "Human Rights"),
            ("thông tin đối ngoại", "External Information"), ("ICCPR", "the ICCPR")),  # fmt: skip
    event_kinds=(("toàn quốc", "National"), ("tập huấn", "Training"), ("tổng kết", "Review"), ("sơ kết", "Review")),
)


@hookimpl
def register_languages(register):
    register(LazyLanguage(PROFILE))
