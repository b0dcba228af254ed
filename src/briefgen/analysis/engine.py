"""The analysis every language plugin runs: clean, split, find, and assemble a Document.

A plugin builds one :class:`Analyser` from its :class:`~briefgen.analysis.profile.Profile`
and registers it. Everything that can be compiled is compiled here, once per language, so
that analysing an article is a handful of regex passes (a few milliseconds).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..models import Article, Document, EventInfo, Evidence, Person
from ..textutil import fold
from . import sentences as sentence_split
from .boilerplate import clean, is_furniture
from .credits import Credit, CreditReader
from .dates import DateFinder
from .event import EventReader, attendance
from .figures import FigureReader, evidence_span, merge
from .names import CreditSign, LeadIn, Mention, NameRules, credited_name, latin_names, particles_pattern
from .numbers import NumberReader
from .outcomes import OutcomeReader
from .profile import ACTS, Profile
from .roles import RoleReader


@dataclass
class _Found:
    """Everything said about one person across the article, before it becomes a Person."""

    name: str
    natives: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    acts: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)


class Analyser:
    """A Language plugin object: ``name``, ``analyse(article)`` and ``numbers(text)``."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.name = profile.code
        self.reader = NumberReader(
            profile.number_words,
            profile.qualifiers,
            profile.ordinal_cues,
            profile.number_word_spans,
            profile.space_thousands,
            profile.percent_words,
            profile.ordinal_suffixes,
            profile.number_clitics,
            profile.capitals,
            tuple(profile.currencies),  # figures (issue #10): "VND38.5"
        )
        self._abbreviations = frozenset(a.casefold() for a in profile.abbreviations)
        self.dates = DateFinder(profile)
        self.roles = RoleReader(profile)
        self.figures = FigureReader(profile, self.reader)
        self.outcomes = OutcomeReader(profile)
        self.event = EventReader(profile, self.roles)
        cues = [c for cs in (*profile.acts.values(), *profile.outcomes.values()) for c in cs]
        titles = "|".join(re.escape(t) for t in sorted(profile.titles, key=len, reverse=True)) or "(?!)"
        self._apposition = re.compile(rf",\s+(?:the\s+)?(?:{titles})(?!\w)", re.I)
        leads = "|".join(
            re.escape(w) for w in sorted([*profile.honorifics, *profile.ranks], key=len, reverse=True)
        )
        # --- people (issue #10) ---
        heads = "|".join(
            re.escape(t)
            for t in sorted([*profile.titles, *profile.ranks, *profile.honorifics], key=len, reverse=True)
        )
        self._name_rules = NameRules(
            profile.name_shape,
            frozenset(w.casefold() for w in profile.office_words),
            frozenset(w.casefold() for w in profile.determiners),
            frozenset(
                w.casefold()
                for phrase in (*profile.institution_words, *profile.titles, *profile.ranks)
                for w in re.split(r"[\s-]+", phrase)
                if len(w) > 2
            ),
            re.compile(rf"(?<!\w)(?:{heads})(?!\w)", re.I) if heads else None,
            frozenset(w.casefold() for w in profile.place_features),
            frozenset(fold(w) for w in (*profile.months, *profile.weekdays, *profile.month_abbreviations)),
            frozenset(w.casefold() for w in profile.body_heads),
            frozenset(w.casefold() for w in profile.unit_words),
            particles_pattern(profile.name_particles),
            frozenset(w for p in profile.name_particles for w in p.split()),
            re.compile("|".join(f"(?:{p})" for p in profile.non_name_shapes), re.I)
            if profile.non_name_shapes
            else None,
        )
        self._lead_in = LeadIn(
            re.compile(rf"(?<!\w)(?:{leads or '(?!)'})\s+$", re.I), re.compile(rf"(?:{titles})(?!\w)", re.I)
        )
        self.credits = CreditReader(
            profile.credit_words,
            profile.byline_words,
            furniture=lambda line: is_furniture(line, profile.furniture),
        )
        self._prose = re.compile("|".join(re.escape(c) for c in cues), re.I) if cues else None
        self._acts = {act: tuple(c.casefold() for c in profile.acts.get(act, ())) for act in ACTS}

    def numbers(self, text: str) -> Iterable[str]:
        return self.reader.values(text)

    def names(self, text: str) -> list[Mention]:
        if self.profile.find_names is not None:
            return self.profile.find_names(text)
        return latin_names(
            text,
            self.profile.honorifics,
            self._apposition,
            lead_in=self._lead_in,
            rules=self._name_rules,
        )

    def credited(self, text: str, evidence: CreditSign) -> Mention | None:
        """``text`` as the name a credit gives, or None (see :meth:`CreditReader.credits`)."""
        if self.profile.find_names is None:
            return credited_name(text, self._name_rules, evidence)
        found = self.profile.find_names(text)
        if len(found) == 1 and found[0].native == text:
            return found[0]
        return self.profile.credited_name(text) if self.profile.credited_name is not None else None

    def acts_of(self, sentence: str, mentions: list[Mention]) -> list[set[str]]:
        """What each mention did, by cue phrase: the nearest cue is the one that names them.

        ("présidée par A, ..., avec la participation de B": A chaired, B attended.) A sentence
        naming one person gives them every act it mentions.
        """
        low = sentence.casefold()
        cues = [(act, low.find(c)) for act, cs in self._acts.items() for c in cs if c in low]
        if len(mentions) == 1:
            return [{act for act, _ in cues}]
        out = []
        for m in mentions:
            ranked = sorted(cues, key=lambda c: min(abs(c[1] - m.start), abs(c[1] - m.end)))
            out.append({ranked[0][0]} if ranked else set())
        return out

    def analyse(self, article: Article) -> Document:
        cleaned = clean(article.text, self.profile.furniture, self.profile.teaser_places, self._prose)
        body = cleaned.text
        sentences = sentence_split.split(body, self._abbreviations)
        captions = [s for c in cleaned.captions for s in sentence_split.split(c, self._abbreviations)]
        credits = self.credits.credits(article.text, self.credited)
        people = _with_credits(self._people(article.id, sentences, captions), article.id, credits)
        # a caption's quote is furniture the cleaner removed, quotable like a credit
        captioned = [e.quote for p in people for e in p.evidence if e.quote not in body]
        figures = merge(self.figures.figures(article.id, sentences))
        outcomes = self.outcomes.outcomes(article.id, sentences, people)
        published = article.published or self.dates.stamp(cleaned.timestamp)
        date, date_end = self.dates.event_dates(sentences, captions, body, published)
        lead = [*sentences[:4], *captions]
        place = self.event.place([*sentences, *captions], date or published)
        event = EventInfo(
            title=self.event.title([*sentences, *captions], date, place),
            date=date,
            date_end=date_end,
            place=place,
            organisers=self.event.organisers(lead),
            attendance=attendance(figures),
        )
        return Document(
            article=article,
            language=self.name,
            text=body,
            sentences=tuple(sentences),
            removed=cleaned.removed,
            event=event,
            people=people,
            figures=tuple(figures),
            outcomes=tuple(outcomes),
            published=published,
            credits=tuple(dict.fromkeys([*(c.quote for c in credits), *captioned])),
        )

    def _people(self, article: str, sentences: list[str], captions: list[str]) -> tuple[Person, ...]:
        found: dict[str, _Found] = {}
        # captions count for roles and acts; they give evidence only of someone the prose does not
        # name ("Phó Chủ tịch Quốc hội X điều hành ... Ảnh: ..."), quoted as page furniture
        for sentence, in_body in [*((s, True) for s in sentences), *((c, False) for c in captions)]:
            mentions = self.names(sentence)
            if not mentions:
                continue
            for mention, acts in zip(mentions, self.acts_of(sentence, mentions), strict=True):
                key = fold(mention.name)
                entry = found.get(key)
                if entry is None:
                    entry = found[key] = _Found(mention.name)
                if mention.native not in entry.natives:
                    entry.natives.append(mention.native)
                others = [m for m in mentions if m is not mention]
                role = self.roles.phrase(sentence, mention, others)
                if role:
                    entry.roles.append(role)
                entry.acts |= acts
                if (in_body or not entry.evidence) and len(entry.evidence) < 2:
                    quote = evidence_span(sentence, mention.start, mention.end, limit=140)
                    entry.evidence.append(Evidence(article, quote))
        people = []
        for entry in _fold_one_word_names(found):
            source = max(entry.roles, key=len) if entry.roles else None
            people.append(
                Person(
                    name=entry.name,
                    role=self.roles.english(source) if source else None,
                    native=tuple(entry.natives),
                    role_source=source,
                    acts=tuple(a for a in ACTS if a in entry.acts),
                    evidence=tuple(entry.evidence),
                    sounds=self._sounds(entry.natives),
                )
            )
        return tuple(people)

    def _sounds(self, natives: list[str]) -> tuple[str, ...]:
        """The skeletons of the first native form the pack's own script wrote, or ()."""
        read = self.profile.name_sounds
        return next((sounds for sounds in map(read, natives) if sounds), ()) if read else ()


