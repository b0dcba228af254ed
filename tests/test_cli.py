"""The ``briefgen`` command line as a user runs it: a subprocess, real files, real exit codes.

The build tests bring their own language, summariser and output format as a plugin
distribution on PYTHONPATH (so they test the CLI, not the analysis), while loading, the
pipeline, failure reporting and atomic writes are the real built-ins.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FAKE_STACK = '''
from briefgen import Document, Rendered, hookimpl
from briefgen.testing import FakeSummariser


class Echo:
    """A language 'xx' that keeps the text as one sentence."""

    name = "xx"

    def analyse(self, article):
        return Document(article=article, language="xx", text=article.text, sentences=(article.text,))

    def numbers(self, text):
        return []


class Titles:
    name = "titles"
    extension = "title.txt"
    paged = False

    def render(self, briefing, settings):
        return Rendered((briefing.event.title or "").encode())


@hookimpl
def register_languages(register):
    register(Echo())


@hookimpl
def register_summarisers(register):
    register(FakeSummariser())


@hookimpl
def register_renderers(register):
    register(Titles())
'''


@pytest.fixture
def fake_env(site) -> dict[str, str]:
    return {"PYTHONPATH": str(site("briefgen-fake-stack", FAKE_STACK))}


def jsonl(*records: dict[str, str] | str) -> str:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records) + "\n"


def test_python_m_briefgen_help(run_cli) -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in ("build", "plugins", "inspect"):
        assert command in result.stdout


def test_build_writes_good_briefings_names_bad_files_and_exits_1(run_cli, fake_env, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "events.jsonl").write_text(
        jsonl(
            {"title": "Hue training", "text": "Delegates met in Hue.", "language": "xx"},
            '{"title": "cut off',
            {"title": "Hanoi dialogue", "text": "Officials met in Hanoi.", "language": "xx"},
        ),
        encoding="utf-8",
    )
    (inputs / "empty.txt").write_bytes(b"")
    (inputs / "scan.txt").write_bytes(b"\x00\x01PDF" * 50)
    out = tmp_path / "out"
    result = run_cli("build", str(inputs), "-o", str(out), "-f", "titles", "-s", "fake", env=fake_env)
    assert result.returncode == 1
    assert "2 briefing(s) from 2 article(s)" in result.stderr
    assert "3 problem(s)" in result.stderr
    for name, problem in (("events.jsonl", "line 2"), ("empty.txt", "empty"), ("scan.txt", "NUL")):
        line = next(line for line in result.stderr.splitlines() if name in line)
        assert problem in line
    written = sorted(p.read_text(encoding="utf-8") for p in out.glob("*.title.txt"))
    assert written == ["Hanoi dialogue", "Hue training"]


def test_unknown_format_is_a_usage_error_listing_the_formats(run_cli, fake_env, tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(jsonl({"text": "x", "language": "xx"}), encoding="utf-8")
    result = run_cli(
        "build", str(tmp_path / "a.jsonl"), "-o", str(tmp_path / "out"), "-f", "docx", env=fake_env
    )
    assert result.returncode == 2
    assert "unknown format docx" in result.stderr
    assert "available:" in result.stderr
    assert "titles" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_inspect_prints_json(run_cli, fake_env, tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    path.write_text(
        jsonl({"text": "Delegates met in Hue.", "language": "xx"}, {"text": "Hanoi.", "language": "xx"}),
        encoding="utf-8",
    )
    result = run_cli("inspect", str(path), env=fake_env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["file"] == str(path)
    assert [(a["article"]["id"], a["language"], a["sentences"]) for a in data["articles"]] == [
        ("two#1", "xx", ["Delegates met in Hue."]),
        ("two#2", "xx", ["Hanoi."]),
    ]


def test_inspect_reports_an_unreadable_file_as_json_and_exits_1(run_cli, tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text("   \n", encoding="utf-8")
    result = run_cli("inspect", str(path))
    assert result.returncode == 1
    assert "only whitespace" in json.loads(result.stdout)["articles"][0]["error"]


def test_verbose_adds_stage_timings_and_vv_each_article(run_cli, tmp_path) -> None:
    example = str(Path(__file__).resolve().parents[1] / "examples" / "articles" / "fr_hue_journalists.txt")
    quiet = run_cli("build", example, "-o", str(tmp_path / "a"), "--format", "json")
    assert "load, analyse and key" not in quiet.stderr
    verbose = run_cli("-v", "build", example, "-o", str(tmp_path / "b"), "--format", "json")
    for stage in (
        "load, analyse and key: 1 article(s)",
        "group: 1 conference(s)",
        "brief and render",
        "write:",
    ):
        assert stage in verbose.stderr, verbose.stderr
    assert "boilerplate line(s) removed" not in verbose.stderr
    debug = run_cli("-vv", "build", example, "-o", str(tmp_path / "c"), "--format", "json")
    assert "article fr_hue_journalists: language fr" in debug.stderr and "boilerplate line(s)" in debug.stderr
