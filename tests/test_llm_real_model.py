"""The ``openai`` summariser end to end against a real local model (marked ``llm``).

A small model behind llama.cpp's OpenAI-compatible server (:mod:`llama_server` says which)
writes imperfect answers: broken JSON, ids that do not exist, numbers of its own. Whatever it
says, the run must finish without hanging, every conference must get a one-page briefing
written either by the model or by the extractive fallback (and say which), no number the
sources do not state may reach the output, and the page may not lose a person, figure or
outcome that the offline run of the same articles finds. The shared scorer checks the files a
user would get, for both runs.

A 0.5B model on two cores should need about a minute per request (a 2,000-token prompt, an
answer of up to 768 tokens; BENCHMARKS.md, "Real model", has the speeds measured), so the test
runs on the two smallest seed articles (copied into a temporary folder), and each request may
take at most 200 s, about twice that estimate for the longest answer: two to four requests (with
re-asks) take a few minutes. ``benchmarks/llm_real.py`` measures all five seeds.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from llama_server import CONTEXT_TOKENS, CannotRun, chosen, llama_server, missing, model_path
from pypdf import PdfReader

import briefgen

SHARED = Path(__file__).parents[1].parent / "shared"
FALLBACK_NOTE = "openai summariser failed; extractive used"
ARTICLES = 2  # the smallest seed files: about 2,000 prompt tokens each
FLOOR = ("key_people_recall", "figure_recall", "outcome_recall")

pytestmark = [pytest.mark.llm, pytest.mark.skipif(missing() is not None, reason=str(missing()))]


@pytest.fixture(scope="module")
def model_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    work = tmp_path_factory.mktemp("llama")
    try:
        with llama_server(model_path(chosen(), work), work / "server.log") as url:
            yield url
    except CannotRun as reason:
        pytest.skip(str(reason))


def options(url: str, cache: Path) -> dict[str, str]:
    """A bounded run: one request at a time, no retries, short answers, a timeout inside CI's patience."""
    return {
        "base_url": url,
        "model": chosen().name,
        "context_window": str(CONTEXT_TOKENS),
        "timeout": "200",
        "max_retries": "0",
        "answer_tokens": "768",
        "concurrency": "1",
        "cache_dir": str(cache),
    }


def score(out: Path, corpus: Path, *minimums: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable, str(SHARED / "eval" / "score.py"),
            "--gold", str(SHARED / "eval" / "seeds_gold.json"),
            "--corpus", str(corpus),
            "--out", str(out),
            "--json",
            *(f"--min={m}" for m in minimums),
        ],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip


def metrics(result: subprocess.CompletedProcess[str]) -> dict[str, float]:
    """The scorer's ``--json`` block (the last JSON object it prints)."""
    return json.loads(result.stdout[result.stdout.index("{\n") : result.stdout.rindex("}") + 1])


def test_seed_briefings_from_a_small_real_model_are_grounded_one_page_and_never_worse(
    model_url: str, seeds: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "seeds"
    corpus.mkdir()
    for path in sorted(seeds.iterdir(), key=lambda p: p.stat().st_size)[:ARTICLES]:
        shutil.copy(path, corpus / path.name)
    offline, out = tmp_path / "offline", tmp_path / "out"
    briefgen.run([corpus], offline, formats=("json",))
    report = briefgen.run(
        [corpus],
        out,
        formats=("json", "pdf"),
        summariser="openai",
        options=options(model_url, tmp_path),
        keep_briefings=True,
    )

    # The only tolerated failure is the model's, and each one is a recorded fallback.
    for failure in report.failures:
        assert failure.stage == "summarise" and "used 'extractive'" in failure.message, failure
    assert report.briefings and len(report.briefings) == report.conferences
    for briefing in report.briefings:
        fell_back = FALLBACK_NOTE in briefing.notes
        assert briefing.generator.summariser == ("extractive" if fell_back else "openai")
    # At temperature 0 the model's answers are deterministic; the json_object grammar makes most
    # of them valid, so at least one conference proves the whole path through the real server.
    assert any(b.generator.summariser == "openai" for b in report.briefings), report.failures

    # index.pdf is the run overview (report.overview), not a briefing
    pdfs = sorted(p for p in out.glob("*.pdf") if p not in report.overview)
    jsons = sorted(out.glob("*.json"))
    assert report.overview and all(path.is_file() for path in report.overview)
    assert len(pdfs) == len(jsons) == len(report.briefings)
    assert all(len(PdfReader(pdf).pages) == 1 for pdf in pdfs)
    for path in jsons:
        generator = json.loads(path.read_text("utf-8"))["generator"]
        assert generator["summariser"] in {"openai", "extractive"}

    result = score(out, corpus, "figures_grounded=1", "one_page=1", "coverage=1")
    assert result.returncode == 0, result.stdout + result.stderr
    baseline = score(offline, corpus)
    assert baseline.returncode == 0, baseline.stdout + baseline.stderr
    with_model, without = metrics(result), metrics(baseline)
    floor = {k: (with_model[k], without[k]) for k in FLOOR}
    assert all(mine >= theirs for mine, theirs in floor.values()), floor
