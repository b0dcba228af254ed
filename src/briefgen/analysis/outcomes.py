"""Outcomes of the event: requests, proposals, decisions, commitments, tasks and conclusions, by cue.

A sentence is an outcome when it carries a cue of its kind ("đề nghị", "mengusulkan",
"a souligné la nécessité", "اقترح", "is an opportunity", "signed", "stands ready") and none of the
cues that mark a purpose statement, background, a forecast or a document's contents
(``not_outcomes`` and ``background`` of the profile). A report's dateline sentence names the
event, so a task or conclusion cue there is the event's name, not an outcome.

The unit is the whole sentence, since a clause cut at a comma ("Theo Thiếu tướng Nguyễn Văn Kỷ,")
means nothing alone. The one exception is an enumerated list under a directive lead ("X requested
localities to: a; b; c", "... to: (a) ..., (b) ...", a lead ending in ":" over bulleted lines, or
items numbered by the pack's ordinal words, in the lead's sentence with or without a colon or in
sentences of their own: "yêu cầu thứ nhất, ...; thứ hai, ...", "trois propositions. Premièrement,
... Deuxièmement, ..."): each item is then its own outcome of the lead's kind, its text carrying the
lead so it still says who asked. Within one sentence the first item's evidence is the lead and the
item together (a verbatim span); every other item quotes itself, then the lead.

Each outcome also records who said it (the canonical name of the first person of the article
named in it, or, when it names nobody and refers back with a pronoun, the last one named) and the
occasion ("opening", "closing", "speech") when the sentence says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..models import Evidence, Outcome, Person
from .ordinals import Ordinals, Place
from .profile import OUTCOME_KINDS, Profile

# Kinds whose cue in a list's lead makes each item a directive of its own; a conclusion or a
# task mention in the lead ("the plan's 4 task groups include: ...") keeps the sentence whole.
DIRECTIVES = ("request", "proposal", "decision")
_LIST_COLON = re.compile(r"\s*[:：]\s+")
_ITEM_BREAK = re.compile(r"\s*[;؛]\s*")
# "- ", "a) ", "1. ", "1- ", "١. ": a list line's mark, in any script's digits
_ITEM_MARK = re.compile(r"^[-–•*+]\s*|^(?:\(?[a-z0-9]\)|\d{1,2}[.)\-–])\s+")
# "(a) ..., (b) ...": items lettered or numbered inside one sentence
_MARKER = re.compile(r"(?:^|(?<=\s))\(?(?:[a-z]|[0-9]{1,2})\)\s+")
_MIN_ITEM = 12  # shorter pieces ("etc") are not items of their own
_TRIM = " .…;؛"
_OFFICE_WORDS = 5  # a role is recognised by its first words, before any department that varies
_MIN_OFFICE_WORDS = 3  # "Deputy Minister" alone names no one
# A line without final punctuation and this short is a headline or a label, not a sentence.
_HEADLINE_WORDS = 15
_FINAL = re.compile(r"[.!?؟…:;؛][\"'”’»)]*$")
_IMAGE = "!["  # a Markdown image: its alt text is the photo's caption, not the report's words
# "HANOI, Aug 22 (VNA) - ", "GD&TD - ": a source or a place in capitals, then a dash
_DATELINE = re.compile(r"^(\S.{0,78}?)\s[-\u2013\u2014]\s")
# Kinds whose cues are nouns an event's name carries ("Forum", "launch tasks for 2025"): in the
# opening sentence of a report, which names the event, they say nothing the event did.
_NAMING_KINDS = ("task", "conclusion")


@dataclass(frozen=True)
class Unit:
    """One outcome's wording: ``text`` to show, ``quotes`` its verbatim evidence, ``lead`` the list lead.

    A later item of a list shows its lead too, so its evidence is its own span and then the lead's:
    every word it shows is in a quote it cites. An item is an act of its lead, so ``kind`` is the
    lead's; a whole sentence has None (its kind is the sentence's).
    """

    text: str
    quotes: tuple[str, ...]
    lead: str
    kind: str | None = None


def _compile(cues: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = "|".join(re.escape(c) for c in cues)
    return re.compile(alternatives, re.I) if alternatives else None


def _starting(cues: Iterable[str], clitics: str) -> re.Pattern[str] | None:
    alternatives = "|".join(re.escape(c) for c in cues)
    prefix = f"(?:{clitics})?" if clitics else ""
    return re.compile(rf"(?<!\w){prefix}(?:{alternatives})", re.I) if alternatives else None


def _words(cues: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = "|".join(re.escape(c) for c in cues)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I) if alternatives else None


def _between(text: str, marks: Sequence[tuple[int, int]]) -> list[str]:
    """The text after each marker's span up to the next marker, without the punctuation around it."""
    ends = [start for start, _ in marks[1:]] + [len(text)]
    return [text[at:end].strip(_TRIM + ",،") for (_, at), end in zip(marks, ends, strict=True)]


