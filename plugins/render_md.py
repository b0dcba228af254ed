"""The Markdown format: the page model as plain Markdown, as the HTML shows it (the eight outcomes).

Article and model text are escaped so that they stay text in any Markdown renderer: every
character that can open emphasis, code, a link, an image, raw HTML or an entity is
backslash-escaped, and line breaks are folded so no text can start a heading or a list. Paths
and URLs of sources go into code spans, which no renderer turns into links.
"""

from __future__ import annotations

import re

from briefgen import hookimpl
from briefgen.models import Briefing
from briefgen.protocols import Rendered, Settings
from briefgen.templating import OutcomeView, Span, build_page

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")
# GitHub and markdown-it's linkify turn bare ``http://``, ``www.``, domains (``evil.com/login``,
# punycode ``xn--80ak6aa92e.com``) and e-mail addresses into links. Every autolink needs a ``.``
# before a letter (a top-level domain), an ``@`` between word characters, or a ``:`` after a
# scheme's letters; a backslash before each splits the text where the linkifier looks, and the
# rendered text is unchanged. Decimals ("6.1 %") need no escape: no top-level domain is a digit.
_AUTOLINK = re.compile(r"(?<=[\w-])(?:\.(?=[^\W\d_])|@(?=[\w-]))|(?<=\w):")


def escape(text: str | Span) -> str:
    """``text`` as literal Markdown inline content."""
    raw = text.text if isinstance(text, Span) else text
    escaped = _SPECIAL.sub(r"\\\1", " ".join(raw.split()))
    return _AUTOLINK.sub(lambda m: "\\" + m.group(), escaped)


def code(text: str) -> str:
    """A code span that holds ``text`` verbatim, whatever backticks it contains."""
    text = " ".join(text.split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    return f"{fence} {text} {fence}"


def cite(numbers: tuple[int, ...]) -> str:
    return f" [{', '.join(map(str, numbers))}]" if numbers else ""


def edited(flag: bool) -> str:
    """The mark of an item an analyst changed in the JSON (``briefgen render``)."""
    return " *(edited)*" if flag else ""


def outcome(o: OutcomeView) -> str:
    """An outcome's line: the frame, then the model's English with its source sentence quoted, or
    the source sentence alone."""
    if o.english:
        quote = f"“{escape(o.text)}”{cite(o.marks)}"
        return f"**{escape(o.frame)}** {escape(o.english)}{edited(o.edited)} — {quote}"
    return f"**{escape(o.frame)}** {escape(o.text)}{cite(o.marks)}{edited(o.edited)}"


def to_markdown(briefing: Briefing) -> str:
    page = build_page(briefing, full=True)  # every word: Markdown scrolls
    lines = [f"# {escape(page.title)}", "", escape(page.lead) + edited(page.event_edited), ""]
    if page.facts:
        lines += [" · ".join(f"**{label}:** {escape(value)}" for label, value in page.facts), ""]
    if page.people:
        lines += ["## Key people", ""]
        for p in page.people:
            native = f" ({escape(p.native)})" if p.native else ""
            role = f" — {escape(p.role)}" if p.role else ""
            lines.append(f"- **{escape(p.name)}**{native}{role}{cite(p.marks)}{edited(p.edited)}")
        lines.append("")
    if page.figures or page.conflicts:
        lines += ["## Key figures", ""]
        for f in page.figures:
            value = escape(f"{f.value} {f.unit}".strip())
            qualifier = f" ({escape(f.qualifier)})" if f.qualifier else ""
            lines.append(f"- **{value}** {escape(f.label)}{qualifier}{cite(f.marks)}{edited(f.edited)}")
        for c in page.conflicts:
            values = " / ".join(f"{escape(v)}{cite(m)}" for v, m in c.values)
            lines.append(f"- Sources disagree on {escape(c.label)}: {values}")
        lines.append("")
    if page.outcomes:
        lines += ["## Outcomes", ""]
        lines += [f"{i}. {outcome(o)}" for i, o in enumerate(page.outcomes, 1)]
        lines.append("")
    if page.omitted_line:
        lines += [f"*{escape(page.omitted_line)}*", ""]
    lines += ["## Sources", ""]
    for s in page.sources:
        title = escape(s.title) if s.title else code(s.id)
        lines.append(f"{s.number}. {title} ({escape(s.language)}) {code(s.location)}")
    lines += [
        "",
        *(f"*{escape(note)}*\n" for note in (*([page.model_line] if page.model_line else []), *page.notes)),
        f"*briefgen · {escape(page.generator)}*",
        "",
    ]
    return "\n".join(lines)


class MarkdownRenderer:
    name = "md"
    extension = "md"
    paged = False

    def render(self, briefing: Briefing, settings: Settings) -> Rendered:
        return Rendered(to_markdown(briefing).encode("utf-8"))


@hookimpl
def register_renderers(register):
    register(MarkdownRenderer())
