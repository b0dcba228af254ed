"""Arabic-script transcriptions of Vietnamese names and places, read back into Latin script.

Arabic outlets write Vietnamese names by ear from their English spelling ("Nguyen Van Ky" ->
"نجوين فان كي"). Generic transliteration (anyascii, unidecode) cannot undo that: short vowels are
dropped and several Latin letters share one Arabic letter, so "نجوين" comes back as "njwyn".
Vietnamese, however, has a closed set of syllables, and names draw on a small part of it. So we
go the other way round: for every syllable in a hand-written inventory we generate the Arabic
spellings an editor would plausibly choose (``ng`` -> نج/نغ, ``th`` -> ث/ت, ``uo`` -> و/وو, ...),
each with a cost for how unusual the choice is, and look Arabic tokens up in that table. Ties
("فان" is both Phan and Van) are broken by where the token sits in the name: the first token
of a personal name is a surname, the middle ones are middle names, the last a given name.
Multi-syllable place names are recognised as a whole ("دونغ ناي" is Dong Nai, not Dung Nai).

Everything is standard library; tables are built once, on first use, in a few milliseconds.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise, product

from briefgen.analysis.names import Mention
from briefgen.analysis.sounds import VOWELS, collapse, latin_sound, skeleton
from briefgen.gazetteer import Place, all_places, lookup
from briefgen.textutil import fold_name

# --- inventory ----------------------------------------------------------------------------------
# Toneless syllables by role, most frequent first: the rank becomes a prior weight (1.0 .. 0.4).
_SURNAMES = """
nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh trinh truong doan lam
mai luu ha cao lai ta chu kieu quach thai trieu tong vuong luong phung giang mac lo nong hua la
thach dao tang dam to khong khuc tieu ninh nghiem quan kim bach an au giap han hau khuat lieu lu
mong nham ong than thieu uong vi
"""
_MIDDLE = """
van thi duc minh xuan thanh quoc huu ngoc hong trung kim dinh cong tien hai manh quang trong tuan
anh dang khac viet thu thuy bao phuong nhu gia ba hoang tan tuong the dac vu vo phu hoai bich my
cam le thien khanh dieu lan mai nam phuc sy tri tu tuyet chi dai hoa huy lien thai
"""
_GIVEN = """
anh minh hung dung thanh tuan hoa linh huong lan hai son nam long trang ha phuong thao hien huy
cuong ky thuy vinh quang binh mai hanh ngoc hoang tung trung trong hong hau thuong hinh phuc khanh
tien hieu duc tam tan thang tai nga nhung hue yen van viet chinh dat dong loc loan lam man chien
thu thinh toan tri tu quyet kien dinh giang nhan phat phong phu quan quy quynh sang tuyen tho
trieu uyen vy xuan an bao cuc diep doan duy ha hang hao hoai khang khoa kiet lap loi luan luong
ly my nghia ngan nhat nhi oanh phi phuoc sinh suong tham thai thoa thong thuan tinh tra tram
truong vu vuong bich chau dao diem dien hiep hoan huyen khai khiem lieu luyen mien na ngoc nguyet
nhien phung sau soan tho thi thien thiet thuc tiep tuoc vien xuyen liem lanh muoi nghiep toai thiem
"""
# Other syllables met in names, below every ranked one.
_OTHER = """
bang cat chung chuong cu dan dau dich doanh du duyen gam giao han hach hon huan khuong kha khoi
khuyen lac lang lenh lich luc mach mau nang nghi ngu nha nhon nu pho que sam si song sung tao te
thap thoai thoi tin ton trac trach truc tue uy xa xoan xuong chuyen khiet thanh trinh
"""
# Place syllables beyond the provinces listed in the gazetteer: big towns and district names.
_EXTRA_PLACES = """
hue | nha trang | da lat | vung tau | ha long | hoi an | buon ma thuot | pleiku | sa pa | my tho |
bien hoa | phan thiet | quy nhon | vinh yen | viet tri | mong cai | bac lieu | hoa lu | ba dinh
"""
_ROLE_FLOOR = 0.4


def _ranked(words: str) -> dict[str, float]:
    """Rank-to-weight: the first word gets 1.0, the last ``_ROLE_FLOOR``."""
    items = list(dict.fromkeys(words.split()))
    span = max(len(items) - 1, 1)
    return {w: 1.0 - (1.0 - _ROLE_FLOOR) * i / span for i, w in enumerate(items)}


def _place_names() -> tuple[tuple[str, ...], ...]:
    """Province names from the gazetteer plus the extra towns, as lower-case syllable tuples."""
    names = [fold_name(p.native) for p in all_places()] + _EXTRA_PLACES.split("|")
    syllables = (tuple(re.findall(r"[a-z]+", n.lower())) for n in names)
    return tuple(s for s in syllables if s)


# --- spelling rules -----------------------------------------------------------------------------
# Each option is (Arabic spelling, cost); cost 0 is what an editor writes first.
Options = tuple[tuple[str, float], ...]

_ONSETS: dict[str, Options] = {
    "ngh": (("نغ", 0), ("نج", 0), ("ن", 0.6)),
    "ng": (("نج", 0), ("نغ", 0), ("ن", 0.6)),
    "nh": (("نه", 0.1), ("ن", 0.2), ("ني", 0.3)),
    "ph": (("ف", 0),),
    "th": (("ث", 0), ("ت", 0.3), ("ته", 0.6)),
    "tr": (("تر", 0), ("تش", 0.4), ("ش", 0.6)),
    "ch": (("تش", 0), ("ش", 0.2), ("ك", 0.6)),
    "kh": (("خ", 0), ("ك", 0.4), ("كه", 0.6)),
    "gh": (("غ", 0), ("ج", 0)),
    "gi": (("جي", 0), ("ج", 0.2), ("ز", 0.4), ("زي", 0.4)),
    "qu": (("كو", 0), ("ك", 0.4), ("قو", 0.4)),
    "b": (("ب", 0),),
    "c": (("ك", 0), ("ق", 0.5)),
    "d": (("د", 0), ("ز", 0.3)),
    "g": (("ج", 0), ("غ", 0), ("ك", 0.8)),
    "h": (("ه", 0), ("ح", 0.6)),
    "k": (("ك", 0), ("ق", 0.5)),
    "l": (("ل", 0),),
    "m": (("م", 0),),
    "n": (("ن", 0),),
    "p": (("ب", 0),),
    "r": (("ر", 0), ("ز", 0.6)),
    "s": (("س", 0), ("ش", 0.2)),
    "t": (("ت", 0), ("ط", 0.6)),
    "v": (("ف", 0), ("و", 0.4), ("في", 0.6)),
    "x": (("ش", 0), ("س", 0.2), ("ز", 0.6)),
}
_CODAS: dict[str, Options] = {
    "ng": (("نج", 0), ("نغ", 0), ("ن", 0.9)),
    "nh": (("نه", 0), ("ن", 0.3)),
    "ch": (("ك", 0), ("تش", 0.2), ("خ", 0.3), ("ش", 0.3)),
    "c": (("ك", 0), ("ق", 0.5)),
    "k": (("ك", 0),),
    "m": (("م", 0),),
    "n": (("ن", 0),),
    "p": (("ب", 0),),
    "t": (("ت", 0),),
}
_VOWELS: dict[str, Options] = {
    "a": (("ا", 0), ("", 0.6)),
    "e": (("ي", 0), ("", 0.5), ("ا", 0.7)),
    "i": (("ي", 0), ("", 0.4)),
    "y": (("ي", 0), ("", 0.4)),
    "o": (("و", 0), ("", 0.6)),
    "u": (("و", 0), ("", 0.7)),
    # Diphthongs: "Tien" is written تيان as often as تين; "Phuong" فونج or فوونغ.
    "ie": (("ي", 0.1), ("يا", 0.15), ("يي", 0.2), ("يه", 0.5)),
    "ye": (("ي", 0.1), ("يي", 0.15), ("يا", 0.2), ("يه", 0.5)),
    "ia": (("يا", 0), ("ي", 0.4), ("يه", 0.4)),
    "uo": (("و", 0.05), ("وو", 0.05), ("وا", 0.3)),
    "ua": (("وا", 0), ("و", 0.4)),
}
_FINAL_E: Options = (("يه", 0.3), ("ه", 0.4))  # a word-final "e" may carry a silent ه: نغيه
_ONSET_KEYS = sorted(_ONSETS, key=len, reverse=True)
_CODA_KEYS = sorted(_CODAS, key=len, reverse=True)


def _split(syllable: str) -> tuple[str, str, str]:
    """(onset, vowels, coda) of a toneless syllable: "nguyen" -> ("ng", "uye", "n")."""
    onset = next((o for o in _ONSET_KEYS if syllable.startswith(o)), "")
    if onset and not re.search("[aeiouy]", syllable[len(onset) :]):
        onset = onset[:-1] if onset in ("gi", "qu") else onset  # "gi" alone is g + i
    rest = syllable[len(onset) :]
    coda = next((c for c in _CODA_KEYS if rest.endswith(c) and len(rest) > len(c)), "")
    return onset, rest[: len(rest) - len(coda)], coda


def _vowel_pieces(vowels: str) -> list[str]:
    """Vowel letters grouped into the units that are spelled together ("uye" -> ["u", "ye"])."""
    pieces, i = [], 0
    while i < len(vowels):
        if vowels[i : i + 2] in _VOWELS:
            pieces.append(vowels[i : i + 2])
            i += 2
        else:
            pieces.append(vowels[i])
            i += 1
    return pieces


def _onset_options(onset: str, pieces: list[str]) -> Options:
    if onset:
        return _ONSETS[onset]
    if pieces[0][0] == "y":  # "Yen": the y itself supplies the ي
        return (("", 0), ("ا", 0.2))
    return (("ا", 0),)


def _spellings(syllable: str) -> dict[str, float]:
    """Every plausible Arabic spelling of ``syllable`` with its cheapest cost."""
    onset, vowels, coda = _split(syllable)
    pieces = _vowel_pieces(vowels)
    if not pieces:
        return {}
    slots: list[Options] = [_onset_options(onset, pieces)]
    for i, piece in enumerate(pieces):
        options = _VOWELS.get(piece, ((piece, 5.0),))
        if len(pieces) > 1:  # only a lone vowel may go unwritten
            options = tuple(o for o in options if o[0])
        if not onset and i == 0 and piece == "a":  # آن / ان both stand for "An"
            options = (("ا", 0), ("", 0.2))
        if piece == "e" and i == len(pieces) - 1 and not coda:
            options += _FINAL_E
        slots.append(options)
    slots.append(_CODAS[coda] if coda else (("", 0),))
    out: dict[str, float] = {}
    for combo in product(*slots):
        spelling = "".join(s for s, _ in combo)
        if len(spelling) >= 2:
            cost = sum(c for _, c in combo)
            out[spelling] = min(cost, out.get(spelling, math.inf))
    return out


# --- Arabic side --------------------------------------------------------------------------------
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alif, tatweel
_LETTER_MAP = {**str.maketrans("أإٱىةگڤکیپ", "ااايهغفكيب"), ord("آ"): "اا"}
_ARABIC_WORD = re.compile(r"[\u0621-\u065f\u066e-\u06d3\u0670]+")  # letters, harakat, tatweel
_TOKEN = re.compile(r"[^\s\u060c\u061b\u061f,.;:!?()\[\]\"'«»/|\-]+")
_VOWEL_LETTERS = str.maketrans("", "", "اوي")
_CLITICS = ("و", "ل", "ب")
_PLACE_NOUN = re.compile(r"[وبل]?(?:مقاطعة|محافظة|مدينة|إقليم)")  # a kind of place, a clitic glued or not
# Arabic function words spelled only with letters our syllables use ("بين" would read as Bien).
_STOPWORD_TEXT = """
    من في ما لا لم لن هي هم هن ثم بين كان كانت كما منه فيه فيها به بها له لها بل او أو أن إن ان
    تم نحو دون مثل هنا هناك كل لكن لقد قد إلى الى عن على مع إذ اذا إذا حتى ولا ولم وهو وهي وكان
    وكانت وبين وفي ومن ثمة بعد قبل منذ فإن إنه أنه لأن بأن وأن وإن
    لدى لديه فقد وقد بما لما كيف متى أين اين أي اي ذلك تلك هذا هذه
    خلال أمام عبر ضمن حول عند إثر وسط بشأن حيث
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())


