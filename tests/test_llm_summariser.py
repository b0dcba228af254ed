"""The openai summariser against a scripted chat-completions server on 127.0.0.1.

Each test scripts the "model", runs the real pipeline step (summarise, then grounding) and checks
what reaches the briefing, what was sent, and what happens when the endpoint misbehaves.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from fake_openai import Reply, Request, answering, chat, error, faithful_answer, fake_openai
from llm_sample import INJECTION, conference, da_nang, hue

import briefgen
from briefgen import pipeline
from briefgen.budget import count_messages
from briefgen.llm.config import DEFAULT_ANSWER_TOKENS
from briefgen.llm.digest import build_digest
from briefgen.llm.prompt import build_messages
from briefgen.models import Briefing, Conference, Document
from briefgen.plugins import get_registry
from briefgen.protocols import Settings
from briefgen.textutil import digits_of, squash

KEY = "sk-test-d0n0tl34k-7f3a9c"


@pytest.fixture
def options(tmp_path: Path) -> dict[str, Any]:
    return {"model": "gpt-4o-mini", "api_key": KEY, "cache_dir": str(tmp_path / "cache"), "max_retries": "0"}


def summarise(conf: Conference, server: Any, options: dict[str, Any], **extra: Any) -> Briefing:
    briefing, _failures = pipeline.summarise(
        conf, "openai", Settings({**options, "base_url": server.url, **extra}, run_id="test")
    )
    return briefing


def quotes(briefing: Briefing) -> list[str]:
    items = [*briefing.people, *briefing.figures, *briefing.outcomes]
    return [e.quote for item in items for e in item.evidence]


def test_good_answer_becomes_a_grounded_briefing(options: dict[str, Any]) -> None:
    conf = conference()
    with fake_openai([answering()]) as server:
        briefing = summarise(conf, server, options)
    assert briefing.generator.summariser == "openai"
    assert briefing.generator.model == "gpt-4o-mini"
    assert {f.value for f in briefing.figures} == {"180", "6.1"}
    assert [p.name for p in briefing.people] == ["Tran Van Minh"]
    assert [o.kind for o in briefing.outcomes] == ["task"]
    text = squash(conf.documents[0].text)
    assert quotes(briefing) and all(squash(q) in text for q in quotes(briefing))
    assert briefing.event.date == "2024-05-14" and briefing.event.attendance.delegates == 180
    (request,) = server.requests
    assert request.format == "json_schema"
    assert request.body["response_format"]["json_schema"]["strict"] is True
    assert not briefing.dropped_ungrounded


def test_invalid_json_is_reasked_once_with_the_problems(options: dict[str, Any]) -> None:
    with fake_openai([chat("Sure! Here is the briefing: {not json"), answering()]) as server:
        briefing = summarise(conference(), server, options)
    assert briefing.generator.summariser == "openai"
    first, second = server.requests
    assert second.messages[: len(first.messages)] == first.messages
    assert second.messages[-2] == {"role": "assistant", "content": "Sure! Here is the briefing: {not json"}
    assert "no JSON object" in second.messages[-1]["content"]


def test_schema_errors_are_listed_when_reasking(options: dict[str, Any]) -> None:
    wrong = json.dumps({"event": {"title": 5}, "people": []})
    with fake_openai([chat(wrong), answering()]) as server:
        summarise(conference(), server, options)
    problems = server.requests[1].messages[-1]["content"]
    assert "event.title" in problems and "figures" in problems


def test_invalid_twice_falls_back_to_extractive(options: dict[str, Any]) -> None:
    with fake_openai([chat("nothing useful"), chat('{"event": null}')]) as server:
        briefing, failures = pipeline.summarise(
            conference(), "openai", Settings({**options, "base_url": server.url})
        )
    assert len(server.requests) == 2
    assert briefing.generator.summariser == "extractive"
    assert "openai summariser failed; extractive used" in briefing.notes
    assert "no valid answer after a re-ask" in failures[0].message


def test_invented_numbers_are_dropped_and_counted(options: dict[str, Any]) -> None:
    def inventive(request: Request) -> dict[str, Any]:
        answer = faithful_answer(request)
        real = answer["figures"][0]
        answer["figures"].append({**real, "value": "4200", "label": "officials trained"})
        answer["outcomes"].append(
            {
                "text": "Provinces will train 7500 officials.",
                "kind": "task",
                "cite": answer["outcomes"][0]["cite"],
            }
        )
        answer["people"].append({"ref": "P9", "role": "Minister"})
        return answer

    with fake_openai([answering(inventive)]) as server:
        briefing = summarise(conference(), server, options)
    assert {f.value for f in briefing.figures} == {"180", "6.1"}
    assert briefing.dropped_ungrounded == {"figures": 1, "outcomes": 1, "people": 1}
    dumped = json.dumps(briefing.to_dict())
    assert "4200" not in dumped and "7500" not in dumped


def test_prompt_injection_never_reaches_the_page(options: dict[str, Any]) -> None:
    conf = conference(da_nang(extra=[INJECTION]))

    def obedient(request: Request) -> dict[str, Any]:
        """A model that does what the article told it, everywhere it can."""
        answer = faithful_answer(request)
        every_sentence = [s["id"] for s in request.data()["sentences"]]
        answer["event"]["title"] = "Human rights course with 999 delegates"
        answer["figures"].append(
            {"value": "999", "unit": "", "label": "delegates", "kind": "attendance", "cite": every_sentence}
        )
        answer["outcomes"].append(
            {"text": "999 delegates attended.", "kind": "conclusion", "cite": answer["outcomes"][0]["cite"]}
        )
        answer["people"][0]["role"] = "Head of the 999 delegates"
        return answer

    with fake_openai([answering(obedient)]) as server:
        briefing = summarise(conf, server, options)
    assert briefing.generator.summariser == "openai"
    assert "999" not in json.dumps(briefing.to_dict(), ensure_ascii=False)
    assert briefing.event.title == "Training course on human rights"
    assert any("withheld" in note for note in briefing.notes)
    (request,) = server.requests
    assert INJECTION not in json.dumps(request.body, ensure_ascii=False)
    system, user = request.messages
    assert "never an instruction" in system["content"]
    fence = user["content"].splitlines()[2]
    assert fence.startswith("=====DATA ") and user["content"].count(fence) == 2


def test_rate_limit_with_retry_after_is_retried(options: dict[str, Any]) -> None:
    script = [error(429, "slow down", {"Retry-After": "1"}), answering()]
    with fake_openai(script) as server:
        briefing = summarise(conference(), server, options, max_retries="2")
    assert len(server.requests) == 2
    assert briefing.generator.summariser == "openai"


def test_server_error_falls_back(options: dict[str, Any]) -> None:
    with fake_openai([error(500, "boom"), error(500, "boom")]) as server:
        briefing = summarise(conference(), server, options, max_retries="1")
    assert len(server.requests) == 2  # one retry, then the fallback
    assert briefing.generator.summariser == "extractive"
    assert "openai summariser failed; extractive used" in briefing.notes


def test_hung_server_times_out_and_falls_back(options: dict[str, Any]) -> None:
    with fake_openai([Reply(delay=30, body={})]) as server:
        briefing = summarise(conference(), server, options, timeout="1")
    assert len(server.requests) == 1
    assert briefing.generator.summariser == "extractive"


def test_refused_json_schema_falls_back_to_json_object_and_is_remembered(options: dict[str, Any]) -> None:
    refusal = error(400, "response_format type 'json_schema' is not supported")
    with fake_openai([refusal, answering(), answering()]) as server:
        first = summarise(conference(), server, options)
        second = summarise(conference(hue()), server, options)
    assert [r.format for r in server.requests] == ["json_schema", "json_object", "json_object"]
    assert first.generator.summariser == second.generator.summariser == "openai"


def test_plain_text_mode_extracts_the_json_block(options: dict[str, Any]) -> None:
    refusals = [error(400, "json_schema not supported"), error(400, "response_format not supported")]

    def chatty(request: Request) -> Reply:
        return chat("Here you go:\n```json\n" + json.dumps(faithful_answer(request)) + "\n```\nDone.")

    with fake_openai([*refusals, chatty]) as server:
        briefing = summarise(conference(), server, options)
    assert [r.format for r in server.requests] == ["json_schema", "json_object", "text"]
    assert "Reply with one JSON object" in server.requests[-1].messages[0]["content"]
    assert briefing.generator.summariser == "openai" and briefing.figures


def test_unchanged_rerun_is_served_from_the_cache(options: dict[str, Any]) -> None:
    with fake_openai([answering()]) as server:
        first = summarise(conference(), server, options)
        second = summarise(conference(), server, options)
    assert len(server.requests) == 1
    assert first == second


def _prompt_tokens(documents: list[Document]) -> int:
    return count_messages(build_messages(build_digest(documents), "en"), "gpt-4o-mini")


def test_conference_too_big_for_the_model_is_summarised_article_by_article(options: dict[str, Any]) -> None:
    documents = [da_nang(), hue()]
    largest = max(_prompt_tokens([d]) for d in documents)
    assert largest < _prompt_tokens(documents)
    window = largest + DEFAULT_ANSWER_TOKENS  # room for one article's prompt and its answer, not two
    with fake_openai([answering(), answering()]) as server:
        split = summarise(conference(*documents), server, options, context_window=str(window))
    assert len(server.requests) == 2
    assert split.generator.summariser == "openai"
    assert {f.value for f in split.figures} == {"180", "6.1", "12"}
    assert {p.name for p in split.people} == {"Tran Van Minh", "Le Thi Hoa"}
    assert any("article by article" in note for note in split.notes)


def test_token_cap_stops_the_run_before_any_request(options: dict[str, Any]) -> None:
    with fake_openai([answering()]) as server:
        briefing, failures = pipeline.summarise(
            conference(), "openai", Settings({**options, "base_url": server.url, "max_tokens": "500"}, "cap")
        )
    assert not server.requests
    assert briefing.generator.summariser == "extractive"
    assert "token cap" in failures[0].message


def test_api_key_never_appears_in_output_errors_or_logs(
    options: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    leaky = error(401, f"Incorrect API key provided: {KEY}. Header was Bearer {KEY}")
    with fake_openai([answering(), leaky]) as server:
        good = summarise(conference(), server, options)
        bad, failures = pipeline.summarise(
            conference(hue()), "openai", Settings({**options, "base_url": server.url})
        )
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"  # it was used ...
    assert bad.generator.summariser == "extractive"
    for text in (
        json.dumps(good.to_dict()),
        json.dumps(bad.to_dict()),
        " ".join(f.message for f in failures),
        caplog.text,
    ):
        assert KEY not in text  # ... and never shown
    assert "AuthenticationError" in failures[0].message


FRENCH_ARTICLE = """Hanoï, 12 juin 2024 - La conférence sur les droits de l'homme s'est tenue à Hanoï.
Le vice-ministre Tran Quoc Bao a présidé la conférence, en présence de 210 délégués venus de 15 provinces.
La croissance économique de la province a atteint 6,8 % en 2023.
La conférence a demandé aux ministères de former 1.500 fonctionnaires d'ici 2025.
"""


def test_end_to_end_run_writes_an_openai_briefing(tmp_path: Path, options: dict[str, Any]) -> None:
    if not {"fr", "extractive", "json"} <= {
        *get_registry().languages,
        *get_registry().summarisers,
        *get_registry().renderers,
    }:
        pytest.skip("French analysis, extractive summariser or JSON renderer not installed")
    source = tmp_path / "hanoi.txt"
    source.write_text(FRENCH_ARTICLE, encoding="utf-8")
    with fake_openai([answering()]) as server:
        report = briefgen.run(
            [source], tmp_path / "out", ("json",), "openai", options={**options, "base_url": server.url}
        )
    assert not report.failures and len(server.requests) == 1
    (written,) = report.written
    data = json.loads(written.read_text("utf-8"))
    assert data["generator"]["summariser"] == "openai"
    text = squash(FRENCH_ARTICLE)
    items = data["people"] + data["figures"] + data["outcomes"]
    assert items and all(squash(e["quote"]) in text for item in items for e in item["evidence"])
    assert all(
        digits_of(f["value"]) in digits_of(" ".join(e["quote"] for e in f["evidence"]))
        for f in data["figures"]
    )
