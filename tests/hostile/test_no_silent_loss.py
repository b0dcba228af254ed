"""No silent loss: every article found is briefed or named, every count is what happened on disk.

Each test drives the real CLI (or ``run``) on real files, including names of arbitrary bytes,
symbolic links, FIFOs and output folders placed over the inputs.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from briefgen import hookimpl
from briefgen.models import Conference
from briefgen.pipeline import load_articles, run
from briefgen.plugins import get_registry
from briefgen.testing import FakeSummariser, registered

from .accounting import tried
from .articles import article, write_articles


def _summary(stderr: str) -> str:
    return next(line for line in stderr.splitlines() if "briefing(s) from" in line)


@pytest.mark.parametrize("layout", ["parent", "same"])
def test_an_output_folder_at_or_above_the_inputs_loses_no_article(
    run_cli, tmp_path: Path, layout: str
) -> None:
    inputs = tmp_path / "data" / "articles"
    write_articles(inputs, 3)
    out = tmp_path / "data" if layout == "parent" else inputs
    summaries = []
    for _ in range(2):  # the re-run must skip exactly what the first run wrote, nothing else
        built = run_cli("build", str(inputs), "-o", str(out), "-f", "json,md")
        tried("no_silent_loss")
        assert built.returncode == 0, built.stderr
        summaries.append(_summary(built.stderr))
    assert all("from 3 article(s)" in line for line in summaries), summaries
    assert summaries[0].split()[0] == summaries[1].split()[0] != "0"


def test_a_folder_with_nothing_to_read_is_an_error(run_cli, tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    built = run_cli("build", str(tmp_path / "empty"), "-o", str(tmp_path / "out"), "-f", "json")
    tried("no_silent_loss")
    assert built.returncode == 1 and "holds no article files" in built.stderr, built.stderr


class _TitleAsId(FakeSummariser):
    """Names each briefing after its article's heading, so a test controls which names collide."""

    name = "titled"

    def summarise(self, conference, settings):
        briefing = super().summarise(conference, settings)
        return replace(briefing, id=conference.documents[0].article.title)


class _Plugin:
    @hookimpl
    def register_summarisers(self, register):
        register(_TitleAsId())

    @hookimpl(tryfirst=True)
    def group_documents(self, documents, overrides):
        return [Conference(id=d.article.id, documents=(d,)) for d in documents]


