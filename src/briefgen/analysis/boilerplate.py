"""Separate an article's own prose from what the web page wrapped around it.

News pages arrive with photo captions, ad markers, comment counters, source lines, page
timestamps, section headers, related-news links and teasers about other events. Analysing
them would add people and numbers from other conferences, so they go first. Captions are
kept apart rather than thrown away: they often say who spoke, and where the event was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..gazetteer import find_latin
from ..textutil import DIGITS, alternation
from .profile import Furniture


class _Patterns(NamedTuple):
    related: re.Pattern[str]
    furniture: re.Pattern[str]
    stamp: re.Pattern[str]
    caption: re.Pattern[str]
    gallery: re.Pattern[str]
    dated_lead: re.Pattern[str]
    bylined: re.Pattern[str]


@lru_cache(maxsize=16)
def _patterns(f: Furniture) -> _Patterns:
    """The line patterns for one language's page furniture (its words from the profile)."""
    # A related-news heading: the short headlines under it are links to other events, not this one
    related = rf"(?:{alternation(f.related)})\s*:?"
    furniture = [
        rf"\[\s*(?:{alternation(f.ads)})[\s_]*\d*\s*\]",
        rf"(?:{alternation(f.comments)})\s*\(\d+\)",
        rf"(?:{alternation(f.sources)})\s*(?::.*)?",
        r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?",
        r"\d{1,2}/\d{1,2}/\d{4}(?:\s*[-|,]?\s*\d{1,2}:\d\d(?::\d\d)?)?(?:\s*(?:GMT|UTC)[+-]?\d*)?",
        rf"(?:{alternation(f.back_to_top)})",
        related,
        # a related-news link on its heading's line ("Baca juga: Prabowo hadiri KTT ke-46 ASEAN")
        rf"(?:{alternation(f.related)})\s*:\s*\S.{{0,150}}",
    ]
    # A page timestamp or byline with a date: "Publié le 21/03/2024 à 09h15", "Thứ Ba, 12/03/2024 16:45",
    # "Tuesday, March 5, 2024 - 18:20", "By Minh Anh | September 19, 2024". It dates the page, not the event.
    # A line of nothing but a date, its weekday first or not ("Vendredi 12 juin 2026", "Friday,
    # June 12, 2026"), dates the page too.
    stamp = (
        r"(?=.*(?<!\d)(?:19|20)\d\d(?!\d))(?!.*[.!?]$)"
        rf"(?:(?:{alternation(f.bylines)})\b.*"
        r"|.*(?<!\d)\d{1,2}[:h]\d\d(?!\d).*"
        rf"|(?:[^\W\d_]+,?\s+)?{_DAY_MONTH_YEAR}"
        r"|(?:[^\W\d_]+,?\s+)?[^\W\d_]+\.?\s+\d{1,2},?\s+(?:19|20)\d\d)"
    )
    # A caption marker: a trailing pipe, a trailing photo/source credit in parentheses, or a bare
    # photographer's credit closing the line ("Quang cảnh hội nghị. Ảnh: Đinh Yến"), whose name is
    # a photographer's, not a participant's.
    caption = (
        rf"(?:\s\|\s*$|\((?:{alternation((*f.photos, *f.sources))})\s*:[^)]*\)\s*\|?\s*$"
        rf"|[.!?]\s+(?:{alternation(f.photos)})\s*:\s*[^.!?:()]{{1,40}}$)"
    )
    # "Here are some photos of the conference:" style lead-ins to a gallery.
    gallery = rf"(?:{alternation(f.galleries)})[^.!?]{{0,40}}:\s*$"
    # A date opening a paragraph ("Ngày 17/10,", "On 17 October,", "Le 17 octobre,", "Pada 17 Oktober,").
    dated_lead = rf"^(?:{alternation(f.date_leads)})\s+\d{{1,2}}(?:[/.]\d{{1,2}}|\s+\w+)"
    return _Patterns(
        re.compile(related, re.I),
        re.compile(rf"(?:{'|'.join(furniture)})", re.I),
        re.compile(stamp, re.I),
        re.compile(caption, re.I),
        re.compile(gallery, re.I),
        re.compile(dated_lead, re.I),
        re.compile(rf"(?:{alternation(f.bylines)})\b", re.I),
    )


