"""The journalists an article credits: reporters, photographers and editors (issue #10).

Reports name the people who wrote them and took their photos, and a briefing lists every named
person: a credit is a name after a credit word and a colon ("Ảnh: Minh Thu", "Pewarta: Rina
Kusuma", "(الصورة: تران هيو)"), after a byline word opening a line or a "|" part ("By Thanh Nga",
"Por Laura Gómez | Madrid"), or a line of nothing but names and dates ("Thanh Lê - Phạm Bằng",
"October 23, 2024 - 18:30 | Minh Thu"). Credit lines are page furniture, so the cleaner drops
them from the prose; the analysis keeps each credit's span so the grounding check can still
quote it. The words come from the language's pack (:attr:`Profile.credit_words`,
:attr:`Profile.byline_words`); what a name looks like comes from :mod:`.names`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from ..textutil import alternation
from .names import CreditSign, Mention

# the end of a credited name: a separator, a bracket, a dash between two names, or the line's end
_NAME = r"(?P<name>[^\W\d_][^\n,|()*;:/\[\]]{0,48}?)"
_END = r"(?=\s*(?:[,|)*;/\]]|\s[-\u2013\u2014]\s|\.?\s*$))"
# a photo agency before the photographer ("VGP/Đỗ Hương", "TTXVN/Minh Đức")
_AGENCY = r"(?:[^\W\d_]{2,12}/)?"
# a news agency or outlet as a credit prints it: capitals ("EFE", "VNA/VNS"), a web address
# ("KOMPAS.com") or one short word in Arabic script ("وام")
_OUTLET = r"(?:[A-Z]{2,8}(?:/[A-Z]{2,8})?|[A-Z][A-Za-z]{2,20}\.[a-z]{2,3}|[\u0621-\u064a]{2,5})"
# "Thu Hà/CVN": a signature with its outlet after a slash
_OUTLET_AFTER = re.compile(rf"\s*/\s*{_OUTLET}$")
# the parts of a line of names and dates: "|", " - " and "," between them
_PARTS = re.compile(r"\s*(?:\||\s[-\u2013\u2014]\s|,)\s*")
# a line that only says when the page was filed: "July 25, 2025 | 8:05 am", "14 oct. 2025 - 19:32"
_FILED = re.compile(r"(?=.*\b(?:19|20)\d\d\b)[\w\s.,:|()+/-]{6,40}")
_LONGEST_BYLINE = 120  # a byline is a short line; prose that opens with "Par" is longer
_LONGEST_SIGNATURE = 80  # "October 23, 2024 - 18:30 | Minh Thu", "Thanh Lê - Phạm Bằng"


@dataclass(frozen=True)
class Credit:
    """A credited ``name`` (as written: ``native``), the span that credits it (``quote``) and the role."""

    name: str
    native: str
    quote: str
    role: str


class CreditReader:
    """Finds credits in an article's lines with one language's credit and byline words.

    ``credit_words`` come before a colon and ``byline_words`` before a name that opens a line,
    each mapped to the English role it gives ("ảnh" -> "photographer", "by" -> "reporter").
    ``signature`` is the role of a name standing alone on a line (a reporter's signature);
    ``furniture`` tells the page's own lines ("TIN LIÊN QUAN"), which sign nothing.
    """

    def __init__(
        self,
        credit_words: Mapping[str, str],
        byline_words: Mapping[str, str],
        signature: str = "reporter",
        furniture: Callable[[str], bool] = lambda _line: False,
    ) -> None:
        self._roles = {k.casefold(): v for k, v in (*credit_words.items(), *byline_words.items())}
        self._signature = signature
        # the roles a credit gives (in English), as the last word of a name: an outlet's desk
        # ("By Jakarta Globe Reporter"), no one's name
        self._role_nouns = frozenset(
            w for role in (signature, *self._roles.values()) for w in role.casefold().split()
        )
        # the last word of a credit's own words ("Journalist", "Photographer"): "Lydia Tuimavave, RNZ
        # Pacific Senior Journalist" signs the page with the desk after the name
        self._desk_ends = self._role_nouns | {k.split()[-1] for k in self._roles if k.isascii()}
        self._furniture = furniture
        # markdown may set the word or the colon in bold ("**Penulis:** Rizky Ananda")
        words = alternation(credit_words)
        self._colon = re.compile(
            rf"(?:^|(?<=[\s(*|.]))(?P<word>{words})\s*:[\s*_]*{_AGENCY}{_NAME}{_END}", re.I
        )
        self._byline = re.compile(
            rf"(?:^|\|)[\s*_]*(?P<word>{alternation(byline_words)})(?:\s*:[\s*_]*|\s+){_NAME}{_END}", re.I
        )
        # an agency's photographer closing a caption ("EFE/André Borges", "(KOMPAS.com/Dian Erika)",
        # "VNA/VNS Photo Doãn Tấn") or signing a line of their own ("وام/أحمد البوتلي"), and a
        # copyright sign before a name ("© Ludovic Marin / AFP")
        # an outlet of a few words in brackets before its photographer ("(Celebes Pos/Ridwan Tanjung)"),
        # and a credit word before a name the agency follows ("Photo Jone Rokotui / AFP")
        self._agency = re.compile(
            rf"(?:^|(?<=[\s(]))(?P<word>{_OUTLET}\s+(?i:{alternation(credit_words)})\s+|{_OUTLET}/|©\s*"
            rf"|(?<=\()(?:[A-Z][\w.]*\s){{1,2}}[A-Z][\w.]*/"
            rf"|(?i:{alternation(credit_words)})\s+(?={_NAME.replace('?P<name>', '?:')}\s*/\s*{_OUTLET}\b))"
            rf"{_AGENCY}{_NAME}{_END}"
        )

    def credits(self, text: str, is_name: Callable[[str, CreditSign], Mention | None]) -> list[Credit]:
        """Every credit in ``text`` whose name ``is_name`` accepts.

        ``is_name(text, evidence)`` returns the name ``text`` is, or None; the less the page's
        layout says (see :data:`CreditSign`), the more the name must show it is one.
        """
        found: list[Credit] = []
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        for pos, line in enumerate(lines):
            hits = [(m, self._roles[m.group("word").casefold()]) for m in self._colon.finditer(line)]
            if len(line) <= _LONGEST_BYLINE:
                hits += [(m, self._roles[m.group("word").casefold()]) for m in self._byline.finditer(line)]
            if not hits:
                hits = [
                    (m, self._signature if m.group(0).strip() == line.strip(" *_|") else "photographer")
                    for m in self._agency.finditer(line)
                ]
            for m, role in hits:
                name = is_name(_unshouted(m.group("name").strip()), "announced")
                if name and " " not in name.native and not self._mononym(m, role, line):
                    continue
                if name and name.name.split()[-1].casefold() in self._role_nouns:
                    continue  # "By Jakarta Globe Reporter": the outlet's desk, no one's name
                if name:
                    quote = line[m.start("word") : m.end("name")].strip()
                    found.append(Credit(name.name, name.native, quote, role))
            if not hits and pos > 0:  # the first line is the page's headline or section
                # a name under the headline over the date it was filed ("July 25, 2025 | 8:05 am")
                # signs the page as surely as a byline word would; one closing the page, nearly so
                dated = pos == 1 and pos + 1 < len(lines) and bool(_FILED.fullmatch(lines[pos + 1]))
                placed: CreditSign = "announced" if dated else "placed" if pos == len(lines) - 1 else "alone"
                found += self._signed(line, is_name, late=pos >= len(lines) // 2, placed=placed)
        return found

    def _mononym(self, m: re.Match[str], role: str, line: str) -> bool:
        """Whether a one-word credited name stands: after a writer's or editor's credit word and a
        colon, alone on its line ("Editor: Primayanti", as many Indonesians have one name). A
        photo credit's one word is as often an agency or "Internet", a byline's an outlet."""
        return m.re is self._colon and role != "photographer" and m.group(0).strip() == line.strip(" *_")

    def _signed(
        self,
        line: str,
        is_name: Callable[[str, CreditSign], Mention | None],
        late: bool = False,
        placed: CreditSign = "alone",
    ) -> list[Credit]:
        """The names of a line that holds only names, dates and times ("Thanh Lê - Phạm Bằng").

        A name printed in capitals on a line of its own in the second half of the page ("THU HÀ",
        above the related news) is the reporter's signature; section labels stand at the top. So is
        a name with its outlet ("Thu Hà/CVN") in any case, and one ``placed`` where a signature
        stands (the page's last line, or under the headline over the filing date) is read as it says.
        """
        if len(line) > _LONGEST_SIGNATURE or self._furniture(line):
            return []
        bare = _OUTLET_AFTER.sub("", line.strip(" *_"))
        if bare != line.strip(" *_"):
            placed = "announced"
        parts = [p for p in _PARTS.split(bare) if p]
        if len(parts) == 2 and parts[1].split()[-1].casefold() in self._desk_ends:
            parts, placed = parts[:1], "announced"  # "Name, RNZ Pacific Senior Journalist"
        if any(len(p.split()) > 4 for p in parts if not re.search(r"\d", p)):
            return []  # prose, not names: each name has 2-4 words
        written = [p for p in parts if not re.search(r"\d", p)]
        # two names or more printed in capitals ("THÀNH CHUNG - VIỆT DŨNG") are a byline: a section
        # label in Title Case ("Kinh Tế - Xã Hội") still needs names of the strict shape
        shouted = len(written) == len(parts) and line.isupper()
        signature = late and len(written) == 1 and len(written[0].split()) >= 2
        one = len(written) == len(parts) == 1 and 2 <= len(written[0].split()) <= 4
        need: CreditSign = placed if one else "alone"
        if shouted and (len(written) >= 2 or signature):
            need = "announced"
        names = [is_name(_unshouted(p), need) for p in written]
        if not names or len(names) > 3 or None in names:
            return []
        # the quote is the name as the line prints it, capitals and all
        return [
            Credit(n.name, n.native, raw, self._signature)
            for n, raw in zip(names, written, strict=True)
            if n is not None
        ]


def _unshouted(name: str) -> str:
    """A name some outlets print in capitals ("VIỆT DŨNG") as it is written in prose ("Việt Dũng")."""
    return name.title() if name.isupper() else name
