"""Indonesian: the words and patterns of Indonesian conference reports (VNA/Baoquocte style)."""

from __future__ import annotations

from briefgen import hookimpl
from briefgen.analysis.engine import LazyLanguage
from briefgen.analysis.profile import Context, Profile, Unit

_MINISTRIES = {
    "Luar Negeri": "Foreign Affairs",
    "Keamanan Publik": "Public Security",
    "Keamanan Umum": "Public Security",
    "Kehakiman": "Justice",
    "Hukum": "Justice",
    "Pertahanan": "National Defence",
    "Informasi dan Komunikasi": "Information and Communications",
    "Tenaga Kerja": "Labour, Invalids and Social Affairs",
    "Kebudayaan": "Culture, Sports and Tourism",
    "Pendidikan": "Education and Training",
    "Dalam Negeri": "Home Affairs",
}
_TITLES = {
    "Wakil Perdana Menteri": "Deputy Prime Minister",
    "Perdana Menteri": "Prime Minister",
    "Wakil Presiden": "Vice President",
    "Presiden": "President",
    "Mantan Presiden": "Former President",
    "Wakil Ketua Tetap": "Standing Vice Chairman",
    "Wakil Ketua": "Vice Chairman",
    "Ketua": "Chairman",
    "Wakil Kepala": "Deputy Head",
    "Kepala": "Head",
    "Direktur Jenderal": "Director General",
    "Wakil Direktur Jenderal": "Deputy Director General",
    "Wakil Direktur": "Deputy Director",
    "Direktur": "Director",
    "Anggota": "Member",
    "Sekretaris Jenderal": "Secretary-General",
    "Wakil Sekretaris Tetap": "Standing Deputy Secretary",
    "Wakil Sekretaris": "Deputy Secretary",
    "Sekretaris": "Secretary",
    "Duta Besar": "Ambassador",
    "Gubernur": "Governor",
    "Wakil Gubernur": "Vice Governor",
    "Wali Kota": "Mayor",
    "Juru Bicara": "Spokesperson",
    "Wakil Menteri": "Deputy Minister",
    "Menteri": "Minister",
    **{f"Wakil Menteri {k}": f"Deputy Minister of {v}" for k, v in _MINISTRIES.items()},
    **{f"Menteri {k}": f"Minister of {v}" for k, v in _MINISTRIES.items()},
}