_NO_FURNITURE = Furniture()
# a day, its month's name and a year, a short joining word allowed ("9 de abril de 2027")
_DAY_MONTH_YEAR = r"\d{1,2}\s+(?:[^\W\d_]{1,3}\s+)?[^\W\d_]+\.?,?\s+(?:[^\W\d_]{1,3}\s+)?(?:19|20)\d\d"
# a whole date anywhere in a line: "13/10/2026", "20 November 2026", "October 16, 2026"
_FULL_DATE = re.compile(
    rf"(?<!\d)(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)\d\d|{_DAY_MONTH_YEAR}"
    r"|[^\W\d_]{3,}\.?\s+\d{1,2},?\s+(?:19|20)\d\d)(?!\d)"
)
_LONG_BYLINE = 140
_MERIDIEM = re.compile(r"\s*\b[ap]\.\s?m\.$", re.I)  # a time's "a. m." / "p.m.", whose stop ends no sentence
# the page's masthead, headline and dateline come first: a date there is the page's
_HEAD_LINES = 3
_END_PUNCT = re.compile(r"[.!?؟…:;\"”»)]\s*$")


@dataclass(frozen=True)
class Cleaned:
    """The article split into its own prose and what was removed (captions kept apart too)."""

    text: str
    removed: tuple[str, ...]
    captions: tuple[str, ...]
    timestamp: str | None = None


def _caption_body(line: str) -> str:
    """A caption without its trailing pipe, so it can be read as a sentence."""
    return re.sub(r"\s*\|\s*$", "", line).strip()


def _is_header(line: str) -> bool:
    if len(line) >= 60:
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _is_menu(line: str) -> bool:
    """A site's menu or breadcrumb: three or more short items between bars or chevrons
    ("Home | National | Regional | Business", "Accueil > Économie > Agro-industrie"), no sentence in it."""
    items = [item.strip() for item in re.split(r"[|›»•·>]", line)]
    return (
        len(items) >= 3
        and len(line) < 120
        and all(0 < len(item.split()) <= 4 for item in items)
        and not _END_PUNCT.search(line)
    )


def _is_teaser_title(line: str, extra_places: Iterable[str]) -> bool:
    """'Nghệ An: chính sách ...' - a place, a colon and a headline with no final stop."""
    head, sep, rest = line.partition(":")
    if not sep or not rest.strip() or len(head.split()) > 4 or _END_PUNCT.search(line):
        return False
    head = head.strip()
    places = find_latin(head)
    return bool(places and places[0][1] == 0 and places[0][2] == len(head)) or head in extra_places


# Markdown's marks around a line's words: "**Read more**", "- [Headline](https://...)", "## Section"
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")
_MD_MARKS = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+|>\s*)+|(?<!\w)(?:\*\*|__|\*|_)|(?:\*\*|__|\*|_)(?!\w)")


def _unmarked(line: str) -> str:
    """``line`` as a reader sees it once Markdown is rendered: how furniture is recognised in a .md page.

    Only the matching sees this form; the text kept for analysis is the file's own, so every quote
    stays a span of it.
    """
    return _MD_MARKS.sub("", _MD_LINK.sub(r"\1", line)).strip()


def is_furniture(line: str, furniture: Furniture) -> bool:
    """Whether ``line`` is page furniture by its words ("TIN LIÊN QUAN", "Sumber: ...", "[iklan_2]"):
    what no credit or signature is, even printed in capitals like one."""
    p = _patterns(furniture)
    line = _unmarked(line.strip())
    return bool(p.furniture.fullmatch(line) or p.related.fullmatch(line))


def _drop_headlines(lines: list[str], following: list[int], status: dict[int, str]) -> None:
    """Mark the headlines listed under a related-news heading, up to the first line of prose."""
    for i in following:
        line = _unmarked(lines[i].strip())
        if len(line) >= 140 or _END_PUNCT.search(line):
            return
        status.setdefault(i, "removed")


