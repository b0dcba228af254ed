"""Helpers for testing briefgen plugins without installing them or calling a model.

``registered(plugin)`` puts a plugin into the registry for the length of a ``with`` block (the
same registry the CLI and :func:`briefgen.build` use), so a test exercises the real pipeline;
:class:`FakeSummariser`, :func:`sample_document` and :func:`sample_briefing` give summarisers,
renderers and grouping plugins predictable input with real evidence spans; :func:`evidence` is the
shorthand for a hand-built fact's quote.

Example, in a plugin's own tests::

    from briefgen.testing import registered, sample_briefing
    import my_plugin

    def test_renders():
        with registered(my_plugin):
            data = briefgen.render(sample_briefing(), ["myformat"])["myformat"]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from . import __version__
from .hookspecs import hookimpl
from .models import (
    Article,
    Attendance,
    Briefing,
    Conference,
    Document,
    EventInfo,
    Evidence,
    Figure,
    Generator,
    Outcome,
    Person,
    Source,
)
from .plugins import register_plugin
from .protocols import Settings

SAMPLE_TEXT = (
    "The provincial human rights steering committee held a training conference in Hue on 12 June 2024. "
    "Colonel Tran Van Binh, Deputy Head of the Standing Office, chaired the conference. "
    "The conference was attended by 150 delegates from 9 districts. "
    "Delegates proposed an annual training course for commune officials."
)


@contextmanager
def registered(*plugins: object) -> Iterator[None]:
    """Register in-process plugins (modules or objects with hookimpls) for one ``with`` block."""
    undos = [register_plugin(plugin) for plugin in plugins]
    try:
        yield
    finally:
        for undo in reversed(undos):
            undo()


def evidence(article: str, quote: str) -> tuple[Evidence, ...]:
    """The one-quote evidence most hand-built facts carry: ``Person(..., evidence=evidence("a1", q))``."""
    return (Evidence(article, quote),)


def sample_document(
    text: str = SAMPLE_TEXT,
    article_id: str = "sample",
    language: str = "en",
    *,
    title: str | None = None,
    event: EventInfo | None = None,
    people: tuple[Person, ...] = (),
    figures: tuple[Figure, ...] = (),
    outcomes: tuple[Outcome, ...] = (),
) -> Document:
    """A :class:`Document` split naively into sentences, with whatever facts a test states.

    Without facts it is enough for grouping and summariser tests that analyse nothing; with them
    it stands for what a language plugin would have produced, so a summariser or grouping plugin
    can be tested without any language plugin installed.
    """
    article = Article(id=article_id, path=f"{article_id}.txt", text=text, title=title, language=language)
    sentences = tuple(s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s)
    return Document(
        article=article,
        language=language,
        text=text,
        sentences=sentences,
        event=event or EventInfo(),
        people=people,
        figures=figures,
        outcomes=outcomes,
    )


def _evidence(document: Document, index: int) -> tuple[Evidence, ...]:
    sentences = document.sentences
    return evidence(document.article.id, sentences[index].rstrip(".")) if len(sentences) > index else ()


class FakeSummariser:
    """A summariser that needs no language analysis: every sentence's source is quoted verbatim.

    Register it with ``registered(FakeSummariser.plugin())`` and pick it with
    ``summariser="fake"``.
    """

    name = "fake"

    def summarise(self, conference: Conference, settings: Settings) -> Briefing:
        first = conference.documents[0]
        outcomes = tuple(
            Outcome(text=sentence, kind="conclusion", language=doc.language, evidence=_evidence(doc, i))
            for doc in conference.documents
            for i, sentence in enumerate(doc.sentences)
        )
        return Briefing(
            id=conference.id,
            event=EventInfo(title=first.article.title or conference.id),
            outcomes=outcomes,
            sources=tuple(
                Source(d.article.id, d.article.path, d.language, d.article.title, d.article.url)
                for d in conference.documents
            ),
            generator=Generator(self.name, version=__version__),
        )

    @classmethod
    def plugin(cls) -> object:
        """An in-process plugin object whose ``register_summarisers`` registers a FakeSummariser."""

        class FakeSummariserPlugin:
            @hookimpl
            def register_summarisers(self, register):
                register(cls())

        return FakeSummariserPlugin()


def sample_briefing(document: Document | None = None) -> Briefing:
    """A small, fully grounded briefing (one person, two figures, one outcome) for renderer tests."""
    doc = document or sample_document()
    return Briefing(
        id="2024-06-12-hue-human-rights-training",
        event=EventInfo(
            title="Human rights training conference",
            date="2024-06-12",
            place="Hue",
            organisers=("Provincial human rights steering committee",),
            attendance=Attendance(delegates=150, provinces=None),
        ),
        people=(
            Person(
                "Tran Van Binh",
                role="Deputy Head of the Standing Office",
                acts=("chaired",),
                evidence=_evidence(doc, 1),
            ),
        ),
        figures=(
            Figure(
                "150",
                unit="delegates",
                label="delegates attending",
                kind="attendance",
                evidence=_evidence(doc, 2),
            ),
            Figure(
                "9",
                unit="districts",
                label="districts represented",
                kind="attendance",
                evidence=_evidence(doc, 2),
            ),
        ),
        outcomes=(
            Outcome(
                "Annual training course for commune officials", kind="proposal", evidence=_evidence(doc, 3)
            ),
        ),
        sources=(Source(doc.article.id, doc.article.path, doc.language),),
        generator=Generator("fake", version=__version__),
    )
