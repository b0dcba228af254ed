"""The LLM mode is never worse than offline: the seeds built by the real CLI against a lying model
score at least what the extractive summariser scores, and nothing the model invented is written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fake_openai import LIES, answering, fake_openai, lying_answer
from scoring import SCORER, SEEDS, score_seeds

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared is not present")
FLOORS = ("key_people_recall", "figure_recall", "outcome_recall", "date_accuracy", "place_accuracy")


def _build(out: Path, *options: str) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(out.parent / "cache"), "OPENAI_API_KEY": ""}
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "build", str(SEEDS), "-o", str(out), "--format", "json", *options],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_lying_model_scores_at_least_offline_and_renders_no_invention(tmp_path: Path) -> None:
    offline = tmp_path / "offline"
    _build(offline)
    floor = {key: value for key, value in _scores_json(offline).items() if key in FLOORS}
    lied = tmp_path / "lied"
    seeds = len(list(SEEDS.iterdir()))
    with fake_openai([answering(lying_answer) for _ in range(2 * seeds)]) as server:
        _build(
            lied, "--summariser", "openai", "--option", f"base_url={server.url}", "--option", "max_retries=0"
        )
    assert len(server.requests) == seeds  # one request per conference, none failed over to offline
    written = [json.loads(p.read_text("utf-8")) for p in sorted(lied.glob("*.json"))]
    assert written and all(b["generator"]["summariser"] == "openai" for b in written)
    assert all(not b["model_fields"] for b in written)
    dumped = json.dumps(written, ensure_ascii=False)
    assert not [lie for lie in LIES if lie in dumped]
    result = score_seeds(lied, floor)
    assert result.returncode == 0, result.stdout + result.stderr


def _scores_json(out: Path) -> dict[str, float]:
    """The scorer's ``--json`` figures for the briefings in ``out``."""
    gold = SCORER.parent / "seeds_gold.json"
    done = subprocess.run(
        [
            sys.executable,
            str(SCORER),
            "--gold",
            str(gold),
            "--corpus",
            str(SEEDS),
            "--out",
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    text = done.stdout
    return json.loads(text[text.index("\n{") + 1 : text.index("\n}") + 2])