# the article, a clitic glued before it or not ("الماليزي", "بالمدينة", "للأمم"): an adjective or a
# body after a title, never a syllable of a name
_DESCRIPTOR = re.compile(r"^(?:[وبلفك]?ال|لل)")


def _normalise(token: str) -> str:
    """The spelling key: no harakat or tatweel, hamza-alifs as ا (آ as اا), ة as ه, ى as ي."""
    return _DIACRITICS.sub("", token).translate(_LETTER_MAP)


# the stopwords by their spelling key too: "إلى" is "الي" however its hamza and yaa are written
_STOPWORD_KEYS = frozenset(map(_normalise, _STOPWORDS))


@dataclass(frozen=True)
class _Tables:
    exact: dict[str, dict[str, float]]  # spelling -> {syllable: cost}
    skeleton: dict[str, list[tuple[str, str, float]]]  # consonants -> [(spelling, syllable, cost)]
    roles: dict[str, dict[str, float]]  # role -> {syllable: weight}
    places: tuple[tuple[str, ...], ...]  # multi-syllable place names, longest first


@cache
def _tables() -> _Tables:
    places = _place_names()
    roles = {
        "surname": _ranked(_SURNAMES),
        "middle": _ranked(_MIDDLE),
        "given": _ranked(_GIVEN),
        "other": dict.fromkeys(_OTHER.split(), 0.3),
        "place": {s: 0.6 for name in places for s in name},
    }
    exact: dict[str, dict[str, float]] = {}
    skeleton: dict[str, list[tuple[str, str, float]]] = {}
    for syllable in {s for table in roles.values() for s in table}:
        for spelling, cost in _spellings(syllable).items():
            exact.setdefault(spelling, {})[syllable] = cost
            skeleton.setdefault(spelling.translate(_VOWEL_LETTERS), []).append((spelling, syllable, cost))
    multi = tuple(sorted((p for p in places if len(p) > 1), key=len, reverse=True))
    return _Tables(exact, skeleton, roles, multi)