def _items(body: str, ordinals: Ordinals) -> list[str]:
    """The items of a list: lettered, numbered or ordinal ones at their markers, others at semicolons."""
    marks = [m.span() for m in _MARKER.finditer(body)]
    if not (len(marks) >= 2 and marks[0][0] == 0):
        marks = [(m.start, m.end) for m in ordinals.marks(body)]
    if len(marks) >= 2 and marks[0][0] == 0:
        parts = _between(body, marks)
    else:
        parts = [_ITEM_MARK.sub("", p.strip(_TRIM)) for p in _ITEM_BREAK.split(body)]
    return [p for p in parts if p]


class OutcomeReader:
    def __init__(self, profile: Profile) -> None:
        self.language = profile.code
        # a cue starts a word, after any clitic the language attaches ("وطلب"), so that "طلب"
        # (asked) is not read inside "تتطلب" (requires) nor "asked" inside "tasked"
        clitics = "|".join(re.escape(c) for c in profile.cue_clitics)
        self._cues = [(kind, _starting(profile.outcomes.get(kind, ()), clitics)) for kind in OUTCOME_KINDS]
        self._lead_cues = [
            (kind, _starting(profile.list_leads.get(kind, ()), clitics)) for kind in OUTCOME_KINDS
        ]
        self.ordinals = Ordinals(profile.list_ordinals, profile.conjunctions, profile.conjunction_clitic)
        # and what an earlier meeting did ("the 18th forum, held in 2025, had adopted ...")
        self._skip = _compile([*profile.not_outcomes, *profile.background, *profile.earlier_verbs])
        # a sentence saying who organised the event is the event itself, not one of its outcomes
        self._organised = [re.compile(cue) for cue in profile.organise_cues]
        self._pronoun = _words(profile.speaker_pronouns)
        self._occasions = [(name, _compile(cues)) for name, cues in profile.occasions.items()]

    def _skipped(self, sentence: str) -> bool:
        """Whether ``sentence`` is background or the event itself, whatever cue it carries."""
        if self._skip is not None and self._skip.search(sentence):
            return True
        return any(cue.search(sentence) for cue in self._organised)

    def kind_of(self, sentence: str, listing: bool = False) -> str | None:
        """The kind of outcome ``sentence`` states, or None; ``listing``: it leads a list, so the
        nouns that announce a list's items ("three proposals") are cues too."""
        if self._skipped(sentence):
            return None
        cues = [*self._cues, *self._lead_cues] if listing else self._cues
        return next((kind for kind, cue in cues if cue is not None and cue.search(sentence)), None)

    def units(self, sentence: str) -> list[Unit]:
        """The whole sentence, or each item of a directive's enumerated list with its lead: a list
        after a colon, or one its ordinal words number with no colon ("yêu cầu thứ nhất, ...")."""
        whole = sentence.strip(_TRIM)
        for lead_end, at in self._list_starts(whole):
            lead = whole[:lead_end]
            items = _items(whole[at:], self.ordinals)
            kind = self.kind_of(lead, listing=True)
            if len(items) >= 2 and all(len(item) >= _MIN_ITEM for item in items) and kind in DIRECTIVES:
                first = whole[: whole.index(items[0], at) + len(items[0])]
                return [
                    Unit(f"{lead}: {item}", (first,) if i == 0 else (item, lead), lead, kind)
                    for i, item in enumerate(items)
                ]
        return [Unit(whole, (whole,), whole)]

    def _list_starts(self, whole: str) -> list[tuple[int, int]]:
        """Where a list may start in ``whole``: (end of its lead, start of its first item), at a
        colon, then at the first ordinal word of a series that numbers items without one."""
        starts = []
        colon = _LIST_COLON.search(whole)
        if colon is not None:
            starts.append(colon.span())
        marks = self.ordinals.marks(whole)
        if marks:
            at = marks[0].start
            starts.append((len(whole[:at].rstrip(" ,،")), at))
        return starts

    def _refers_back(self, sentence: str) -> bool:
        """Whether a pronoun is the subject of the sentence's first cue ("Ông đề nghị", "He also
        proposed"); one after it belongs to a later clause ("the minister asked ..., and he ...")."""
        pronoun = self._pronoun.search(sentence) if self._pronoun is not None else None
        if pronoun is None:
            return False
        cues = [m.start() for _, cue in self._cues if cue is not None and (m := cue.search(sentence))]
        return not cues or pronoun.start() <= min(cues)  # an Arabic verb is both ("واقترح")

    def occasion(self, text: str) -> str | None:
        return next((name for name, cue in self._occasions if cue is not None and cue.search(text)), None)

    def outcomes(
        self, article: str, sentences: Iterable[str], people: Sequence[Person] = ()
    ) -> list[Outcome]:
        out: list[Outcome] = []
        last: str | None = None
        lead: _Lead | None = None  # a directive whose items are the sentences after it
        offices = _unique_offices(people)
        sentences = list(sentences)
        for i, sentence in enumerate(sentences):
            named = _first_named(sentence, people, offices)
            if named is None and self._refers_back(sentence):
                named = last
            last = named or last
            if lead is not None:
                found = self._items_of(sentence, lead)
                if found is not None:
                    items, lead.at = found
                    for item in items:
                        evidence = (Evidence(article, item), *lead.outcome.evidence)
                        out.append(
                            replace(lead.outcome, text=f"{lead.outcome.text}: {item}", evidence=evidence)
                        )
                    lead.items += len(items)
                    continue
                out.extend(lead.unlisted())
                lead = None
            if not _is_sentence(sentence) or self._skipped(sentence):
                continue
            units = self.units(sentence)
            kind = units[0].kind or self.kind_of(sentence)
            if len(units) == 1:
                following = sentences[i + 1] if i + 1 < len(sentences) else ""
                lead = self._lead(article, sentence, following, kind, named)
                if lead is not None:
                    continue
            if kind is None or (kind in _NAMING_KINDS and _is_dateline(sentence)):
                continue
            for unit in units:
                out.append(
                    Outcome(
                        unit.text,
                        unit.kind or kind,
                        self.language,
                        tuple(Evidence(article, quote) for quote in unit.quotes),
                        speaker=named,
                        occasion=self.occasion(unit.lead),
                    )
                )
        if lead is not None:
            out.extend(lead.unlisted())
        return out

    def _lead(
        self, article: str, sentence: str, following: str, kind: str | None, named: str | None
    ) -> _Lead | None:
        """``sentence`` as the lead of the items after it: a directive that ends in a colon, or one
        that the next sentence goes on from with the first ordinal word of a series; else None."""
        bullets = sentence.rstrip().endswith((":", "："))
        if not bullets and not self.ordinals.run(following.strip(), None):
            return None
        listed = self.kind_of(sentence, listing=True)
        if listed not in DIRECTIVES:
            return None
        text = sentence.strip(_TRIM + ":：")
        outcome = Outcome(
            text, listed, self.language, (Evidence(article, text),), None, named, self.occasion(text)
        )
        return _Lead(outcome, alone=kind is not None, bullets=bullets)

    def _items_of(self, sentence: str, lead: _Lead) -> tuple[list[str], tuple[Place, ...] | None] | None:
        """``sentence`` as the next items of ``lead``, without their marks, and the ordinal of the
        last: a bulleted line, or a sentence that goes on with the lead's ordinal words (one or
        more: "Thứ nhất, ...; thứ hai, ..."); None when it is no item of it."""
        line = sentence.strip(_TRIM)
        if lead.bullets and _ITEM_MARK.match(line):
            item = _ITEM_MARK.sub("", line)
            return ([item], lead.at) if item else None
        if lead.bullets and line[:1].islower():
            return [line], lead.at  # a list's line whose mark the page drew (an HTML <li>): it goes on
        run = self.ordinals.run(line, lead.at)
        if not run:
            return None
        items = _between(line, [(m.start, m.end) for m in run])
        return (items, run[-1].places) if all(items) else None


