"""The one stage runner: filters, the meeting check, keys instead of Documents, staged writes, and
the small rules its commands share (exit codes, override names, estimate's guessed context)."""

from __future__ import annotations

import json
import pickle
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from conftest import REPO

from briefgen import pipeline, stages
from briefgen.executors import LocalExecutor

EXAMPLES = REPO / "examples" / "articles"
FOOTBALL = (
    "Manchester United beat Liverpool 3-1 at Old Trafford\n\n"
    "Bruno Fernandes scored twice as Manchester United beat Liverpool 3-1 at Old Trafford. Mohamed "
    "Salah pulled one back for the visitors in the 78th minute, but Marcus Rashford sealed the win in "
    "stoppage time. The result lifts United to fifth place in the table with 45 points from 25 games.\n"
)


def _briefings(out: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))]


def test_an_article_about_no_meeting_is_skipped_unless_keep_all(run_cli, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "football.txt").write_text(FOOTBALL, encoding="utf-8")
    shutil.copy(EXAMPLES / "en_hanoi_education.md", inputs)
    skipped = run_cli("build", str(inputs), "-o", str(tmp_path / "a"), "-f", "json", "-q")
    assert skipped.returncode == 0, skipped.stderr
    assert "football.txt [skip]: not about a conference" in skipped.stderr
    assert [b["sources"][0]["id"] for b in _briefings(tmp_path / "a")] == ["en_hanoi_education"]
    kept = run_cli("build", str(inputs), "-o", str(tmp_path / "b"), "-f", "json", "-q", "--keep-all")
    assert kept.returncode == 0 and "skipped" not in kept.stderr
    assert len(_briefings(tmp_path / "b")) == 2


def test_language_and_date_filters_keep_only_what_they_name(run_cli, tmp_path: Path) -> None:
    french = run_cli(
        "build", str(EXAMPLES), "-o", str(tmp_path / "fr"), "-f", "json", "-q", "--language", "fr"
    )
    assert french.returncode == 0, french.stderr
    assert [s["language"] for b in _briefings(tmp_path / "fr") for s in b["sources"]] == ["fr"]
    assert "not in --language fr" in french.stderr
    late = run_cli("group", str(EXAMPLES), "--since", "2024-10-01", "--until", "2024-12-31")
    assert late.returncode == 0, late.stderr
    assert late.stdout.splitlines()[0] == "2 group(s) from 2 article(s)"
    assert "before --since 2024-10-01" in late.stderr
    wrong = run_cli("group", str(EXAMPLES), "--since", "October")
    assert wrong.returncode == 2 and "not an ISO date" in wrong.stderr


def test_explain_names_each_record_of_a_multi_record_file(run_cli) -> None:
    result = run_cli("group", str(EXAMPLES), "--explain")
    assert result.returncode == 0, result.stderr
    assert "vi_lam_dong_nghe_an#1 [vi]" in result.stdout and "vi_lam_dong_nghe_an#2 [vi]" in result.stdout
    assert "vi_lam_dong_nghe_an.jsonl [vi]" not in result.stdout


def test_an_override_naming_no_article_is_reported_once_and_fails(run_cli, tmp_path: Path) -> None:
    overrides = tmp_path / "o.toml"
    overrides.write_text('together = [["fr_hue_journalists.txt", "nope.txt"]]\n', encoding="utf-8")
    result = run_cli("group", str(EXAMPLES), "--overrides", str(overrides))
    assert result.returncode == 1
    assert result.stderr.count("nope.txt") == 1, result.stderr


