"""A person's role at the event: the title phrase next to their name, rendered in English.

Reports attach the role either before the name ("Wakil Menteri Luar Negeri Le Thi Thu Hang",
"Thiếu tướng Nguyễn Văn Kỷ") or after it, comma-separated ("Le Quoc Hung, membre du Comité
central du Parti, vice-ministre ..."). A phrase counts as a role only if it starts with a
known rank or title. Each comma part is translated as rank + title + "of the" + body, with the
country it belongs to and, for an envoy, where they are posted ("Ambassador of France to Vietnam")
when the language's lexicon and the gazetteer cover every word, otherwise the cleaned source part
is kept as written, whole: never an English title glued to a source fragment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..gazetteer import find_latin
from .names import Mention
from .personal import country_of
from .profile import Profile

_BOUNDARY = re.compile(r"[,;:()\n،؛]")
# Who heads a body, in English: a language's generic "head" ("رئيس", "Ketua", "président") is the
# Chairman of a committee, the Premier of a State Council, the President of a country or of a few
# international bodies. Matched on the body's head noun phrase, the words before any "of" or comma.
_CHAIR = {
    "Head": "Chairman",
    "Deputy Head": "Vice Chairman",
    "President": "Chairman",
    "Vice President": "Vice Chairman",
}
_PRESIDENT = {
    "Head": "President",
    "Chairman": "President",
    "Deputy Head": "Vice President",
    "Vice Chairman": "Vice President",
}
_HEADS = (
    (
        r"People's (?:Committee|Council)|Fatherland Front(?: Committee)?|Association|National Assembly"
        r"|Chamber of Commerce(?: and Industry)?|Federation",
        _CHAIR,
    ),
    (r"State Council", {"Head": "Premier", "Chairman": "Premier", "Prime Minister": "Premier"}),
    (
        r"European Commission|World Economic Forum|Central Committee of the Vietnam Fatherland Front",
        _PRESIDENT,
    ),
)
# the words before a head noun hold no "of": "Central Committee of the Fatherland Front" is a committee
_HEAD_NOUNS = tuple(
    (re.compile(rf"^(?:(?!of )\S+ )*?(?:{nouns})(?:$|,)"), titles) for nouns, titles in _HEADS
)


# roles that are accredited "to" a country rather than working "in" it
_ACCREDITED = re.compile(r"Ambassador|Consul|Envoy|Mission|Delegation")
# English names of bodies said without "the": acronyms read as words ("Secretary-General of ASEAN")
_NO_ARTICLE = frozenset({"ASEAN", "APEC", "UNESCO", "UNICEF", "NATO", "OPEC"})
# an organisation's acronym: capitals and digits, parts joined by hyphens ("GCC", "ASEAN-BAC", "G20")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{2,9})*")
# English country names said with "the"
_THE = re.compile(r"^United |(?:Republic|Kingdom|Islands|Emirates|Philippines|Netherlands|Maldives|Bahamas)$")
# titles whose bare domain names a ministry ("ministro de Cultura", "secretaria de Estado de Comercio")
_MINISTERIAL = ("Minister", "Secretary of State")
# the share of a body's letters that may stay unread when no exact reading of a role is found
_LOOSE = 0.3


def _alternation(words: Sequence[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class RoleReader:
    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self._bodies_read = lru_cache(maxsize=4096)(self._body)
        prefix = f"(?:{profile.title_prefix})?" if profile.title_prefix else ""
        heads = _alternation([*profile.ranks, *profile.titles])
        self._head = re.compile(rf"(?<!\w){prefix}(?:{heads})(?!\w)", re.I) if heads else None
        honorifics = _alternation([*profile.honorifics, *profile.ranks, *profile.titles])
        # "and" as a word (followed by a space) or as a clitic glued to the next word (Arabic "و")
        conj = _alternation(profile.conjunctions) or "(?!)"
        clitic = profile.conjunction_clitic or "(?!)"
        self._and = rf"(?:(?:{conj})\s|{clitic})"
        self._either = rf"(?:{conj}|{clitic})"
        self._conj = re.compile(rf"^{self._either}\s+", re.I)
        # words before a role that are no part of it ("the", "ông", "السيد") and elided ones ("l'")
        article = _alternation(profile.role_articles) or "(?!)"
        elided = rf"|(?:{_alternation(profile.elisions)})['’]\s*" if profile.elisions else ""
        self._article = re.compile(rf"^(?:(?:{article})\s+{elided})+", re.I)
        self._conj_next = re.compile(rf"\s(?:{conj})\s(?=(?:{honorifics})(?!\w))", re.I)
        self._and_head = re.compile(rf"\s+{self._and}(?=(?:{heads})(?!\w))", re.I) if heads else None
        # "..., dan Ibu X" / "..., Mme X" / "..., والسيد X": a new person's entry, not a role before it
        self._new_entry = re.compile(
            rf"\s*(?:{self._and}|(?:{_alternation(profile.honorifics)})(?!\w))", re.I
        )
        self._honorifics_end = re.compile(
            rf"(?:\s+(?:{_alternation(profile.honorifics)})['’.]?)+\s*$" if profile.honorifics else "(?!)",
            re.I,
        )
        self._rank_at = re.compile(rf"{prefix}({_alternation(list(profile.ranks))})(?!\w)", re.I)
        self._title_at = re.compile(rf"{prefix}({_alternation(list(profile.titles))})(?!\w)", re.I)
        # a whole word ("في" is no part of "فيتنام"), or an elided one glued to the next ("l'")
        joiners = _alternation(profile.joiners)
        self._joiner = re.compile(rf"^(?:{joiners})(?:(?<=['’])|(?!\w))\s*", re.I) if joiners else None
        self._ranks = {k.casefold(): v for k, v in profile.ranks.items()}
        self._titles = {k.casefold(): v for k, v in profile.titles.items()}
        self._titles_by_length = sorted(self._titles, key=len, reverse=True)
        self._bodies = [(re.compile(p, re.I), en) for p, en in profile.bodies]
        self._countries = {k.casefold(): v for k, v in profile.countries.items()}
        self._of_clitic = re.compile(profile.of_clitic) if profile.of_clitic else None
        envoy = _alternation(profile.envoy_words)
        self._envoy = re.compile(rf"(?<!\w)(?:{envoy})(?!\w)", re.I) if envoy else None
        # a role ends where the sentence's verb begins ("... (Bộ Tư pháp) đánh giá cao ...") or at the
        # pack's other words that end one ("cùng": with); the act and outcome cues are word starts
        verbs = (
            _alternation(
                [c.strip() for cues in (*profile.acts.values(), *profile.outcomes.values()) for c in cues]
            )
            or "(?!)"
        )
        ends = _alternation(profile.role_ends) or "(?!)"
        self._verb = re.compile(rf"\s(?:{verbs}|(?:{ends})(?!\w))", re.I)
        # before a name only whole words count: "Spokesperson" starts with the act "spoke"
        self._verb_word = re.compile(rf"\s(?:{verbs}|{ends})(?!\w)", re.I)

    # --- finding the phrase ------------------------------------------------------------------
    def phrase(self, text: str, mention: Mention, others: Sequence[Mention]) -> str | None:
        """The role phrase written next to ``mention`` in ``text`` (a sentence), or None."""
        if self._head is None:
            return None
        parts = [*self._before(text, mention, others), *self._after(text, mention, others)]
        return "; ".join(parts) if parts else None

    def _starts_with_head(self, segment: str) -> str | None:
        seg = self._conj.sub("", self._article.sub("", segment.strip()))
        m = self._head.match(seg) if self._head else None
        return seg.strip(" .") if m else None

    def _before(self, text: str, mention: Mention, others: Sequence[Mention]) -> list[str]:
        floor = max([o.end for o in others if o.end <= mention.start], default=0)
        cuts = [m.end() for m in _BOUNDARY.finditer(text, floor, mention.start)]
        start = cuts[-1] if cuts else floor
        if floor:  # "A, <A's titles> và ông B": the conjunction starts B's part of the sentence
            for conj in self._conj_next.finditer(text, start, mention.start):
                start = conj.end()
        segment = text[start : mention.start]
        # a verb or "with" between a title and the name: the title is another person's ("رئيس جنوب
        # أفريقيا ... يرحب برئيس الوزراء"), the role begins after it if at all
        clipped = self._after_verbs(segment)
        after_verb, segment = clipped != segment, clipped
        head = self._head.search(segment) if self._head else None
        parts: list[str] = []
        if head:
            parts.append(segment[head.start() :].strip(" ,،"))
            contiguous = not after_verb and self._starts_with_head(segment) is not None
        elif (
            not after_verb
            and len(segment.split()) <= 2
            and cuts
            and text[cuts[-1] - 1] in ",،"
            and not self._new_entry.match(text, cuts[-1], mention.start)
        ):
            # "le vice-président du Comité ..., Lam Hai Giang": the role is the previous part, but
            # not after "and" or a title ("..., والسيد فو ثانه ليم"): that is the previous person's
            prev_start = cuts[-2] if len(cuts) > 1 else floor
            prev = self._after_verbs(text[prev_start : cuts[-1] - 1])
            head = self._head.search(prev) if self._head else None
            if head:
                parts.append(prev[head.start() :].strip(" ,،"))
            contiguous = False
        if not parts:
            return []
        # honorifics between the title and the name are no part of the role ("Minister Dato' Seri")
        parts[-1] = self._honorifics_end.sub("", parts[-1]) or parts[-1]
        # earlier comma parts that are titles too ("anggota Komite Partai Provinsi, Wakil Ketua ..."),
        # unless the chain runs back to an earlier name (then they are that person's titles)
        chain: list[str] = []
        idx = len(cuts) - 1
        while contiguous and idx >= 1 and text[cuts[idx] - 1] in ",،":
            earlier = self._starts_with_head(text[cuts[idx - 1] : cuts[idx] - 1])
            if not earlier:
                break
            chain.insert(0, earlier)
            idx -= 1
        if chain and not (floor and not text[floor : cuts[idx]].strip(" ,،")):
            parts = chain + parts
        return parts

    def _after_verbs(self, segment: str) -> str:
        """``segment`` after its last verb or role end: what a role before a name may hold."""
        verbs = list(self._verb_word.finditer(segment))
        return segment[verbs[-1].end() :] if verbs else segment

    def _after(self, text: str, mention: Mention, others: Sequence[Mention]) -> list[str]:
        rest_start = mention.end
        if not re.match(r"\s*[,،]", text[rest_start:]):
            return []
        limit = min([o.start for o in others if o.start >= mention.end], default=len(text))
        stop = re.search(r"[;؛]", text[rest_start:limit])  # ";" separates the next person's entry
        limit = rest_start + stop.start() if stop else limit
        parts: list[str] = []
        region = text[rest_start:limit]
        for m in re.finditer(r"[^,;،؛.]+", region):
            seg = self._starts_with_head(m.group())
            if not seg:
                break
            if limit < len(text) and not region[m.end() :].strip():  # runs on to the next name
                if re.match(rf"\s*{self._and}", m.group()):
                    break  # ", واللواء نجوين": the next name's own title
                # "... (Bộ Tư pháp) và ông": the last "and" starts the next entry, an earlier one is
                # inside a body's name ("Bộ Lao động - Thương binh và Xã hội")
                seg = re.sub(rf"^(.*)\s+{self._either}\s.*$", r"\1", seg)
            verb = self._verb.search(seg)
            if verb:
                parts.append(seg[: verb.start()].strip())
                break
            parts.append(seg.strip())
        return parts

    # --- rendering in English ------------------------------------------------------------------
    def english(self, phrase: str) -> str:
        parts = re.split(r"[;,،؛]", phrase)
        if self._and_head is not None:  # "... ورئيس اللجنة": "and" starting a second title
            parts = [q for p in parts for q in self._and_head.split(p)]
        return "; ".join(self._english_part(p.strip()) for p in parts if p.strip())

    def _english_part(self, part: str) -> str:
        words: list[str] = []
        rest = self._article.sub("", part)
        m = self._rank_at.match(rest) if self.profile.ranks else None
        if m:
            words.append(self._ranks[m.group(1).casefold()])
            rest = rest[m.end() :].strip()
        m = self._title_at.match(rest) if self.profile.titles else None
        if m:
            # the title without the clitic before it ("ووزير": "and Minister")
            title, rest = self._title_and_body(m.group(1), rest[m.start(1) :])
            words.append(title)
        if not rest:
            return " ".join(words) if words else part
        if not words or self.profile.english:
            return part
        # --- people (issue #10): title + body + country, or the whole source phrase once ---
        # never an English title glued to an untranslated fragment
        return self._role(" ".join(words), rest) or part

    def _role(self, title: str, rest: str) -> str | None:
        """``title`` (English) of what ``rest`` names, or None when part of ``rest`` has no English.

        Tried in turn, the exact readings before the loose one: a body and/or a country ("del
        Ministerio de Salud de Chile"); an envoy's sender and receiver ("de France au Vietnam"); a
        country's adjective before the rest ("vietnamien des Affaires étrangères": of Vietnam, the
        rest read as if it were absent); a body that leaves a few words unread.
        """
        ministerial = title.endswith(_MINISTERIAL)
        body, country = self._body_and_country(rest, ministerial)
        if body is not None or country is not None:
            return _compose(title, body, country)
        envoy = self._envoy.search(rest) if self._envoy else None
        if envoy:
            sender = rest[: envoy.start()].strip()
            role = self._role(title, sender) if self._bare(sender) else title
            where = self._receiver(rest[envoy.end() :].strip(), _ACCREDITED.search(role or "") is not None)
            if role and where:
                return f"{role} {where}"
        first, _, after = rest.partition(" ")
        country = self._country(first)
        if country and after and not self._country(self._bare(after)):
            role = self._role(title, after)
            return f"{role} of {_the(country)}" if role and country not in role else None
        body = self._body_of(rest, ministerial, _LOOSE)
        if body:
            return _compose(title, body, None)
        # a body the lexicon lacks but names by its acronym, which needs no English ("GCC", "ASEAN-BAC")
        acronym = _ACRONYM.fullmatch(self._bare(rest))
        return _of(title, acronym.group()) if acronym else None

    def _receiver(self, text: str, accredited: bool = True) -> str | None:
        """Where someone is posted, in English: an envoy "to" a country, anyone "to" a body, "in" a city.

        Only envoys and missions are accredited to a country; a UN agency's director is "in" it.
        """
        envoy = self._envoy.search(text) if self._envoy else None
        if envoy:
            first = self._receiver(text[: envoy.start()].strip(), accredited)
            second = self._receiver(text[envoy.end() :], False)
            return f"{first} {second}" if first and second else None
        country = self._country(self._bare(text))
        if country:
            return f"{'to' if accredited else 'in'} {_the(country)}"
        body = self.body(text)
        if body:
            return f"to the {body}"
        place, span = self.place_in(text)
        if place and span and not self._leftover(text, [span]):
            return f"in {place}"
        return None

    def _country(self, text: str) -> str | None:
        """The English country ``text`` names or describes, with the pack's own names and clitics."""
        text = text.strip()
        own = self._countries.get(text.casefold())
        if own:
            return own
        country = country_of(text, self.profile.demonym_affixes)
        if country:
            return country
        for ending in self.profile.demonym_endings:  # "الفيتنامية": the feminine of "الفيتنامي"
            if text.endswith(ending) and len(text) > len(ending):
                return self._country(text[: -len(ending)])
        glued = self._of_clitic.match(text) if self._of_clitic else None
        return self._country(text[glued.end() :]) if glued and glued.end() < len(text) else None

    def _body_and_country(self, rest: str, ministerial: bool = False) -> tuple[str | None, str | None]:
        """The English body and country that ``rest`` (a role after its title) names, each or both.

        "de Malasia" is a country, "Bộ Y tế" a body, "del Ministerio de Salud de Chile" both; a
        body is tried first on the whole of ``rest``, so a country inside a body's name stays there.
        After a minister's title a bare domain names the ministry ("de Relaciones Exteriores").
        """
        body = self._body_of(rest, ministerial, 0.0)
        if body is not None:
            return body, None
        country = self._country(self._bare(rest))
        if country:
            return None, country
        words = rest.split()
        for n in (1, 2, 3):
            if len(words) > n:
                tail, head = " ".join(words[-n:]), " ".join(words[:-n])
                country = self._country(self._bare(tail))  # "l'Indonésie"
                if country and self._envoy and (self._envoy.match(tail) or self._envoy.search(words[-n - 1])):
                    continue  # "de l'Union européenne au Vietnam": posted to Vietnam, not of it
                # a trailing "of" is a joiner
                body = self._body_of(head, ministerial) if country else None
                if body:
                    return body, country
        return None, None

    def _body_of(self, text: str, ministerial: bool, loose: float = _LOOSE) -> str | None:
        """The body ``text`` names; after a minister's title also the ministry a bare domain names."""
        found = self.body(text, loose)
        if found is None and ministerial and self.profile.ministry_word:
            found = self.body(f"{self.profile.ministry_word} {text.strip()}", loose)
        return found

    def _bare(self, text: str) -> str:
        """``text`` without the joining words and articles before it ("de la", "of the")."""
        while True:
            stripped = self._article.sub("", text)
            stripped = self._joiner.sub("", stripped) if self._joiner else stripped
            if stripped == text:
                return text.strip()
            text = stripped

    def _title_and_body(self, longest: str, rest: str) -> tuple[str, str]:
        """The title at the start of ``rest`` and what follows it.

        The longest title wins unless a shorter one leaves a known body: "Trưởng Ban Dân vận" is
        "Trưởng" (Head) + "Ban Dân vận" (a commission), not the title "Trưởng ban" + "Dân vận".
        """
        after = rest[len(longest) :].strip()
        if after and self.body(after) is None:
            for title in self._titles_by_length:
                shorter = rest[len(title) :].strip()
                if (
                    title != longest.casefold()
                    and rest.casefold().startswith(title + " ")
                    and self.body(shorter) is not None
                ):
                    return self._titles[title], shorter
        return self._titles[longest.casefold()], after

    def body(self, text: str, loose: float = _LOOSE) -> str | None:
        """English name of the body (organisation) ``text`` names, or None when not covered.

        Up to ``loose`` of its letters may be left unread (words the lexicon lacks around a name).
        Each reading runs every body pattern over the text, and reports of a conference ask for
        the same few role phrases again and again, so readings are kept (a bounded number).
        """
        return self._bodies_read(text, loose)

    def _body(self, text: str, loose: float) -> str | None:
        found: list[tuple[int, int, str]] = []
        # the longest names first: "Văn phòng Thường trực Ban Chỉ đạo ..." before the "Ban Chỉ đạo ..." in it
        matches = [(m.start(), m.end(), en) for pattern, en in self._bodies for m in pattern.finditer(text)]
        for start, end, english in sorted(matches, key=lambda m: m[0] - m[1]):
            if all(end <= a or start >= b for a, b, _ in found):
                found.append((start, end, english))
        place, place_span = self.place_in(text)
        spans = [(a, b) for a, b, _ in found] + ([place_span] if place_span else [])
        letters = len(re.sub(r"\W", "", text))
        if not found or len(self._leftover(text, spans)) > loose * letters:
            return None
        found.sort()
        names = [e for _, _, e in found]
        if place:
            idx = next((i for i, n in enumerate(names) if "{place}" in n), None)
            if idx is not None:
                # "Ho Chi Minh City" + "{place} City Department": the city is named once
                names[idx] = re.sub(r"\b(City|Province) \1\b", r"\1", names[idx].replace("{place}", place))
            else:
                names[0] = f"{place} {names[0]}"
        names = [re.sub(r"\{place\}\s*", "", n) for n in names]
        return ", ".join(dict.fromkeys(names))

    def _leftover(self, text: str, spans: list[tuple[int, int]]) -> str:
        """The letters of ``text`` outside ``spans`` and outside joining words ("of", "của")."""
        rest = "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(text))
        words = [w for w in rest.split() if not (self._joiner and self._joiner.fullmatch(w + " "))]
        return re.sub(r"\W", "", "".join(words))

    def place_in(self, text: str) -> tuple[str | None, tuple[int, int] | None]:
        hits = (self.profile.find_places or find_latin)(text)
        if hits:
            place, a, b = hits[0]
            return _short(place.english), (a, b)
        return None, None