def _fold_one_word_names(found: dict[str, _Found]) -> list[_Found]:
    """The people found, with each one-word name folded into the one fuller name that holds it.

    "Mr Chinh" after "Prime Minister Pham Minh Chinh" and "Anwar" after "Anwar Ibrahim" are the same
    person; a one-word name that two fuller names hold, or none ("Sugiono"), stays as it is.
    """
    tokens = {key: key.split() for key in found}
    kept = dict(found)
    for key, words in tokens.items():
        if len(words) != 1:
            continue
        holders = [k for k, ws in tokens.items() if len(ws) > 1 and words[0] in ws]
        if len(holders) == 1:
            single, full = kept.pop(key), found[holders[0]]
            full.roles += single.roles
            full.acts |= single.acts
            full.evidence += single.evidence[: max(0, 2 - len(full.evidence))]
    return list(kept.values())


def _credit_misread(person: Person, credits: dict[str, Credit]) -> bool:
    """Whether the prose read a credit's words into a name ("Photo Doãn Tấn" from "VNS Photo Doãn
    Tấn"): the name ends in a credited one, and a quote of it is that credit's line."""
    key = fold(person.name)
    return any(
        key.endswith(" " + k) and any(e.quote in c.quote or c.quote in e.quote for e in person.evidence)
        for k, c in credits.items()
    )