def test_inspect_exits_1_for_a_missing_file_like_build(run_cli, tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    inspected = run_cli("inspect", str(missing))
    built = run_cli("build", str(missing), "-o", str(tmp_path / "out"), "-f", "json")
    assert (inspected.returncode, built.returncode) == (1, 1)
    assert json.loads(inspected.stdout)["articles"][0]["error"] == "load: no such file or folder"


def test_estimate_says_when_it_guessed_the_context(run_cli) -> None:
    guessed = run_cli("estimate", str(EXAMPLES), "--option", "model=foo-bar")
    assert "context 8192 guessed" in guessed.stdout
    given = run_cli("estimate", str(EXAMPLES), "--option", "model=foo-bar", "--option", "context_window=4096")
    assert "context 4096)" in given.stdout and "guessed" not in given.stdout


def test_the_key_stage_keeps_about_a_kilobyte_per_article_and_documents_come_back_by_reference() -> None:
    collected = pipeline.collect([EXAMPLES], LocalExecutor(1))
    assert len(collected.records) == 6
    # as the records travel (a list per file), about 0.9 KB an article; a Document is several times that
    assert len(pickle.dumps(collected.records)) < 1024 * len(collected.records)
    assert all(len(pickle.dumps(r)) < 2048 for r in collected.records)
    conferences = pipeline.conferences_of(collected, None, [], pipeline.DEFAULT_MAX_ARTICLE_BYTES)
    stages._documents.clear()  # as on a worker that did not analyse these articles
    for conference in conferences:
        documents = stages.documents_for(conference.members, pipeline.DEFAULT_MAX_ARTICLE_BYTES)
        assert [d.article.id for d in documents] == [m.id for m in conference.members]
        assert all(d.people or d.figures for d in documents)


def test_each_briefing_is_written_when_done_not_kept_until_the_end(tmp_path: Path) -> None:
    collected = pipeline.collect([EXAMPLES / "fr_hue_journalists.txt"], LocalExecutor(1))
    (conference,) = pipeline.conferences_of(collected, None, [], pipeline.DEFAULT_MAX_ARTICLE_BYTES)
    job = pipeline._Job("extractive", ("json",), pipeline.Settings({}))
    staging = tmp_path / "stage"
    staging.mkdir()
    task = stages.BriefJob(job, (("json", "json"),), str(staging), pipeline.DEFAULT_MAX_ARTICLE_BYTES)
    briefed = stages.brief_conference(conference, task)
    ((name, path, _),) = briefed.staged
    assert name == "json" and Path(path).parent == staging
    assert json.loads(Path(path).read_text(encoding="utf-8"))["schema"] == "briefgen/briefing@1"
    assert not any(isinstance(v, bytes) for v in vars(briefed).values())
    # what travels back and waits for the write stage is the overview's row, not the Briefing
    assert briefed.briefing is None and briefed.entry.title and briefed.entry.languages == ("fr",)
    kept = stages.brief_conference(conference, replace(task, keep=True))
    assert kept.briefing is not None and kept.entry == briefed.entry and kept.key == briefed.key
    assert len(pickle.dumps(briefed)) * 4 < len(pickle.dumps(kept.briefing))


def test_a_run_larger_than_the_document_cache_caches_no_documents(monkeypatch) -> None:
    """Past CACHE_DOCUMENTS files the brief stage would find almost nothing in the cache (it starts
    with the first conferences, long pushed out), so nothing is cached and the memory stays free;
    a run that fits is briefed from the cache. The brief stage adds nothing to it either way."""
    files = sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html"))[:3]
    monkeypatch.setattr(stages, "CACHE_DOCUMENTS", 2)
    stages._documents.clear()
    pipeline.collect(files, LocalExecutor(1))
    assert len(stages._documents) == 0
    collected = pipeline.collect(files[:2], LocalExecutor(1))
    assert len(stages._documents) == 2
    conferences = pipeline.conferences_of(collected, None, [], pipeline.DEFAULT_MAX_ARTICLE_BYTES)
    stages._documents.clear()
    job = pipeline._Job("extractive", ("json",), pipeline.Settings({}))
    task = stages.BriefJob(job, (("json", "json"),), None, pipeline.DEFAULT_MAX_ARTICLE_BYTES)
    assert all(not isinstance(stages.brief_conference(c, task), pipeline.Failure) for c in conferences)
    assert len(stages._documents) == 0


WARM_CHECK = """
import sys
from briefgen import gazetteer, stages
from briefgen.executors import LocalExecutor

def built(_item):
    return gazetteer._world.cache_info().currsize

executor = LocalExecutor(jobs=2)
if sys.argv[1] == "prepare":
    executor.prepare(stages.warm)
print(executor.map(built, [1, 2, 3], "check"))
"""


def test_workers_inherit_the_tables_built_before_they_fork(tmp_path: Path) -> None:
    # Without it, each worker (and each pool restarted after a timeout) built the world table
    # itself: 2-4 s charged to its first article's time limit.
    script = tmp_path / "warm_check.py"
    script.write_text(WARM_CHECK, encoding="utf-8")

    def run(mode: str) -> str:
        done = subprocess.run(
            [sys.executable, str(script), mode], capture_output=True, text=True, timeout=120, check=True
        )
        return done.stdout.strip()

    assert run("prepare") == "[1, 1, 1]"
    assert run("lazy") == "[0, 0, 0]"  # the check can tell: nothing built the table in the workers


def test_a_watched_task_says_how_long_it_has_run_and_in_which_plugin() -> None:
    """What a Dask worker tells the driver about its running tasks (the driver's clock for --timeout)."""
    import threading
    import time

    from briefgen.workers import doing, run_watched, running_tasks

    inside, release = threading.Event(), threading.Event()

    def item(value: int, extra: int) -> int:
        doing("language plugin 'slow'")
        inside.set()
        release.wait(30)
        return value + extra

    done: list[int] = []
    threads = [
        threading.Thread(target=lambda: done.append(run_watched(1, "run-a-7", item, (10,)))),
        threading.Thread(target=lambda: done.append(run_watched(2, "other-3", lambda v: v, ()))),
    ]
    for thread in threads:
        thread.start()
    assert inside.wait(30)
    time.sleep(0.2)
    (seen,) = running_tasks("run-a-").items()
    assert seen[0] == "run-a-7" and seen[1][0] >= 0.2 and seen[1][1] == "language plugin 'slow'"
    release.set()
    for thread in threads:
        thread.join(30)
    assert sorted(done) == [2, 11] and running_tasks("") == {}