def clean(
    text: str,
    furniture: Furniture = _NO_FURNITURE,
    teaser_places: Iterable[str] = (),
    prose: re.Pattern[str] | None = None,
) -> Cleaned:
    """Split ``text`` into prose lines and removed lines.

    ``furniture`` holds the language's words for page furniture ("Sumber:", "[iklan]", "Baca juga").
    ``teaser_places`` lets a language add place spellings the Latin table cannot match
    (Arabic transliterations) for recognising "Place: headline" teasers; ``prose`` matches
    the language's verbs of reporting, which a stand-alone photo caption does not use.
    """
    p = _patterns(furniture)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blocks: list[list[int]] = [[]]
    for i, line in enumerate(lines):
        if line.strip():
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks.append([])
    spaced = sum(1 for b in blocks if b) > 3  # paragraphs separated by blank lines

    status: dict[int, str] = {}  # index -> "caption" | "removed"
    timestamp = None
    teaser_from: int | None = None
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for pos, i in enumerate(nonblank):
        line = _unmarked(lines[i].strip())
        # "الجمعة ١٦ أكتوبر ٢٠٢٦ - ١٨:٢٠" is a timestamp too, and "14 de octubre de 2026, 09:30 p. m."
        latin = _MERIDIEM.sub("", line.translate(DIGITS))
        if p.caption.search(line):
            status[i] = "caption"
        elif p.furniture.fullmatch(line) or (p.gallery.search(line) and len(line) < 90):
            status[i] = "removed"
            if p.related.fullmatch(line):
                _drop_headlines(lines, nonblank[pos + 1 :], status)
            if re.fullmatch(r"\d{4}-\d\d-\d\d.*|\d{1,2}/\d{1,2}/\d{4}.*", line):
                timestamp = timestamp or line
        # a byline may run long ("Publié le mercredi 8 juillet 2026 | Par ..., envoyée spéciale à ...")
        elif (len(line) < 70 or (len(line) < _LONG_BYLINE and p.bylined.match(latin))) and p.stamp.fullmatch(
            latin
        ):
            status[i] = "removed"
            timestamp = timestamp or line
        elif _is_header(line) or _is_menu(line):
            status[i] = "removed"
        elif (
            teaser_from is None
            and pos >= len(nonblank) // 2
            and _is_teaser_title(line, teaser_places)
            and pos + 1 < len(nonblank)
            and p.dated_lead.match(lines[nonblank[pos + 1]].strip())
        ):
            teaser_from = pos
    if timestamp is None:
        # a masthead or dateline that dates the page ("L'Economiste | Édition N° 6843 du 13/10/2026",
        # "TRIBUNMANADO.CO.ID, MANADO – Jumat, 20 November 2026"): publication-date evidence, kept
        # as text (it may be the headline)
        timestamp = next(
            (
                lines[i].strip()
                for i in nonblank[:_HEAD_LINES]
                if len(lines[i].strip()) < 90 and _FULL_DATE.search(lines[i].translate(DIGITS))
            ),
            None,
        )
    if teaser_from is not None:
        for i in nonblank[teaser_from:]:
            status.setdefault(i, "removed")

    if spaced:
        # the page's first block of text left, above the first paragraph of prose: two short lines
        # there are a headline and its kicker or standfirst, not a list of links ("Ombudsman
        # iberoamericanos en Buenos Aires" / "La FIO ..."); two under a headline are links again
        prose_at = next(
            (
                n
                for n, block in enumerate(blocks)
                if any(len(lines[i].split()) >= 8 and _END_PUNCT.search(lines[i]) for i in block)
            ),
            len(blocks),
        )
        headline_at = next((n for n, block in enumerate(blocks) if any(i not in status for i in block)), -1)
        for n, block in enumerate(blocks):
            open_lines = [i for i in block if i not in status]
            short = [
                i
                for i in open_lines
                if len(_unmarked(lines[i])) < 140 and not _END_PUNCT.search(_unmarked(lines[i]))
            ]
            links = len(short) >= (3 if n == headline_at < prose_at else 2) and len(short) == len(open_lines)
            # a byline and a photo credit are no links ("Por: Julián Restrepo" / "Foto: Cortesía ...")
            if links and not any(p.bylined.match(_unmarked(lines[i]).strip()) for i in short):
                status.update(dict.fromkeys(short, "removed"))  # a list of related-news links
            elif len(block) == 1 and block[0] in open_lines:
                line = lines[block[0]].strip()
                caption_like = len(line) < 100 and line.endswith(".") and "," not in line
                if caption_like and block is not blocks[0] and not (prose and prose.search(line)):
                    status[block[0]] = "caption"  # a stand-alone photo caption

    kept = [lines[i] for i in range(len(lines)) if i not in status or not lines[i].strip()]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    removed = tuple(lines[i].strip() for i in sorted(status))
    captions = tuple(_caption_body(lines[i].strip()) for i in sorted(status) if status[i] == "caption")
    return Cleaned(body, removed, captions, timestamp)