@dataclass
class _Lead:
    """A directive over the items that follow it, bulleted lines or ordinal sentences, as they come."""

    outcome: Outcome
    alone: bool  # an outcome of its own when no item follows (a cue, not only a noun, made it one)
    bullets: bool  # it ends in a colon, so bulleted lines are its items
    at: tuple[Place, ...] | None = None  # where its last item's ordinal may stand in a series
    items: int = 0

    def unlisted(self) -> list[Outcome]:
        """The lead itself when no item followed it and it states an outcome alone; a lead that
        ends in a colon ("recommended the following:") says nothing without its items."""
        return [self.outcome] if self.alone and not self.items and not self.bullets else []


def _first_named(sentence: str, people: Sequence[Person], offices: dict[str, str]) -> str | None:
    """The canonical name of the person of the article who comes first in ``sentence``.

    A person is found by any native spelling of their name or, since reports often refer to a
    speaker by office alone ("the deputy director of the department ... proposed"), by the first
    words of one of their roles as the article wrote it, when no one else holds that office.
    """
    found = [
        (at, person.name)
        for person in people
        for native in person.native
        if native and (at := sentence.find(native)) >= 0
    ]
    lowered = sentence.casefold()
    found += [(at, name) for office, name in offices.items() if (at := lowered.find(office)) >= 0]
    return min(found)[1] if found else None


