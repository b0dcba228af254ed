"""Issue #12: outcomes an analyst can read, and an English lead in every format.

An outcome is a whole sentence or an item of a directive's enumerated list (never a comma
fragment), attributed to its speaker and occasion; the page shows at most eight, chosen by kind and
coverage; each starts with an English frame built from facts, and every briefing opens with an
English lead paragraph built from the extracted facts alone.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest
from briefgen_plugins.summariser_extractive import rank_outcomes
from pdf_text import text as pdf_text
from scoring import SEEDS

import briefgen
from briefgen.merge import merge_outcomes
from briefgen.models import Article, Attendance, Briefing, Document, EventInfo, Evidence, Outcome, Person
from briefgen.pipeline import analyse_article, expand_inputs, load_articles
from briefgen.plugins import get_registry
from briefgen.templating import PAGE_OUTCOMES, lead_paragraph, outcome_frame

DATA = Path(__file__).parent / "data"
SETS = [
    SEEDS,
    DATA / "articles",
    *sorted(DATA.glob("heldout*/")),
    *(
        DATA / s
        for s in (
            "general_a",
            "general_b",
            "blind_c",
            "blind_d",
            "blind_e",
            "blind_f",
            "blind_g",
            "blind_h",
            "blind_i",
            "blind_j",
            "blind_k",
            "blind_l",
            "blind_m",
            "blind_n",
            "blind_o",
            "blind_p",
            "blind_q",
            "blind_r",
            "blind_s",
            "blind_t",
            "blind_u",
            "blind_v",
        )
    ),
]
_TRIM = " .…;؛"


def documents(folder: Path) -> list[Document]:
    files, missing = expand_inputs([folder])
    articles, failures = load_articles(files, get_registry(), 10**7)
    assert not missing
    assert articles and not failures
    return [d for d in map(analyse_article, articles) if isinstance(d, Document)]


def ordinal_marker(language: str) -> str:
    """A regex of one ordinal word of the language's pack that numbers a list's items ("kedua, "),
    with the conjunction that may come before it ("dan ketiga")."""
    profile = get_registry().languages[language].analyser.profile
    words = sorted({w for series in profile.list_ordinals for w in series}, key=len, reverse=True)
    if not words:
        return "(?!)"
    joins = [rf"{re.escape(c)}\s+" for c in profile.conjunctions] + [profile.conjunction_clitic or "(?!)"]
    ordinal = "|".join(re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+") for w in words)
    return rf"(?:(?:{'|'.join(joins)})?(?i:{ordinal})[,،:]?\s+)"


def is_unit(quote: str, sentence: str, ordinal: str = "(?!)") -> bool:
    """Whether ``quote`` is all of ``sentence`` (as written, or a bulleted or numbered line without its mark:
    a line opening in bold, "**SEOUL**", is no bullet), or one item of a list in it: after the
    lead's colon, a semicolon, an item marker or an ``ordinal`` word, and up to the next one or the
    end (the first item quotes its lead with it)."""
    whole = sentence.strip(_TRIM)
    if whole == quote or re.sub(r"^(?:[-–•*+]|\(?[a-z0-9]\)|\d{1,2}[.)\-–])\s*", "", whole) == quote:
        return True
    marker = r"(?:\(?(?:[a-z]|[0-9]{1,2})\)\s+)"
    before = rf"(?:.*(?:[:：;؛]\s*|[,،]?\s+(?={marker})){marker}?|(?:.*[\s,;:،؛])?{ordinal})"
    after = rf"(?:\s*[;؛].*|[,،]?\s+{marker}.*|[,،;؛]?\s+{ordinal}.*)?"
    lead_and_first = (":" in quote or bool(re.search(ordinal, quote))) and whole.startswith(quote)
    return bool(re.fullmatch(rf"{before}{re.escape(quote)}{after}", whole, re.S)) or (
        lead_and_first and bool(re.fullmatch(after, whole[len(quote) :], re.S))
    )


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_every_outcome_is_a_whole_sentence_or_list_item(folder: Path) -> None:
    if not folder.exists():
        pytest.skip("../shared is not present")
    checked = 0
    for document in documents(folder):
        for outcome in document.outcomes:
            quote = outcome.evidence[0].quote
            sentence = next(s for s in document.sentences if quote in s)
            assert is_unit(quote, sentence, ordinal_marker(document.language)), (
                document.article.path,
                quote,
                sentence,
            )
            assert not quote.endswith((",", "،")), quote
            checked += 1
    assert checked


ARTICLE = (
    "Conference on labour rights held in Da Nang\n"
    "Da Nang, 14 May 2024 - The Da Nang Human Rights Steering Committee held a conference on labour "
    "rights on 14 May 2024, attended by 150 delegates.\n"
    "The conference was chaired by Major General Tran Van Minh, Deputy Head of the Steering Committee.\n"
    "The world situation will continue to develop in complicated ways, the report said.\n"
    "In his closing speech, Major General Tran Van Minh requested localities to: review every "
    "complaint by workers within thirty days; train labour inspectors in every district; report the "
    "results to the Steering Committee before December.\n"
    "Major General Tran Van Minh also asked the Department of Labour to: (a) publish the results of "
    "every inspection each month, (b) open a telephone line for workers.\n"
    "Vice Chairwoman Le Thi Hoa proposed that the city:\n"
    "- build a shelter for migrant workers in each industrial park;\n"
    "- fund free legal advice for workers.\n"
    "Speaking at the conference, Vice Chairwoman Le Thi Hoa, Vice Chair of the Da Nang People's "
    "Committee, said the conference was an opportunity for localities to share experience, "
    "especially in the industrial parks.\n"
)


def english_document() -> Document:
    document = get_registry().languages["en"].analyse(Article("a1", "a1.txt", ARTICLE, language="en"))
    assert isinstance(document, Document)
    return document


def test_a_directive_list_gives_one_outcome_per_item_each_carrying_who_asked() -> None:
    outcomes = english_document().outcomes
    requests = [o for o in outcomes if o.kind == "request"]
    assert [o.evidence[0].quote.rsplit(":", 1)[-1].strip() for o in requests] == [
        "review every complaint by workers within thirty days",
        "train labour inspectors in every district",
        "report the results to the Steering Committee before December",
        "(a) publish the results of every inspection each month",
        "open a telephone line for workers",
    ]
    requests = requests[:3]
    lead = "In his closing speech, Major General Tran Van Minh requested localities to"
    assert all(o.text.startswith(lead + ": ") for o in requests)
    assert requests[0].evidence[0].quote.startswith(lead)  # the first item quotes its lead with it
    assert {(o.speaker, o.occasion) for o in requests} == {("Tran Van Minh", "closing")}
    # background and the sentence of who chaired are not outcomes; a comma never cuts a sentence
    assert not any("world situation" in o.text or "chaired" in o.text for o in outcomes)
    proposals = [o for o in outcomes if o.kind == "proposal"]
    assert [o.evidence[0].quote for o in proposals] == [
        "build a shelter for migrant workers in each industrial park",
        "fund free legal advice for workers",
    ]
    assert all(o.text.startswith("Vice Chairwoman Le Thi Hoa proposed that the city: ") for o in proposals)
    assert {o.speaker for o in proposals} == {"Le Thi Hoa"}
    (said,) = [o for o in outcomes if o.kind == "conclusion"]
    assert said.text.startswith("Speaking at the conference,") and said.text.endswith("industrial parks")
    assert (said.speaker, said.occasion) == ("Le Thi Hoa", "speech")


def test_the_frame_says_who_in_which_speech_from_facts_only() -> None:
    person = Person("Tran Van Minh", "Major General; Deputy Head of the Steering Committee")
    request = Outcome("x", "request", "vi", speaker="Tran Van Minh", occasion="closing")
    assert (
        outcome_frame(request, [person])
        == "Requested by Tran Van Minh, Major General, in the closing speech:"
    )
    assert outcome_frame(Outcome("x", "task", "vi")) == "Task:"
    assert (
        outcome_frame(Outcome("x", "proposal", "vi", occasion="opening"))
        == "Proposal, in the opening speech:"
    )
    officer = Person(
        "Le Thi Hoa", "Member of the Party Committee; Vice Chair of the People's Committee, Da Nang"
    )
    said = Outcome("x", "conclusion", "fr", speaker="Le Thi Hoa")
    assert outcome_frame(said, [officer]) == "Stated by Le Thi Hoa, Vice Chair of the People's Committee:"


def test_the_lead_states_each_fact_and_guesses_none() -> None:
    chair = Person("Tran Van Minh", "Major General; Deputy Head", acts=("chaired",))
    briefing = Briefing(
        id="b",
        event=EventInfo(
            title="Conference on Labour Rights",
            date="2024-05-14",
            place="Da Nang city",
            organisers=("Da Nang Human Rights Steering Committee",),
            attendance=Attendance(delegates=150, provinces=8),
        ),
        people=(chair, Person("Le Thi Hoa", "Vice Chair", acts=("spoke",))),
    )
    assert lead_paragraph(briefing) == (
        "The event “Conference on Labour Rights” was held on 14 May 2024 in Da Nang city. "
        "It was organised by Da Nang Human Rights Steering Committee. "
        "It was chaired by Tran Van Minh (Major General). 150 delegates from 8 provinces attended."
    )
    bare = Briefing(id="b", event=EventInfo(date="2024"))
    assert lead_paragraph(bare) == "The event was held in 2024."
    assert lead_paragraph(Briefing(id="b", event=EventInfo())) == (
        "The event is reported without a stated date or place."
    )


def test_the_page_places_go_first_to_decisions_and_requests_of_every_speaker() -> None:
    def outcome(kind: str, speaker: str | None, i: int) -> Outcome:
        return Outcome(f"{kind} {i}", kind, "en", (Evidence("a1", f"{kind} {i}"),), speaker=speaker)

    many = [outcome("request", "A", i) for i in range(10)]
    others = [outcome("conclusion", "B", 0), outcome("decision", None, 0), outcome("task", "C", 0)]
    ranked = rank_outcomes([*many, *others])
    page = ranked[:PAGE_OUTCOMES]
    assert ranked[0].kind == "decision"
    assert {o.speaker for o in page} == {"A", "B", "C", None}  # every speaker gets a place
    assert sum(o.speaker == "A" for o in page) == 5
    assert sorted(map(id, ranked)) == sorted(map(id, [*many, *others]))  # nothing lost


def test_copies_across_reports_merge_and_keep_who_said_it() -> None:
    sentence = "The ministries agreed to review the labour code before the end of the year"
    first = Outcome(sentence, "decision", "en", (Evidence("a1", sentence),))
    second = Outcome(
        sentence + ".", "decision", "en", (Evidence("a2", sentence),), "f", "Tran Van Minh", "closing"
    )
    docs = [
        Document(Article(f"a{i}", f"a{i}.txt", ""), "en", "", outcomes=(o,))
        for i, o in ((1, first), (2, second))
    ]
    (merged,) = merge_outcomes(docs, [Person("Tran Van Minh")])
    assert (merged.speaker, merged.occasion) == ("Tran Van Minh", "closing")
    assert {e.article for e in merged.evidence} == {"a1", "a2"}


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared is not present")
def test_every_seed_briefing_opens_with_the_english_lead_in_every_format(tmp_path: Path) -> None:
    report = briefgen.run([SEEDS], tmp_path, formats=["json", "pdf", "html", "md"])
    assert not report.failures
    briefings = sorted(tmp_path.glob("*.json"))
    assert len(briefings) == 5
    for path in briefings:
        data = json.loads(path.read_text(encoding="utf-8"))
        lead = data["summary"]
        assert lead and lead.startswith("The event") and not re.search(r"\b(?:his|her)\b", lead)
        page = path.with_suffix(".html").read_text(encoding="utf-8")
        assert f'<p class="lead">{html.escape(lead, quote=False)}</p>' in html.unescape(page) or (
            f'<p class="lead">{html.escape(lead)}</p>' in page
        )
        markdown = path.with_suffix(".md").read_text(encoding="utf-8")
        assert markdown.split("\n")[2].replace("\\", "") == lead
        assert " ".join(lead.split()[:8]) in pdf_text(path.with_suffix(".pdf").read_bytes())
        shown = data["outcomes"][: min(PAGE_OUTCOMES, len(data["outcomes"]))]
        assert all(o["frame"] and o["frame"].endswith(":") for o in shown)
        assert page.count('<span class="frame">') == len(shown)
        unshown = len(data["outcomes"]) - len(shown)
        assert data["omitted"].get("outcomes", 0) >= unshown


def test_the_json_carries_the_lead_and_frames_whoever_wrote_the_briefing() -> None:
    from briefgen_plugins.render_json import JsonRenderer
    from briefings import normal

    from briefgen.protocols import Settings

    briefing = normal()  # as a model-written briefing arrives: no summary, no frames
    assert briefing.summary is None and not any(o.frame for o in briefing.outcomes)
    data = json.loads(JsonRenderer().render(briefing, Settings()).data)
    assert data["summary"] == lead_paragraph(briefing)
    assert "was held on 14 May 2024 in Da Nang" in data["summary"]
    assert all(o["frame"].endswith(":") for o in data["outcomes"])


def test_a_pronoun_refers_back_only_as_the_subject_of_the_first_cue() -> None:
    reader = get_registry().languages["en"].analyser.outcomes
    people = [Person("Tran Van Minh", native=("Tran Van Minh",))]
    spoke = "Major General Tran Van Minh opened the conference."

    def speaker(sentence: str) -> str | None:
        (outcome,) = reader.outcomes("a1", [spoke, sentence], people)
        return outcome.speaker

    assert speaker("He also proposed a telephone line for workers in every district.") == "Tran Van Minh"
    assert speaker("The minister asked provinces to fund shelters, and he proposed a hotline.") is None
