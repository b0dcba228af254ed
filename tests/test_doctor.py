"""``briefgen doctor`` and the one-line warning a PDF build gives without HarfBuzz subsetting."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefgen import cli, doctor

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "articles" / "fr_hue_journalists.txt"


def test_doctor_reports_every_piece_and_what_to_install(run_cli) -> None:
    result = run_cli("doctor", env={"OPENAI_API_KEY": None, "OPENAI_BASE_URL": None})
    assert result.returncode == 0, result.stdout + result.stderr
    names = [line.split()[0] for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert names == ["pango", "harfbuzz-subset", "fonts", "cache", "tokenizer", "plugins", "llm", "dask"]
    assert "not configured" in result.stdout


def test_a_configured_endpoint_that_is_down_is_missing_with_a_fix() -> None:
    found = {c.name: c for c in doctor.checks({"base_url": "http://127.0.0.1:9/v1"}, env={})}
    endpoint = found["llm endpoint"]
    assert endpoint.ok is False and "base_url" in endpoint.fix and "127.0.0.1:9" in endpoint.detail


def test_a_pdf_build_without_harfbuzz_subsetting_warns_once(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(doctor, "harfbuzz_subsetting", lambda: False)
    result = CliRunner().invoke(cli.cli, ["build", str(EXAMPLE), "-o", str(tmp_path), "--format", "pdf"])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "libharfbuzz-subset0" in line]
    assert len(warnings) == 1 and "3x" in warnings[0]
    monkeypatch.setattr(doctor, "harfbuzz_subsetting", lambda: True)
    result = CliRunner().invoke(cli.cli, ["build", str(EXAMPLE), "-o", str(tmp_path), "--format", "json"])
    assert "libharfbuzz-subset0" not in result.output