def _edit_distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


_FUZZY_BASE_COST = 1.0
_FUZZY_EDIT_COST = 0.5
_CLITIC_COST = 0.3
_SPLIT_COST = 0.5


def _fuzzy(key: str) -> dict[str, float]:
    """Syllables whose spelling has the same consonants as ``key`` and differs by at most 2 letters."""
    found: dict[str, float] = {}
    for spelling, syllable, cost in _tables().skeleton.get(key.translate(_VOWEL_LETTERS), ()):
        distance = _edit_distance(key, spelling)
        if distance <= 2:
            total = cost + _FUZZY_BASE_COST + _FUZZY_EDIT_COST * distance
            found[syllable] = min(total, found.get(syllable, math.inf))
    return found


@dataclass(frozen=True)
class _Reading:
    """How one Arabic token reads: one syllable slot with candidates, or several fixed syllables."""

    candidates: dict[str, float]  # syllable -> spelling cost (one slot)
    fixed: tuple[str, ...] = ()  # a glued spelling split into syllables ("هانوي" -> ha, noi)
    penalty: float = 0.0  # for a stripped clitic or a split

    @property
    def best_cost(self) -> float:
        """Spelling cost of the cheapest candidate plus the clitic or split penalty."""
        return self.penalty + (min(self.candidates.values()) if self.candidates else 0.0)


def _best_exact(spelling: str) -> tuple[tuple[str, ...], float] | None:
    """The cheapest syllable with exactly this spelling (the more common one on a tie), as a 1-tuple."""
    found = _tables().exact.get(spelling)
    if not found:
        return None
    syllable = min(found, key=lambda s: (found[s], -_position_weight(s, 0, 1), s))
    return (syllable,), found[syllable]


