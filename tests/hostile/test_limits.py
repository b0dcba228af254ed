"""Resource limits: an oversized article is refused with a clear message; memory stays bounded.

The size limit is checked on the file before it is read, so a 21 MB file (sparse here: no disk
used) costs nothing. Memory is measured as the peak resident set size of a real ``briefgen
build`` over 2,000 articles, read with getrusage in a wrapper process whose only child is the
build.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefgen.pipeline import DEFAULT_MAX_ARTICLE_BYTES, run

from .accounting import FIGURES, unaccounted
from .articles import article, write_articles

MEMORY_BOUND_MB = 1536


def test_size_limit_names_the_file_its_size_and_the_switch(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 3)
    big = tmp_path / "in" / "big.txt"
    big.write_text(article(9) * 40, encoding="utf-8")
    report = run(
        [tmp_path / "in"], tmp_path / "out", ("json",), options={"max_bytes": 4000}, keep_briefings=True
    )
    assert unaccounted(report, [*paths, big]) == []
    (failure,) = report.failures
    assert failure.source == str(big) and failure.stage == "load"
    assert f"file is {big.stat().st_size} bytes, over the 4000-byte limit" in failure.message
    assert "--max-bytes" in failure.message
    assert {s.path for b in report.briefings for s in b.sources} == {str(p) for p in paths}


def test_default_limit_refuses_a_huge_file_without_reading_it(tmp_path: Path, run_cli) -> None:
    write_articles(tmp_path / "in", 1)
    huge = tmp_path / "in" / "huge.jsonl"
    with huge.open("wb") as handle:
        handle.truncate(DEFAULT_MAX_ARTICLE_BYTES + 1)  # sparse: a size on paper only
    result = run_cli("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-f", "json")
    assert result.returncode == 1
    assert f"huge.jsonl [load]: file is {DEFAULT_MAX_ARTICLE_BYTES + 1} bytes" in result.stderr
    assert "1 briefing(s) from 1 article(s)" in result.stderr


def test_cli_max_bytes_switch_applies_the_limit(tmp_path: Path, run_cli) -> None:
    write_articles(tmp_path / "in", 2)
    result = run_cli(
        "build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "-f", "json", "--max-bytes", "100"
    )
    assert result.returncode == 1
    assert result.stderr.count("over the 100-byte limit (raise --max-bytes)") == 2


PEAK_RSS = textwrap.dedent(
    """
    import resource, subprocess, sys
    done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    sys.stderr.write(done.stderr)
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)  # KiB on Linux
    sys.exit(done.returncode)
    """
)


@pytest.mark.slow
@pytest.mark.heavy
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ru_maxrss is in KiB on Linux only")
def test_memory_stays_bounded_on_two_thousand_articles(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 2000)
    build = [sys.executable, "-m", "briefgen", "build", str(tmp_path / "in"), "-o", str(tmp_path / "out")]
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFGEN_")}
    result = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, *build, "-f", "json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "from 2000 article(s)" in result.stderr
    peak_mb = int(result.stdout.strip()) / 1024
    FIGURES["peak_rss_mb_2000_articles"] = round(peak_mb)
    assert peak_mb < MEMORY_BOUND_MB
    briefed = {
        source["path"]
        for path in (tmp_path / "out").glob("*.json")
        for source in json.loads(path.read_text(encoding="utf-8"))["sources"]
    }
    assert briefed == {str(p) for p in paths}
