"""``briefgen build --store DIR``: a desk that runs every day, as a user runs it (real CLI, real
language packs, real files).

tests/data/store/ holds articles written for these tests: day 1 a Vietnamese provincial
planning conference (Quang Ngai, 14 March 2025) and an English report of a Mekong summit
(Vientiane, 12 March 2025); day 2 a French report of the Quang Ngai conference; ``late`` an
English report of an expo two months later, to push the newest input's date past a window.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import RunCli

from briefgen.grouping import event_keys
from briefgen.grouping.features import keys_from_plain, keys_to_plain
from briefgen.pipeline import analyse_article, load_articles
from briefgen.plugins import get_registry
from briefgen.store import FILE_NAME

DATA = Path(__file__).parent / "data" / "store"
DAY1, DAY2, LATE = DATA / "day1", DATA / "day2", DATA / "late"
QUANG_NGAI = "quang-ngai"
MEKONG = "mekong"


def _state(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file of ``folder`` (hidden ones too) as (inode, mtime_ns, bytes)."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}


def _briefing(out: Path, word: str) -> dict:
    (path,) = [p for p in out.glob("*.json") if word in p.name]
    return json.loads(path.read_text(encoding="utf-8"))


def _build(run_cli: RunCli, tmp_path: Path, *inputs: Path, window: int | None = None):
    args = [
        *map(str, inputs),
        "-o",
        str(tmp_path / "out"),
        "--format",
        "json",
        "--store",
        str(tmp_path / "store"),
    ]
    return run_cli("build", *args, *(["--window", str(window)] if window is not None else []))


def test_three_days_join_rerender_only_what_changed_and_then_write_nothing(run_cli: RunCli, tmp_path: Path):
    out = tmp_path / "out"
    day1 = _build(run_cli, tmp_path, DAY1)
    assert day1.returncode == 0, day1.stderr
    assert "2 article(s) analysed, 0 reused" in day1.stderr
    assert [s["language"] for s in _briefing(out, QUANG_NGAI)["sources"]] == ["vi"]
    before = _state(out)

    day2 = _build(run_cli, tmp_path, DAY2)
    assert day2.returncode == 0, day2.stderr
    # only the French article was analysed; the day-1 conference it reports was briefed again
    assert "1 article(s) analysed, 0 reused; 1 conference(s) unchanged, 1 briefed" in day2.stderr
    joined = _briefing(out, QUANG_NGAI)
    assert sorted(s["language"] for s in joined["sources"]) == ["fr", "vi"]
    assert len(list(out.glob("*.json"))) == 2  # the grown conference kept its file name
    after = _state(out)
    summit = [name for name in before if MEKONG in name]
    assert summit and all(after[name] == before[name] for name in summit)  # not touched at all
    assert after["index.html"] != before["index.html"]  # the overview counts the new report

    store = tmp_path / "store" / FILE_NAME
    store_before = (store.stat().st_mtime_ns, store.read_bytes())
    day3 = _build(run_cli, tmp_path, DAY2)
    assert day3.returncode == 0, day3.stderr
    assert "0 article(s) analysed, 1 reused; 2 conference(s) unchanged, 0 briefed" in day3.stderr
    assert "nothing changed, nothing written" in day3.stderr
    assert _state(out) == after  # same inodes, mtimes and bytes, manifest included
    assert (store.stat().st_mtime_ns, store.read_bytes()) == store_before


def test_day_two_may_repeat_day_one_inputs_without_analysing_them_again(run_cli: RunCli, tmp_path: Path):
    assert _build(run_cli, tmp_path, DAY1).returncode == 0
    again = _build(run_cli, tmp_path, DAY1, DAY2)
    assert again.returncode == 0, again.stderr
    assert "1 article(s) analysed, 2 reused" in again.stderr
    assert sorted(s["language"] for s in _briefing(tmp_path / "out", QUANG_NGAI)["sources"]) == ["fr", "vi"]


@pytest.mark.parametrize(("window", "joined"), [(30, False), (90, True)])
def test_window_keeps_old_stored_conferences_out(run_cli: RunCli, tmp_path: Path, window: int, joined: bool):
    """The expo of 20 May is the newest input: 30 days before it, 14 March is out of the window."""
    out = tmp_path / "out"
    assert _build(run_cli, tmp_path, DAY1).returncode == 0
    vietnamese = [p for p in out.glob("*.json") if QUANG_NGAI in p.name]
    before = _state(out)
    result = _build(run_cli, tmp_path, DAY2, LATE, window=window)
    assert result.returncode == 0, result.stderr
    reports = [json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")]
    french = [r for r in reports if "fr" in {s["language"] for s in r["sources"]}]
    assert len(french) == 1
    languages = sorted(s["language"] for s in french[0]["sources"])
    assert languages == (["fr", "vi"] if joined else ["fr"])
    if not joined:  # the old conference was not compared, so it was left exactly as it was
        assert all(_state(out)[p.name] == before[p.name] for p in vietnamese)
        assert len(reports) == 4


def test_a_missing_old_source_is_reported_not_dropped_silently(run_cli: RunCli, tmp_path: Path):
    inputs = tmp_path / "in"
    shutil.copytree(DAY1, inputs)
    assert _build(run_cli, tmp_path, inputs).returncode == 0
    (inputs / "vi_quang_ngai_quy_hoach.txt").unlink()
    result = _build(run_cli, tmp_path, DAY2)
    assert result.returncode == 1
    assert "vi_quang_ngai_quy_hoach.txt [store]" in result.stderr
    assert "is missing" in result.stderr and "briefed without it" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_store_of_another_schema_or_a_damaged_one_is_a_clear_error(run_cli: RunCli, tmp_path: Path):
    assert _build(run_cli, tmp_path, DAY1).returncode == 0
    path = tmp_path / "store" / FILE_NAME
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    result = _build(run_cli, tmp_path, DAY2)
    assert result.returncode == 1
    assert str(path) in result.stderr and "schema 99" in result.stderr and "new folder" in result.stderr
    path.write_bytes(b"this is no database, just text " * 200)
    result = _build(run_cli, tmp_path, DAY2)
    assert result.returncode == 1
    assert "not a briefgen store or is damaged" in result.stderr and "Traceback" not in result.stderr


def test_a_second_run_on_a_busy_store_waits_then_says_so(run_cli: RunCli, tmp_path: Path):
    assert _build(run_cli, tmp_path, DAY1).returncode == 0
    holder = sqlite3.connect(tmp_path / "store" / FILE_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another run holding the store
    try:
        result = run_cli(
            "build", str(DAY2), "-o", str(tmp_path / "out"), "--format", "json",
            "--store", str(tmp_path / "store"), "--option", "store_timeout=0.5",
        )  # fmt: skip
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    assert "store is busy" in result.stderr and "Traceback" not in result.stderr
    assert len(list((tmp_path / "out").glob("*.json"))) == 2  # nothing of the refused run written


def test_grouping_keys_survive_the_store_unchanged():
    articles, _ = load_articles(sorted(DATA.glob("*/*")), get_registry(), 1 << 20)
    for number, article in enumerate(articles):
        keys = event_keys(number, analyse_article(article))
        assert keys_from_plain(json.loads(json.dumps(keys_to_plain(keys)))) == keys
