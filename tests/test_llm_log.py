"""The request log: every request and answer in SQLite, listed by ``briefgen logs``, never the key."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from fake_openai import answering, error, fake_openai, lying_answer
from llm_sample import conference

from briefgen import pipeline
from briefgen.llm.log import RequestLog
from briefgen.protocols import Settings

KEY = "sk-log-test-9f8e7d6c"


def _run(url: str, tmp_path: Path, **extra: str) -> tuple[Any, list[Any]]:
    options = {
        "model": "gpt-4o-mini",
        "api_key": KEY,
        "cache_dir": str(tmp_path / "cache"),
        "max_retries": "0",
    }
    return pipeline.summarise(conference(), "openai", Settings({**options, "base_url": url, **extra}))


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "briefgen", "logs", *args], capture_output=True, text=True, check=False
    )


def test_requests_answers_and_drops_are_logged_and_listed(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite"
    with fake_openai([answering(lying_answer)]) as server:
        _run(server.url, tmp_path, log=str(path))
        _run(server.url, tmp_path, log=str(path))  # the re-run is served from the cache
    host = server.url.split("/")[2]
    newest, first = RequestLog(path).rows()
    assert (first["status"], first["cached"], first["tokens"], first["endpoint"]) == ("ok", 0, 120, host)
    assert newest["cached"] == 1 and newest["prompt_hash"] == first["prompt_hash"]
    entry = RequestLog(path).show(first["id"])
    assert entry is not None and "Pyongyang" in entry["answer"]
    assert "named by a source" in entry["dropped"]["event.place"]["why"]
    listed = _cli("--file", str(path))
    assert listed.returncode == 0 and host in listed.stdout and "cached" in listed.stdout
    shown = _cli("--file", str(path), "show", str(first["id"]))
    assert shown.returncode == 0 and json.loads(shown.stdout)["dropped"]["event.place"]["count"] == 1
    assert _cli("--file", str(path), "show", "999").returncode == 1


def test_a_failed_request_is_logged_without_the_key(tmp_path: Path) -> None:
    path = tmp_path / "log.sqlite"
    leaky = error(401, f"Incorrect API key provided: {KEY}. Header was Bearer {KEY}")
    with fake_openai([leaky]) as server:
        briefing, _ = _run(server.url, tmp_path, log=str(path))
    assert briefing.generator.summariser == "extractive"
    (row,) = RequestLog(path).rows()
    assert row["status"].startswith("failed: ") and "AuthenticationError" in row["status"]
    assert KEY.encode() not in path.read_bytes()


def test_log_off_writes_nothing(tmp_path: Path) -> None:
    with fake_openai([answering()]) as server:
        briefing, _ = _run(server.url, tmp_path, log="off")
    assert briefing.generator.summariser == "openai"
    assert not list(tmp_path.rglob("*.sqlite"))
    assert RequestLog(tmp_path / "none.sqlite").rows() == []