def _segment(key: str, parts: int = 3) -> tuple[tuple[str, ...], float] | None:
    """Split a glued spelling ("هانوي") into at most ``parts`` exactly-spelled syllables, cheapest first."""
    options: list[tuple[tuple[str, ...], float]] = []
    for cut in range(2, len(key) - 1):
        head = _best_exact(key[:cut])
        tail = _best_exact(key[cut:])
        if parts > 2:
            tail = _segment(key[cut:], parts - 1) or tail
        if head and tail:
            options.append(((*head[0], *tail[0]), head[1] + tail[1] + _SPLIT_COST))
    return min(options, key=lambda o: o[1]) if options else None


@lru_cache(maxsize=4096)
def _read(token: str) -> _Reading | None:
    """The cheapest reading of one Arabic token, or None when it is not a transcribed syllable.

    Candidates: an exact spelling, the same after a glued clitic (و/ل/ب), a glued pair or
    triple of syllables ("هانوي"), and a fuzzy match on the consonants; their penalties rank
    them in that order of trust unless the exact spelling itself is an unusual one.
    """
    key = _normalise(token)
    exact = _tables().exact
    readings = [_Reading(exact[key])] if key in exact else []
    if key[:1] in _CLITICS and key[1:] in exact and len(key) > 3:
        readings.append(_Reading(exact[key[1:]], penalty=_CLITIC_COST))
    split = _segment(key)
    if split:
        readings.append(_Reading({}, fixed=split[0], penalty=split[1]))
    fuzzy = _fuzzy(key)
    if fuzzy:
        readings.append(_Reading(fuzzy))
    return min(readings, key=lambda r: r.best_cost) if readings else None


# --- choosing among candidates ------------------------------------------------------------------
_PRIOR_SCALE = 2.0
_PLACE_SLACK = 1.0


def _position_weight(syllable: str, position: int, count: int) -> float:
    """How well ``syllable`` fits slot ``position`` of a ``count``-token personal name (0..1)."""
    roles = _tables().roles
    weight = {role: table.get(syllable, 0.0) for role, table in roles.items()}
    if count == 1:
        return max(weight.values())
    if position == 0:
        fit = weight["surname"]
    elif position == count - 1:
        fit = max(weight["given"], 0.5 * weight["middle"])
    else:
        fit = max(weight["middle"], 0.7 * weight["given"])
    return max(fit, 0.3 * max(weight.values()))


def _choose(candidates: dict[str, float], position: int, count: int) -> str:
    return min(
        candidates,
        key=lambda s: (candidates[s] + _PRIOR_SCALE * (1 - _position_weight(s, position, count)), s),
    )


def _place_at(readings: list[_Reading | None], start: int) -> tuple[str, ...] | None:
    """The longest known place name of 2+ syllables spelled by the tokens from ``start`` on, if any."""
    for name in _tables().places:
        window = readings[start : start + len(name)]
        if len(window) == len(name) and all(
            r is not None
            and not r.fixed
            and s in r.candidates
            and r.candidates[s] <= r.best_cost + _PLACE_SLACK
            for r, s in zip(window, name, strict=True)
        ):
            return name
    return None


# --- fallback for tokens that are not Vietnamese syllables --------------------------------------
_PLAIN = str.maketrans(
    {
        "ا": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh",
        "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
        "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "u",
        "ي": "i", "ء": "", "ئ": "", "ؤ": "",
    }
)  # fmt: skip


def _plain(token: str) -> str:
    """A letter-by-letter ASCII reading for tokens outside the inventory (foreign words, typos); may be ""."""
    latin = _normalise(token).replace("تش", "ch").translate(_PLAIN)  # "تشاي" is "chai", not "tshai"
    return re.sub(r"[^A-Za-z]", "", latin).capitalize()


# --- public API ---------------------------------------------------------------------------------
def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def _romanise(text: str) -> str:
    """Latin spelling of an Arabic-script Vietnamese name or place: "نجوين فان كي" -> "Nguyen Van Ky".

    Each syllable is capitalised and plain ASCII. Latin tokens pass through unchanged; Arabic
    tokens that match no syllable get a letter-by-letter reading so nothing is silently lost.
    """
    tokens = _tokens(text)
    readings = [_read(t) if _ARABIC_WORD.fullmatch(t) else None for t in tokens]
    arabic_count = sum(r is not None for r in readings)
    words: list[str] = []
    position = i = 0
    while i < len(tokens):
        reading = readings[i]
        place = _place_at(readings, i) if reading is not None else None
        if place:
            words.extend(place)
            i += len(place)
            position += len(place)
            continue
        if reading is None:
            words.append(tokens[i] if not _ARABIC_WORD.fullmatch(tokens[i]) else _plain(tokens[i]))
        elif reading.fixed:
            words.extend(reading.fixed)
        else:
            words.append(_choose(reading.candidates, position, arabic_count))
        position += reading is not None
        i += 1
    return " ".join(w.capitalize() if w.isascii() and w.islower() else w for w in words if w)


_LENGTH_FACTOR = {1: 0.6, 2: 1.0, 3: 1.0, 4: 1.0, 5: 0.8}
_NO_SURNAME_FACTOR = 0.75


