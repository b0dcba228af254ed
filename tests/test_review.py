"""Review and re-render: an analyst edits a briefing's JSON and gets the pages back, unanalysed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pdf_text import text as pdf_text

import briefgen
from briefgen.review import BriefingJSONError, problems, read_briefing

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("built")
    report = briefgen.run([EXAMPLES], out, formats=("json",), keep_briefings=True)
    assert report.briefings and not report.failures
    return out


def _edit(path: Path) -> dict:
    data = json.loads(path.read_text("utf-8"))
    assert len(data["people"]) >= 2 and data["people"][0]["role"]
    data["people"] = data["people"][:1] + data["people"][2:]  # a junk person removed
    data["people"][0]["role"] = "Chief Reviewer of the Examples"  # a role fixed
    data["outcomes"].reverse()  # reordered: not an edit of any item
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return data


def test_every_briefing_written_matches_the_published_schema(built: Path) -> None:
    for path in built.glob("*.json"):
        assert problems(json.loads(path.read_text("utf-8"))) == [], path


def test_an_edited_json_renders_with_the_edit_marked_and_nothing_reanalysed(
    built: Path, tmp_path: Path, run_cli
) -> None:
    path = max(built.glob("*.json"), key=lambda p: len(json.loads(p.read_text("utf-8"))["people"]))
    edited = tmp_path / path.name
    edited.write_text(path.read_text("utf-8"), "utf-8")
    data = _edit(edited)
    result = run_cli("render", str(edited), "-o", str(tmp_path / "pages"), "--format", "pdf,json,md")
    assert result.returncode == 0, result.stderr
    again = json.loads((tmp_path / "pages" / path.name).read_text("utf-8"))
    assert [p["name"] for p in again["people"]] == [p["name"] for p in data["people"]]
    assert again["people"][0]["role"] == "Chief Reviewer of the Examples"
    assert again["people"][0].get("edited") is True
    assert not any(p.get("edited") for p in again["people"][1:])
    assert not any(o.get("edited") for o in again["outcomes"])  # reordering edits nothing
    assert [o["text"] for o in again["outcomes"]] == [o["text"] for o in data["outcomes"]]
    pdf = pdf_text((tmp_path / "pages" / f"{path.stem}.pdf").read_bytes())
    assert "Chief Reviewer of the Examples" in " ".join(pdf.split())


def test_schema_errors_name_the_field(built: Path, tmp_path: Path, run_cli) -> None:
    path = next(built.glob("*.json"))
    data = json.loads(path.read_text("utf-8"))
    data["people"][0]["role"] = 12
    data["figures"][0]["evidence"] = [{"article": "x"}]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), "utf-8")
    with pytest.raises(BriefingJSONError) as caught:
        read_briefing(bad)
    message = str(caught.value)
    assert "people[0].role" in message and "figures[0].evidence[0]" in message
    result = run_cli("render", str(bad), "-o", str(tmp_path / "out"), "--format", "json")
    assert result.returncode == 1 and "people[0].role" in result.stderr


def test_a_quote_no_longer_in_its_source_is_dropped_and_counted(built: Path, tmp_path: Path) -> None:
    path = max(built.glob("*.json"), key=lambda p: len(json.loads(p.read_text("utf-8"))["figures"]))
    data = json.loads(path.read_text("utf-8"))
    data["figures"][0]["evidence"][0]["quote"] = "a sentence no article contains"
    changed = tmp_path / path.name
    changed.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    report = briefgen.pipeline.rerender([changed], tmp_path / "out", ("json",))
    (briefing,) = report.briefings
    assert len(briefing.figures) == len(data["figures"]) - 1
    assert briefing.dropped_ungrounded.get("figures", 0) >= 1