PROFILE = Profile(
    code="id",
    months={
        m: i
        for i, m in enumerate(
            "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split(), 1
        )
    },
    number_words={
        "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6", "tujuh": "7",
        "delapan": "8", "sembilan": "9", "sepuluh": "10", "sebelas": "11", "dua belas": "12",
        "setengah": "0.5", "seratus": "100", "seribu": "1000",
    },  # fmt: skip
    qualifiers={"lebih dari": "more than", "hampir": "nearly", "sekitar": "about", "kurang lebih": "about"},
    ordinal_cues=("siklus", "sesi", "Kongres", "periode", "putaran"),
    year_cues=("pada tahun", "tahun"),
    date_lead="pada|tanggal|pada tanggal",
    doc_date_cues=("tertanggal", "bertanggal"),
    conference_words=("Konferensi", "Konperensi", "Seminar", "Lokakarya", "Rapat", "Sidang", "Forum", "Pertemuan"),
    honorifics=("Bapak", "Ibu", "Pak", "Bu", "Saudara", "Tuan", "Nyonya"),
    ranks={
        "Letnan Jenderal": "Lieutenant General",
        "Mayor Jenderal": "Major General",
        "Brigadir Jenderal": "Brigadier General",
        "Jenderal": "General",
        "Kolonel": "Colonel",
        "Letnan Kolonel": "Lieutenant Colonel",
        "Laksamana": "Admiral",
    },
    titles=_TITLES,
    bodies=(
        (r"Kantor Tetap Pemerintah untuk Hak Asasi Manusia", "Government Standing Office for Human Rights"),
        (
            r"Kantor Tetap (?:Komite|Panitia) Pengarah (?:Pemerintah )?(?:untuk )?Hak Asasi Manusia(?: Pemerintah)?",
            "Standing Office of the Human Rights Steering Committee",
        ),
        (r"(?:Komite|Panitia) Pengarah (?:Pemerintah )?(?:untuk )?Hak Asasi Manusia(?: Pemerintah)?", "Human Rights Steering Committee"),
        (r"Komite Rakyat Provinsi", "{place} Provincial People's Committee"),
        (r"Komite Rakyat Kota", "{place} City People's Committee"),
        (r"Komite Partai Provinsi", "{place} Provincial Party Committee"),
        (r"Dewan Rakyat Provinsi", "{place} Provincial People's Council"),
        (r"Komite (?:Eksekutif |Sentral )?(?:Pusat )?Partai|Komite Sentral Partai", "Party Central Committee"),
        (r"Majelis Nasional", "National Assembly"),
        (r"Departemen Propaganda Pusat", "Central Propaganda Department"),
        *((rf"Kementerian {k}", f"Ministry of {v}") for k, v in _MINISTRIES.items()),
    ),
    joiners=("untuk", "dari", "di", "pada", "Provinsi", "provinsi", "Kota", "kota", "tersebut", "dan"),
    acts={
        "chaired": ("dipimpin oleh", "memimpin konferensi", "diketuai", "ketua bersama"),
        "opened": ("pembukaan", "membuka konferensi", "sambutan pembukaan"),
        "closed": ("penutupan", "penutupnya", "menutup konferensi"),
        "presented": ("menyampaikan topik", "mempresentasikan", "memaparkan", "menyampaikan makalah"),
        "spoke": ("berbicara", "mengatakan", "menegaskan", "menekankan", "pidato", "sambutan", "menyatakan"),
        "attended": ("dihadiri", "menghadiri", "turut hadir", "hadir dalam"),
    },
    outcomes={
        "request": ("meminta", "mendesak", "menyerukan", "menginstruksikan"),
        "proposal": ("mengusulkan", "menyarankan", "merekomendasikan", "mengajukan usulan"),
        "decision": ("memutuskan", "menyepakati", "sepakat untuk", "mengesahkan"),
        "task": ("perlu ", "harus ", "wajib ", "tugas ", "memerlukan", "akan terus"),
        "conclusion": ("merupakan kesempatan", "kesempatan bagi", "menjadi ajang", "forum untuk", "keterbatasan"),
    },
    not_outcomes=("bertujuan", "berlangsung dalam konteks", "dihadiri oleh", "dihadiri lebih"),
    units=(
        Unit("delegasi", "delegates", "delegates", "attendance"),
        Unit("peserta", "delegates", "participants", "attendance"),
        Unit("provinsi", "provinces", "provinces and cities", "attendance"),
        Unit("pekerja", "workers", "workers", "social"),
        Unit("lapangan kerja", "jobs", "jobs created", "social"),
        Unit("perjanjian", "treaties", "treaties"),
        Unit("konvensi", "conventions", "conventions"),
        Unit("topik", "topics", "topics"),
        Unit("kelompok tugas", "task groups", "task groups"),
        Unit("kelompok", "groups", "groups"),
        Unit("bidang prioritas", "priority areas", "priority areas"),
        Unit("tahun", "years", "years", "other"),
        Unit("hari", "days", "days", "other"),
        Unit("negara", "countries", "countries"),
    ),
    contexts=(
        Context("pertumbuhan ekonomi", "economic growth rate", "economic"),
        Context("pertumbuhan", "growth rate", "economic"),
        Context("kemiskinan", "poverty rate", "social"),
        Context("masa jabatan", "term of office", "period"),
        Context("periode", "period", "period"),
        Context("Resolusi", "resolution number", "legal_reference"),
        Context("Keputusan", "decision number", "legal_reference"),
        Context("Kesimpulan", "conclusion number", "legal_reference"),
        Context("hingga tahun", "target year", "term"),
        Context("sampai tahun", "target year", "term"),
        Context("peringkat", "national ranking", "rank"),
    ),
    place_cues=("provinsi", "kota", "di"),
    organise_cues=(
        r"(?P<org>[A-Z][^,.;]{5,140}?) (?:berkoordinasi|bekerja sama) dengan (?P<org2>[^,.;]{5,140}?) (?:menyelenggarakan|mengadakan)",
        r"diselenggarakan oleh (?P<org>[^,.;]{5,140})",
    ),
    topics=(("hak asasi manusia", "Human Rights"), ("informasi luar negeri", "External Information")),
    event_kinds=(("nasional", "National"), ("pelatihan", "Training"), ("evaluasi", "Review")),
)


@hookimpl
def register_languages(register):
    register(LazyLanguage(PROFILE))
