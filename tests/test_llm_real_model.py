"""The ``openai`` summariser end to end against a real local model (marked ``llm``).

SmolLM2-135M behind llama.cpp's OpenAI-compatible server writes poor answers: broken JSON, ids
that do not exist, numbers of its own. That is the point. Whatever it says, the run must finish
without hanging, every conference must get a one-page briefing written either by the model or
by the extractive fallback (and say which), and no number the sources do not state may reach
the output. The shared scorer checks the last part on the files a user would get.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from llama_server import CONTEXT_TOKENS, CannotRun, llama_server, missing, model_path
from pypdf import PdfReader

import briefgen

SHARED = Path(__file__).parents[1].parent / "shared"
FALLBACK_NOTE = "openai summariser failed; extractive used"

pytestmark = [pytest.mark.llm, pytest.mark.skipif(missing() is not None, reason=str(missing()))]


@pytest.fixture(scope="module")
def model_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    log = tmp_path_factory.mktemp("llama") / "server.log"
    try:
        with llama_server(model_path(), log) as url:
            yield url
    except CannotRun as reason:
        pytest.skip(str(reason))


def options(url: str, cache: Path) -> dict[str, str]:
    """A bounded run: one request at a time, no retries, short answers, a timeout inside CI's patience."""
    return {
        "base_url": url,
        "model": "smollm2-135m-instruct",
        "context_window": str(CONTEXT_TOKENS),
        "timeout": "120",
        "max_retries": "0",
        "answer_tokens": "1024",
        "concurrency": "1",
        "cache_dir": str(cache),
    }


def score(out: Path, seeds: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable, str(SHARED / "eval" / "score.py"),
            "--gold", str(SHARED / "eval" / "seeds_gold.json"),
            "--corpus", str(seeds),
            "--out", str(out),
            "--min", "figures_grounded=1",
            "--min", "one_page=1",
            "--min", "coverage=1",
        ],
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip


def test_seed_briefings_from_a_small_real_model_are_grounded_and_one_page(
    model_url: str, seeds: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    report = briefgen.run(
        [seeds], out, formats=("json", "pdf"), summariser="openai", options=options(model_url, tmp_path)
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

    result = score(out, seeds)
    assert result.returncode == 0, result.stdout + result.stderr