def _is_vietnamese_name(text: str) -> float:
    """Plausibility (0..1) that ``text`` is a Vietnamese name transcribed into Arabic script.

    Every token must read as a Vietnamese syllable (an exact spelling scores 1, odd spellings,
    glued clitics and fuzzy matches less); Arabic function words and words with the article
    score 0. A known surname in first place and a length of 2-4 tokens are what names look like.
    A score of 0.5 or more is a good cut-off between names and ordinary words after a title.
    """
    tokens = _tokens(text)
    if not tokens:
        return 0.0
    costs: list[float] = []
    for token in tokens:
        bare = _DIACRITICS.sub("", token)
        reading = _read(token) if _ARABIC_WORD.fullmatch(token) else None
        if reading is None or bare in _STOPWORDS or _DESCRIPTOR.match(bare) or _PLACE_NOUN.fullmatch(bare):
            return 0.0  # "لمدينة دا نانغ", "بالمدينة لي سون": "of/in the city" glued, no name
        costs.append(reading.best_cost)
    confidence = math.exp(-sum(costs) / len(costs))
    first = _read(tokens[0])
    surnames = _tables().roles["surname"]
    has_surname = first is not None and any(
        s in surnames and c <= first.best_cost + 0.3 for s, c in first.candidates.items()
    )
    length = _LENGTH_FACTOR.get(len(tokens), 0.5)
    return round(confidence * length * (1.0 if has_surname else _NO_SURNAME_FACTOR), 4)


# Articles repeat the same few names and phrases: reading each spelling once is enough.
romanise = lru_cache(maxsize=8192)(_romanise)
is_vietnamese_name = lru_cache(maxsize=32768)(_is_vietnamese_name)


# --- finders the Arabic profile hands to the shared analysis --------------------------------------
_NAME_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")


def _arabic_place_length(text: str, words: list[re.Match[str]], i: int) -> int:
    """How many words from ``words[i]`` spell a province or city (2 or 3), else 0."""
    for n in (3, 2):
        if i + n > len(words):
            continue
        spaced = all(
            re.fullmatch(r" +", text[words[k].end() : words[k + 1].start()]) for k in range(i, i + n - 1)
        )
        if spaced and lookup(romanise(text[words[i].start() : words[i + n - 1].end()])):
            return n
    return 0


def find_names(text: str, threshold: float = 0.5) -> list[Mention]:
    """Arabic-script Vietnamese names: the longest plausible 2-4 word window at each position."""
    words = list(_NAME_WORD.finditer(text))
    found: list[Mention] = []
    i = 0
    while i < len(words):
        place = _arabic_place_length(text, words, i)
        if place:  # "لمقاطعة بينه دينه لام هاي جيانغ": the province, then the name
            i += place
            continue
        best: tuple[float, int] | None = None
        for n in (2, 3, 4):
            if i + n > len(words) or not re.fullmatch(
                r" +", text[words[i + n - 2].end() : words[i + n - 1].start()]
            ):
                break
            span = text[words[i].start() : words[i + n - 1].end()]
            score = is_vietnamese_name(span)
            if score >= threshold:  # the longest plausible window: "فو ثانه ليم", not "فو ثانه"
                best = (score, n)
        if best is None:
            i += 1
            continue
        first, last = words[i], words[i + best[1] - 1]
        native = text[first.start() : last.end()]
        name = romanise(native)
        if lookup(name):
            i += best[1]
            continue
        start = first.start()
        if native.startswith("و") and is_vietnamese_name(native[1:]) >= best[0]:
            native, start = native[1:], start + 1  # the conjunction "wa-" glued to the name
        found.append(Mention(name, native, start, last.end()))
        i += best[1]
    return found


_PLACE_CUE = re.compile(rf"(?<!\w)(?:{_PLACE_NOUN.pattern}|في)\s+")
_PLACE_WORDS = re.compile(r"[\u0621-\u064a]+")


def find_places(text: str) -> list[tuple[Place, int, int]]:
    """Provinces and cities named in Arabic script after a place word ("في مقاطعة باك جيانج")."""
    found: list[tuple[Place, int, int]] = []
    for cue in _PLACE_CUE.finditer(text):
        words = list(_PLACE_WORDS.finditer(text, cue.end(), min(len(text), cue.end() + 40)))[:3]
        if not words or words[0].start() != cue.end():
            continue
        for n in range(len(words), 0, -1):
            span = text[words[0].start() : words[n - 1].end()]
            place = lookup(span) or lookup(romanise(span))
            if place:
                found.append((place, words[0].start(), words[n - 1].end()))
                break
    return found


def dateline_place(name: str) -> Place | None:
    """The place a dateline names: an Arabic exonym ("هانوي") or a transcription read back."""
    return lookup(name) or lookup(romanise(name))


def city_name(name: str) -> str | None:
    """The Latin name of a city named after "مدينة", or None when the words are no Vietnamese name."""
    return romanise(name) if is_vietnamese_name(name) >= 0.5 else None


# --- people (issue #10): officials of other nationalities, after a title ------------------------
# Arabic writes a foreign name by its consonants ("أنور إبراهيم": n-r b-r-h-m); the Latin spelling
# is found among known given names and surnames (briefgen.analysis.personal) with the same
# consonant skeleton, the closest in its vowels winning ("أنطونيو" is Antonio, not Anton).
_ARABIC_CLASSES = str.maketrans(
    {
        "ب": "b", "پ": "b", "ف": "f", "ڤ": "f", "ت": "t", "ط": "t", "ث": "t", "د": "d", "ض": "d",
        "ذ": "d", "ظ": "d", "ك": "k", "ق": "k", "غ": "k", "ج": "k", "خ": "k", "گ": "k", "س": "s",
        "ص": "s", "ش": "s", "ز": "s", "ل": "l", "م": "m", "ن": "n", "ر": "r", "ه": "h", "ح": "h",
    }
)  # fmt: skip
_ARABIC_VOWELS = str.maketrans(
    {"ا": "a", "أ": "a", "آ": "a", "ى": "a", "ة": "a", "إ": "i", "ي": "i", "و": "u"}
)  # fmt: skip


