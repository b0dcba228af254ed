"""Grouping real articles through the real analysis: my multilingual sets, the seeds, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scoring import SEEDS, score_seeds

from briefgen.cli import cli
from briefgen.grouping import group_documents
from briefgen.merge import merge_conference
from briefgen.pipeline import DEFAULT_MAX_ARTICLE_BYTES, analyse_article, expand_inputs, load_articles
from briefgen.plugins import get_registry

DATA = Path(__file__).parent / "data" / "groups"

MISSING = sorted({"ar", "en", "fr", "id", "vi"} - set(get_registry().languages))

needs_languages = pytest.mark.skipif(bool(MISSING), reason=f"needs the language plugins {MISSING}")
needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/corpus/seeds is not present")


def expected_groups() -> list[list[str]]:
    return json.loads((DATA / "expected.json").read_text(encoding="utf-8"))["groups"]


def briefing_sources(out: Path) -> list[set[str]]:
    """The source file names of each briefing JSON written to ``out``."""
    groups = []
    for path in sorted(out.glob("*.json")):
        briefing = json.loads(path.read_text(encoding="utf-8"))
        groups.append({Path(s["path"]).name for s in briefing["sources"]})
    return groups


@needs_languages
def test_multilingual_sets_group_exactly_as_expected(tmp_path):
    result = CliRunner().invoke(
        cli, ["build", str(DATA / "articles"), "-o", str(tmp_path), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    got = sorted(sorted(g) for g in briefing_sources(tmp_path))
    assert got == sorted(sorted(g) for g in expected_groups())


@needs_languages
def test_reports_in_three_scripts_merge_into_one_set_of_facts():
    paths, _ = expand_inputs([DATA / "articles"])
    articles, _ = load_articles(paths, get_registry(), DEFAULT_MAX_ARTICLE_BYTES)
    documents = [analyse_article(a) for a in articles]
    ninh_binh = next(
        c for c in group_documents(documents) if len(c.documents) == 3 and c.id.startswith("ninh")
    )
    merged = merge_conference(ninh_binh.documents)
    ky = [p for p in merged.people if p.name == "Nguyen Van Ky"]
    assert len(ky) == 1
    assert {"نجوين فان كي", "Nguyễn Văn Kỷ"} <= set(ky[0].native)
    assert [(c.label, c.values) for c in merged.conflicts] == [("delegates", ("250", "260"))]
    assert merged.notes[0].startswith("Reported by 3 articles in 3 languages (Arabic, French, Vietnamese)")
    directive = [f for f in merged.figures if f.value == "44-CT/TW"]
    assert len(directive) == 1
    assert {e.article for e in directive[0].evidence} == {d.article.id for d in ninh_binh.documents}


def test_group_command_explains_ties_and_the_closest_pair_kept_apart():
    result = CliRunner().invoke(cli, ["group", str(DATA / "articles"), "--explain"])
    assert "group(s) from 10 article(s)" in result.output
    assert "tied quangtri_0912_vi_a.txt + quangtri_0912_vi_b.txt" in result.output
    assert "same date 2024-09-12" in result.output
    assert "closest kept apart:" in result.output
    assert "different dates" in result.output


def test_group_command_refuses_a_broken_overrides_file(tmp_path):
    bad = tmp_path / "overrides.toml"
    bad.write_text("together = 3\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["group", str(DATA / "articles"), "--overrides", str(bad)])
    assert result.exit_code == 2
    assert "must be a list of lists" in result.output


@needs_seeds
def test_seeds_stay_five_briefings_and_score_perfectly_on_grouping(tmp_path):
    result = CliRunner().invoke(cli, ["build", str(SEEDS), "-o", str(tmp_path), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert len(briefing_sources(tmp_path)) == 5
    score = score_seeds(tmp_path, {"group_precision": 1, "coverage": 1})
    assert score.returncode == 0, score.stdout + score.stderr


@needs_seeds
def test_build_honours_an_overrides_file(tmp_path):
    overrides = tmp_path / "overrides.toml"
    overrides.write_text(
        'together = [["000_3b7afe34e8bc8fc0.txt", "002_549366a3a206e50c"]]\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        cli, ["build", str(SEEDS), "-o", str(out), "--format", "json", "--overrides", str(overrides)]
    )
    assert result.exit_code == 0, result.output
    groups = briefing_sources(out)
    assert len(groups) == 4
    assert {"000_3b7afe34e8bc8fc0.txt", "002_549366a3a206e50c.txt"} in groups
