"""What a Vietnamese personal name looks like, for every pack that reads reports on Vietnam.

These reports name Vietnamese officials whatever language they are written in, so the Latin-script
packs (English, French, Indonesian, Spanish, ...) import :data:`VIETNAMESE` from here rather than
each keeping a copy: a surname from a short list, then one to three more syllables, each a valid
Vietnamese syllable ("Le Quoc Hung" yes, "Le Vietnam" no). ``capitals`` are the letters beyond A-Z
those names and Vietnam's document codes ("12/QĐ-TTg") are written with.
"""

from __future__ import annotations

import re
import unicodedata

from briefgen.textutil import fold

# The common surnames as written with their diacritics, so that "Vụ" (department) is not read as
# the surname "Vũ"; a token written without any diacritics is checked against the folded forms.
_SURNAMES = """
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đầu lâm mai đinh trịnh
trương cao hà tạ lương kiều quách thái lại đào đoàn chu tống đàm lưu la triệu phùng vương tô hứa
nông lò mạc châu khổng thân nghiêm giang tăng quan âu diệp vi bế lục ninh kim tôn khúc thạch danh
bạch ma mạch tiết hầu ung lữ phí cù giáp hàn khuất liêu mông nhâm thiều uông
"""


# The five tone marks (grave, acute, tilde, hook above, dot below): a syllable that carries one is
# written the Vietnamese way, so it must be the surname's own spelling ("Vụ" is a department).
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


class VietnameseNames:
    """The shape of a Vietnamese name: :meth:`is_surname` and :meth:`is_syllable` on one token.

    ``partial_marks``: the report is written in another language, whose outlets often keep only
    the vowel marks their own keyboards have ("Trân Van Thuân" in French for "Trần Văn Thuận"); a
    surname with vowel marks but no tone mark is then compared without its marks.
    """

    def __init__(
        self, surnames: str, syllable: str, capitals: str = "Đ", partial_marks: bool = False
    ) -> None:
        self._marked_surnames = frozenset(surnames.split())
        self._plain_surnames = frozenset(fold(s) for s in self._marked_surnames)
        self._syllable = re.compile(syllable)
        self.capitals = capitals
        self.partial_marks = partial_marks

    def _marked(self, token: str) -> bool:
        nfd = unicodedata.normalize("NFD", token)
        return any(unicodedata.combining(c) for c in nfd) or any(c in token.upper() for c in self.capitals)

    def is_syllable(self, token: str) -> bool:
        return bool(self._syllable.fullmatch(fold(token)))

    def is_surname(self, token: str) -> bool:
        low = unicodedata.normalize("NFC", token.lower())
        if not self._marked(token) or (self.partial_marks and self._toneless(token)):
            return fold(low) in self._plain_surnames
        return low in self._marked_surnames

    def _toneless(self, token: str) -> bool:
        """Vowel marks only (circumflex, breve, horn), no tone mark and no "đ": "Trân", not "Vụ"."""
        nfd = unicodedata.normalize("NFD", token)
        return not any(c in _TONES for c in nfd) and "đ" not in token.casefold()


_SYLLABLE = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
VIETNAMESE = VietnameseNames(_SURNAMES, _SYLLABLE)

# The same shape for reports in other languages (see ``partial_marks``).
VIETNAMESE_ABROAD = VietnameseNames(_SURNAMES, _SYLLABLE, partial_marks=True)