def _credit_quoted(person: Person, credit: Credit | None) -> tuple[Evidence, ...]:
    """``person``'s evidence, quoted from the credit where the prose quoted its whole line ("Por Marta
    Ruiz | Lima": "Por Marta Ruiz")."""
    if credit is None:
        return person.evidence
    return tuple(replace(e, quote=credit.quote) if credit.quote in e.quote else e for e in person.evidence)


def _with_credits(people: tuple[Person, ...], article: str, credits: list[Credit]) -> tuple[Person, ...]:
    """``people`` and one person per credited name, quoted from its first credit.

    A credited name the prose also gives ("Hoàng Anh" on a line of its own) stays one person, with
    the credit's role when the prose gave none; one the prose misread with the credit's words is
    the credited name alone.
    """
    roles: dict[str, list[str]] = {}
    first: dict[str, Credit] = {}
    for credit in credits:
        key = fold(credit.name)
        first.setdefault(key, credit)
        for part in credit.role.split(" and "):  # "reporter and photographer", then "photographer"
            if part not in roles.setdefault(key, []):
                roles[key].append(part)
    named = {fold(p.name): p for p in people if not _credit_misread(p, first)}
    out = [
        replace(
            p, role=p.role or " and ".join(roles.get(k, [])) or None, evidence=_credit_quoted(p, first.get(k))
        )
        for k, p in named.items()
    ]
    out += [
        Person(
            name=c.name,
            role=" and ".join(roles[k]),
            native=(c.native,),
            evidence=(Evidence(article, c.quote),),
        )
        for k, c in first.items()
        if k not in named
    ]
    return tuple(out)
