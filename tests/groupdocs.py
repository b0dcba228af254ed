"""Hand-built Documents for grouping and merging tests: what the language analysis would output."""

from __future__ import annotations

from briefgen.models import Article, Document, EventInfo, Evidence, Figure, Outcome, Person


def doc(
    ident: str,
    language: str = "vi",
    date: str | None = None,
    place: str | None = None,
    people: tuple[str | tuple[str, str], ...] = (),
    figures: tuple[str | tuple[str, str, str], ...] = (),
    title: str | None = None,
    outcomes: tuple[tuple[str, str], ...] = (),
    url: str | None = None,
    date_end: str | None = None,
) -> Document:
    """A Document with the given event keys; people as "Name" or (name, native form), figures as
    "value" or (value, unit, label), outcomes as (kind, text). Every fact's evidence quotes its
    own surface text, so merged evidence can be traced back in assertions."""
    persons = []
    for entry in people:
        name, native = entry if isinstance(entry, tuple) else (entry, entry)
        persons.append(
            Person(name=name, native=(native,), acts=("spoke",), evidence=(Evidence(ident, native),))
        )
    figs = []
    for entry in figures:
        value, unit, label = entry if isinstance(entry, tuple) else (entry, "", "")
        figs.append(
            Figure(value=value, unit=unit, label=label, evidence=(Evidence(ident, f"{value} {unit}"),))
        )
    outs = tuple(
        Outcome(text=text, kind=kind, language=language, evidence=(Evidence(ident, text),))
        for kind, text in outcomes
    )
    text = title or ident
    return Document(
        article=Article(
            id=ident, path=f"/in/{ident}.txt", text=text, title=title, url=url, language=language
        ),
        language=language,
        text=text,
        event=EventInfo(title=title, date=date, place=place, date_end=date_end),
        people=tuple(persons),
        figures=tuple(figs),
        outcomes=outs,
    )