def _arabic_sound(token: str) -> str:
    """An Arabic-script word in the same classes ("غوتيريش" -> "kutiris")."""
    key = _DIACRITICS.sub("", token).replace("تش", "ش")
    # an ain that opens a name is its vowel in Latin ("علي": Ali, "عبدالله": Abdullah); inside one the
    # vowels around it stand for it ("المزروعي": Al Mazrouei)
    key = ("ا" + key[1:] if key.startswith("ع") else key).translate(_ARABIC_VOWELS)
    return collapse("".join(c for c in key.translate(_ARABIC_CLASSES) if c.isascii()))


def name_sounds(native: str) -> tuple[str, ...]:
    """The consonant skeleton of each Arabic-script word of a name ("كاو كيم هورن" -> k, km, hrn)."""
    words = _NAME_WORD.findall(native)
    return tuple(skeleton(_arabic_sound(w)) for w in words) if words else ()


def _sound_distance(heard: str, name: str) -> float:
    """Edit distance where a vowel Arabic leaves unwritten costs little ("anur" -> "anuar")."""
    row = [j * 0.3 for j in range(len(name) + 1)]
    for i, ch in enumerate(heard, 1):
        prev, row[0] = row[0], i * 1.0
        for j, cn in enumerate(name, 1):
            insert = 0.3 if cn in VOWELS else 1.0
            swap = 0.0 if ch == cn else 0.6 if ch in VOWELS and cn in VOWELS else 1.0
            prev, row[j] = row[j], min(row[j] + 1.0, row[j - 1] + insert, prev + swap)
    return row[-1]


# Common Arab given names as Latin reports spell them: the sound of the letters alone finds names
# from elsewhere ("سلطان": Zoltan, "عيسى": Aisha, "رائد": Rada). Names that are also common words
# ("أمل" hope, "نور" light, "جمال" beauty) are left out: after a title they are as often words.
_ARAB_SPELLING_TEXT = """
طاهر:Tahir سالم:Salem رائد:Raed دينا:Dina محمود:Mahmoud مصطفى:Mustafa ياسر:Yasser هشام:Hisham
وليد:Walid زياد:Ziad طارق:Tariq عماد:Imad نبيل:Nabil منير:Mounir سمير:Samir رامي:Rami رامز:Ramez
باسم:Basem حسام:Hossam أيمن:Ayman عمرو:Amr علاء:Alaa شريف:Sherif هاني:Hani فؤاد:Fouad ماهر:Maher
مازن:Mazen نادر:Nader نزار:Nizar عصام:Issam أسامة:Osama معاذ:Moaz بلال:Bilal أنس:Anas
حمزة:Hamza مراد:Mourad ليلى:Leila سلمى:Salma هند:Hind نادية:Nadia رانيا:Rania سارة:Sara
زينب:Zainab آمنة:Amina أمينة:Amina خديجة:Khadija ياسمين:Yasmin رشا:Rasha سعاد:Souad نوال:Nawal
غادة:Ghada عيسى:Issa موسى:Moussa داود:Dawoud سليمان:Suleiman يعقوب:Yacoub نايف:Nayef جابر:Jaber
عبير:Abeer نجلاء:Naglaa حنان:Hanan سهى:Suha لينا:Lina رنا:Rana دعاء:Doaa مروان:Marwan رياض:Riyad
ثامر:Thamer عاطف:Atef أشرف:Ashraf مجدي:Magdy حمدي:Hamdi شادي:Shadi فادي:Fadi كمال:Kamal توفيق:Tawfiq
رفيق:Rafik نعيم:Naim وائل:Wael منصف:Moncef صبري:Sabri فتحي:Fathi عثمان:Othman عمار:Ammar ياسين:Yassine
إلياس:Elias كريمة:Karima سميرة:Samira جميلة:Jamila وداد:Widad هيثم:Haitham مهند:Mohannad عدنان:Adnan
غسان:Ghassan بسام:Bassam نضال:Nidal جهاد:Jihad سعيد:Saeed
"""
_ARAB_SPELLINGS = {
    _normalise(arabic): latin for arabic, latin in (pair.split(":") for pair in _ARAB_SPELLING_TEXT.split())
}

# Words inside Arab names, written as Latin reports write them ("فيصل بن فرحان": Faisal bin Farhan).
_NAME_PARTICLES = {"بن": "bin", "بنت": "bint", "ابن": "ibn", "آل": "Al", "أبو": "Abu", "ابو": "Abu"}


@cache
def _byskeleton() -> dict[str, tuple[tuple[str, str], ...]]:
    from briefgen.analysis.personal import personal_names

    index: dict[str, list[tuple[str, str]]] = {}
    for name in sorted({*personal_names(), *_listed_arab_names()}):
        if name.isascii() and len(name) >= 3:
            sound = latin_sound(name)
            index.setdefault(skeleton(sound), []).append((sound, name))
    return {k: tuple(sorted(v)) for k, v in index.items() if k}