def test_colliding_names_are_unique_counted_and_stable(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    titles = ["Conference Hanoi", "Conference Hanoi", "Conference Hanoi 2", "Conference Hanoi 2 2"]
    paths = []
    for index, title in enumerate(titles):
        paths.append(inputs / f"a{index}.md")
        paths[-1].write_text(f"# {title}\n\n{article(index, language='en')}\n", encoding="utf-8")
    names = []
    with registered(_Plugin()):
        for order in (paths, paths[::-1]):  # a re-run, in another order, into the same folder
            report = run(order, tmp_path / "out", ("json",), "titled")
            tried("no_silent_loss")
            assert not report.failures and len(report.written) == len(set(report.written)) == 4
            written = {
                json.loads(p.read_text(encoding="utf-8"))["sources"][0]["path"]: p.name
                for p in report.written
            }
            assert len(written) == 4, written
            names.append(written)
    assert names[0] == names[1]
    assert len(list((tmp_path / "out").glob("*.json"))) == 4


def test_a_broken_jsonl_line_costs_that_line_only(tmp_path: Path) -> None:
    good = json.dumps({"text": article(0)})
    lines = [good, "[" * 100_000 + "]" * 100_000, '{"text": ' + "7" * 5000 + "}", good, '{"text": {' * 50_000]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    whole = tmp_path / "deep.json"
    whole.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    articles, failures = load_articles([path, whole], get_registry(), max_bytes=10**8)
    tried("no_silent_loss", 4)
    assert [a.id for a in articles] == ["mixed#1", "mixed#4"]
    messages = " | ".join(f.message for f in failures)
    for number in (2, 3, 5):
        assert f"line {number} " in messages, messages
    assert any(f.source == str(whole) and "nested too deeply" in f.message for f in failures), failures


def test_file_names_of_any_bytes_work_in_every_format(run_cli, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    with open(os.path.join(os.fsencode(inputs), b"caf\xe9.md"), "w", encoding="utf-8") as handle:
        handle.write(article(1, language="en"))
    built = run_cli("build", str(inputs), "-o", str(tmp_path / "out"), "-f", "pdf,json,html,md")
    tried("no_silent_loss")
    assert built.returncode == 0, built.stderr[:2000]
    assert len(built.stderr) < 1000  # an error message never carries a rendered document
    (data,) = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out").glob("*.json")]
    assert data["sources"][0]["path"].endswith("caf\ufffd.md")
    # four formats, the run overview (index.html and index.pdf) and the manifest
    assert len(list((tmp_path / "out").iterdir())) == 7


def test_an_empty_format_list_is_a_usage_error(run_cli, tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 1)
    built = run_cli("build", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--format", ",")
    tried("no_silent_loss")
    assert built.returncode == 2 and "no output format" in built.stderr, built.stderr
    assert "written" not in built.stderr


def test_the_summary_counts_files_actually_written(run_cli, tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 2)
    out = tmp_path / "out"
    first = run_cli("build", str(tmp_path / "in"), "-o", str(out), "-f", "json")
    assert first.returncode == 0, first.stderr
    for path in out.glob("*.json"):  # a directory where each file must go: every write fails
        path.unlink()
        path.mkdir()
    again = run_cli("build", str(tmp_path / "in"), "-o", str(out), "-f", "json")
    tried("no_silent_loss")
    assert again.returncode == 1 and _summary(again.stderr).startswith("0 briefing(s)"), again.stderr


def test_a_newline_in_a_file_name_cannot_forge_problem_lines(run_cli, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_articles(inputs, 1)
    (inputs / "x\n  all-clear.txt [load]: fine.zz").write_text("not an article", encoding="utf-8")
    built = run_cli("build", str(inputs), "-o", str(tmp_path / "out"), "-f", "json")
    tried("no_silent_loss")
    assert built.returncode == 1
    assert not any(line.startswith("  all-clear") for line in built.stderr.splitlines()), built.stderr
    assert "x\\n  all-clear" in built.stderr


def test_a_folder_walk_stays_in_the_folder_and_reads_only_regular_files(run_cli, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_articles(inputs, 2)
    outside = tmp_path / "outside.txt"
    outside.write_text(article(3), encoding="utf-8")
    (inputs / "passwd.txt").symlink_to("/etc/passwd")
    (inputs / "status.txt").symlink_to("/proc/self/status")
    (inputs / "outside.txt").symlink_to(outside)
    (inputs / "elsewhere").symlink_to(tmp_path)
    (inputs / "inside.txt").symlink_to(inputs / "article-0000.txt")  # stays in the folder: read
    os.mkfifo(inputs / "pipe.txt")
    built = run_cli("build", str(inputs), "-o", str(tmp_path / "out"), "-f", "json")
    tried("no_silent_loss", 6)
    assert built.returncode == 1, built.stderr
    problems = [line for line in built.stderr.splitlines() if line.startswith("  ")]
    for name in ("passwd.txt", "status.txt", "outside.txt"):
        assert any(name in line and "symbolic link out of the folder" in line for line in problems), problems
    assert any("elsewhere" in line and "symbolic link" in line for line in problems), problems
    assert any("pipe.txt" in line and "not a regular file" in line for line in problems), problems
    assert "from 3 article(s)" in _summary(built.stderr)
    names = [p.name for p in (tmp_path / "out").glob("*.json")]
    assert not any("root" in name or "name-" in name for name in names), names
    named = run_cli("build", str(inputs / "outside.txt"), "-o", str(tmp_path / "out2"), "-f", "json")
    tried("no_silent_loss")
    assert named.returncode == 0 and "from 1 article(s)" in named.stderr, named.stderr