def _unique_offices(people: Sequence[Person]) -> dict[str, str]:
    """Opening words of a role -> the one person of the article who holds it."""
    holders: dict[str, set[str]] = {}
    for person in people:
        for office in _offices(person):
            holders.setdefault(office, set()).add(person.name)
    return {office: next(iter(names)) for office, names in holders.items() if len(names) == 1}


def _offices(person: Person) -> list[str]:
    """The distinctive opening words of each role the article gave ``person``."""
    segments = (person.role_source or "").split(";")
    words = [s.split()[:_OFFICE_WORDS] for s in segments]
    return [" ".join(w).casefold() for w in words if len(w) >= _MIN_OFFICE_WORDS]


def _is_sentence(text: str) -> bool:
    """A sentence of the report: not a headline, nor a Markdown image's caption ("![...](...)")."""
    text = text.strip()
    if text.startswith(_IMAGE):
        return False
    return bool(_FINAL.search(text)) or len(text.split()) >= _HEADLINE_WORDS


def _is_dateline(sentence: str) -> bool:
    """Whether ``sentence`` opens with a dateline, as a report's first sentence does."""
    head = _DATELINE.match(sentence.strip())
    if head is None:
        return False
    last = head.group(1).split()[-1]
    return last.endswith(")") or last.isupper()