@lru_cache(maxsize=4096)
def latin_name(token: str) -> str | None:
    """The known Latin given name or surname an Arabic-script word spells ("غوتيريش" -> "Guterres"), or None.

    A common word that happens to share a name's consonants rarely shares its vowels too, so the
    closest name must be close (at most one full edit, vowels cheaper).
    """
    if token in _NAME_PARTICLES:
        return _NAME_PARTICLES[token]
    if token in _ARAB_SPELLINGS:
        return _ARAB_SPELLINGS[token]
    heard = _arabic_sound(token)
    candidates = _byskeleton().get(skeleton(heard), ())
    # one consonant fits too many names: only an Arab one ("علي": Ali, "يحيى": Yahya)
    if len(skeleton(heard)) < 2:
        candidates = tuple(c for c in candidates if c[1] in _listed_arab_names())
    # an alef that opens the word carries a vowel: "إبراهيم" is Ibrahim, "بيربوك" opens with a consonant
    scored = [
        (_sound_distance(heard, sound), len(name), name)
        for sound, name in candidates
        if (sound[:1] in VOWELS) == (heard[:1] in VOWELS)
    ]
    close = [s for s in scored if s[0] <= 1.0]
    if not close:
        return None
    # an Arab name that fits wins over a closer one from elsewhere ("فيصل": Faisal, not Vesel)
    arab = [s for s in close if s[2] in _listed_arab_names()]
    return min(arab or close)[2].capitalize()


def family_name(token: str) -> str | None:
    """The Latin family name a word with the article glued on spells ("الزياني": Al-Zayani), or None.

    Gulf family names carry the article ("اليحيا", "البوسعيدي"), which Latin reports keep as "Al-".
    A whole spelling the name lists know ("البديوي": Albudaiwi) is kept as it is.
    """
    token = _DIACRITICS.sub("", token)  # as written: "ألكسندر" (Alexandre) opens with no article
    whole = latin_name(_normalise(token))
    if not token.startswith("ال") or len(token) < 5 or (whole and whole.casefold() in _arab_names()):
        return whole
    # the nearest Latin name by sound is an Arab one or none: a Gulf family name the lists lack is
    # spelt from its letters ("الهاجري": Al-Hajri, not the Hagara the sound finds), never "Al" + a
    # name from elsewhere
    stem = latin_name(_normalise(token[2:]))
    if not (stem and stem.casefold() in _arab_names()):
        stem = _plain(token[2:]) if len(token) >= 6 else None
    return f"Al-{stem}" if stem else None


_ABD = "عبد"  # "servant of": it and the divine name after it are one name ("عبد العاطي": Abdelatty)
# words of a name that do not count against its length: the particles and "عبد"
_UNCOUNTED = frozenset({*_NAME_PARTICLES, _ABD})


def _abd(name: list[re.Match[str]], i: int) -> bool:
    """Whether ``name[i]`` is "عبد" followed by a word with the article, the two one name."""
    return (
        i + 1 < len(name)
        and _normalise(name[i].group()) == _ABD
        and bool(_DESCRIPTOR.match(name[i + 1].group()))
    )


def _latin_words(name: list[re.Match[str]]) -> list[str]:
    """The Latin spelling of each name: a known one, else the letters; "عبد" + "العاطي" as "Abdelati"."""
    out: list[str] = []
    i = 0
    while i < len(name):
        if _abd(name, i):
            stem = name[i + 1].group().removeprefix("ال")
            out.append("Abdel" + (latin_name(_normalise(stem)) or _plain(stem)).lower())
            i += 2
            continue
        out.append(family_name(name[i].group()) or _plain(name[i].group()))
        i += 1
    return out


def _arab_given(token: str) -> bool:
    latin = latin_name(_normalise(token))
    return bool(latin) and latin.casefold() in _arab_names()


@cache
def _listed_arab_names() -> frozenset[str]:
    """The Arab given and family names of the shared lists, which the sound index reads."""
    from briefgen.analysis.personal import ARAB_FAMILY, ARAB_GIVEN

    return frozenset(n.casefold() for n in (*ARAB_GIVEN.split(), *ARAB_FAMILY.split()))


@cache
def _arab_names() -> frozenset[str]:
    """Every Arab name known: the lists' and the spellings' (read by their letters, not their sound)."""
    return _listed_arab_names() | {n.casefold() for n in _ARAB_SPELLINGS.values()}


def credited_name(vocabulary: frozenset[str]) -> Callable[[str], Mention | None]:
    """A reader of the name a credit gives ("تصوير: محمد حمدي", "وام/أحمد البوتلي").

    The credit word already says a name follows, so where the pack's name finder reads none (a
    Vietnamese name it does), two to four words that open with an Arab given name ("محمد", "عبد ...")
    and hold none of the pack's ``vocabulary`` or stopwords are one, spelt in Latin as the prose's
    names are.
    """

    def read(text: str) -> Mention | None:
        words = list(_NAME_WORD.finditer(text))
        if not 2 <= len(words) <= 4 or " ".join(w.group() for w in words) != text:
            return None
        keys = [_normalise(w.group()) for w in words]
        if any(k in _STOPWORD_KEYS or {k, k[1:], k.removeprefix("ال")} & vocabulary for k in keys):
            return None
        if not (_arab_given(words[0].group()) or _abd(words, 0)):
            return None
        return Mention(" ".join(_latin_words(words)), text, 0, len(text))

    return read


_FOREIGN_NAME_WORDS = 5  # "لويس إيناسيو لولا دا سيلفا"