def _compose(title: str, body: str | None, country: str | None) -> str:
    """Title, body and country in English: "Minister of Health of Chile"."""
    title = _head_title(title, body, country)
    role = _of(title, body) if body else title
    return f"{role} of {_the(country)}" if country else role


def _the(country: str) -> str:
    """A country's English name as it follows "of" or "to": "the Philippines", "the United States"."""
    return f"the {country}" if _THE.search(country) else country


def _head_title(title: str, body: str | None, country: str | None) -> str:
    """The English title of the head of ``body`` (or of ``country`` alone: its President)."""
    if body is None:
        return _PRESIDENT.get(title, title) if country else title
    table = next((titles for pattern, titles in _HEAD_NOUNS if pattern.match(body)), {})
    return table.get(title, title)


def _of(title: str, body: str) -> str:
    """A title of a body in English: "Minister" + "Ministry of Health" is "Minister of Health".

    A Secretary of State heads a ministry's domain too, "for" it: "Secretary of State for Trade".
    """
    if title.endswith(_MINISTERIAL) and body.startswith("Ministry of "):
        joint = "for" if title.endswith("of State") else "of"
        return f"{title} {joint} {body.removeprefix('Ministry of ')}"
    return f"{title} of {body}" if body in _NO_ARTICLE or _spoken(body) else f"{title} of the {body}"


def _spoken(acronym: str) -> bool:
    """Whether an acronym is said as a word ("of JETRO", "of ASEAN") rather than letter by letter
    ("of the GCC", "of the UNDP"): four letters or more, two of them vowels, no three consonants in a row."""
    head = acronym.split("-")[0]
    return (
        _ACRONYM.fullmatch(acronym) is not None
        and len(head) >= 4
        and sum(c in "AEIOU" for c in head) >= 2
        and re.search(r"[^AEIOU\d]{3}", head) is None
    )


def _short(english: str) -> str:
    return re.sub(r" (?:province|city|\(.*\))$", "", english)
