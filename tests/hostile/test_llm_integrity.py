"""Integrity under attack: grounding that a near-miss number cannot fool, every model-written field
checked, model text and server answers bounded in size and time, answers never shared across
endpoints. The servers are real HTTP servers on 127.0.0.1 (``tests/fake_openai.py``)."""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fake_openai import LIES, Reply, answering, chat, faithful_answer, fake_openai, lying_answer
from llm_sample import conference

from briefgen import pipeline
from briefgen.grounding import MAX_CHARS, Verifier
from briefgen.models import Article, Briefing, Conference, Document, Evidence, Figure
from briefgen.plugins import get_registry
from briefgen.protocols import Settings

from .accounting import FIGURES, add_figure

KEY = "sk-hostile-0000"


def _cases(count: int = 1) -> None:
    add_figure("llm integrity cases tried", count)


@pytest.fixture
def options(tmp_path: Path) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "api_key": KEY, "cache_dir": str(tmp_path / "cache"), "max_retries": "0"}


def _summarise(conf: Conference, url: str, options: dict[str, Any], **extra: Any) -> Briefing:
    briefing, _ = pipeline.summarise(
        conf, "openai", Settings({**options, "base_url": url, **extra}, run_id="h")
    )
    return briefing


def _one(language: str, text: str, figures: tuple[Figure, ...] = ()) -> Conference:
    doc = Document(Article("a", "a.txt", text), language, text, figures=figures)
    return Conference("c", (doc,))


# (language, source text, values that must be refused, values that must be kept)
NUMBER_CASES = [
    (
        "en",
        "Hanoi, 350 delegates on December 6, 2024",
        ["35", "50", "3", "620", "0", "6202024"],
        ["350", "6", "2024"],
    ),
    ("en", "more than 120 journalists attended", ["12", "20", "1"], ["120"]),
    (
        "vi",
        "Hơn 350 đại biểu; tăng trưởng đạt 6,1% và 33.000 lao động",
        ["61", "33", "35"],
        ["350", "6.1", "33000"],
    ),
    ("fr", "1 500 fonctionnaires et 6,8 % de croissance", ["15", "68", "500"], ["1500", "6.8"]),
    ("ar", "حضر ٣٥٠ مندوبا و١٢٥٠٠ مؤسسة", ["35", "125", "12"], ["350", "12500"]),
    ("ar", "يعمل 18 ألف عامل", ["1", "8"], ["18"]),
    ("id", "sebanyak 2.500 peserta dari 34 provinsi", ["25", "3"], ["2500", "34"]),
]


@pytest.mark.parametrize("readers", ["language", "none"])
@pytest.mark.parametrize(("language", "text", "refused", "kept"), NUMBER_CASES)
def test_a_figure_is_grounded_only_by_that_number_as_a_number(
    readers: str, language: str, text: str, refused: list[str], kept: list[str]
) -> None:
    numbers = pipeline.number_readers(get_registry()) if readers == "language" else None
    check = Verifier(_one(language, text), numbers)
    quote = (Evidence("a", text),)
    for value in refused:
        _cases()
        assert check.figure(Figure(value, evidence=quote)) is None, (value, text)
    for value in kept:
        _cases()
        assert check.figure(Figure(value, evidence=quote)) is not None, (value, text)


def test_the_unit_must_be_the_analysis_or_the_quote() -> None:
    text = "Hanoi, 350 delegates on December 6, 2024; growth reached 6.1 percent."
    check = Verifier(_one("en", text), pipeline.number_readers(get_registry()))
    quote = (Evidence("a", text),)
    assert check.figure(Figure("350", "delegates", evidence=quote))
    assert check.figure(Figure("6.1", "%", evidence=quote))
    assert check.figure(Figure("350", "tanks", evidence=quote)) is None
    assert check.figure(Figure("350", "%", evidence=_one_quote("350 delegates"))) is None
    arabic = Figure("18", "thousand workers", kind="count", evidence=(Evidence("a", "18 ألف عامل"),))
    analysed = Verifier(_one("ar", "يعمل 18 ألف عامل", (arabic,)), pipeline.number_readers(get_registry()))
    assert analysed.figure(arabic)  # the analysis's own unit, scale word and all
    _cases(5)


def _one_quote(text: str) -> tuple[Evidence, ...]:
    return (Evidence("a", text),)


def test_a_lying_model_changes_nothing_on_the_page(options: dict[str, Any]) -> None:
    conf = conference()
    offline, _ = pipeline.summarise(conf, "extractive", Settings({}))
    with fake_openai([answering(lying_answer)]) as server:
        lied = _summarise(conf, server.url, options)
    dumped = json.dumps(lied.to_dict(), ensure_ascii=False)
    for lie in LIES:
        _cases()
        assert lie not in dumped
    assert lied.generator.summariser == "openai"
    assert lied.event == offline.event and lied.summary == offline.summary
    assert [(p.name, p.role) for p in lied.people] == [(p.name, p.role) for p in offline.people]
    assert [(f.value, f.unit, f.label) for f in lied.figures] == [
        (f.value, f.unit, f.label) for f in offline.figures
    ]
    assert [(o.text, o.text_en) for o in lied.outcomes] == [(o.text, o.text_en) for o in offline.outcomes]
    assert lied.model_fields == ()
    for field in (
        "event.place",
        "event.organisers",
        "event.title",
        "people.role",
        "figures",
        "outcomes",
        "summary",
    ):
        assert lied.dropped_ungrounded.get(field), (field, lied.dropped_ungrounded)


