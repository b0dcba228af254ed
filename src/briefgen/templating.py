"""The page model and Jinja2 environment the HTML and PDF renderers share.

A briefing becomes a :class:`Page` first: plain strings with their language and direction
attached, source markers resolved to numbers, dates spelled out. Each output format then only
escapes and arranges; the Markdown renderer reads the same model, so all formats number
sources alike. The English the page writes itself (the lead paragraph, each outcome's frame) is
built from extracted facts through the patterns of ``phrases.toml``. The Jinja2 environment
escapes everything (``autoescape=True``, not ``select_autoescape``, which would leave
``.html.j2`` unescaped): article and model text are data, and nothing in a template marks them
safe.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .grounding import norm_value
from .models import Briefing, Evidence, Outcome, Person

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

if TYPE_CHECKING:
    import jinja2

TEMPLATE = "briefing.html.j2"
PHRASES = "phrases.toml"
# Outcomes any rendering shows (decisions and requests first, see the extractive summariser); the
# JSON keeps them all and the page says how many more there are.
PAGE_OUTCOMES = 8
_RANK_WORDS = 3  # "Lieutenant General", "Major General": a first role this short is a rank
MAX_NOTES = 3  # run notes (fallbacks, warnings) shown; a page must not fill up with them
STYLESHEET = "briefing.css"
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
# The order in which a paged renderer gives up items, and how the omitted line names them.
KINDS = (
    ("people", "person", "people"),
    ("figures", "figure", "figures"),
    ("outcomes", "outcome", "outcomes"),
)


@dataclass(frozen=True)
class Span:
    """A piece of text with the language and direction its element must carry.

    ``lang``/``dir`` are set only where they differ from the English, left-to-right page, so
    Arabic is shaped and laid out right to left and a source-language outcome says what it is.
    """

    text: str
    lang: str | None = None
    dir: str | None = None
    runs: tuple[tuple[str, bool], ...] = ()  # a right-to-left text in pieces, True for a LTR token


# A left-to-right token inside right-to-left text: Latin letters or digits joined by "/", "-", "." or
# ":" ("47/NQ-CP", "57-KL/TW", "COVID-19"). Left to the bidi algorithm, its weak separators follow
# the Arabic around it and the pieces swap ("NQ-CP/47"); an isolate keeps it in its own order.
_LTR_TOKEN = re.compile(
    r"[A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff]+(?:[/\-.:][A-Za-z0-9\u00c0-\u024f\u1e00-\u1eff]+)+"
)


def rtl_runs(text: str) -> tuple[tuple[str, bool], ...]:
    """``text`` cut into right-to-left pieces and the left-to-right tokens each renderer isolates."""
    runs: list[tuple[str, bool]] = []
    at = 0
    for match in _LTR_TOKEN.finditer(text):
        if match.start() > at:
            runs.append((text[at : match.start()], False))
        runs.append((match.group(), True))
        at = match.end()
    if at < len(text):
        runs.append((text[at:], False))
    return tuple(runs)


@dataclass(frozen=True)
class PersonView:
    name: Span
    native: Span | None
    role: Span | None
    marks: tuple[int, ...]
    edited: bool = False


@dataclass(frozen=True)
class FigureView:
    value: str
    unit: str
    label: Span
    qualifier: Span | None
    marks: tuple[int, ...]
    edited: bool = False


@dataclass(frozen=True)
class OutcomeView:
    kind: str
    frame: str
    text: Span
    marks: tuple[int, ...]
    english: str | None = None  # the model's English sentence; ``text`` is then its source sentence
    edited: bool = False


@dataclass(frozen=True)
class ConflictView:
    """A disagreement: each value with the numbers of the sources that state it."""

    label: Span
    values: tuple[tuple[str, tuple[int, ...]], ...]


@dataclass(frozen=True)
class SourceView:
    number: int
    id: str
    title: Span | None
    language: str
    location: str


@dataclass(frozen=True)
class Page:
    """Everything one rendering of a briefing shows, already chosen and ordered."""

    title: Span
    lead: str
    facts: tuple[tuple[str, Span], ...]
    people: tuple[PersonView, ...]
    figures: tuple[FigureView, ...]
    outcomes: tuple[OutcomeView, ...]
    conflicts: tuple[ConflictView, ...]
    sources: tuple[SourceView, ...]
    omitted_line: str | None
    notes: tuple[str, ...]
    generator: str
    event_edited: bool = False  # an analyst changed the header's facts
    model_line: str | None = None  # which fields a model wrote, so a reader knows what to check


def span(text: str, language: str | None = None) -> Span:
    """Attach ``lang``/``dir`` by script first, then by language.

    Text runs right-to-left when its first letter is Arabic (the rule of HTML's ``dir=auto``) or
    when Arabic letters dominate it; so "Colonel; Head (إدارة ...)" stays left-to-right, with the
    Arabic phrase inside it still laid out right-to-left by the bidi algorithm.
    """
    arabic = len(_ARABIC.findall(text))
    first = _FIRST_LETTER.search(text)
    starts_arabic = first is not None and _ARABIC.match(first.group()) is not None
    if arabic and (starts_arabic or arabic >= 2 * len(_LATIN.findall(text))):
        return Span(text, "ar", "rtl", rtl_runs(text))
    if language == "ar":
        return Span(text, language, "rtl", rtl_runs(text))
    if language and language != "en":
        return Span(text, language)
    return Span(text)


def clip(text: str, limit: int | None) -> str:
    """Shorten ``text`` to ``limit`` characters at a word boundary, marking the cut with an ellipsis.

    ``limit=None`` only folds whitespace: a format that scrolls shows every word.
    """
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text
    cut = text[:limit]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def spell_number(value: str) -> str:
    """A figure's value as a reader takes it in at a glance: ``1000000000`` -> ``1 billion``,
    ``2500000`` -> ``2.5 million``, ``33000`` -> ``33,000``; a decimal, a code ("47/NQ-CP") or
    a number the scale cannot state in three significant figures passes through unchanged.

    The JSON keeps the normalised value; only the page spells it.
    """
    if not re.fullmatch(r"\d+", value) or len(value) < 5:
        return value
    number = int(value)
    for scale, word in _SCALES:
        if number >= scale:
            whole, rest = divmod(number, scale)
            hundredths, left = divmod(rest, scale // 100)
            if not left:  # exact to two decimals: "2.5 million", never a rounded "1.23 billion"
                return f"{whole}{f'.{hundredths:02d}'.rstrip('0').rstrip('.')} {word}"
            break
    return f"{number:,}"


def spell_date(value: str | None) -> str | None:
    """``2024-04-10`` -> ``10 April 2024``; partial ISO dates keep what they know; others pass through.

    A day whose year no source states (``XXXX-05-30``) says so rather than guess one.
    """
    if not value:
        return None
    match = re.fullmatch(r"(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match or (match[2] and not 1 <= int(match[2]) <= 12):
        return value
    year, month, day = match.groups()
    parts = [str(int(day))] if day else []
    if month:
        parts.append(MONTHS[int(month) - 1])
    return " ".join([*parts, "(year not stated)" if year == "XXXX" else year])


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def omitted_line(omitted: Mapping[str, int]) -> str | None:
    """``{"figures": 4, "outcomes": 2}`` -> ``+4 figures, 2 outcomes in the JSON``."""
    names = {kind: (one, many) for kind, one, many in (*KINDS, ("sources", "source", "sources"))}
    parts = [plural(n, *names.get(kind, (kind, kind))) for kind, n in omitted.items() if n > 0]
    return f"+{', '.join(parts)} in the JSON" if parts else None


def source_numbers(briefing: Briefing) -> dict[str, int]:
    """Footer numbers by source id, in the briefing's source order (1-based)."""
    return {source.id: i for i, source in enumerate(briefing.sources, 1)}


def marks(evidence: Iterable[Evidence], numbers: Mapping[str, int]) -> tuple[int, ...]:
    return tuple(sorted({numbers[e.article] for e in evidence if e.article in numbers}))


_NUMBER = re.compile(r"[\d\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][\d\u0660-\u0669\u06f0-\u06f9]+)*")


def _stating(value: str, evidence: Iterable[Evidence]) -> list[Evidence]:
    """The evidence whose quote states ``value``, so each side of a disagreement cites its own sources."""
    wanted = norm_value(value)
    return [e for e in evidence if any(norm_value(n) == wanted for n in _NUMBER.findall(e.quote))]


# Event facts that sources can disagree on; a disagreement is shown in the header, on the fact.
HEADER_CONFLICTS = frozenset({"date", "place"})


def _disputed(briefing: Briefing, label: str, shown: str | None) -> str | None:
    """``shown``, or every value the sources give when they disagree on the event's ``label``.

    A forced merge of two events (``--overrides``) must say in its header that the date or place
    is not one, not only in a line among the figures.
    """
    conflict = next((c for c in briefing.conflicts if c.label == label), None)
    if conflict is None:
        return shown
    values = [spell_date(v) or v for v in conflict.values] if label == "date" else list(conflict.values)
    return f"{' / '.join(values)} {phrases()['lead']['disagree']}"


def _facts(briefing: Briefing, full: bool = False) -> tuple[tuple[str, Span], ...]:
    event = briefing.event
    attendance = []
    if event.attendance.delegates:
        attendance.append(plural(event.attendance.delegates, "delegate", "delegates"))
    if event.attendance.provinces:
        attendance.append(plural(event.attendance.provinces, "province", "provinces"))
    facts = [
        ("Date", _disputed(briefing, "date", spell_date(event.date))),
        ("Place", _disputed(briefing, "place", event.place)),
        ("Organisers", "; ".join(event.organisers) or None),
        ("Attendance", " from ".join(attendance) or None),
    ]
    return tuple((label, span(clip(value, None if full else 160))) for label, value in facts if value)


@lru_cache(maxsize=1)
def phrases() -> dict:
    """The English phrase patterns of ``phrases.toml``: data, so wording changes touch no code."""
    return tomllib.loads((templates_dir() / PHRASES).read_text(encoding="utf-8"))


def short_role(person: Person | None) -> str | None:
    """One short role for one line: a rank when the roles open with one ("Major General"), else the last.

    Reports list party posts first and the office that brought the person to the event last
    ("Member of the Provincial Party Committee; Vice Chairman of the Provincial People's Committee").
    """
    if person is None or not person.role:
        return None
    roles = [r.strip() for r in person.role.split(";") if r.strip()]
    role = roles[0] if len(roles[0].split()) <= _RANK_WORDS else roles[-1]
    return role.split(", ")[0]  # the office without its ministry ("..., Ministry of Justice")


def _series(items: list[str]) -> str:
    words = phrases()["lead"]
    return words["and"].join([words["comma"].join(items[:-1]), items[-1]] if len(items) > 1 else items)


def outcome_frame(outcome: Outcome, people: Iterable[Person] = ()) -> str:
    """The English lead-in of an outcome, from its kind, speaker (with role) and occasion only.

    "Requested by Nguyen Van Ky, Major General, in the closing speech:"; "Task:" when the text
    names no one. A model-written frame is kept as it is.
    """
    if outcome.frame:
        return outcome.frame
    words = phrases()["frame"]
    if outcome.speaker:
        person = next((p for p in people if p.name == outcome.speaker), None)
        role = short_role(person)
        who = words["speaker_role"].format(name=outcome.speaker, role=role) if role else outcome.speaker
        head = words["by"].get(outcome.kind, words["by"]["conclusion"]).format(speaker=who)
    else:
        head = words["kind"].get(outcome.kind, outcome.kind.capitalize())
    occasion = words["occasion"].get(outcome.occasion or "")
    return ", ".join(part for part in (head, occasion) if part) + words["end"]


def lead_paragraph(briefing: Briefing) -> str:
    """The English lead: what, when, where, organised by whom, chaired by whom, how many attended.

    Every clause is one extracted fact (the event's title, date, place, organisers and attendance,
    the people whose act was to chair); a fact the sources do not state is left out, not guessed.
    A model-written summary is kept as it is.
    """
    if briefing.summary:
        return briefing.summary
    words = phrases()["lead"]
    event = briefing.event
    subject = words["event"].format(title=event.title) if event.title else words["untitled"]
    # "on 10 April 2024", but "in 2024" and "in April 2024" when the day is not known
    on_day = bool(event.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", event.date))
    when = (
        words["when" if on_day else "when_partial"].format(date=spell_date(event.date)) if event.date else ""
    )
    where = words["where"].format(place=event.place) if event.place else ""
    sentences = [words["held"].format(event=subject, when=when, where=where) if when or where else ""]
    if not sentences[0]:
        sentences[0] = words["unplaced"].format(event=subject)
    if event.organisers:
        sentences.append(words["organised"].format(organisers=_series(list(event.organisers))))
    chairs = [p for p in briefing.people if "chaired" in p.acts]
    if chairs:
        named = [
            words["person"].format(name=p.name, role=role) if (role := short_role(p)) else p.name
            for p in chairs
        ]
        sentences.append(words["chaired"].format(chairs=_series(named)))
    delegates, provinces = event.attendance.delegates, event.attendance.provinces
    if delegates and provinces:
        sentences.append(words["delegates_from"].format(delegates=delegates, provinces=provinces))
    elif delegates or provinces:
        sentences.append(
            words["delegates" if delegates else "provinces"].format(delegates=delegates, provinces=provinces)
        )
    return " ".join(sentences)


def with_english(briefing: Briefing) -> Briefing:
    """``briefing`` with its lead paragraph and every outcome's frame written, where still missing.

    The extractive summariser calls this; the JSON renderer too, so a briefing from any summariser
    carries the same English in its ``summary`` and ``frame`` fields as on its page.
    """
    return replace(
        briefing,
        summary=lead_paragraph(briefing),
        outcomes=tuple(replace(o, frame=outcome_frame(o, briefing.people)) for o in briefing.outcomes),
    )


def build_page(
    briefing: Briefing,
    counts: Mapping[str, int] | None = None,
    omitted: Mapping[str, int] | None = None,
    max_sources: int | None = None,
    *,
    full: bool = False,
) -> Page:
    """The page for ``briefing``, showing the first ``counts[kind]`` items of each list (all if absent).

    ``omitted`` is what the caller left out (the footer names it); ``max_sources`` caps the
    source list, keeping the sources that shown items cite when there are more. ``full`` keeps
    every word of every text (HTML, Markdown scroll); otherwise long texts are cut to fit a page.
    """

    def cut(text: str, limit: int) -> str:
        return clip(text, None if full else limit)

    counts = counts or {}
    numbers = source_numbers(briefing)
    people = briefing.people[: counts.get("people", len(briefing.people))]
    figures = briefing.figures[: counts.get("figures", len(briefing.figures))]
    outcomes = briefing.outcomes[: min(counts.get("outcomes", PAGE_OUTCOMES), PAGE_OUTCOMES)]
    page_people = tuple(
        PersonView(
            name=span(cut(p.name, 80)),
            native=next((span(cut(n, 80)) for n in p.native if n != p.name), None),
            role=span(cut(p.role, 140)) if p.role else None,
            marks=marks(p.evidence, numbers),
            edited=p.edited,
        )
        for p in people
    )
    page_figures = tuple(
        FigureView(
            value=cut(spell_number(f.value), 24),
            unit=cut(f.unit, 16),
            label=span(cut(f.label or f.kind, 120)),
            qualifier=span(cut(f.qualifier, 60)) if f.qualifier else None,
            marks=marks(f.evidence, numbers),
            edited=f.edited,
        )
        for f in figures
    )
    page_outcomes = tuple(
        OutcomeView(
            kind=o.kind,
            frame=outcome_frame(o, briefing.people),
            text=span(cut(o.text, 420), o.language),
            marks=marks(o.evidence, numbers),
            english=cut(o.text_en, 420) if o.text_en else None,
            edited=o.edited,
        )
        for o in outcomes
    )
    cited = {n for item in (*page_people, *page_figures, *page_outcomes) for n in item.marks}
    sources = [
        SourceView(
            number=numbers[s.id],
            id=s.id,
            title=span(cut(s.title, 90)) if s.title else None,
            language=s.language,
            location=cut(s.url or s.path, 90),
        )
        for s in briefing.sources
    ]
    hidden = 0
    if max_sources is not None and len(sources) > max_sources:
        kept = [s for s in sources if s.number in cited][:max_sources]
        hidden = len(sources) - len(kept)
        sources = kept
    omitted = {**(omitted or {}), **({"sources": hidden} if hidden else {})}
    unshown = len(briefing.outcomes) - len(outcomes)
    if unshown > omitted.get("outcomes", 0):
        omitted["outcomes"] = unshown
    generator = briefing.generator
    return Page(
        title=span(cut(briefing.event.title or briefing.id, 200)),
        lead=cut(lead_paragraph(briefing), 900),
        facts=_facts(briefing, full),
        people=page_people,
        figures=page_figures,
        outcomes=page_outcomes,
        conflicts=tuple(
            ConflictView(
                span(cut(c.label, 80)),
                tuple((cut(v, 24), marks(_stating(v, c.evidence), numbers)) for v in c.values),
            )
            for c in briefing.conflicts
            if c.label not in HEADER_CONFLICTS
        ),
        sources=tuple(sources),
        omitted_line=omitted_line(omitted),
        notes=tuple(cut(note, 200) for note in briefing.notes[:MAX_NOTES]),
        generator=" ".join(x for x in (generator.summariser, generator.model, generator.version) if x),
        event_edited=briefing.event.edited,
        model_line=model_line(briefing.model_fields),
    )


def model_line(fields: Iterable[str]) -> str | None:
    """``("event.title", "outcomes.text_en")`` -> ``Written by a model: title, outcome sentences``."""
    names = phrases()["model_fields"]
    shown = list(dict.fromkeys(names.get(field, field) for field in fields))
    return f"{names['intro']}{', '.join(shown)}" if shown else None


def templates_dir() -> Path:
    """The folder of the ``briefgen_templates`` package: templates, stylesheet and fonts."""
    return Path(str(resources.files("briefgen_templates")))


class TemplateError(ValueError):
    """A template from ``--templates`` that cannot be rendered, named by file and line."""


@lru_cache(maxsize=4)
def environment(override: str | None = None) -> jinja2.Environment:
    """The Jinja2 environment for briefing templates (imported lazily: the CLI starts without it).

    A template in ``override`` (``--templates DIR``) replaces the shipped one of the same name;
    the rest still come from the package. Autoescaping applies to both alike.
    """
    import jinja2

    folders = [override] if override else []
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader([*folders, templates_dir()]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@lru_cache(maxsize=4)
def stylesheet(override: str | None = None) -> str:
    """The stylesheet: ``override``'s own when that folder has one, else the shipped one."""
    mine = Path(override) / STYLESHEET if override else None
    return (mine if mine and mine.is_file() else templates_dir() / STYLESHEET).read_text(encoding="utf-8")


_FONT_FACE = re.compile(r"@font-face\s*\{[^}]*?url\(\s*[\"']?(fonts/[\w.-]+)[\"']?\s*\)[^}]*\}")


@lru_cache(maxsize=8)
def _font_file(relative: str) -> tuple[frozenset[int], str]:
    """A shipped font's characters and its bytes as a ``data:`` URI (read once per process)."""
    import base64

    from fontTools.ttLib import TTFont

    path = templates_dir() / relative
    if path.parent != templates_dir() / "fonts" or not path.is_file():
        return frozenset(), ""
    covered = frozenset(TTFont(str(path), lazy=True).getBestCmap())
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return covered, f"data:font/ttf;base64,{data}"


def embed_fonts(css: str, text: str) -> str:
    """``css`` with each shipped font the page needs inlined, and the other @font-face rules dropped.

    A screen page must render the same wherever it is moved, so it cannot point at the package's
    font files. A font is needed when it draws a character of ``text`` that no font kept before
    it draws (Amiri only for a page with Arabic), which keeps a Latin page at a third of the size.
    """
    wanted = {ord(c) for c in text if not c.isspace()}
    drawn: set[int] = set()
    kept: dict[str, bool] = {}  # a family's regular and bold go together, decided by its first face

    def inline(face: re.Match[str]) -> str:
        covered, uri = _font_file(face[1])
        family = re.search(r"font-family:\s*([^;]+);", face[0])
        key = family[1].strip() if family else face[1]
        if key not in kept:
            kept[key] = bool(uri) and (not drawn or bool((wanted & covered) - drawn))
            drawn.update(wanted & covered if kept[key] else ())
        return face[0].replace(face[1], uri) if kept[key] and uri else ""

    return _FONT_FACE.sub(inline, css)


def render_html(
    page: Page, *, font_pt: float, paged: bool, inline_css: bool = True, templates: str | None = None
) -> str:
    """The standalone HTML page for ``page`` at base size ``font_pt`` (``paged``: the PDF variant).

    ``inline_css=False`` leaves the stylesheet out, for a renderer that passes it parsed once;
    a screen page (``paged=False``) carries the fonts it needs inside it. ``templates`` is the
    ``--templates`` folder; an error in one of its templates names the file and line.
    """
    import jinja2
    import markupsafe

    def draw(css: str) -> str:
        return (
            environment(templates)
            .get_template(TEMPLATE)
            .render(page=page, font_pt=font_pt, paged=paged, css=markupsafe.Markup(css))
        )

    try:
        if not inline_css:
            return draw("")
        if paged:
            return draw(stylesheet(templates))
        return draw(embed_fonts(stylesheet(templates), draw("")))
    except jinja2.TemplateSyntaxError as error:
        raise TemplateError(f"{error.filename or error.name}:{error.lineno}: {error.message}") from None
    except jinja2.TemplateError as error:
        raise TemplateError(f"{_template_line(error)}: {error}") from None


def _template_line(error: BaseException) -> str:
    """``file:line`` of the innermost template frame of ``error`` (Jinja2 maps its frames to templates)."""
    import traceback

    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename.endswith(".j2")]
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else TEMPLATE
