"""The extractive summariser on documents analysed from the test articles."""

from dataclasses import replace

from briefgen_plugins.summariser_extractive import ExtractiveSummariser
from langutil import analyse_file, language

import briefgen
from briefgen.models import Article, Conference, Document, Figure
from briefgen.protocols import Settings
from briefgen.testing import evidence, sample_document


def _summarise(*docs):
    return ExtractiveSummariser().summarise(Conference("c", tuple(docs)), Settings())


def test_ranking_sources_and_id():
    doc = analyse_file("en", "en_quang_ninh.txt")
    briefing = _summarise(doc)
    assert briefing.id == "2024-09-12-quang-ninh-regional-human-rights-training-conference"
    assert briefing.people[-1].name == "Pham Quoc Bao"  # chaired/opened people first, a speaker last
    kinds = [f.kind for f in briefing.figures]
    assert kinds.index("economic") < kinds.index("count")  # measures before mere counts
    assert next(o.kind for o in briefing.outcomes) == "request"
    assert briefing.sources[0].id == doc.article.id and briefing.sources[0].language == "en"
    assert briefing.generator == briefgen.Generator("extractive", None, briefgen.__version__)


def test_merging_two_reports_of_one_event():
    en = analyse_file("en", "en_quang_ninh.txt")
    copy = language("en").analyse(Article(id="copy", path="copy.txt", text=en.article.text))
    copy = replace(copy, event=replace(copy.event, date=None))
    briefing = _summarise(copy, en)
    assert len({p.name for p in briefing.people}) == len(briefing.people)
    duc = next(p for p in briefing.people if p.name == "Tran Minh Duc")
    assert {e.article for e in duc.evidence} == {"copy", en.article.id}
    assert len({f.value for f in briefing.figures}) == len(briefing.figures)
    assert briefing.event.date == "2024-09-12"  # the source that states a date wins
    assert len(briefing.sources) == 2


def test_disagreements_and_coverage_reach_the_briefing():
    def report(article_id: str, delegates: str) -> Document:
        text = f"More than {delegates} delegates attended the conference."
        quote = evidence(article_id, f"{delegates} delegates")
        return sample_document(
            text, article_id, figures=(Figure(delegates, "delegates", "delegates", evidence=quote),)
        )

    briefing = _summarise(report("a", "250"), report("b", "250"), report("c", "260"))
    assert [(c.label, c.values) for c in briefing.conflicts] == [("delegates", ("250", "260"))]
    assert [f.value for f in briefing.figures] == ["250"]
    assert briefing.notes == (
        "Reported by 3 articles in 1 language (English); outlets not stated in the sources.",
    )