def test_an_honest_model_is_kept_and_said_to_be(options: dict[str, Any]) -> None:
    def honest(request: Any) -> dict[str, Any]:
        answer = faithful_answer(request)
        answer["people"][0]["role"] = "Deputy Minister, chair of the course"
        answer["lead"] = "Tran Van Minh chaired a training course on human rights in Da Nang."
        return answer

    with fake_openai([answering(honest)]) as server:
        briefing = _summarise(conference(), server.url, options)
    assert briefing.summary and "Tran Van Minh" in briefing.summary
    assert briefing.people[0].role == "Deputy Minister, chair of the course"
    assert {"summary", "people.role", "outcomes.text_en"} <= set(briefing.model_fields)
    assert all(o.text_en for o in briefing.outcomes)


@pytest.mark.parametrize(
    ("field", "size"),
    [("title", 5_000), ("role", 5_000), ("outcome", 5_000), ("lead", 50_000), ("title", 3_000_000)],
)
def test_model_text_is_bounded(options: dict[str, Any], field: str, size: int) -> None:
    def bloated(request: Any) -> dict[str, Any]:
        answer = faithful_answer(request)
        long = " ".join(["Training course on human rights"] * (size // 32))
        if field == "title":
            answer["event"]["title"] = long
        elif field == "role":
            answer["people"][0]["role"] = long
        elif field == "outcome":
            answer["outcomes"][0]["text"] = long
        else:
            answer["lead"] = long
        return answer

    with fake_openai([answering(bloated)]) as server:
        briefing = _summarise(conference(), server.url, options)
    _cases()
    assert len(json.dumps(briefing.to_dict())) < 20_000
    if size > 2_000_000:  # over the response cap: refused unread, the extractive briefing is used
        assert briefing.generator.summariser == "extractive"
    else:
        assert briefing.generator.summariser == "openai" and briefing.dropped_ungrounded


def test_a_trickling_server_cannot_hold_a_request_past_its_timeout(options: dict[str, Any]) -> None:
    body = json.dumps({"choices": []})
    with fake_openai([Reply(body=body, trickle=0.5)]) as server:
        start = time.monotonic()
        briefing = _summarise(conference(), server.url, options, timeout="2")
        elapsed = time.monotonic() - start
    FIGURES["llm trickle request seconds (timeout=2)"] = round(elapsed, 1)
    _cases()
    assert briefing.generator.summariser == "extractive"
    assert elapsed < 4.5  # the whole reply would take ~60 s at this pace


def test_a_never_ending_body_is_cut_at_the_cap(options: dict[str, Any]) -> None:
    with fake_openai([Reply(endless=True)]) as server:
        start = time.monotonic()
        briefing = _summarise(conference(), server.url, options, timeout="30")
        elapsed = time.monotonic() - start
        sent = server.bytes_sent
    FIGURES["llm endless body bytes sent before the client hung up"] = sent
    _cases()
    assert briefing.generator.summariser == "extractive"
    assert sent < 16_000_000 and elapsed < 10  # the 2 MB cap, plus what loopback socket buffers hold


def test_answers_are_cached_per_endpoint_and_the_endpoint_is_recorded(options: dict[str, Any]) -> None:
    def titled(title: str) -> Any:
        def make(request: Any) -> Reply:
            answer = faithful_answer(request)
            answer["lead"] = title
            return chat(json.dumps(answer))

        return make

    first_lead = "Tran Van Minh chaired the course in Da Nang."
    second_lead = "Deputy Minister Tran Van Minh chaired the course."
    with fake_openai([titled(first_lead)]) as one, fake_openai([titled(second_lead)]) as two:
        a = _summarise(conference(), one.url, options)
        b = _summarise(conference(), two.url, options)
        again = _summarise(conference(), one.url, options)
    _cases(3)
    assert len(one.requests) == len(two.requests) == 1  # each server asked once, the re-run cached
    assert (a.summary, b.summary, again.summary) == (first_lead, second_lead, first_lead)
    assert a.generator.endpoint == one.url.split("/")[2] != b.generator.endpoint == two.url.split("/")[2]
    assert KEY not in json.dumps(a.to_dict())


SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"


@pytest.mark.skipif(not SEEDS.exists(), reason="../shared is not present")
def test_the_support_threshold_keeps_the_analysis_words_and_refuses_the_lies() -> None:
    """The measurement behind SUPPORT_THRESHOLD (docs/hostile.md), kept true on every run."""
    registry = get_registry()
    articles, _ = pipeline.load_articles(sorted(SEEDS.iterdir()), registry, 10**8)
    documents = [d for d in map(pipeline.analyse_article, articles) if isinstance(d, Document)]
    honest, lies = [], []
    for conf in pipeline.group_documents(documents):
        briefing, _ = pipeline.summarise(conf, "extractive", Settings({}))
        check = Verifier(conf, pipeline.number_readers(registry))
        for outcome in briefing.outcomes:
            # a whole source sentence may be longer than the one English sentence a model may write
            if len(outcome.text) <= MAX_CHARS["outcome"]:
                honest.append(check.outcome_words_ok(outcome.text, outcome))
            lies.append(
                check.outcome_words_ok(
                    "The conference decided to dissolve the provincial government.", outcome
                )
            )
        for person in briefing.people:
            lies.append(check.role_ok(replace(person, role="Supreme Commander of the Galaxy")))
        for figure in briefing.figures:
            honest.append(check.label_ok(figure))
            lies.append(check.label_ok(replace(figure, label="tanks destroyed")))
        lies.append(check.organiser_ok("Ministry of Truth"))
        lies.append(check.place_ok("Pyongyang"))
    _cases(len(honest) + len(lies))
    FIGURES["llm support: analysis words kept"] = sum(honest)
    FIGURES["llm support: lies kept"] = sum(lies)
    assert honest and all(honest)
    assert lies and not any(lies)