def names_after_titles(
    titles: list[str],
    affixes: tuple[str, str],
    vocabulary: frozenset[str],
    features: Iterable[str] = (),
    leads: Iterable[str] = (),
) -> Callable[[str], list[Mention]]:
    """A name finder: Vietnamese names (:func:`find_names`), plus foreign ones that a title announces.

    After a title ("رئيس الوزراء"), its adjectives and bodies ("الماليزي", "للأمم المتحدة"), two or
    three words that each spell a known personal name are a foreign official, unless a word is one
    of the pack's own ``vocabulary`` (its titles, bodies and cues: "مجلس" is a council, never a
    name), with or without a glued clitic. When an adjective names a country other than Vietnam,
    that reading wins over a Vietnamese one ("الصيني لي تشيانغ"). A name right after one of the
    ``features``, nouns of places and buildings ("ساحة نغو مون": Ngo Mon square), is that place's.
    Forms of address (``leads``: "معالي", "الدكتور") announce a name too, but one that opens with an
    Arab given name, as does a name that ends in a family name with its article ("اليحيا"): other
    names after them are Vietnamese ones, which :func:`find_names` reads.
    """
    from briefgen.analysis.personal import country_of, country_words

    lead_words = frozenset(leads)
    cues = sorted([*titles, *lead_words], key=len, reverse=True)
    alternation = "|".join(re.escape(t) for t in cues) or "(?!)"
    title = re.compile(rf"(?<!\w)[وفبل]?(?:ال)?(?:{alternation})(?!\w)")

    feature_words = frozenset(_normalise(f) for f in features)

    def names_a_feature(text: str, start: int) -> bool:
        before = re.search(r"([\u0621-\u064a]+)\s+$", text[max(0, start - 30) : start])
        word = _DESCRIPTOR.sub("", _normalise(before.group(1))) if before else ""
        return bool(word) and (word in feature_words or word[1:] in feature_words)

    def describes(word: str) -> bool:
        """An adjective or body after a title: "الماليزي", "للأمم", or a body with its clitic ("لمجلس")."""
        bare = _normalise(word)
        if _PLACE_NOUN.fullmatch(_DIACRITICS.sub("", word)):
            return False  # "لمقاطعة باك جيانج": what follows is a province's name
        return bool(_DESCRIPTOR.match(word)) or (bare[:1] in "لب" and bare[1:] in vocabulary)

    def arab_only(cue: str, name: list[re.Match[str]]) -> bool:
        lead = re.sub(r"^[وفبل]", "", cue) in lead_words or cue in lead_words
        return lead or any(_DESCRIPTOR.match(w.group()) for w in name)

    def finder(text: str) -> list[Mention]:
        found = [m for m in find_names(text) if not names_a_feature(text, m.start)]
        for cue in title.finditer(text):
            words = list(_NAME_WORD.finditer(text, cue.end(), min(len(text), cue.end() + 120)))
            i = 0
            foreign_country = False
            while i < len(words) and i < 5 and describes(words[i].group()):
                country = country_of(words[i].group(), affixes)
                foreign_country |= bool(country) and country != "Vietnam"
                i += 1
            name: list[re.Match[str]] = []
            prev_end = words[i - 1].end() if i else cue.end()
            # after a foreign country's adjective a name may hold words no list knows ("إيناسيو");
            # the particles bin/bint do not count ("عبداللطيف بن راشد الزياني" is three names)
            limit = _FOREIGN_NAME_WORDS if foreign_country else 3
            for word in words[i:]:
                if sum(_normalise(w.group()) not in _UNCOUNTED for w in name) >= limit:
                    break
                if not re.fullmatch(r" +", text[prev_end : word.start()]):
                    break
                bare = _normalise(word.group())
                # "علي" is Ali inside a name, though its key is that of "على" (on)
                written = _DIACRITICS.sub("", word.group())
                stop = bare in _STOPWORD_KEYS and not (name and written not in _STOPWORDS)
                if stop or {bare, bare[1:], bare.removeprefix("ال")} & vocabulary:
                    break
                if _DESCRIPTOR.match(word.group()):
                    # after a given name, a known family name with its article ("عبدالله علي اليحيا")
                    servant = bool(name) and _normalise(name[-1].group()) == _ABD  # "عبد العاطي"
                    if (
                        not name
                        or country_of(word.group(), affixes)
                        or not (servant or family_name(word.group()))
                    ):
                        break
                elif not latin_name(bare) and not (foreign_country and len(bare) >= 2):
                    break
                name.append(word)
                prev_end = word.end()
            after = words[i + len(name) : i + len(name) + 1]
            latin_words = _latin_words(name)
            if (
                len(latin_words) < 2
                or (arab_only(cue.group(), name) and not (_arab_given(name[0].group()) or _abd(name, 0)))
                or not (foreign_country or any(latin_name(_normalise(w.group())) for w in name))
                or any(country_words([a.group(), b.group()]) for a, b in pairwise([*name, *after]))
            ):
                continue  # "تيمور الشرقية": a country's name, not a person's
            start, end = name[0].start(), name[-1].end()
            overlapping = [m for m in found if m.start < end and m.end > start]
            if overlapping and not foreign_country:
                continue
            found = [m for m in found if m not in overlapping]
            native = text[start:end]
            latin = " ".join(latin_words)
            found.append(Mention(latin, native, start, end))
        return sorted(found, key=lambda m: m.start)

    return finder
